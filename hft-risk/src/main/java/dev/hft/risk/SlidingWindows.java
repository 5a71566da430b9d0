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

    private final long[] limits;
    private final int[] base;
    private final int[] head;
    private final int[] count;
    private final long[] times;
    private final long windowNs;

    SlidingWindows(final long[] limits, final long windowNs) {
        this.limits = limits.clone();
        this.windowNs = windowNs;
        this.base = new int[limits.length];
        this.head = new int[limits.length];
        this.count = new int[limits.length];
        long total = 0;
        for (int e = 0; e < limits.length; e++) {
            final long limit = limits[e];
            if (limit < 0 || (limit != UNLIMITED && limit > MAX_FINITE_LIMIT)) {
                throw new IllegalArgumentException("rate limit must be in 0.." + MAX_FINITE_LIMIT + " or unset: "
                    + limit);
            }
            base[e] = (int) total;
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
        final long limit = limits[e];
        if (limit == UNLIMITED) {
            return false;
        }
        if (count[e] < limit) {
            return false;
        }
        return limit == 0 || nowNs - times[base[e] + head[e]] < windowNs;
    }

    /**
     * Records an event of entity {@code e} at {@code nowNs}.
     *
     * @param e     entity.
     * @param nowNs time of the event.
     */
    void record(final int e, final long nowNs) {
        final long limit = limits[e];
        if (limit == UNLIMITED || limit == 0) {
            return;
        }
        final int h = head[e];
        times[base[e] + h] = nowNs;
        head[e] = h + 1 == limit ? 0 : h + 1;
        if (count[e] < limit) {
            count[e]++;
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
        final int b = base[e];
        for (int i = 0; i < count[e]; i++) {
            if (nowNs - times[b + i] < windowNs) {
                n++;
            }
        }
        return n;
    }

    boolean isLimited(final int e) {
        return limits[e] != UNLIMITED;
    }

    void clear() {
        java.util.Arrays.fill(head, 0);
        java.util.Arrays.fill(count, 0);
    }
}
