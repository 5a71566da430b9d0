package dev.hft.engine;

import java.util.Arrays;

/**
 * Strategies' timers: a preallocated binary min-heap ordered by (deadline, id), so timers fire in deadline order and
 * timers with one deadline in the order they were scheduled. Ids are positive and never reused. Schedule and poll are
 * O(log n); cancel is O(n). Allocation-free. Trading thread only.
 */
final class TimerQueue {
    /** Receives due timers. */
    interface Handler {
        void onTimer(int owner, long timerId, long nowNs);
    }

    private final long[] deadlines;
    private final long[] ids;
    private final int[] owners;
    private int size;
    private long nextId = 1;

    TimerQueue(final int capacity) {
        deadlines = new long[capacity];
        ids = new long[capacity];
        owners = new int[capacity];
        Arrays.fill(deadlines, Long.MAX_VALUE);
    }

    /** Schedules a timer; returns its id, or -1 if full. */
    long schedule(final int owner, final long deadlineNs) {
        if (size == ids.length) {
            return -1;
        }
        final long id = nextId++;
        int i = size++;
        while (i > 0) {
            final int parent = (i - 1) >>> 1;
            if (!less(deadlineNs, id, deadlines[parent], ids[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        deadlines[i] = deadlineNs;
        ids[i] = id;
        owners[i] = owner;
        return id;
    }

    /** Cancels the owner's timer; true if it was scheduled and is now cancelled. */
    boolean cancel(final int owner, final long timerId) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == timerId) {
                if (owners[i] != owner) {
                    return false;
                }
                removeAt(i);
                return true;
            }
        }
        return false;
    }

    /** Fires every timer due at {@code nowNs}, earliest first, at most {@code limit}. */
    int poll(final long nowNs, final Handler handler, final int limit) {
        int fired = 0;
        while (size > 0 && deadlines[0] <= nowNs && fired < limit) {
            final long id = ids[0];
            final int owner = owners[0];
            removeAt(0);
            handler.onTimer(owner, id, nowNs);
            fired++;
        }
        return fired;
    }

    int size() {
        return size;
    }

    private void removeAt(final int index) {
        final int last = --size;
        final long deadline = deadlines[last];
        final long id = ids[last];
        final int owner = owners[last];
        deadlines[last] = Long.MAX_VALUE;
        if (index == last) {
            return;
        }
        int i = index;
        while (i > 0) {
            final int parent = (i - 1) >>> 1;
            if (!less(deadline, id, deadlines[parent], ids[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        while (true) {
            final int left = 2 * i + 1;
            if (left >= size) {
                break;
            }
            final int right = left + 1;
            final int child = right < size && less(deadlines[right], ids[right], deadlines[left], ids[left])
                ? right : left;
            if (!less(deadlines[child], ids[child], deadline, id)) {
                break;
            }
            move(child, i);
            i = child;
        }
        deadlines[i] = deadline;
        ids[i] = id;
        owners[i] = owner;
    }

    private void move(final int from, final int to) {
        deadlines[to] = deadlines[from];
        ids[to] = ids[from];
        owners[to] = owners[from];
    }

    private static boolean less(final long deadlineA, final long idA, final long deadlineB, final long idB) {
        return deadlineA < deadlineB || (deadlineA == deadlineB && idA < idB);
    }
}
