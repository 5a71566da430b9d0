package dev.hft.risk;

import static dev.hft.risk.LimitTable.F_DAILY_LOSS;
import static dev.hft.risk.LimitTable.F_DRAWDOWN;
import static dev.hft.risk.LimitTable.F_FILL_RATE;
import static dev.hft.risk.LimitTable.F_FLAGS;
import static dev.hft.risk.LimitTable.F_STATE;
import static dev.hft.risk.LimitTable.MAX;
import static dev.hft.risk.LimitTable.STRIDE;

import java.util.Arrays;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.risk.audit.AuditLog;
import dev.hft.timing.EpochNanoClock;

/**
 * The post-trade limits (daily loss and drawdown from the scope's P&amp;L sums, fills per rate window) with their
 * breach actions, the trading states they set, and the pattern-day-trader counts. Aggregates only: per scope entity a
 * P&amp;L peak and breach flags, per account x instrument the day's opening side, per account the day trades of the
 * last business days. Single-threaded (the trading thread).
 *
 * <p><b>Pattern day trader.</b> A <em>day trade</em> here is: within one account, one instrument and one business day
 * (numbered by the host through {@code RiskChecker.startOfDay(int)}), a fill on the side opposite to that day's
 * <em>opening side</em> (the side of the day's first fill) after at least one opening-side fill since the previous day
 * trade; each such fill counts one day trade and needs a new opening-side fill before the next one counts. So buy,
 * buy, sell, sell is one day trade; buy, sell, buy, sell two; sell (a long carried overnight) then buy one. An account
 * with the check on and equity below the threshold (25,000) that already has {@code dayTrades - 1} (3) day trades in
 * the last {@code businessDays} (5) business days, today included, may not send an order that could complete another:
 * one on the closing side of an instrument with an opening-side fill since its last day trade.
 */
final class PostTradeLimits {

    private static final Scope[] SCOPES = Scope.values();
    private static final BreachAction[] ACTIONS = BreachAction.values();
    private static final int BREACH_LOSS = 1;
    private static final int BREACH_DRAWDOWN = 2;
    private static final int BREACH_FILL_RATE = 4;

    private final LimitTable table;
    private final long[][] sums;
    private final EpochNanoClock clock;
    private final KillSwitch killSwitch;
    private final AuditLog audit;
    private final RiskListener listener;
    private final byte[][] breached = new byte[4][];
    private final long[][] peaks = new long[4][];
    private final SlidingWindows[] fillRate = new SlidingWindows[4];

    private final int instruments;
    private final long[] equity;
    private final long pdtEquityThreshold;
    private final int pdtDayTrades;
    private final int pdtBusinessDays;
    private final int[] pdtDay;
    private final byte[] pdtOpeningSide;
    private final boolean[] pdtArmed;
    private final int[] dayTradeCounts;
    private final int[] dayTradeDays;
    private int businessDay;

    PostTradeLimits(
        final RiskConfig config, final LimitTable table, final long[][] sums, final EpochNanoClock clock,
        final KillSwitch killSwitch, final AuditLog audit, final RiskListener listener) {
        this.table = table;
        this.sums = sums;
        this.clock = clock;
        this.killSwitch = killSwitch;
        this.audit = audit;
        this.listener = listener;
        final long windowNs = config.rateWindowMs * 1_000_000L;
        for (int scope = 0; scope < 4; scope++) {
            final int n = table.fillRates[scope].length;
            breached[scope] = new byte[n];
            peaks[scope] = new long[n];
            fillRate[scope] = new SlidingWindows(table.fillRates[scope], windowNs);
        }
        instruments = config.instruments;
        final int accounts = config.accounts;
        pdtEquityThreshold = FixedPoint.parse(config.pdtEquityThreshold);
        pdtDayTrades = config.pdtDayTrades;
        pdtBusinessDays = config.pdtBusinessDays;
        equity = new long[accounts];
        for (int a = 0; a < accounts; a++) {
            final Limits entry = LimitTable.find(config.accountLimits, a);
            final String text = entry != null && entry.equity != null ? entry.equity : config.accountDefaults.equity;
            equity[a] = text == null ? MAX : FixedPoint.parse(text);
        }
        pdtDay = new int[accounts * instruments];
        Arrays.fill(pdtDay, Integer.MIN_VALUE);
        pdtOpeningSide = new byte[accounts * instruments];
        pdtArmed = new boolean[accounts * instruments];
        dayTradeCounts = new int[accounts * pdtBusinessDays];
        dayTradeDays = new int[accounts * pdtBusinessDays];
        Arrays.fill(dayTradeDays, Integer.MIN_VALUE);
    }

    /** After a fill: the fill-rate windows, the day-trade count and the P&amp;L limits of the four scopes. */
    void onFill(final int instrumentId, final int strategyId, final int accountId, final int sign) {
        dayTrade(accountId, accountId * instruments + instrumentId, sign);
        final long now = clock.epochNanos();
        fillRate(LimitTable.G, 0, now);
        fillRate(LimitTable.I, instrumentId, now);
        fillRate(LimitTable.S, strategyId, now);
        fillRate(LimitTable.A, accountId, now);
        check(LimitTable.G, 0);
        check(LimitTable.I, instrumentId);
        check(LimitTable.S, strategyId);
        check(LimitTable.A, accountId);
    }

    /** Compares a scope entity's P&amp;L with its daily loss and drawdown limits. */
    void check(final int scope, final int entity) {
        final long[] lim = table.limits[scope];
        final int o = entity * STRIDE;
        final long maxLoss = lim[o + F_DAILY_LOSS];
        final long maxDrawdown = lim[o + F_DRAWDOWN];
        if (maxLoss == MAX && maxDrawdown == MAX) {
            return;
        }
        final long pnl = Int128.get(sums[scope], entity * ExposureBook.SUMS + ExposureBook.PNL);
        final long[] peak = peaks[scope];
        if (pnl > peak[entity]) {
            peak[entity] = pnl;
        }
        final int flags = breached[scope][entity];
        if (maxLoss != MAX && (flags & BREACH_LOSS) == 0 && -pnl > maxLoss) {
            breached[scope][entity] |= BREACH_LOSS;
            breach(scope, entity, RejectReason.DAILY_LOSS,
                LimitTable.action(lim[o + F_FLAGS], LimitTable.LOSS_ACTION_SHIFT), -pnl, maxLoss);
        }
        final long drawdown = FixedPoint.addSaturated(peak[entity], -pnl);
        if (maxDrawdown != MAX && (flags & BREACH_DRAWDOWN) == 0 && drawdown > maxDrawdown) {
            breached[scope][entity] |= BREACH_DRAWDOWN;
            breach(scope, entity, RejectReason.DRAWDOWN,
                LimitTable.action(lim[o + F_FLAGS], LimitTable.DRAWDOWN_ACTION_SHIFT), drawdown, maxDrawdown);
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
            final long[] lim = table.limits[scope];
            final long limit = lim[entity * STRIDE + F_FILL_RATE];
            breach(scope, entity, RejectReason.MESSAGE_RATE,
                LimitTable.action(lim[entity * STRIDE + F_FLAGS], LimitTable.FILL_ACTION_SHIFT), limit + 1, limit);
        }
    }

    private void breach(
        final int scope, final int entity, final RejectReason limit, final int action, final long value,
        final long limitValue) {
        audit.breach(clock.epochNanos(), scope, entity, limit, action, value, limitValue);
        listener.onBreach(SCOPES[scope], entity, limit, ACTIONS[action], value, limitValue);
        if (action == BreachAction.REDUCE_ONLY.ordinal()) {
            if (table.limits[scope][entity * STRIDE + F_STATE] < TradingState.REDUCE_ONLY.ordinal()) {
                tradingState(scope, entity, TradingState.REDUCE_ONLY);
            }
        } else if (action == BreachAction.KILL_SWITCH.ordinal()) {
            killSwitch.trigger(limit == RejectReason.DAILY_LOSS ? KillReason.DAILY_LOSS
                : limit == RejectReason.DRAWDOWN ? KillReason.DRAWDOWN : KillReason.FILL_RATE);
        }
    }

    void tradingState(final int scope, final int entity, final TradingState state) {
        table.limits[scope][entity * STRIDE + F_STATE] = state.ordinal();
        audit.state(clock.epochNanos(), scope, entity, state.ordinal());
    }

    /** Whether an order of an account on a side could complete a day trade that the account may not make. */
    RejectReason patternDayTrader(final int accountId, final int cell, final int sign) {
        return equity[accountId] < pdtEquityThreshold && pdtDay[cell] == businessDay && pdtArmed[cell]
            && pdtOpeningSide[cell] != sign && dayTrades(accountId) >= pdtDayTrades - 1
            ? RejectReason.PATTERN_DAY_TRADER : RejectReason.NONE;
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

    int dayTrades(final int accountId) {
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

    void accountEquity(final int accountId, final long equityFixed) {
        equity[accountId] = equityFixed;
    }

    /** Starts a business day: peaks and breach flags reset. */
    void startOfDay(final int businessDayNumber) {
        businessDay = businessDayNumber;
        for (int scope = 0; scope < 4; scope++) {
            Arrays.fill(peaks[scope], 0);
            Arrays.fill(breached[scope], (byte) 0);
        }
    }
}
