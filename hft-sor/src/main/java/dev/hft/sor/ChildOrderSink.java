package dev.hft.sor;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * Where the {@link SmartOrderRouter} sends its children: normally the OMS (which books and journals them and hands
 * them to the venue's gateway), or the gateways directly ({@link GatewayChildOrderSink}). The sink owns client order
 * ids, so ids stay unique across everything the process sends. Execution reports for the children must reach the
 * router's {@link dev.hft.api.OrderEventListener} methods.
 *
 * <p><b>Threading:</b> called on the trading thread; must not block or allocate.
 */
public interface ChildOrderSink {

    /**
     * Returns the client order id the next {@link #send} will use, so the pre-trade check sees the id the child will
     * carry. Calling it twice without a send returns the same id.
     *
     * @return a positive id.
     */
    long peekClientOrderId();

    /**
     * Sends a child order.
     *
     * @param parentOrderId    the parent's id.
     * @param strategyId       owning strategy.
     * @param venueId          destination venue.
     * @param instrumentId     instrument.
     * @param side             BUY or SELL.
     * @param quantity         quantity, a positive multiple of the venue's lot.
     * @param priceFixed       limit price on the venue's tick.
     * @param type             order type.
     * @param timeInForce      time in force.
     * @param execInstructions {@link dev.hft.api.ExecInstructions} flags.
     * @return the child's client order id ({@code > 0}, the one {@link #peekClientOrderId()} announced) if sent,
     *     otherwise a negative {@link dev.hft.api.Result} code (nothing was sent; see {@link #lastRejectReason()}
     *     for {@link dev.hft.api.Result#REJECTED}).
     */
    long send(
        long parentOrderId,
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
     * Requests the cancel of a working child.
     *
     * @param venueId       the child's venue.
     * @param clientOrderId the child's id.
     * @return a {@link dev.hft.api.Result} code.
     */
    int cancel(int venueId, long clientOrderId);

    /**
     * Why the last {@link #send} that returned {@link dev.hft.api.Result#REJECTED} was refused.
     *
     * @return the reason, or {@link RejectReason#NONE}.
     */
    default RejectReason lastRejectReason() {
        return RejectReason.NONE;
    }
}
