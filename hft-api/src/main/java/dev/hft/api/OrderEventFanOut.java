package dev.hft.api;

/**
 * Forwards every execution report to a fixed list of listeners, in list order: the one gateway listener that feeds
 * both the order manager and a risk checker's exposure state. Put the order manager first, so the check's state
 * changes after the order's.
 *
 * <p><b>Threading:</b> as {@link OrderEventListener}; allocation-free (an indexed loop over a final array).
 */
public final class OrderEventFanOut implements OrderEventListener {

    private final OrderEventListener[] listeners;

    /**
     * Creates a fan-out.
     *
     * @param listeners the listeners, called in this order; copied.
     * @throws IllegalArgumentException if a listener is {@code null}.
     */
    public OrderEventFanOut(final OrderEventListener... listeners) {
        this.listeners = listeners.clone();
        for (final OrderEventListener listener : this.listeners) {
            if (listener == null) {
                throw new IllegalArgumentException("null listener");
            }
        }
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onAccepted(venueId, clientOrderId, venueOrderId, timestampNs);
        }
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onRejected(venueId, clientOrderId, reason, timestampNs);
        }
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onFill(venueId, clientOrderId, executionId, lastPriceFixed, lastQuantity, leavesQuantity,
                liquidity, timestampNs);
        }
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onCanceled(venueId, clientOrderId, canceledQuantity, reason, timestampNs);
        }
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onReplaced(venueId, clientOrderId, origClientOrderId, priceFixed, quantity, timestampNs);
        }
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onCancelRejected(venueId, clientOrderId, reason, timestampNs);
        }
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        final OrderEventListener[] all = listeners;
        for (int i = 0; i < all.length; i++) {
            all[i].onExpired(venueId, clientOrderId, expiredQuantity, timestampNs);
        }
    }
}
