package dev.hft.timing;

/**
 * A clock that moves only when told to, for tests and deterministic replay.
 * <p>
 * Monotonic and epoch readings move together: {@link #advance(long)} adds to both. Single-threaded.
 */
public final class ManualClock implements NanoClock, EpochNanoClock {
    private long nanoTime;
    private long epochNanos;

    /**
     * Creates a clock at monotonic time 0 and epoch time 0.
     */
    public ManualClock() {
        this(0, 0);
    }

    /**
     * Creates a clock at the given readings.
     *
     * @param nanoTime   the initial monotonic reading.
     * @param epochNanos the initial epoch reading.
     */
    public ManualClock(final long nanoTime, final long epochNanos) {
        this.nanoTime = nanoTime;
        this.epochNanos = epochNanos;
    }

    /**
     * Moves both readings forward.
     *
     * @param durationNs nanoseconds to add; must not be negative.
     * @return the new monotonic reading.
     */
    public long advance(final long durationNs) {
        if (durationNs < 0) {
            throw new IllegalArgumentException("a monotonic clock cannot go back: " + durationNs);
        }
        nanoTime += durationNs;
        epochNanos += durationNs;
        return nanoTime;
    }

    /**
     * Sets the monotonic reading, moving the epoch reading by the same amount.
     *
     * @param nanoTime the new monotonic reading; must not be below the current one.
     */
    public void nanoTime(final long nanoTime) {
        advance(nanoTime - this.nanoTime);
    }

    /**
     * Sets the epoch reading alone, as a wall-clock step (NTP step, leap smear) would.
     *
     * @param epochNanos the new epoch reading.
     */
    public void epochNanos(final long epochNanos) {
        this.epochNanos = epochNanos;
    }

    @Override
    public long nanoTime() {
        return nanoTime;
    }

    @Override
    public long epochNanos() {
        return epochNanos;
    }

    @Override
    public String toString() {
        return "ManualClock{nanoTime=" + nanoTime + ", epochNanos=" + epochNanos + '}';
    }
}
