package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Bad OUCH input is counted, reported with its bytes and skipped (or delivered with a counter where every field is
 * still present); nothing throws and the next good message decodes exactly.
 */
class OuchBadInputTest {
    private final List<String> reports = new ArrayList<>();
    private final WireErrorCounters errors = new WireErrorCounters("ouch",
        (source, error, sequence, buffer, offset, length) -> reports.add(source + ":" + error + ":" + sequence + ":"
            + length));
    private final List<Object> delivered = new ArrayList<>();
    private final OuchMessageDispatcher venue =
        new OuchMessageDispatcher(OuchRoundTripPropertyTest.recordingListener(delivered), errors);
    private final OuchRequestDispatcher requests =
        new OuchRequestDispatcher(OuchRoundTripPropertyTest.recordingRequestListener(delivered), errors);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);

    private int executed(final int offset) {
        final OrderExecutedEncoder encoder = new OrderExecutedEncoder().wrap(buffer, offset).timestamp(1)
            .userRefNum(7).quantity(100).price(1_234_500).liquidityFlag(Ouch50.LIQUIDITY_ADDED).matchNumber(99);
        encoder.appendage().referencePrice(1_234_000).referencePriceType((byte) 'C');
        return encoder.encodedLength();
    }

    private void assertGoodMessageStillDecodes() {
        delivered.clear();
        final int length = executed(100);
        assertEquals('E', venue.dispatch(42, buffer, 100, length));
        final OrderExecutedDecoder m = (OrderExecutedDecoder) delivered.get(0);
        assertEquals(7, m.userRefNum());
        assertEquals(100, m.quantity());
        assertEquals(1_234_500, m.price());
        assertEquals(99, m.matchNumber());
        assertEquals(1_234_000, m.appendage().referencePrice());
        assertEquals('C', m.appendage().referencePriceType());
    }

    @Test
    void shouldCountUnknownMessageTypes() {
        for (final byte type : new byte[] {'Z', 'a', 0, (byte) 0xFF, 'O'}) {
            buffer.putByte(0, type);
            assertEquals(OuchMessageDispatcher.UNKNOWN_MESSAGE_TYPE, venue.dispatch(5, buffer, 0, 20));
        }
        buffer.putByte(0, (byte) 'S');   // System Event is a venue message, not a request
        assertEquals(OuchRequestDispatcher.UNKNOWN_MESSAGE_TYPE, requests.onMessage(buffer, 0, 10));
        assertEquals(6, errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
        assertEquals("ouch:UNKNOWN_MESSAGE_TYPE:5:20", reports.get(0));
        assertEquals(0, delivered.size());
        assertGoodMessageStillDecodes();
    }

    @Test
    void shouldCountEveryTruncationOfEveryType() throws ReflectiveOperationException {
        long expected = 0;
        for (final String message : OuchMessages.VENUE_MESSAGES) {
            final int fixed = OuchMessages.fixedLength(message);
            for (int length = 0; length < fixed; length++) {
                buffer.setMemory(0, 256, (byte) 0);
                buffer.putByte(0, OuchMessages.type(message));
                assertEquals(OuchMessageDispatcher.TRUNCATED, venue.onMessage(buffer, 0, length), message);
                expected++;
            }
        }
        for (final String message : OuchMessages.REQUESTS) {
            final int fixed = OuchMessages.fixedLength(message);
            for (int length = 0; length < fixed; length++) {
                buffer.putByte(0, OuchMessages.type(message));
                assertEquals(OuchRequestDispatcher.TRUNCATED, requests.onMessage(buffer, 0, length), message);
                expected++;
            }
        }
        assertEquals(expected, errors.count(WireError.TRUNCATED));
        assertEquals(expected, errors.total());
        assertEquals(0, delivered.size());
        assertGoodMessageStillDecodes();
    }

    @Test
    void shouldSkipAnAppendageLongerThanTheMessage() {
        final int length = executed(0);
        assertEquals(OuchMessageDispatcher.BAD_APPENDAGE, venue.onMessage(buffer, 0, length - 1));
        buffer.putShort(OrderExecutedDecoder.APPENDAGE_LENGTH_OFFSET, (short) 0xFFFF, java.nio.ByteOrder.BIG_ENDIAN);
        assertEquals(OuchMessageDispatcher.BAD_APPENDAGE, venue.onMessage(buffer, 0, length));
        assertEquals(2, errors.count(WireError.BAD_LENGTH));
        assertEquals(0, delivered.size());
        assertGoodMessageStillDecodes();
    }

    @Test
    void shouldSkipMalformedOptions() {
        final int length = executed(0);
        final int firstOption = OrderExecutedDecoder.LENGTH;
        buffer.putByte(firstOption, (byte) 0);                    // option length 0
        assertEquals(OuchMessageDispatcher.BAD_APPENDAGE, venue.onMessage(buffer, 0, length));
        buffer.putByte(firstOption, (byte) 60);                   // runs past the appendage
        assertEquals(OuchMessageDispatcher.BAD_APPENDAGE, venue.onMessage(buffer, 0, length));
        executed(0);
        buffer.putByte(firstOption + 1, (byte) OuchAppendage.FIRM); // a known tag, 8-byte value: Firm has 4
        assertEquals(OuchMessageDispatcher.BAD_APPENDAGE, venue.onMessage(buffer, 0, length));
        assertEquals(3, errors.count(WireError.BAD_LENGTH));
        assertEquals(3, reports.size());
        assertEquals(0, delivered.size());
        assertGoodMessageStillDecodes();
    }

    @Test
    void shouldDeliverUnknownOptionTagsAndSkipThemByLength() {
        final OrderExecutedEncoder encoder = new OrderExecutedEncoder().wrap(buffer, 0).userRefNum(3).quantity(1);
        encoder.appendage().option(250, new UnsafeBuffer(new byte[] {1, 2, 3}), 0, 3).referencePrice(77);
        assertEquals('E', venue.onMessage(buffer, 0, encoder.encodedLength()));
        assertEquals(0, errors.total());
        final OrderExecutedDecoder m = (OrderExecutedDecoder) delivered.get(0);
        assertEquals(2, m.appendage().count());
        assertEquals(77, m.appendage().referencePrice());
    }

    @Test
    void shouldDeliverOverlongMessagesAndCountThem() {
        new CancelOrderEncoder().wrap(buffer, 0).userRefNum(12).quantity(0);
        assertEquals('X', requests.onMessage(buffer, 0, CancelOrderEncoder.LENGTH + 3));
        assertEquals(12, ((CancelOrderDecoder) delivered.get(0)).userRefNum());
        final int length = executed(0);
        assertEquals('E', venue.onMessage(buffer, 0, length + 1));
        assertEquals(2, errors.count(WireError.BAD_LENGTH));
        assertEquals(7, ((OrderExecutedDecoder) delivered.get(1)).userRefNum());
    }

    @Test
    void shouldSkipOutOfBoundsInput() {
        assertEquals(OuchMessageDispatcher.OUT_OF_BOUNDS, venue.onMessage(buffer, 250, 10));
        assertEquals(OuchMessageDispatcher.OUT_OF_BOUNDS, venue.onMessage(buffer, -1, 10));
        assertEquals(OuchRequestDispatcher.OUT_OF_BOUNDS, requests.onMessage(buffer, 0, -1));
        assertEquals(3, errors.count(WireError.BAD_LENGTH));
        assertGoodMessageStillDecodes();
    }

    @Property(tries = 2000)
    void shouldNeverThrowOnGarbage(@ForAll @Size(max = 120) final byte[] garbage) {
        final UnsafeBuffer bytes = new UnsafeBuffer(garbage);
        final int venueResult = venue.onMessage(bytes, 0, garbage.length);
        final int requestResult = requests.onMessage(bytes, 0, garbage.length);
        assertEquals(true, venueResult > 0 || venueResult >= OuchMessageDispatcher.BAD_APPENDAGE);
        assertEquals(true, requestResult > 0 || requestResult >= OuchRequestDispatcher.BAD_APPENDAGE);
    }
}
