package dev.hft.api;

/**
 * The pre-trade check every order passes before an order manager sends it (hft-oms's {@code OrderManager}): new
 * orders, replaces, and every child a parent order releases. The host wires its risk checker here (hft-risk's
 * {@code RiskChecker} implements it, or its own).
 *
 * <p>A check that keeps exposure state (open orders, worst-case positions) also needs to know which accepted orders
 * actually left: the order manager calls {@link #onOrderSent} / {@link #onReplaceSent} once the gateway took the
 * request, before the next check. The venue's answers (accepted, fills, canceled...) reach such a check as an
 * {@link OrderEventListener}, best behind the order manager (hft-oms {@code OrderManager.downstream}), which
 * forwards only the events it applied: no duplicate fills, no refused transitions.
 *
 * <p><b>Threading:</b> called on the trading thread, inside {@code submit}/{@code replace}; must not block or
 * allocate.
 */
@FunctionalInterface
public interface PreTradeCheck {

    /** A check that accepts everything (tests, benchmarks, or risk done elsewhere). */
    PreTradeCheck ACCEPT_ALL = (clientOrderId, strategyId, venueId, instrumentId, side, quantity, priceFixed, type,
        timeInForce, execInstructions) -> RejectReason.NONE;

    /**
     * Checks a new order.
     *
     * @param clientOrderId    the id the order will carry.
     * @param strategyId       owning strategy.
     * @param venueId          destination venue.
     * @param instrumentId     instrument.
     * @param side             BUY or SELL.
     * @param quantity         order quantity.
     * @param priceFixed       limit price, or {@link FixedPoint#NULL_PRICE} for a market order.
     * @param type             order type sent to the venue.
     * @param timeInForce      time in force sent to the venue.
     * @param execInstructions {@link ExecInstructions} flags.
     * @return {@link RejectReason#NONE} to accept, otherwise why not.
     */
    RejectReason check(
        long clientOrderId,
        int strategyId,
        int venueId,
        int instrumentId,
        Side side,
        long quantity,
        long priceFixed,
        OrderType type,
        TimeInForce timeInForce,
        int execInstructions);

    /**
     * Checks a replace of a working order. The default runs {@link #check} on the order as it would be after the
     * replace.
     *
     * @param origClientOrderId the working order's id.
     * @param newClientOrderId  the id the order will carry.
     * @param strategyId        owning strategy.
     * @param venueId           venue.
     * @param instrumentId      instrument.
     * @param side              side.
     * @param newQuantity       new total quantity (filled included).
     * @param newPriceFixed     new price.
     * @param type              order type.
     * @param timeInForce       time in force.
     * @param execInstructions  flags.
     * @return {@link RejectReason#NONE} to accept, otherwise why not.
     */
    default RejectReason checkReplace(
        final long origClientOrderId,
        final long newClientOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long newQuantity,
        final long newPriceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        return check(newClientOrderId, strategyId, venueId, instrumentId, side, newQuantity, newPriceFixed, type,
            timeInForce, execInstructions);
    }

    /**
     * Hears that an order this check accepted was handed to its gateway: from now on it is open and counts in the
     * worst-case checks. Not called for an order the gateway refused to send. The default does nothing.
     *
     * @param clientOrderId the order's id.
     * @param strategyId    owning strategy.
     * @param venueId       destination venue.
     * @param instrumentId  instrument.
     * @param side          BUY or SELL.
     * @param quantity      order quantity.
     * @param priceFixed    limit price, or {@link FixedPoint#NULL_PRICE} for a market order.
     * @return {@code true} if recorded; {@code false} if the check could not (it counts why); the default
     *         {@code true}.
     */
    default boolean onOrderSent(
        final long clientOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed) {
        return true;
    }

    /**
     * Hears that a replace this check accepted was handed to the gateway. The default does nothing.
     *
     * @param origClientOrderId the working order's id.
     * @param newClientOrderId  the id the order will carry.
     * @param newQuantity       new total quantity (filled included).
     * @param newPriceFixed     new price.
     * @return {@code true} if recorded; {@code false} if the check could not (it counts why); the default
     *         {@code true}.
     */
    default boolean onReplaceSent(
        final long origClientOrderId,
        final long newClientOrderId,
        final long newQuantity,
        final long newPriceFixed) {
        return true;
    }
}
