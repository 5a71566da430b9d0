package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;
import dev.hft.net.moldudp64.MoldUdp64PacketEncoder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's contract for good and bad input: each type reaches its own {@code onXxx}; truncated, empty,
 * unknown, over-long and out-of-bounds messages are counted and reported with their context, never thrown, and the
 * dispatcher keeps working.
 */
class ItchMessageDispatcherTest {
    private static final String ADD_ORDER = "AddOrder{stockLocate=7, trackingNumber=1, timestamp=34200000000000, "
        + "orderReferenceNumber=42, buySellIndicator='B', shares=100, stock='AAPL    ', price=1893400}";

    private final List<String> reports = new ArrayList<>();
    private final WireErrorCounters errors = new WireErrorCounters("itch",
        (source, error, sequence, buffer, offset, length) -> reports.add(
            source + " " + error + " seq=" + sequence + " offset=" + offset + " length=" + length
                + (buffer == null ? " no bytes" : "")));
    private final RecordingItchListener listener = new RecordingItchListener();
    private final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(listener, errors);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);

    private static List<Byte> allTypes() {
        final List<Byte> types = new ArrayList<>();
        for (int type = 0; type < 256; type++) {
            if (Itch50.messageLength((byte) type) != Itch50.UNKNOWN_TYPE) {
                types.add((byte) type);
            }
        }
        return types;
    }

    private int addOrder(final int offset) {
        new AddOrderEncoder().wrap(buffer, offset)
            .stockLocate(7)
            .trackingNumber(1)
            .timestamp(34_200_000_000_000L)
            .orderReferenceNumber(42)
            .buySellIndicator((byte) 'B')
            .shares(100)
            .stock("AAPL")
            .price(1_893_400);
        return AddOrderEncoder.LENGTH;
    }

    @Test
    void shouldKnowExactlyTheTwentyThreeTypesOfTheSpecification() {
        final StringBuilder types = new StringBuilder();
        for (final byte type : allTypes()) {
            types.append((char) type);
        }
        assertEquals("ABCDEFHIJKLNOPQRSUVWXYh", types.toString());
    }

    @Test
    void shouldDeliverEveryTypeToItsOwnListenerMethod() {
        for (final byte type : allTypes()) {
            buffer.setMemory(0, buffer.capacity(), (byte) 0);
            buffer.putByte(0, type);
            assertEquals(type, dispatcher.onMessage(buffer, 0, Itch50.messageLength(type)));
        }
        final List<String> names = new ArrayList<>();
        for (final String event : listener.events) {
            names.add(event.substring(0, event.indexOf('{')));
        }
        assertEquals(List.of("AddOrder", "BrokenTrade", "OrderExecutedWithPrice", "OrderDelete", "OrderExecuted",
            "AddOrderMpid", "StockTradingAction", "Noii", "LuldAuctionCollar", "IpoQuotingPeriodUpdate",
            "MarketParticipantPosition", "Rpii", "DirectListingCapitalRaise", "Trade", "CrossTrade", "StockDirectory",
            "SystemEvent", "OrderReplace", "MwcbDeclineLevel", "MwcbStatus", "OrderCancel", "RegShoRestriction",
            "OperationalHalt"), names);
        assertEquals(0, errors.total());
    }

    @Test
    void shouldDecodeAMessageAtAnOffset() {
        final int length = addOrder(17);
        assertEquals('A', dispatcher.onMessage(buffer, 17, length));
        assertEquals(List.of(ADD_ORDER), listener.events);
        assertEquals(0, errors.total());
    }

    @Test
    void shouldCountTruncatedMessagesOfEveryTypeAndSkipThem() {
        int truncated = 0;
        for (final byte type : allTypes()) {
            buffer.putByte(3, type);
            for (final int length : new int[] {1, Itch50.HEADER_LENGTH, Itch50.messageLength(type) - 1}) {
                assertEquals(ItchMessageDispatcher.TRUNCATED, dispatcher.dispatch(9, buffer, 3, length));
                truncated++;
            }
        }
        assertEquals(List.of(), listener.events);
        assertEquals(truncated, errors.count(WireError.TRUNCATED));
        assertEquals(truncated, errors.total());
        assertEquals("itch TRUNCATED seq=9 offset=3 length=1", reports.get(0));
    }

    @Test
    void shouldCountAnEmptyMessageAsTruncated() {
        assertEquals(ItchMessageDispatcher.TRUNCATED, dispatcher.onMessage(buffer, 0, 0));
        assertEquals(List.of("itch TRUNCATED seq=-1 offset=0 length=0"), reports);
        assertEquals(List.of(), listener.events);
    }

    @Test
    void shouldCountUnknownTypesAndSkipThem() {
        // 'T' was ITCH 4.1's seconds message; 'Z', 0 and 0xFF are nothing
        for (final byte type : new byte[] {'T', 'Z', 'a', 0, (byte) 0xFF}) {
            buffer.putByte(0, type);
            assertEquals(ItchMessageDispatcher.UNKNOWN_MESSAGE_TYPE, dispatcher.onMessage(buffer, 0, 20));
        }
        assertEquals(5, errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
        assertEquals("itch UNKNOWN_MESSAGE_TYPE seq=-1 offset=0 length=20", reports.get(0));
        assertEquals(List.of(), listener.events);
    }

    @Test
    void shouldDecodeAnOverLongMessageAndCountItsBadLength() {
        final int length = addOrder(0);
        assertEquals('A', dispatcher.onMessage(buffer, 0, length + 4));
        assertEquals(List.of(ADD_ORDER), listener.events);
        assertEquals(1, errors.count(WireError.BAD_LENGTH));
        assertEquals(List.of("itch BAD_LENGTH seq=-1 offset=0 length=40"), reports);
    }

    @Test
    void shouldSkipARegionOutsideTheBufferWithoutThrowing() {
        assertEquals(ItchMessageDispatcher.OUT_OF_BOUNDS, dispatcher.onMessage(buffer, 100, 36));
        assertEquals(ItchMessageDispatcher.OUT_OF_BOUNDS, dispatcher.onMessage(buffer, -1, 36));
        assertEquals(ItchMessageDispatcher.OUT_OF_BOUNDS, dispatcher.onMessage(buffer, 0, -1));
        assertEquals(ItchMessageDispatcher.OUT_OF_BOUNDS, dispatcher.onMessage(buffer, 1, Integer.MAX_VALUE));
        assertEquals(4, errors.count(WireError.BAD_LENGTH));
        assertEquals("itch BAD_LENGTH seq=-1 offset=0 length=0 no bytes", reports.get(0));
        assertEquals(List.of(), listener.events);
    }

    @Test
    void shouldKeepWorkingAfterBadInput() {
        final int length = addOrder(0);
        assertEquals(ItchMessageDispatcher.TRUNCATED, dispatcher.onMessage(buffer, 0, length - 1));
        assertEquals('A', dispatcher.onMessage(buffer, 0, length));
        assertEquals(ItchMessageDispatcher.OUT_OF_BOUNDS, dispatcher.onMessage(buffer, 0, 1000));
        assertEquals(ItchMessageDispatcher.TRUNCATED, dispatcher.onMessage(buffer, 0, 0));
        assertEquals('A', dispatcher.onMessage(buffer, 0, length));
        assertEquals(List.of(ADD_ORDER, ADD_ORDER), listener.events);
        assertEquals(3, errors.total());
    }

    @Test
    void shouldReportErrorsWithTheirMoldUdp64SequenceNumbers() {
        final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
        new OrderDeleteEncoder().wrap(message, 0).stockLocate(1).trackingNumber(0).timestamp(5).orderReferenceNumber(9);
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[256]);
        final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder().wrap(packet, 0, 256)
            .session("SESSION001".getBytes(StandardCharsets.US_ASCII))
            .sequenceNumber(1000);
        assertTrue(encoder.tryAppend(message, 0, OrderDeleteEncoder.LENGTH));
        assertTrue(encoder.tryAppend(message, 0, OrderDeleteEncoder.LENGTH - 8));   // truncated
        message.putByte(0, (byte) 'T');
        assertTrue(encoder.tryAppend(message, 0, OrderDeleteEncoder.LENGTH));       // unknown type
        message.putByte(0, OrderDeleteEncoder.TYPE);
        assertTrue(encoder.tryAppend(message, 0, OrderDeleteEncoder.LENGTH));
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        decoder.wrap(packet, 0, encoder.length());
        assertEquals(4, decoder.forEachMessage(dispatcher));
        assertEquals(List.of("itch TRUNCATED seq=1001 offset=43 length=11",
            "itch UNKNOWN_MESSAGE_TYPE seq=1002 offset=56 length=19"), reports);
        assertEquals(2, listener.events.size());
    }

    @Test
    void shouldExposeWhatItWasBuiltWith() {
        assertSame(listener, dispatcher.listener());
        assertSame(errors, dispatcher.errors());
    }

    @Property(tries = 2000)
    void shouldNeverThrowAndCountEveryMessageItSkips(@ForAll @Size(max = 64) final byte[] bytes,
        @ForAll @IntRange(min = -2, max = 70) final int offset,
        @ForAll @IntRange(min = -2, max = 70) final int length) {
        final UnsafeBuffer input = new UnsafeBuffer(bytes);
        final long before = errors.total();
        final int delivered = listener.events.size();
        final int result = dispatcher.onMessage(input, offset, length);
        if (result < 0) {
            assertEquals(before + 1, errors.total());
            assertEquals(delivered, listener.events.size());
        } else {
            assertEquals(bytes[offset], result);
            assertEquals(delivered + 1, listener.events.size());
            assertEquals(length == Itch50.messageLength(bytes[offset]) ? before : before + 1, errors.total());
        }
    }
}
