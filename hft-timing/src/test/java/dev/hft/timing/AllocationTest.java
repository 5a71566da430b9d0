package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Steady-state hot-path calls allocate nothing on the calling thread (measured with the JVM's per-thread
 * allocation counter after a warm-up; JMH {@code -prof gc} in bench/ is the companion measurement).
 */
class AllocationTest {
    private static final int MEASURED = 1_000_000;


    @Test
    void shouldRecordWithoutAllocating() {
        final LatencyRecorder recorder = new LatencyRecorder("alloc");
        final Runnable work = () -> {
            for (int i = 0; i < MEASURED; i++) {
                recorder.record(i & 0xFFFF);
                recorder.doWork();
            }
        };
        assertEquals(0, allocatedBy(work));
    }

    @Test
    void shouldTimeStagesWithoutAllocating() {
        final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock();
        final CachedClock cached = new CachedClock(clock);
        final StageTimer timer = new StageTimer("t2t", clock, "receive", "decode", "book", "send");
        final long[] sink = {0};
        final Runnable work = () -> {
            for (int i = 0; i < MEASURED; i++) {
                timer.start();
                timer.mark(1);
                timer.mark(2);
                timer.mark(3);
                sink[0] += timer.end() + clock.epochNanos() + cached.update() + cached.epochNanos();
                clock.doWork();
            }
        };
        assertEquals(0, allocatedBy(work));
    }

    private static long allocatedBy(final Runnable work) {
        return AllocationMeter.steadyStateBytes(work, 1, 3);
    }
}
