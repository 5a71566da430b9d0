package dev.hft.timing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An epoch-nanosecond clock that reads the wall clock only at calibration and the monotonic clock after:
 * {@code epochNanos() = nanoTime() + offset}, one monotonic read and one add. This is the design's "TSC clock":
 * on Linux with clocksource {@code tsc} the monotonic read is a vDSO time-stamp-counter read.
 *
 * <h2>Calibration and its error bound</h2>
 * {@link #calibrate()} brackets a wall-clock read between two monotonic reads, {@value #CALIBRATION_SAMPLES}
 * times, and keeps the narrowest bracket: the wall clock was read somewhere inside it, so the offset is exact to
 * within half its width. {@link #calibrationErrorNs()} reports that half-width. Between calibrations the clock
 * also drifts by the rate difference between the monotonic and the real-time clock (NTP slews the real-time
 * clock; on Linux both are slewed together, so drift comes mostly from NTP steps and frequency corrections):
 * {@link #lastStepNs()} reports how far the offset moved at the last recalibration, which is the drift actually
 * observed over one interval. The error of a reading is at most {@code calibrationErrorNs() + |drift since the
 * last calibration|}; with the default one-second interval the drift term is typically well under a microsecond.
 *
 * <h2>Periodic recalibration</h2>
 * The hot path never recalibrates by itself (no hidden latency spikes). Call {@link #doWork()} from a duty cycle
 * (the trading thread's, between events, or a monitoring agent's): it recalibrates when the interval has elapsed.
 * Readings may step by {@link #lastStepNs()} at a recalibration, so epoch readings are not strictly monotonic;
 * measure durations with {@link #nanoTime()}.
 *
 * <h2>Threading</h2>
 * {@link #epochNanos()}, {@link #nanoTime()} and {@link #toEpochNanos(long)} may be called from any thread:
 * the offset is a single {@code long} published with release/acquire semantics. {@link #calibrate()} and
 * {@link #doWork()} must be called from one thread at a time.
 */
public final class CalibratedEpochNanoClock implements NanoClock, EpochNanoClock {
    /** Default interval between recalibrations: one second. */
    public static final long DEFAULT_RECALIBRATION_INTERVAL_NS = 1_000_000_000L;
    /** Number of bracketed wall-clock reads per calibration; the narrowest bracket wins. */
    public static final int CALIBRATION_SAMPLES = 32;

    private static final VarHandle OFFSET;

    static {
        try {
            OFFSET = MethodHandles.lookup().findVarHandle(CalibratedEpochNanoClock.class, "offsetNs", long.class);
        } catch (final ReflectiveOperationException ex) {
            throw new ExceptionInInitializerError(ex);
        }
    }

    private final NanoClock monotonic;
    private final EpochNanoClock wall;
    private final long recalibrationIntervalNs;

    @SuppressWarnings("unused") // accessed through OFFSET
    private long offsetNs;
    private long lastCalibrationNanoTime;
    private long calibrationErrorNs;
    private long lastStepNs;
    private long maxAbsStepNs;
    private long calibrations;

    /**
     * Creates a clock over the system clocks with the default one-second recalibration interval, calibrated.
     */
    public CalibratedEpochNanoClock() {
        this(SystemClock.INSTANCE, SystemClock.INSTANCE, DEFAULT_RECALIBRATION_INTERVAL_NS);
    }

    /**
     * Creates a clock over the given sources, calibrated once before it returns.
     *
     * @param monotonic               the monotonic source read on every call.
     * @param wall                    the wall clock read only during calibration.
     * @param recalibrationIntervalNs how often {@link #doWork()} recalibrates; must be positive.
     */
    public CalibratedEpochNanoClock(
        final NanoClock monotonic, final EpochNanoClock wall, final long recalibrationIntervalNs) {
        if (recalibrationIntervalNs <= 0) {
            throw new IllegalArgumentException("recalibrationIntervalNs must be positive: " + recalibrationIntervalNs);
        }
        this.monotonic = monotonic;
        this.wall = wall;
        this.recalibrationIntervalNs = recalibrationIntervalNs;
        calibrate();
        lastStepNs = 0;
        maxAbsStepNs = 0;
    }

    @Override
    public long nanoTime() {
        return monotonic.nanoTime();
    }

    @Override
    public long epochNanos() {
        return monotonic.nanoTime() + (long) OFFSET.getAcquire(this);
    }

    /**
     * Converts a reading of this clock's monotonic source to epoch nanoseconds with the current offset, so that one
     * monotonic read serves as both a latency timestamp and a wall-clock timestamp.
     *
     * @param nanoTime a value returned by {@link #nanoTime()}.
     * @return the corresponding epoch nanoseconds.
     */
    public long toEpochNanos(final long nanoTime) {
        return nanoTime + (long) OFFSET.getAcquire(this);
    }

    /**
     * Duty-cycle hook: recalibrates when the recalibration interval has elapsed since the last calibration.
     *
     * @return 1 if it recalibrated, 0 otherwise.
     */
    public int doWork() {
        if (monotonic.nanoTime() - lastCalibrationNanoTime >= recalibrationIntervalNs) {
            calibrate();
            return 1;
        }
        return 0;
    }

    /**
     * Measures the offset between the wall clock and the monotonic clock now and publishes it.
     * Reads the wall clock {@value #CALIBRATION_SAMPLES} times; not for the hot path.
     */
    public void calibrate() {
        long bestWidth = Long.MAX_VALUE;
        long bestOffset = 0;
        long bestMid = 0;
        for (int i = 0; i < CALIBRATION_SAMPLES; i++) {
            final long before = monotonic.nanoTime();
            final long wallNs = wall.epochNanos();
            final long after = monotonic.nanoTime();
            final long width = after - before;
            if (width >= 0 && width < bestWidth) {
                bestWidth = width;
                bestMid = before + (width >> 1);
                bestOffset = wallNs - bestMid;
            }
        }
        final long previous = (long) OFFSET.getAcquire(this);
        OFFSET.setRelease(this, bestOffset);
        lastStepNs = bestOffset - previous;
        maxAbsStepNs = Math.max(maxAbsStepNs, Math.abs(lastStepNs));
        calibrationErrorNs = (bestWidth + 1) >> 1;
        lastCalibrationNanoTime = bestMid;
        calibrations++;
    }

    /**
     * Half the width of the narrowest bracket found at the last calibration: the offset's own uncertainty.
     *
     * @return nanoseconds.
     */
    public long calibrationErrorNs() {
        return calibrationErrorNs;
    }

    /**
     * How far the offset moved at the last recalibration (new minus old): the drift observed over one interval.
     *
     * @return signed nanoseconds; 0 until the first recalibration.
     */
    public long lastStepNs() {
        return lastStepNs;
    }

    /**
     * The largest absolute step seen at any recalibration since construction.
     *
     * @return nanoseconds.
     */
    public long maxAbsStepNs() {
        return maxAbsStepNs;
    }

    /**
     * The current offset from the monotonic clock to the epoch.
     *
     * @return nanoseconds to add to a {@link #nanoTime()} reading.
     */
    public long offsetNs() {
        return (long) OFFSET.getAcquire(this);
    }

    /**
     * The configured recalibration interval.
     *
     * @return nanoseconds.
     */
    public long recalibrationIntervalNs() {
        return recalibrationIntervalNs;
    }

    /**
     * Number of calibrations performed, including the one at construction.
     *
     * @return the count.
     */
    public long calibrations() {
        return calibrations;
    }

    @Override
    public String toString() {
        return "CalibratedEpochNanoClock{offsetNs=" + offsetNs() + ", calibrationErrorNs=" + calibrationErrorNs
            + ", lastStepNs=" + lastStepNs + ", calibrations=" + calibrations + '}';
    }
}
