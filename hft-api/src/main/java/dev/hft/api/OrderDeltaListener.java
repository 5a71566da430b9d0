package dev.hft.api;

/**
 * What each order lifecycle step changes in the aggregates a risk control keeps, as the order ledger (hft-oms's
 * {@code OrderManager}) emits them after applying the step: every call carries the order's attributes (strategy,
 * venue, instrument, side) and the change in its <em>open quantity</em>, so that a listener keeping only aggregates
 * (open orders and open quantity per scope, positions, exposure, P&amp;L) needs no order table of its own.
 *
 * <p>An order's open quantity is what it may still fill, worst case: its leaves quantity plus, while a replace that
 * raises the quantity is pending, the raise ({@link #onReplaceBooked}). Over an order's life the open deltas sum to
 * zero: booked {@code +quantity}; each fill {@code -lastQuantity}; a booked replace {@code +raise}, then either
 * replaced (the new leaves minus the old open quantity) or refused ({@code -raise}); done (filled, canceled, expired,
 * rejected) releases the rest. A fill after the order was done (it raced a cancel) releases nothing. The ledger emits
 * only what it applied: duplicate fills, overfills, events for unknown orders and transitions the lifecycle refuses
 * never reach the listener, and nothing is emitted while a journal is replayed (a recovered order is re-booked once
 * the replay ends).
 *
 * <p>An order ledger hands over its {@link OrderLedgerView} once, when the listener is wired ({@link #onLedgerView}).
 *
 * <p><b>Threading and allocation:</b> called on the trading thread, after the ledger applied the step and before the
 * host's callbacks hear of it; implementations must not allocate or block. Arguments are valid only during the call.
 */
public interface OrderDeltaListener {

    /** A listener that ignores every delta. */
    OrderDeltaListener NO_OP = new OrderDeltaListener() {
    };

    /**
     * A new order passed the pre-trade check and was handed to its venue's gateway: one more open order, its whole
     * quantity open.
     *
     * @param clientOrderId the order.
     * @param strategyId    owning strategy.
     * @param venueId       venue.
     * @param instrumentId  instrument.
     * @param side          BUY or SELL.
     * @param priceFixed    limit price, or {@link FixedPoint#NULL_PRICE} for a market order.
     * @param quantity      order quantity, positive: the open quantity added.
     */
    default void onOrderBooked(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long priceFixed, final long quantity) {
    }

    /**
     * A replace passed the pre-trade check and was handed to the gateway; a quantity raise counts as open at once
     * (worst case), a cut only once the venue confirms it.
     *
     * @param origClientOrderId the order being replaced.
     * @param newClientOrderId  the id it will carry.
     * @param strategyId        owning strategy.
     * @param venueId           venue.
     * @param instrumentId      instrument.
     * @param side              BUY or SELL.
     * @param newPriceFixed     requested price.
     * @param openIncrease      open quantity added: the requested quantity above the order's, else 0.
     */
    default void onReplaceBooked(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long newPriceFixed, final long openIncrease) {
    }

    /**
     * A pending replace was refused by the venue (rejected or cancel-rejected) or lapsed because the order ended
     * first; the order goes on unchanged under its old id.
     *
     * @param origClientOrderId the order.
     * @param newClientOrderId  the refused replace's id.
     * @param strategyId        owning strategy.
     * @param venueId           venue.
     * @param instrumentId      instrument.
     * @param side              BUY or SELL.
     * @param openDecrease      open quantity released: the raise booked by {@link #onReplaceBooked}.
     */
    default void onReplaceRefused(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long openDecrease) {
    }

    /**
     * The venue confirmed a replace: the order goes on under its new id, price and leaves quantity (still one open
     * order).
     *
     * @param clientOrderId     the new id.
     * @param origClientOrderId the old id.
     * @param strategyId        owning strategy.
     * @param venueId           venue.
     * @param instrumentId      instrument.
     * @param side              BUY or SELL.
     * @param priceFixed        new price.
     * @param openDelta         change of the open quantity: new leaves minus the old open quantity (raise included).
     */
    default void onOrderReplaced(
        final long clientOrderId, final long origClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long priceFixed, final long openDelta) {
    }

    /**
     * A fill was booked (deduplicated, not an overfill), also one that arrives after the order was done.
     *
     * @param clientOrderId  the order.
     * @param strategyId     owning strategy.
     * @param venueId        venue.
     * @param instrumentId   instrument.
     * @param side           BUY or SELL.
     * @param lastPriceFixed fill price.
     * @param lastQuantity   fill quantity, positive.
     * @param openReleased   open quantity released: {@code lastQuantity}, plus a pending replace's raise when the fill
     *                       completes the order; 0 for a fill after the order was done.
     * @param done           {@code true} if this fill completed the order (one open order fewer).
     */
    default void onOrderFilled(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long openReleased, final boolean done) {
    }

    /**
     * An open order ended without a fill: canceled, expired or rejected (one open order fewer).
     *
     * @param clientOrderId the order.
     * @param strategyId    owning strategy.
     * @param venueId       venue.
     * @param instrumentId  instrument.
     * @param side          BUY or SELL.
     * @param openReleased  the order's remaining open quantity (leaves plus a pending replace's raise).
     */
    default void onOrderDone(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long openReleased) {
    }

    /**
     * Hands over the ledger's read-only view (orders by id, open orders per venue), once, when this listener is
     * wired.
     *
     * @param view the view.
     */
    default void onLedgerView(final OrderLedgerView view) {
    }
}
