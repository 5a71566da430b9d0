package dev.hft.risk;

import org.agrona.collections.Long2LongHashMap;

/**
 * The last {@code capacity} orders the checker stopped tracking (canceled, expired, rejected, filled), with what a
 * late fill needs to be booked: instrument, strategy, account and side. A ring of entries plus an id index, both
 * preallocated; the oldest entry is forgotten when the ring wraps. Allocation-free. Single-threaded.
 */
final class ReleasedOrders {
    private static final long MISSING = -1L;

    private final long[] ids;
    private final int[] instrument;
    private final int[] strategy;
    private final int[] account;
    private final int[] sign;
    private final Long2LongHashMap index;
    private int next;

    ReleasedOrders(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        ids = new long[capacity];
        instrument = new int[capacity];
        strategy = new int[capacity];
        account = new int[capacity];
        sign = new int[capacity];
        index = new Long2LongHashMap(capacity * 2, 0.65f, MISSING);
    }

    void add(final long clientOrderId, final int instrumentId, final int strategyId, final int accountId,
        final int orderSign) {
        final int at = next;
        final long evicted = ids[at];
        if (evicted != 0 && index.get(evicted) == at) {
            index.remove(evicted);
        }
        ids[at] = clientOrderId;
        instrument[at] = instrumentId;
        strategy[at] = strategyId;
        account[at] = accountId;
        sign[at] = orderSign;
        index.put(clientOrderId, at);
        next = at + 1 == ids.length ? 0 : at + 1;
    }

    /** Entry of a released order, or {@code -1} if it is not (or no longer) remembered. */
    int find(final long clientOrderId) {
        return (int) index.get(clientOrderId);
    }

    int instrument(final int entry) {
        return instrument[entry];
    }

    int strategy(final int entry) {
        return strategy[entry];
    }

    int account(final int entry) {
        return account[entry];
    }

    int sign(final int entry) {
        return sign[entry];
    }
}
