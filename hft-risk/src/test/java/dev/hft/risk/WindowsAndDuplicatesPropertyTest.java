package dev.hft.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Differential checks of the hot-path structures against plain models: {@link SlidingWindows} against a list of the
 * event times (exact count in the window), and {@link DuplicateFilter} fed with and without the preceding
 * {@code isDuplicate} (the reused way must be the way a plain {@code record} picks, so both filters answer alike).
 */
class WindowsAndDuplicatesPropertyTest {

    private static final long WINDOW = 1_000;

    @Property(tries = 200)
    void slidingWindowsAreExact(@ForAll @IntRange(min = 0, max = 6) final int limit,
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long seed) {
        final SlidingWindows windows = new SlidingWindows(new long[] {limit, SlidingWindows.UNLIMITED}, WINDOW);
        final ArrayDeque<Long> model = new ArrayDeque<>();
        final Random random = new Random(seed);
        long now = random.nextInt(3) == 0 ? -5_000 : 1_700_000_000_000_000_000L;
        for (int step = 0; step < 300; step++) {
            now += random.nextInt(400);
            final long at = now;
            final long inWindow = model.stream().filter(t -> at - t < WINDOW).count();
            final boolean full = windows.isFull(0, now);
            assertEquals(inWindow >= limit, full, "step " + step);
            assertEquals(inWindow, windows.countInWindow(0, now), "step " + step);
            assertEquals(false, windows.isFull(1, now));
            if (!full || random.nextInt(4) == 0) {
                windows.record(0, now);
                windows.record(1, now);
                if (limit > 0) {
                    model.addLast(now);
                    if (model.size() > limit) {
                        model.removeFirst();
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void slidingWindowsStayExactWithAnyWindowAndAClockThatStepsBack(
        @ForAll @IntRange(min = 0, max = 40) final int limit,
        @ForAll @LongRange(min = 1, max = 5_000_000_000L) final long window,
        @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long seed) {
        // the bucket sums answer only while they prove the window is not full; every answer must be the exact one
        final SlidingWindows windows = new SlidingWindows(new long[] {SlidingWindows.UNLIMITED, limit}, window);
        final List<Long> events = new ArrayList<>();
        final Random random = new Random(seed);
        long now = random.nextBoolean() ? -window * 3 : 1_700_000_000_000_000_000L;
        for (int step = 0; step < 400; step++) {
            final int move = random.nextInt(10);
            final long scale = Math.max(1, window / (1 + random.nextInt(50)));
            if (move == 0) {
                now -= random.nextInt(3) * scale;
            } else if (move == 1) {
                now += (2 + random.nextInt(3)) * window;
            } else {
                now += random.nextInt(3) * scale;
            }
            final long at = now;
            // the ring's view: the last limit events, the oldest of them deciding
            final List<Long> last = events.subList(Math.max(0, events.size() - limit), events.size());
            final boolean full = windows.isFull(1, now);
            assertEquals(limit == 0 || last.size() == limit && at - last.get(0) < window, full, "step " + step);
            assertEquals(last.stream().filter(t -> at - t < window).count(), windows.countInWindow(1, now),
                "step " + step);
            if (!full || random.nextInt(5) == 0) {
                windows.record(1, now);
                if (limit > 0) {
                    events.add(now);
                }
            }
        }
    }

    @Property(tries = 200)
    void reusedWayEqualsAPlainRecord(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) final long seed) {
        final DuplicateFilter withLookup = new DuplicateFilter(2);
        final DuplicateFilter recordOnly = new DuplicateFilter(2);
        final Random random = new Random(seed);
        final List<long[]> keys = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            keys.add(new long[] {random.nextInt(3), random.nextInt(2) == 0 ? 1 : -1, 1 + random.nextInt(3),
                100 + random.nextInt(4), random.nextInt(2), random.nextInt(2)});
        }
        long now = 1_000;
        for (int step = 0; step < 600; step++) {
            now += random.nextInt(30);
            final long[] k = keys.get(random.nextInt(keys.size()));
            final int instrument = (int) k[0];
            final int side = (int) k[1];
            final int strategy = (int) k[4];
            final int account = (int) k[5];
            final long window = 1 + random.nextInt(200);
            final boolean a = withLookup.isDuplicate(instrument, side, k[2], k[3], strategy, account, now, window);
            final boolean b = recordOnly.isDuplicate(instrument, side, k[2], k[3], strategy, account, now, window);
            assertEquals(b, a, "step " + step);
            if (!a) {
                // recordOnly: a lookup of another key in between drops the reuse, so record() scans the set itself
                recordOnly.isDuplicate(instrument + 7, side, k[2], k[3], strategy, account, now, window);
                withLookup.record(instrument, side, k[2], k[3], strategy, account, now);
                recordOnly.record(instrument, side, k[2], k[3], strategy, account, now);
            } else if (random.nextBoolean()) {
                withLookup.record(instrument, side, k[2], k[3], strategy, account, now);
                recordOnly.record(instrument, side, k[2], k[3], strategy, account, now);
            }
        }
    }
}
