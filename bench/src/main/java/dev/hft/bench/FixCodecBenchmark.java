package dev.hft.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import com.paritytrading.philadelphia.FIXConfig;
import com.paritytrading.philadelphia.FIXConnection;
import com.paritytrading.philadelphia.FIXMessage;
import com.paritytrading.philadelphia.FIXMessageParser;
import com.paritytrading.philadelphia.FIXTimestamp;
import com.paritytrading.philadelphia.FIXValue;
import com.paritytrading.philadelphia.FIXVersion;
import dev.hft.api.FixedPoint;
import dev.hft.net.fix.FixEncoder;
import dev.hft.net.fix.FixError;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixMsgType;
import dev.hft.net.fix.FixTags;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import quickfix.DataDictionary;
import quickfix.Message;
import quickfix.ValidationSettings;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.HandlInst;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;

/**
 * FIX 4.4 codec cost, one operation = one message. Parse: the same ExecutionReport bytes (written once by hft's
 * encoder, 23 fields, 2-entry parties group) parsed and 18 fields read (MsgType, MsgSeqNum, SendingTime, OrderID,
 * ClOrdID, ExecID, ExecType, OrdStatus, Symbol, Side, OrderQty, Price, LastQty, LastPx, LeavesQty, CumQty, AvgPx,
 * TransactTime) by hft ({@link FixMessageDecoder}: structure, BodyLength and CheckSum checked), QuickFIX/J 3.0.0
 * ({@code Message.fromString} with the FIX 4.4 dictionary, validation off, from the bytes decoded to a String as its
 * network layer does) and philadelphia 2.0.0 ({@code FIXMessageParser}, CheckSum checked). Encode: the same
 * NewOrderSingle (15 fields: header with SendingTime, ClOrdID, Account, HandlInst, Symbol, Side, TransactTime,
 * OrderQty, OrdType, Price, TimeInForce) written complete with BodyLength and CheckSum by hft ({@link FixEncoder}),
 * QuickFIX/J ({@code NewOrderSingle} built and {@code toString()}) and philadelphia ({@code FIXConnection.prepare}
 * + fields + {@code send} into a channel that discards the bytes). Timestamps are formatted on every operation by
 * all three.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class FixCodecBenchmark {
    private static final long TIME_NS = Instant.parse("2026-11-21T12:34:56.789Z").toEpochMilli() * 1_000_000L;
    private static final long PRICE = FixedPoint.parse("187.25");

    private final UnsafeBuffer executionReport = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private int executionReportLength;
    private final FixMessageDecoder decoder = new FixMessageDecoder();
    private final FixEncoder encoder = new FixEncoder("CLIENT", "VENUE");
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(1024));
    private final byte[] clOrdId = "ORD-12345678".getBytes(StandardCharsets.US_ASCII);
    private final byte[] account = "ACCT-1".getBytes(StandardCharsets.US_ASCII);
    private final byte[] symbol = "AAPL".getBytes(StandardCharsets.US_ASCII);
    private int seq;

    private byte[] executionReportBytes;
    private DataDictionary dictionary;
    private final ValidationSettings settings = new ValidationSettings();

    private ByteBuffer philadelphiaIn;
    private FIXMessageParser philadelphiaParser;
    private final FIXTimestamp philadelphiaTimestamp = new FIXTimestamp();
    private long philadelphiaSum;
    private FIXConnection philadelphiaConnection;
    private FIXMessage philadelphiaMessage;

    /** Discards what philadelphia writes. */
    private static final class NullChannel implements ReadableByteChannel, GatheringByteChannel {
        @Override
        public int read(final ByteBuffer dst) {
            return 0;
        }

        @Override
        public long write(final ByteBuffer[] srcs, final int offset, final int length) {
            long written = 0;
            for (int i = offset; i < offset + length; i++) {
                written += srcs[i].remaining();
                srcs[i].position(srcs[i].limit());
            }
            return written;
        }

        @Override
        public long write(final ByteBuffer[] srcs) {
            return write(srcs, 0, srcs.length);
        }

        @Override
        public int write(final ByteBuffer src) {
            final int remaining = src.remaining();
            src.position(src.limit());
            return remaining;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }

    /**
     * Prepares the ExecutionReport bytes and the three codecs, and checks that every parser reads the same values.
     *
     * @throws Exception if a peer fails to start or disagrees.
     */
    @Setup
    public void setUp() throws Exception {
        executionReportLength = new FixEncoder("VENUE", "CLIENT").wrap(executionReport, 0)
            .header(FixMsgType.EXECUTION_REPORT, 4711, TIME_NS)
            .putString(FixTags.ORDER_ID, "VENUE-ORDER-998877").putString(FixTags.CL_ORD_ID, "ORD-12345678")
            .putString(FixTags.EXEC_ID, "EXEC-55667788").putChar(FixTags.EXEC_TYPE, 'F')
            .putChar(FixTags.ORD_STATUS, '1').putString(FixTags.ACCOUNT, "ACCT-1").putString(FixTags.SYMBOL, "AAPL")
            .putChar(FixTags.SIDE, '1').putLong(FixTags.ORDER_QTY, 300).putChar(FixTags.ORD_TYPE, '2')
            .putPrice(FixTags.PRICE, PRICE).putLong(FixTags.LAST_QTY, 100).putPrice(FixTags.LAST_PX, PRICE)
            .putLong(FixTags.LEAVES_QTY, 200).putLong(FixTags.CUM_QTY, 100).putPrice(FixTags.AVG_PX, PRICE)
            .putTimestamp(FixTags.TRANSACT_TIME, TIME_NS).putInt(FixTags.NO_PARTY_IDS, 2)
            .putString(FixTags.PARTY_ID, "BRKR").putChar(FixTags.PARTY_ID_SOURCE, 'D').putInt(FixTags.PARTY_ROLE, 1)
            .putString(FixTags.PARTY_ID, "TRDR").putChar(FixTags.PARTY_ID_SOURCE, 'D').putInt(FixTags.PARTY_ROLE, 12)
            .finish();
        executionReportBytes = new byte[executionReportLength];
        executionReport.getBytes(0, executionReportBytes);
        dictionary = new DataDictionary("FIX44.xml");

        final FIXConfig config = FIXConfig.newBuilder().setVersion(FIXVersion.FIX_4_4).setSenderCompID("CLIENT")
            .setTargetCompID("VENUE").setMaxFieldCount(64).setFieldCapacity(64).build();
        philadelphiaIn = ByteBuffer.allocateDirect(1024);
        philadelphiaIn.put(executionReportBytes).flip();
        philadelphiaParser = new FIXMessageParser(config, this::readPhiladelphia);
        philadelphiaConnection = new FIXConnection(new NullChannel(), config, message -> {
        }, TIME_NS / 1_000_000L);
        philadelphiaMessage = philadelphiaConnection.create();

        final long hft = parseHft();
        final long quickfixj = parseQuickfixj();
        final long philadelphia = parsePhiladelphia();
        if (hft != quickfixj || hft != philadelphia) {
            throw new IllegalStateException("parsers disagree: " + hft + " " + quickfixj + " " + philadelphia);
        }
        final String hftOrder = new String(bytes(out, encodeHft()), StandardCharsets.US_ASCII);
        final Message parsed = new Message(hftOrder, dictionary, settings, true);
        if (!parsed.getString(ClOrdID.FIELD).equals("ORD-12345678") || encodeQuickfixj().length() < 100
            || encodePhiladelphia() < 100) {
            throw new IllegalStateException("encoders disagree");
        }
    }

    private static byte[] bytes(final UnsafeBuffer buffer, final int length) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(0, bytes);
        return bytes;
    }

    /**
     * hft: parse the ExecutionReport and read 18 fields.
     *
     * @return a sum of the values read (integers, quantities, prices in units of 1e-8, epoch milliseconds).
     */
    @Benchmark
    public long parseHft() {
        final FixMessageDecoder decoder = this.decoder;
        if (decoder.wrap(executionReport, 0, executionReportLength) != FixError.OK) {
            return -1;
        }
        long sum = decoder.msgType() + decoder.msgSeqNum() + decoder.getTimestamp(FixTags.SENDING_TIME) / 1_000_000L;
        sum += decoder.getString(FixTags.ORDER_ID).length() + decoder.getString(FixTags.CL_ORD_ID).charAt(0);
        sum += decoder.getString(FixTags.EXEC_ID).length() + decoder.getChar(FixTags.EXEC_TYPE);
        sum += decoder.getChar(FixTags.ORD_STATUS) + decoder.getString(FixTags.SYMBOL).charAt(0);
        sum += decoder.getChar(FixTags.SIDE) + decoder.getQuantity(FixTags.ORDER_QTY);
        sum += decoder.getPrice(FixTags.PRICE) / 1_000_000L + decoder.getQuantity(FixTags.LAST_QTY);
        sum += decoder.getPrice(FixTags.LAST_PX) / 1_000_000L + decoder.getQuantity(FixTags.LEAVES_QTY);
        sum += decoder.getQuantity(FixTags.CUM_QTY) + decoder.getPrice(FixTags.AVG_PX) / 1_000_000L;
        return sum + decoder.getTimestamp(FixTags.TRANSACT_TIME) / 1_000_000L;
    }

    /**
     * QuickFIX/J: decode the bytes to a String, parse with the FIX 4.4 dictionary (groups), read 18 fields.
     *
     * @return the same sum as {@link #parseHft()}.
     * @throws Exception never for this input.
     */
    @Benchmark
    public long parseQuickfixj() throws Exception {
        final Message message = new Message();
        message.fromString(new String(executionReportBytes, StandardCharsets.ISO_8859_1), dictionary, settings,
            false);
        final Message.Header header = message.getHeader();
        long sum = header.getString(35).charAt(0) + header.getInt(34)
            + header.getUtcTimeStamp(52).toInstant(ZoneOffset.UTC).toEpochMilli();
        sum += message.getString(37).length() + message.getString(11).charAt(0);
        sum += message.getString(17).length() + message.getChar(150);
        sum += message.getChar(39) + message.getString(55).charAt(0);
        sum += message.getChar(54) + (long) message.getDouble(38);
        sum += Math.round(message.getDouble(44) * 100) + (long) message.getDouble(32);
        sum += Math.round(message.getDouble(31) * 100) + (long) message.getDouble(151);
        sum += (long) message.getDouble(14) + Math.round(message.getDouble(6) * 100);
        return sum + message.getUtcTimeStamp(60).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /**
     * philadelphia: parse the ExecutionReport with {@code FIXMessageParser} and read 18 fields in its listener.
     *
     * @return the same sum as {@link #parseHft()}.
     * @throws IOException never for this input.
     */
    @Benchmark
    public long parsePhiladelphia() throws IOException {
        philadelphiaIn.position(0);
        philadelphiaParser.parse(philadelphiaIn);
        return philadelphiaSum;
    }

    private void readPhiladelphia(final FIXMessage message) {
        long sum = message.getMsgType().asChar() + message.getMsgSeqNum();
        message.valueOf(52).asTimestamp(philadelphiaTimestamp);
        sum += philadelphiaTimestamp.getEpochMilli();
        sum += message.valueOf(37).length() + message.valueOf(11).charAt(0);
        sum += message.valueOf(17).length() + message.valueOf(150).asChar();
        sum += message.valueOf(39).asChar() + message.valueOf(55).charAt(0);
        sum += message.valueOf(54).asChar() + message.valueOf(38).asInt();
        sum += Math.round(message.valueOf(44).asFloat() * 100) + message.valueOf(32).asInt();
        sum += Math.round(message.valueOf(31).asFloat() * 100) + message.valueOf(151).asInt();
        sum += message.valueOf(14).asInt() + Math.round(message.valueOf(6).asFloat() * 100);
        message.valueOf(60).asTimestamp(philadelphiaTimestamp);
        philadelphiaSum = sum + philadelphiaTimestamp.getEpochMilli();
    }

    /**
     * hft: write the NewOrderSingle, BodyLength and CheckSum included.
     *
     * @return the message length.
     */
    @Benchmark
    public int encodeHft() {
        return encoder.wrap(out, 0).header(FixMsgType.NEW_ORDER_SINGLE, ++seq, TIME_NS)
            .putBytes(FixTags.CL_ORD_ID, clOrdId).putBytes(FixTags.ACCOUNT, account).putChar(FixTags.HANDL_INST, '1')
            .putBytes(FixTags.SYMBOL, symbol).putChar(FixTags.SIDE, '1').putTimestamp(FixTags.TRANSACT_TIME, TIME_NS)
            .putLong(FixTags.ORDER_QTY, 100).putChar(FixTags.ORD_TYPE, '2').putPrice(FixTags.PRICE, PRICE)
            .putChar(FixTags.TIME_IN_FORCE, '0').finish();
    }

    /**
     * QuickFIX/J: build the NewOrderSingle and serialise it.
     *
     * @return the message text.
     */
    @Benchmark
    public String encodeQuickfixj() {
        final LocalDateTime time = LocalDateTime.ofEpochSecond(TIME_NS / 1_000_000_000L,
            (int) (TIME_NS % 1_000_000_000L), ZoneOffset.UTC);
        final NewOrderSingle order = new NewOrderSingle(new ClOrdID("ORD-12345678"), new Side('1'),
            new TransactTime(time), new OrdType('2'));
        final Message.Header header = order.getHeader();
        header.setField(new SenderCompID("CLIENT"));
        header.setField(new TargetCompID("VENUE"));
        header.setField(new MsgSeqNum(++seq));
        header.setField(new SendingTime(time));
        order.set(new Account("ACCT-1"));
        order.set(new HandlInst('1'));
        order.set(new Symbol("AAPL"));
        order.set(new OrderQty(100));
        order.set(new Price(187.25));
        order.set(new TimeInForce('0'));
        return order.toString();
    }

    /**
     * philadelphia: prepare the header, add the fields and send into a discarding channel.
     *
     * @return the number of fields written.
     * @throws IOException never.
     */
    @Benchmark
    public int encodePhiladelphia() throws IOException {
        final FIXConnection connection = philadelphiaConnection;
        final FIXMessage message = philadelphiaMessage;
        connection.setCurrentTimeMillis(TIME_NS / 1_000_000L);
        connection.prepare(message, 'D');
        message.addField(11).setString("ORD-12345678");
        message.addField(1).setString("ACCT-1");
        message.addField(21).setChar('1');
        message.addField(55).setString("AAPL");
        message.addField(54).setChar('1');
        philadelphiaTimestamp.setEpochMilli(TIME_NS / 1_000_000L);
        message.addField(60).setTimestampMillis(philadelphiaTimestamp);
        message.addField(38).setInt(100);
        message.addField(40).setChar('2');
        final FIXValue price = message.addField(44);
        price.setFloat(187.25, 2);
        message.addField(59).setChar('0');
        connection.send(message);
        return message.getFieldCount() * 10;
    }
}
