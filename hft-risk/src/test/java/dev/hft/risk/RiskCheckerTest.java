package dev.hft.risk;

import static dev.hft.api.RejectReason.DUPLICATE_ORDER;
import static dev.hft.api.RejectReason.INVALID_PRICE;
import static dev.hft.api.RejectReason.INVALID_QUANTITY;
import static dev.hft.api.RejectReason.KILL_SWITCH;
import static dev.hft.api.RejectReason.MAX_GROSS_EXPOSURE;
import static dev.hft.api.RejectReason.MAX_NET_EXPOSURE;
import static dev.hft.api.RejectReason.MAX_OPEN_ORDERS;
import static dev.hft.api.RejectReason.MAX_ORDER_NOTIONAL;
import static dev.hft.api.RejectReason.MAX_ORDER_QUANTITY;
import static dev.hft.api.RejectReason.MAX_POSITION;
import static dev.hft.api.RejectReason.NONE;
import static dev.hft.api.RejectReason.OTHER;
import static dev.hft.api.RejectReason.PRICE_COLLAR;
import static dev.hft.api.RejectReason.REDUCE_ONLY;
import static dev.hft.api.RejectReason.RESTRICTED_INSTRUMENT;
import static dev.hft.api.RejectReason.TRADING_HALTED;
import static dev.hft.api.RejectReason.UNKNOWN_INSTRUMENT;
import static dev.hft.api.RejectReason.UNKNOWN_ORDER;
import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import org.junit.jupiter.api.Test;

class RiskCheckerTest {

    private static RiskConfig config() {
        return new RiskConfig().instruments(2).strategies(2).accounts(2).venues(2);
    }

    @Test
    void shouldAcceptWithNoLimits() {
        final Fixture f = new Fixture(config());
        assertEquals(NONE, f.send(0, Side.BUY, 1_000_000, "10"));
        assertEquals(NONE, f.send(1, Side.SELL, 5, null));
        assertEquals(2, f.checker.decisions());
        assertEquals(0, f.checker.rejects());
    }

    @Test
    void shouldRejectBadArguments() {
        final Fixture f = new Fixture(config());
        assertEquals(UNKNOWN_INSTRUMENT, f.check(2, Side.BUY, 1, "10"));
        assertEquals(UNKNOWN_INSTRUMENT, f.check(-1, Side.BUY, 1, "10"));
        assertEquals(OTHER, f.checker.check(1, 0, 0, 2, 0, Side.BUY, 1, px("10")));
        assertEquals(OTHER, f.checker.check(1, 0, 0, 0, 2, Side.BUY, 1, px("10")));
        assertEquals(OTHER, f.checker.check(1, 2, 0, 0, 0, Side.BUY, 1, px("10")));
        assertEquals(OTHER, f.check(0, Side.UNKNOWN, 1, "10"));
        assertEquals(INVALID_QUANTITY, f.check(0, Side.BUY, 0, "10"));
        assertEquals(INVALID_QUANTITY, f.check(0, Side.BUY, -5, "10"));
        assertEquals(INVALID_PRICE, f.check(0, Side.BUY, 1, "0"));
        assertEquals(INVALID_PRICE, f.check(0, Side.BUY, 1, "-1"));
    }

    @Test
    void shouldLimitOrderQuantityAtEveryScope() {
        final RiskConfig config = config();
        config.defaults(Scope.INSTRUMENT).maxOrderQuantity(500);
        config.limits(Scope.INSTRUMENT, 1).maxOrderQuantity(300);
        config.limits(Scope.STRATEGY, 1).maxOrderQuantity(200);
        config.limits(Scope.ACCOUNT, 1).maxOrderQuantity(100);
        config.global().maxOrderQuantity(400);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.check(0, Side.BUY, 400, "10"));
        assertEquals(MAX_ORDER_QUANTITY, f.check(0, Side.BUY, 401, "10"));
        assertEquals(NONE, f.check(1, Side.BUY, 300, "10.01"));
        assertEquals(MAX_ORDER_QUANTITY, f.check(1, Side.BUY, 301, "10"));
        assertEquals(NONE, f.checker.check(9, 0, 0, 1, 0, Side.SELL, 200, px("10")));
        assertEquals(MAX_ORDER_QUANTITY, f.checker.check(9, 0, 0, 1, 0, Side.SELL, 201, px("10")));
        assertEquals(NONE, f.checker.check(9, 0, 0, 0, 1, Side.SELL, 100, px("10")));
        assertEquals(MAX_ORDER_QUANTITY, f.checker.check(9, 0, 0, 0, 1, Side.SELL, 101, px("10")));
    }

    @Test
    void shouldLimitOrderNotionalWithSaturation() {
        final RiskConfig config = config();
        config.defaults(Scope.STRATEGY).maxOrderNotional("1000");
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.check(0, Side.BUY, 100, "10"));
        assertEquals(MAX_ORDER_NOTIONAL, f.check(0, Side.BUY, 100, "10.00000001"));
        assertEquals(MAX_ORDER_NOTIONAL, f.check(0, Side.BUY, Long.MAX_VALUE, "10"));
        assertEquals(MAX_ORDER_NOTIONAL, f.check(0, Side.BUY, 1, null), "a market order without reference saturates");
        f.checker.onLastTrade(0, px("10"));
        f.checker.onBbo(0, px("9.99"), px("10"));
        assertEquals(NONE, f.check(0, Side.BUY, 100, null), "market buy valued at the offer: 1000");
        assertEquals(MAX_ORDER_NOTIONAL, f.check(0, Side.BUY, 101, null));
    }

    @Test
    void shouldCollarInTicksAgainstTheFarTouch() {
        final RiskConfig config = config();
        config.limits(Scope.INSTRUMENT, 0).tickSize("0.01").collarTicks(5);
        final Fixture f = new Fixture(config);
        assertEquals(PRICE_COLLAR, f.check(0, Side.BUY, 1, "10"), "no reference: fail safe");
        f.checker.onBbo(0, px("9.90"), px("10.00"));
        assertEquals(NONE, f.check(0, Side.BUY, 1, "10.05"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.BUY, 1, "10.06"));
        assertEquals(NONE, f.check(0, Side.BUY, 1, "9.95"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.BUY, 1, "9.94"));
        assertEquals(NONE, f.check(0, Side.SELL, 1, "9.85"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.SELL, 1, "9.84"));
        assertEquals(NONE, f.check(0, Side.SELL, 1, "9.95"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.SELL, 1, "9.96"));
        f.checker.onBbo(0, FixedPoint.NULL_PRICE, px("10.00"));
        assertEquals(NONE, f.check(0, Side.SELL, 1, "9.96"), "no bid: the offer is the reference");
    }

    @Test
    void shouldCollarInPercentAgainstLastOrMidAndTakeTheNarrower() {
        final RiskConfig config = config();
        config.limits(Scope.INSTRUMENT, 0).collarReference(CollarReference.LAST).collarPercent("2.5");
        config.limits(Scope.INSTRUMENT, 1).collarReference(CollarReference.MID).collarPercent("10").collarTicks(3)
            .tickSize("0.5");
        final Fixture f = new Fixture(config.rejectWithoutReference(false));
        assertEquals(NONE, f.check(0, Side.BUY, 1, "1000"), "no reference, reject off");
        f.checker.onLastTrade(0, px("100"));
        assertEquals(NONE, f.check(0, Side.BUY, 1, "102.5"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.BUY, 1, "102.50000001"));
        assertEquals(NONE, f.check(0, Side.SELL, 1, "97.5"));
        assertEquals(PRICE_COLLAR, f.check(0, Side.SELL, 1, "97.49"));
        f.checker.onBbo(1, px("99"), px("101"));
        assertEquals(NONE, f.check(1, Side.BUY, 1, "101.5"), "3 ticks of 0.5 around mid 100 beat 10%");
        assertEquals(PRICE_COLLAR, f.check(1, Side.BUY, 1, "102"));
        assertEquals(NONE, f.check(1, Side.SELL, 1, "98.5"));
        assertEquals(PRICE_COLLAR, f.check(1, Side.SELL, 1, "98"));
    }

    @Test
    void shouldLimitWorstCasePositionIncludingOpenOrdersOnBothSides() {
        final RiskConfig config = config();
        config.defaults(Scope.STRATEGY).maxPosition(100);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, Side.BUY, 60, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 40, "10"));
        assertEquals(MAX_POSITION, f.send(0, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, Side.SELL, 100, "10"), "the sell side is independent: worst short is -100");
        assertEquals(MAX_POSITION, f.send(0, Side.SELL, 1, "10"));
        f.orders.onFill(0, 1, 1, px("10"), 60, 0, Liquidity.ADDED, 0);
        assertEquals(60, f.checker.position(Scope.STRATEGY, 0, 0));
        assertEquals(MAX_POSITION, f.send(0, Side.BUY, 1, "10"), "60 held + 40 open");
        assertEquals(NONE, f.send(0, Side.SELL, 60, "10"), "worst short -100 + 60 held = -40 after 160 sold");
        assertEquals(MAX_POSITION, f.send(0, Side.SELL, 1, "10"));
        f.orders.onCanceled(0, 2, 40, NONE, 0);
        assertEquals(NONE, f.send(0, Side.BUY, 40, "10"));
        assertEquals(MAX_POSITION, f.send(0, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(1, Side.BUY, 100, "10"), "another instrument has its own position");
    }

    @Test
    void shouldLimitPositionPerAccountAndPerInstrumentTotal() {
        final RiskConfig config = config();
        config.limits(Scope.ACCOUNT, 1).maxPosition(10);
        config.limits(Scope.INSTRUMENT, 0).maxPosition(25);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, 0, 0, 1, Side.BUY, 10, "10"));
        assertEquals(MAX_POSITION, f.send(0, 0, 0, 1, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, 0, 1, 0, Side.BUY, 15, "10"));
        assertEquals(MAX_POSITION, f.send(0, 0, 1, 0, Side.BUY, 1, "10"), "instrument total 25");
        assertEquals(25, f.checker.openBuyQuantity(Scope.INSTRUMENT, 0, 0));
    }

    @Test
    void shouldLimitGrossAndNetExposure() {
        final RiskConfig config = config();
        config.limits(Scope.STRATEGY, 0).maxGrossExposure("2000");
        config.limits(Scope.STRATEGY, 1).maxNetExposure("1000");
        final Fixture f = new Fixture(config);
        f.checker.onBbo(0, px("10"), px("10"));
        f.checker.onBbo(1, px("20"), px("20"));
        assertEquals(NONE, f.send(0, 0, 0, 0, Side.BUY, 100, "10"));
        assertEquals(NONE, f.send(0, 1, 0, 0, Side.SELL, 50, "20"));
        assertEquals(px("2000"), f.checker.grossExposure(Scope.STRATEGY, 0));
        assertEquals(MAX_GROSS_EXPOSURE, f.send(0, 0, 0, 0, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, 0, 0, 0, Side.SELL, 100, "10"), "worst case per instrument is the larger side");
        assertEquals(MAX_GROSS_EXPOSURE, f.send(0, 0, 0, 0, Side.SELL, 1, "10"));

        assertEquals(NONE, f.send(0, 0, 1, 0, Side.BUY, 100, "10"));
        assertEquals(MAX_NET_EXPOSURE, f.send(0, 1, 1, 0, Side.BUY, 1, "20"), "net long 1000 already");
        assertEquals(NONE, f.send(0, 1, 1, 0, Side.SELL, 50, "20"), "net short side: -1000");
        assertEquals(MAX_NET_EXPOSURE, f.send(0, 1, 1, 0, Side.SELL, 1, "20"));
        assertEquals(px("1000"), f.checker.netExposureLong(Scope.STRATEGY, 1));
        assertEquals(px("-1000"), f.checker.netExposureShort(Scope.STRATEGY, 1));
    }

    @Test
    void shouldNotRefuseAnOrderThatLowersExposureAlreadyPastItsLimit() {
        final RiskConfig config = config();
        config.global().maxGrossExposure("1000");
        final Fixture f = new Fixture(config);
        f.checker.onBbo(0, px("10"), px("10"));
        assertEquals(NONE, f.send(0, Side.BUY, 100, "10"));
        f.orders.onFill(0, 1, 1, px("10"), 100, 0, Liquidity.ADDED, 0);
        f.checker.onBbo(0, px("20"), px("20"));
        assertEquals(px("2000"), f.checker.grossExposure(Scope.GLOBAL, 0));
        assertEquals(MAX_GROSS_EXPOSURE, f.send(0, Side.BUY, 1, "20"));
        assertEquals(NONE, f.send(0, Side.SELL, 100, "20"));
    }

    @Test
    void shouldLimitOpenOrders() {
        final RiskConfig config = config();
        config.limits(Scope.ACCOUNT, 0).maxOpenOrders(2);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 1, "11"));
        assertEquals(MAX_OPEN_ORDERS, f.send(0, Side.BUY, 1, "12"));
        f.orders.onRejected(0, 1, RejectReason.VENUE_REJECT, 0);
        assertEquals(NONE, f.send(0, Side.BUY, 1, "12"));
        f.orders.onExpired(0, 2, 1, 0);
        assertEquals(1, f.checker.openOrders(Scope.ACCOUNT, 0));
        assertEquals(NONE, f.send(0, 0, 0, 1, Side.BUY, 1, "10"), "account 1 is unlimited");
    }

    @Test
    void shouldRefuseOrdersPastTheOpenOrderCapacity() {
        final Fixture f = new Fixture(config().maxOpenOrdersCapacity(2));
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 1, "11"));
        assertEquals(MAX_OPEN_ORDERS, f.send(0, Side.BUY, 1, "12"));
    }

    @Test
    void shouldDetectDuplicatesWithinTheWindowOnly() {
        final RiskConfig config = config();
        config.defaults(Scope.STRATEGY).duplicateWindowMs(100);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, Side.BUY, 10, "10"));
        assertEquals(DUPLICATE_ORDER, f.send(0, Side.BUY, 10, "10"));
        assertEquals(NONE, f.send(0, Side.SELL, 10, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 11, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 10, "10.01"));
        assertEquals(NONE, f.send(1, Side.BUY, 10, "10"));
        assertEquals(NONE, f.send(0, 0, 1, 0, Side.BUY, 10, "10"), "another strategy");
        assertEquals(NONE, f.send(0, 0, 0, 1, Side.BUY, 10, "10"), "another account");
        f.clock.advance(99_999_999);
        assertEquals(DUPLICATE_ORDER, f.send(0, Side.BUY, 10, "10"));
        f.clock.advance(1);
        assertEquals(NONE, f.send(0, Side.BUY, 10, "10"));
        assertEquals(DUPLICATE_ORDER, f.send(0, Side.BUY, 10, "10"), "the window restarts at the last accept");
    }

    @Test
    void shouldRefuseRestrictedInstruments() {
        final RiskConfig config = config();
        config.limits(Scope.INSTRUMENT, 1).restricted(true);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.check(0, Side.BUY, 1, "10"));
        assertEquals(RESTRICTED_INSTRUMENT, f.check(1, Side.BUY, 1, "10"));
        assertEquals(RESTRICTED_INSTRUMENT, f.check(1, Side.SELL, 1, "10"));
    }

    @Test
    void shouldApplyTradingStatesOfEveryScope() {
        final RiskConfig config = config();
        config.limits(Scope.INSTRUMENT, 1).tradingState(TradingState.HALTED);
        final Fixture f = new Fixture(config);
        assertEquals(TRADING_HALTED, f.check(1, Side.BUY, 1, "10"));
        assertEquals(NONE, f.send(0, Side.BUY, 10, "10"));
        f.orders.onFill(0, 1, 1, px("10"), 10, 0, Liquidity.ADDED, 0);
        for (final Scope scope : Scope.values()) {
            f.checker.tradingState(scope, 0, TradingState.REDUCE_ONLY);
            assertEquals(REDUCE_ONLY, f.send(0, Side.BUY, 1, "10"), scope.name());
            assertEquals(REDUCE_ONLY, f.send(0, Side.SELL, 11, "10"), "would flip short: " + scope);
            assertEquals(NONE, f.send(0, Side.SELL, 4, "10"), scope.name());
            f.orders.onCanceled(0, f.lastId(), 4, NONE, 0);
            f.checker.tradingState(scope, 0, TradingState.HALTED);
            assertEquals(TRADING_HALTED, f.send(0, Side.SELL, 4, "10"), scope.name());
            f.checker.tradingState(scope, 0, TradingState.ACTIVE);
        }
        assertEquals(NONE, f.send(0, Side.SELL, 6, "10"));
        f.checker.tradingState(Scope.GLOBAL, 0, TradingState.REDUCE_ONLY);
        assertEquals(NONE, f.send(0, Side.SELL, 4, "10"), "6 open + 4 = the whole position");
        assertEquals(REDUCE_ONLY, f.send(0, Side.SELL, 1, "10"));
        f.checker.tradingState(Scope.GLOBAL, 0, TradingState.ACTIVE);
        f.checker.tradingState(Scope.ACCOUNT, 1, TradingState.REDUCE_ONLY);
        assertEquals(REDUCE_ONLY, f.send(0, 0, 0, 1, Side.SELL, 1, "10"), "flat: nothing to reduce");
        assertEquals(REDUCE_ONLY, f.send(0, 0, 0, 1, Side.BUY, 1, "10"), "flat: nothing to reduce");
    }

    @Test
    void shouldRefuseEverythingOnceTheKillSwitchIsEngaged() {
        final Fixture f = new Fixture(config());
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
        f.killSwitch.trigger(KillReason.MANUAL);
        assertEquals(KILL_SWITCH, f.send(0, Side.BUY, 1, "10"));
        assertEquals(KILL_SWITCH, f.orders.checkReplace(1, 100, 2, px("10")));
        assertEquals(NONE, f.orders.checkCancel(1), "cancels always pass");
        f.killSwitch.reset();
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
    }

    @Test
    void shouldCheckReplacesAgainstTheIncreaseOnly() {
        final RiskConfig config = config();
        config.global().maxPosition(100).maxOrderQuantity(150);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, Side.BUY, 80, "10"));
        final long id = f.lastId();
        f.orders.onFill(0, id, 1, px("10"), 30, 50, Liquidity.ADDED, 0);
        assertEquals(NONE, f.orders.checkReplace(id, 1000, 100, px("10.5")), "50 -> 70 leaves, worst 100");
        assertEquals(MAX_POSITION, f.orders.checkReplace(id, 1000, 101, px("10.5")));
        assertEquals(MAX_ORDER_QUANTITY, f.orders.checkReplace(id, 1000, 151, px("10.5")));
        assertEquals(INVALID_QUANTITY, f.orders.checkReplace(id, 1000, 30, px("10.5")), "nothing left");
        assertEquals(UNKNOWN_ORDER, f.orders.checkReplace(999, 1000, 10, px("10.5")));
        assertTrue(f.orders.onReplaceSent(id, 1000, 100, px("10.5")));
        assertEquals(70, f.checker.openBuyQuantity(Scope.GLOBAL, 0, 0), "the increase counts at once");
        assertEquals(OTHER, f.orders.checkReplace(id, 1001, 90, px("10.5")), "one pending replace at a time");
        f.orders.onCancelRejected(0, 1000, RejectReason.TOO_LATE_TO_CANCEL, 0);
        assertEquals(50, f.checker.openBuyQuantity(Scope.GLOBAL, 0, 0));
        assertTrue(f.orders.onReplaceSent(id, 1001, 40, px("10.5")));
        assertEquals(50, f.checker.openBuyQuantity(Scope.GLOBAL, 0, 0), "a decrease waits for the venue");
        f.orders.onReplaced(0, 1001, id, px("10.5"), 10, 0);
        assertEquals(10, f.checker.openBuyQuantity(Scope.GLOBAL, 0, 0));
        assertEquals(UNKNOWN_ORDER, f.orders.checkReplace(id, 1002, 40, px("10.5")));
        f.orders.onFill(0, 1001, 2, px("10.5"), 10, 0, Liquidity.ADDED, 0);
        assertEquals(40, f.checker.position(Scope.GLOBAL, 0, 0));
        assertEquals(0, f.checker.openOrders(Scope.GLOBAL, 0));
    }

    @Test
    void shouldCountUnknownOrderEventsAsNoOps() {
        final Fixture f = new Fixture(config());
        f.orders.onFill(0, 42, 1, px("10"), 5, 0, Liquidity.ADDED, 0);
        f.orders.onCanceled(0, 42, 5, NONE, 0);
        assertEquals(2, f.orders.unknownOrderEvents);
        assertEquals(0, f.checker.position(Scope.GLOBAL, 0, 0));
        f.checker.onExternalFill(0, 0, 0, Side.SELL, px("10"), 5);
        assertEquals(-5, f.checker.position(Scope.ACCOUNT, 0, 0));
        assertEquals(UNKNOWN_ORDER, f.orders.checkCancel(42));
        assertFalse(f.orders.onOrderSent(1, 0, 5, 0, 0, Side.BUY, 1, px("1")));
    }

    @Test
    void shouldTrackAveragePriceAndPnl() {
        final Fixture f = new Fixture(config());
        f.checker.onExternalFill(0, 0, 0, Side.BUY, px("10"), 100);
        f.checker.onExternalFill(0, 0, 0, Side.BUY, px("12"), 100);
        f.checker.onBbo(0, px("12"), px("12"));
        assertEquals(px("200"), f.checker.pnl(Scope.STRATEGY, 0));
        f.checker.onExternalFill(0, 0, 0, Side.SELL, px("13"), 250);
        assertEquals(-50, f.checker.position(Scope.GLOBAL, 0, 0));
        assertEquals(px("450"), f.checker.pnl(Scope.ACCOUNT, 0), "realized 400, short 50 from 13 marked at 12");
    }
}
