package dev.hft.risk;

import static dev.hft.risk.LimitTable.A;
import static dev.hft.risk.LimitTable.F_FLAGS;
import static dev.hft.risk.LimitTable.F_MAX_GROSS;
import static dev.hft.risk.LimitTable.F_MAX_NET;
import static dev.hft.risk.LimitTable.F_MAX_POSITION;
import static dev.hft.risk.LimitTable.G;
import static dev.hft.risk.LimitTable.I;
import static dev.hft.risk.LimitTable.MAX;
import static dev.hft.risk.LimitTable.S;
import static dev.hft.risk.LimitTable.STRIDE;

import java.util.Arrays;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;

/**
 * Positions, open quantities, worst-case exposure and P&amp;L per cell (instrument totals, strategy x instrument,
 * account x instrument), their exact 128-bit sums per scope entity, and the reference prices and marks per instrument:
 * the aggregates the position, reduce-only and exposure checks decide on. Changed by open-quantity deltas, fills and
 * mark moves; no order table. Single-threaded (the trading thread).
 */
final class ExposureBook {

    static final int SUMS = 8;
    static final int GROSS = 0;
    static final int NET_LONG = 2;
    static final int NET_SHORT = 4;
    static final int PNL = 6;

    static final int R_BID = 0;
    static final int R_ASK = 1;
    static final int R_LAST = 2;
    static final int R_SEEN = 3;
    static final int R_MARK = 4;
    static final int R_TICK = 5;
    static final int R_COLLAR = 6;
    static final int R_SHIFT = 3;
    private static final long NULL = FixedPoint.NULL_PRICE;

    private final long[][] limits;
    private final PostTradeLimits postTrade;
    private final int instruments;
    private final int strategies;
    private final int accounts;
    /** Per scope entity, 8 longs (one cache line): gross, net long, net short and P&amp;L as 128-bit sums. */
    final long[][] sums;
    /** Per instrument, one cache line: bid, ask, last, last order or fill price seen, mark, tick, collar reference. */
    final long[] ref;
    final Cells instrumentCells;
    final Cells strategyCells;
    final Cells accountCells;

    ExposureBook(final RiskConfig config, final LimitTable table, final long[][] sums,
        final PostTradeLimits postTrade) {
        this.limits = table.limits;
        this.sums = sums;
        this.postTrade = postTrade;
        instruments = config.instruments;
        strategies = config.strategies;
        accounts = config.accounts;
        ref = new long[instruments << R_SHIFT];
        for (int i = 0; i < instruments; i++) {
            final Limits entry = LimitTable.find(config.instrumentLimits, i);
            final String tick = entry != null && entry.tickSize != null ? entry.tickSize
                : config.instrumentDefaults.tickSize != null ? config.instrumentDefaults.tickSize : "0.01";
            final int o = i << R_SHIFT;
            ref[o + R_TICK] = FixedPoint.parse(tick);
            if (ref[o + R_TICK] <= 0) {
                throw new IllegalArgumentException("tick size must be positive: instrument " + i);
            }
            ref[o + R_COLLAR] = (byte) LimitTable.pick(entry == null ? null : entry.collarReference,
                config.instrumentDefaults.collarReference, CollarReference.BBO).ordinal();
            ref[o + R_BID] = NULL;
            ref[o + R_ASK] = NULL;
            ref[o + R_LAST] = NULL;
            ref[o + R_SEEN] = NULL;
            ref[o + R_MARK] = NULL;
        }
        instrumentCells = new Cells(instruments);
        strategyCells = new Cells(strategies * instruments);
        accountCells = new Cells(accounts * instruments);
    }

    // ------------------------------------------------------------------------------------------ evaluation

    /** Reduce-only, worst-case position, gross and net exposure and pattern day trader, in that order. */
    RejectReason evaluate(
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
        RejectReason reason;
        if (mark != NULL) {
            // the cells' cached worst-case positions and exposures are at this mark: only the order's side changes
            final long wi = worstCase(instrumentCells, ci, sign, quantity);
            final long ws = worstCase(strategyCells, cs, sign, quantity);
            final long wa = worstCase(accountCells, ca, sign, quantity);
            if (beyond(wi, sign, Math.min(gl[LimitTable.F_MAX_POSITION], il[io + F_MAX_POSITION]))
                || beyond(ws, sign, sl[so + F_MAX_POSITION]) || beyond(wa, sign, al[ao + F_MAX_POSITION])) {
                return RejectReason.MAX_POSITION;
            }
            reason = exposure(instrumentCells, ci, sign, wi, mark, sums[I], instrumentId * SUMS,
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
        } else {
            if (exceedsPosition(instrumentCells, ci, sign, quantity, Math.min(gl[F_MAX_POSITION],
                il[io + F_MAX_POSITION]))
                || exceedsPosition(strategyCells, cs, sign, quantity, sl[so + F_MAX_POSITION])
                || exceedsPosition(accountCells, ca, sign, quantity, al[ao + F_MAX_POSITION])) {
                return RejectReason.MAX_POSITION;
            }
            // no mark yet: valued at the order's price, nothing cached at it; the instrument and global scopes share
            // the instrument cell, whose worst-case exposure is computed once
            reason = exposureAtPrice(instrumentCells, ci, sign, quantity, valuePrice, I, instrumentId,
                il[io + F_MAX_GROSS], il[io + F_MAX_NET], gl[F_MAX_GROSS], gl[F_MAX_NET]);
            if (reason == RejectReason.NONE) {
                reason = exposureAtPrice(strategyCells, cs, sign, quantity, valuePrice, S, strategyId,
                    sl[so + F_MAX_GROSS], sl[so + F_MAX_NET], MAX, MAX);
            }
            if (reason == RejectReason.NONE) {
                reason = exposureAtPrice(accountCells, ca, sign, quantity, valuePrice, A, accountId,
                    al[ao + F_MAX_GROSS], al[ao + F_MAX_NET], MAX, MAX);
            }
        }
        if (reason == RejectReason.NONE && (al[ao + F_FLAGS] & LimitTable.FLAG_PDT) != 0) {
            return postTrade.patternDayTrader(accountId, ca, sign);
        }
        return reason;
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

    // ------------------------------------------------------------------------------------------ changes

    /** Notes an order price seen (the mark of last resort) before its open quantity is booked. */
    void seen(final int instrumentId, final long priceFixed) {
        if (priceFixed != NULL && ref[(instrumentId << R_SHIFT) + R_SEEN] == NULL) {
            ref[(instrumentId << R_SHIFT) + R_SEEN] = priceFixed;
            updateMark(instrumentId);
        }
    }

    /** Changes the open quantity on one side of an order's three cells and re-derives their exposure. */
    void changeOpen(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long delta) {
        final int cs = strategyId * instruments + instrumentId;
        final int ca = accountId * instruments + instrumentId;
        final int field = sign > 0 ? Cells.OPEN_BUY : Cells.OPEN_SELL;
        instrumentCells.add(field, instrumentId, delta);
        strategyCells.add(field, cs, delta);
        accountCells.add(field, ca, delta);
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
        refresh(strategyCells, cs, markPrice, S, strategyId);
        refresh(accountCells, ca, markPrice, A, accountId);
    }

    /**
     * Books a fill: {@code openReleased} of the open quantity on its side becomes position; P&amp;L, marks and the
     * post-trade limits follow.
     */
    void fill(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long price,
        final long quantity, final long openReleased) {
        final int cs = strategyId * instruments + instrumentId;
        final int ca = accountId * instruments + instrumentId;
        if (openReleased != 0) {
            final int field = sign > 0 ? Cells.OPEN_BUY : Cells.OPEN_SELL;
            instrumentCells.add(field, instrumentId, -openReleased);
            strategyCells.add(field, cs, -openReleased);
            accountCells.add(field, ca, -openReleased);
        }
        trade(instrumentCells, instrumentId, sign, price, quantity);
        trade(strategyCells, cs, sign, price, quantity);
        trade(accountCells, ca, sign, price, quantity);
        if (ref[(instrumentId << R_SHIFT) + R_SEEN] != price && price != NULL) {
            ref[(instrumentId << R_SHIFT) + R_SEEN] = price;
            updateMark(instrumentId);
        }
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
        refresh(strategyCells, cs, markPrice, S, strategyId);
        refresh(accountCells, ca, markPrice, A, accountId);
        postTrade.onFill(instrumentId, strategyId, accountId, sign);
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
        final long[] s = sums[scope];
        final int k = entity * SUMS;
        if (grossDelta != 0) {
            Int128.add(s, k + GROSS, grossDelta);
        }
        if (netLong != oldNetLong) {
            Int128.add(s, k + NET_LONG, netLong);
            Int128.add(s, k + NET_LONG, -oldNetLong);
        }
        if (netShort != oldNetShort) {
            Int128.add(s, k + NET_SHORT, netShort);
            Int128.add(s, k + NET_SHORT, -oldNetShort);
        }
        if (pnl != oldPnl) {
            Int128.add(s, k + PNL, pnl);
            Int128.add(s, k + PNL, -oldPnl);
        }
    }

    // ------------------------------------------------------------------------------------------ marks

    void bbo(final int instrumentId, final long bidFixed, final long askFixed) {
        ref[(instrumentId << R_SHIFT) + R_BID] = bidFixed;
        ref[(instrumentId << R_SHIFT) + R_ASK] = askFixed;
        updateMark(instrumentId);
    }

    void lastTrade(final int instrumentId, final long priceFixed) {
        ref[(instrumentId << R_SHIFT) + R_LAST] = priceFixed;
        updateMark(instrumentId);
    }

    private void updateMark(final int instrumentId) {
        final int o = instrumentId << R_SHIFT;
        final long b = ref[o + R_BID];
        final long a = ref[o + R_ASK];
        final long newMark;
        if (b != NULL && a != NULL) {
            newMark = mid(b, a);
        } else if (ref[o + R_LAST] != NULL) {
            newMark = ref[o + R_LAST];
        } else if (b != NULL) {
            newMark = b;
        } else if (a != NULL) {
            newMark = a;
        } else {
            newMark = ref[o + R_SEEN];
        }
        if (newMark == ref[o + R_MARK]) {
            return;
        }
        ref[o + R_MARK] = newMark;
        remark(instrumentId);
    }

    static long mid(final long b, final long a) {
        return (b >> 1) + (a >> 1) + (b & a & 1);
    }

    private void remark(final int instrumentId) {
        final long markPrice = ref[(instrumentId << R_SHIFT) + R_MARK];
        if (!instrumentCells.isEmpty(instrumentId)) {
            refresh(instrumentCells, instrumentId, markPrice, I, instrumentId);
            postTrade.check(G, 0);
            postTrade.check(I, instrumentId);
        }
        for (int s = 0; s < strategies; s++) {
            final int c = s * instruments + instrumentId;
            if (!strategyCells.isEmpty(c)) {
                refresh(strategyCells, c, markPrice, S, s);
                postTrade.check(S, s);
            }
        }
        for (int a = 0; a < accounts; a++) {
            final int c = a * instruments + instrumentId;
            if (!accountCells.isEmpty(c)) {
                refresh(accountCells, c, markPrice, A, a);
                postTrade.check(A, a);
            }
        }
    }

    /** Starts a business day: realized P&amp;L resets and carried positions are re-based to the mark. */
    void startOfDay() {
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
            Arrays.fill(sums[scope], 0);
        }
        for (final Cells cells : new Cells[] {instrumentCells, strategyCells, accountCells}) {
            cells.fill(Cells.GROSS, 0);
            cells.fill(Cells.NET_LONG, 0);
            cells.fill(Cells.NET_SHORT, 0);
            cells.fill(Cells.PNL, 0);
        }
        for (int i = 0; i < instruments; i++) {
            final long m = ref[(i << R_SHIFT) + R_MARK];
            refresh(instrumentCells, i, m, I, i);
            for (int s = 0; s < strategies; s++) {
                refresh(strategyCells, s * instruments + i, m, S, s);
            }
            for (int a = 0; a < accounts; a++) {
                refresh(accountCells, a * instruments + i, m, A, a);
            }
        }
    }

    Cells cells(final Scope scope) {
        return scope == Scope.STRATEGY ? strategyCells : scope == Scope.ACCOUNT ? accountCells : instrumentCells;
    }

    int cell(final Scope scope, final int entityId, final int instrumentId) {
        return scope == Scope.STRATEGY || scope == Scope.ACCOUNT ? entityId * instruments + instrumentId
            : instrumentId;
    }

    /**
     * Recomputes every cell's derived values (worst-case positions, exposure and P&amp;L contributions at the current
     * mark) and the exact scope sums from scratch, with the open quantities recomputed from the order ledger, and
     * compares. For tests; allocates.
     *
     * @param open per cell kind (instrument, strategy, account), per cell, open buy then open sell quantity.
     * @return {@code null} if everything matches, else the first mismatch.
     */
    String inconsistency(final long[][] open) {
        final Cells[] kinds = {instrumentCells, strategyCells, accountCells};
        final long[][] expectedSums = new long[4][];
        for (int scope = 0; scope < 4; scope++) {
            expectedSums[scope] = new long[sums[scope].length];
        }
        final String[] fields = {"high", "low", "gross", "net long", "net short", "pnl"};
        final int[] at = {Cells.HIGH, Cells.LOW, Cells.GROSS, Cells.NET_LONG, Cells.NET_SHORT, Cells.PNL};
        for (int kind = 0; kind < 3; kind++) {
            final Cells cells = kinds[kind];
            for (int c = 0; c < cells.size; c++) {
                final long markPrice = ref[((c % instruments) << R_SHIFT) + R_MARK];
                final long position = cells.get(Cells.POSITION, c);
                if (cells.get(Cells.OPEN_BUY, c) != open[kind][c * 2]
                    || cells.get(Cells.OPEN_SELL, c) != open[kind][c * 2 + 1]) {
                    return "cells " + kind + " cell " + c + " open quantity " + cells.get(Cells.OPEN_BUY, c) + "/"
                        + cells.get(Cells.OPEN_SELL, c) + " != " + open[kind][c * 2] + "/" + open[kind][c * 2 + 1];
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
                for (int f = 0; f < at.length; f++) {
                    if (cells.get(at[f], c) != expected[f]) {
                        return "cells " + kind + " cell " + c + " " + fields[f] + " " + cells.get(at[f], c) + " != "
                            + expected[f];
                    }
                }
                final int entity = kind == 0 ? c : c / instruments;
                for (int target : kind == 0 ? new int[] {G, I} : new int[] {kind + 1}) {
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
                return Scope.values()[scope] + " sums " + Arrays.toString(sums[scope]) + " != "
                    + Arrays.toString(expectedSums[scope]);
            }
        }
        return null;
    }
}
