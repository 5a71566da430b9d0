package dev.hft.timing;

import java.util.Arrays;

/**
 * Timestamps one event at named stages (e.g. receive, decode, book, strategy, risk, encode, send) and records
 * the time spent in each stage and end to end, for tick-to-trade breakdowns.
 * <p>
 * Stage 0 is the start of the event; {@link #mark(int)} timestamps the end of each later stage. On
 * {@link #end()} each marked stage records the time since the previous marked stage into its own
 * {@link LatencyRecorder}, and {@link #total()} records last mark minus start. Stages not marked in an event (an
 * event that sends no order has no "encode" or "send") are skipped for that event. Allocation-free after
 * construction; single-threaded (one event at a time on the owning thread); the recorders may be snapshotted by
 * another thread through {@link LatencyRecorder#pollInterval()}.
 */
public final class StageTimer {
    private static final long UNMARKED = Long.MIN_VALUE;

    private final NanoClock clock;
    private final String[] stageNames;
    private final long[] timestampsNs;
    private final LatencyRecorder[] stageRecorders;
    private final LatencyRecorder total;
    private boolean started;

    /**
     * Creates a timer over the given stages, with a recorder per stage (stage 0 has none) and one for the total.
     *
     * @param name       a name for the end-to-end recorder, e.g. "tick-to-trade".
     * @param clock      the clock read by {@link #start()} and {@link #mark(int)}.
     * @param stageNames stage names in order; at least two; stage 0 is the event's start.
     */
    public StageTimer(final String name, final NanoClock clock, final String... stageNames) {
        if (stageNames.length < 2) {
            throw new IllegalArgumentException("need a start stage and at least one more: " + stageNames.length);
        }
        this.clock = clock;
        this.stageNames = stageNames.clone();
        this.timestampsNs = new long[stageNames.length];
        this.stageRecorders = new LatencyRecorder[stageNames.length];
        for (int i = 1; i < stageNames.length; i++) {
            stageRecorders[i] = new LatencyRecorder(stageNames[i]);
        }
        this.total = new LatencyRecorder(name);
        Arrays.fill(timestampsNs, UNMARKED);
    }

    /**
     * Starts an event now (stage 0).
     */
    public void start() {
        start(clock.nanoTime());
    }

    /**
     * Starts an event at a timestamp taken elsewhere (e.g. a receive timestamp), on this timer's clock's timeline.
     *
     * @param startNs the stage-0 timestamp.
     */
    public void start(final long startNs) {
        final long[] timestamps = timestampsNs;
        for (int i = 1; i < timestamps.length; i++) {
            timestamps[i] = UNMARKED;
        }
        timestamps[0] = startNs;
        started = true;
    }

    /**
     * Marks the end of a stage now.
     *
     * @param stage the stage index, 1 to {@link #stageCount()} - 1.
     */
    public void mark(final int stage) {
        timestampsNs[stage] = clock.nanoTime();
    }

    /**
     * Marks the end of a stage at a timestamp taken elsewhere.
     *
     * @param stage       the stage index, 1 to {@link #stageCount()} - 1.
     * @param timestampNs the timestamp, on this timer's clock's timeline.
     */
    public void mark(final int stage, final long timestampNs) {
        timestampsNs[stage] = timestampNs;
    }

    /**
     * Ends the event: records each marked stage's duration and the total. Does nothing if no event was started.
     *
     * @return the end-to-end duration in nanoseconds, or -1 if no event was started or no stage was marked.
     */
    public long end() {
        if (!started) {
            return -1;
        }
        started = false;
        final long[] timestamps = timestampsNs;
        long previous = timestamps[0];
        long last = UNMARKED;
        for (int i = 1; i < timestamps.length; i++) {
            final long t = timestamps[i];
            if (t != UNMARKED) {
                stageRecorders[i].record(t - previous);
                previous = t;
                last = t;
            }
        }
        if (last == UNMARKED) {
            return -1;
        }
        final long totalNs = last - timestamps[0];
        total.record(totalNs);
        return totalNs;
    }

    /**
     * Number of stages including stage 0.
     *
     * @return the count.
     */
    public int stageCount() {
        return stageNames.length;
    }

    /**
     * The name of a stage.
     *
     * @param stage the stage index.
     * @return its name.
     */
    public String stageName(final int stage) {
        return stageNames[stage];
    }

    /**
     * The recorder of a stage's durations.
     *
     * @param stage the stage index, 1 to {@link #stageCount()} - 1.
     * @return the recorder.
     */
    public LatencyRecorder stage(final int stage) {
        if (stage < 1 || stage >= stageNames.length) {
            throw new IllegalArgumentException("stage 0 is the start and has no duration; stages are 1.."
                + (stageNames.length - 1) + ": " + stage);
        }
        return stageRecorders[stage];
    }

    /**
     * The recorder of end-to-end durations (start to last marked stage).
     *
     * @return the recorder.
     */
    public LatencyRecorder total() {
        return total;
    }

    /**
     * Duty-cycle hook: lets every recorder hand a requested interval to its reader.
     *
     * @return number of intervals handed over.
     */
    public int doWork() {
        int work = total.doWork();
        for (int i = 1; i < stageRecorders.length; i++) {
            work += stageRecorders[i].doWork();
        }
        return work;
    }
}
