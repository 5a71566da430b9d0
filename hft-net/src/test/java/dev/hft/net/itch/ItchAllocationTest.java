package dev.hft.net.itch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Dispatching allocates nothing on the calling thread: a mix of every message type (read field by field by the
 * listener) plus truncated, unknown and over-long messages (counted), measured with the JVM's per-thread allocation
 * counter after a warm-up. JMH {@code -prof gc} on {@code ItchDecodeBenchmark} is the companion measurement.
 */
class ItchAllocationTest {
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_PASSES = 20_000;

    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

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
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            work.run();
        }
        final long threadId = Thread.currentThread().getId();
        final long baselineStart = threads.getThreadAllocatedBytes(threadId);
        final long baseline = threads.getThreadAllocatedBytes(threadId) - baselineStart;
        final long start = threads.getThreadAllocatedBytes(threadId);
        work.run();
        final long allocated = threads.getThreadAllocatedBytes(threadId) - start - baseline;

        assertEquals(0, Math.max(0, allocated), "bytes allocated dispatching "
            + (long) MEASURED_PASSES * messages + " messages");
        assertTrue(listener.sum != 0);
        final long rounds = WARM_UP_ROUNDS + 1L;
        assertEquals(rounds * MEASURED_PASSES, errors.count(WireError.TRUNCATED));
        assertEquals(rounds * MEASURED_PASSES, errors.count(WireError.UNKNOWN_MESSAGE_TYPE));
        assertEquals(rounds * MEASURED_PASSES, errors.count(WireError.BAD_LENGTH));
    }
}
