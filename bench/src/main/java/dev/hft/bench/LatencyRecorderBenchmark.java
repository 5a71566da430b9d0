package dev.hft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.hft.timing.LatencyRecorder;
import org.HdrHistogram.Histogram;
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
 * Cost of recording one latency: hft's {@link LatencyRecorder#record(long)} against the raw
 * {@code Histogram.recordValue} it is built on, over the same pre-generated values (a log-normal-like spread from
 * about 100 ns to a few ms, as tick-to-trade samples look).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class LatencyRecorderBenchmark {
    private static final int VALUES = 1 << 16;
    private static final int MASK = VALUES - 1;

    private final long[] values = new long[VALUES];
    private LatencyRecorder recorder;
    private Histogram histogram;
    private int index;

    @Setup
    public void setUp() {
        final SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < VALUES; i++) {
            values[i] = (long) (100 * Math.exp(random.nextGaussian() * 1.5 + 1.0));
        }
        recorder = new LatencyRecorder("bench");
        histogram = new Histogram(1, LatencyRecorder.DEFAULT_HIGHEST_TRACKABLE_NS, 3);
    }

    @Benchmark
    public void hft() {
        recorder.record(values[index++ & MASK]);
    }

    @Benchmark
    public void hdrHistogram() {
        histogram.recordValue(values[index++ & MASK]);
    }
}
