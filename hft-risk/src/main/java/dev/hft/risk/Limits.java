package dev.hft.risk;

import dev.hft.api.FixedPoint;

import net.openhft.chronicle.wire.SelfDescribingMarshallable;

/**
 * The limits of one scope entity (one instrument, strategy or account, the defaults of a scope, or the global
 * scope), as loaded from YAML by {@link RiskConfig} or built in code with the fluent setters.
 *
 * <p>Every field starts unset: an unset field of an entity falls back to its scope's defaults, and an unset default is
 * "no limit". Quantities and counts are plain numbers; money and prices are decimal text ({@code "250000.50"}), parsed
 * exactly by {@link FixedPoint#parse(CharSequence)} when the checker is built, so no limit is ever rounded.
 *
 * <p>Configuration object: not thread-safe, never used on the hot path; {@link RiskChecker} compiles it into flat
 * arrays at construction.
 */
public final class Limits extends SelfDescribingMarshallable {

    /** Value of an unset numeric field. */
    public static final long UNSET = -1;

    int id = -1;
    TradingState tradingState;
    Boolean restricted;
    String tickSize;
    long maxOrderQuantity = UNSET;
    String maxOrderNotional;
    long collarTicks = UNSET;
    String collarPercent;
    CollarReference collarReference;
    long maxPosition = UNSET;
    String maxGrossExposure;
    String maxNetExposure;
    long maxOpenOrders = UNSET;
    long maxOrdersPerSecond = UNSET;
    long maxMessagesPerSecond = UNSET;
    long duplicateWindowMs = UNSET;
    String maxDailyLoss;
    BreachAction dailyLossAction;
    String maxDrawdown;
    BreachAction drawdownAction;
    long maxFillsPerSecond = UNSET;
    BreachAction fillRateAction;
    Boolean patternDayTrader;
    String equity;

    /** Creates limits with every field unset. */
    public Limits() {
    }

    /**
     * Sets the entity id (the dense instrument, strategy or account id) of an entry in a {@link RiskConfig} list.
     *
     * @param id dense id, {@code >= 0}.
     * @return this.
     */
    public Limits id(final int id) {
        this.id = id;
        return this;
    }

    /**
     * Returns the entity id.
     *
     * @return dense id, or {@code -1} for defaults and the global scope.
     */
    public int id() {
        return id;
    }

    /**
     * Sets the initial trading state.
     *
     * @param state ACTIVE, REDUCE_ONLY or HALTED.
     * @return this.
     */
    public Limits tradingState(final TradingState state) {
        this.tradingState = state;
        return this;
    }

    /**
     * Puts the instrument on (or off) the restricted list: every new order in it is refused.
     *
     * @param restricted {@code true} to restrict.
     * @return this.
     */
    public Limits restricted(final boolean restricted) {
        this.restricted = restricted;
        return this;
    }

    /**
     * Sets the instrument's tick size, used by {@link #collarTicks(long)}; instrument scope only (default 0.01).
     *
     * @param tickSize decimal tick size, e.g. {@code "0.01"}.
     * @return this.
     */
    public Limits tickSize(final String tickSize) {
        this.tickSize = tickSize;
        return this;
    }

    /**
     * Sets the largest quantity of one order.
     *
     * @param quantity maximum order quantity, {@code >= 0}.
     * @return this.
     */
    public Limits maxOrderQuantity(final long quantity) {
        this.maxOrderQuantity = quantity;
        return this;
    }

    /**
     * Sets the largest notional (price times quantity, saturating) of one order; a market order is valued at the
     * collar's reference price.
     *
     * @param notional decimal amount in currency units.
     * @return this.
     */
    public Limits maxOrderNotional(final String notional) {
        this.maxOrderNotional = notional;
        return this;
    }

    /**
     * Sets the price collar as a number of ticks either side of the reference price.
     *
     * @param ticks collar width in ticks, {@code >= 0}.
     * @return this.
     */
    public Limits collarTicks(final long ticks) {
        this.collarTicks = ticks;
        return this;
    }

    /**
     * Sets the price collar as a percentage of the reference price either side of it; when both a tick and a
     * percent collar apply, the narrower wins.
     *
     * @param percent decimal percentage, e.g. {@code "2.5"}.
     * @return this.
     */
    public Limits collarPercent(final String percent) {
        this.collarPercent = percent;
        return this;
    }

    /**
     * Sets the reference price of the collar and of marking; instrument scope only (default {@link
     * CollarReference#BBO}).
     *
     * @param reference LAST, MID or BBO.
     * @return this.
     */
    public Limits collarReference(final CollarReference reference) {
        this.collarReference = reference;
        return this;
    }

    /**
     * Sets the largest absolute position, worst case: the position plus every open buy (or minus every open sell)
     * plus the new order.
     *
     * @param quantity maximum absolute position, {@code >= 0}.
     * @return this.
     */
    public Limits maxPosition(final long quantity) {
        this.maxPosition = quantity;
        return this;
    }

    /**
     * Sets the largest gross exposure, worst case: the sum over instruments of the larger absolute value of
     * (position + open buys) and (position - open sells), marked at the reference price.
     *
     * @param notional decimal amount in currency units.
     * @return this.
     */
    public Limits maxGrossExposure(final String notional) {
        this.maxGrossExposure = notional;
        return this;
    }

    /**
     * Sets the largest net exposure, worst case on each side: the sum of (position + open buys) and the sum of
     * (position - open sells), marked, must both lie within plus or minus this amount.
     *
     * @param notional decimal amount in currency units.
     * @return this.
     */
    public Limits maxNetExposure(final String notional) {
        this.maxNetExposure = notional;
        return this;
    }

    /**
     * Sets the largest number of open (sent and not yet done) orders.
     *
     * @param count maximum open orders, {@code >= 0}.
     * @return this.
     */
    public Limits maxOpenOrders(final long count) {
        this.maxOpenOrders = count;
        return this;
    }

    /**
     * Sets the largest number of new orders in any sliding window of {@link RiskConfig#rateWindowMs(long)}.
     *
     * @param count maximum new orders per window, {@code >= 0}.
     * @return this.
     */
    public Limits maxOrdersPerSecond(final long count) {
        this.maxOrdersPerSecond = count;
        return this;
    }

    /**
     * Sets the largest number of messages (new orders, replaces, cancels) in any sliding window; cancels count but
     * are never refused.
     *
     * @param count maximum messages per window, {@code >= 0}.
     * @return this.
     */
    public Limits maxMessagesPerSecond(final long count) {
        this.maxMessagesPerSecond = count;
        return this;
    }

    /**
     * Sets the duplicate-order window: an order with the same instrument, side, quantity, price, strategy and
     * account as an order accepted less than this long ago is refused; 0 turns the check off.
     *
     * @param windowMs window in milliseconds, {@code >= 0}.
     * @return this.
     */
    public Limits duplicateWindowMs(final long windowMs) {
        this.duplicateWindowMs = windowMs;
        return this;
    }

    /**
     * Sets the daily loss limit (realized plus unrealized P&amp;L, marked at the reference price) and what a breach
     * does.
     *
     * @param loss   decimal amount in currency units, positive.
     * @param action what a breach does.
     * @return this.
     */
    public Limits maxDailyLoss(final String loss, final BreachAction action) {
        this.maxDailyLoss = loss;
        this.dailyLossAction = action;
        return this;
    }

    /**
     * Sets the drawdown limit (the day's P&amp;L high-water mark minus the P&amp;L now) and what a breach does.
     *
     * @param drawdown decimal amount in currency units, positive.
     * @param action   what a breach does.
     * @return this.
     */
    public Limits maxDrawdown(final String drawdown, final BreachAction action) {
        this.maxDrawdown = drawdown;
        this.drawdownAction = action;
        return this;
    }

    /**
     * Sets the fill-rate anomaly threshold (more fills than this in one rate window) and what a breach does.
     *
     * @param count  maximum fills per window.
     * @param action what a breach does.
     * @return this.
     */
    public Limits maxFillsPerSecond(final long count, final BreachAction action) {
        this.maxFillsPerSecond = count;
        this.fillRateAction = action;
        return this;
    }

    /**
     * Turns the pattern-day-trader check on or off for an account (account scope only; see {@link RiskChecker}).
     *
     * @param enabled {@code true} to apply the rule.
     * @return this.
     */
    public Limits patternDayTrader(final boolean enabled) {
        this.patternDayTrader = enabled;
        return this;
    }

    /**
     * Sets the account's equity at the start of the day, for the pattern-day-trader rule (account scope only; the
     * host may update it with {@link RiskChecker#accountEquity(int, long)}).
     *
     * @param equity decimal amount in currency units.
     * @return this.
     */
    public Limits equity(final String equity) {
        this.equity = equity;
        return this;
    }
}
