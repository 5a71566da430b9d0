package dev.hft.oms;

import org.agrona.collections.LongHashSet;

/**
 * Remembers the last {@code capacity} execution ids of one venue to drop duplicate fills (session replays, resends,
 * drop-copy echoes). A ring of ids plus a hash set, both preallocated: an id is a duplicate if it is among the last
 * {@code capacity} distinct ids seen. Allocation-free. Single-threaded.
 */
public final class ExecutionIdWindow {

    private final long[] ring;
    private final LongHashSet seen;
    private int next;
    private int size;

    /**
     * Creates an empty window.
     *
     * @param capacity number of distinct ids remembered; size it above the number of fills a venue can resend.
     */
    public ExecutionIdWindow(final int capacity) {
        ring = new long[capacity];
        seen = new LongHashSet(capacity * 2, 0.65f);
    }

    /**
     * Records an id unless it was seen.
     *
     * @param executionId execution id.
     * @return {@code true} if the id is new (and now remembered), {@code false} if it is a duplicate.
     */
    public boolean add(final long executionId) {
        if (seen.contains(executionId)) {
            return false;
        }
        if (size == ring.length) {
            seen.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = executionId;
        seen.add(executionId);
        next = next + 1 == ring.length ? 0 : next + 1;
        return true;
    }

    /**
     * Tells whether an id is remembered.
     *
     * @param executionId execution id.
     * @return {@code true} if seen within the window.
     */
    public boolean contains(final long executionId) {
        return seen.contains(executionId);
    }

    /**
     * Returns the number of ids remembered.
     *
     * @return count, at most the capacity.
     */
    public int size() {
        return size;
    }

    void clear() {
        seen.clear();
        next = 0;
        size = 0;
    }
}
