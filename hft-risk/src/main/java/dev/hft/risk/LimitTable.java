package dev.hft.risk;

import java.math.RoundingMode;
import java.util.List;

import dev.hft.api.FixedPoint;

/**
 * The limits of every scope entity compiled from a {@link RiskConfig} into one flat {@code long} array per scope,
 * {@link #STRIDE} longs (two cache lines) per entity, plus the entity's trading state and open-order count, which
 * change at run time. Unset limits are {@link Long#MAX_VALUE} (no limit). Single-threaded after construction.
 */
final class LimitTable {

    static final int G = 0;
    static final int I = 1;
    static final int S = 2;
    static final int A = 3;
    static final long MAX = Long.MAX_VALUE;

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

    static final long FLAG_RESTRICTED = 1;
    static final long FLAG_PDT = 2;
    static final int LOSS_ACTION_SHIFT = 8;
    static final int DRAWDOWN_ACTION_SHIFT = 10;
    static final int FILL_ACTION_SHIFT = 12;

    /** Per scope ({@link #G}, {@link #I}, {@link #S}, {@link #A}), {@link #STRIDE} longs per entity. */
    final long[][] limits = new long[4][];
    /** Per scope and entity: order, message and fill rate limits (events per rate window). */
    final long[][] orderRates = new long[4][];
    final long[][] messageRates = new long[4][];
    final long[][] fillRates = new long[4][];
    final boolean duplicatesEnabled;

    LimitTable(final RiskConfig config) {
        final int[] counts = {1, config.instruments, config.strategies, config.accounts};
        final Scope[] scopes = Scope.values();
        boolean anyDuplicateWindow = false;
        for (int scope = 0; scope < 4; scope++) {
            final int n = counts[scope];
            final Scope s = scopes[scope];
            final Limits defaults = scope == G ? new Limits() : config.defaults(s);
            final long[] lim = new long[n * STRIDE];
            orderRates[scope] = new long[n];
            messageRates[scope] = new long[n];
            fillRates[scope] = new long[n];
            for (int e = 0; e < n; e++) {
                final Limits entry = scope == G ? config.global : find(config.list(s), e);
                compile(entry, defaults, lim, e * STRIDE);
                lim[e * STRIDE + F_STATE] = pick(entry == null ? null : entry.tradingState, defaults.tradingState,
                    TradingState.ACTIVE).ordinal();
                orderRates[scope][e] = pick(entry == null ? Limits.UNSET : entry.maxOrdersPerSecond,
                    defaults.maxOrdersPerSecond);
                messageRates[scope][e] = pick(entry == null ? Limits.UNSET : entry.maxMessagesPerSecond,
                    defaults.maxMessagesPerSecond);
                fillRates[scope][e] = pick(entry == null ? Limits.UNSET : entry.maxFillsPerSecond,
                    defaults.maxFillsPerSecond);
                anyDuplicateWindow |= lim[e * STRIDE + F_DUP_WINDOW] > 0;
            }
            limits[scope] = lim;
        }
        // the preallocated capacity bounds the open orders like a global limit
        limits[G][F_MAX_OPEN] = Math.min(limits[G][F_MAX_OPEN], config.maxOpenOrdersCapacity);
        duplicatesEnabled = anyDuplicateWindow;
    }

    static Limits find(final List<Limits> list, final int id) {
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

    static <T> T pick(final T entry, final T defaults, final T otherwise) {
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

    static int action(final long flags, final int shift) {
        return (int) ((flags >> shift) & 3);
    }

    static long min4(final long a, final long b, final long c, final long d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    /** Changes the open-order count of an order's four scope entities. */
    void changeOpenCount(final int instrumentId, final int strategyId, final int accountId, final int delta) {
        limits[G][F_OPEN_COUNT] += delta;
        limits[I][instrumentId * STRIDE + F_OPEN_COUNT] += delta;
        limits[S][strategyId * STRIDE + F_OPEN_COUNT] += delta;
        limits[A][accountId * STRIDE + F_OPEN_COUNT] += delta;
    }

    /** Compares the open-order counts with {@code counts} (per scope, per entity); for tests. */
    String openCountMismatch(final long[][] counts) {
        for (int scope = 0; scope < 4; scope++) {
            for (int e = 0; e < counts[scope].length; e++) {
                if (limits[scope][e * STRIDE + F_OPEN_COUNT] != counts[scope][e]) {
                    return Scope.values()[scope] + " " + e + " open count " + limits[scope][e * STRIDE + F_OPEN_COUNT]
                        + " != " + counts[scope][e];
                }
            }
        }
        return null;
    }
}
