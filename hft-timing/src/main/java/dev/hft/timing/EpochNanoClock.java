package dev.hft.timing;

/**
 * A wall clock in nanoseconds since the Unix epoch (1970-01-01T00:00:00Z), for timestamps that leave the process
 * (order entry, journals, reports) and for comparison with exchange timestamps.
 */
@FunctionalInterface
public interface EpochNanoClock {
    /**
     * Reads the clock.
     *
     * @return nanoseconds since the Unix epoch, UTC.
     */
    long epochNanos();
}
