package dev.hft.timing;

import org.agrona.concurrent.HighResolutionClock;

/**
 * The operating system's clocks, read on every call: {@link System#nanoTime()} for monotonic time and the
 * real-time clock for epoch time.
 * <p>
 * On Linux with clocksource {@code tsc}, {@code System.nanoTime()} is a vDSO read of the time-stamp counter
 * (tens of nanoseconds, no system call). The epoch read goes through {@code java.time.Instant}; it is slower
 * than {@link CalibratedEpochNanoClock}, which is the clock to use on the hot path. Thread-safe; stateless.
 */
public final class SystemClock implements NanoClock, EpochNanoClock {
    /** The one instance. */
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long epochNanos() {
        return HighResolutionClock.epochNanos();
    }

    @Override
    public String toString() {
        return "SystemClock";
    }
}
