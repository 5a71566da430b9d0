package dev.hft.timing;

/**
 * A clock read once per duty cycle: {@link #update()} reads the source, and every {@link #nanoTime()} and
 * {@link #epochNanos()} until the next update returns that reading for the cost of a field load.
 * <p>
 * Use it where many components need "now" within one event or duty cycle and exactness below the cycle length
 * does not matter (timeouts, heartbeats, rate windows, order timestamps). One monotonic read per update serves
 * both timelines because the epoch time is derived through {@link CalibratedEpochNanoClock#toEpochNanos(long)}.
 * <p>
 * Single-threaded: update and read on the owning duty-cycle thread.
 */
public final class CachedClock implements NanoClock, EpochNanoClock {
    private final CalibratedEpochNanoClock source;
    private long nanoTime;
    private long epochNanos;

    /**
     * Creates a cached clock over the given source and takes a first reading.
     *
     * @param source the calibrated clock read by {@link #update()}.
     */
    public CachedClock(final CalibratedEpochNanoClock source) {
        this.source = source;
        update();
    }

    /**
     * Reads the source once and caches the monotonic and epoch readings.
     *
     * @return the new monotonic reading.
     */
    public long update() {
        final long now = source.nanoTime();
        nanoTime = now;
        epochNanos = source.toEpochNanos(now);
        return now;
    }

    /**
     * Sets the cached readings explicitly (replay, or a timestamp taken elsewhere such as a receive time).
     *
     * @param nanoTime   the monotonic reading to cache.
     * @param epochNanos the epoch reading to cache.
     */
    public void update(final long nanoTime, final long epochNanos) {
        this.nanoTime = nanoTime;
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
        return "CachedClock{nanoTime=" + nanoTime + ", epochNanos=" + epochNanos + '}';
    }
}
