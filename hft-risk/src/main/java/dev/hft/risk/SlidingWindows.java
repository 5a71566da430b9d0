package dev.hft.risk;

import java.util.Arrays;

/**
 * Exact sliding-window event counters for many entities, zero allocation: entity {@code e} with limit {@code n} owns a
 * ring of the times of its last {@code n} events, so "would one more event make more than {@code n} in the last
 * {@code windowNs}" is one comparison with the oldest time in the ring. Rings are preallocated at construction for
 * entities with a finite limit; an unlimited entity owns none. Single-threaded.
 *
 * <p>Hot path: the rings are large (8 bytes per allowed event) and the oldest slot was written {@code limit} events
 * ago, so reading it usually misses the cache. Each entity therefore also counts its events in 64 buckets of
 * {@code 2^shift} ns ({@code (windowNs >> shift) + 1 <= 63} buckets span more than a window) and keeps their sum:
 * every event of the window lies in the buckets the sum covers, so while the sum is below the limit the window is not
 * full, and only a sum at the limit (or a clock that stepped back behind the newest bucket) consults the ring. A check
 * reads one cache line per entity; {@link #record} writes the ring slot (a store, no load) and bumps one bucket. The
 * answer is always the exact ring's.
 *
 * <p>Per entity, one cache line of {@code long}s: newest bucket number, bucket sum, limit ({@code -1} unlimited), ring
 * slot of the oldest event (the next to overwrite), ring base and end, bucket base. A slot never written holds
 * {@code EMPTY}; a clock reading of exactly {@code Long.MIN_VALUE} is not a valid event time.
 */
final class SlidingWindows {

    /** Limit value meaning "no limit". */
    static final long UNLIMITED = Long.MAX_VALUE;

    /** Largest finite limit a ring is allocated for. */
    static final long MAX_FINITE_LIMIT = 10_000_000;

    private static final long EMPTY = Long.MIN_VALUE;
    private static final long NO_RING = -1;

    private static final int EPOCH = 0;
    private static final int SUM = 1;
    private static final int LIMIT = 2;
    private static final int NEXT = 3;
    private static final int BASE = 4;
    private static final int END = 5;
    private static final int BUCKETS = 6;
    private static final int SHIFT = 3;

    private static final int BUCKET_COUNT = 64;
    private static final int BUCKET_MASK = BUCKET_COUNT - 1;
    private static final long NO_EPOCH = Long.MIN_VALUE / 2;

    private final long[] state;
    private final long[] times;
    private final int[] buckets;
    private final long windowNs;
    private final int shift;
    /** Buckets behind the newest that the sum still covers: {@code (windowNs >> shift) + 1}. */
    private final long depth;

    SlidingWindows(final long[] limits, final long windowNs) {
        if (windowNs <= 0) {
            throw new IllegalArgumentException("window must be positive: " + windowNs);
        }
        this.windowNs = windowNs;
        int s = 0;
        while ((windowNs >> s) + 1 > BUCKET_COUNT - 1) {
            s++;
        }
        this.shift = s;
        this.depth = (windowNs >> s) + 1;
        this.state = new long[limits.length << SHIFT];
        long total = 0;
        int limited = 0;
        for (int e = 0; e < limits.length; e++) {
            final long limit = limits[e];
            if (limit < 0 || (limit != UNLIMITED && limit > MAX_FINITE_LIMIT)) {
                throw new IllegalArgumentException("rate limit must be in 0.." + MAX_FINITE_LIMIT + " or unset: "
                    + limit);
            }
            if (limit != UNLIMITED) {
                total += limit;
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("rate windows too large: " + total);
            }
            final int m = e << SHIFT;
            state[m + EPOCH] = NO_EPOCH;
            state[m + LIMIT] = limit == UNLIMITED ? NO_RING : limit;
            state[m + BASE] = limit == UNLIMITED ? total : total - limit;
            state[m + NEXT] = state[m + BASE];
            state[m + END] = total;
            state[m + BUCKETS] = limit == UNLIMITED || limit == 0 ? 0 : (long) BUCKET_COUNT * limited++;
        }
        this.times = new long[(int) total];
        Arrays.fill(times, EMPTY);
        this.buckets = new int[BUCKET_COUNT * Math.max(1, limited)];
    }

    /**
     * Tells whether one more event at {@code nowNs} would exceed entity {@code e}'s limit.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     * @return {@code true} if the window already holds {@code limit} events.
     */
    boolean isFull(final int e, final long nowNs) {
        final int m = e << SHIFT;
        final long[] state = this.state;
        final long limit = state[m + LIMIT];
        if (limit <= 0) {
            return limit == 0;
        }
        final long epoch = nowNs >> shift;
        final long newest = state[m + EPOCH];
        // at or after the newest bucket the sum covers every event of the window and over-counts only buckets not
        // yet dropped: below the limit, not full (before it, the clock stepped back and the ring decides)
        if (epoch >= newest) {
            if (state[m + SUM] < limit) {
                return false;
            }
            if (epoch != newest) {
                advance(m, epoch);
                if (state[m + SUM] < limit) {
                    return false;
                }
            }
        }
        // the oldest of the last limit events; EMPTY while fewer than limit were recorded
        final long oldest = times[(int) state[m + NEXT]];
        return oldest != EMPTY && nowNs - oldest < windowNs;
    }

    /**
     * Tells whether one more event at {@code nowNs} would exceed the limit of any of four entities.
     *
     * @return {@code true} if any of the four windows already holds its limit of events.
     */
    boolean isAnyFull(final int e0, final int e1, final int e2, final int e3, final long nowNs) {
        return isFull(e0, nowNs) || isFull(e1, nowNs) || isFull(e2, nowNs) || isFull(e3, nowNs);
    }

    /**
     * Records an event of entity {@code e} at {@code nowNs}.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     */
    void record(final int e, final long nowNs) {
        final int m = e << SHIFT;
        final long[] state = this.state;
        if (state[m + LIMIT] <= 0) {
            return;
        }
        final int next = (int) state[m + NEXT];
        times[next] = nowNs;
        state[m + NEXT] = next + 1 == state[m + END] ? state[m + BASE] : next + 1;
        final long epoch = nowNs >> shift;
        long newest = state[m + EPOCH];
        if (epoch > newest) {
            advance(m, epoch);
            newest = epoch;
        }
        // an event behind the newest bucket (the clock stepped back) counts in the newest: kept longer, never less
        buckets[(int) state[m + BUCKETS] + (int) (newest & BUCKET_MASK)]++;
        state[m + SUM]++;
    }

    /**
     * Records one event for each of four entities at {@code nowNs}.
     */
    void record(final int e0, final int e1, final int e2, final int e3, final long nowNs) {
        record(e0, nowNs);
        record(e1, nowNs);
        record(e2, nowNs);
        record(e3, nowNs);
    }

    /** Moves the newest bucket of the entity at {@code m} forward to {@code epoch}, dropping the buckets it leaves. */
    private void advance(final int m, final long epoch) {
        final long[] state = this.state;
        final int[] buckets = this.buckets;
        final long newest = state[m + EPOCH];
        final int base = (int) state[m + BUCKETS];
        if (epoch - newest > depth) {
            Arrays.fill(buckets, base, base + BUCKET_COUNT, 0);
            state[m + SUM] = 0;
        } else {
            // the sum covers buckets [newest - depth, newest]; afterwards [epoch - depth, epoch]
            long sum = state[m + SUM];
            for (long k = newest - depth; k < epoch - depth; k++) {
                final int i = base + (int) (k & BUCKET_MASK);
                sum -= buckets[i];
                buckets[i] = 0;
            }
            state[m + SUM] = sum;
        }
        state[m + EPOCH] = epoch;
    }

    /**
     * Counts entity {@code e}'s events in the window ending at {@code nowNs} (for monitoring and tests; O(limit)).
     *
     * @param e     entity.
     * @param nowNs end of the window.
     * @return events with {@code nowNs - time < windowNs}.
     */
    int countInWindow(final int e, final long nowNs) {
        int n = 0;
        final int m = e << SHIFT;
        for (int i = (int) state[m + BASE]; i < (int) state[m + END]; i++) {
            if (times[i] != EMPTY && nowNs - times[i] < windowNs) {
                n++;
            }
        }
        return n;
    }

    boolean isLimited(final int e) {
        return state[(e << SHIFT) + LIMIT] != NO_RING;
    }
}
