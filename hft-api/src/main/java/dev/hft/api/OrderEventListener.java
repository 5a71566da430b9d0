package dev.hft.api;

/**
 * Receives venue-neutral execution reports from a {@link VenueGateway}: one method per event, primitive arguments.
 * Every method has an empty default, so a component overrides only what it needs.
 *
 * <p>Orders are identified by the {@code clientOrderId} the sender chose (unique across venues for the trading day,
 * assigned by the OMS); a replace gives the order a new client order id. Events for ids the receiver does not know
 * are a documented no-op plus a counter in the receiver, never an exception.
 *
 * <p><b>Threading:</b> calls arrive on the thread that polls the gateway's session (normally the trading thread),
 * one at a time. Implementations must not block and should not allocate. Arguments are primitives and enum constants,
 * valid after the call; the session's buffers are never exposed.
 *
 * <p><b>Time:</b> {@code timestampNs} is nanoseconds since the Unix epoch: the venue's timestamp when the message
 * carries one, otherwise the receive time read from the injected epoch clock.
 */
public interface OrderEventListener {

    /**
     * Reports that the venue accepted a new order, which is now working.
     *
     * @param venueId       dense venue id.
     * @param clientOrderId the order's client order id.
     * @param venueOrderId  the venue's id for the order (OUCH order reference number; a FIX gateway derives a 64-bit
     *                      id from {@code OrderID (37)}), or {@code 0} if the venue assigns none.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onAccepted(
        final int venueId,
        final long clientOrderId,
        final long venueOrderId,
        final long timestampNs) {
    }

    /**
     * Reports that the venue rejected a new order; the order is done.
     *
     * @param venueId       dense venue id.
     * @param clientOrderId the order's client order id.
     * @param reason        why; {@link RejectReason#VENUE_REJECT} when the venue's reason has no closer constant.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onRejected(
        final int venueId,
        final long clientOrderId,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * Reports a (partial) execution of an order.
     *
     * @param venueId        dense venue id.
     * @param clientOrderId  the order's client order id.
     * @param executionId    id of this execution, unique per venue (OUCH match number; a FIX gateway derives a 64-bit
     *                       id from {@code ExecID (17)}); the OMS uses it to drop duplicate fills (replays, resends).
     * @param lastPriceFixed price of this execution.
     * @param lastQuantity   quantity of this execution, positive.
     * @param leavesQuantity quantity still working after this execution; {@code 0} means the order is filled.
     * @param liquidity      whether the fill added or removed liquidity.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    default void onFill(
        final int venueId,
        final long clientOrderId,
        final long executionId,
        final long lastPriceFixed,
        final long lastQuantity,
        final long leavesQuantity,
        final Liquidity liquidity,
        final long timestampNs) {
    }

    /**
     * Reports that an order was canceled, on request or unsolicited (e.g. the venue canceled the unfilled part of an
     * IOC, or a session disconnect cancels orders); the order is done.
     *
     * @param venueId          dense venue id.
     * @param clientOrderId    the order's client order id.
     * @param canceledQuantity quantity that was working and is now canceled.
     * @param reason           {@link RejectReason#NONE} when the owner requested it, otherwise why the venue
     *                         canceled it.
     * @param timestampNs      event time, epoch nanoseconds.
     */
    default void onCanceled(
        final int venueId,
        final long clientOrderId,
        final long canceledQuantity,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * Reports that a replace succeeded: the order now has a new client order id, price and quantity (and usually a
     * new time priority).
     *
     * @param venueId           dense venue id.
     * @param clientOrderId     the new client order id from the replace request.
     * @param origClientOrderId the client order id the order had before.
     * @param priceFixed        the order's price now.
     * @param quantity          the quantity still working after the replace (leaves).
     * @param timestampNs       event time, epoch nanoseconds.
     */
    default void onReplaced(
        final int venueId,
        final long clientOrderId,
        final long origClientOrderId,
        final long priceFixed,
        final long quantity,
        final long timestampNs) {
    }

    /**
     * Reports that a cancel or replace request was refused; the order stays as it was.
     *
     * @param venueId       dense venue id.
     * @param clientOrderId for a cancel, the order's client order id; for a replace, the new client order id of the
     *                      request (the original id stays live).
     * @param reason        why, e.g. {@link RejectReason#TOO_LATE_TO_CANCEL} or {@link RejectReason#UNKNOWN_ORDER}.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onCancelRejected(
        final int venueId,
        final long clientOrderId,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * Reports that an order expired under its time in force (DAY at the close, GTD at its date); the order is done.
     *
     * @param venueId         dense venue id.
     * @param clientOrderId   the order's client order id.
     * @param expiredQuantity quantity that was working and has expired.
     * @param timestampNs     event time, epoch nanoseconds.
     */
    default void onExpired(
        final int venueId,
        final long clientOrderId,
        final long expiredQuantity,
        final long timestampNs) {
    }
}
