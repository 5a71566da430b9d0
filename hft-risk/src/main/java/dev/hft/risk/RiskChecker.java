package dev.hft.risk;

import static dev.hft.risk.LimitTable.F_OPEN_COUNT;
import static dev.hft.risk.LimitTable.F_STATE;
import static dev.hft.risk.LimitTable.STRIDE;

import dev.hft.api.FixedPoint;
import dev.hft.api.OpenOrderView;
import dev.hft.api.OrderDeltaListener;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderLedgerView;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.risk.audit.AuditLog;
import dev.hft.risk.audit.AuditRecord;
import dev.hft.timing.EpochNanoClock;

/**
 * Pre-trade risk checks on every child order, the exposure state they need, and the post-trade limits.
 *
 * <h2>Aggregates only</h2>
 * The checker keeps what it decides on and nothing per order: open-order counts and quantities, positions, worst-case
 * exposure and P&amp;L per cell and scope ({@code ExposureBook}), rate windows and the duplicate filter
 * ({@code OrderChecks}), post-trade and pattern-day-trader counts ({@code PostTradeLimits}). The order ledger
 * (hft-oms's {@code OrderManager}) owns every order: the checker is its {@link PreTradeCheck}
 * ({@code new OrderManager(..., riskChecker, ...)}: asked before every order and replace, it can refuse anything) and
 * its downstream listener ({@code oms.downstream(riskChecker)}, or a fan-out holding it), through which it hears each
 * lifecycle step's open-quantity delta with the order's attributes ({@link OrderDeltaListener}) and gets the
 * ledger's {@link OrderLedgerView}, read when deciding a replace or cancel. The ledger emits only what it applied
 * (no duplicate fills, overfills or invalid transitions; a fill after a cancel is a late fill, {@link #lateFills()}).
 * The order manager carries no account: a strategy's account is set with {@link #strategyAccount(int, int)} (default
 * 0). The checker's {@link OrderEventListener} methods are no-ops, kept so that fan-outs of venue events may hold it.
 * Without an order manager the host calls {@link #check} and books the deltas itself, with an account
 * ({@link #onOrderBooked(int, int, int, int, Side, long, long)}...). Reference prices: {@link #onBbo},
 * {@link #onLastTrade}.
 *
 * <h2>Checks, in order</h2>
 * Each limit is configured per instrument, strategy and account (and globally, see {@link Scope}); an order must pass
 * the limits of all four of its scopes. The first failing check names the reason:
 * <ol>
 *     <li>{@link KillSwitch} engaged: {@code KILL_SWITCH} (one volatile read, before anything else).</li>
 *     <li>Ids and arguments: {@code UNKNOWN_INSTRUMENT}; unknown strategy, account or venue id, or side UNKNOWN:
 *     {@code OTHER}; quantity {@code <= 0}: {@code INVALID_QUANTITY}; price {@code <= 0}: {@code INVALID_PRICE}
 *     ({@link FixedPoint#NULL_PRICE} means a market order).</li>
 *     <li>Trading state HALTED in any scope: {@code TRADING_HALTED}.</li>
 *     <li>Restricted instrument: {@code RESTRICTED_INSTRUMENT}.</li>
 *     <li>Quantity above the maximum order quantity: {@code MAX_ORDER_QUANTITY}.</li>
 *     <li>Price collar: {@code |price - reference| > band}, the band being the narrower of {@code collarTicks x tick}
 *     and {@code collarPercent} of the reference; the reference per {@link CollarReference}; no reference:
 *     {@code PRICE_COLLAR} unless {@link RiskConfig#rejectWithoutReference(boolean)} is off.</li>
 *     <li>Notional ({@link FixedPoint#notional}, saturating; a market order valued at the reference, or saturated
 *     without one) above the maximum: {@code MAX_ORDER_NOTIONAL}.</li>
 *     <li>Same instrument, side, quantity, price, strategy and account accepted within the duplicate window:
 *     {@code DUPLICATE_ORDER}.</li>
 *     <li>Open orders at their maximum: {@code MAX_OPEN_ORDERS}.</li>
 *     <li>New orders in the sliding rate window at their maximum: {@code ORDER_RATE}; messages: {@code
 *     MESSAGE_RATE}.</li>
 *     <li>A REDUCE_ONLY scope whose position the order could increase: {@code REDUCE_ONLY}.</li>
 *     <li>Worst-case position ({@code position + open buys + quantity} for a buy, {@code position - open sells -
 *     quantity} for a sell) beyond the maximum absolute position: {@code MAX_POSITION}. Instrument and global limits
 *     apply to the instrument's total, strategy limits to the strategy's position in it, account limits to the
 *     account's.</li>
 *     <li>Worst-case gross or net exposure (see {@link Limits#maxGrossExposure}), marked at the mark price, raised
 *     beyond its maximum: {@code MAX_GROSS_EXPOSURE}, {@code MAX_NET_EXPOSURE}. An order that does not raise an
 *     exposure is never refused for it.</li>
 *     <li>Pattern day trader (accounts with the check on): {@code PATTERN_DAY_TRADER}, see below.</li>
 * </ol>
 * Every decision, accepted or not, is written to the {@link AuditLog} (ring buffer, drained off the hot path).
 *
 * <h2>Pattern day trader</h2>
 * An account with the check on, equity ({@link #accountEquity}) below the threshold and {@code dayTrades - 1} day
 * trades in the last {@code businessDays} business days may not send an order that could complete another (the rule
 * in full: the module README, and {@code PostTradeLimits}).
 *
 * <h2>Post-trade limits</h2>
 * After every fill and mark change the affected scopes' P&amp;L (realized, from average cost, plus unrealized at the
 * mark) is compared with the daily loss limit and the drawdown from the day's P&amp;L high-water mark, and every fill
 * counts towards the fill-rate limit (fills in the rate window). A breach is audited, reported to the
 * {@link RiskListener} and acted on as configured ({@link BreachAction}): REDUCE_ONLY for the breaching scope, or the
 * kill switch. Fees are not included (the OMS owns them).
 *
 * <h2>Mark price</h2>
 * The BBO mid, else the last trade, else the one side known, else the last order or fill price seen.
 *
 * <p><b>Threading:</b> single-threaded (the trading thread), except that the kill switch may be triggered from any
 * thread. Allocation-free in steady state: every method on the order path writes into preallocated arrays.
 */
public final class RiskChecker implements PreTradeCheck, OrderDeltaListener, OrderEventListener, OpenOrderView {

    private static final TradingState[] STATES = TradingState.values();
    private static final long NULL = FixedPoint.NULL_PRICE;
    private static final int R_SHIFT = ExposureBook.R_SHIFT;

    private final EpochNanoClock clock;
    private final KillSwitch killSwitch;
    private final AuditLog audit;

    private final int instruments;
    private final int strategies;
    private final int accounts;
    private final int venues;

    private final LimitTable table;
    private final long[][] limits;
    private final OrderChecks checks;
    private final PostTradeLimits postTrade;
    private final ExposureBook book;
    /** Reference prices and marks, per instrument one cache line (the book's). */
    private final long[] ref;
    private final int[] accountOfStrategy;

    private OrderLedgerView ledger;
    private long decisions;
    private long rejects;
    private long unknownOrderEvents;
    private long lateFills;

    /**
     * Builds a checker from a configuration; parses every decimal limit and preallocates every array.
     *
     * @param config     sizes and limits.
     * @param clock      time of decisions and rate windows (epoch nanoseconds; a clock stepping back only makes rate
     *                   and duplicate checks stricter for a while).
     * @param killSwitch the kill switch, attached to this checker (its open-order view, the ledger's, unless one is
     *                   set).
     * @param audit      where every decision is written.
     * @param listener   hears post-trade breaches; {@link RiskListener#NO_OP} for none.
     * @throws IllegalArgumentException if the configuration is invalid.
     */
    public RiskChecker(
        final RiskConfig config, final EpochNanoClock clock, final KillSwitch killSwitch, final AuditLog audit,
        final RiskListener listener) {
        config.validate();
        this.clock = clock;
        this.killSwitch = killSwitch;
        this.audit = audit;
        this.instruments = config.instruments;
        this.strategies = config.strategies;
        this.accounts = config.accounts;
        this.venues = config.venues;
        this.table = new LimitTable(config);
        this.limits = table.limits;
        final long[][] sums = new long[4][];
        final int[] counts = {1, instruments, strategies, accounts};
        for (int scope = 0; scope < 4; scope++) {
            sums[scope] = new long[ExposureBook.SUMS * counts[scope]];
        }
        postTrade = new PostTradeLimits(config, table, sums, clock, killSwitch, audit, listener);
        book = new ExposureBook(config, table, sums, postTrade);
        ref = book.ref;
        checks = new OrderChecks(config, table, book, killSwitch);
        accountOfStrategy = new int[strategies];
        killSwitch.attach(this, config.maxOpenOrdersCapacity, config.venueDisconnectAction);
    }


    /**
     * Decides whether a new order may be sent, and audits the decision. Allocation-free.
     *
     * <p>An accepted order is recorded in the rate windows and the duplicate filter at once (an accept that is then
     * not sent still counts, which errs on the safe side); the exposure state changes only when the order is booked
     * ({@link #onOrderBooked(long, int, int, int, Side, long, long)}).
     *
     * @param clientOrderId client order id, for the audit trail.
     * @param venueId       dense venue id.
     * @param instrumentId  dense instrument id.
     * @param strategyId    dense strategy id.
     * @param accountId     dense account id.
     * @param side          BUY or SELL.
     * @param quantity      order quantity.
     * @param priceFixed    limit price, or {@link FixedPoint#NULL_PRICE} for a market order.
     * @return {@link RejectReason#NONE} to accept, otherwise the first failing check (see the class comment).
     */
    public RejectReason check(
        final long clientOrderId, final int venueId, final int instrumentId, final int strategyId,
        final int accountId, final Side side, final long quantity, final long priceFixed) {
        final long now = clock.epochNanos();
        final RejectReason reason = checks.evaluate(venueId, instrumentId, strategyId, accountId, side, quantity,
            priceFixed, now);
        decisions++;
        if (reason == RejectReason.NONE) {
            checks.recordAccepted(instrumentId, strategyId, accountId, side.sign(), quantity, priceFixed, now);
        } else {
            rejects++;
        }
        audit.decision(now, AuditRecord.KIND_NEW, clientOrderId, venueId, instrumentId, strategyId, accountId, side,
            quantity, priceFixed, reason);
        return reason;
    }

    /**
     * Sets the account of a strategy's orders for the {@link PreTradeCheck} and {@link OrderDeltaListener} methods,
     * which carry no account. Start-up configuration.
     *
     * @param strategyId dense strategy id.
     * @param accountId  dense account id.
     * @return this.
     * @throws IllegalArgumentException if an id is out of range.
     */
    public RiskChecker strategyAccount(final int strategyId, final int accountId) {
        if (strategyId < 0 || strategyId >= strategies || accountId < 0 || accountId >= accounts) {
            throw new IllegalArgumentException("strategy " + strategyId + " account " + accountId);
        }
        accountOfStrategy[strategyId] = accountId;
        return this;
    }

    private int accountOf(final int strategyId) {
        return strategyId >= 0 && strategyId < strategies ? accountOfStrategy[strategyId] : -1;
    }

    /**
     * {@link PreTradeCheck} form of {@link #check(long, int, int, int, int, Side, long, long)}: the account is the
     * strategy's ({@link #strategyAccount(int, int)}); type, time in force and instructions are not checked (a
     * market order is one with {@link FixedPoint#NULL_PRICE}). Allocation-free.
     */
    @Override
    public RejectReason check(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long quantity, final long priceFixed, final OrderType type, final TimeInForce timeInForce,
        final int execInstructions) {
        return check(clientOrderId, venueId, instrumentId, strategyId, accountOf(strategyId), side, quantity,
            priceFixed);
    }

    /**
     * {@link PreTradeCheck} form of {@link #checkReplace(long, long, long, long)}: the order's quantities are read
     * from the ledger. Allocation-free.
     */
    @Override
    public RejectReason checkReplace(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long newQuantity, final long newPriceFixed,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        return checkReplace(origClientOrderId, newClientOrderId, newQuantity, newPriceFixed);
    }

    /**
     * Decides whether a replace of an order in the ledger ({@link #onLedgerView}) may be sent, and audits it: the
     * checks of {@link #check} that a replace can fail (kill switch, state, restricted, quantity, collar, notional,
     * message rate, and position, exposure and reduce-only for a quantity increase). The order's attributes and
     * quantities are read from the ledger, the account is its strategy's. Allocation-free.
     *
     * @param origClientOrderId the open order.
     * @param newClientOrderId  the id it will carry.
     * @param quantity          new total quantity, filled quantity included.
     * @param priceFixed        new price.
     * @return {@link RejectReason#NONE} to accept; {@link RejectReason#UNKNOWN_ORDER} if the ledger does not hold the
     *         order (or none is wired); otherwise the failing check.
     */
    public RejectReason checkReplace(
        final long origClientOrderId, final long newClientOrderId, final long quantity, final long priceFixed) {
        final OrderLedgerView orders = ledger;
        final int slot = orders == null ? -1 : orders.find(origClientOrderId);
        if (slot < 0) {
            return checkReplace(newClientOrderId, -1, -1, -1, -1, Side.UNKNOWN, 0, 0, quantity, priceFixed);
        }
        final int strategyId = orders.strategyId(slot);
        final long filled = orders.filledQuantity(slot);
        return checkReplace(newClientOrderId, orders.venueId(slot), orders.instrumentId(slot), strategyId,
            accountOf(strategyId), orders.side(slot), orders.quantity(slot) - filled, filled, quantity, priceFixed);
    }

    /**
     * Decides whether a replace may be sent, given the order's attributes (a host without an order manager), and
     * audits it; see {@link #checkReplace(long, long, long, long)}. Allocation-free.
     *
     * @param newClientOrderId the id the order will carry, for the audit trail.
     * @param venueId          its venue, or {@code -1} if the order is unknown.
     * @param instrumentId     its instrument.
     * @param strategyId       its strategy.
     * @param accountId        its account.
     * @param side             its side.
     * @param openQuantity     its open quantity now (leaves plus a pending raise).
     * @param filledQuantity   its filled quantity.
     * @param quantity         new total quantity, filled quantity included.
     * @param priceFixed       new price.
     * @return {@link RejectReason#NONE} to accept; {@link RejectReason#UNKNOWN_ORDER} for venue {@code -1};
     *         otherwise the failing check.
     */
    public RejectReason checkReplace(
        final long newClientOrderId, final int venueId, final int instrumentId, final int strategyId,
        final int accountId, final Side side, final long openQuantity, final long filledQuantity, final long quantity,
        final long priceFixed) {
        final long now = clock.epochNanos();
        final RejectReason reason = venueId < 0 || !validIds(instrumentId, strategyId, accountId)
            ? RejectReason.UNKNOWN_ORDER
            : checks.evaluateReplace(instrumentId, strategyId, accountId, side.sign(), openQuantity, filledQuantity,
                quantity, priceFixed, now);
        decisions++;
        if (reason == RejectReason.NONE) {
            checks.recordMessage(instrumentId, strategyId, accountId, now);
        } else {
            rejects++;
        }
        audit.decision(now, AuditRecord.KIND_REPLACE, newClientOrderId, venueId, instrumentId, strategyId, accountId,
            side, quantity, priceFixed, reason);
        return reason;
    }

    private boolean validIds(final int instrumentId, final int strategyId, final int accountId) {
        return instrumentId >= 0 && instrumentId < instruments && strategyId >= 0 && strategyId < strategies
            && accountId >= 0 && accountId < accounts;
    }

    /**
     * Records a cancel request of an order in the ledger in the message-rate windows and audits it; cancels are never
     * refused (they reduce risk), even with the kill switch engaged. Allocation-free.
     *
     * @param clientOrderId the order to cancel.
     * @return {@link RejectReason#NONE}, or {@link RejectReason#UNKNOWN_ORDER} (informational) if the ledger does not
     *         hold it.
     */
    public RejectReason checkCancel(final long clientOrderId) {
        final OrderLedgerView orders = ledger;
        final int slot = orders == null ? -1 : orders.find(clientOrderId);
        if (slot < 0) {
            return checkCancel(clientOrderId, -1, -1, -1, -1, Side.UNKNOWN, 0, NULL);
        }
        final int strategyId = orders.strategyId(slot);
        return checkCancel(clientOrderId, orders.venueId(slot), orders.instrumentId(slot), strategyId,
            accountOf(strategyId), orders.side(slot), orders.quantity(slot) - orders.filledQuantity(slot),
            orders.price(slot));
    }

    /**
     * Records a cancel request given the order's attributes (a host without an order manager); see
     * {@link #checkCancel(long)}. Allocation-free.
     *
     * @param clientOrderId  the order to cancel.
     * @param venueId        its venue, or {@code -1} if the order is unknown.
     * @param instrumentId   its instrument.
     * @param strategyId     its strategy.
     * @param accountId      its account.
     * @param side           its side.
     * @param leavesQuantity its leaves quantity, for the audit trail.
     * @param priceFixed     its price, for the audit trail.
     * @return {@link RejectReason#NONE}, or {@link RejectReason#UNKNOWN_ORDER} for venue {@code -1}.
     */
    public RejectReason checkCancel(
        final long clientOrderId, final int venueId, final int instrumentId, final int strategyId,
        final int accountId, final Side side, final long leavesQuantity, final long priceFixed) {
        final long now = clock.epochNanos();
        decisions++;
        if (venueId < 0 || !validIds(instrumentId, strategyId, accountId)) {
            checks.messageRate.record(0, now);
            audit.decision(now, AuditRecord.KIND_CANCEL, clientOrderId, -1, -1, -1, -1, Side.UNKNOWN, 0, NULL,
                RejectReason.UNKNOWN_ORDER);
            return RejectReason.UNKNOWN_ORDER;
        }
        checks.recordMessage(instrumentId, strategyId, accountId, now);
        audit.decision(now, AuditRecord.KIND_CANCEL, clientOrderId, venueId, instrumentId, strategyId, accountId, side,
            leavesQuantity, priceFixed, RejectReason.NONE);
        return RejectReason.NONE;
    }


    @Override
    public void onLedgerView(final OrderLedgerView view) {
        this.ledger = view;
    }

    @Override
    public void onOrderBooked(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long priceFixed, final long quantity) {
        onOrderBooked(venueId, instrumentId, strategyId, accountOf(strategyId), side, quantity, priceFixed);
    }

    /**
     * Books an order handed to a gateway, for a host without an order manager: one more open order, its quantity
     * open, counted from now on in every worst-case check. Allocation-free.
     *
     * @param venueId      dense venue id.
     * @param instrumentId dense instrument id.
     * @param strategyId   dense strategy id.
     * @param accountId    dense account id.
     * @param side         BUY or SELL.
     * @param quantity     order quantity.
     * @param priceFixed   limit price, or {@link FixedPoint#NULL_PRICE}.
     * @return {@code true} if booked; {@code false} (counted in {@link #unknownOrderEvents()}) for ids out of range.
     */
    public boolean onOrderBooked(
        final int venueId, final int instrumentId, final int strategyId, final int accountId, final Side side,
        final long quantity, final long priceFixed) {
        if (!validIds(instrumentId, strategyId, accountId) || venueId < 0 || venueId >= venues || side.sign() == 0
            || quantity <= 0) {
            unknownOrderEvents++;
            return false;
        }
        table.changeOpenCount(instrumentId, strategyId, accountId, 1);
        book.seen(instrumentId, priceFixed);
        book.changeOpen(instrumentId, strategyId, accountId, side.sign(), quantity);
        return true;
    }

    /**
     * Changes the open quantity of an order (a replace raise booked or refused, a replace confirmed), for a host
     * without an order manager. Allocation-free.
     *
     * @param instrumentId dense instrument id.
     * @param strategyId   dense strategy id.
     * @param accountId    dense account id.
     * @param side         BUY or SELL.
     * @param delta        the change.
     */
    public void onOpenChanged(
        final int instrumentId, final int strategyId, final int accountId, final Side side, final long delta) {
        if (!validIds(instrumentId, strategyId, accountId) || side.sign() == 0) {
            unknownOrderEvents++;
        } else if (delta != 0) {
            book.changeOpen(instrumentId, strategyId, accountId, side.sign(), delta);
        }
    }

    @Override
    public void onReplaceBooked(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long newPriceFixed, final long openIncrease) {
        onOpenChanged(instrumentId, strategyId, accountOf(strategyId), side, openIncrease);
    }

    @Override
    public void onReplaceRefused(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long openDecrease) {
        onOpenChanged(instrumentId, strategyId, accountOf(strategyId), side, -openDecrease);
    }

    @Override
    public void onOrderReplaced(
        final long clientOrderId, final long origClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long priceFixed, final long openDelta) {
        onOpenChanged(instrumentId, strategyId, accountOf(strategyId), side, openDelta);
    }

    @Override
    public void onOrderFilled(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long openReleased, final boolean done) {
        onOrderFilled(instrumentId, strategyId, accountOf(strategyId), side, lastPriceFixed, lastQuantity,
            openReleased, done);
    }

    /**
     * Books a fill, for a host without an order manager: positions, P&amp;L and the post-trade limits update;
     * {@code openReleased} of the open quantity goes (0: a fill after the order was done, counted in
     * {@link #lateFills()}); {@code done}: one open order fewer. Allocation-free.
     *
     * @param instrumentId   dense instrument id.
     * @param strategyId     dense strategy id.
     * @param accountId      dense account id.
     * @param side           BUY or SELL.
     * @param lastPriceFixed fill price.
     * @param lastQuantity   fill quantity, positive.
     * @param openReleased   open quantity released.
     * @param done           whether the fill completed the order.
     */
    public void onOrderFilled(
        final int instrumentId, final int strategyId, final int accountId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long openReleased, final boolean done) {
        if (!validIds(instrumentId, strategyId, accountId) || side.sign() == 0 || lastQuantity <= 0) {
            unknownOrderEvents++;
            return;
        }
        if (openReleased == 0) {
            lateFills++;
        }
        if (done) {
            table.changeOpenCount(instrumentId, strategyId, accountId, -1);
        }
        book.fill(instrumentId, strategyId, accountId, side.sign(), lastPriceFixed, lastQuantity, openReleased);
    }

    @Override
    public void onOrderDone(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long openReleased) {
        onOrderDone(instrumentId, strategyId, accountOf(strategyId), side, openReleased);
    }

    /**
     * Releases an order that ended without a fill (canceled, expired, rejected), for a host without an order
     * manager: one open order fewer, its open quantity released. Allocation-free.
     *
     * @param instrumentId dense instrument id.
     * @param strategyId   dense strategy id.
     * @param accountId    dense account id.
     * @param side         BUY or SELL.
     * @param openReleased the order's remaining open quantity.
     */
    public void onOrderDone(
        final int instrumentId, final int strategyId, final int accountId, final Side side, final long openReleased) {
        if (!validIds(instrumentId, strategyId, accountId) || side.sign() == 0) {
            unknownOrderEvents++;
            return;
        }
        table.changeOpenCount(instrumentId, strategyId, accountId, -1);
        if (openReleased != 0) {
            book.changeOpen(instrumentId, strategyId, accountId, side.sign(), -openReleased);
        }
    }

    /**
     * Records a fill of no known order (a fill from a drop copy, a position transferred in): positions, P&amp;L and
     * post-trade limits update as for any fill, no open quantity changes. Allocation-free.
     *
     * @param instrumentId   dense instrument id.
     * @param strategyId     dense strategy id.
     * @param accountId      dense account id.
     * @param side           BUY or SELL.
     * @param lastPriceFixed fill price.
     * @param lastQuantity   fill quantity, positive.
     */
    public void onExternalFill(
        final int instrumentId, final int strategyId, final int accountId, final Side side,
        final long lastPriceFixed, final long lastQuantity) {
        if (!validIds(instrumentId, strategyId, accountId) || side.sign() == 0 || lastQuantity <= 0) {
            unknownOrderEvents++;
            return;
        }
        book.fill(instrumentId, strategyId, accountId, side.sign(), lastPriceFixed, lastQuantity, 0);
    }


    /**
     * Sets the best bid and offer of an instrument (from the book): the collar reference (MID, BBO) and the mark.
     * Re-marks the instrument's non-empty cells and runs the post-trade limits on them: O(strategies + accounts).
     *
     * @param instrumentId dense instrument id.
     * @param bidFixed     best bid, or {@link FixedPoint#NULL_PRICE} if none.
     * @param askFixed     best offer, or {@link FixedPoint#NULL_PRICE} if none.
     */
    public void onBbo(final int instrumentId, final long bidFixed, final long askFixed) {
        if (instrumentId >= 0 && instrumentId < instruments) {
            book.bbo(instrumentId, bidFixed, askFixed);
        }
    }

    /**
     * Sets the last trade price of an instrument: the collar reference (LAST) and the mark when there is no BBO.
     *
     * @param instrumentId dense instrument id.
     * @param priceFixed   last trade price.
     */
    public void onLastTrade(final int instrumentId, final long priceFixed) {
        if (instrumentId >= 0 && instrumentId < instruments) {
            book.lastTrade(instrumentId, priceFixed);
        }
    }

    /**
     * Returns an account's day trades in the last {@code businessDays} business days, today included (see the class
     * comment for what a day trade is).
     *
     * @param accountId dense account id.
     * @return day trades in the rolling window.
     */
    public int dayTrades(final int accountId) {
        return postTrade.dayTrades(accountId);
    }

    /**
     * Sets an account's equity for the pattern-day-trader rule.
     *
     * @param accountId   dense account id.
     * @param equityFixed equity in currency units, fixed-point.
     */
    public void accountEquity(final int accountId, final long equityFixed) {
        postTrade.accountEquity(accountId, equityFixed);
    }

    /**
     * Starts a business day: the day number the pattern-day-trader window counts in (consecutive for consecutive
     * business days, e.g. business days since an epoch; the host's calendar skips weekends and holidays); realized
     * P&amp;L, high-water marks and breach flags reset, and carried positions are re-based to the current mark so the
     * day's P&amp;L starts at zero. Trading states set by breaches stay until the host changes them. Not for the hot
     * path (walks every cell).
     *
     * @param businessDayNumber the business day.
     */
    public void startOfDay(final int businessDayNumber) {
        postTrade.startOfDay(businessDayNumber);
        book.startOfDay();
    }

    /**
     * Sets the trading state of a scope entity (and audits it). Trading thread; from another thread, hand it over
     * through the host's command queue (only the kill switch is thread-safe).
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @param state    the new state.
     */
    public void tradingState(final Scope scope, final int entityId, final TradingState state) {
        postTrade.tradingState(scope.ordinal(), entityId, state);
    }

    /**
     * Returns the trading state of a scope entity.
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @return its state.
     */
    public TradingState tradingState(final Scope scope, final int entityId) {
        return STATES[(int) limits[scope.ordinal()][entityId * STRIDE + F_STATE]];
    }

    void flushAudit() {
        audit.flush();
    }

    void auditKillSwitch(final byte phase, final KillSwitchReport report) {
        audit.killSwitch(clock.epochNanos(), phase, report.reason.ordinal(), report.triggerToLastCancelNs,
            report.ordersCanceled, report.massCancels, report.failures, report.unreachableVenues,
            report.unreachableOrders);
    }

    /**
     * Returns the kill switch this checker consults.
     *
     * @return the kill switch.
     */
    public KillSwitch killSwitch() {
        return killSwitch;
    }

    @Override
    public int openOrderCount(final int venueId) {
        return ledger == null ? 0 : ledger.openOrderCount(venueId);
    }

    @Override
    public int copyOpenOrderIds(final int venueId, final long[] destination) {
        return ledger == null ? 0 : ledger.copyOpenOrderIds(venueId, destination);
    }

    /**
     * Returns the position of a scope entity in an instrument: for GLOBAL and INSTRUMENT the instrument's total.
     *
     * @param scope        the scope.
     * @param entityId     the entity (ignored for GLOBAL and INSTRUMENT).
     * @param instrumentId the instrument.
     * @return signed position.
     */
    public long position(final Scope scope, final int entityId, final int instrumentId) {
        return book.cells(scope).get(Cells.POSITION, book.cell(scope, entityId, instrumentId));
    }

    /**
     * Returns the open buy quantity of a scope entity in an instrument (see {@link #position}).
     *
     * @param scope        the scope.
     * @param entityId     the entity.
     * @param instrumentId the instrument.
     * @return open buy quantity.
     */
    public long openBuyQuantity(final Scope scope, final int entityId, final int instrumentId) {
        return book.cells(scope).get(Cells.OPEN_BUY, book.cell(scope, entityId, instrumentId));
    }

    /**
     * Returns the open sell quantity of a scope entity in an instrument (see {@link #position}).
     *
     * @param scope        the scope.
     * @param entityId     the entity.
     * @param instrumentId the instrument.
     * @return open sell quantity.
     */
    public long openSellQuantity(final Scope scope, final int entityId, final int instrumentId) {
        return book.cells(scope).get(Cells.OPEN_SELL, book.cell(scope, entityId, instrumentId));
    }

    /**
     * Returns the number of open orders of a scope entity.
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @return open orders.
     */
    public int openOrders(final Scope scope, final int entityId) {
        return (int) limits[scope.ordinal()][entityId * STRIDE + F_OPEN_COUNT];
    }

    private long sum(final Scope scope, final int entityId, final int field) {
        return Int128.get(book.sums[scope.ordinal()], entityId * ExposureBook.SUMS + field);
    }

    /**
     * Returns the worst-case gross exposure of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @return fixed-point amount, saturated.
     */
    public long grossExposure(final Scope scope, final int entityId) {
        return sum(scope, entityId, ExposureBook.GROSS);
    }

    /**
     * Returns the worst-case long net exposure (every open buy filled) of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long netExposureLong(final Scope scope, final int entityId) {
        return sum(scope, entityId, ExposureBook.NET_LONG);
    }

    /**
     * Returns the worst-case short net exposure (every open sell filled) of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long netExposureShort(final Scope scope, final int entityId) {
        return sum(scope, entityId, ExposureBook.NET_SHORT);
    }

    /**
     * Returns the day's P&amp;L (realized plus unrealized at the mark) of a scope entity.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long pnl(final Scope scope, final int entityId) {
        return sum(scope, entityId, ExposureBook.PNL);
    }

    /**
     * Returns the mark price of an instrument.
     *
     * @param instrumentId dense instrument id.
     * @return mark, or {@link FixedPoint#NULL_PRICE}.
     */
    public long markPrice(final int instrumentId) {
        return ref[(instrumentId << R_SHIFT) + ExposureBook.R_MARK];
    }

    /**
     * Returns the number of decisions made (new, replace, cancel).
     *
     * @return decisions.
     */
    public long decisions() {
        return decisions;
    }

    /**
     * Returns the number of rejects.
     *
     * @return rejects.
     */
    public long rejects() {
        return rejects;
    }

    /**
     * Returns the number of fills booked after their order was done (a fill that raced a cancel); they update
     * positions and P&amp;L like any fill.
     *
     * @return late fills.
     */
    public long lateFills() {
        return lateFills;
    }

    /**
     * Returns the number of deltas and fills refused for ids out of range (documented no-ops).
     *
     * @return refused events.
     */
    public long unknownOrderEvents() {
        return unknownOrderEvents;
    }

    /**
     * Compares the open-order counts and open quantities with a recomputation from the ledger's orders, and every
     * derived value (worst-case positions, exposure and P&amp;L contributions, exact scope sums) with a recomputation
     * from scratch. For tests; allocates.
     *
     * @param open   per cell kind (instrument, strategy, account), per cell, open buy then open sell quantity.
     * @param counts per scope (global, instrument, strategy, account), per entity, open orders.
     * @return {@code null} if everything matches, else the first mismatch.
     */
    String inconsistency(final long[][] open, final long[][] counts) {
        final String mismatch = table.openCountMismatch(counts);
        if (mismatch != null) {
            return mismatch;
        }
        return book.inconsistency(open);
    }
}
