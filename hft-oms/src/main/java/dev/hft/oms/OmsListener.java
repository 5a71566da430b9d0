package dev.hft.oms;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

/**
 * Callbacks of the {@link OrderManager} to its host (strategies, risk, monitoring): one method per outcome, primitive
 * arguments, each carrying the owning {@code strategyId} so the host can dispatch. Every method has an empty default.
 *
 * <p><b>Threading:</b> called on the trading thread from inside the order manager's event handling; must not block
 * and should not allocate. Not called while the journal is replayed.
 */
public interface OmsListener {

    /**
     * The venue accepted an order.
     *
     * @param strategyId    owning strategy.
     * @param clientOrderId the order.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
    }

    /**
     * The venue rejected an order (or refused a replace for its new id).
     *
     * @param strategyId    owning strategy.
     * @param clientOrderId the order.
     * @param reason        why.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onOrderRejected(
        final int strategyId,
        final long clientOrderId,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * An execution was booked (not a duplicate, not an overfill).
     *
     * @param strategyId     owning strategy.
     * @param clientOrderId  the order.
     * @param instrumentId   instrument.
     * @param side           side of the order.
     * @param lastPriceFixed execution price.
     * @param lastQuantity   execution quantity.
     * @param leavesQuantity quantity still working in the order manager's books.
     * @param liquidity      added or removed liquidity.
     * @param lateFill       {@code true} if the order was already canceled or expired.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    default void onOrderFill(
        final int strategyId,
        final long clientOrderId,
        final int instrumentId,
        final Side side,
        final long lastPriceFixed,
        final long lastQuantity,
        final long leavesQuantity,
        final Liquidity liquidity,
        final boolean lateFill,
        final long timestampNs) {
    }

    /**
     * An order was canceled (requested or not).
     *
     * @param strategyId       owning strategy.
     * @param clientOrderId    the order.
     * @param canceledQuantity quantity canceled.
     * @param reason           {@link RejectReason#NONE} when requested, otherwise the venue's reason.
     * @param timestampNs      event time, epoch nanoseconds.
     */
    default void onOrderCanceled(
        final int strategyId,
        final long clientOrderId,
        final long canceledQuantity,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * An order was replaced and continues under a new id.
     *
     * @param strategyId        owning strategy.
     * @param clientOrderId     the new id.
     * @param origClientOrderId the old id, now REPLACED.
     * @param priceFixed        price now.
     * @param leavesQuantity    quantity working now.
     * @param timestampNs       event time, epoch nanoseconds.
     */
    default void onOrderReplaced(
        final int strategyId,
        final long clientOrderId,
        final long origClientOrderId,
        final long priceFixed,
        final long leavesQuantity,
        final long timestampNs) {
    }

    /**
     * A cancel or replace request was refused; the order stays live as before.
     *
     * @param strategyId    owning strategy.
     * @param clientOrderId the live order.
     * @param reason        why.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onCancelRejected(
        final int strategyId,
        final long clientOrderId,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * An order expired.
     *
     * @param strategyId      owning strategy.
     * @param clientOrderId   the order.
     * @param expiredQuantity quantity that expired.
     * @param timestampNs     event time, epoch nanoseconds.
     */
    default void onOrderExpired(
        final int strategyId,
        final long clientOrderId,
        final long expiredQuantity,
        final long timestampNs) {
    }

    /**
     * An event was refused because the lifecycle does not allow it in the order's state (counted in
     * {@link OrderManager#invalidTransitions()}), or because the order is not known (counted in
     * {@link OrderManager#unknownOrderEvents()}, {@code state} is {@code null}).
     *
     * @param venueId       venue that sent the event, or {@code -1} for a local request.
     * @param clientOrderId the id in the event.
     * @param state         the order's state, or {@code null} if the order is not known.
     * @param event         the refused event.
     */
    default void onInvalidEvent(
        final int venueId,
        final long clientOrderId,
        final OrderState state,
        final OrderEvent event) {
    }

    /**
     * A fill was refused because it would take the filled quantity past the order quantity (counted in
     * {@link OrderManager#overfills()}); it is neither booked in the order nor in positions. Reconcile with the
     * venue.
     *
     * @param venueId         venue.
     * @param clientOrderId   the order.
     * @param executionId     the execution's id.
     * @param lastQuantity    the refused quantity.
     * @param filledQuantity  quantity filled before it.
     * @param orderQuantity   order quantity.
     */
    default void onOverfill(
        final int venueId,
        final long clientOrderId,
        final long executionId,
        final long lastQuantity,
        final long filledQuantity,
        final long orderQuantity) {
    }
}
