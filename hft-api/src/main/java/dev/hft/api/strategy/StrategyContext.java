package dev.hft.api.strategy;

import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueRegistry;

/**
 * A strategy's handle on the engine: order entry (direct to a venue, through the smart order router, or as a parent
 * order type worked by the order manager), read-only views of its positions, orders and books, the engine's clock,
 * timers, and its parameters. One context per strategy; the engine implements it.
 *
 * <p>Every method is called on the trading thread only (from a {@link Strategy} callback; the context is not
 * thread-safe and nothing may call it from another thread), allocates nothing and throws nothing for a bad argument
 * or a refused request: it answers with a result code. The start-up lookups are the exception to "allocates
 * nothing": {@link #parameters()}' getters and the name lookups of {@link #instruments()} and {@link #venues()} may
 * allocate, so call them in {@link Strategy#onStart} and keep the results in fields. Calls that create an order
 * return its id ({@code > 0}) or a negative {@link dev.hft.api.Result} code; the others return
 * {@link dev.hft.api.Result#OK} or a negative code. A refused order produces no callback; an accepted submission
 * produces exactly one terminal callback later (rejected, filled to zero leaves, cancelled, expired, or
 * {@link Strategy#onParentDone} for a parent).
 */
public interface StrategyContext {
    /** Venue id of the consolidated view of all venues, in market-data callbacks and {@link #books()}. */
    int CONSOLIDATED = -1;

    /**
     * The strategy's dense id, as configured; every order it sends carries it.
     *
     * @return {@code >= 0}.
     */
    int strategyId();

    /**
     * Subscribes the strategy to an instrument's market data on every venue that quotes it and to the consolidated
     * view. Call at start-up; a strategy receives market data only for its subscriptions (the instruments its
     * configuration names are subscribed before {@link Strategy#onStart}).
     *
     * @param instrumentId the instrument.
     * @return {@link dev.hft.api.Result#OK}, or {@link dev.hft.api.Result#INVALID_ARGUMENT} for an unknown instrument.
     */
    int subscribe(int instrumentId);

    /**
     * Sends an order to one venue: the order manager books it, pre-trade risk checks it, the venue's gateway sends it.
     *
     * @param venueId          the venue.
     * @param instrumentId     the instrument.
     * @param side             BUY or SELL.
     * @param quantity         positive quantity.
     * @param priceFixed       limit price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} for a market order.
     * @param type             LIMIT or MARKET.
     * @param timeInForce      the time in force.
     * @param execInstructions {@link dev.hft.api.ExecInstructions} flags.
     * @return the order's id ({@code > 0}); {@link dev.hft.api.Result#INVALID_ARGUMENT},
     *     {@link dev.hft.api.Result#REJECTED} (risk or the kill switch: {@link #lastRejectReason()} says why),
     *     {@link dev.hft.api.Result#NOT_CONNECTED} or {@link dev.hft.api.Result#BACK_PRESSURED}.
     */
    long submit(
        int venueId,
        int instrumentId,
        Side side,
        long quantity,
        long priceFixed,
        OrderType type,
        TimeInForce timeInForce,
        int execInstructions);

    /**
     * Asks to cancel an order (a direct order or a parent: a parent's open children are cancelled with it).
     *
     * @param orderId the id a submission returned.
     * @return {@link dev.hft.api.Result#OK} if the request left; {@link dev.hft.api.Result#UNKNOWN_ORDER} if the
     *     order is unknown or already done; a transient code to retry.
     */
    int cancel(long orderId);

    /**
     * Asks to change an open direct order's price and quantity. As on the venues (OUCH Replace Order, FIX
     * OrderCancelReplaceRequest) the replacement is a new order with a new id; the old id ends with
     * {@link Strategy#onOrderReplaced}, or stays open if the venue refuses ({@link Strategy#onCancelRejected}).
     *
     * @param orderId    the order.
     * @param quantity   the new total quantity (filled quantity included), positive.
     * @param priceFixed the new limit price.
     * @return the replacement's id ({@code > 0}); {@link dev.hft.api.Result#UNKNOWN_ORDER},
     *     {@link dev.hft.api.Result#REJECTED} (risk), {@link dev.hft.api.Result#UNSUPPORTED} (the venue cannot
     *     replace), or a transient code.
     */
    long replace(long orderId, long quantity, long priceFixed);

    /**
     * Cancels every open order and parent of this strategy, on every venue or one instrument.
     *
     * @param instrumentId the instrument, or {@link dev.hft.api.Instrument#NULL_INSTRUMENT_ID} for all.
     * @return the number of cancel requests sent ({@code >= 0}).
     */
    int cancelAll(int instrumentId);

    /**
     * The reusable request through which a strategy sends a parent order: routed by the smart order router (sweep
     * or post), or one of the parent order types. Each call resets it; fill it and call
     * {@link ParentOrderRequest#submit()}.
     *
     * @return the context's one request object, reset.
     */
    ParentOrderRequest parentOrder();

    /**
     * Why the last refused request of this strategy was refused.
     *
     * @return the reason, {@link RejectReason#NONE} if the last request was not refused.
     */
    RejectReason lastRejectReason();

    /**
     * This strategy's positions and P&amp;L.
     *
     * @return a live read-only view.
     */
    PositionView positions();

    /**
     * This strategy's orders.
     *
     * @return a live read-only view.
     */
    OrderView orders();

    /**
     * Per-venue and consolidated books of every instrument.
     *
     * @return a live read-only view.
     */
    BookView books();

    /**
     * The engine clock's time: wall time live, simulated time in a backtest.
     *
     * @return nanoseconds since the epoch.
     */
    long nowNs();

    /**
     * Schedules {@link Strategy#onTimer} at or after a deadline on the engine's clock.
     *
     * @param deadlineNs when, in {@link #nowNs()}'s base; a deadline in the past fires on the next duty cycle.
     * @return the timer's id ({@code > 0}), or {@link dev.hft.api.Result#REJECTED} if the timer wheel is full.
     */
    long scheduleTimer(long deadlineNs);

    /**
     * Cancels a scheduled timer.
     *
     * @param timerId the id {@link #scheduleTimer} returned.
     * @return {@link dev.hft.api.Result#OK}, or {@link dev.hft.api.Result#UNKNOWN_ORDER} if it already fired or was
     *     cancelled.
     */
    int cancelTimer(long timerId);

    /**
     * The strategy's parameters, bound from its configuration block (YAML or code). Read them at start-up.
     *
     * @return the parameters.
     */
    StrategyParameters parameters();

    /**
     * The engine's instruments, to find an instrument's dense id by symbol at start-up
     * ({@link InstrumentRegistry#idOf}); lookups by symbol may allocate, so keep the ids in fields.
     *
     * @return the registry (read it, do not add to it).
     */
    InstrumentRegistry instruments();

    /**
     * The engine's venues, to find a venue's dense id by name at start-up ({@link VenueRegistry#idOf}).
     *
     * @return the registry (read it, do not add to it).
     */
    VenueRegistry venues();
}
