package dev.hft.net.ouch;

/**
 * Receives decoded OUCH 5.0 requests from clients (the venue's side of a session) from an {@link
 * OuchRequestDispatcher}: one {@code onXxx} per message type, each a no-op by default so an implementation overrides
 * only what it uses.
 *
 * Every call passes the dispatcher's own decoder, wrapped over the message's bytes: it is valid only during the call.
 * Read the fields you need inside the call, or copy them (never keep the decoder). Calls arrive on the thread that
 * feeds the dispatcher; the dispatcher allocates nothing, and neither should an implementation on the hot path.
 */
public interface OuchRequestListener {
    /** A listener that ignores every message. */
    OuchRequestListener NO_OP = new OuchRequestListener() {
    };

    /**
     * Enter Order ({@code 'O'}): enters a new order.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onEnterOrder(final EnterOrderDecoder message) {
    }

    /**
     * Replace Order ({@code 'U'}): replaces an order with a new UserRefNum, quantity and price.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onReplaceOrder(final ReplaceOrderDecoder message) {
    }

    /**
     * Cancel Order ({@code 'X'}): cancels an order or reduces its open quantity.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onCancelOrder(final CancelOrderDecoder message) {
    }

    /**
     * Modify Order ({@code 'M'}): changes the side of an order (e.g. sell to sell short) or reduces its quantity.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onModifyOrder(final ModifyOrderDecoder message) {
    }

    /**
     * Mass Cancel Request ({@code 'C'}): cancels every open order of a firm in a symbol (blank symbol: all symbols).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onMassCancelRequest(final MassCancelRequestDecoder message) {
    }

    /**
     * Disable Order Entry Request ({@code 'D'}): stops the account from entering new orders (its open orders stay).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onDisableOrderEntryRequest(final DisableOrderEntryRequestDecoder message) {
    }

    /**
     * Enable Order Entry Request ({@code 'E'}): allows the account to enter orders again after a Disable Order Entry
     * Request.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onEnableOrderEntryRequest(final EnableOrderEntryRequestDecoder message) {
    }

    /**
     * Account Query Request ({@code 'Q'}): asks for the account's next expected UserRefNum (answered by Account Query
     * Response).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onAccountQueryRequest(final AccountQueryRequestDecoder message) {
    }
}
