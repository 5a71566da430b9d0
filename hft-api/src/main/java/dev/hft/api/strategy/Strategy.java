package dev.hft.api.strategy;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;

/**
 * A trading strategy: receives market data for the instruments it subscribed to, the events of its own orders and
 * its timers, and acts through the {@link StrategyContext} it is given at {@link #onStart}. Every method but
 * {@link #onStart} has an empty default, so a strategy overrides only what it uses.
 *
 * <p>Contract for every callback: it is called on the engine's trading thread (the thread running the trading
 * agent), one call at a time, never concurrently with another callback of the same strategy; arguments are valid
 * only during the call (they are primitives and enums, so copying is free); the engine allocates nothing to make the
 * call. A callback must not block: it runs inside the trading loop's duty cycle, and time spent here is
 * tick-to-trade latency. A callback must not throw either: the engine does not guard against it, the exception
 * leaves the trading agent's {@code doWork} to the host (an {@code AgentRunner}'s error handler) and the rest of
 * that duty cycle is skipped. A strategy may act on its context from any callback (including {@link #onStart}); the
 * results of those actions arrive as later callbacks, never re-entrantly inside the call that made them, except a
 * synchronous refusal, which is the return code of the context call.
 *
 * <p>Allocation: {@link #onStart} and {@link #onStop} are the lifecycle callbacks, off the hot path, where a strategy
 * may allocate (pre-size its state there). Every other callback is on the hot path: a strategy should allocate
 * nothing in it (keep lambdas and visitors in fields, reuse buffers), or the garbage collector will pause the
 * trading thread. Each method below repeats its own contract in one line.
 *
 * <p>Venue ids in market-data callbacks: a venue's own book, or {@link StrategyContext#CONSOLIDATED} for the
 * consolidated book over every venue quoting the instrument.
 */
public interface Strategy {
    /**
     * Starts the strategy: called once, before any other callback, with the context it keeps for its life. Set-up
     * may allocate (subscriptions, parameters, pre-sized state); it is not on the hot path.
     *
     * <p>Trading thread, when the trading agent starts (its {@code onStart}, or its first duty cycle); may allocate.
     *
     * @param context the strategy's handle on the engine; valid until {@link #onStop} returns.
     */
    void onStart(StrategyContext context);

    /**
     * Stops the strategy: called once, last. Open orders are cancelled by the engine after this returns if the
     * strategy has not done so; the context still answers reads during the call.
     *
     * <p>Trading thread, when the trading agent closes (its {@code onClose}); may allocate; no callback follows.
     */
    default void onStop() {
    }

    /**
     * The best bid and offer of an instrument changed.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param venueId       the venue whose book changed, or {@link StrategyContext#CONSOLIDATED}.
     * @param instrumentId  the instrument.
     * @param bidPriceFixed best bid, or {@link dev.hft.api.FixedPoint#NULL_PRICE} when there is none.
     * @param bidQuantity   quantity at the best bid, 0 when there is none.
     * @param askPriceFixed best offer, or {@link dev.hft.api.FixedPoint#NULL_PRICE} when there is none.
     * @param askQuantity   quantity at the best offer, 0 when there is none.
     * @param timestampNs   exchange time of the event that changed it, nanoseconds on the engine's clock base.
     */
    default void onBbo(
        final int venueId,
        final int instrumentId,
        final long bidPriceFixed,
        final long bidQuantity,
        final long askPriceFixed,
        final long askQuantity,
        final long timestampNs) {
    }

    /**
     * A trade printed on a venue (anybody's, not only this strategy's: own fills arrive as {@link #onOrderFilled}).
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param venueId       the venue where it printed.
     * @param instrumentId  the instrument.
     * @param priceFixed    the trade price.
     * @param quantity      the traded quantity.
     * @param aggressorSide the side that took liquidity, or {@link Side#UNKNOWN}.
     * @param timestampNs   exchange time.
     */
    default void onTrade(
        final int venueId,
        final int instrumentId,
        final long priceFixed,
        final long quantity,
        final Side aggressorSide,
        final long timestampNs) {
    }

    /**
     * The total quantity at one price level changed (0: the level is gone).
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param venueId      the venue, or {@link StrategyContext#CONSOLIDATED}.
     * @param instrumentId the instrument.
     * @param side         the book side.
     * @param priceFixed   the level's price.
     * @param quantity     the level's new total quantity.
     * @param timestampNs  exchange time.
     */
    default void onLevelChange(
        final int venueId,
        final int instrumentId,
        final Side side,
        final long priceFixed,
        final long quantity,
        final long timestampNs) {
    }

    /**
     * An instrument's trading state changed on a venue (halt, pause, resumption).
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param venueId      the venue.
     * @param instrumentId the instrument.
     * @param status       the new state.
     * @param timestampNs  exchange time.
     */
    default void onTradingStatus(
        final int venueId,
        final int instrumentId,
        final TradingStatus status,
        final long timestampNs) {
    }

    /**
     * Every market-data event of one poll has been delivered: the books are consistent now, a good point to decide
     * once rather than on every update of a burst.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param timestampNs the engine clock's time at the end of the batch.
     */
    default void onBatchEnd(final long timestampNs) {
    }

    /**
     * The venue accepted an order of this strategy.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId     the id the context returned for it.
     * @param venueId     the venue.
     * @param timestampNs when the engine received the acceptance.
     */
    default void onOrderAccepted(final long orderId, final int venueId, final long timestampNs) {
    }

    /**
     * An order was refused: by the venue, by pre-trade risk or by the engine (the order never left) after the
     * submission returned an id.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId     the order.
     * @param reason      why.
     * @param timestampNs when.
     */
    default void onOrderRejected(final long orderId, final RejectReason reason, final long timestampNs) {
    }

    /**
     * An order was (partly) filled. Duplicated execution reports are filtered before this call: each fill is
     * reported once.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId        the order.
     * @param venueId        where it filled.
     * @param priceFixed     the fill price.
     * @param quantity       the quantity of this fill.
     * @param leavesQuantity what remains open after it (0: the order is done).
     * @param liquidity      whether the fill added or removed liquidity.
     * @param feeFixed       the fee of this fill by the venue's fee model (negative: a rebate).
     * @param timestampNs    when.
     */
    default void onOrderFilled(
        final long orderId,
        final int venueId,
        final long priceFixed,
        final long quantity,
        final long leavesQuantity,
        final Liquidity liquidity,
        final long feeFixed,
        final long timestampNs) {
    }

    /**
     * An order was cancelled (by request, by the venue, or by the kill switch).
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId           the order.
     * @param canceledQuantity  the quantity that will not fill.
     * @param reason            {@link RejectReason#NONE} for a requested cancel, else why the venue or engine did.
     * @param timestampNs       when.
     */
    default void onOrderCanceled(
        final long orderId,
        final long canceledQuantity,
        final RejectReason reason,
        final long timestampNs) {
    }

    /**
     * A replace request took effect: the order {@code origOrderId} is done and {@code orderId} (the id
     * {@link StrategyContext#replace} returned) is open with the new price and quantity.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId        the replacement.
     * @param origOrderId    the order it replaced.
     * @param priceFixed     the new limit price.
     * @param leavesQuantity the replacement's open quantity.
     * @param timestampNs    when.
     */
    default void onOrderReplaced(
        final long orderId,
        final long origOrderId,
        final long priceFixed,
        final long leavesQuantity,
        final long timestampNs) {
    }

    /**
     * A cancel or replace request was refused; the order stays as it was.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId     the order.
     * @param reason      why (for example {@link RejectReason#TOO_LATE_TO_CANCEL}).
     * @param timestampNs when.
     */
    default void onCancelRejected(final long orderId, final RejectReason reason, final long timestampNs) {
    }

    /**
     * An order expired (its time in force ran out).
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param orderId         the order.
     * @param expiredQuantity the quantity that will not fill.
     * @param timestampNs     when.
     */
    default void onOrderExpired(final long orderId, final long expiredQuantity, final long timestampNs) {
    }

    /**
     * A parent order (routed through the SOR or one of the parent order types) is done: filled, cancelled or
     * expired, with no child left open. Its children's events arrived before, under the children's own ids.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param parentId        the id the context returned for the parent.
     * @param filledQuantity  the quantity its children filled in all.
     * @param avgPriceFixed   their average fill price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if none filled.
     * @param timestampNs     when.
     */
    default void onParentDone(
        final long parentId,
        final long filledQuantity,
        final long avgPriceFixed,
        final long timestampNs) {
    }

    /**
     * A timer scheduled with {@link StrategyContext#scheduleTimer} is due.
     *
     * <p>Trading thread; hot path: allocate nothing, do not block.
     *
     * @param timerId the id returned by {@code scheduleTimer}.
     * @param nowNs   the engine clock's time (at or after the deadline).
     */
    default void onTimer(final long timerId, final long nowNs) {
    }
}
