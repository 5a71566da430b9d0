package dev.hft.risk;

/**
 * Exact sliding-window event counters for many entities, zero allocation: entity {@code e} with limit {@code n} owns a
 * ring of the times of its last {@code n} events, so "would one more event make more than {@code n} in the last
 * {@code windowNs}" is one comparison with the oldest time in the ring. Rings are preallocated at construction for
 * entities with a finite limit; an unlimited entity owns none. Single-threaded.
 */
final class SlidingWindows {

    /** Limit value meaning "no limit". */
    static final long UNLIMITED = Long.MAX_VALUE;

    /** Largest finite limit a ring is allocated for. */
    static final long MAX_FINITE_LIMIT = 10_000_000;

    private static final int LIMIT = 0;
    private static final int BASE = 1;
    private static final int HEAD = 2;
    private static final int COUNT = 3;
    private static final int STRIDE = 4;

    /** Per entity, one 32-byte group: limit, ring base, ring head, count (one cache line for two entities). */
    private final long[] meta;
    private final long[] times;
    private final long windowNs;

    SlidingWindows(final long[] limits, final long windowNs) {
        this.windowNs = windowNs;
        this.meta = new long[limits.length * STRIDE];
        long total = 0;
        for (int e = 0; e < limits.length; e++) {
            final long limit = limits[e];
            if (limit < 0 || (limit != UNLIMITED && limit > MAX_FINITE_LIMIT)) {
                throw new IllegalArgumentException("rate limit must be in 0.." + MAX_FINITE_LIMIT + " or unset: "
                    + limit);
            }
            meta[e * STRIDE + LIMIT] = limit;
            meta[e * STRIDE + BASE] = total;
            if (limit != UNLIMITED) {
                total += limit;
            }
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("rate windows too large: " + total);
        }
        this.times = new long[(int) total];
    }

    /**
     * Tells whether one more event at {@code nowNs} would exceed entity {@code e}'s limit.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     * @return {@code true} if the window already holds {@code limit} events.
     */
    boolean isFull(final int e, final long nowNs) {
        final int m = e * STRIDE;
        final long limit = meta[m + LIMIT];
        if (limit == UNLIMITED || meta[m + COUNT] < limit) {
            return false;
        }
        return limit == 0 || nowNs - times[(int) (meta[m + BASE] + meta[m + HEAD])] < windowNs;
    }

    /**
     * Records an event of entity {@code e} at {@code nowNs}.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     */
    void record(final int e, final long nowNs) {
        final int m = e * STRIDE;
        final long limit = meta[m + LIMIT];
        if (limit == UNLIMITED || limit == 0) {
            return;
        }
        final long h = meta[m + HEAD];
        times[(int) (meta[m + BASE] + h)] = nowNs;
        meta[m + HEAD] = h + 1 == limit ? 0 : h + 1;
        if (meta[m + COUNT] < limit) {
            meta[m + COUNT]++;
        }
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
        final int b = (int) meta[e * STRIDE + BASE];
        for (int i = 0; i < meta[e * STRIDE + COUNT]; i++) {
            if (nowNs - times[b + i] < windowNs) {
                n++;
            }
        }
        return n;
    }

    boolean isLimited(final int e) {
        return meta[e * STRIDE + LIMIT] != UNLIMITED;
    }
}
