package dev.hft.risk;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderLedgerView;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import org.agrona.collections.Long2LongHashMap;

/**
 * A minimal order ledger for tests of the checker without an order manager: it keeps the orders (by id, the way the
 * old checker kept them), turns venue events into the checker's deltas and is the checker's {@link OrderLedgerView}.
 * Allocation-free in steady state (a pool of orders, primitive maps, a ring of released orders for late fills).
 */
final class TestLedger implements OrderLedgerView {

    static final class Order {
        long id;
        int venue;
        int instrument;
        int strategy;
        int account;
        Side side;
        long leaves;
        long filled;
        long price;
        long pendingId;
        long pendingExtra;
        int slot;
        boolean inUse;

        void copy(final Order o) {
            id = o.id;
            venue = o.venue;
            instrument = o.instrument;
            strategy = o.strategy;
            account = o.account;
            side = o.side;
        }
    }

    private static final int CAPACITY = 1 << 14;
    private final RiskChecker checker;
    private final OrderMap open = new OrderMap();
    private final Order[] pool = new Order[CAPACITY];
    private final int[] free = new int[CAPACITY];
    private int freeTop;
    private final Order[] releasedRing = new Order[CAPACITY];
    private final Long2LongHashMap releasedIds = new Long2LongHashMap(CAPACITY * 4, 0.5f, -1);
    private int releasedNext;
    long unknownOrderEvents;

    /** Client order id to order, over the pool's slots. */
    private final class OrderMap {
        private final Long2LongHashMap slots = new Long2LongHashMap(CAPACITY * 4, 0.5f, -1);

        Order get(final long id) {
            final int slot = (int) slots.get(id);
            return slot < 0 ? null : pool[slot];
        }

        boolean containsKey(final long id) {
            return slots.containsKey(id);
        }

        void put(final long id, final Order o) {
            slots.put(id, o.slot);
        }

        void remove(final long id) {
            slots.remove(id);
        }
    }

    TestLedger(final RiskChecker checker) {
        this.checker = checker;
        for (int k = 0; k < CAPACITY; k++) {
            pool[k] = new Order();
            pool[k].slot = k;
            releasedRing[k] = new Order();
            free[k] = CAPACITY - 1 - k;
        }
        freeTop = CAPACITY;
        checker.onLedgerView(this);
    }

    boolean onOrderSent(final long id, final int venue, final int instrument, final int strategy, final int account,
        final Side side, final long quantity, final long price) {
        if (open.containsKey(id) || !checker.onOrderBooked(venue, instrument, strategy, account, side, quantity,
            price)) {
            unknownOrderEvents++;
            return false;
        }
        final Order o = pool[free[--freeTop]];
        o.inUse = true;
        o.id = id;
        o.venue = venue;
        o.instrument = instrument;
        o.strategy = strategy;
        o.account = account;
        o.side = side;
        o.leaves = quantity;
        o.price = price;
        o.filled = 0;
        o.pendingId = 0;
        o.pendingExtra = 0;
        open.put(id, o);
        return true;
    }

    private Order of(final long id) {
        final Order o = open.get(id);
        if (o == null) {
            unknownOrderEvents++;
        }
        return o;
    }

    private void release(final Order o) {
        open.remove(o.id);
        if (o.pendingId != 0) {
            open.remove(o.pendingId);
        }
        checker.onOrderDone(o.instrument, o.strategy, o.account, o.side, o.leaves + o.pendingExtra);
        retire(o);
    }

    private void retire(final Order o) {
        final Order old = releasedRing[releasedNext];
        if (old.id != 0 && releasedIds.get(old.id) == releasedNext) {
            releasedIds.remove(old.id);
        }
        old.copy(o);
        releasedIds.put(o.id, releasedNext);
        releasedNext = (releasedNext + 1) % CAPACITY;
        o.inUse = false;
        free[freeTop++] = o.slot;
    }

    void onAccepted(final int venue, final long id, final long venueOrderId, final long ts) {
        of(id);
    }

    void onRejected(final int venue, final long id, final RejectReason reason, final long ts) {
        final Order o = of(id);
        if (o != null) {
            release(o);
        }
    }

    void onCanceled(final int venue, final long id, final long quantity, final RejectReason reason, final long ts) {
        onRejected(venue, id, reason, ts);
    }

    void onExpired(final int venue, final long id, final long quantity, final long ts) {
        onRejected(venue, id, RejectReason.NONE, ts);
    }

    boolean onReplaceSent(final long orig, final long newId, final long quantity, final long price) {
        final Order o = of(orig);
        if (o == null || o.id != orig || o.pendingId != 0 || open.containsKey(newId) || newId == 0) {
            return false;
        }
        final long extra = Math.max(0, quantity - o.filled - o.leaves);
        o.pendingId = newId;
        o.pendingExtra = extra;
        open.put(newId, o);
        checker.onOpenChanged(o.instrument, o.strategy, o.account, o.side, extra);
        return true;
    }

    void onReplaced(final int venue, final long newId, final long orig, final long price, final long quantity,
        final long ts) {
        Order o = open.get(orig);
        if (o == null) {
            o = of(newId);
            if (o == null) {
                return;
            }
        }
        final long delta = quantity - o.leaves - o.pendingExtra;
        open.remove(o.id);
        if (o.pendingId != 0) {
            open.remove(o.pendingId);
        }
        o.id = newId;
        o.pendingId = 0;
        o.pendingExtra = 0;
        o.leaves = quantity;
        o.price = price;
        open.put(newId, o);
        checker.onOpenChanged(o.instrument, o.strategy, o.account, o.side, delta);
        if (quantity <= 0) {
            release(o);
        }
    }

    void onCancelRejected(final int venue, final long id, final RejectReason reason, final long ts) {
        final Order o = open.get(id);
        if (o == null || o.pendingId != id) {
            return;
        }
        open.remove(id);
        final long extra = o.pendingExtra;
        o.pendingId = 0;
        o.pendingExtra = 0;
        checker.onOpenChanged(o.instrument, o.strategy, o.account, o.side, -extra);
    }

    void onFill(final int venue, final long id, final long executionId, final long price, final long quantity,
        final long leaves, final Liquidity liquidity, final long ts) {
        if (quantity <= 0) {
            return;
        }
        final Order o = open.get(id);
        if (o == null) {
            final int entry = (int) releasedIds.get(id);
            if (entry < 0) {
                unknownOrderEvents++;
            } else {
                final Order gone = releasedRing[entry];
                checker.onOrderFilled(gone.instrument, gone.strategy, gone.account, gone.side, price, quantity, 0,
                    false);
            }
            return;
        }
        final long fromOpen = Math.min(quantity, o.leaves);
        o.leaves -= fromOpen;
        o.filled += quantity;
        final boolean done = leaves <= 0 || o.leaves == 0;
        checker.onOrderFilled(o.instrument, o.strategy, o.account, o.side, price, quantity,
            done ? fromOpen + o.pendingExtra : fromOpen, done);
        if (done) {
            open.remove(o.id);
            if (o.pendingId != 0) {
                open.remove(o.pendingId);
            }
            retire(o);
        }
    }

    RejectReason checkReplace(final long orig, final long newId, final long quantity, final long price) {
        final Order o = open.get(orig);
        if (o == null || o.id != orig) {
            return checker.checkReplace(newId, -1, -1, -1, -1, Side.UNKNOWN, 0, 0, quantity, price);
        }
        if (o.pendingId != 0) {
            return RejectReason.OTHER;
        }
        return checker.checkReplace(newId, o.venue, o.instrument, o.strategy, o.account, o.side, o.leaves, o.filled,
            quantity, price);
    }

    RejectReason checkCancel(final long id) {
        final Order o = open.get(id);
        if (o == null || o.id != id) {
            return checker.checkCancel(id, -1, -1, -1, -1, Side.UNKNOWN, 0, 0);
        }
        return checker.checkCancel(id, o.venue, o.instrument, o.strategy, o.account, o.side, o.leaves, o.price);
    }

    /** Open buy/sell per cell kind and open counts per scope, recomputed from the orders. */
    String inconsistency(final int instruments, final int strategies, final int accounts) {
        final long[][] q = {new long[instruments * 2], new long[strategies * instruments * 2],
            new long[accounts * instruments * 2]};
        final long[][] counts = {new long[1], new long[instruments], new long[strategies], new long[accounts]};
        for (final Order o : pool) {
            if (!o.inUse) {
                continue;
            }
            final int s = o.side == Side.BUY ? 0 : 1;
            final long quantity = o.leaves + o.pendingExtra;
            q[0][o.instrument * 2 + s] += quantity;
            q[1][(o.strategy * instruments + o.instrument) * 2 + s] += quantity;
            q[2][(o.account * instruments + o.instrument) * 2 + s] += quantity;
            counts[0][0]++;
            counts[1][o.instrument]++;
            counts[2][o.strategy]++;
            counts[3][o.account]++;
        }
        return checker.inconsistency(q, counts);
    }

    private Order atSlot(final int slot) {
        return pool[slot];
    }

    @Override
    public int find(final long clientOrderId) {
        final Order o = open.get(clientOrderId);
        return o == null || o.id != clientOrderId ? -1 : o.slot;
    }

    @Override
    public int strategyId(final int slot) {
        return atSlot(slot).strategy;
    }

    @Override
    public int venueId(final int slot) {
        return atSlot(slot).venue;
    }

    @Override
    public int instrumentId(final int slot) {
        return atSlot(slot).instrument;
    }

    @Override
    public Side side(final int slot) {
        return atSlot(slot).side;
    }

    @Override
    public long price(final int slot) {
        return atSlot(slot).price;
    }

    @Override
    public long quantity(final int slot) {
        return atSlot(slot).leaves + atSlot(slot).filled;
    }

    @Override
    public long filledQuantity(final int slot) {
        return atSlot(slot).filled;
    }

    @Override
    public int openOrderCount(final int venueId) {
        int n = 0;
        for (final Order o : pool) {
            n += o.inUse && o.venue == venueId ? 1 : 0;
        }
        return n;
    }

    @Override
    public int copyOpenOrderIds(final int venueId, final long[] destination) {
        int n = 0;
        for (final Order o : pool) {
            if (o.inUse && o.venue == venueId && n < destination.length) {
                destination[n++] = o.id;
            }
        }
        return n;
    }
}
