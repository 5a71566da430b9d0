package dev.hft.api;

/**
 * Sends orders to one venue, whatever the protocol (OUCH over SoupBinTCP, FIX, a simulated exchange).
 *
 * <p>Every method returns a {@link Result} code and never throws on the hot path. A success means the request was
 * encoded and handed to the session, not that the venue accepted it: the venue's answers arrive asynchronously
 * through the {@link OrderEventListener} the implementation was constructed with. A failure means the request had
 * no effect and no listener event will follow for it; {@link Result#isTransient(int)} tells whether a retry under an
 * idle strategy makes sense.
 *
 * <p><b>Threading:</b> one trading thread owns a gateway and makes every call; implementations are not thread-safe.
 *
 * <p><b>Values:</b> prices are {@link FixedPoint} values on the instrument's tick; quantities are positive counts of
 * the base unit in multiples of the lot size; client order ids are positive and unique across venues for the trading
 * day (the OMS assigns them).
 */
public interface VenueGateway {

    /**
     * Returns the dense id of the venue this gateway sends to; events it produces carry this id.
     *
     * @return dense venue id.
     */
    int venueId();

    /**
     * Sends a new order.
     *
     * <p>Stop and stop-limit orders are normally held by the OMS as local order types and sent as MARKET or LIMIT
     * when triggered; a gateway that supports native stops takes {@code priceFixed} as the stop price of a STOP order
     * and answers {@link Result#UNSUPPORTED} for STOP_LIMIT, which needs two prices.
     *
     * @param clientOrderId     new, unused client order id.
     * @param instrumentId      dense instrument id.
     * @param side              BUY or SELL.
     * @param quantity          order quantity, positive multiple of the lot size.
     * @param priceFixed        limit price for LIMIT, the optional cap for PEGGED, the stop price for STOP;
     *                          {@link FixedPoint#NULL_PRICE} for MARKET.
     * @param type              order type.
     * @param timeInForce       time in force.
     * @param execInstructions  {@link ExecInstructions} bit flags, {@link ExecInstructions#NONE} for none.
     * @return {@link Result#OK} if sent; {@link Result#INVALID_ARGUMENT} for an UNKNOWN side, type or time in force,
     *         a non-positive quantity, a missing limit price or undefined flags; {@link Result#REJECTED} if a local
     *         check refused it (see {@link #lastRejectReason()}); {@link Result#UNSUPPORTED} for a type, time in force
     *         or flag the venue does not support; {@link Result#BACK_PRESSURED}, {@link Result#THROTTLED},
     *         {@link Result#NOT_CONNECTED} or {@link Result#CLOSED} otherwise.
     */
    int newOrder(
        long clientOrderId,
        int instrumentId,
        Side side,
        long quantity,
        long priceFixed,
        OrderType type,
        TimeInForce timeInForce,
        int execInstructions);

    /**
     * Requests the cancel of the whole working quantity of an order; the answer is
     * {@link OrderEventListener#onCanceled} or {@link OrderEventListener#onCancelRejected}.
     *
     * @param clientOrderId client order id of the working order.
     * @return {@link Result#OK} if sent; {@link Result#UNKNOWN_ORDER} if the gateway knows no working order with this
     *         id; {@link Result#BACK_PRESSURED}, {@link Result#THROTTLED}, {@link Result#NOT_CONNECTED} or
     *         {@link Result#CLOSED} otherwise.
     */
    int cancelOrder(long clientOrderId);

    /**
     * Requests a change of price and quantity of a working order, which then carries {@code newClientOrderId}; the
     * answer is {@link OrderEventListener#onReplaced} or {@link OrderEventListener#onCancelRejected}.
     *
     * <p>{@code quantity} is the new total order quantity, filled quantity included (FIX {@code OrderQty (38)}
     * semantics), so an execution racing the replace can never make the order trade more than {@code quantity} in
     * total. A gateway whose protocol takes the open quantity (OUCH) subtracts what it has seen executed.
     *
     * @param origClientOrderId client order id of the working order.
     * @param newClientOrderId  new, unused client order id the order carries after the replace.
     * @param quantity          new total order quantity, positive multiple of the lot size.
     * @param priceFixed        new price.
     * @return {@link Result#OK} if sent; {@link Result#UNKNOWN_ORDER} if the gateway knows no working order with
     *         {@code origClientOrderId}; {@link Result#INVALID_ARGUMENT} for a non-positive quantity or absent price;
     *         {@link Result#REJECTED} if a local check refused it (see {@link #lastRejectReason()});
     *         {@link Result#UNSUPPORTED} if the venue cannot replace; {@link Result#BACK_PRESSURED},
     *         {@link Result#THROTTLED}, {@link Result#NOT_CONNECTED} or {@link Result#CLOSED} otherwise.
     */
    int replaceOrder(long origClientOrderId, long newClientOrderId, long quantity, long priceFixed);

    /**
     * Requests the cancel of every working order of an instrument, or of all instruments, in as few messages as the
     * protocol allows (mass cancel). The default returns {@link Result#UNSUPPORTED}, so the caller falls back to one
     * {@link #cancelOrder(long)} per working order.
     *
     * @param instrumentId dense instrument id, or {@link Instrument#NULL_INSTRUMENT_ID} for every instrument.
     * @return {@link Result#OK} (or a non-negative count of messages sent) on success; {@link Result#UNSUPPORTED} if
     *         the gateway has no mass cancel; {@link Result#BACK_PRESSURED}, {@link Result#THROTTLED},
     *         {@link Result#NOT_CONNECTED} or {@link Result#CLOSED} otherwise.
     */
    default int cancelAll(final int instrumentId) {
        return Result.UNSUPPORTED;
    }

    /**
     * Tells whether the session is connected and logged on, so that requests can be sent.
     *
     * @return {@code true} if connected and logged on.
     */
    boolean isConnected();

    /**
     * Returns why the last call that returned {@link Result#REJECTED} was refused. Valid until the next call on this
     * gateway. A gateway with no local checks keeps the default.
     *
     * @return the reason of the last local reject, or {@link RejectReason#NONE}.
     */
    default RejectReason lastRejectReason() {
        return RejectReason.NONE;
    }
}
