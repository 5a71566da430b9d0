package dev.hft.oms;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * The pre-trade check every order passes before the {@link OrderManager} sends it: new orders, replaces, and every
 * child a parent order releases. The host wires its risk checker here (hft-risk's checker, or its own).
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
     * @param priceFixed       limit price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} for a market order.
     * @param type             order type sent to the venue.
     * @param timeInForce      time in force sent to the venue.
     * @param execInstructions {@link dev.hft.api.ExecInstructions} flags.
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
}
