package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import dev.hft.timing.CachedClock;
import dev.hft.timing.CalibratedEpochNanoClock;
import dev.hft.timing.SystemClock;
import org.agrona.concurrent.OffsetEpochNanoClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one clock read: the raw monotonic clock, hft's calibrated epoch clock, hft's cached clock, and the
 * peers for an epoch timestamp (Agrona's {@code OffsetEpochNanoClock}, {@code java.time.Instant} through
 * {@link SystemClock}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class ClockBenchmark {
    private CalibratedEpochNanoClock epochClock;
    private CachedClock cachedClock;
    private OffsetEpochNanoClock agronaOffsetClock;

    @Setup
    public void setUp() {
        epochClock = new CalibratedEpochNanoClock();
        cachedClock = new CachedClock(epochClock);
        agronaOffsetClock = new OffsetEpochNanoClock();
    }

    @Benchmark
    public long systemNanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public long epochClock() {
        return epochClock.epochNanos();
    }

    @Benchmark
    public long cachedClock() {
        return cachedClock.epochNanos();
    }

    @Benchmark
    public long agronaOffsetEpochClock() {
        return agronaOffsetClock.nanoTime();
    }

    @Benchmark
    public long instantEpochNanos() {
        return SystemClock.INSTANCE.epochNanos();
    }
}
