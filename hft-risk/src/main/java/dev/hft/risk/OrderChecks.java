package dev.hft.risk;

import static dev.hft.risk.LimitTable.A;
import static dev.hft.risk.LimitTable.F_COLLAR_FACTOR;
import static dev.hft.risk.LimitTable.F_COLLAR_TICKS;
import static dev.hft.risk.LimitTable.F_DUP_WINDOW;
import static dev.hft.risk.LimitTable.F_FLAGS;
import static dev.hft.risk.LimitTable.F_MAX_NOTIONAL;
import static dev.hft.risk.LimitTable.F_MAX_OPEN;
import static dev.hft.risk.LimitTable.F_MAX_QTY;
import static dev.hft.risk.LimitTable.F_OPEN_COUNT;
import static dev.hft.risk.LimitTable.F_STATE;
import static dev.hft.risk.LimitTable.G;
import static dev.hft.risk.LimitTable.I;
import static dev.hft.risk.LimitTable.MAX;
import static dev.hft.risk.LimitTable.S;
import static dev.hft.risk.LimitTable.STRIDE;
import static dev.hft.risk.LimitTable.min4;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

/**
 * The order checks of a new order or a replace, in the order the {@link RiskChecker} class comment lists them, with
 * the rate windows and the duplicate filter they consult and record into; the position, reduce-only, exposure and
 * pattern-day-trader checks are the {@link ExposureBook}'s. Single-threaded (the trading thread).
 */
final class OrderChecks {

    private static final long NULL = FixedPoint.NULL_PRICE;
    private static final int R_SHIFT = ExposureBook.R_SHIFT;

    private final KillSwitch killSwitch;
    private final long[][] limits;
    private final ExposureBook book;
    private final long[] ref;
    private final int instruments;
    private final int strategies;
    private final int accounts;
    private final int venues;
    private final boolean rejectWithoutReference;
    /** Order and message rate windows of every scope entity in one object each: global 0, then {@link #rateI}... */
    final SlidingWindows orderRate;
    final SlidingWindows messageRate;
    private final int rateI;
    private final int rateS;
    private final int rateA;
    private final DuplicateFilter duplicates;
    private final boolean duplicatesEnabled;

    OrderChecks(final RiskConfig config, final LimitTable table, final ExposureBook book, final KillSwitch killSwitch) {
        this.killSwitch = killSwitch;
        this.limits = table.limits;
        this.book = book;
        this.ref = book.ref;
        instruments = config.instruments;
        strategies = config.strategies;
        accounts = config.accounts;
        venues = config.venues;
        rejectWithoutReference = config.rejectWithoutReference;
        final long windowNs = config.rateWindowMs * 1_000_000L;
        rateI = 1;
        rateS = 1 + instruments;
        rateA = 1 + instruments + strategies;
        orderRate = new SlidingWindows(concat(table.orderRates), windowNs);
        messageRate = new SlidingWindows(concat(table.messageRates), windowNs);
        duplicates = new DuplicateFilter(config.duplicateCacheSets);
        duplicatesEnabled = table.duplicatesEnabled;
    }

    private static long[] concat(final long[][] perScope) {
        final long[] all = new long[perScope[0].length + perScope[1].length + perScope[2].length
            + perScope[3].length];
        int at = 0;
        for (final long[] scope : perScope) {
            System.arraycopy(scope, 0, all, at, scope.length);
            at += scope.length;
        }
        return all;
    }

    RejectReason evaluate(
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
        if ((il[io + F_FLAGS] & LimitTable.FLAG_RESTRICTED) != 0) {
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
        if (gl[F_OPEN_COUNT] >= gl[F_MAX_OPEN] || il[io + F_OPEN_COUNT] >= il[io + F_MAX_OPEN]
            || sl[so + F_OPEN_COUNT] >= sl[so + F_MAX_OPEN] || al[ao + F_OPEN_COUNT] >= al[ao + F_MAX_OPEN]) {
            return RejectReason.MAX_OPEN_ORDERS;
        }
        if (orderRate.isAnyFull(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now)) {
            return RejectReason.ORDER_RATE;
        }
        if (messageRate.isAnyFull(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now)) {
            return RejectReason.MESSAGE_RATE;
        }
        return book.evaluate(instrumentId, strategyId, accountId, sign, quantity, valuePrice, gState, iState,
            sState, aState);
    }

    private boolean withinCollar(
        final int instrumentId, final long priceFixed, final long reference, final long ticks, final long factor) {
        if (reference == NULL) {
            return !rejectWithoutReference;
        }
        final long distance = Math.abs(priceFixed - reference);
        if (ticks != MAX && distance > FixedPoint.notional(ref[(instrumentId << R_SHIFT) + ExposureBook.R_TICK],
            ticks)) {
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
        final int o = instrumentId << R_SHIFT;
        final int kind = (int) ref[o + ExposureBook.R_COLLAR];
        if (kind == CollarReference.LAST.ordinal()) {
            return ref[o + ExposureBook.R_LAST];
        }
        final long b = ref[o + ExposureBook.R_BID];
        final long a = ref[o + ExposureBook.R_ASK];
        if (kind == CollarReference.MID.ordinal()) {
            return b != NULL && a != NULL ? ExposureBook.mid(b, a) : NULL;
        }
        final long touch = sign > 0 ? a : b;
        return touch != NULL ? touch : sign > 0 ? b : a;
    }

    void recordAccepted(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long quantity,
        final long priceFixed, final long now) {
        orderRate.record(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now);
        recordMessage(instrumentId, strategyId, accountId, now);
        if (duplicatesEnabled) {
            duplicates.record(instrumentId, sign, quantity, priceFixed, strategyId, accountId, now);
        }
    }

    void recordMessage(final int instrumentId, final int strategyId, final int accountId, final long now) {
        messageRate.record(0, rateI + instrumentId, rateS + strategyId, rateA + accountId, now);
    }

    RejectReason evaluateReplace(
        final int instrumentId, final int strategyId, final int accountId, final int sign, final long open,
        final long filled, final long quantity, final long priceFixed, final long now) {
        if (killSwitch.isEngaged()) {
            return RejectReason.KILL_SWITCH;
        }
        final long newLeaves = quantity - filled;
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
        if ((il[io + F_FLAGS] & LimitTable.FLAG_RESTRICTED) != 0) {
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
        final long increase = newLeaves - open;
        if (increase <= 0) {
            return RejectReason.NONE;
        }
        return book.evaluate(instrumentId, strategyId, accountId, sign, increase, priceFixed, gState, iState,
            sState, aState);
    }

}
