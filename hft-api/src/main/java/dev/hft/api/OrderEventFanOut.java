package dev.hft.api;

/**
 * Forwards every execution report to a fixed list of listeners, in list order: the one gateway listener that feeds
 * both the order manager and a risk checker's exposure state. Put the order manager first, so the check's state
 * changes after the order's. As an order manager's downstream listener it is also an {@link OrderDeltaListener}: the
 * deltas go to those of its listeners that are {@link OrderDeltaListener}s, in list order.
 *
 * <p><b>Threading:</b> as {@link OrderEventListener}; allocation-free (an indexed loop over a final array).
 */
public final class OrderEventFanOut implements OrderEventListener, OrderDeltaListener {

    private final OrderEventListener[] listeners;
    /** The listeners that are also {@link OrderDeltaListener}s (an aggregate keeper such as a risk checker). */
    private final OrderDeltaListener[] deltaListeners;

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
        int deltaCount = 0;
        for (final OrderEventListener listener : this.listeners) {
            deltaCount += listener instanceof OrderDeltaListener ? 1 : 0;
        }
        this.deltaListeners = new OrderDeltaListener[deltaCount];
        deltaCount = 0;
        for (final OrderEventListener listener : this.listeners) {
            if (listener instanceof OrderDeltaListener) {
                deltaListeners[deltaCount++] = (OrderDeltaListener) listener;
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

    @Override
    public void onOrderBooked(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long priceFixed, final long quantity) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onOrderBooked(clientOrderId, strategyId, venueId, instrumentId, side, priceFixed, quantity);
        }
    }

    @Override
    public void onReplaceBooked(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long newPriceFixed, final long openIncrease) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onReplaceBooked(origClientOrderId, newClientOrderId, strategyId, venueId, instrumentId, side,
                newPriceFixed, openIncrease);
        }
    }

    @Override
    public void onReplaceRefused(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long openDecrease) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onReplaceRefused(origClientOrderId, newClientOrderId, strategyId, venueId, instrumentId, side,
                openDecrease);
        }
    }

    @Override
    public void onOrderReplaced(
        final long clientOrderId, final long origClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long priceFixed, final long openDelta) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onOrderReplaced(clientOrderId, origClientOrderId, strategyId, venueId, instrumentId, side,
                priceFixed, openDelta);
        }
    }

    @Override
    public void onOrderFilled(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long openReleased, final boolean done) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onOrderFilled(clientOrderId, strategyId, venueId, instrumentId, side, lastPriceFixed,
                lastQuantity, openReleased, done);
        }
    }

    @Override
    public void onOrderDone(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long openReleased) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onOrderDone(clientOrderId, strategyId, venueId, instrumentId, side, openReleased);
        }
    }

    @Override
    public void onLedgerView(final OrderLedgerView view) {
        for (final OrderDeltaListener listener : deltaListeners) {
            listener.onLedgerView(view);
        }
    }
}
