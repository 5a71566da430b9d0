package dev.hft.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.EnterOrderEncoder;
import dev.hft.net.ouch.Ouch50;
import dev.hft.net.ouch.OrderExecutedDecoder;
import dev.hft.net.ouch.OrderExecutedEncoder;
import dev.hft.net.ouch.OuchListener;
import dev.hft.net.ouch.OuchMessageDispatcher;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the OUCH 5.0 codec on the order path. {@code encodeEnterOrder}: one Enter Order with every fixed field and
 * a Firm option written into a direct buffer by {@code EnterOrderEncoder} (what {@code OuchVenueGateway.newOrder}
 * does before the SoupBinTCP framing). {@code decodeOrderExecuted}: one Order Executed with a Reference Price option
 * dispatched by {@code OuchMessageDispatcher} (type, length and appendage checks) to a listener that reads every
 * field. One op = one message; each invocation handles {@value #BATCH} messages with varying UserRefNum, quantity and
 * price so nothing folds to a constant.
 *
 * <p>No Java OUCH 5.0 codec is published on Maven Central to compare with (nassau 1.0.0 is SoupBinTCP only,
 * juncture-nasdaq 1.0.0 is ITCH only), so {@code encodeEnterOrderByteBuffer} is a baseline rather than a peer: the
 * same message written field by field with a plain big-endian {@link ByteBuffer}, as a hand-rolled encoder would.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class OuchCodecBenchmark {
    static final int BATCH = 1024;
    private static final long SYMBOL = Ouch50.packSymbol("AAPL");
    private static final int FIRM = Ouch50.packFirm("HFTX");
    private static final byte[] SYMBOL_BYTES = {'A', 'A', 'P', 'L', ' ', ' ', ' ', ' '};
    private static final byte[] FIRM_BYTES = {'H', 'F', 'T', 'X'};

    private final UnsafeBuffer encodeBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(256));
    private final ByteBuffer plainBuffer = ByteBuffer.allocateDirect(256).order(ByteOrder.BIG_ENDIAN);
    private final EnterOrderEncoder enterOrder = new EnterOrderEncoder();
    private final UnsafeBuffer executions = new UnsafeBuffer(ByteBuffer.allocateDirect(BATCH * 64));
    private final int[] executionOffsets = new int[BATCH];
    private final int[] executionLengths = new int[BATCH];
    private final Summing summing = new Summing();
    private OuchMessageDispatcher dispatcher;
    private long userRefNum = 1;

    /** Reads every field of an Order Executed into a sum. */
    static final class Summing implements OuchListener {
        long sum;

        @Override
        public void onOrderExecuted(final OrderExecutedDecoder message) {
            sum += message.timestamp() + message.userRefNum() + message.quantity() + message.price()
                + message.liquidityFlag() + message.matchNumber() + message.appendage().referencePrice();
        }
    }

    @Setup
    public void setUp() {
        dispatcher = new OuchMessageDispatcher(summing, new WireErrorCounters("ouch", WireErrorListener.NO_OP));
        final OrderExecutedEncoder encoder = new OrderExecutedEncoder();
        int position = 0;
        for (int i = 0; i < BATCH; i++) {
            encoder.wrap(executions, position).timestamp(34_200_000_000_000L + i * 1_000L).userRefNum(1 + i)
                .quantity(100 + i % 7).price(1_872_500 + i % 13).liquidityFlag(Ouch50.LIQUIDITY_ADDED)
                .matchNumber(5_000_000 + i);
            encoder.appendage().referencePrice(1_872_400 + i % 5);
            executionOffsets[i] = position;
            executionLengths[i] = encoder.encodedLength();
            position += executionLengths[i];
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long encodeEnterOrder() {
        long total = 0;
        final UnsafeBuffer buffer = encodeBuffer;
        for (int i = 0; i < BATCH; i++) {
            final long ref = userRefNum++;
            final EnterOrderEncoder encoder = enterOrder.wrap(buffer, 0)
                .userRefNum(ref)
                .side(Ouch50.SIDE_BUY)
                .quantity(100 + (ref & 7))
                .symbol(SYMBOL)
                .price(1_872_500 + (ref & 15))
                .timeInForce(Ouch50.TIF_DAY)
                .display(Ouch50.DISPLAY_VISIBLE)
                .capacity(Ouch50.CAPACITY_AGENCY)
                .interMarketSweepEligibility(Ouch50.NO)
                .crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
                .clOrdIdNumber(ref);
            encoder.appendage().firm(FIRM);
            total += encoder.encodedLength() + buffer.getByte(1);
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long encodeEnterOrderByteBuffer() {
        long total = 0;
        final ByteBuffer buffer = plainBuffer;
        for (int i = 0; i < BATCH; i++) {
            final long ref = userRefNum++;
            buffer.clear();
            buffer.put((byte) 'O').putInt((int) ref).put(Ouch50.SIDE_BUY).putInt((int) (100 + (ref & 7)))
                .put(SYMBOL_BYTES).putLong(1_872_500 + (ref & 15)).put(Ouch50.TIF_DAY).put(Ouch50.DISPLAY_VISIBLE)
                .put(Ouch50.CAPACITY_AGENCY).put(Ouch50.NO).put(Ouch50.CROSS_TYPE_CONTINUOUS);
            long rest = ref;
            int digits = 1;
            for (long r = ref / 10; r != 0; r /= 10) {
                digits++;
            }
            final int clOrdId = buffer.position();
            for (int d = digits - 1; d >= 0; d--) {
                buffer.put(clOrdId + d, (byte) ('0' + rest % 10));
                rest /= 10;
            }
            for (int d = digits; d < Ouch50.CL_ORD_ID_LENGTH; d++) {
                buffer.put(clOrdId + d, (byte) ' ');
            }
            buffer.position(clOrdId + Ouch50.CL_ORD_ID_LENGTH);
            buffer.putShort((short) 6).put((byte) 5).put((byte) 2).put(FIRM_BYTES);
            total += buffer.position() + buffer.get(1);
        }
        return total;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long decodeOrderExecuted() {
        final OuchMessageDispatcher dispatcher = this.dispatcher;
        final UnsafeBuffer buffer = executions;
        for (int i = 0; i < BATCH; i++) {
            dispatcher.onMessage(buffer, executionOffsets[i], executionLengths[i]);
        }
        return summing.sum;
    }
}
