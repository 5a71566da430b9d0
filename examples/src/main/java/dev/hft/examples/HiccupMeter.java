package dev.hft.examples;


import dev.hft.timing.AllocationMeter;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.NanoClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;

/**
 * Platform jitter as a busy-spinning trading thread sees it (the idea of jHiccup): the thread reads the clock in
 * a tight loop and records every gap between two consecutive reads. The median is the cost of one loop turn; the
 * tail is time stolen by the OS, the hypervisor, interrupts and the JVM. A monitor thread meanwhile takes
 * lock-free interval snapshots of the recorder and checks at the end that they add up to every sample.
 */
final class HiccupMeter {
    /** What one run measured. */
    record Result(Histogram total, long samples, long intervalSamples, int intervals, long hotThreadAllocatedBytes,
        long gcDuringLoop, ThreadPinning.Result pinning) {
    }

    private final NanoClock clock;
    private final long durationNs;
    private final long snapshotIntervalMs;
    private final int cpu;

    HiccupMeter(final NanoClock clock, final long durationNs, final long snapshotIntervalMs, final int cpu) {
        this.clock = clock;
        this.durationNs = durationNs;
        this.snapshotIntervalMs = snapshotIntervalMs;
        this.cpu = cpu;
    }

    Result run(final IntervalPrinter printer) throws InterruptedException {
        final LatencyRecorder recorder = new LatencyRecorder("hiccups");
        final long[] samples = {0};
        final long[] allocated = {0};
        final long[] gcCount = {0};
        final ThreadPinning.Result[] pinning = {null};
        final Histogram collected = new Histogram(1, recorder.highestTrackableValueNs(), 3);
        final int[] intervals = {0};
        final Thread meter = new Thread(() -> {
            pinning[0] = cpu >= 0 ? ThreadPinning.pinCurrentThread(cpu) : null;
            allocated[0] = measure(recorder, samples, gcCount);
        }, "hft-hiccup-meter");
        final Thread monitor = new Thread(() -> {
            while (meter.isAlive()) {
                sleep(snapshotIntervalMs);
                final Histogram interval = recorder.pollInterval();
                if (interval != null) {
                    collected.add(interval);
                    printer.print(++intervals[0], interval);
                }
            }
        }, "hft-hiccup-monitor");
        meter.start();
        monitor.start();
        meter.join();
        monitor.join();
        // the meter has stopped: cut the final interval on this side
        final Histogram pending = recorder.pollInterval();
        if (pending != null) {
            collected.add(pending);
            printer.print(++intervals[0], pending);
        }
        recorder.doWork();
        final Histogram last = recorder.pollInterval();
        collected.add(last);
        printer.print(++intervals[0], last);
        return new Result(collected, samples[0], collected.getTotalCount(), intervals[0], allocated[0], gcCount[0],
            pinning[0]);
    }

    private long measure(final LatencyRecorder recorder, final long[] samples, final long[] gcCount) {
        // warm-up: the same method on a throwaway recorder, so the JIT has compiled it before anything is counted
        final LatencyRecorder warmUp = new LatencyRecorder("warm-up");
        for (int i = 0; i < 20_000; i++) {
            // exercise the interval hand-over too (both roles on this thread: the recorder is a throwaway), with
            // calls long enough that the compiled method's profile includes its loop
            warmUp.pollInterval();
            spin(warmUp, clock.nanoTime() + 5_000);
            warmUp.doWork();
        }
        spin(warmUp, clock.nanoTime() + Math.min(300_000_000L, durationNs / 3));
        spin(warmUp, clock.nanoTime() + 10_000_000L);
        final long gcBefore = Demo.gcCount();
        final long allocatedBefore = AllocationMeter.threadAllocatedBytes();
        samples[0] = spin(recorder, clock.nanoTime() + durationNs);
        final long allocated = AllocationMeter.threadAllocatedBytes() - allocatedBefore;
        gcCount[0] = Demo.gcCount() - gcBefore;
        return allocated;
    }

    /** The measured loop: record every gap between consecutive clock reads until {@code endNs}. */
    private long spin(final LatencyRecorder recorder, final long endNs) {
        final NanoClock clock = this.clock;
        long count = 0;
        long previous = clock.nanoTime();
        while (previous < endNs) {
            final long now = clock.nanoTime();
            recorder.record(now - previous);
            previous = now;
            if ((++count & 1023) == 0) {
                recorder.doWork();
            }
        }
        return count;
    }

    private static void sleep(final long ms) {
        try {
            Thread.sleep(ms);
        } catch (final InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Receives each interval snapshot on the monitor thread. */
    @FunctionalInterface
    interface IntervalPrinter {
        void print(int index, Histogram interval);
    }
}
