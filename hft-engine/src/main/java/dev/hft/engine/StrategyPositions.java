package dev.hft.engine;

import dev.hft.api.FixedPoint;
import dev.hft.api.strategy.PositionView;
import dev.hft.oms.Positions;

/**
 * One strategy's positions and P&amp;L, read from the order manager's {@link Positions} (kept per instrument,
 * strategy and venue from the fills it applied, with the venues' fees and marks at the consolidated mid) and summed
 * over venues; nothing is booked twice. Allocation-free; trading thread.
 */
final class StrategyPositions implements PositionView {
    private final Positions positions;
    private final int strategyId;
    private final int venueCount;

    StrategyPositions(final Positions positions, final int strategyId, final int venueCount) {
        this.positions = positions;
        this.strategyId = strategyId;
        this.venueCount = venueCount;
    }

    @Override
    public long position(final int instrumentId) {
        long quantity = 0;
        for (int venueId = 0; venueId < venueCount; venueId++) {
            final int slot = positions.find(instrumentId, strategyId, venueId);
            if (slot != Positions.NOT_FOUND) {
                quantity += positions.quantity(slot);
            }
        }
        return quantity;
    }

    @Override
    public long averagePriceFixed(final int instrumentId) {
        long quantity = 0;
        long cost = 0;
        for (int venueId = 0; venueId < venueCount; venueId++) {
            final int slot = positions.find(instrumentId, strategyId, venueId);
            if (slot != Positions.NOT_FOUND) {
                quantity += positions.quantity(slot);
                cost += positions.openCost(slot);
            }
        }
        return quantity == 0 ? FixedPoint.NULL_PRICE : cost / quantity;
    }

    @Override
    public long realizedPnlFixed() {
        long sum = 0;
        for (int slot = 0, size = positions.size(); slot < size; slot++) {
            if (positions.strategyId(slot) == strategyId) {
                sum += positions.realizedPnl(slot);
            }
        }
        return sum;
    }

    @Override
    public long unrealizedPnlFixed() {
        long sum = 0;
        for (int slot = 0, size = positions.size(); slot < size; slot++) {
            if (positions.strategyId(slot) == strategyId) {
                sum += positions.unrealizedPnl(slot);
            }
        }
        return sum;
    }

    @Override
    public long feesFixed() {
        long sum = 0;
        for (int slot = 0, size = positions.size(); slot < size; slot++) {
            if (positions.strategyId(slot) == strategyId) {
                sum += positions.fees(slot);
            }
        }
        return sum;
    }
}
