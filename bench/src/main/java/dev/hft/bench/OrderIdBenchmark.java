package dev.hft.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.hft.oms.OrderIdGenerator;
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
 * Cost of one order id: hft's {@link OrderIdGenerator#nextId()} (session prefix | counter, unique across restarts)
 * against the usual shared {@code AtomicLong.incrementAndGet} counter (unique within one process only).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class OrderIdBenchmark {
    private OrderIdGenerator generator;
    private AtomicLong atomic;

    @Setup
    public void setUp() {
        generator = OrderIdGenerator.forSession(1_700_000_000L, 0);
        atomic = new AtomicLong();
    }

    @Benchmark
    public long hft() {
        return generator.nextId();
    }

    @Benchmark
    public long atomicLong() {
        return atomic.incrementAndGet();
    }
}
