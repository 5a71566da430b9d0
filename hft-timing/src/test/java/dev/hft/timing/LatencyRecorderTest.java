package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {
    @Test
    void shouldReportPercentilesOfUniformDistribution() {
        final LatencyRecorder recorder = new LatencyRecorder("uniform");
        for (long v = 1; v <= 100_000; v++) {
            recorder.record(v);
        }
        final Histogram h = recorder.histogram();
        assertEquals(100_000, h.getTotalCount());
        assertWithinResolution(h, 50_000, h.getValueAtPercentile(50));
        assertWithinResolution(h, 90_000, h.getValueAtPercentile(90));
        assertWithinResolution(h, 99_000, h.getValueAtPercentile(99));
        assertWithinResolution(h, 99_900, h.getValueAtPercentile(99.9));
        assertWithinResolution(h, 99_990, h.getValueAtPercentile(99.99));
        assertWithinResolution(h, 100_000, h.getMaxValue());
        assertEquals(50_000.5, h.getMean(), 50);
    }

    @Test
    void shouldReportTailOfBimodalDistribution() {
        final LatencyRecorder recorder = new LatencyRecorder("bimodal");
        for (int i = 0; i < 9_900; i++) {
            recorder.record(1_000);
        }
        for (int i = 0; i < 100; i++) {
            recorder.record(1_000_000);
        }
        final Histogram h = recorder.histogram();
        assertWithinResolution(h, 1_000, h.getValueAtPercentile(50));
        assertWithinResolution(h, 1_000, h.getValueAtPercentile(99));
        assertWithinResolution(h, 1_000_000, h.getValueAtPercentile(99.5));
        assertWithinResolution(h, 1_000_000, h.getMaxValue());
    }

    @Test
    void shouldClampOutOfRangeValuesAndCountThem() {
        final LatencyRecorder recorder = new LatencyRecorder("clamped", 1_000_000, 3);
        recorder.record(-5);
        recorder.record(Long.MIN_VALUE);
        recorder.record(2_000_000);
        recorder.record(Long.MAX_VALUE);
        recorder.record(500);
        assertEquals(4, recorder.clampedCount());
        final Histogram h = recorder.histogram();
        assertEquals(5, h.getTotalCount());
        assertEquals(2, h.getCountAtValue(0));
        assertWithinResolution(h, 1_000_000, h.getMaxValue());
    }

    @Test
    void shouldHandOverIntervalsWithoutOverlap() {
        final LatencyRecorder recorder = new LatencyRecorder("intervals");
        recorder.record(10);
        assertNull(recorder.pollInterval(), "the first poll only posts a request");
        recorder.record(20);
        assertNull(recorder.pollInterval(), "recording never cuts an interval: the duty cycle does");
        assertEquals(1, recorder.doWork(), "a duty cycle cuts the requested interval");
        assertEquals(0, recorder.doWork(), "nothing more was requested");
        recorder.record(30);

        final Histogram first = recorder.pollInterval(); // ... and asks for the next at once
        assertNotNull(first);
        assertEquals(2, first.getTotalCount());
        assertEquals(1, first.getCountAtValue(10));
        assertEquals(1, first.getCountAtValue(20));
        assertEquals(1, recorder.histogram().getTotalCount(), "30 waits in the writer's histogram");

        recorder.doWork();
        final Histogram second = recorder.pollInterval();
        assertEquals(1, second.getTotalCount());
        assertEquals(1, second.getCountAtValue(30));
        assertEquals(0, recorder.histogram().getTotalCount());
    }

    @Test
    void shouldLoseNoSampleToAConcurrentSnapshotReader() throws InterruptedException {
        final int samples = 3_000_000;
        final long seed = 42;
        final LatencyRecorder recorder = new LatencyRecorder("concurrent");
        final Histogram collected = new Histogram(1, LatencyRecorder.DEFAULT_HIGHEST_TRACKABLE_NS, 3);
        final AtomicBoolean writerDone = new AtomicBoolean();
        final long[] intervalsSeen = {0};

        final Thread writer = new Thread(() -> {
            final SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < samples; i++) {
                recorder.record(1 + random.nextInt(1_000_000));
                if ((i & 1023) == 0) {
                    recorder.doWork();
                }
            }
            writerDone.set(true);
        }, "writer");
        final Thread reader = new Thread(() -> {
            while (!writerDone.get()) {
                final Histogram interval = recorder.pollInterval();
                if (interval != null) {
                    collected.add(interval);
                    intervalsSeen[0]++;
                }
                Thread.onSpinWait();
            }
        }, "reader");
        writer.start();
        reader.start();
        writer.join();
        reader.join();

        // the writer has stopped: the reader side cuts the final interval itself
        final Histogram pending = recorder.pollInterval();
        if (pending != null) {
            collected.add(pending);
        }
        recorder.doWork();
        collected.add(recorder.pollInterval());
        assertEquals(0, recorder.histogram().getTotalCount());

        final Histogram expected = new Histogram(1, LatencyRecorder.DEFAULT_HIGHEST_TRACKABLE_NS, 3);
        final SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < samples; i++) {
            expected.recordValue(1 + random.nextInt(1_000_000));
        }
        assertEquals(samples, collected.getTotalCount());
        assertEquals(expected, collected, "every bucket count equal: nothing lost, nothing counted twice");
        assertTrue(intervalsSeen[0] > 0, "the reader saw intervals while the writer ran");
    }

    @Test
    void shouldReuseReaderHistogramsAfterFirstPoll() {
        final LatencyRecorder recorder = new LatencyRecorder("reuse");
        recorder.pollInterval();
        final Histogram[] seen = new Histogram[6];
        for (int i = 0; i < seen.length; i++) {
            recorder.doWork();
            seen[i] = recorder.pollInterval();
        }
        assertSame(seen[0], seen[3], "three histograms rotate");
        assertSame(seen[1], seen[4]);
    }

    private static void assertWithinResolution(final Histogram h, final long expected, final long actual) {
        assertTrue(h.valuesAreEquivalent(expected, actual)
                || Math.abs(expected - actual) <= h.sizeOfEquivalentValueRange(expected),
            () -> "expected ~" + expected + " but was " + actual);
    }
}
