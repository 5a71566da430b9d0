package dev.hft.sor;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/** A sink that records every child and cancel; per-venue results can be forced. */
final class RecordingSink implements ChildOrderSink {
    /** One child sent. */
    static final class Child {
        final long id;
        final long parentId;
        final int venueId;
        final long quantity;
        final long price;
        final TimeInForce timeInForce;

        Child(final long id, final long parentId, final int venueId, final long quantity, final long price,
            final TimeInForce timeInForce) {
            this.id = id;
            this.parentId = parentId;
            this.venueId = venueId;
            this.quantity = quantity;
            this.price = price;
            this.timeInForce = timeInForce;
        }

        @Override
        public String toString() {
            return "c" + id + " v" + venueId + " " + quantity + "@" + FixedPoint.format(price) + " " + timeInForce;
        }
    }

    final List<Child> children = new ArrayList<>();
    final List<Long> cancels = new ArrayList<>();
    final int[] results = new int[Books.VENUES];
    private long nextId = 1;

    @Override
    public long peekClientOrderId() {
        return nextId;
    }

    @Override
    public long send(
        final long parentOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long quantity, final long priceFixed, final OrderType type, final TimeInForce timeInForce,
        final int execInstructions) {
        if (results[venueId] != Result.OK) {
            return results[venueId];
        }
        final long id = nextId++;
        children.add(new Child(id, parentOrderId, venueId, quantity, priceFixed, timeInForce));
        return id;
    }

    @Override
    public int cancel(final int venueId, final long clientOrderId) {
        cancels.add(clientOrderId);
        return Result.OK;
    }

    @Override
    public RejectReason lastRejectReason() {
        return RejectReason.VENUE_REJECT;
    }

    List<String> sent() {
        final List<String> out = new ArrayList<>();
        for (final Child child : children) {
            out.add(child.toString());
        }
        return out;
    }

    Child child(final long id) {
        return children.get((int) id - 1);
    }
}
