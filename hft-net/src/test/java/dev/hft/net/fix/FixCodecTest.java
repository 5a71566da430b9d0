package dev.hft.net.fix;

import static dev.hft.net.fix.FixTestMessages.buffer;
import static dev.hft.net.fix.FixTestMessages.complete;
import static dev.hft.net.fix.FixTestMessages.piped;
import static dev.hft.net.fix.FixTestMessages.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Instant;

import dev.hft.api.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class FixCodecTest {
    private static final long T0 = Instant.parse("2026-11-21T12:34:56.789Z").getEpochSecond() * 1_000_000_000L
        + 789_000_000L;

    private final FixMessageDecoder decoder = new FixMessageDecoder();
    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));

    @Test
    void shouldEncodeNewOrderSingleExactly() {
        final int length = new FixEncoder("CLIENT", "VENUE").wrap(out, 0)
            .header(FixMsgType.NEW_ORDER_SINGLE, 42, T0)
            .putString(FixTags.CL_ORD_ID, "ORD-1")
            .putChar(FixTags.HANDL_INST, '1')
            .putString(FixTags.SYMBOL, "AAPL")
            .putChar(FixTags.SIDE, '1')
            .putTimestamp(FixTags.TRANSACT_TIME, T0)
            .putLong(FixTags.ORDER_QTY, 100)
            .putChar(FixTags.ORD_TYPE, '2')
            .putPrice(FixTags.PRICE, FixedPoint.parse("187.25"))
            .putChar(FixTags.TIME_IN_FORCE, '0')
            .finish();
        final String expected = complete("35=D|49=CLIENT|56=VENUE|34=42|52=20261121-12:34:56.789|11=ORD-1|21=1|"
            + "55=AAPL|54=1|60=20261121-12:34:56.789|38=100|40=2|44=187.25|59=0|");
        assertEquals(piped(expected), piped(string(out, 0, length)));
        assertEquals("8=FIX.4.4|9=134|35=D|", piped(expected).substring(0, 21));
    }

    @Test
    void shouldMoveBodyWhenBodyLengthIsNotThreeDigits() {
        final FixEncoder encoder = new FixEncoder("A", "B");
        int length = encoder.wrap(out, 8).header(FixMsgType.HEARTBEAT, 1, T0).finish();
        assertEquals(piped(complete("35=0|49=A|56=B|34=1|52=20261121-12:34:56.789|")), piped(string(out, 8, length)));
        assertEquals(FixError.OK, decoder.wrap(out, 8, length));

        encoder.wrap(out, 0).header(FixMsgType.LOGOUT, 7, T0);
        final String text = "x".repeat(1500);
        encoder.putString(FixTags.TEXT, text);
        length = encoder.finish();
        assertEquals(piped(complete("35=5|49=A|56=B|34=7|52=20261121-12:34:56.789|58=" + text + "|")),
            piped(string(out, 0, length)));
        assertEquals(FixError.OK, decoder.wrap(out, 0, length));
        assertEquals(text, decoder.getString(FixTags.TEXT).toString());
    }

    @Test
    void shouldDecodeExecutionReportFields() {
        final String msg = complete("35=8|49=VENUE|56=CLIENT|34=7|52=20261121-12:34:56.789|37=OID-9|11=ORD-1|"
            + "17=EXEC-3|150=F|39=1|55=AAPL|54=2|38=300|44=187.25|32=100|31=187.2500|151=200|14=100|6=187.25|"
            + "60=20261121-12:34:56.789123|453=2|448=P1|447=D|452=1|448=P2|447=D|452=3|58=part fill|");
        final UnsafeBuffer in = buffer(msg);
        assertEquals(FixError.OK, decoder.wrap(in, 0, in.capacity()));
        assertEquals(FixMsgType.EXECUTION_REPORT, decoder.msgType());
        assertEquals(7, decoder.msgSeqNum());
        assertEquals(T0, decoder.getTimestamp(FixTags.SENDING_TIME));
        assertEquals(T0 + 123_000, decoder.getTimestamp(FixTags.TRANSACT_TIME));
        assertEquals("OID-9", decoder.getString(FixTags.ORDER_ID).toString());
        assertTrue(decoder.valueEquals(FixTags.CL_ORD_ID, "ORD-1"));
        assertFalse(decoder.valueEquals(FixTags.CL_ORD_ID, "ORD-2"));
        assertEquals('F', decoder.getChar(FixTags.EXEC_TYPE));
        assertEquals('2', decoder.getChar(FixTags.SIDE));
        assertEquals(300, decoder.getQuantity(FixTags.ORDER_QTY));
        assertEquals(100, decoder.getLong(FixTags.LAST_QTY));
        assertEquals(FixedPoint.parse("187.25"), decoder.getPrice(FixTags.LAST_PX));
        assertEquals(FixedPoint.parse("187.25"), decoder.getPrice(FixTags.PRICE));
        assertEquals(200, decoder.getInt(FixTags.LEAVES_QTY));
        assertEquals(FixMessageDecoder.NULL_INT, decoder.getInt(FixTags.ACCOUNT));
        assertEquals(FixedPoint.NULL_PRICE, decoder.getPrice(FixTags.STOP_PX));
        assertEquals('\0', decoder.getChar(FixTags.ORD_TYPE));
        assertEquals(0, decoder.getString(FixTags.ACCOUNT).length());
        assertEquals("part fill", decoder.getString(FixTags.TEXT).toString());

        final FixGroup parties = decoder.group(FixTags.NO_PARTY_IDS, new FixGroup());
        assertEquals(2, parties.count());
        assertTrue(parties.next());
        assertEquals("P1", parties.getString(FixTags.PARTY_ID).toString());
        assertEquals(1, parties.getInt(FixTags.PARTY_ROLE));
        assertTrue(parties.next());
        assertEquals("P2", parties.getString(FixTags.PARTY_ID).toString());
        assertEquals('D', parties.getChar(FixTags.PARTY_ID_SOURCE));
        assertEquals(3, parties.getInt(FixTags.PARTY_ROLE));
        assertEquals(-1, parties.fieldIndex(FixTags.TEXT));
        assertFalse(parties.next());
        assertEquals(FixError.OK, new FixValidator().validate(decoder));
    }

    @Test
    void shouldRoundTripPricesAndIntegers() {
        final String[] prices = {"0", "1", "-1", "0.00000001", "123.456", "92233720368.54775807", "-0.5", "10"};
        final FixEncoder encoder = new FixEncoder("A", "B");
        for (final String price : prices) {
            final int length = encoder.wrap(out, 0).header(FixMsgType.NEW_ORDER_SINGLE, 1, T0)
                .putPrice(FixTags.PRICE, FixedPoint.parse(price)).putLong(FixTags.ORDER_QTY, Long.MAX_VALUE)
                .putInt(FixTags.MIN_QTY, -17).finish();
            assertEquals(FixError.OK, decoder.wrap(out, 0, length));
            assertEquals(FixedPoint.parse(price), decoder.getPrice(FixTags.PRICE), price);
            assertTrue(piped(string(out, 0, length)).contains("|44=" + price + "|"), price);
            assertEquals(Long.MAX_VALUE, decoder.getLong(FixTags.ORDER_QTY));
            assertEquals(-17, decoder.getInt(FixTags.MIN_QTY));
        }
    }

    @Test
    void shouldParsePriceForms() {
        assertPrice("1.5", "1.5");
        assertPrice("001.50", "1.5");
        assertPrice(".5", "0.5");
        assertPrice("5.", "5");
        assertPrice("1.000000000", "1");
        assertPrice("1.000000001", null);
        assertPrice("+1", null);
        assertPrice("1e3", null);
        assertPrice("-", null);
        assertPrice(".", null);
        assertPrice("92233720369", null);
    }

    private void assertPrice(final String text, final String expected) {
        final UnsafeBuffer in = buffer(text);
        assertEquals(expected == null ? FixedPoint.NULL_PRICE : FixedPoint.parse(expected),
            FixMessageDecoder.parseFixedPoint(in, 0, text.length()), text);
    }

    @Test
    void shouldParseAndWriteTimestamps() {
        final UnsafeBuffer in = buffer("20000229-23:59:59");
        assertEquals(Instant.parse("2000-02-29T23:59:59Z").getEpochSecond() * 1_000_000_000L,
            FixTimestamps.parse(in, 0, 17));
        assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer("20010229-23:59:59"), 0, 17));
        assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer("20010228 23:59:59"), 0, 17));
        assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer("20010228-24:00:00"), 0, 17));
        assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer("20010228-23:00:00.1"), 0, 19));
        final long nanos = Instant.parse("2026-11-21T12:34:56.123456789Z").getEpochSecond() * 1_000_000_000L
            + 123_456_789L;
        assertEquals(nanos, FixTimestamps.parse(buffer("20261121-12:34:56.123456789"), 0, 27));
        for (long day = 0; day < 40_000; day += 37) {
            final long t = day * 86_400_000_000_000L + 45_296_007_000_000L;
            FixTimestamps.putMillis(out, 0, t);
            assertEquals(Instant.ofEpochSecond(t / 1_000_000_000L, t % 1_000_000_000L).toString()
                .replace("-", "").replace("T", "-").replace("Z", ""), string(out, 0, 21));
            assertEquals(t, FixTimestamps.parse(out, 0, 21));
        }
    }

    @Test
    void shouldWriteTimestampsThroughTheEncodersSecondCache() {
        final FixEncoder encoder = new FixEncoder("A", "B");
        final UnsafeBuffer expected = new UnsafeBuffer(new byte[32]);
        long t = T0;
        for (int i = 0; i < 5_000; i++) {
            t += (i % 7 == 0) ? 999_999_999L : 1_234_567L;
            final int length = encoder.wrap(out, 0).putTimestamp(FixTags.TRANSACT_TIME, t).length();
            FixTimestamps.putMillis(expected, 0, t);
            assertEquals("60=" + string(expected, 0, 21) + "\u0001", string(out, 0, length));
        }
    }

    @Test
    void shouldComputeChecksumLikeASimpleSum() {
        final byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        final UnsafeBuffer in = new UnsafeBuffer(bytes);
        for (int length = 0; length < bytes.length; length += 97) {
            int sum = 0;
            for (int i = 3; i < 3 + length && i < bytes.length; i++) {
                sum += bytes[i] & 0xFF;
            }
            final int n = Math.min(length, bytes.length - 3);
            assertEquals(sum & 0xFF, FixMessageDecoder.checksum(in, 3, n));
        }
    }

    @Test
    void shouldPackMsgTypes() {
        assertEquals(FixMsgType.LOGON, FixMsgType.pack("A"));
        assertEquals('A' << 8 | 'E', FixMsgType.pack("AE"));
        assertEquals("AE", FixMsgType.toString(FixMsgType.pack("AE")));
        assertEquals(FixMsgType.NONE, FixMsgType.pack("ABC"));
        assertTrue(FixMsgType.isAdmin(FixMsgType.SEQUENCE_RESET));
        assertFalse(FixMsgType.isAdmin(FixMsgType.NEW_ORDER_SINGLE));
    }
}
