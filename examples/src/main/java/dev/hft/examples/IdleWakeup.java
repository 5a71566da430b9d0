package dev.hft.examples;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.hft.timing.IdleStrategies;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.NanoClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.IdleStrategy;

/**
 * Cross-thread wake-up latency per idle strategy: a producer thread publishes a timestamp, a consumer idling with
 * the strategy under test notices it and records how long that took, then acknowledges; the producer waits a
 * random 10-60 µs and publishes the next. This is the hand-off cost between a feed thread and a strategy thread
 * for each of Agrona's idle strategies.
 */
final class IdleWakeup {
    private static final long NONE = Long.MIN_VALUE;
    private static final long ACK_TIMEOUT_NS = 1_000_000_000L;

    private final NanoClock clock;
    private final int wakeups;
    private final int producerCpu;
    private final int consumerCpu;

    IdleWakeup(final NanoClock clock, final int wakeups, final int producerCpu, final int consumerCpu) {
        this.clock = clock;
        this.wakeups = wakeups;
        this.producerCpu = producerCpu;
        this.consumerCpu = consumerCpu;
    }

    Histogram measure(final String idleAlias) throws InterruptedException {
        final IdleStrategy idle = IdleStrategies.of(idleAlias);
        final LatencyRecorder recorder = new LatencyRecorder("wake-up " + idleAlias);
        final AtomicLong published = new AtomicLong(NONE);
        final AtomicLong acknowledged = new AtomicLong(NONE);
        final Thread consumer = new Thread(() -> {
            if (consumerCpu >= 0) {
                ThreadPinning.pinCurrentThread(consumerCpu);
            }
            long last = NONE;
            int seen = 0;
            while (seen < wakeups) {
                final long sent = published.getAcquire();
                if (sent == Long.MAX_VALUE) {
                    return;
                }
                if (sent != last) {
                    recorder.record(clock.nanoTime() - sent);
                    last = sent;
                    seen++;
                    acknowledged.setRelease(sent);
                    idle.reset();
                } else {
                    idle.idle();
                }
            }
        }, "hft-wakeup-consumer-" + idleAlias);
        consumer.start();
        final Thread producer = new Thread(() -> {
            if (producerCpu >= 0) {
                ThreadPinning.pinCurrentThread(producerCpu);
            }
            final SplittableRandom random = new SplittableRandom(11);
            for (int i = 0; i < wakeups; i++) {
                spinFor(10_000 + random.nextInt(50_000));
                final long sent = clock.nanoTime();
                published.setRelease(sent);
                final long deadline = sent + ACK_TIMEOUT_NS;
                while (acknowledged.getAcquire() != sent && clock.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
        }, "hft-wakeup-producer-" + idleAlias);
        producer.start();
        producer.join();
        consumer.join(5_000);
        if (consumer.isAlive()) {
            published.setRelease(Long.MAX_VALUE);
            consumer.join();
        }
        return recorder.histogram();
    }

    private void spinFor(final long ns) {
        final long until = clock.nanoTime() + ns;
        while (clock.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
