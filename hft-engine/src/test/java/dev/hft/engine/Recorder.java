package dev.hft.engine;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;

/** A strategy that records every callback as text (tests only: it allocates). */
public final class Recorder implements Strategy {
    final List<String> events = new ArrayList<>();
    StrategyContext context;

    @Override
    public void onStart(final StrategyContext context) {
        this.context = context;
        events.add("start");
    }

    @Override
    public void onStop() {
        events.add("stop");
    }

    @Override
    public void onBbo(final int venueId, final int instrumentId, final long bid, final long bidQuantity,
        final long ask, final long askQuantity, final long timestampNs) {
        events.add("bbo " + venueId + " " + instrumentId + " " + bid + "x" + bidQuantity + " " + ask + "x"
            + askQuantity);
    }

    @Override
    public void onTrade(final int venueId, final int instrumentId, final long price, final long quantity,
        final Side aggressorSide, final long timestampNs) {
        events.add("trade " + venueId + " " + instrumentId + " " + price + " " + quantity + " " + aggressorSide);
    }

    @Override
    public void onTradingStatus(final int venueId, final int instrumentId, final TradingStatus status,
        final long timestampNs) {
        events.add("status " + venueId + " " + status);
    }

    @Override
    public void onBatchEnd(final long timestampNs) {
        events.add("batch");
    }

    @Override
    public void onOrderAccepted(final long orderId, final int venueId, final long timestampNs) {
        events.add("accepted " + orderId + " " + venueId);
    }

    @Override
    public void onOrderRejected(final long orderId, final RejectReason reason, final long timestampNs) {
        events.add("rejected " + orderId + " " + reason);
    }

    @Override
    public void onOrderFilled(final long orderId, final int venueId, final long price, final long quantity,
        final long leaves, final Liquidity liquidity, final long fee, final long timestampNs) {
        events.add("filled " + orderId + " " + venueId + " " + price + " " + quantity + " " + leaves);
    }

    @Override
    public void onOrderCanceled(final long orderId, final long canceledQuantity, final RejectReason reason,
        final long timestampNs) {
        events.add("canceled " + orderId + " " + canceledQuantity);
    }

    @Override
    public void onParentDone(final long parentId, final long filledQuantity, final long avgPrice,
        final long timestampNs) {
        events.add("parentDone " + parentId + " " + filledQuantity + " " + avgPrice);
    }

    @Override
    public void onTimer(final long timerId, final long nowNs) {
        events.add("timer " + timerId + " " + nowNs);
    }

    List<String> take() {
        final List<String> copy = new ArrayList<>(events);
        events.clear();
        return copy;
    }
}
