package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.AllocationMeter;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Dispatching allocates nothing on the calling thread: a mix of every message type (read field by field by the
 * listener) plus truncated, unknown and over-long messages (counted), measured with the JVM's per-thread allocation
 * counter after a warm-up. JMH {@code -prof gc} on {@code ItchDecodeBenchmark} is the companion measurement.
 */
class ItchAllocationTest {
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;
    private static final int MEASURED_PASSES = 20_000;

    @Test
    void shouldDispatchAMixOfMessagesWithoutAllocating() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
        final int[] offsets = new int[64];
        final int[] lengths = new int[64];
        int count = 0;
        int position = 0;
        for (int type = 0; type < 256; type++) {
            final int length = Itch50.messageLength((byte) type);
            if (length != Itch50.UNKNOWN_TYPE) {
                buffer.putByte(position, (byte) type);
                for (int i = 1; i < length; i++) {
                    buffer.putByte(position + i, (byte) (type * 31 + i));
                }
                offsets[count] = position;
                lengths[count++] = length;
                position += length;
            }
        }
        offsets[count] = 0;                 // truncated
        lengths[count++] = 10;
        buffer.putByte(position, (byte) 'T'); // unknown
        offsets[count] = position;
        lengths[count++] = 20;
        offsets[count] = offsets[0];        // over-long
        lengths[count++] = lengths[0] + 3;
        final int messages = count;

        final SummingItchListener listener = new SummingItchListener();
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final ItchMessageDispatcher dispatcher = new ItchMessageDispatcher(listener, errors);
        final Runnable work = () -> {
            for (int pass = 0; pass < MEASURED_PASSES; pass++) {
                for (int i = 0; i < messages; i++) {
                    dispatcher.onMessage(buffer, offsets[i], lengths[i]);
                }
            }
        };
        final long allocated = AllocationMeter.steadyStateBytes(work, WARM_UP_ROUNDS, MEASURED_ROUNDS);
        assertEquals(0, allocated, "bytes allocated dispatching "
            + (long) MEASURED_PASSES * messages + " messages");
        assertTrue(listener.sum != 0);
        final long truncated = errors.count(WireError.TRUNCATED);
        assertEquals(0, truncated % MEASURED_PASSES, "one truncated message per pass, every pass counted");
        assertTrue(truncated >= (WARM_UP_ROUNDS + 1L) * MEASURED_PASSES);
        assertEquals(truncated, errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(truncated, errors.count(WireError.BAD_LENGTH));
    }
}
