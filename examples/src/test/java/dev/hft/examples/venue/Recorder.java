package dev.hft.examples.venue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.RejectReason;

/** Records a gateway's events as text, and its fills for reconciliation with a venue's records. */
final class Recorder implements OrderEventListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    long filledQuantity;
    long fills;
    long fees;
    long boughtMinusSold;
    private final long makerFee;
    private final long takerFee;
    private final java.util.Map<Long, Boolean> buys = new java.util.concurrent.ConcurrentHashMap<>();

    Recorder(final VenueSpec spec) {
        this.makerFee = spec.makerFeeFixed();
        this.takerFee = spec.takerFeeFixed();
    }

    /** Notes an order's side, to sign its fills. */
    void side(final long clientOrderId, final boolean buy) {
        buys.put(clientOrderId, buy);
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        events.add("accepted " + clientOrderId);
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        events.add("rejected " + clientOrderId + " " + reason);
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId, final long lastPriceFixed,
        final long lastQuantity, final long leavesQuantity, final Liquidity liquidity, final long timestampNs) {
        fills++;
        filledQuantity += lastQuantity;
        fees += (liquidity == Liquidity.ADDED ? makerFee : takerFee) * lastQuantity;
        boughtMinusSold += buys.getOrDefault(clientOrderId, Boolean.TRUE) ? lastQuantity : -lastQuantity;
        events.add("fill " + clientOrderId + " " + lastQuantity + "@" + FixedPoint.format(lastPriceFixed) + " leaves "
            + leavesQuantity + " " + liquidity);
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        events.add("canceled " + clientOrderId + " " + canceledQuantity);
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long leavesQuantity, final long timestampNs) {
        events.add("replaced " + clientOrderId + " from " + origClientOrderId + " " + leavesQuantity + "@"
            + FixedPoint.format(priceFixed));
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        events.add("cancel rejected " + clientOrderId + " " + reason);
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        events.add("expired " + clientOrderId + " " + expiredQuantity);
    }

    boolean has(final String prefix) {
        return events.stream().anyMatch(e -> e.startsWith(prefix));
    }
}
