package dev.hft.net.ouch;

/**
 * Receives decoded OUCH 5.0 messages from the venue (the client's side of a session) from an {@link
 * OuchMessageDispatcher}: one {@code onXxx} per message type, each a no-op by default so an implementation overrides
 * only what it uses.
 *
 * Every call passes the dispatcher's own decoder, wrapped over the message's bytes: it is valid only during the call.
 * Read the fields you need inside the call, or copy them (never keep the decoder). Calls arrive on the thread that
 * feeds the dispatcher; the dispatcher allocates nothing, and neither should an implementation on the hot path.
 */
public interface OuchListener {
    /** A listener that ignores every message. */
    OuchListener NO_OP = new OuchListener() {
    };

    /**
     * System Event ({@code 'S'}): signals a system-wide event (start or end of day).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onSystemEvent(final SystemEventDecoder message) {
    }

    /**
     * Order Accepted ({@code 'A'}): acknowledges an Enter Order; the order is live unless Order State is D.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderAccepted(final OrderAcceptedDecoder message) {
    }

    /**
     * Order Replaced ({@code 'U'}): acknowledges a Replace Order: the order now has the new UserRefNum, quantity and
     * price.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderReplaced(final OrderReplacedDecoder message) {
    }

    /**
     * Order Canceled ({@code 'C'}): reports that an order was canceled or reduced by Quantity shares.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderCanceled(final OrderCanceledDecoder message) {
    }

    /**
     * AIQ Canceled ({@code 'D'}): reports shares canceled by anti-internalization (self-match prevention).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onAiqCanceled(final AiqCanceledDecoder message) {
    }

    /**
     * Order Executed ({@code 'E'}): reports an execution of part or all of an order.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderExecuted(final OrderExecutedDecoder message) {
    }

    /**
     * Broken Trade ({@code 'B'}): reports that an execution was broken and will not clear.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onBrokenTrade(final BrokenTradeDecoder message) {
    }

    /**
     * Trade Correction ({@code 'F'}): reports that an execution's price or quantity was corrected.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onTradeCorrection(final TradeCorrectionDecoder message) {
    }

    /**
     * Order Rejected ({@code 'J'}): rejects an Enter Order or Replace Order; the UserRefNum may not be used again.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderRejected(final OrderRejectedDecoder message) {
    }

    /**
     * Cancel Pending ({@code 'P'}): answers a cancel of a cross order in its late period: it will be canceled after the
     * cross.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onCancelPending(final CancelPendingDecoder message) {
    }

    /**
     * Cancel Reject ({@code 'I'}): refuses a partial cancel of a cross order in its late period; the order stays as it
     * was.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onCancelReject(final CancelRejectDecoder message) {
    }

    /**
     * Order Priority Update ({@code 'T'}): reports that the system changed an order's price or display and so its
     * priority.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderPriorityUpdate(final OrderPriorityUpdateDecoder message) {
    }

    /**
     * Order Modified ({@code 'M'}): acknowledges a Modify Order.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderModified(final OrderModifiedDecoder message) {
    }

    /**
     * Order Restated ({@code 'R'}): reports that the system changed an order's displayed quantity or price (reserve
     * refresh, price update).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderRestated(final OrderRestatedDecoder message) {
    }

    /**
     * Mass Cancel Response ({@code 'X'}): acknowledges a Mass Cancel Request (the cancels themselves follow as Order
     * Canceled).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onMassCancelResponse(final MassCancelResponseDecoder message) {
    }

    /**
     * Disable Order Entry Response ({@code 'G'}): acknowledges a Disable Order Entry Request.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onDisableOrderEntryResponse(final DisableOrderEntryResponseDecoder message) {
    }

    /**
     * Enable Order Entry Response ({@code 'K'}): acknowledges an Enable Order Entry Request.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onEnableOrderEntryResponse(final EnableOrderEntryResponseDecoder message) {
    }

    /**
     * Account Query Response ({@code 'Q'}): answers an Account Query Request.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onAccountQueryResponse(final AccountQueryResponseDecoder message) {
    }
}
