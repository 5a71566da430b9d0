package dev.hft.net.pitch;

import static dev.hft.net.pitch.PitchPackets.KNOWN_TYPES;
import static dev.hft.net.pitch.PitchPackets.UNKNOWN_TYPES;
import static dev.hft.net.pitch.PitchPackets.message;
import static dev.hft.net.pitch.PitchPackets.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A packet built from random messages dispatches back to the same messages in the same order; unknown types anywhere
 * are skipped and counted; garbage and corrupted packets never throw and leave the dispatcher working.
 */
class PitchDispatchPropertyTest {
    private static final int MAX_MESSAGES = 40;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
    private WireErrorCounters errors;
    private PitchEvents events;
    private PitchMessageDispatcher dispatcher;

    /** jqwik reuses the instance for every try of a property: each try starts with fresh counters and listener. */
    private void freshDispatcher() {
        errors = new WireErrorCounters("pitch", WireErrorListener.NO_OP);
        events = new PitchEvents();
        dispatcher = new PitchMessageDispatcher(events, errors);
    }

    @Provide
    Arbitrary<byte[]> knownMessage() {
        return Arbitraries.of(toList(KNOWN_TYPES)).flatMap(type -> Arbitraries.bytes().array(byte[].class)
            .ofSize(Pitch.messageLength(type) - 2)
            .map(payload -> message(type, Pitch.messageLength(type), payload)));
    }

    @Provide
    Arbitrary<byte[]> unknownMessage() {
        return Arbitraries.of(toList(UNKNOWN_TYPES)).flatMap(type -> Arbitraries.integers().between(2, 64)
            .flatMap(length -> Arbitraries.bytes().array(byte[].class).ofSize(length - 2)
                .map(payload -> message(type, length, payload))));
    }

    @Provide
    Arbitrary<List<byte[]>> knownMessages() {
        return knownMessage().list().ofMaxSize(MAX_MESSAGES);
    }

    @Provide
    Arbitrary<List<byte[]>> mixedMessages() {
        return Arbitraries.frequencyOf(Tuple.of(4, knownMessage()), Tuple.of(1, unknownMessage()))
            .list().ofMaxSize(MAX_MESSAGES);
    }

    @Property(tries = 300)
    void shouldDispatchRandomMessagesBackInOrder(
        @ForAll("knownMessages") final List<byte[]> messages,
        @ForAll @IntRange(max = 255) final int unit,
        @ForAll @LongRange(max = 0xFFFF_FFFFL) final long sequence,
        @ForAll @IntRange(max = 64) final int offset) {
        freshDispatcher();
        final int length = write(buffer, offset, unit, sequence, messages);

        assertEquals(messages.size(), dispatcher.onPacket(buffer, offset, length));

        assertEquals("UnitHeader[length=" + length + ", count=" + messages.size() + ", unit=" + unit + ", sequence="
            + sequence + "]", events.events.get(0));
        assertSameBytes(messages, events.messages);
        assertEquals(0, errors.total(), errors::toString);
    }

    @Property(tries = 300)
    void shouldSkipUnknownTypesAnywhereAndDeliverTheRest(@ForAll("mixedMessages") final List<byte[]> messages) {
        freshDispatcher();
        final int length = write(buffer, 0, 1, 1, messages);
        final List<byte[]> known = new ArrayList<>();
        for (final byte[] message : messages) {
            if (Pitch.messageLength(message[1]) != 0) {
                known.add(message);
            }
        }

        assertEquals(known.size(), dispatcher.onPacket(buffer, 0, length));

        assertSameBytes(known, events.messages);
        assertEquals(messages.size() - known.size(), errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(errors.total(), errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
    }

    @Property(tries = 1000)
    void shouldNeverThrowOnGarbageAndKeepWorking(@ForAll @Size(max = 300) final byte[] garbage) {
        freshDispatcher();
        buffer.putBytes(0, garbage);
        final int result = dispatcher.onPacket(buffer, 0, garbage.length);
        assertTrue(result >= PitchMessageDispatcher.COUNT_MISMATCH && result <= 255, () -> "result " + result);

        assertStillWorks();
    }

    @Property(tries = 500)
    void shouldNeverThrowOnCorruptedPacketAndKeepWorking(
        @ForAll("knownMessages") final List<byte[]> messages,
        @ForAll @IntRange(max = 4095) final int corruptAt,
        @ForAll final byte corruption,
        @ForAll @IntRange(max = 16) final int cut) {
        freshDispatcher();
        final int length = write(buffer, 0, 1, 1, messages);
        buffer.putByte(corruptAt % length, corruption);
        final int packetLength = Math.max(0, length - cut);

        final int result = dispatcher.onPacket(buffer, 0, packetLength);

        assertTrue(result >= PitchMessageDispatcher.COUNT_MISMATCH && result <= messages.size(), () -> "" + result);
        assertTrue(result >= 0 || errors.total() > 0, "a failed walk is reported");
        assertStillWorks();
    }

    private void assertStillWorks() {
        events.clear();
        final byte[] delete = message(DeleteOrderDecoder.TYPE, DeleteOrderDecoder.LENGTH, new byte[] {1, 2, 3});
        final int length = write(buffer, 100, 7, 42, List.of(delete, delete));
        assertEquals(2, dispatcher.onPacket(buffer, 100, length));
        assertSameBytes(List.of(delete, delete), events.messages);
        events.clear();
    }

    private static void assertSameBytes(final List<byte[]> expected, final List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), "message count");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "message " + i);
        }
    }

    private static List<Integer> toList(final int[] values) {
        final List<Integer> list = new ArrayList<>();
        for (final int value : values) {
            list.add(value);
        }
        return list;
    }
}
