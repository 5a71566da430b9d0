package dev.hft.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventFanOut;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.FeeModel;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.VenueCapabilities;
import org.junit.jupiter.api.Test;

/**
 * The order manager with the risk checker as its pre-trade check and as its downstream listener (the gateway delivers
 * to the order manager alone, which forwards the events it accepted): the checker's open orders and positions follow
 * the order manager's through new, fill, cancel and replace, and through duplicate, overfilling and invalid events.
 */
final class OmsWiringTest {

    private static final int VENUE = 0;
    private static final int INSTRUMENT = 1;
    private static final int STRATEGY = 1;
    private static final int ACCOUNT = 1;

    private final Fixture risk = new Fixture(new RiskConfig().instruments(2).strategies(2).accounts(2).venues(1));
    private final OrderManager oms = new OrderManager(64, 1, 2, 16, 1024,
        OrderIdGenerator.forSession(1_700_000_000L, 0), risk.checker, FeeModel.NONE, risk.clock, new OmsListener() {
        });
    private final InMemoryVenueGateway gateway = new InMemoryVenueGateway(VENUE, oms, 64);
    private long venueOrderId = 100;
    private long executionId = 1;

    OmsWiringTest() {
        oms.addVenue(gateway, VenueCapabilities.ALL);
        oms.downstream(risk.checker);
        risk.checker.strategyAccount(STRATEGY, ACCOUNT);
    }

    private long submit(final Side side, final long quantity, final String price) {
        return oms.submit(STRATEGY, VENUE, INSTRUMENT, side, quantity, FixedPoint.parse(price), OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE);
    }

    private long omsPosition() {
        return oms.positions().netQuantity(INSTRUMENT);
    }

    private void assertConsistent(final int openOrders, final long position, final long openBuy,
        final long openSell) {
        assertConsistent(openOrders, openOrders, position, openBuy, openSell);
    }

    private void assertConsistent(final int omsSlots, final int openOrders, final long position, final long openBuy,
        final long openSell) {
        assertEquals(omsSlots, oms.liveOrders(), "oms live orders");
        assertEquals(openOrders, risk.checker.openOrderCount(VENUE), "risk open orders");
        assertEquals(openOrders, risk.checker.openOrders(Scope.ACCOUNT, ACCOUNT), "risk account open orders");
        assertEquals(position, omsPosition(), "oms position");
        assertEquals(position, risk.checker.position(Scope.STRATEGY, STRATEGY, INSTRUMENT), "risk strategy position");
        assertEquals(position, risk.checker.position(Scope.ACCOUNT, ACCOUNT, INSTRUMENT), "risk account position");
        assertEquals(openBuy, risk.checker.openBuyQuantity(Scope.STRATEGY, STRATEGY, INSTRUMENT), "open buy");
        assertEquals(openSell, risk.checker.openSellQuantity(Scope.STRATEGY, STRATEGY, INSTRUMENT), "open sell");
    }

    @Test
    void shouldKeepOpenOrdersAndPositionsConsistentThroughTheLifecycle() {
        final long buy = submit(Side.BUY, 100, "10.00");
        assertTrue(buy > 0);
        assertConsistent(1, 0, 100, 0);
        gateway.accept(buy, venueOrderId++, 1);
        assertConsistent(1, 0, 100, 0);

        gateway.fill(buy, executionId++, FixedPoint.parse("10.00"), 40, 60, Liquidity.ADDED, 2);
        assertConsistent(1, 40, 60, 0);

        final long sell = submit(Side.SELL, 30, "10.10");
        gateway.accept(sell, venueOrderId++, 3);
        assertConsistent(2, 40, 60, 30);

        final long replaced = oms.replace(buy, 140, FixedPoint.parse("9.90"));
        assertTrue(replaced > 0);
        assertConsistent(3, 2, 40, 100, 30); // the OMS holds the pending replace in a slot of its own
        gateway.replaced(replaced, buy, FixedPoint.parse("9.90"), 100, 4);
        assertConsistent(2, 40, 100, 30);

        gateway.fill(sell, executionId++, FixedPoint.parse("10.10"), 30, 0, Liquidity.ADDED, 5);
        assertConsistent(1, 10, 100, 0);

        assertEquals(Result.OK, oms.cancel(replaced));
        gateway.canceled(replaced, 100, 6);
        assertConsistent(0, 10, 0, 0);
    }

    @Test
    void shouldReleaseAReplaceRaiseWhenTheVenueRefusesItOrTheOrderEndsFirst() {
        final long buy = submit(Side.BUY, 100, "10.00");
        gateway.accept(buy, venueOrderId++, 1);
        final long raise = oms.replace(buy, 150, FixedPoint.parse("10.00"));
        assertTrue(raise > 0);
        assertConsistent(2, 1, 0, 150, 0); // the raise counts at once, worst case
        gateway.cancelRejected(raise, RejectReason.OTHER, 2);
        assertConsistent(1, 0, 100, 0);

        final long again = oms.replace(buy, 130, FixedPoint.parse("10.00"));
        assertTrue(again > 0);
        assertConsistent(2, 1, 0, 130, 0);
        gateway.fill(buy, executionId++, FixedPoint.parse("10.00"), 100, 0, Liquidity.ADDED, 3); // fills first
        assertConsistent(0, 100, 0, 0);
        gateway.cancelRejected(again, RejectReason.OTHER, 4); // too late: nothing left to release
        assertConsistent(0, 100, 0, 0);

        final long sell = submit(Side.SELL, 50, "10.10");
        gateway.accept(sell, venueOrderId++, 5);
        final long up = oms.replace(sell, 80, FixedPoint.parse("10.10"));
        assertTrue(up > 0);
        assertConsistent(2, 1, 100, 0, 80);
        gateway.canceled(sell, 50, 6); // the venue cancels the original while the replace is pending
        assertConsistent(0, 100, 0, 0);
    }

    @Test
    void shouldNotPassDuplicateOverfillingOrInvalidEventsToRisk() {
        final long buy = submit(Side.BUY, 100, "10.00");
        gateway.accept(buy, venueOrderId++, 1);
        gateway.fill(buy, 7, FixedPoint.parse("10.00"), 40, 60, Liquidity.ADDED, 2);
        gateway.fill(buy, 7, FixedPoint.parse("10.00"), 40, 60, Liquidity.ADDED, 3); // the same execution again
        assertEquals(1, oms.duplicateFills());
        assertConsistent(1, 40, 60, 0);

        gateway.fill(buy, 8, FixedPoint.parse("10.00"), 70, 0, Liquidity.ADDED, 4); // 40 + 70 > 100
        assertEquals(1, oms.overfills());
        gateway.accept(buy, venueOrderId++, 5); // accepted again after a fill: refused by the lifecycle
        gateway.replaced(buy + 1_000, buy, FixedPoint.parse("9.00"), 60, 6); // unknown new id
        assertEquals(1, oms.invalidTransitions());
        assertEquals(1, oms.unknownOrderEvents());
        assertConsistent(1, 40, 60, 0);

        assertEquals(Result.OK, oms.cancel(buy));
        gateway.canceled(buy, 60, 7);
        gateway.canceled(buy, 60, 8); // out of order: canceled twice
        assertEquals(2, oms.invalidTransitions());
        assertConsistent(0, 40, 0, 0);
    }

    @Test
    void shouldBookALateFillAfterACancelInRiskToo() {
        final long buy = submit(Side.BUY, 100, "10.00");
        gateway.accept(buy, venueOrderId++, 1);
        assertEquals(Result.OK, oms.cancel(buy));
        gateway.canceled(buy, 100, 2);
        assertConsistent(0, 0, 0, 0);

        gateway.fill(buy, executionId++, FixedPoint.parse("10.00"), 30, 0, Liquidity.ADDED, 3); // raced the cancel
        assertEquals(1, risk.checker.lateFills());
        assertConsistent(0, 30, 0, 0);
        gateway.fill(buy, executionId - 1, FixedPoint.parse("10.00"), 30, 0, Liquidity.ADDED, 4); // and again
        assertEquals(1, risk.checker.lateFills());
        assertConsistent(0, 30, 0, 0);
    }

    @Test
    void shouldLearnNothingFromRawVenueEventsBesideTheOrderManager() {
        final Fixture beside = new Fixture(new RiskConfig().instruments(2).strategies(2).accounts(2).venues(1));
        beside.checker.strategyAccount(STRATEGY, ACCOUNT);
        final OrderManager manager = new OrderManager(64, 1, 2, 16, 1024,
            OrderIdGenerator.forSession(1_700_000_000L, 0), beside.checker, FeeModel.NONE, beside.clock,
            new OmsListener() {
            });
        final InMemoryVenueGateway venue = new InMemoryVenueGateway(VENUE,
            new OrderEventFanOut(manager, beside.checker), 64);
        manager.addVenue(venue, VenueCapabilities.ALL);
        final long buy = manager.submit(STRATEGY, VENUE, INSTRUMENT, Side.BUY, 100, FixedPoint.parse("10"),
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
        venue.accept(buy, 1, 1);
        venue.fill(buy, 7, FixedPoint.parse("10"), 40, 60, Liquidity.ADDED, 2);
        venue.fill(buy, 7, FixedPoint.parse("10"), 40, 60, Liquidity.ADDED, 3);
        assertEquals(40, manager.positions().netQuantity(INSTRUMENT));
        // raw venue events carry no order attributes: the checker learns orders only from the ledger's deltas
        assertEquals(0, beside.checker.position(Scope.STRATEGY, STRATEGY, INSTRUMENT));
        assertEquals(0, beside.checker.openOrders(Scope.ACCOUNT, ACCOUNT));
        manager.downstream(beside.checker); // wired behind the ledger: booked from its live orders at once
        assertEquals(1, beside.checker.openOrders(Scope.ACCOUNT, ACCOUNT));
        assertEquals(60, beside.checker.openBuyQuantity(Scope.STRATEGY, STRATEGY, INSTRUMENT));
        venue.fill(buy, 7, FixedPoint.parse("10"), 40, 60, Liquidity.ADDED, 4); // a duplicate: dropped by the ledger
        venue.fill(buy, 8, FixedPoint.parse("10"), 60, 0, Liquidity.ADDED, 5);
        assertEquals(60, beside.checker.position(Scope.STRATEGY, STRATEGY, INSTRUMENT), "only what was booked since");
        assertEquals(0, beside.checker.openOrders(Scope.ACCOUNT, ACCOUNT));
    }

    @Test
    void shouldReleaseRejectedAndRefusedOrders() {
        final long id = submit(Side.BUY, 10, "10.00");
        gateway.reject(id, RejectReason.VENUE_REJECT, 1);
        assertConsistent(0, 0, 0, 0);

        risk.killSwitch.trigger(KillReason.MANUAL);
        assertEquals(Result.REJECTED, submit(Side.BUY, 10, "10.00"));
        assertEquals(RejectReason.KILL_SWITCH, oms.lastRejectReason());
        assertEquals(1, oms.preTradeRejects());
        assertConsistent(0, 0, 0, 0);
    }

    @Test
    void shouldRefuseWhatTheCheckerRefusesAtTheOrderManager() {
        final Fixture limited = new Fixture(new RiskConfig().instruments(2).strategies(2).accounts(2).venues(1));
        limited.checker.strategyAccount(STRATEGY, ACCOUNT);
        final OrderManager manager = new OrderManager(64, 1, 2, 16, 1024,
            OrderIdGenerator.forSession(1_700_000_000L, 0), limited.checker, FeeModel.NONE, limited.clock,
            new OmsListener() {
            });
        manager.addVenue(new InMemoryVenueGateway(VENUE, manager, 64), VenueCapabilities.ALL);
        manager.downstream(limited.checker);
        limited.checker.tradingState(Scope.ACCOUNT, ACCOUNT, TradingState.HALTED);
        assertEquals(Result.REJECTED, manager.submit(STRATEGY, VENUE, INSTRUMENT, Side.BUY, 10,
            FixedPoint.parse("10"), OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
        assertEquals(RejectReason.TRADING_HALTED, manager.lastRejectReason());
        assertEquals(0, limited.checker.openOrderCount(VENUE));
    }
}
