package dev.hft.net.fix;

import static dev.hft.net.fix.FixTestMessages.buffer;
import static dev.hft.net.fix.FixTestMessages.complete;
import static dev.hft.net.fix.FixTestMessages.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import dev.hft.api.FixedPoint;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** The word-at-a-time paths of the codec (timestamps, quantities, tag table, digit pairs) against references. */
class FixCodecFastPathTest {
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuuMMdd-HH:mm:ss.SSS")
        .withResolverStyle(ResolverStyle.STRICT);
    /** 2255-03-14: epoch nanoseconds fit a long until 2262. */
    private static final long MAX_MILLIS = 9_000_000_000_000L;

    private final UnsafeBuffer out = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
    private final FixMessageDecoder decoder = new FixMessageDecoder();

    @Property
    void timestampsRoundTripAgainstJavaTime(@ForAll @LongRange(min = 0, max = MAX_MILLIS) final long millis) {
        final long nanos = millis * 1_000_000L;
        final String text = LocalDateTime.ofEpochSecond(millis / 1000, (int) (millis % 1000) * 1_000_000,
            ZoneOffset.UTC).format(MILLIS);
        assertEquals(nanos, FixTimestamps.parse(buffer(text), 0, 21), text);
        final int length = new FixEncoder("A", "B").wrap(out, 0).header(FixMsgType.HEARTBEAT, 1, nanos)
            .putTimestamp(FixTags.TRANSACT_TIME, nanos).finish();
        assertEquals(FixError.OK, decoder.wrap(out, 0, length));
        assertEquals(nanos, decoder.getTimestamp(FixTags.SENDING_TIME));
        assertEquals(nanos, decoder.getTimestamp(FixTags.TRANSACT_TIME));
    }

    @Property
    void timestampWithAnyByteReplacedParsesOnlyIfStillValid(@ForAll @IntRange(min = 0, max = 20) final int position,
        @ForAll @IntRange(min = 0, max = 255) final int value) {
        final byte[] text = "20261121-12:34:56.789".getBytes(StandardCharsets.US_ASCII);
        text[position] = (byte) value;
        final String replaced = new String(text, StandardCharsets.ISO_8859_1);
        long expected;
        try {
            final LocalDateTime time = LocalDateTime.parse(replaced, MILLIS);
            expected = time.getYear() < 1970 ? FixTimestamps.NULL_TIMESTAMP
                : time.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + time.getNano();
        } catch (final DateTimeParseException e) {
            expected = FixTimestamps.NULL_TIMESTAMP;
        }
        final UnsafeBuffer in = new UnsafeBuffer(text);
        assertEquals(expected, FixTimestamps.parse(in, 0, 21), replaced);
    }

    @Test
    void shouldRejectMalformedSeparators() {
        for (final String bad : new String[] {"20261121-12-34:56", "20261121-12:34-56", "20261121:12:34:56",
            "2026112a-12:34:56", "20261121-1a:34:56", "20261121-12:3a:56", "20261121-12:34:5a", "20261321-12:34:56",
            "20261121-12:60:00", "19691231-23:59:59"}) {
            assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer(bad), 0, 17), bad);
        }
        assertEquals(FixTimestamps.NULL_TIMESTAMP, FixTimestamps.parse(buffer("20261121-12:34:56.78x"), 0, 21));
    }

    @Property
    void quantitiesMatchTheFixedPointPath(@ForAll final long value) {
        final int length = new FixEncoder("A", "B").wrap(out, 0).header(FixMsgType.HEARTBEAT, 1, 0)
            .putLong(FixTags.ORDER_QTY, value).finish();
        assertEquals(FixError.OK, decoder.wrap(out, 0, length));
        final long limit = FixedPoint.MAX_VALUE / FixedPoint.SCALE;
        final long expected = value >= -limit && value <= limit ? value : FixMessageDecoder.NULL_LONG;
        assertEquals(expected, decoder.getQuantity(FixTags.ORDER_QTY));
    }

    @Test
    void shouldReadQuantitiesInEveryForm() {
        final UnsafeBuffer in = buffer(complete("35=0|49=A|56=B|34=1|38=200.00|32=-7|151=1.5|14=0092233720368|"
            + "110=92233720369|"));
        assertEquals(FixError.OK, decoder.wrap(in, 0, in.capacity()));
        assertEquals(200, decoder.getQuantity(FixTags.ORDER_QTY));
        assertEquals(-7, decoder.getQuantity(FixTags.LAST_QTY));
        assertEquals(FixMessageDecoder.NULL_LONG, decoder.getQuantity(FixTags.LEAVES_QTY));
        assertEquals(92_233_720_368L, decoder.getQuantity(FixTags.CUM_QTY));
        assertEquals(FixMessageDecoder.NULL_LONG, decoder.getQuantity(110));
    }

    @Property
    void tagsAndIntegersAreWrittenAsText(@ForAll @IntRange(min = 1, max = 2_000_000) final int tag,
        @ForAll final long value) {
        final int length = new FixEncoder("A", "B").wrap(out, 0).header(FixMsgType.HEARTBEAT, 1, 0)
            .putLong(tag, value).putChar(tag + 1, 'x').finish();
        final String text = string(out, 0, length);
        final String expected = "|" + tag + "=" + value + "|" + (tag + 1) + "=x|10=";
        assertTrue(FixTestMessages.piped(text).contains(expected), text);
        assertEquals(FixTestMessages.sum(text.substring(0, length - 7)), Integer.parseInt(
            text.substring(length - 4, length - 1)));
    }
}
