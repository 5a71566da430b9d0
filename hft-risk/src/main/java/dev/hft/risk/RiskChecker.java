package dev.hft.risk;

import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.risk.audit.AuditLog;
import dev.hft.risk.audit.AuditRecord;
import dev.hft.timing.EpochNanoClock;

import org.agrona.collections.Long2LongHashMap;

/**
 * Pre-trade risk checks on every child order, the exposure state they need, and the post-trade limits.
 *
 * <h2>Wiring</h2>
 * Before sending an order the host calls {@link #check}; if it returns {@link RejectReason#NONE} and the gateway
 * accepted the request, {@link #onOrderSent}. Replaces go through {@link #checkReplace} / {@link #onReplaceSent},
 * cancels through {@link #checkCancel} (never refused, counted in the message rate). Venue answers reach the checker
 * through its {@link OrderEventListener} methods (accepted, rejected, fill, canceled, replaced, cancel rejected,
 * expired), so it keeps its own view of open orders, positions, exposure and P&amp;L and needs no OMS. Reference
 * prices come from {@link #onBbo} and {@link #onLastTrade}. Call {@link #onOrderSent} right after each accepted
 * {@link #check}, before the next check: the worst-case checks count only orders the checker has been told about.
 *
 * <h2>With an order manager</h2>
 * The checker is a {@link PreTradeCheck}: given to hft-oms's {@code OrderManager}, it is asked on every order and
 * replace and told what was sent ({@link #onOrderSent(long, int, int, int, Side, long, long)},
 * {@link #onReplaceSent(long, long, long, long)}); the order manager carries no account, so the account of a
 * strategy's orders is set once with {@link #strategyAccount(int, int)} (default 0). Venue events reach it behind the
 * order manager, {@code oms.downstream(riskChecker)}, which forwards only the events it applied (deduplicated fills,
 * valid transitions, late fills). A fill on an order the checker already released (a fill that raced a cancel) is
 * booked from a bounded memory of released orders and counted in {@link #lateFills()}.
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
 * A <em>day trade</em> here is: within one account, one instrument and one business day (numbered by the host through
 * {@link #startOfDay(int)}), a fill on the side opposite to that day's <em>opening side</em> (the side of the day's
 * first fill) after at least one opening-side fill since the previous day trade; each such fill counts one day trade
 * and needs a new opening-side fill before the next one counts. So buy, buy, sell, sell is one day trade; buy, sell,
 * buy, sell two; sell (a long carried overnight) then buy one. An account with the check on and equity
 * ({@link #accountEquity}) below the threshold (25,000) that already has {@code dayTrades - 1} (3) day trades in the
 * last {@code businessDays} (5) business days, today included, may not send an order that could complete another:
 * one on the closing side of an instrument with an opening-side fill since its last day trade.
 *
 * <h2>Post-trade limits</h2>
 * After every fill and mark change the affected scopes' P&amp;L (realized, from average cost, plus unrealized at the
 * mark) is compared with the daily loss limit and the drawdown from the day's P&amp;L high-water mark, and every fill
 * counts towards the fill-rate limit (fills in the rate window). A breach is audited, reported to the
 * {@link RiskListener} and acted on as configured ({@link BreachAction}): REDUCE_ONLY for the breaching scope, or the
 * kill switch. Fees are not included (the OMS owns them).
 *
 * <h2>Mark price</h2>
 * The mid of the best bid and offer when both are known, else the last trade, else the one side known, else the last
 * order or fill price seen for the instrument.
 *
 * <p><b>Threading:</b> single-threaded (the trading thread), except that the kill switch may be triggered from any
 * thread. Allocation-free in steady state: every method on the order path writes into preallocated arrays.
 */
public final class RiskChecker implements PreTradeCheck, OrderEventListener, OpenOrderView {

    private static final int G = 0;
    private static final int I = 1;
    private static final int S = 2;
    private static final int A = 3;
    private static final Scope[] SCOPES = Scope.values();
    private static final TradingState[] STATES = TradingState.values();
    private static final BreachAction[] ACTIONS = BreachAction.values();
    private static final long MAX = Long.MAX_VALUE;
    private static final long NULL = FixedPoint.NULL_PRICE;

    static final int F_MAX_QTY = 0;
    static final int F_MAX_NOTIONAL = 1;
    static final int F_COLLAR_TICKS = 2;
    static final int F_COLLAR_FACTOR = 3;
    static final int F_MAX_POSITION = 4;
    static final int F_MAX_GROSS = 5;
    static final int F_MAX_NET = 6;
    static final int F_MAX_OPEN = 7;
    static final int F_DUP_WINDOW = 8;
    static final int F_DAILY_LOSS = 9;
    static final int F_DRAWDOWN = 10;
    static final int F_FLAGS = 11;
    static final int F_STATE = 12;
    static final int F_OPEN_COUNT = 13;
    static final int F_FILL_RATE = 15;
    static final int STRIDE = 16;

    private static final int SUMS = 8;
    private static final int GROSS = 0;
    private static final int NET_LONG = 2;
    private static final int NET_SHORT = 4;
    private static final int PNL = 6;

    private static final int R_BID = 0;
    private static final int R_ASK = 1;
    private static final int R_LAST = 2;
    private static final int R_SEEN = 3;
    private static final int R_MARK = 4;
    private static final int R_TICK = 5;
    private static final int R_COLLAR = 6;
    private static final int R_SHIFT = 3;

    private static final long FLAG_RESTRICTED = 1;
    private static final long FLAG_PDT = 2;
    private static final int LOSS_ACTION_SHIFT = 8;
    private static final int DRAWDOWN_ACTION_SHIFT = 10;
    private static final int FILL_ACTION_SHIFT = 12;
    private static final int BREACH_LOSS = 1;
    private static final int BREACH_DRAWDOWN = 2;
    private static final int BREACH_FILL_RATE = 4;
    private static final long MISSING = -1;

    private final EpochNanoClock clock;
    private final KillSwitch killSwitch;
    private final AuditLog audit;
    private final RiskListener listener;

    private final int instruments;
    private final int strategies;
    private final int accounts;
    private final int venues;
    private final boolean rejectWithoutReference;
    private final long pdtEquityThreshold;
    private final int pdtDayTrades;
    private final int pdtBusinessDays;

    private final long[][] limits = new long[4][];
    private final byte[][] breached = new byte[4][];
    /** Per scope entity, 8 longs (one cache line): gross, net long, net short and P&amp;L as 128-bit sums. */
    private final long[][] sums = new long[4][];
    private final long[][] peaks = new long[4][];
    /** Order and message rate windows of every scope entity in one object each: global 0, then {@link #rateI}... */
    private final SlidingWindows orderRate;
    private final SlidingWindows messageRate;
    private final int rateI;
    private final int rateS;
    private final int rateA;
    private final SlidingWindows[] fillRate = new SlidingWindows[4];
    private final long[] fillRateLimit = new long[4];

    /** Per instrument, one cache line: bid, ask, last, last order or fill price seen, mark, tick, collar reference. */
    private final long[] ref;

    private final Cells instrumentCells;
    private final Cells strategyCells;
    private final Cells accountCells;

    private final DuplicateFilter duplicates;
    private final boolean duplicatesEnabled;

    private final int[] accountOfStrategy;
    private final long[] equity;
    private final int[] pdtDay;
    private final byte[] pdtOpeningSide;
    private final boolean[] pdtArmed;
    private final int[] dayTradeCounts;
    private final int[] dayTradeDays;
    private int businessDay;

    private final Long2LongHashMap slotByOrderId;
    private final long[] slotOrderId;
    private final int[] slotVenue;
    private final int[] slotInstrument;
    private final int[] slotStrategy;
    private final int[] slotAccount;
    private final byte[] slotSign;
    private final long[] slotLeaves;
    private final long[] slotFilled;
    private final long[] slotPrice;
    private final long[] slotPendingId;
    private final long[] slotPendingExtra;
    /** Per venue, its open orders' slots, dense (swap-remove), so the kill switch copies ids without a list walk. */
    private final int[][] venueSlots;
    /** Per slot, its position in its venue's {@link #venueSlots}. */
    private final int[] slotIndex;
    private final int[] venueOpen;
    private final int[] freeSlots;
    private int freeTop;

    private long decisions;
    private long rejects;
    private long unknownOrderEvents;
    private long lateFills;
    /** Orders no longer tracked, remembered so that a late fill (after a cancel) still reaches the positions. */
    private final ReleasedOrders released;

    /**
     * Builds a checker from a configuration; parses every decimal limit and preallocates every array.
     *
     * @param config     sizes and limits.
     * @param clock      time of decisions and rate windows (epoch nanoseconds; a clock stepping back only makes rate
     *                   and duplicate checks stricter for a while).
     * @param killSwitch the kill switch, attached to this checker (its open-order view unless one is set).
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
        this.listener = listener;
        this.instruments = config.instruments;
        this.strategies = config.strategies;
        this.accounts = config.accounts;
        this.venues = config.venues;
        this.rejectWithoutReference = config.rejectWithoutReference;
        this.pdtEquityThreshold = FixedPoint.parse(config.pdtEquityThreshold);
        this.pdtDayTrades = config.pdtDayTrades;
        this.pdtBusinessDays = config.pdtBusinessDays;
        final long windowNs = config.rateWindowMs * 1_000_000L;

        final int[] counts = {1, instruments, strategies, accounts};
        rateI = 1;
        rateS = 1 + instruments;
        rateA = 1 + instruments + strategies;
        final long[] allOrders = new long[rateA + accounts];
        final long[] allMessages = new long[rateA + accounts];
        final int[] rateBase = {0, rateI, rateS, rateA};
        for (int scope = 0; scope < 4; scope++) {
            final int n = counts[scope];
            final Scope s = SCOPES[scope];
            final Limits defaults = scope == G ? new Limits() : config.defaults(s);
            final long[] lim = new long[n * STRIDE];
            final long[] orders = new long[n];
            final long[] messages = new long[n];
            final long[] fills = new long[n];
            for (int e = 0; e < n; e++) {
                final Limits entry = scope == G ? config.global : find(config.list(s), e);
                compile(entry, defaults, lim, e * STRIDE);
                lim[e * STRIDE + F_STATE] = pick(entry == null ? null : entry.tradingState, defaults.tradingState,
                    TradingState.ACTIVE).ordinal();
                orders[e] = pick(entry == null ? Limits.UNSET : entry.maxOrdersPerSecond, defaults.maxOrdersPerSecond);
                messages[e] = pick(entry == null ? Limits.UNSET : entry.maxMessagesPerSecond,
                    defaults.maxMessagesPerSecond);
                fills[e] = pick(entry == null ? Limits.UNSET : entry.maxFillsPerSecond, defaults.maxFillsPerSecond);
            }
            limits[scope] = lim;
            breached[scope] = new byte[n];
            sums[scope] = new long[SUMS * n];
            peaks[scope] = new long[n];
            System.arraycopy(orders, 0, allOrders, rateBase[scope], n);
            System.arraycopy(messages, 0, allMessages, rateBase[scope], n);
            fillRate[scope] = new SlidingWindows(fills, windowNs);
        }
        orderRate = new SlidingWindows(allOrders, windowNs);
        messageRate = new SlidingWindows(allMessages, windowNs);

        ref = new long[instruments << R_SHIFT];
        for (int i = 0; i < instruments; i++) {
            final Limits entry = find(config.instrumentLimits, i);
            final String tick = entry != null && entry.tickSize != null ? entry.tickSize
                : config.instrumentDefaults.tickSize != null ? config.instrumentDefaults.tickSize : "0.01";
            ref[(i << R_SHIFT) + R_TICK] = FixedPoint.parse(tick);
            if (ref[(i << R_SHIFT) + R_TICK] <= 0) {
                throw new IllegalArgumentException("tick size must be positive: instrument " + i);
            }
            ref[(i << R_SHIFT) + R_COLLAR] = (byte) pick(entry == null ? null : entry.collarReference,
                config.instrumentDefaults.collarReference, CollarReference.BBO).ordinal();
        }
        for (int i = 0; i < instruments; i++) {
            final int o = i << R_SHIFT;
            ref[o + R_BID] = NULL;
            ref[o + R_ASK] = NULL;
            ref[o + R_LAST] = NULL;
            ref[o + R_SEEN] = NULL;
            ref[o + R_MARK] = NULL;
        }

        instrumentCells = new Cells(instruments);
        strategyCells = new Cells(strategies * instruments);
        accountCells = new Cells(accounts * instruments);
        duplicates = new DuplicateFilter(config.duplicateCacheSets);
        boolean anyDuplicateWindow = false;
        for (int scope = 0; scope < 4; scope++) {
            for (int o = F_DUP_WINDOW; o < limits[scope].length; o += STRIDE) {
                anyDuplicateWindow |= limits[scope][o] > 0;
            }
        }
        duplicatesEnabled = anyDuplicateWindow;

        accountOfStrategy = new int[strategies];
        equity = new long[accounts];
        for (int a = 0; a < accounts; a++) {
            final Limits entry = find(config.accountLimits, a);
            final String text = entry != null && entry.equity != null ? entry.equity : config.accountDefaults.equity;
            equity[a] = text == null ? MAX : FixedPoint.parse(text);
        }
        pdtDay = filledInt(accounts * instruments, Integer.MIN_VALUE);
        pdtOpeningSide = new byte[accounts * instruments];
        pdtArmed = new boolean[accounts * instruments];
        dayTradeCounts = new int[accounts * pdtBusinessDays];
        dayTradeDays = filledInt(accounts * pdtBusinessDays, Integer.MIN_VALUE);

        final int capacity = config.maxOpenOrdersCapacity;
        slotByOrderId = new Long2LongHashMap(Math.max(16, capacity * 4), 0.65f, MISSING);
        released = new ReleasedOrders(Math.max(16, capacity));
        slotOrderId = new long[capacity];
        slotVenue = new int[capacity];
        slotInstrument = new int[capacity];
        slotStrategy = new int[capacity];
        slotAccount = new int[capacity];
        slotSign = new byte[capacity];
        slotLeaves = new long[capacity];
        slotFilled = new long[capacity];
        slotPrice = new long[capacity];
        slotPendingId = new long[capacity];
        slotPendingExtra = new long[capacity];
        venueSlots = new int[venues][capacity];
        slotIndex = new int[capacity];
        venueOpen = new int[venues];
        freeSlots = new int[capacity];
        for (int k = 0; k < capacity; k++) {
            freeSlots[k] = capacity - 1 - k;
        }
        freeTop = capacity;

        killSwitch.attach(this, capacity, config.venueDisconnectAction);
    }

    private static Limits find(final List<Limits> list, final int id) {
        if (list == null) {
            return null;
        }
        for (final Limits limits : list) {
            if (limits.id == id) {
                return limits;
            }
        }
        return null;
    }

    private static <T> T pick(final T entry, final T defaults, final T otherwise) {
        return entry != null ? entry : defaults != null ? defaults : otherwise;
    }

    private static long pick(final long entry, final long defaults) {
        return entry != Limits.UNSET ? entry : defaults != Limits.UNSET ? defaults : MAX;
    }

    private static long decimal(final String entry, final String defaults) {
        final String text = entry != null ? entry : defaults;
        return text == null ? MAX : FixedPoint.parse(text);
    }

    private static void compile(final Limits entry, final Limits defaults, final long[] lim, final int o) {
        final Limits e = entry == null ? new Limits() : entry;
        lim[o + F_MAX_QTY] = pick(e.maxOrderQuantity, defaults.maxOrderQuantity);
        lim[o + F_MAX_NOTIONAL] = decimal(e.maxOrderNotional, defaults.maxOrderNotional);
        lim[o + F_COLLAR_TICKS] = pick(e.collarTicks, defaults.collarTicks);
        final long percent = decimal(e.collarPercent, defaults.collarPercent);
        lim[o + F_COLLAR_FACTOR] = percent == MAX ? MAX : FixedPoint.divide(percent, 100, RoundingMode.DOWN);
        lim[o + F_MAX_POSITION] = pick(e.maxPosition, defaults.maxPosition);
        lim[o + F_MAX_GROSS] = decimal(e.maxGrossExposure, defaults.maxGrossExposure);
        lim[o + F_MAX_NET] = decimal(e.maxNetExposure, defaults.maxNetExposure);
        lim[o + F_MAX_OPEN] = pick(e.maxOpenOrders, defaults.maxOpenOrders);
        final long dupMs = pick(e.duplicateWindowMs, defaults.duplicateWindowMs);
        lim[o + F_DUP_WINDOW] = dupMs == MAX ? 0 : dupMs * 1_000_000L;
        lim[o + F_DAILY_LOSS] = decimal(e.maxDailyLoss, defaults.maxDailyLoss);
        lim[o + F_DRAWDOWN] = decimal(e.maxDrawdown, defaults.maxDrawdown);
        lim[o + F_FILL_RATE] = pick(e.maxFillsPerSecond, defaults.maxFillsPerSecond);
        long flags = 0;
        if (Boolean.TRUE.equals(pick(e.restricted, defaults.restricted, Boolean.FALSE))) {
            flags |= FLAG_RESTRICTED;
        }
        if (Boolean.TRUE.equals(pick(e.patternDayTrader, defaults.patternDayTrader, Boolean.FALSE))) {
            flags |= FLAG_PDT;
        }
        flags |= (long) pick(e.dailyLossAction, defaults.dailyLossAction, BreachAction.NONE).ordinal()
            << LOSS_ACTION_SHIFT;
        flags |= (long) pick(e.drawdownAction, defaults.drawdownAction, BreachAction.NONE).ordinal()
            << DRAWDOWN_ACTION_SHIFT;
        flags |= (long) pick(e.fillRateAction, defaults.fillRateAction, BreachAction.NONE).ordinal()
            << FILL_ACTION_SHIFT;
        lim[o + F_FLAGS] = flags;
        for (int f = 0; f < STRIDE; f++) {
            if (lim[o + f] < 0) {
                throw new IllegalArgumentException("limits must not be negative: " + entry);
            }
        }
    }

    private static int action(final long flags, final int shift) {
        return (int) ((flags >> shift) & 3);
    }

    private static int[] filledInt(final int n, final int value) {
        final int[] array = new int[n];
        Arrays.fill(array, value);
        return array;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Pre-trade checks
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Decides whether a new order may be sent, and audits the decision. Allocation-free.
     *
     * <p>An accepted order is recorded in the rate windows and the duplicate filter at once (an accept that is then
     * not sent still counts, which errs on the safe side); the exposure state changes only with
     * {@link #onOrderSent}.
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
        final RejectReason reason = evaluate(venueId, instrumentId, strategyId, accountId, side, quantity, priceFixed,
            now);
        decisions++;
        if (reason == RejectReason.NONE) {
            recordAccepted(instrumentId, strategyId, accountId, side.sign(), quantity, priceFixed, now);
        } else {
            rejects++;
        }
        audit.decision(now, AuditRecord.KIND_NEW, clientOrderId, venueId, instrumentId, strategyId, accountId, side,
            quantity, priceFixed, reason);
        return reason;
    }

    /**
     * Sets the account of a strategy's orders for the {@link PreTradeCheck} methods, which carry no account.
     * Start-up configuration.
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
     * {@link PreTradeCheck} form of {@link #checkReplace(long, long, long, long)}; the order's other attributes are
     * the checker's own record of it. Allocation-free.
     */
    @Override
    public RejectReason checkReplace(
        final long origClientOrderId, final long newClientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long newQuantity, final long newPriceFixed,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        return checkReplace(origClientOrderId, newClientOrderId, newQuantity, newPriceFixed);
    }

    /**
     * {@link PreTradeCheck} form of {@link #onOrderSent(long, int, int, int, int, Side, long, long)}, the account
     * being the strategy's. Allocation-free.
     */
    @Override
    public boolean onOrderSent(
        final long clientOrderId, final int strategyId, final int venueId, final int instrumentId, final Side side,
        final long quantity, final long priceFixed) {
        return onOrderSent(clientOrderId, venueId, instrumentId, strategyId, accountOf(strategyId), side, quantity,
            priceFixed);
    }

    private RejectReason evaluate(
        final int venueId, final int instrumentId, final int strategyId, final int accountId, final Side side,
        final long quantity, final long priceFixed, final long now) {
        if (killSwitch.isEngaged()) {
            return RejectReason.KILL_SWITCH;
        }
        if (instrumentId < 0 || instrumentId >= instruments) {
            return RejectReason.UNKNOWN_INSTRUMENT;
        }
        if (strategyId < 0 || strategyId >= strategies || accountId < 0 || accountId >= accounts || venueId < 0
            || venueId >= venues || side.sign() == 0) {
            return RejectReason.OTHER;
        }
        if (quantity <= 0) {
            return RejectReason.INVALID_QUANTITY;
        }
        if (priceFixed != NULL && priceFixed <= 0) {
            return RejectReason.INVALID_PRICE;
        }
        final int sign = side.sign();
        final long[] gl = limits[G];
        final long[] il = limits[I];
        final long[] sl = limits[S];
        final long[] al = limits[A];
        final int io = instrumentId * STRIDE;
        final int so = strategyId * STRIDE;
        final int ao = accountId * STRIDE;

        final int gState = (int) gl[F_STATE];
        final int iState = (int) il[io + F_STATE];
        final int sState = (int) sl[so + F_STATE];
        final int aState = (int) al[ao + F_STATE];
        final int state = Math.max(Math.max(gState, iState), Math.max(sState, aState));
        if (state == TradingState.HALTED.ordinal()) {
            return RejectReason.TRADING_HALTED;
        }
        if ((il[io + F_FLAGS] & FLAG_RESTRICTED) != 0) {
            return RejectReason.RESTRICTED_INSTRUMENT;
        }
        if (quantity > min4(gl[F_MAX_QTY], il[io + F_MAX_QTY], sl[so + F_MAX_QTY], al[ao + F_MAX_QTY])) {
            return RejectReason.MAX_ORDER_QUANTITY;
        }
        final long reference = reference(instrumentId, sign);
        if (priceFixed != NULL) {
            final long ticks = min4(gl[F_COLLAR_TICKS], il[io + F_COLLAR_TICKS], sl[so + F_COLLAR_TICKS],
                al[ao + F_COLLAR_TICKS]);
            final long factor = min4(gl[F_COLLAR_FACTOR], il[io + F_COLLAR_FACTOR], sl[so + F_COLLAR_FACTOR],
                al[ao + F_COLLAR_FACTOR]);
            if ((ticks != MAX || factor != MAX) && !withinCollar(instrumentId, priceFixed, reference, ticks, factor)) {
                return RejectReason.PRICE_COLLAR;
            }
        }
        final long valuePrice = priceFixed != NULL ? priceFixed : reference;
        final long notional = FixedPoint.notional(valuePrice, quantity);
        if (notional > min4(gl[F_MAX_NOTIONAL], il[io + F_MAX_NOTIONAL], sl[so + F_MAX_NOTIONAL],
            al[ao + F_MAX_NOTIONAL])) {
            return RejectReason.MAX_ORDER_NOTIONAL;
        }
        final long duplicateWindow = Math.max(Math.max(gl[F_DUP_WINDOW], il[io + F_DUP_WINDOW]),
            Math.max(sl[so + F_DUP_WINDOW], al[ao + F_DUP_WINDOW]));
        if (duplicateWindow > 0 && duplicates.isDuplicate(instrumentId, sign, quantity, priceFixed, strategyId,
            accountId, now, duplicateWindow)) {
            return RejectReason.DUPLICATE_ORDER;
        }
        if (freeTop == 0 || gl[F_OPEN_COUNT] >= gl[F_MAX_OPEN] || il[io + F_OPEN_COUNT] >= il[io + F_MAX_OPEN]
            || sl[so + F_OPEN_COUNT] >= sl[so + F_MAX_OPEN] || al[ao + F_OPEN_COUNT] >= al[ao + F_MAX_OPEN]) {
            return RejectReason.MAX_OPEN_ORDERS;
        }
        if (orderRate.isAnyFull(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now)) {
            return RejectReason.ORDER_RATE;
        }
        if (messageRate.isAnyFull(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now)) {
            return RejectReason.MESSAGE_RATE;
        }
        return evaluateExposure(instrumentId, strategyId, accountId, sign, quantity, valuePrice, gState, iState,
            sState, aState);
    }

    private RejectReason evaluateExposure(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long quantity,
        final long valuePrice, final int gState, final int iState, final int sState, final int aState) {
        final int ci = instrumentId;
        final int cs = strategyId * instruments + instrumentId;
        final int ca = accountId * instruments + instrumentId;
        final int reduceOnly = TradingState.REDUCE_ONLY.ordinal();
        if ((gState == reduceOnly || iState == reduceOnly) && !reduces(instrumentCells, ci, sign, quantity)
            || sState == reduceOnly && !reduces(strategyCells, cs, sign, quantity)
            || aState == reduceOnly && !reduces(accountCells, ca, sign, quantity)) {
            return RejectReason.REDUCE_ONLY;
        }
        final long[] gl = limits[G];
        final long[] il = limits[I];
        final long[] sl = limits[S];
        final long[] al = limits[A];
        final int io = instrumentId * STRIDE;
        final int so = strategyId * STRIDE;
        final int ao = accountId * STRIDE;
        final long mark = ref[(instrumentId << R_SHIFT) + R_MARK];
        if (mark != NULL) {
            // the cells' cached worst-case positions and exposures are at this mark: only the order's side changes
            final long wi = worstCase(instrumentCells, ci, sign, quantity);
            final long ws = worstCase(strategyCells, cs, sign, quantity);
            final long wa = worstCase(accountCells, ca, sign, quantity);
            if (beyond(wi, sign, Math.min(gl[F_MAX_POSITION], il[io + F_MAX_POSITION]))
                || beyond(ws, sign, sl[so + F_MAX_POSITION]) || beyond(wa, sign, al[ao + F_MAX_POSITION])) {
                return RejectReason.MAX_POSITION;
            }
            RejectReason reason = exposure(instrumentCells, ci, sign, wi, mark, sums[I], instrumentId * SUMS,
                il[io + F_MAX_GROSS], il[io + F_MAX_NET]);
            if (reason == RejectReason.NONE) {
                reason = exposure(instrumentCells, ci, sign, wi, mark, sums[G], 0, gl[F_MAX_GROSS], gl[F_MAX_NET]);
            }
            if (reason == RejectReason.NONE) {
                reason = exposure(strategyCells, cs, sign, ws, mark, sums[S], strategyId * SUMS,
                    sl[so + F_MAX_GROSS], sl[so + F_MAX_NET]);
            }
            if (reason == RejectReason.NONE) {
                reason = exposure(accountCells, ca, sign, wa, mark, sums[A], accountId * SUMS,
                    al[ao + F_MAX_GROSS], al[ao + F_MAX_NET]);
            }
            if (reason == RejectReason.NONE && (al[ao + F_FLAGS] & FLAG_PDT) != 0) {
                return patternDayTrader(accountId, ca, sign);
            }
            return reason;
        }
        if (exceedsPosition(instrumentCells, ci, sign, quantity, Math.min(gl[F_MAX_POSITION],
            il[io + F_MAX_POSITION]))
            || exceedsPosition(strategyCells, cs, sign, quantity, sl[so + F_MAX_POSITION])
            || exceedsPosition(accountCells, ca, sign, quantity, al[ao + F_MAX_POSITION])) {
            return RejectReason.MAX_POSITION;
        }
        // no mark yet: valued at the order's price, nothing cached at it
        final long markPrice = valuePrice;
        // the instrument and global scopes share the instrument cell: its worst-case exposure is computed once
        RejectReason reason = exposureAtPrice(instrumentCells, ci, sign, quantity, markPrice, I, instrumentId,
            il[io + F_MAX_GROSS], il[io + F_MAX_NET], gl[F_MAX_GROSS], gl[F_MAX_NET]);
        if (reason == RejectReason.NONE) {
            reason = exposureAtPrice(strategyCells, cs, sign, quantity, markPrice, S, strategyId, sl[so + F_MAX_GROSS],
                sl[so + F_MAX_NET], MAX, MAX);
        }
        if (reason == RejectReason.NONE) {
            reason = exposureAtPrice(accountCells, ca, sign, quantity, markPrice, A, accountId, al[ao + F_MAX_GROSS],
                al[ao + F_MAX_NET], MAX, MAX);
        }
        if (reason == RejectReason.NONE && (al[ao + F_FLAGS] & FLAG_PDT) != 0) {
            return patternDayTrader(accountId, ca, sign);
        }
        return reason;
    }

    private RejectReason patternDayTrader(final int accountId, final int ca, final int sign) {
        return equity[accountId] < pdtEquityThreshold && couldCompleteDayTrade(ca, sign)
            && dayTrades(accountId) >= pdtDayTrades - 1 ? RejectReason.PATTERN_DAY_TRADER : RejectReason.NONE;
    }

    /** The cell's worst-case position on the order's side with the order filled too (saturating). */
    private static long worstCase(final Cells cells, final int c, final int sign, final long quantity) {
        return sign > 0 ? FixedPoint.addSaturated(cells.get(Cells.HIGH, c), quantity)
            : FixedPoint.addSaturated(cells.get(Cells.LOW, c), -quantity);
    }

    private static boolean beyond(final long worstCase, final int sign, final long maxPosition) {
        return maxPosition != MAX && (sign > 0 ? worstCase > maxPosition : worstCase < -maxPosition);
    }

    /**
     * Worst-case exposure check of one cell against one scope's gross and net limits, from the cell's cached
     * contributions at the current mark: only the order's side of the cell changes ({@code worstCase}, the cell's
     * worst-case position on that side with the order filled), so one product gives the new net contribution and the
     * gross one follows from it and the other side's cached value. The scope's sums are compared exactly (128-bit).
     */
    private static RejectReason exposure(
        final Cells cells, final int c, final int sign, final long worstCase, final long markPrice,
        final long[] scopeSums, final int k, final long maxGross, final long maxNet) {
        if (maxGross == MAX && maxNet == MAX) {
            return RejectReason.NONE;
        }
        final long net = worstCase == 0 ? 0 : FixedPoint.notional(markPrice, worstCase);
        final long oldGross = cells.get(Cells.GROSS, c);
        final int netField = sign > 0 ? Cells.NET_LONG : Cells.NET_SHORT;
        final long oldNet = cells.get(netField, c);
        final long other = cells.get(sign > 0 ? Cells.NET_SHORT : Cells.NET_LONG, c);
        final long gross = Math.max(Math.abs(net), Math.abs(other));
        if (maxGross != MAX && gross > oldGross && Int128.plusMinus(scopeSums, k + GROSS, gross, oldGross) > maxGross) {
            return RejectReason.MAX_GROSS_EXPOSURE;
        }
        if (maxNet != MAX) {
            if (sign > 0 ? net > oldNet && Int128.plusMinus(scopeSums, k + NET_LONG, net, oldNet) > maxNet
                : net < oldNet && Int128.plusMinus(scopeSums, k + NET_SHORT, net, oldNet) < -maxNet) {
                return RejectReason.MAX_NET_EXPOSURE;
            }
        }
        return RejectReason.NONE;
    }

    private static long min4(final long a, final long b, final long c, final long d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    private boolean withinCollar(
        final int instrumentId, final long priceFixed, final long reference, final long ticks, final long factor) {
        if (reference == NULL) {
            return !rejectWithoutReference;
        }
        final long distance = Math.abs(priceFixed - reference);
        if (ticks != MAX && distance > FixedPoint.notional(ref[(instrumentId << R_SHIFT) + R_TICK], ticks)) {
            return false;
        }
        if (factor == MAX) {
            return true;
        }
        // distance <= reference * factor / SCALE, compared exactly as 128-bit products (no division)
        final long leftHigh = Math.multiplyHigh(distance, FixedPoint.SCALE);
        final long rightHigh = Math.multiplyHigh(reference, factor);
        return leftHigh < rightHigh
            || leftHigh == rightHigh && Long.compareUnsigned(distance * FixedPoint.SCALE, reference * factor) <= 0;
    }

    private long reference(final int instrumentId, final int sign) {
        final int kind = (int) ref[(instrumentId << R_SHIFT) + R_COLLAR];
        if (kind == CollarReference.LAST.ordinal()) {
            return ref[(instrumentId << R_SHIFT) + R_LAST];
        }
        final long b = ref[(instrumentId << R_SHIFT) + R_BID];
        final long a = ref[(instrumentId << R_SHIFT) + R_ASK];
        if (kind == CollarReference.MID.ordinal()) {
            return b != NULL && a != NULL ? mid(b, a) : NULL;
        }
        final long touch = sign > 0 ? a : b;
        return touch != NULL ? touch : sign > 0 ? b : a;
    }

    private static long mid(final long b, final long a) {
        return (b >> 1) + (a >> 1) + (b & a & 1);
    }

    private static boolean reduces(final Cells cells, final int c, final int sign, final long quantity) {
        final long position = cells.get(Cells.POSITION, c);
        if (sign > 0) {
            return position < 0 && FixedPoint.addSaturated(position, cells.get(Cells.OPEN_BUY, c) + quantity) <= 0;
        }
        return position > 0 && FixedPoint.addSaturated(position, -(cells.get(Cells.OPEN_SELL, c) + quantity)) >= 0;
    }

    private static boolean exceedsPosition(
        final Cells cells, final int c, final int sign, final long quantity, final long maxPosition) {
        if (maxPosition == MAX) {
            return false;
        }
        final long position = cells.get(Cells.POSITION, c);
        if (sign > 0) {
            return FixedPoint.addSaturated(FixedPoint.addSaturated(position, cells.get(Cells.OPEN_BUY, c)), quantity)
                > maxPosition;
        }
        return FixedPoint.addSaturated(FixedPoint.addSaturated(position, -cells.get(Cells.OPEN_SELL, c)), -quantity)
            < -maxPosition;
    }

    /**
     * Worst-case exposure checks of one cell against one scope's limits and, for the instrument cell, the global
     * limits too (the global sums hold the same instrument cells): the cell's worst-case values are computed once.
     */
    private RejectReason exposureAtPrice(
        final Cells cells, final int c, final int sign, final long quantity, final long markPrice, final int scope,
        final int entity, final long maxGross, final long maxNet, final long globalMaxGross, final long globalMaxNet) {
        if (maxGross == MAX && maxNet == MAX && globalMaxGross == MAX && globalMaxNet == MAX) {
            return RejectReason.NONE;
        }
        final long position = cells.get(Cells.POSITION, c);
        final long high = FixedPoint.addSaturated(position,
            FixedPoint.addSaturated(cells.get(Cells.OPEN_BUY, c), sign > 0 ? quantity : 0));
        final long low = FixedPoint.addSaturated(position,
            -FixedPoint.addSaturated(cells.get(Cells.OPEN_SELL, c), sign < 0 ? quantity : 0));
        final long netLong = high == 0 ? 0 : FixedPoint.notional(markPrice, high);
        final long netShort = low == 0 ? 0 : FixedPoint.notional(markPrice, low);
        final long gross = Math.max(Math.abs(netLong), Math.abs(netShort));
        final long oldGross = cells.get(Cells.GROSS, c);
        final long oldNetLong = cells.get(Cells.NET_LONG, c);
        final long oldNetShort = cells.get(Cells.NET_SHORT, c);
        final RejectReason reason = exposureLimits(sums[scope], entity * SUMS, sign, gross, oldGross, netLong,
            oldNetLong, netShort, oldNetShort, maxGross, maxNet);
        if (reason != RejectReason.NONE) {
            return reason;
        }
        return exposureLimits(sums[G], 0, sign, gross, oldGross, netLong, oldNetLong, netShort, oldNetShort,
            globalMaxGross, globalMaxNet);
    }

    private static RejectReason exposureLimits(
        final long[] scopeSums, final int k, final int sign, final long gross, final long oldGross, final long netLong,
        final long oldNetLong, final long netShort, final long oldNetShort, final long maxGross, final long maxNet) {
        if (maxGross != MAX && gross > oldGross && Int128.plusMinus(scopeSums, k + GROSS, gross, oldGross) > maxGross) {
            return RejectReason.MAX_GROSS_EXPOSURE;
        }
        if (maxNet != MAX) {
            if (sign > 0 && netLong > oldNetLong
                && Int128.plusMinus(scopeSums, k + NET_LONG, netLong, oldNetLong) > maxNet) {
                return RejectReason.MAX_NET_EXPOSURE;
            }
            if (sign < 0 && netShort < oldNetShort
                && Int128.plusMinus(scopeSums, k + NET_SHORT, netShort, oldNetShort) < -maxNet) {
                return RejectReason.MAX_NET_EXPOSURE;
            }
        }
        return RejectReason.NONE;
    }

    private void recordAccepted(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long quantity,
        final long priceFixed, final long now) {
        orderRate.record(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now);
        recordMessage(instrumentId, strategyId, accountId, now);
        if (duplicatesEnabled) {
            duplicates.record(instrumentId, sign, quantity, priceFixed, strategyId, accountId, now);
        }
    }

    private void recordMessage(final int instrumentId, final int strategyId, final int accountId, final long now) {
        messageRate.record(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now);
    }

    /**
     * Decides whether a replace may be sent, and audits it: the checks of {@link #check} that a replace can fail
     * (kill switch, state, restricted, quantity, collar, notional, message rate, and position, exposure and
     * reduce-only for a quantity increase). Allocation-free.
     *
     * @param origClientOrderId the open order.
     * @param newClientOrderId  the id it will carry.
     * @param quantity          new total quantity, filled quantity included.
     * @param priceFixed        new price.
     * @return {@link RejectReason#NONE} to accept; {@link RejectReason#UNKNOWN_ORDER} if the order is not open;
     *         {@link RejectReason#OTHER} if a replace of it is already pending; otherwise the failing check.
     */
    public RejectReason checkReplace(
        final long origClientOrderId, final long newClientOrderId, final long quantity, final long priceFixed) {
        final long now = clock.epochNanos();
        final int slot = (int) slotByOrderId.get(origClientOrderId);
        RejectReason reason;
        int instrumentId = -1;
        int strategyId = -1;
        int accountId = -1;
        int venueId = -1;
        Side side = Side.UNKNOWN;
        if (slot < 0 || slotOrderId[slot] != origClientOrderId) {
            reason = RejectReason.UNKNOWN_ORDER;
        } else {
            instrumentId = slotInstrument[slot];
            strategyId = slotStrategy[slot];
            accountId = slotAccount[slot];
            venueId = slotVenue[slot];
            side = slotSign[slot] > 0 ? Side.BUY : Side.SELL;
            reason = slotPendingId[slot] != 0 ? RejectReason.OTHER
                : evaluateReplace(slot, instrumentId, strategyId, accountId, side.sign(), quantity, priceFixed, now);
        }
        decisions++;
        if (reason == RejectReason.NONE) {
            recordMessage(instrumentId, strategyId, accountId, now);
        } else {
            rejects++;
        }
        audit.decision(now, AuditRecord.KIND_REPLACE, newClientOrderId, venueId, instrumentId, strategyId, accountId,
            side, quantity, priceFixed, reason);
        return reason;
    }

    private RejectReason evaluateReplace(
        final int slot, final int instrumentId, final int strategyId, final int accountId, final int sign,
        final long quantity, final long priceFixed, final long now) {
        if (killSwitch.isEngaged()) {
            return RejectReason.KILL_SWITCH;
        }
        final long newLeaves = quantity - slotFilled[slot];
        if (newLeaves <= 0) {
            return RejectReason.INVALID_QUANTITY;
        }
        if (priceFixed == NULL || priceFixed <= 0) {
            return RejectReason.INVALID_PRICE;
        }
        final long[] gl = limits[G];
        final long[] il = limits[I];
        final long[] sl = limits[S];
        final long[] al = limits[A];
        final int io = instrumentId * STRIDE;
        final int so = strategyId * STRIDE;
        final int ao = accountId * STRIDE;
        final int gState = (int) gl[F_STATE];
        final int iState = (int) il[io + F_STATE];
        final int sState = (int) sl[so + F_STATE];
        final int aState = (int) al[ao + F_STATE];
        if (Math.max(Math.max(gState, iState), Math.max(sState, aState)) == TradingState.HALTED.ordinal()) {
            return RejectReason.TRADING_HALTED;
        }
        if ((il[io + F_FLAGS] & FLAG_RESTRICTED) != 0) {
            return RejectReason.RESTRICTED_INSTRUMENT;
        }
        if (quantity > min4(gl[F_MAX_QTY], il[io + F_MAX_QTY], sl[so + F_MAX_QTY], al[ao + F_MAX_QTY])) {
            return RejectReason.MAX_ORDER_QUANTITY;
        }
        final long reference = reference(instrumentId, sign);
        final long ticks = min4(gl[F_COLLAR_TICKS], il[io + F_COLLAR_TICKS], sl[so + F_COLLAR_TICKS],
            al[ao + F_COLLAR_TICKS]);
        final long factor = min4(gl[F_COLLAR_FACTOR], il[io + F_COLLAR_FACTOR], sl[so + F_COLLAR_FACTOR],
            al[ao + F_COLLAR_FACTOR]);
        if ((ticks != MAX || factor != MAX) && !withinCollar(instrumentId, priceFixed, reference, ticks, factor)) {
            return RejectReason.PRICE_COLLAR;
        }
        if (FixedPoint.notional(priceFixed, quantity) > min4(gl[F_MAX_NOTIONAL], il[io + F_MAX_NOTIONAL],
            sl[so + F_MAX_NOTIONAL], al[ao + F_MAX_NOTIONAL])) {
            return RejectReason.MAX_ORDER_NOTIONAL;
        }
        if (messageRate.isAnyFull(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now)) {
            return RejectReason.MESSAGE_RATE;
        }
        final long increase = newLeaves - slotLeaves[slot];
        if (increase <= 0) {
            return RejectReason.NONE;
        }
        return evaluateExposure(instrumentId, strategyId, accountId, sign, increase, priceFixed, gState, iState,
            sState, aState);
    }

    /**
     * Records a cancel request in the message-rate windows and audits it; cancels are never refused (they reduce
     * risk), even with the kill switch engaged. Allocation-free.
     *
     * @param clientOrderId the order to cancel.
     * @return {@link RejectReason#NONE}, or {@link RejectReason#UNKNOWN_ORDER} (informational) if it is not open.
     */
    public RejectReason checkCancel(final long clientOrderId) {
        final long now = clock.epochNanos();
        final int slot = (int) slotByOrderId.get(clientOrderId);
        decisions++;
        if (slot < 0) {
            messageRate.record(0, now);
            audit.decision(now, AuditRecord.KIND_CANCEL, clientOrderId, -1, -1, -1, -1, Side.UNKNOWN, 0, NULL,
                RejectReason.UNKNOWN_ORDER);
            return RejectReason.UNKNOWN_ORDER;
        }
        recordMessage(slotInstrument[slot], slotStrategy[slot], slotAccount[slot], now);
        audit.decision(now, AuditRecord.KIND_CANCEL, clientOrderId, slotVenue[slot], slotInstrument[slot],
            slotStrategy[slot], slotAccount[slot], slotSign[slot] > 0 ? Side.BUY : Side.SELL, slotLeaves[slot],
            slotPrice[slot], RejectReason.NONE);
        return RejectReason.NONE;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Order lifecycle (exposure state)
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Records an order handed to a gateway: it is open from now on and counts in every worst-case check.
     * Allocation-free.
     *
     * @param clientOrderId client order id, not open already.
     * @param venueId       dense venue id.
     * @param instrumentId  dense instrument id.
     * @param strategyId    dense strategy id.
     * @param accountId     dense account id.
     * @param side          BUY or SELL.
     * @param quantity      order quantity.
     * @param priceFixed    limit price, or {@link FixedPoint#NULL_PRICE}.
     * @return {@code true} if recorded; {@code false} (counted) for an id already open, ids out of range or no free
     *         slot.
     */
    public boolean onOrderSent(
        final long clientOrderId, final int venueId, final int instrumentId, final int strategyId,
        final int accountId, final Side side, final long quantity, final long priceFixed) {
        if (freeTop == 0 || slotByOrderId.containsKey(clientOrderId) || instrumentId < 0
            || instrumentId >= instruments || strategyId < 0 || strategyId >= strategies || accountId < 0
            || accountId >= accounts || venueId < 0 || venueId >= venues || side.sign() == 0 || quantity <= 0) {
            unknownOrderEvents++;
            return false;
        }
        final int slot = freeSlots[--freeTop];
        slotByOrderId.put(clientOrderId, slot);
        slotOrderId[slot] = clientOrderId;
        slotVenue[slot] = venueId;
        slotInstrument[slot] = instrumentId;
        slotStrategy[slot] = strategyId;
        slotAccount[slot] = accountId;
        slotSign[slot] = (byte) side.sign();
        slotLeaves[slot] = quantity;
        slotFilled[slot] = 0;
        slotPrice[slot] = priceFixed;
        slotPendingId[slot] = 0;
        slotPendingExtra[slot] = 0;
        final int index = venueOpen[venueId]++;
        venueSlots[venueId][index] = slot;
        slotIndex[slot] = index;
        limits[G][F_OPEN_COUNT]++;
        limits[I][instrumentId * STRIDE + F_OPEN_COUNT]++;
        limits[S][strategyId * STRIDE + F_OPEN_COUNT]++;
        limits[A][accountId * STRIDE + F_OPEN_COUNT]++;
        if (priceFixed != NULL && ref[(instrumentId << R_SHIFT) + R_SEEN] == NULL) {
            ref[(instrumentId << R_SHIFT) + R_SEEN] = priceFixed;
            updateMark(instrumentId);
        }
        changeOpen(instrumentId, strategyId, accountId, side.sign(), quantity);
        return true;
    }

    private void changeOpen(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long delta) {
        final int cs = strategyId * instruments + instrumentId;
        final int ca = accountId * instruments + instrumentId;
        if (sign > 0) {
            instrumentCells.add(Cells.OPEN_BUY, instrumentId, delta);
            strategyCells.add(Cells.OPEN_BUY, cs, delta);
            accountCells.add(Cells.OPEN_BUY, ca, delta);
        } else {
            instrumentCells.add(Cells.OPEN_SELL, instrumentId, delta);
            strategyCells.add(Cells.OPEN_SELL, cs, delta);
            accountCells.add(Cells.OPEN_SELL, ca, delta);
        }
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
        refresh(strategyCells, cs, markPrice, S, strategyId);
        refresh(accountCells, ca, markPrice, A, accountId);
    }

    private void release(final int slot) {
        final long clientOrderId = slotOrderId[slot];
        slotByOrderId.remove(clientOrderId);
        released.add(clientOrderId, slotInstrument[slot], slotStrategy[slot], slotAccount[slot], slotSign[slot]);
        if (slotPendingId[slot] != 0) {
            slotByOrderId.remove(slotPendingId[slot]);
            released.add(slotPendingId[slot], slotInstrument[slot], slotStrategy[slot], slotAccount[slot],
                slotSign[slot]);
        }
        final int venueId = slotVenue[slot];
        final int[] venueOpenSlots = venueSlots[venueId];
        final int last = --venueOpen[venueId];
        final int index = slotIndex[slot];
        final int moved = venueOpenSlots[last];
        venueOpenSlots[index] = moved;
        slotIndex[moved] = index;
        final int instrumentId = slotInstrument[slot];
        final int strategyId = slotStrategy[slot];
        final int accountId = slotAccount[slot];
        limits[G][F_OPEN_COUNT]--;
        limits[I][instrumentId * STRIDE + F_OPEN_COUNT]--;
        limits[S][strategyId * STRIDE + F_OPEN_COUNT]--;
        limits[A][accountId * STRIDE + F_OPEN_COUNT]--;
        final long open = slotLeaves[slot] + slotPendingExtra[slot];
        if (open != 0) {
            changeOpen(instrumentId, strategyId, accountId, slotSign[slot], -open);
        }
        slotOrderId[slot] = 0;
        slotPendingId[slot] = 0;
        slotPendingExtra[slot] = 0;
        slotLeaves[slot] = 0;
        freeSlots[freeTop++] = slot;
    }

    private int slotOf(final long clientOrderId) {
        final int slot = (int) slotByOrderId.get(clientOrderId);
        if (slot < 0) {
            unknownOrderEvents++;
        }
        return slot;
    }

    /**
     * Records a replace handed to a gateway: a quantity increase counts as open at once (worst case), a decrease
     * only when the venue confirms it ({@link #onReplaced}). Allocation-free.
     *
     * @param origClientOrderId the open order.
     * @param newClientOrderId  the id it will carry.
     * @param quantity          new total quantity, filled quantity included.
     * @param priceFixed        new price.
     * @return {@code true} if recorded; {@code false} (counted) if the order is not open or a replace is pending.
     */
    @Override
    public boolean onReplaceSent(
        final long origClientOrderId, final long newClientOrderId, final long quantity, final long priceFixed) {
        final int slot = slotOf(origClientOrderId);
        if (slot < 0 || slotOrderId[slot] != origClientOrderId || slotPendingId[slot] != 0
            || slotByOrderId.containsKey(newClientOrderId) || newClientOrderId == 0) {
            return false;
        }
        final long extra = Math.max(0, quantity - slotFilled[slot] - slotLeaves[slot]);
        slotPendingId[slot] = newClientOrderId;
        slotPendingExtra[slot] = extra;
        slotByOrderId.put(newClientOrderId, slot);
        if (extra > 0) {
            changeOpen(slotInstrument[slot], slotStrategy[slot], slotAccount[slot], slotSign[slot], extra);
        }
        return true;
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        slotOf(clientOrderId);
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        releaseIfTracked(clientOrderId);
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        releaseIfTracked(clientOrderId);
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        releaseIfTracked(clientOrderId);
    }

    private void releaseIfTracked(final long clientOrderId) {
        final int slot = slotOf(clientOrderId);
        if (slot >= 0) {
            release(slot);
        }
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        int slot = (int) slotByOrderId.get(origClientOrderId);
        if (slot < 0) {
            slot = slotOf(clientOrderId);
            if (slot < 0) {
                return;
            }
        }
        final int instrumentId = slotInstrument[slot];
        final int strategyId = slotStrategy[slot];
        final int accountId = slotAccount[slot];
        final int sign = slotSign[slot];
        final long delta = quantity - slotLeaves[slot] - slotPendingExtra[slot];
        slotByOrderId.remove(slotOrderId[slot]);
        if (slotPendingId[slot] != 0) {
            slotByOrderId.remove(slotPendingId[slot]);
        }
        slotByOrderId.put(clientOrderId, slot);
        slotOrderId[slot] = clientOrderId;
        slotPendingId[slot] = 0;
        slotPendingExtra[slot] = 0;
        slotLeaves[slot] = quantity;
        slotPrice[slot] = priceFixed;
        if (delta != 0) {
            changeOpen(instrumentId, strategyId, accountId, sign, delta);
        }
        if (quantity <= 0) {
            release(slot);
        }
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        final int slot = (int) slotByOrderId.get(clientOrderId);
        if (slot < 0 || slotPendingId[slot] != clientOrderId) {
            return;
        }
        final long extra = slotPendingExtra[slot];
        slotByOrderId.remove(clientOrderId);
        slotPendingId[slot] = 0;
        slotPendingExtra[slot] = 0;
        if (extra > 0) {
            changeOpen(slotInstrument[slot], slotStrategy[slot], slotAccount[slot], slotSign[slot], -extra);
        }
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final long timestampNs) {
        if (lastQuantity <= 0) {
            return;
        }
        final int slot = (int) slotByOrderId.get(clientOrderId);
        if (slot < 0) {
            onLateFill(clientOrderId, lastPriceFixed, lastQuantity);
            return;
        }
        final int instrumentId = slotInstrument[slot];
        final int strategyId = slotStrategy[slot];
        final int accountId = slotAccount[slot];
        final int sign = slotSign[slot];
        final long fromOpen = Math.min(lastQuantity, slotLeaves[slot]);
        slotLeaves[slot] -= fromOpen;
        slotFilled[slot] += lastQuantity;
        if (fromOpen > 0) {
            if (sign > 0) {
                instrumentCells.add(Cells.OPEN_BUY, instrumentId, -fromOpen);
                strategyCells.add(Cells.OPEN_BUY, strategyId * instruments + instrumentId, -fromOpen);
                accountCells.add(Cells.OPEN_BUY, accountId * instruments + instrumentId, -fromOpen);
            } else {
                instrumentCells.add(Cells.OPEN_SELL, instrumentId, -fromOpen);
                strategyCells.add(Cells.OPEN_SELL, strategyId * instruments + instrumentId, -fromOpen);
                accountCells.add(Cells.OPEN_SELL, accountId * instruments + instrumentId, -fromOpen);
            }
        }
        applyFill(instrumentId, strategyId, accountId, sign, lastPriceFixed, lastQuantity);
        if (leavesQuantity <= 0 || slotLeaves[slot] == 0) {
            release(slot);
        }
    }

    private void onLateFill(final long clientOrderId, final long lastPriceFixed, final long lastQuantity) {
        final int entry = released.find(clientOrderId);
        if (entry < 0) {
            unknownOrderEvents++;
            return;
        }
        lateFills++;
        applyFill(released.instrument(entry), released.strategy(entry), released.account(entry),
            released.sign(entry), lastPriceFixed, lastQuantity);
    }

    /**
     * Records a fill the checker cannot match to an open order (a late fill after a cancel, a fill from a drop copy,
     * a position transferred in): positions, P&amp;L and post-trade limits update as for any fill. Allocation-free.
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
        if (instrumentId < 0 || instrumentId >= instruments || strategyId < 0 || strategyId >= strategies
            || accountId < 0 || accountId >= accounts || side.sign() == 0 || lastQuantity <= 0) {
            unknownOrderEvents++;
            return;
        }
        applyFill(instrumentId, strategyId, accountId, side.sign(), lastPriceFixed, lastQuantity);
    }

    private void applyFill(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long price,
        final long quantity) {
        final int cs = strategyId * instruments + instrumentId;
        final int ca = accountId * instruments + instrumentId;
        trade(instrumentCells, instrumentId, sign, price, quantity);
        trade(strategyCells, cs, sign, price, quantity);
        trade(accountCells, ca, sign, price, quantity);
        dayTrade(accountId, ca, sign);
        if (ref[(instrumentId << R_SHIFT) + R_SEEN] != price && price != NULL) {
            ref[(instrumentId << R_SHIFT) + R_SEEN] = price;
            updateMark(instrumentId);
        }
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
        refresh(strategyCells, cs, markPrice, S, strategyId);
        refresh(accountCells, ca, markPrice, A, accountId);
        final long now = clock.epochNanos();
        fillRate(G, 0, now);
        fillRate(I, instrumentId, now);
        fillRate(S, strategyId, now);
        fillRate(A, accountId, now);
        postTrade(G, 0);
        postTrade(I, instrumentId);
        postTrade(S, strategyId);
        postTrade(A, accountId);
    }

    private static void trade(final Cells cells, final int c, final int sign, final long price, final long quantity) {
        final long position = cells.get(Cells.POSITION, c);
        final long average = cells.get(Cells.AVERAGE_PRICE, c);
        if (position == 0 || (position > 0) == (sign > 0)) {
            final long newAbs = FixedPoint.addSaturated(Math.abs(position), quantity);
            cells.set(Cells.AVERAGE_PRICE, c, position == 0 ? price
                : average + FixedPoint.notional(price - average, quantity) / newAbs);
            cells.set(Cells.POSITION, c, FixedPoint.addSaturated(position, sign * quantity));
            return;
        }
        final long closing = Math.min(quantity, Math.abs(position));
        final long pnl = FixedPoint.notional(price - average, closing);
        cells.set(Cells.REALIZED, c, FixedPoint.addSaturated(cells.get(Cells.REALIZED, c), position > 0 ? pnl : -pnl));
        final long newPosition = FixedPoint.addSaturated(position, sign * quantity);
        cells.set(Cells.POSITION, c, newPosition);
        if (newPosition == 0) {
            cells.set(Cells.AVERAGE_PRICE, c, 0);
        } else if ((newPosition > 0) != (position > 0)) {
            cells.set(Cells.AVERAGE_PRICE, c, price);
        }
    }

    private void refresh(final Cells cells, final int c, final long markPrice, final int scope, final int entity) {
        final long position = cells.get(Cells.POSITION, c);
        final long high = FixedPoint.addSaturated(position, cells.get(Cells.OPEN_BUY, c));
        final long low = FixedPoint.addSaturated(position, -cells.get(Cells.OPEN_SELL, c));
        final long netLong = high == 0 ? 0 : FixedPoint.notional(markPrice, high);
        final long netShort = low == 0 ? 0 : FixedPoint.notional(markPrice, low);
        final long gross = Math.max(Math.abs(netLong), Math.abs(netShort));
        final long unrealized = position == 0 || markPrice == NULL ? 0
            : FixedPoint.notional(markPrice - cells.get(Cells.AVERAGE_PRICE, c), position);
        final long pnl = FixedPoint.addSaturated(cells.get(Cells.REALIZED, c), unrealized);
        final long grossDelta = gross - cells.get(Cells.GROSS, c);
        final long oldNetLong = cells.get(Cells.NET_LONG, c);
        final long oldNetShort = cells.get(Cells.NET_SHORT, c);
        final long oldPnl = cells.get(Cells.PNL, c);
        apply(scope, entity, grossDelta, netLong, oldNetLong, netShort, oldNetShort, pnl, oldPnl);
        if (scope == I) {
            apply(G, 0, grossDelta, netLong, oldNetLong, netShort, oldNetShort, pnl, oldPnl);
        }
        cells.set(Cells.HIGH, c, high);
        cells.set(Cells.LOW, c, low);
        cells.set(Cells.GROSS, c, gross);
        cells.set(Cells.NET_LONG, c, netLong);
        cells.set(Cells.NET_SHORT, c, netShort);
        cells.set(Cells.PNL, c, pnl);
    }

    private void apply(
        final int scope, final int entity, final long grossDelta, final long netLong, final long oldNetLong,
        final long netShort, final long oldNetShort, final long pnl, final long oldPnl) {
        if (grossDelta != 0) {
            Int128.add(sums[scope], entity * SUMS + GROSS, grossDelta);
        }
        if (netLong != oldNetLong) {
            Int128.add(sums[scope], entity * SUMS + NET_LONG, netLong);
            Int128.add(sums[scope], entity * SUMS + NET_LONG, -oldNetLong);
        }
        if (netShort != oldNetShort) {
            Int128.add(sums[scope], entity * SUMS + NET_SHORT, netShort);
            Int128.add(sums[scope], entity * SUMS + NET_SHORT, -oldNetShort);
        }
        if (pnl != oldPnl) {
            Int128.add(sums[scope], entity * SUMS + PNL, pnl);
            Int128.add(sums[scope], entity * SUMS + PNL, -oldPnl);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reference prices and marking
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Sets the best bid and offer of an instrument (from the book): the collar reference (MID, BBO) and the mark.
     * Re-marks the instrument's non-empty cells and runs the post-trade limits on them: O(strategies + accounts).
     *
     * @param instrumentId dense instrument id.
     * @param bidFixed     best bid, or {@link FixedPoint#NULL_PRICE} if none.
     * @param askFixed     best offer, or {@link FixedPoint#NULL_PRICE} if none.
     */
    public void onBbo(final int instrumentId, final long bidFixed, final long askFixed) {
        if (instrumentId < 0 || instrumentId >= instruments) {
            return;
        }
        ref[(instrumentId << R_SHIFT) + R_BID] = bidFixed;
        ref[(instrumentId << R_SHIFT) + R_ASK] = askFixed;
        updateMark(instrumentId);
    }

    /**
     * Sets the last trade price of an instrument: the collar reference (LAST) and the mark when there is no BBO.
     *
     * @param instrumentId dense instrument id.
     * @param priceFixed   last trade price.
     */
    public void onLastTrade(final int instrumentId, final long priceFixed) {
        if (instrumentId < 0 || instrumentId >= instruments) {
            return;
        }
        ref[(instrumentId << R_SHIFT) + R_LAST] = priceFixed;
        updateMark(instrumentId);
    }

    private void updateMark(final int instrumentId) {
        final long b = ref[(instrumentId << R_SHIFT) + R_BID];
        final long a = ref[(instrumentId << R_SHIFT) + R_ASK];
        final long newMark;
        if (b != NULL && a != NULL) {
            newMark = mid(b, a);
        } else if (ref[(instrumentId << R_SHIFT) + R_LAST] != NULL) {
            newMark = ref[(instrumentId << R_SHIFT) + R_LAST];
        } else if (b != NULL) {
            newMark = b;
        } else if (a != NULL) {
            newMark = a;
        } else {
            newMark = ref[(instrumentId << R_SHIFT) + R_SEEN];
        }
        if (newMark == ref[(instrumentId << R_SHIFT) + R_MARK]) {
            return;
        }
        ref[(instrumentId << R_SHIFT) + R_MARK] = newMark;
        remark(instrumentId, true);
    }

    private void remark(final int instrumentId, final boolean evaluate) {
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        if (!instrumentCells.isEmpty(instrumentId)) {
            refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
            if (evaluate) {
                postTrade(G, 0);
                postTrade(I, instrumentId);
            }
        }
        for (int s = 0; s < strategies; s++) {
            final int c = s * instruments + instrumentId;
            if (!strategyCells.isEmpty(c)) {
                refresh(strategyCells, c, markPrice, S, s);
                if (evaluate) {
                    postTrade(S, s);
                }
            }
        }
        for (int a = 0; a < accounts; a++) {
            final int c = a * instruments + instrumentId;
            if (!accountCells.isEmpty(c)) {
                refresh(accountCells, c, markPrice, A, a);
                if (evaluate) {
                    postTrade(A, a);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Post-trade limits
    // ---------------------------------------------------------------------------------------------------------------

    private void postTrade(final int scope, final int entity) {
        final long[] lim = limits[scope];
        final int o = entity * STRIDE;
        final long maxLoss = lim[o + F_DAILY_LOSS];
        final long maxDrawdown = lim[o + F_DRAWDOWN];
        if (maxLoss == MAX && maxDrawdown == MAX) {
            return;
        }
        final long pnl = Int128.get(sums[scope], entity * SUMS + PNL);
        final long[] peak = peaks[scope];
        if (pnl > peak[entity]) {
            peak[entity] = pnl;
        }
        final int flags = breached[scope][entity];
        if (maxLoss != MAX && (flags & BREACH_LOSS) == 0 && -pnl > maxLoss) {
            breached[scope][entity] |= BREACH_LOSS;
            breach(scope, entity, RejectReason.DAILY_LOSS, action(lim[o + F_FLAGS], LOSS_ACTION_SHIFT), -pnl, maxLoss);
        }
        final long drawdown = FixedPoint.addSaturated(peak[entity], -pnl);
        if (maxDrawdown != MAX && (flags & BREACH_DRAWDOWN) == 0 && drawdown > maxDrawdown) {
            breached[scope][entity] |= BREACH_DRAWDOWN;
            breach(scope, entity, RejectReason.DRAWDOWN, action(lim[o + F_FLAGS], DRAWDOWN_ACTION_SHIFT), drawdown,
                maxDrawdown);
        }
    }

    private void fillRate(final int scope, final int entity, final long now) {
        final SlidingWindows windows = fillRate[scope];
        if (!windows.isLimited(entity)) {
            return;
        }
        final boolean full = windows.isFull(entity, now);
        windows.record(entity, now);
        if (full && (breached[scope][entity] & BREACH_FILL_RATE) == 0) {
            breached[scope][entity] |= BREACH_FILL_RATE;
            final long[] lim = limits[scope];
            final long limit = lim[entity * STRIDE + F_FILL_RATE];
            breach(scope, entity, RejectReason.MESSAGE_RATE, action(lim[entity * STRIDE + F_FLAGS], FILL_ACTION_SHIFT),
                limit + 1, limit);
        }
    }

    private void breach(
        final int scope, final int entity, final RejectReason limit, final int action, final long value,
        final long limitValue) {
        audit.breach(clock.epochNanos(), scope, entity, limit, action, value, limitValue);
        listener.onBreach(SCOPES[scope], entity, limit, ACTIONS[action], value, limitValue);
        if (action == BreachAction.REDUCE_ONLY.ordinal()) {
            if (limits[scope][entity * STRIDE + F_STATE] < TradingState.REDUCE_ONLY.ordinal()) {
                tradingState(SCOPES[scope], entity, TradingState.REDUCE_ONLY);
            }
        } else if (action == BreachAction.KILL_SWITCH.ordinal()) {
            killSwitch.trigger(limit == RejectReason.DAILY_LOSS ? KillReason.DAILY_LOSS
                : limit == RejectReason.DRAWDOWN ? KillReason.DRAWDOWN : KillReason.FILL_RATE);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Pattern day trader
    // ---------------------------------------------------------------------------------------------------------------

    private boolean couldCompleteDayTrade(final int cell, final int sign) {
        return pdtDay[cell] == businessDay && pdtArmed[cell] && pdtOpeningSide[cell] != sign;
    }

    private void dayTrade(final int accountId, final int cell, final int sign) {
        if (pdtDay[cell] != businessDay) {
            pdtDay[cell] = businessDay;
            pdtOpeningSide[cell] = (byte) sign;
            pdtArmed[cell] = true;
        } else if (pdtOpeningSide[cell] == sign) {
            pdtArmed[cell] = true;
        } else if (pdtArmed[cell]) {
            pdtArmed[cell] = false;
            final int k = accountId * pdtBusinessDays + Math.floorMod(businessDay, pdtBusinessDays);
            if (dayTradeDays[k] != businessDay) {
                dayTradeDays[k] = businessDay;
                dayTradeCounts[k] = 0;
            }
            dayTradeCounts[k]++;
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
        int total = 0;
        final int base = accountId * pdtBusinessDays;
        for (int k = base; k < base + pdtBusinessDays; k++) {
            final int day = dayTradeDays[k];
            if (day != Integer.MIN_VALUE && day > businessDay - pdtBusinessDays && day <= businessDay) {
                total += dayTradeCounts[k];
            }
        }
        return total;
    }

    /**
     * Sets an account's equity for the pattern-day-trader rule.
     *
     * @param accountId   dense account id.
     * @param equityFixed equity in currency units, fixed-point.
     */
    public void accountEquity(final int accountId, final long equityFixed) {
        equity[accountId] = equityFixed;
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
        this.businessDay = businessDayNumber;
        for (final Cells cells : new Cells[] {instrumentCells, strategyCells, accountCells}) {
            cells.fill(Cells.REALIZED, 0);
            for (int c = 0; c < cells.size; c++) {
                final long m = ref[((c % instruments) << R_SHIFT) + R_MARK];
                if (cells.get(Cells.POSITION, c) != 0 && m != NULL) {
                    cells.set(Cells.AVERAGE_PRICE, c, m);
                }
            }
        }
        for (int scope = 0; scope < 4; scope++) {
            Arrays.fill(peaks[scope], 0);
            Arrays.fill(breached[scope], (byte) 0);
        }
        rebuildSums();
    }

    private void rebuildSums() {
        for (int scope = 0; scope < 4; scope++) {
            Arrays.fill(sums[scope], 0);
        }
        for (final Cells cells : new Cells[] {instrumentCells, strategyCells, accountCells}) {
            cells.fill(Cells.GROSS, 0);
            cells.fill(Cells.NET_LONG, 0);
            cells.fill(Cells.NET_SHORT, 0);
            cells.fill(Cells.PNL, 0);
        }
        for (int i = 0; i < instruments; i++) {
            refresh(instrumentCells, i, ref[(i << R_SHIFT) + R_MARK], I, i);
            for (int s = 0; s < strategies; s++) {
                refresh(strategyCells, s * instruments + i, ref[(i << R_SHIFT) + R_MARK], S, s);
            }
            for (int a = 0; a < accounts; a++) {
                refresh(accountCells, a * instruments + i, ref[(i << R_SHIFT) + R_MARK], A, a);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Trading state, kill switch, views
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Sets the trading state of a scope entity (and audits it). Trading thread; from another thread, hand it over
     * through the host's command queue (only the kill switch is thread-safe).
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @param state    the new state.
     */
    public void tradingState(final Scope scope, final int entityId, final TradingState state) {
        limits[scope.ordinal()][entityId * STRIDE + F_STATE] = state.ordinal();
        audit.state(clock.epochNanos(), scope.ordinal(), entityId, state.ordinal());
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
        return venueOpen[venueId];
    }

    @Override
    public int copyOpenOrderIds(final int venueId, final long[] destination) {
        final int[] open = venueSlots[venueId];
        final long[] ids = slotOrderId;
        final int count = Math.min(venueOpen[venueId], destination.length);
        // independent loads (no list walk): the cost of a 10,000-order kill switch is the gateways' encoding
        for (int n = 0; n < count; n++) {
            destination[n] = ids[open[n]];
        }
        return count;
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
        return cells(scope).get(Cells.POSITION, cell(scope, entityId, instrumentId));
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
        return cells(scope).get(Cells.OPEN_BUY, cell(scope, entityId, instrumentId));
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
        return cells(scope).get(Cells.OPEN_SELL, cell(scope, entityId, instrumentId));
    }

    private Cells cells(final Scope scope) {
        return scope == Scope.STRATEGY ? strategyCells : scope == Scope.ACCOUNT ? accountCells : instrumentCells;
    }

    private int cell(final Scope scope, final int entityId, final int instrumentId) {
        return scope == Scope.STRATEGY || scope == Scope.ACCOUNT ? entityId * instruments + instrumentId
            : instrumentId;
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

    /**
     * Returns the worst-case gross exposure of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity (0 for GLOBAL).
     * @return fixed-point amount, saturated.
     */
    public long grossExposure(final Scope scope, final int entityId) {
        return Int128.get(sums[scope.ordinal()], entityId * SUMS + GROSS);
    }

    /**
     * Returns the worst-case long net exposure (every open buy filled) of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long netExposureLong(final Scope scope, final int entityId) {
        return Int128.get(sums[scope.ordinal()], entityId * SUMS + NET_LONG);
    }

    /**
     * Returns the worst-case short net exposure (every open sell filled) of a scope entity, marked.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long netExposureShort(final Scope scope, final int entityId) {
        return Int128.get(sums[scope.ordinal()], entityId * SUMS + NET_SHORT);
    }

    /**
     * Returns the day's P&amp;L (realized plus unrealized at the mark) of a scope entity.
     *
     * @param scope    the scope.
     * @param entityId the entity.
     * @return fixed-point amount, saturated.
     */
    public long pnl(final Scope scope, final int entityId) {
        return Int128.get(sums[scope.ordinal()], entityId * SUMS + PNL);
    }

    /**
     * Returns the mark price of an instrument.
     *
     * @param instrumentId dense instrument id.
     * @return mark, or {@link FixedPoint#NULL_PRICE}.
     */
    public long markPrice(final int instrumentId) {
        return ref[(instrumentId << R_SHIFT) + R_MARK];
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
     * Returns the number of fills booked for orders the checker no longer tracked (a fill after a cancel, or after
     * the order was otherwise released); they update positions and P&amp;L like any fill.
     *
     * @return late fills.
     */
    public long lateFills() {
        return lateFills;
    }

    /**
     * Returns the number of events for unknown orders and refused lifecycle calls (documented no-ops).
     *
     * @return unknown-order events.
     */
    public long unknownOrderEvents() {
        return unknownOrderEvents;
    }

    /**
     * Recomputes from scratch everything the checker keeps incrementally (open counts per scope and venue, the
     * per-venue open-order lists, open quantities, worst-case positions, exposure and P&amp;L contributions of every
     * cell at the current mark, the exact scope sums) and compares. For tests; allocates.
     *
     * @return {@code null} if everything matches, else the first mismatch.
     */
    String inconsistency() {
        final Cells[] kinds = {instrumentCells, strategyCells, accountCells};
        final long[][] open = {new long[instrumentCells.size * 2], new long[strategyCells.size * 2],
            new long[accountCells.size * 2]};
        final long[][] counts = {new long[1], new long[instruments], new long[strategies], new long[accounts]};
        final int[] perVenue = new int[venues];
        for (int slot = 0; slot < slotOrderId.length; slot++) {
            if (slotOrderId[slot] == 0) {
                continue;
            }
            if (slotByOrderId.get(slotOrderId[slot]) != slot) {
                return "slot " + slot + " not mapped from its id";
            }
            final int v = slotVenue[slot];
            if (slotIndex[slot] >= venueOpen[v] || venueSlots[v][slotIndex[slot]] != slot) {
                return "slot " + slot + " not in its venue list";
            }
            perVenue[v]++;
            final int i = slotInstrument[slot];
            counts[G][0]++;
            counts[I][i]++;
            counts[S][slotStrategy[slot]]++;
            counts[A][slotAccount[slot]]++;
            final int side = slotSign[slot] > 0 ? 0 : 1;
            final long quantity = slotLeaves[slot] + slotPendingExtra[slot];
            open[0][i * 2 + side] += quantity;
            open[1][(slotStrategy[slot] * instruments + i) * 2 + side] += quantity;
            open[2][(slotAccount[slot] * instruments + i) * 2 + side] += quantity;
        }
        for (int v = 0; v < venues; v++) {
            if (perVenue[v] != venueOpen[v]) {
                return "venue " + v + " open " + venueOpen[v] + " != " + perVenue[v];
            }
        }
        for (int scope = 0; scope < 4; scope++) {
            for (int e = 0; e < counts[scope].length; e++) {
                if (limits[scope][e * STRIDE + F_OPEN_COUNT] != counts[scope][e]) {
                    return SCOPES[scope] + " " + e + " open count";
                }
            }
        }
        final long[][] expectedSums = new long[4][];
        for (int scope = 0; scope < 4; scope++) {
            expectedSums[scope] = new long[sums[scope].length];
        }
        final String[] fields = {"high", "low", "gross", "net long", "net short", "pnl"};
        for (int kind = 0; kind < 3; kind++) {
            final Cells cells = kinds[kind];
            for (int c = 0; c < cells.size; c++) {
                final int instrument = c % instruments;
                final long markPrice = ref[(instrument << R_SHIFT) + R_MARK];
                final long position = cells.get(Cells.POSITION, c);
                if (cells.get(Cells.OPEN_BUY, c) != open[kind][c * 2] || cells.get(Cells.OPEN_SELL, c)
                    != open[kind][c * 2 + 1]) {
                    return "cells " + kind + " cell " + c + " open quantity";
                }
                final long high = FixedPoint.addSaturated(position, open[kind][c * 2]);
                final long low = FixedPoint.addSaturated(position, -open[kind][c * 2 + 1]);
                final long netLong = high == 0 ? 0 : FixedPoint.notional(markPrice, high);
                final long netShort = low == 0 ? 0 : FixedPoint.notional(markPrice, low);
                final long gross = Math.max(Math.abs(netLong), Math.abs(netShort));
                final long unrealized = position == 0 || markPrice == NULL ? 0
                    : FixedPoint.notional(markPrice - cells.get(Cells.AVERAGE_PRICE, c), position);
                final long pnl = FixedPoint.addSaturated(cells.get(Cells.REALIZED, c), unrealized);
                final long[] expected = {high, low, gross, netLong, netShort, pnl};
                final int[] at = {Cells.HIGH, Cells.LOW, Cells.GROSS, Cells.NET_LONG, Cells.NET_SHORT, Cells.PNL};
                for (int f = 0; f < at.length; f++) {
                    if (cells.get(at[f], c) != expected[f]) {
                        return "cells " + kind + " cell " + c + " " + fields[f] + " " + cells.get(at[f], c) + " != "
                            + expected[f];
                    }
                }
                final int scope = kind + 1;
                final int entity = kind == 0 ? c : c / instruments;
                for (int target : kind == 0 ? new int[] {G, I} : new int[] {scope}) {
                    final int k = (target == G ? 0 : entity) * SUMS;
                    Int128.add(expectedSums[target], k + GROSS, gross);
                    Int128.add(expectedSums[target], k + NET_LONG, netLong);
                    Int128.add(expectedSums[target], k + NET_SHORT, netShort);
                    Int128.add(expectedSums[target], k + PNL, pnl);
                }
            }
        }
        for (int scope = 0; scope < 4; scope++) {
            if (!Arrays.equals(expectedSums[scope], sums[scope])) {
                return SCOPES[scope] + " sums " + Arrays.toString(sums[scope]) + " != "
                    + Arrays.toString(expectedSums[scope]);
            }
        }
        return null;
    }
}
