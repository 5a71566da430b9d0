package dev.hft.risk;

import java.util.Arrays;

/**
 * Exact sliding-window event counters for many entities, zero allocation: entity {@code e} with limit {@code n} owns a
 * ring of the times of its last {@code n} events, so "would one more event make more than {@code n} in the last
 * {@code windowNs}" is one comparison with the oldest time in the ring. Rings are preallocated at construction for
 * entities with a finite limit; an unlimited entity owns none. Single-threaded.
 *
 * <p>Hot path: an entity's ring position is one {@code int} (the slot of its oldest event, which the next event
 * overwrites), and a slot never written holds {@code EMPTY}, so the check reads one {@code int} and one {@code long}
 * and needs no event count. A clock reading of exactly {@code Long.MIN_VALUE} is not a valid event time.
 */
final class SlidingWindows {

    /** Limit value meaning "no limit". */
    static final long UNLIMITED = Long.MAX_VALUE;

    /** Largest finite limit a ring is allocated for. */
    static final long MAX_FINITE_LIMIT = 10_000_000;

    private static final long EMPTY = Long.MIN_VALUE;
    private static final int NO_RING = -1;
    private static final int ZERO_LIMIT = -2;

    private static final int NEXT = 0;
    private static final int BASE = 1;
    private static final int END = 2;
    private static final int STRIDE = 4;

    /** Per entity, 16 bytes: next (oldest) slot or NO_RING / ZERO_LIMIT, ring base, ring end (four per line). */
    private final int[] meta;
    private final long[] times;
    private final long windowNs;

    SlidingWindows(final long[] limits, final long windowNs) {
        this.windowNs = windowNs;
        this.meta = new int[limits.length * STRIDE];
        long total = 0;
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
            final int end = (int) total;
            final int base = limit == UNLIMITED ? end : (int) (total - limit);
            meta[e * STRIDE + NEXT] = limit == UNLIMITED ? NO_RING : limit == 0 ? ZERO_LIMIT : base;
            meta[e * STRIDE + BASE] = base;
            meta[e * STRIDE + END] = end;
        }
        this.times = new long[(int) total];
        Arrays.fill(times, EMPTY);
    }

    /**
     * Tells whether one more event at {@code nowNs} would exceed entity {@code e}'s limit.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     * @return {@code true} if the window already holds {@code limit} events.
     */
    boolean isFull(final int e, final long nowNs) {
        final int next = meta[e * STRIDE + NEXT];
        if (next < 0) {
            return next == ZERO_LIMIT;
        }
        // the oldest of the last limit events; EMPTY while fewer than limit were recorded
        final long oldest = times[next];
        return oldest != EMPTY && nowNs - oldest < windowNs;
    }

    /**
     * Records an event of entity {@code e} at {@code nowNs}.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     */
    void record(final int e, final long nowNs) {
        final int m = e * STRIDE;
        final int next = meta[m + NEXT];
        if (next < 0) {
            return;
        }
        times[next] = nowNs;
        meta[m + NEXT] = next + 1 == meta[m + END] ? meta[m + BASE] : next + 1;
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
        for (int i = meta[e * STRIDE + BASE]; i < meta[e * STRIDE + END]; i++) {
            if (times[i] != EMPTY && nowNs - times[i] < windowNs) {
                n++;
            }
        }
        return n;
    }

    boolean isLimited(final int e) {
        return meta[e * STRIDE + NEXT] != NO_RING;
    }
}
