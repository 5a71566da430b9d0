package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import dev.hft.api.FixedPoint;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agrona.concurrent.UnsafeBuffer;
import quickfix.DataDictionary;
import quickfix.DecimalField;
import quickfix.Group;
import quickfix.Message;
import quickfix.ValidationSettings;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgSeqNum;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.PartyID;
import quickfix.field.PartyIDSource;
import quickfix.field.PartyRole;
import quickfix.field.Price;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TargetCompID;
import quickfix.field.Text;
import quickfix.fix44.ExecutionReport;

/**
 * Differential tests against QuickFIX/J 3.0.0: random ExecutionReports built and serialised by QuickFIX/J parse with
 * our decoder to the same values; random NewOrderSingles written by our encoder parse and validate in QuickFIX/J
 * against its FIX 4.4 dictionary to the same values.
 */
class FixQuickfixjDifferentialTest {
    private static final DataDictionary DICTIONARY;
    private static final ValidationSettings SETTINGS = new ValidationSettings();

    static {
        try {
            DICTIONARY = new DataDictionary("FIX44.xml");
        } catch (final Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final FixMessageDecoder decoder = new FixMessageDecoder();
    private final FixValidator validator = new FixValidator();
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(8192));

    record Order(String clOrdId, String symbol, char side, long qty, long priceFixed, char tif, String text,
                 int seq) {
        long timeMillis() {
            return 1_700_000_000_000L + seq * 7L;
        }
    }

    @Provide
    Arbitrary<Long> fixedPoints() {
        return Arbitraries.longs().between(0, 99_999_999_999_999L).map(v -> v / 10_000 * 10_000);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/").ofMinLength(1)
            .ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40);
    }

    @Provide
    Arbitrary<Order> orders() {
        return Combinators.combine(ids(), ids(), Arbitraries.of('1', '2', '5'), Arbitraries.longs().between(1,
            1_000_000_000L), fixedPoints(), Arbitraries.of('0', '1', '3', '4'), texts(),
            Arbitraries.integers().between(1, 2_000_000_000))
            .as(Order::new);
    }

    @Property(tries = 300)
    void shouldParseWhatQuickfixjWrites(@ForAll("ids") final String orderId, @ForAll("ids") final String execId,
        @ForAll("fixedPoints") final long lastPx, @ForAll("fixedPoints") final long avgPx,
        @ForAll("texts") final String text, @ForAll("ids") final String party) throws Exception {
        final ExecutionReport er = new ExecutionReport(new OrderID(orderId), new ExecID(execId), new ExecType('F'),
            new OrdStatus('1'), new Side('2'), new LeavesQty(200), new CumQty(100), new AvgPx(0));
        er.setField(new DecimalField(AvgPx.FIELD, decimal(avgPx)));
        er.getHeader().setField(new SenderCompID("VENUE"));
        er.getHeader().setField(new TargetCompID("CLIENT"));
        er.getHeader().setField(new MsgSeqNum(123_456));
        er.getHeader().setField(new SendingTime(java.time.LocalDateTime.of(2026, 11, 21, 12, 0, 0, 123_000_000)));
        er.set(new Symbol("AAPL"));
        er.set(new ClOrdID(orderId + "-C"));
        er.setField(new DecimalField(LastPx.FIELD, decimal(lastPx)));
        er.set(new LastQty(100));
        er.set(new Text(text));
        for (int i = 0; i < 2; i++) {
            final Group group = new ExecutionReport.NoPartyIDs();
            group.setField(new PartyID(party + i));
            group.setField(new PartyIDSource('D'));
            group.setField(new PartyRole(i + 1));
            er.addGroup(group);
        }
        final byte[] bytes = er.toString().getBytes(StandardCharsets.ISO_8859_1);
        final UnsafeBuffer in = new UnsafeBuffer(bytes);
        assertEquals(FixError.OK, decoder.wrap(in, 0, bytes.length));
        assertEquals(FixError.OK, validator.validate(decoder));
        assertEquals(FixMsgType.EXECUTION_REPORT, decoder.msgType());
        assertEquals(123_456, decoder.msgSeqNum());
        assertEquals(orderId, decoder.getString(FixTags.ORDER_ID).toString());
        assertEquals(execId, decoder.getString(FixTags.EXEC_ID).toString());
        assertEquals(orderId + "-C", decoder.getString(FixTags.CL_ORD_ID).toString());
        assertEquals(lastPx, decoder.getPrice(FixTags.LAST_PX));
        assertEquals(avgPx, decoder.getPrice(FixTags.AVG_PX));
        assertEquals(100, decoder.getQuantity(FixTags.LAST_QTY));
        assertEquals(200, decoder.getQuantity(FixTags.LEAVES_QTY));
        assertEquals('F', decoder.getChar(FixTags.EXEC_TYPE));
        assertEquals(text, decoder.getString(FixTags.TEXT).toString());
        final FixGroup parties = decoder.group(FixTags.NO_PARTY_IDS, new FixGroup());
        for (int i = 0; i < 2; i++) {
            assertEquals(true, parties.next());
            assertEquals(party + i, parties.getString(FixTags.PARTY_ID).toString());
            assertEquals(i + 1, parties.getInt(FixTags.PARTY_ROLE));
        }
        assertEquals(er.getHeader().getUtcTimeStamp(SendingTime.FIELD).toInstant(java.time.ZoneOffset.UTC)
            .toEpochMilli() * 1_000_000L, decoder.getTimestamp(FixTags.SENDING_TIME));
    }

    @Property(tries = 300)
    void shouldWriteWhatQuickfixjParsesAndValidates(@ForAll("orders") final Order order) throws Exception {
        final long sendingNanos = order.timeMillis() * 1_000_000L;
        final int length = new FixEncoder("CLIENT", "VENUE").wrap(out, 0)
            .header(FixMsgType.NEW_ORDER_SINGLE, order.seq(), sendingNanos)
            .putString(FixTags.CL_ORD_ID, order.clOrdId())
            .putString(FixTags.SYMBOL, order.symbol())
            .putChar(FixTags.SIDE, order.side())
            .putTimestamp(FixTags.TRANSACT_TIME, sendingNanos)
            .putLong(FixTags.ORDER_QTY, order.qty())
            .putChar(FixTags.ORD_TYPE, '2')
            .putPrice(FixTags.PRICE, order.priceFixed())
            .putChar(FixTags.TIME_IN_FORCE, order.tif())
            .putString(FixTags.TEXT, order.text())
            .finish();
        final byte[] bytes = new byte[length];
        out.getBytes(0, bytes);
        final String text = new String(bytes, StandardCharsets.ISO_8859_1);
        final Message message = new Message();
        message.fromString(text, DICTIONARY, SETTINGS, true);
        DICTIONARY.validate(message, SETTINGS);
        assertEquals(text.length(), message.toString().length());
        assertEquals(order.clOrdId(), message.getString(ClOrdID.FIELD));
        assertEquals(order.symbol(), message.getString(Symbol.FIELD));
        assertEquals(order.text(), message.getString(Text.FIELD));
        assertEquals(order.seq(), message.getHeader().getInt(MsgSeqNum.FIELD));
        assertEquals(0, decimal(order.priceFixed()).compareTo(message.getDecimal(Price.FIELD)));
        assertEquals(order.qty(), message.getDecimal(OrderQty.FIELD).longValueExact());
        assertEquals(order.timeMillis(), message.getHeader().getUtcTimeStamp(SendingTime.FIELD)
            .toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
    }

    private static BigDecimal decimal(final long fixedPoint) {
        return BigDecimal.valueOf(fixedPoint, FixedPoint.DECIMALS).stripTrailingZeros();
    }
}
