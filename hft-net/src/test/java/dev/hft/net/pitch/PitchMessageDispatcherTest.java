package dev.hft.net.pitch;

import static dev.hft.net.pitch.PitchPackets.message;
import static dev.hft.net.pitch.PitchPackets.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** Malformed packets are counted, reported with context and skipped or cut short; the dispatcher never throws. */
class PitchMessageDispatcherTest {
    private static final int OFFSET = 5;
    private static final long SEQUENCE = 1_000;

    private final List<String> reports = new ArrayList<>();
    private final List<byte[]> reportedBytes = new ArrayList<>();
    private final WireErrorCounters errors = new WireErrorCounters("pitch",
        (source, error, sequence, buffer, offset, length) -> {
            reports.add(source + " " + error + " " + sequence);
            final byte[] bytes = new byte[length];
            if (buffer != null) {
                buffer.getBytes(offset, bytes);
            }
            reportedBytes.add(bytes);
        });
    private final PitchEvents events = new PitchEvents();
    private final PitchMessageDispatcher dispatcher = new PitchMessageDispatcher(events, errors);
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[2048]);

    private final byte[] time = message(TimeDecoder.TYPE, TimeDecoder.LENGTH, new byte[] {1, 2, 3, 4});
    private final byte[] add = message(AddOrderShortDecoder.TYPE, AddOrderShortDecoder.LENGTH, new byte[] {7, 'B'});
    private final byte[] delete = message(DeleteOrderDecoder.TYPE, DeleteOrderDecoder.LENGTH, new byte[] {9});

    private int dispatch(final int length) {
        return dispatcher.onPacket(buffer, OFFSET, length);
    }

    @Test
    void shouldDeliverHeartbeatHeaderOnly() {
        final int length = write(buffer, OFFSET, 3, 77, List.of());
        assertEquals(0, dispatch(length));
        assertEquals(List.of("UnitHeader[length=8, count=0, unit=3, sequence=77]"), events.events);
        assertEquals(0, errors.total());
    }

    @Test
    void shouldSkipUnknownTypeInTheMiddleAndDeliverTheRest() {
        final byte[] unknown = message(0x7E, 11, new byte[] {(byte) 0xEE});
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, unknown, add, delete));

        assertEquals(3, dispatch(length));

        assertBytes(List.of(time, add, delete), events.messages);
        assertEquals(List.of("pitch UNKNOWN_MESSAGE_TYPE 1001"), reports);
        assertArrayEquals(unknown, reportedBytes.get(0));
        assertEquals(1, errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
    }

    @Test
    void shouldSkipKnownTypeWhoseLengthByteIsWrongAndDeliverTheRest() {
        final byte[] longDelete = message(DeleteOrderDecoder.TYPE, DeleteOrderDecoder.LENGTH + 6, new byte[] {9});
        final byte[] shortAdd = message(AddOrderShortDecoder.TYPE, AddOrderShortDecoder.LENGTH - 1, new byte[] {7});
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(longDelete, time, shortAdd, delete));

        assertEquals(2, dispatch(length));

        assertBytes(List.of(time, delete), events.messages);
        assertEquals(List.of("pitch BAD_LENGTH 1000", "pitch BAD_LENGTH 1002"), reports);
        assertArrayEquals(longDelete, reportedBytes.get(0));
        assertArrayEquals(shortAdd, reportedBytes.get(1));
    }

    @Test
    void shouldDeliverWholeMessagesBeforeEveryPossibleCut() {
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add, delete));
        for (int cut = 0; cut < length; cut++) {
            events.clear();
            final long before = errors.count(WireError.TRUNCATED);

            assertEquals(PitchMessageDispatcher.TRUNCATED, dispatch(cut), "cut at " + cut);

            final int whole = cut >= 8 + 6 + 26 + 14 ? 3 : cut >= 8 + 6 + 26 ? 2 : cut >= 8 + 6 ? 1 : 0;
            assertEquals(whole, events.messages.size(), "cut at " + cut);
            assertEquals(before + 1, errors.count(WireError.TRUNCATED), "cut at " + cut);
        }
        assertEquals(errors.total(), errors.count(WireError.TRUNCATED));
        events.clear();
        assertEquals(3, dispatch(length));
        assertBytes(List.of(time, add, delete), events.messages);
    }

    @Test
    void shouldReportMessageRunningPastTheUnitAsTruncated() {
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add));
        buffer.putByte(OFFSET + 8 + 6, (byte) 40); // the Add Order claims 40 bytes, 26 remain
        assertEquals(PitchMessageDispatcher.TRUNCATED, dispatch(length));
        assertBytes(List.of(time), events.messages);
        assertEquals(List.of("pitch TRUNCATED 1001"), reports);
    }

    @Test
    void shouldReportCountAboveTheMessagesPresent() {
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add));
        new SequencedUnitHeaderEncoder().wrap(buffer, OFFSET).count(3);

        assertEquals(PitchMessageDispatcher.COUNT_MISMATCH, dispatch(length));

        assertBytes(List.of(time, add), events.messages);
        assertEquals(List.of("pitch BAD_LENGTH 1002"), reports);
    }

    @Test
    void shouldReportBytesLeftAfterTheCountedMessages() {
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add, delete));
        new SequencedUnitHeaderEncoder().wrap(buffer, OFFSET).count(2);

        assertEquals(PitchMessageDispatcher.COUNT_MISMATCH, dispatch(length));

        assertBytes(List.of(time, add), events.messages);
        assertEquals(List.of("pitch BAD_LENGTH 1002"), reports);
        assertArrayEquals(delete, reportedBytes.get(0));
    }

    @Test
    void shouldRejectHeaderLengthBelowTheHeaderWithoutCallingTheListener() {
        write(buffer, OFFSET, 1, SEQUENCE, List.of(time));
        new SequencedUnitHeaderEncoder().wrap(buffer, OFFSET).length(7);

        assertEquals(PitchMessageDispatcher.BAD_LENGTH, dispatch(8 + 6));

        assertEquals(List.of(), events.events);
        assertEquals(List.of("pitch BAD_LENGTH 1000"), reports);
    }

    @Test
    void shouldReportBytesAfterTheUnitButDeliverItsMessages() {
        final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add));

        assertEquals(PitchMessageDispatcher.BAD_LENGTH, dispatch(length + 3));

        assertBytes(List.of(time, add), events.messages);
        assertEquals(List.of("pitch BAD_LENGTH 1002"), reports);
    }

    @Test
    void shouldStopAtLengthByteThatCannotBeSkipped() {
        for (final int badLength : new int[] {0, 1}) {
            events.clear();
            final int length = write(buffer, OFFSET, 1, SEQUENCE, List.of(time, add, delete));
            buffer.putByte(OFFSET + 8 + 6, (byte) badLength);

            assertEquals(PitchMessageDispatcher.BAD_LENGTH, dispatch(length));

            assertBytes(List.of(time), events.messages);
        }
        assertEquals(List.of("pitch BAD_LENGTH 1001", "pitch BAD_LENGTH 1001"), reports);
    }

    @Test
    void shouldReportPacketShorterThanAHeaderWithoutSequence() {
        assertEquals(PitchMessageDispatcher.TRUNCATED, dispatch(7));
        assertEquals(PitchMessageDispatcher.TRUNCATED, dispatch(0));
        assertEquals(List.of("pitch TRUNCATED -1", "pitch TRUNCATED -1"), reports);
        assertEquals(List.of(), events.events);
    }

    @Test
    void shouldNumberMessagesFromTheHeaderSequenceWhenReporting() {
        final byte[] unknown = message(0xFF, 2, new byte[0]);
        final int length = write(buffer, OFFSET, 200, 0xFFFF_FFF0L, List.of(add, add, unknown));
        assertEquals(2, dispatch(length));
        assertEquals(List.of("pitch UNKNOWN_MESSAGE_TYPE " + (0xFFFF_FFF0L + 2)), reports);
    }

    private static void assertBytes(final List<byte[]> expected, final List<byte[]> actual) {
        assertEquals(expected.size(), actual.size(), "message count");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "message " + i);
        }
    }
}
