// guide:begin (hft-engine/README.md shows this file between the markers; GuideDriftTest keeps them equal)
package com.example;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;

public final class Quoter implements Strategy {
    private StrategyContext context;
    private long order;

    @Override
    public void onStart(final StrategyContext context) {
        this.context = context;                              // subscriptions come from the configuration
    }

    @Override
    public void onBbo(final int venueId, final int instrumentId, final long bid, final long bidQty,
        final long ask, final long askQty, final long timestampNs) {
        if (venueId == StrategyContext.CONSOLIDATED && order == 0 && bid != FixedPoint.NULL_PRICE) {
            order = context.submit(0, instrumentId, Side.BUY, 100, bid, OrderType.LIMIT, TimeInForce.DAY, 0);
        }
    }
}
// guide:end
