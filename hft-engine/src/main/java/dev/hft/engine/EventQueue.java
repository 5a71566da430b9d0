package dev.hft.engine;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;

/**
 * Own-order events between the order manager (or router) hearing of them and their delivery to the strategy: a
 * preallocated ring of flat arrays, drained by the trading agent in the same duty cycle. Queuing is what keeps the
 * strategy contract's "never re-entrantly": a venue (or router) that answers inside a submission does not call the
 * strategy back inside its own call. Allocation-free. Trading thread only.
 */
final class EventQueue {
    static final byte ACCEPTED = 1;
    static final byte REJECTED = 2;
    static final byte FILLED = 3;
    static final byte CANCELED = 4;
    static final byte REPLACED = 5;
    static final byte CANCEL_REJECTED = 6;
    static final byte EXPIRED = 7;
    static final byte PARENT_DONE = 8;

    /** Receives drained events. */
    interface Handler {
        void onEvent(EventQueue queue, int index);
    }

    private static final Liquidity[] LIQUIDITY = Liquidity.values();

    private final int mask;
    final byte[] kinds;
    final int[] strategies;
    final int[] venues;
    final long[] orderIds;
    final long[] otherIds;
    final long[] prices;
    final long[] quantities;
    final long[] leaves;
    final long[] fees;
    final long[] timestamps;
    final byte[] reasons;
    final byte[] liquidities;
    private long head;
    private long tail;
    private long overflows;

    EventQueue(final int capacity) {
        final int size = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1);
        mask = size - 1;
        kinds = new byte[size];
        strategies = new int[size];
        venues = new int[size];
        orderIds = new long[size];
        otherIds = new long[size];
        prices = new long[size];
        quantities = new long[size];
        leaves = new long[size];
        fees = new long[size];
        timestamps = new long[size];
        reasons = new byte[size];
        liquidities = new byte[size];
    }

    /** Claims the next slot; returns it, or -1 if full (counted). */
    int add(final byte kind, final int strategy, final long orderId, final long timestampNs) {
        if (tail - head > mask) {
            overflows++;
            return -1;
        }
        final int i = (int) (tail++ & mask);
        kinds[i] = kind;
        strategies[i] = strategy;
        orderIds[i] = orderId;
        timestamps[i] = timestampNs;
        venues[i] = -1;
        otherIds[i] = 0;
        prices[i] = 0;
        quantities[i] = 0;
        leaves[i] = 0;
        fees[i] = 0;
        reasons[i] = 0;
        liquidities[i] = 0;
        return i;
    }

    int drain(final Handler handler) {
        int count = 0;
        while (head < tail) {
            final int i = (int) (head & mask);
            handler.onEvent(this, i);
            head++;
            count++;
        }
        return count;
    }

    RejectReason reason(final int i) {
        return RejectReason.fromCode(reasons[i] & 0xFF);
    }

    Liquidity liquidity(final int i) {
        return LIQUIDITY[liquidities[i]];
    }

    boolean isEmpty() {
        return head == tail;
    }

    long overflows() {
        return overflows;
    }
}
