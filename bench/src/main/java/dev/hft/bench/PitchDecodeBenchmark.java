package dev.hft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.pitch.AddOrderExpandedEncoder;
import dev.hft.net.pitch.AddOrderLongEncoder;
import dev.hft.net.pitch.AddOrderShortEncoder;
import dev.hft.net.pitch.DeleteOrderEncoder;
import dev.hft.net.pitch.ModifyOrderLongEncoder;
import dev.hft.net.pitch.ModifyOrderShortEncoder;
import dev.hft.net.pitch.OrderExecutedAtPriceSizeEncoder;
import dev.hft.net.pitch.OrderExecutedEncoder;
import dev.hft.net.pitch.Pitch;
import dev.hft.net.pitch.FieldSummingListener;
import dev.hft.net.pitch.PitchMessageDispatcher;
import dev.hft.net.pitch.ReduceSizeLongEncoder;
import dev.hft.net.pitch.ReduceSizeShortEncoder;
import dev.hft.net.pitch.SequencedUnitHeaderDecoder;
import dev.hft.net.pitch.SequencedUnitHeaderEncoder;
import dev.hft.net.pitch.TimeEncoder;
import dev.hft.net.pitch.TradeLongEncoder;
import dev.hft.net.pitch.TradeShortEncoder;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of decoding one Cboe PITCH message: {@code hft} walks prepared UDP payloads with
 * {@link PitchMessageDispatcher} and reads every field of every message (prices also as FixedPoint, sides as
 * {@code Side}) into a sum, as a book builder would. There is no public Java PITCH decoder to compare with, so
 * {@code framingOnly} is the floor: the same packets walked by their header and Length bytes, no field read.
 *
 * <p>Input: {@value #MESSAGES} messages built with hft's encoders in packets of at most {@value #MAX_PACKET} bytes,
 * a Time message starting each packet, the rest an equities-like mix (adds 41%, deletes 20%, modifies 18%,
 * executions 10%, reduces 6%, trades 4%, mostly short forms).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class PitchDecodeBenchmark {
    static final int MESSAGES = 4096;
    static final int MAX_PACKET = 1400;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[MESSAGES * 48]);
    private final int[] packetOffsets = new int[MESSAGES];
    private final int[] packetLengths = new int[MESSAGES];
    private int packets;
    private FieldSummingListener listener;
    private PitchMessageDispatcher dispatcher;

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(7);
        final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
        final Encoders encoders = new Encoders();
        final SequencedUnitHeaderEncoder header = new SequencedUnitHeaderEncoder();
        int position = 0;
        int packetStart = 0;
        int count = 0;
        long sequence = 1;
        for (int i = 0; i < MESSAGES; i++) {
            int length = count == 0 ? encoders.time(message, 34_200 + packets) : encoders.random(message, random);
            if (count > 0 && (position + length - packetStart > MAX_PACKET || count == 255)) {
                header.wrap(buffer, packetStart).length(position - packetStart).count(count).unit(1)
                    .sequence(sequence);
                packetOffsets[packets] = packetStart;
                packetLengths[packets++] = position - packetStart;
                sequence += count;
                count = 0;
                packetStart = position;
                length = encoders.time(message, 34_200 + packets);
            }
            if (count == 0) {
                position += SequencedUnitHeaderDecoder.LENGTH;
            }
            buffer.putBytes(position, message, 0, length);
            position += length;
            count++;
        }
        header.wrap(buffer, packetStart).length(position - packetStart).count(count).unit(1).sequence(sequence);
        packetOffsets[packets] = packetStart;
        packetLengths[packets++] = position - packetStart;

        listener = new FieldSummingListener();
        dispatcher = new PitchMessageDispatcher(listener, new WireErrorCounters("bench", WireErrorListener.NO_OP));
        int delivered = 0;
        for (int p = 0; p < packets; p++) {
            delivered += dispatcher.onPacket(buffer, packetOffsets[p], packetLengths[p]);
        }
        if (delivered != MESSAGES) {
            throw new IllegalStateException("prepared " + MESSAGES + " messages, dispatched " + delivered);
        }
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public long hft() {
        final PitchMessageDispatcher dispatcher = this.dispatcher;
        final int[] offsets = packetOffsets;
        final int[] lengths = packetLengths;
        int delivered = 0;
        for (int p = 0, n = packets; p < n; p++) {
            delivered += dispatcher.onPacket(buffer, offsets[p], lengths[p]);
        }
        return listener.sum + delivered;
    }

    @Benchmark
    @OperationsPerInvocation(MESSAGES)
    public void framingOnly(final Blackhole blackhole) {
        final UnsafeBuffer buffer = this.buffer;
        long sum = 0;
        for (int p = 0, n = packets; p < n; p++) {
            final int offset = packetOffsets[p];
            final int count = buffer.getByte(offset + SequencedUnitHeaderDecoder.HDR_COUNT_OFFSET) & 0xFF;
            int position = offset + SequencedUnitHeaderDecoder.LENGTH;
            for (int i = 0; i < count; i++) {
                final int length = buffer.getByte(position) & 0xFF;
                sum += length + (buffer.getByte(position + 1) & 0xFF);
                position += length;
            }
        }
        blackhole.consume(sum);
    }

    /** The equities-like message mix, written with hft's encoders. */
    static final class Encoders {
        private final TimeEncoder time = new TimeEncoder();
        private final AddOrderShortEncoder addShort = new AddOrderShortEncoder();
        private final AddOrderLongEncoder addLong = new AddOrderLongEncoder();
        private final AddOrderExpandedEncoder addExpanded = new AddOrderExpandedEncoder();
        private final DeleteOrderEncoder delete = new DeleteOrderEncoder();
        private final ModifyOrderShortEncoder modifyShort = new ModifyOrderShortEncoder();
        private final ModifyOrderLongEncoder modifyLong = new ModifyOrderLongEncoder();
        private final OrderExecutedEncoder executed = new OrderExecutedEncoder();
        private final OrderExecutedAtPriceSizeEncoder executedAtPrice = new OrderExecutedAtPriceSizeEncoder();
        private final ReduceSizeShortEncoder reduceShort = new ReduceSizeShortEncoder();
        private final ReduceSizeLongEncoder reduceLong = new ReduceSizeLongEncoder();
        private final TradeShortEncoder tradeShort = new TradeShortEncoder();
        private final TradeLongEncoder tradeLong = new TradeLongEncoder();
        private final long[] symbols = {
            Pitch.packSymbol("AAPL"), Pitch.packSymbol("MSFT"), Pitch.packSymbol("SPY"), Pitch.packSymbol("QQQ"),
            Pitch.packSymbol("IWO"), Pitch.packSymbol("JDST"), Pitch.packSymbol("XSVN"), Pitch.packSymbol("YANG"),
        };
        private long orderId = 0x1BCA_DEAA_5DCB_0000L;
        private long executionId = 0x0000_00BB_E046_0000L;

        int time(final UnsafeBuffer buffer, final long seconds) {
            time.wrap(buffer, 0).time(seconds);
            return TimeEncoder.LENGTH;
        }

        int random(final UnsafeBuffer buffer, final SplittableRandom random) {
            final int dice = random.nextInt(100);
            final long offsetNs = random.nextInt(1_000_000_000);
            final long symbol = symbols[random.nextInt(symbols.length)];
            final byte side = random.nextBoolean() ? Pitch.SIDE_BUY : Pitch.SIDE_SELL;
            final long id = orderId + random.nextInt(100_000);
            if (dice < 35) {
                addShort.wrap(buffer, 0).timeOffset(offsetNs).orderId(orderId++).sideIndicator(side)
                    .quantity(100 * (1 + random.nextInt(50))).symbol(symbol).price(500 + random.nextInt(30_000))
                    .addFlags(Pitch.ADD_FLAG_DISPLAY);
                return AddOrderShortEncoder.LENGTH;
            } else if (dice < 40) {
                addLong.wrap(buffer, 0).timeOffset(offsetNs).orderId(orderId++).sideIndicator(side)
                    .quantity(70_000 + random.nextInt(100_000)).symbol(symbol)
                    .price(1_000_000 + random.nextInt(1_000_000)).addFlags(Pitch.ADD_FLAG_DISPLAY);
                return AddOrderLongEncoder.LENGTH;
            } else if (dice < 41) {
                addExpanded.wrap(buffer, 0).timeOffset(offsetNs).orderId(orderId++).sideIndicator(side)
                    .quantity(100).symbol(Pitch.packSymbol("ZVZZTEST")).price(1_025_000)
                    .addFlags(Pitch.ADD_FLAG_DISPLAY).participantId(Pitch.NO_PARTICIPANT_ID)
                    .customerIndicator((byte) ' ');
                return AddOrderExpandedEncoder.LENGTH;
            } else if (dice < 61) {
                delete.wrap(buffer, 0).timeOffset(offsetNs).orderId(id);
                return DeleteOrderEncoder.LENGTH;
            } else if (dice < 76) {
                modifyShort.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).quantity(100 * (1 + random.nextInt(50)))
                    .price(500 + random.nextInt(30_000)).modifyFlags(Pitch.MODIFY_FLAG_DISPLAY);
                return ModifyOrderShortEncoder.LENGTH;
            } else if (dice < 79) {
                modifyLong.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).quantity(70_000 + random.nextInt(1000))
                    .price(1_000_000 + random.nextInt(1_000_000)).modifyFlags(Pitch.MODIFY_FLAG_DISPLAY);
                return ModifyOrderLongEncoder.LENGTH;
            } else if (dice < 87) {
                executed.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).executedQuantity(100)
                    .executionId(executionId++);
                return OrderExecutedEncoder.LENGTH;
            } else if (dice < 89) {
                executedAtPrice.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).executedQuantity(100)
                    .remainingQuantity(random.nextInt(1000)).executionId(executionId++)
                    .price(1_000_000 + random.nextInt(1_000_000));
                return OrderExecutedAtPriceSizeEncoder.LENGTH;
            } else if (dice < 94) {
                reduceShort.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).canceledQuantity(100);
                return ReduceSizeShortEncoder.LENGTH;
            } else if (dice < 95) {
                reduceLong.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).canceledQuantity(70_000);
                return ReduceSizeLongEncoder.LENGTH;
            } else if (dice < 98) {
                tradeShort.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).sideIndicator(Pitch.SIDE_BUY)
                    .quantity(100).symbol(symbol).price(500 + random.nextInt(30_000)).executionId(executionId++);
                return TradeShortEncoder.LENGTH;
            }
            tradeLong.wrap(buffer, 0).timeOffset(offsetNs).orderId(id).sideIndicator(Pitch.SIDE_BUY)
                .quantity(70_000).symbol(symbol).price(1_000_000 + random.nextInt(1_000_000))
                .executionId(executionId++);
            return TradeLongEncoder.LENGTH;
        }
    }
}
