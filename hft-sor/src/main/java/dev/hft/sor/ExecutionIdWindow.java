package dev.hft.sor;

import org.agrona.collections.LongHashSet;

/**
 * Remembers the last {@code capacity} execution ids of one venue to drop duplicate fills (session replays, resends,
 * drop copies): a ring of ids plus a hash set, both preallocated. Allocation-free. Single-threaded.
 */
final class ExecutionIdWindow {

    private final long[] ring;
    private final LongHashSet seen;
    private int next;
    private int size;

    ExecutionIdWindow(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        ring = new long[capacity];
        seen = new LongHashSet(capacity * 2);
    }

    /** Records an id; returns {@code false} if it was already among the remembered ones. */
    boolean add(final long executionId) {
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
}
