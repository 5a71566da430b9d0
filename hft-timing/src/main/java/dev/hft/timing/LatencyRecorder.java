package dev.hft.timing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.HdrHistogram.Histogram;

/**
 * Records latencies in nanoseconds into an HdrHistogram with no allocation, no lock and no atomic instruction on
 * the recording thread, and hands completed intervals to one reader thread without locks.
 *
 * <h2>Recording (one writer thread)</h2>
 * {@link #record(long)} is {@code Histogram.recordValue} plus one predictable range check: values outside
 * {@code [0, highestTrackableValueNs]} are clamped into range and counted ({@link #clampedCount()}) instead of
 * throwing. The writer also calls {@link #doWork()} once per duty cycle, which is where intervals are cut.
 *
 * <h2>Interval snapshots (one reader thread)</h2>
 * The reader calls {@link #pollInterval()} periodically. Each call that returns an interval also posts the next
 * request together with a clean histogram; the writer swaps that histogram in at its next {@link #doWork()} and
 * publishes the completed one with a release store. Every sample is therefore in exactly one interval: none lost,
 * none counted twice, and intervals end on duty-cycle boundaries, never inside an event. A writer that stops
 * calling {@link #doWork()} delays snapshots but never loses samples. The reader owns the returned histogram until
 * its next {@link #pollInterval()}.
 *
 * <h2>Single-threaded use</h2>
 * Without a reader, {@link #histogram()} holds everything recorded (read it on the writer thread, or after the
 * writer has stopped and been joined).
 */
public final class LatencyRecorder {
    /** Default highest trackable value: 60 seconds. */
    public static final long DEFAULT_HIGHEST_TRACKABLE_NS = 60_000_000_000L;
    /** Default precision: 3 significant decimal digits (0.1% value resolution). */
    public static final int DEFAULT_SIGNIFICANT_DIGITS = 3;

    private static final VarHandle REQUESTED;
    private static final VarHandle PUBLISHED;

    static {
        try {
            final MethodHandles.Lookup lookup = MethodHandles.lookup();
            REQUESTED = lookup.findVarHandle(LatencyRecorder.class, "requestedSequence", long.class);
            PUBLISHED = lookup.findVarHandle(LatencyRecorder.class, "publishedSequence", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final String name;
    private final long highestTrackableValueNs;

    // writer-owned
    private Histogram active;
    private long handledSequence;
    private long clampedCount;

    // handoff: written by one side, then published through the sequences below
    private Histogram handoffFresh;
    private Histogram handoffCompleted;
    @SuppressWarnings("unused") // accessed through REQUESTED
    private long requestedSequence;
    @SuppressWarnings("unused") // accessed through PUBLISHED
    private long publishedSequence;

    // reader-owned
    private Histogram readerSpare;
    private long readerSequence;
    private boolean requestPending;

    /**
     * Creates a recorder tracking 1 ns to 60 s with 3 significant digits.
     *
     * @param name a name for reports, e.g. the stage or the component measured.
     */
    public LatencyRecorder(final String name) {
        this(name, DEFAULT_HIGHEST_TRACKABLE_NS, DEFAULT_SIGNIFICANT_DIGITS);
    }

    /**
     * Creates a recorder; allocates the writer's histogram now (the reader's two on its first poll).
     *
     * @param name                    a name for reports.
     * @param highestTrackableValueNs the largest value tracked exactly; larger values are clamped to it and counted.
     * @param significantDigits       HdrHistogram precision, 0 to 5.
     */
    public LatencyRecorder(final String name, final long highestTrackableValueNs, final int significantDigits) {
        this.name = name;
        this.highestTrackableValueNs = highestTrackableValueNs;
        this.active = new Histogram(1, highestTrackableValueNs, significantDigits);
    }

    /**
     * Records one latency. Allocation-free and lock-free; writer thread only.
     *
     * @param valueNs the latency in nanoseconds; negative values are recorded as 0 and values above the highest
     *                trackable value as that value, both counted in {@link #clampedCount()}.
     */
    public void record(final long valueNs) {
        final Histogram histogram = active;
        if (Long.compareUnsigned(valueNs, highestTrackableValueNs) > 0) {
            histogram.recordValue(clamp(valueNs));
        } else {
            histogram.recordValue(valueNs);
        }
    }

    /**
     * Duty-cycle hook for the writer thread: hands a completed interval to the reader if it asked for one, so that
     * snapshots are cut promptly even while nothing is being recorded.
     *
     * @return 1 if an interval was handed over, 0 otherwise.
     */
    public int doWork() {
        if ((long) REQUESTED.getOpaque(this) != handledSequence) {
            handOver();
            return 1;
        }
        return 0;
    }

    /**
     * Reader thread: returns the interval completed since the previous one and asks for the next, or returns
     * {@code null} if the writer has not handed the requested interval over yet. Never blocks; allocates only on
     * its first call (the reader's two histograms).
     * <p>
     * The first call only posts a request and returns {@code null}. After the writer has stopped (and been
     * joined), the reader may call {@link #doWork()} itself to cut the final interval.
     *
     * @return the completed interval, owned by the caller until its next call; {@code null} when not ready yet.
     */
    public Histogram pollInterval() {
        if (!requestPending) {
            readerSpare = newHistogram();
            postRequest(newHistogram());
            return null;
        }
        if ((long) PUBLISHED.getAcquire(this) != readerSequence) {
            return null;
        }
        final Histogram completed = handoffCompleted;
        handoffCompleted = null;
        final Histogram previouslyReturned = readerSpare;
        readerSpare = completed;
        postRequest(previouslyReturned);
        return completed;
    }

    private void postRequest(final Histogram fresh) {
        fresh.reset();
        handoffFresh = fresh;
        requestPending = true;
        REQUESTED.setRelease(this, ++readerSequence);
    }

    private Histogram newHistogram() {
        return new Histogram(1, highestTrackableValueNs, active.getNumberOfSignificantValueDigits());
    }

    /**
     * The writer-side histogram: everything recorded since the last interval was handed over (everything, when no
     * reader is used). Read it on the writer thread or after the writer has stopped.
     *
     * @return the live histogram; do not modify it.
     */
    public Histogram histogram() {
        return active;
    }

    /**
     * Number of recorded values that were outside {@code [0, highestTrackableValueNs]} and were clamped.
     *
     * @return the count; writer-thread view.
     */
    public long clampedCount() {
        return clampedCount;
    }

    /**
     * The name given at construction.
     *
     * @return the name.
     */
    public String name() {
        return name;
    }

    /**
     * The highest value tracked exactly.
     *
     * @return nanoseconds.
     */
    public long highestTrackableValueNs() {
        return highestTrackableValueNs;
    }

    private long clamp(final long value) {
        clampedCount++;
        return value < 0 ? 0 : highestTrackableValueNs;
    }

    private void handOver() {
        final long requested = (long) REQUESTED.getAcquire(this);
        final Histogram completed = active;
        active = handoffFresh;
        handoffFresh = null;
        handoffCompleted = completed;
        handledSequence = requested;
        PUBLISHED.setRelease(this, requested);
    }

    @Override
    public String toString() {
        return "LatencyRecorder{" + name + '}';
    }
}
