package dev.hft.sor;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

/** Records parent events as text; at a parent's end also the per-venue breakdown read from the router. */
final class RecordingListener implements ParentOrderListener {
    final List<String> events = new ArrayList<>();
    SmartOrderRouter router;
    long fillQuantity;
    long orphanQuantity;

    @Override
    public void onParentFill(
        final long parentOrderId, final int strategyId, final int instrumentId, final Side side, final int venueId,
        final long clientOrderId, final long executionId, final long lastPriceFixed, final long lastQuantity,
        final Liquidity liquidity, final long feeFixed, final long parentFilledQuantity,
        final long parentLeavesQuantity, final long timestampNs) {
        fillQuantity += lastQuantity;
        events.add("fill p" + parentOrderId + " c" + clientOrderId + " v" + venueId + " " + lastQuantity + "@"
            + FixedPoint.format(lastPriceFixed) + " fee=" + FixedPoint.format(feeFixed) + " filled="
            + parentFilledQuantity + " leaves=" + parentLeavesQuantity);
    }

    @Override
    public void onChildRejected(
        final long parentOrderId, final int venueId, final long clientOrderId, final long quantity,
        final RejectReason reason, final boolean local, final long timestampNs) {
        events.add("reject p" + parentOrderId + " c" + clientOrderId + " v" + venueId + " " + quantity + " " + reason
            + (local ? " local" : " venue"));
    }

    @Override
    public void onParentDone(
        final long parentOrderId, final long filledQuantity, final long unfilledQuantity,
        final long averagePriceFixed, final long feesFixed, final long timestampNs) {
        final StringBuilder text = new StringBuilder("done p" + parentOrderId + " filled=" + filledQuantity
            + " unfilled=" + unfilledQuantity + " avg=" + FixedPoint.format(averagePriceFixed) + " fees="
            + FixedPoint.format(feesFixed));
        if (router != null) {
            for (int v = 0; v < router.venues().venueCount(); v++) {
                final long filled = router.venueFilledQuantity(parentOrderId, v);
                if (filled > 0) {
                    text.append(" v").append(v).append('=').append(filled).append('@')
                        .append(FixedPoint.format(router.venueAveragePriceFixed(parentOrderId, v))).append('/')
                        .append(FixedPoint.format(router.venueFeesFixed(parentOrderId, v)));
                }
            }
        }
        events.add(text.toString());
    }

    @Override
    public void onOrphanFill(
        final int venueId, final long clientOrderId, final long executionId, final long lastPriceFixed,
        final long lastQuantity, final Liquidity liquidity, final long timestampNs) {
        orphanQuantity += lastQuantity;
        events.add("orphan c" + clientOrderId + " v" + venueId + " " + lastQuantity);
    }
}
