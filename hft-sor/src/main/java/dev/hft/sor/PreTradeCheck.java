package dev.hft.sor;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * The pre-trade check every child passes before the {@link SmartOrderRouter} sends it. The host wires its risk
 * checker here; the shape is the OMS's pre-trade check, so one adapts to the other with a method reference.
 *
 * <p><b>Threading:</b> called on the trading thread while routing; must not block or allocate.
 */
@FunctionalInterface
public interface PreTradeCheck {

    /** A check that accepts everything (tests, benchmarks, or risk done further down the line). */
    PreTradeCheck ACCEPT_ALL = (clientOrderId, strategyId, venueId, instrumentId, side, quantity, priceFixed, type,
        timeInForce, execInstructions) -> RejectReason.NONE;

    /**
     * Checks a child order.
     *
     * @param clientOrderId    the id the child will carry.
     * @param strategyId       owning strategy.
     * @param venueId          destination venue.
     * @param instrumentId     instrument.
     * @param side             BUY or SELL.
     * @param quantity         child quantity.
     * @param priceFixed       limit price.
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
}
