package dev.hft.timing;

/**
 * A monotonic nanosecond clock: differences between two readings are elapsed time.
 * <p>
 * The value has no relation to the wall clock; use it for durations and latencies, never for timestamps
 * that leave the process. The method has the same name and signature as {@code org.agrona.concurrent.NanoClock},
 * so {@code clock::nanoTime} adapts an hft clock to Agrona and Aeron APIs.
 */
@FunctionalInterface
public interface NanoClock {
    /**
     * Reads the clock.
     *
     * @return nanoseconds since an arbitrary, fixed origin; never decreases between calls on one thread.
     */
    long nanoTime();
}
