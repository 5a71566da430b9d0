package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClocksTest {
    private static final long WALL_START = 1_700_000_000_000_000_000L;

    @Test
    void shouldAdvanceManualClockOnBothTimelines() {
        final ManualClock clock = new ManualClock(100, WALL_START);
        assertEquals(150, clock.advance(50));
        assertEquals(150, clock.nanoTime());
        assertEquals(WALL_START + 50, clock.epochNanos());
        clock.nanoTime(1_000);
        assertEquals(WALL_START + 900, clock.epochNanos());
        clock.epochNanos(5);
        assertEquals(1_000, clock.nanoTime());
        assertEquals(5, clock.epochNanos());
    }

    @Test
    void shouldRefuseToMoveManualMonotonicClockBackwards() {
        final ManualClock clock = new ManualClock(100, 0);
        assertThrows(IllegalArgumentException.class, () -> clock.advance(-1));
        assertThrows(IllegalArgumentException.class, () -> clock.nanoTime(99));
    }

    @Test
    void shouldDeriveEpochFromMonotonicReadsAfterCalibration() {
        final ManualClock monotonic = new ManualClock(5_000, 0);
        final ManualClock wall = new ManualClock(0, WALL_START);
        final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock(monotonic, wall, 1_000_000);

        assertEquals(WALL_START, clock.epochNanos());
        assertEquals(WALL_START - 5_000, clock.offsetNs());
        assertEquals(0, clock.calibrationErrorNs());

        monotonic.advance(123);
        assertEquals(WALL_START + 123, clock.epochNanos());
        assertEquals(WALL_START + 123, clock.toEpochNanos(clock.nanoTime()));
    }

    @Test
    void shouldNotReadWallClockBetweenCalibrations() {
        final ManualClock monotonic = new ManualClock(0, 0);
        final ManualClock wall = new ManualClock(0, WALL_START);
        final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock(monotonic, wall, 1_000_000);

        wall.epochNanos(WALL_START + 777); // an NTP step: invisible until the next calibration
        monotonic.advance(999_999);
        assertEquals(0, clock.doWork());
        assertEquals(WALL_START + 999_999, clock.epochNanos());
        assertEquals(1, clock.calibrations());
    }

    @Test
    void shouldRecalibrateWhenIntervalElapsedAndReportTheStep() {
        final ManualClock monotonic = new ManualClock(0, 0);
        final ManualClock wall = new ManualClock(0, WALL_START);
        final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock(monotonic, wall, 1_000_000);

        monotonic.advance(1_000_000);
        wall.epochNanos(WALL_START + 1_000_000 + 250); // wall ran 250 ns ahead over the interval
        assertEquals(1, clock.doWork());
        assertEquals(250, clock.lastStepNs());
        assertEquals(250, clock.maxAbsStepNs());
        assertEquals(WALL_START + 1_000_250, clock.epochNanos());
        assertEquals(2, clock.calibrations());
    }

    @Test
    void shouldBoundCalibrationErrorByHalfTheNarrowestBracket() {
        final long[] ticks = {0};
        final NanoClock monotonic = () -> ticks[0] += 10; // each read takes 10 ns
        final CalibratedEpochNanoClock clock =
            new CalibratedEpochNanoClock(monotonic, () -> WALL_START, 1_000_000_000L);

        assertEquals(5, clock.calibrationErrorNs());
        // every bracket is 10 ns wide; the first, [10, 20], is kept: the wall read is placed at its middle
        assertEquals(WALL_START - 15, clock.offsetNs());
    }

    @Test
    void shouldTrackSystemWallClockClosely() {
        final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock();
        final long system = SystemClock.INSTANCE.epochNanos();
        final long calibrated = clock.epochNanos();
        // a correctness bound, not a speed one: a broken offset would be off by seconds or decades
        assertTrue(Math.abs(calibrated - system) < 50_000_000L, () -> "off by " + (calibrated - system) + " ns");
        assertTrue(clock.calibrationErrorNs() >= 0);
    }

    @Test
    void shouldServeCachedReadingsUntilUpdated() {
        final ManualClock monotonic = new ManualClock(1_000, 0);
        final CalibratedEpochNanoClock source =
            new CalibratedEpochNanoClock(monotonic, () -> WALL_START, 1_000_000_000L);
        final CachedClock cached = new CachedClock(source);

        assertEquals(1_000, cached.nanoTime());
        assertEquals(WALL_START, cached.epochNanos());
        monotonic.advance(500);
        assertEquals(1_000, cached.nanoTime());
        assertEquals(1_500, cached.update());
        assertEquals(1_500, cached.nanoTime());
        assertEquals(WALL_START + 500, cached.epochNanos());
        cached.update(7, 8);
        assertEquals(7, cached.nanoTime());
        assertEquals(8, cached.epochNanos());
    }

    @Test
    void shouldReadSystemClocks() {
        final long before = System.currentTimeMillis();
        final long epochNanos = SystemClock.INSTANCE.epochNanos();
        final long after = System.currentTimeMillis();
        assertTrue(epochNanos / 1_000_000 >= before - 1 && epochNanos / 1_000_000 <= after + 1);
        final long t0 = SystemClock.INSTANCE.nanoTime();
        assertTrue(SystemClock.INSTANCE.nanoTime() >= t0);
    }

    @Test
    void shouldRejectNonPositiveRecalibrationInterval() {
        assertThrows(IllegalArgumentException.class,
            () -> new CalibratedEpochNanoClock(SystemClock.INSTANCE, SystemClock.INSTANCE, 0));
    }
}
