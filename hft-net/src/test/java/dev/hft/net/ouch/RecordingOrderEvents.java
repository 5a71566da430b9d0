package dev.hft.net.ouch;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.RejectReason;

/** Keeps every order event as a line of text, for {@code assertEquals(List.of(...), events)}. */
final class RecordingOrderEvents implements OrderEventListener {
    final List<String> events = new ArrayList<>();

    List<String> take() {
        final List<String> taken = new ArrayList<>(events);
        events.clear();
        return taken;
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        events.add("accepted " + clientOrderId + " ref=" + venueOrderId);
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        events.add("rejected " + clientOrderId + " " + reason);
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId, final long lastPriceFixed,
        final long lastQuantity, final long leavesQuantity, final Liquidity liquidity, final long timestampNs) {
        events.add("fill " + clientOrderId + " exec=" + executionId + " " + lastQuantity + "@" + lastPriceFixed
            + " leaves=" + leavesQuantity + " " + liquidity);
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        events.add("canceled " + clientOrderId + " " + canceledQuantity + " " + reason);
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        events.add("replaced " + origClientOrderId + "->" + clientOrderId + " " + quantity + "@" + priceFixed);
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        events.add("cancelRejected " + clientOrderId + " " + reason);
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        events.add("expired " + clientOrderId + " " + expiredQuantity);
    }
}
