package dev.hft.engine;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.strategy.PositionView;
import dev.hft.book.ConsolidatedBook;

/**
 * One strategy's positions and P&amp;L at average cost, from the fills the order manager applied: per instrument the
 * signed position and the cost of the open position; realized P&amp;L when a fill reduces it; fees as the venues'
 * fee model charged them. Unrealized P&amp;L is marked at the consolidated mid. Allocation-free; trading thread.
 */
final class PositionLedger implements PositionView {
    private final long[] positions;
    private final long[] costs;
    private final ConsolidatedBook[] books;
    private long realized;
    private long fees;

    PositionLedger(final ConsolidatedBook[] books) {
        this.books = books;
        positions = new long[books.length];
        costs = new long[books.length];
    }

    void onFill(final int instrumentId, final Side side, final long priceFixed, final long quantity,
        final long feeFixed) {
        fees += feeFixed;
        long remaining = quantity;
        final long sign = side == Side.BUY ? 1 : -1;
        final long position = positions[instrumentId];
        if (position != 0 && Long.signum(position) != sign) {
            final long open = Math.abs(position);
            final long closed = Math.min(open, remaining);
            final long closedCost = costs[instrumentId] / open * closed
                + costs[instrumentId] % open * closed / open;
            // long position closed by a sell: (price - avg) * qty; short closed by a buy: (avg - price) * qty
            realized += -sign * (priceFixed * closed - closedCost);
            costs[instrumentId] -= closedCost;
            positions[instrumentId] += sign * closed;
            remaining -= closed;
            if (positions[instrumentId] == 0) {
                costs[instrumentId] = 0;
            }
        }
        if (remaining > 0) {
            costs[instrumentId] += priceFixed * remaining;
            positions[instrumentId] += sign * remaining;
        }
    }

    @Override
    public long position(final int instrumentId) {
        return instrumentId >= 0 && instrumentId < positions.length ? positions[instrumentId] : 0;
    }

    @Override
    public long averagePriceFixed(final int instrumentId) {
        final long position = position(instrumentId);
        return position == 0 ? FixedPoint.NULL_PRICE : costs[instrumentId] / Math.abs(position);
    }

    @Override
    public long realizedPnlFixed() {
        return realized;
    }

    @Override
    public long unrealizedPnlFixed() {
        long sum = 0;
        for (int i = 0; i < positions.length; i++) {
            final long position = positions[i];
            if (position == 0) {
                continue;
            }
            final long bid = books[i].bestBidPrice();
            final long ask = books[i].bestAskPrice();
            if (bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE) {
                continue;
            }
            final long mid = (bid + ask) / 2;
            sum += position * mid - (position > 0 ? costs[i] : -costs[i]);
        }
        return sum;
    }

    @Override
    public long feesFixed() {
        return fees;
    }
}
