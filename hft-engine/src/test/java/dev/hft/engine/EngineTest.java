package dev.hft.engine;

import static dev.hft.engine.EngineFixture.START_NS;
import static dev.hft.engine.EngineFixture.price;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.risk.KillReason;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.Scope;
import org.junit.jupiter.api.Test;

class EngineTest {
    private final Recorder strategy = new Recorder();

    @Test
    void shouldDeliverMarketDataPerVenueAndConsolidatedThenBatchEnd() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.cycle();
        assertEquals(List.of("start"), strategy.take());
        fixture.feeds[0].level(0, Side.BUY, price("100.00"), 300, START_NS);
        fixture.feeds[1].level(0, Side.SELL, price("100.02"), 200, START_NS);
        fixture.feeds[1].trade(0, price("100.02"), 50, Side.BUY, START_NS);
        fixture.cycle();
        final long bid = price("100.00");
        final long ask = price("100.02");
        final long none = FixedPoint.NULL_PRICE;
        assertEquals(List.of(
            "bbo 0 0 " + bid + "x300 " + none + "x0",
            "bbo -1 0 " + bid + "x300 " + none + "x0",
            "bbo 1 0 " + none + "x0 " + ask + "x200",
            "bbo -1 0 " + bid + "x300 " + ask + "x200",
            "trade 1 0 " + ask + " 50 BUY",
            "batch"), strategy.take().stream().filter(e -> !e.startsWith("level")).toList());
        assertEquals(price("100.01"), strategy.context.books().midPriceFixed(0));
        assertEquals(bid, strategy.context.books().priceFixed(0, 0, Side.BUY, 0));
        assertEquals(200, strategy.context.books().quantity(StrategyContext.CONSOLIDATED, 0, Side.SELL, 0));
    }

    @Test
    void shouldDeliverOwnOrderEventsAndKeepPositions() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.cycle();
        strategy.take();
        final StrategyContext context = strategy.context;
        final long id = context.submit(0, 0, Side.BUY, 100, price("100.00"), OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
        assertTrue(id > 0);
        assertEquals(id, fixture.lastClientOrderId(0));
        assertTrue(context.orders().isOpen(id));
        fixture.gateways[0].accept(id, 77, START_NS);
        fixture.gateways[0].fill(id, 1, price("100.00"), 40, 60, Liquidity.ADDED, START_NS);
        assertEquals(List.of(), strategy.take(), "never before the next duty cycle");
        fixture.cycle();
        assertEquals(List.of("accepted " + id + " 0", "filled " + id + " 0 " + price("100.00") + " 40 60"),
            strategy.take());
        assertEquals(40, context.positions().position(0));
        assertEquals(price("100.00"), context.positions().averagePriceFixed(0));
        assertEquals(60, context.orders().leavesQuantity(id));
        assertEquals(1, context.orders().openOrders());
        // risk keeps no order table: its aggregates follow the ledger's deltas
        assertEquals(40, fixture.engine.risk().position(Scope.INSTRUMENT, 0, 0));
        assertEquals(60, fixture.engine.risk().openBuyQuantity(Scope.INSTRUMENT, 0, 0));
        assertEquals(1, fixture.engine.risk().openOrders(Scope.GLOBAL, 0));
        assertEquals(1, fixture.engine.risk().openOrderCount(0), "the ledger's open orders, as the kill switch sees");
        assertEquals(Result.OK, context.cancel(id));
        fixture.gateways[0].canceled(id, 60, START_NS);
        fixture.cycle();
        assertEquals(List.of("canceled " + id + " 60"), strategy.take());
        assertEquals(0, fixture.engine.risk().openBuyQuantity(Scope.INSTRUMENT, 0, 0));
        assertEquals(0, fixture.engine.risk().openOrders(Scope.GLOBAL, 0));
        assertFalse(context.orders().isOpen(id));
        assertEquals(Result.UNKNOWN_ORDER, context.cancel(id));
    }

    @Test
    void shouldFireTimersInDeadlineOrder() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.cycle();
        strategy.take();
        final StrategyContext context = strategy.context;
        final long late = context.scheduleTimer(START_NS + 30);
        final long early = context.scheduleTimer(START_NS + 10);
        final long cancelled = context.scheduleTimer(START_NS + 15);
        final long middle = context.scheduleTimer(START_NS + 20);
        final long sameAsMiddle = context.scheduleTimer(START_NS + 20);
        assertEquals(Result.OK, context.cancelTimer(cancelled));
        fixture.cycle();
        assertEquals(List.of(), strategy.take());
        fixture.clock.epochNanos(START_NS + 25);
        fixture.cycle();
        fixture.clock.epochNanos(START_NS + 40);
        fixture.cycle();
        assertEquals(List.of("timer " + early + " " + (START_NS + 25), "timer " + middle + " " + (START_NS + 25),
            "timer " + sameAsMiddle + " " + (START_NS + 25), "timer " + late + " " + (START_NS + 40)),
            strategy.take());
        assertEquals(Result.UNKNOWN_ORDER, context.cancelTimer(late));
    }

    @Test
    void shouldRouteAParentThroughTheSorAcrossVenues() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.feeds[0].level(0, Side.SELL, price("100.02"), 100, START_NS);
        fixture.feeds[1].level(0, Side.SELL, price("100.02"), 100, START_NS);
        fixture.feeds[0].level(0, Side.BUY, price("100.00"), 100, START_NS);
        fixture.cycle();
        strategy.take();
        final long parent = strategy.context.parentOrder().routed().instrument(0).side(Side.BUY).quantity(200)
            .limitPrice(price("100.02")).timeInForce(TimeInForce.IOC).submit();
        assertTrue(parent > 0, Result.name((int) parent));
        assertEquals(1, fixture.gateways[0].requestCount());
        assertEquals(1, fixture.gateways[1].requestCount());
        final long childA = fixture.lastClientOrderId(0);
        final long childB = fixture.lastClientOrderId(1);
        fixture.gateways[0].accept(childA, 1, START_NS);
        fixture.gateways[0].fill(childA, 1, price("100.02"), 100, 0, Liquidity.REMOVED, START_NS);
        fixture.gateways[1].accept(childB, 2, START_NS);
        fixture.gateways[1].fill(childB, 1, price("100.02"), 100, 0, Liquidity.REMOVED, START_NS);
        fixture.cycle();
        final List<String> events = strategy.take();
        assertTrue(events.contains("filled " + childA + " 0 " + price("100.02") + " 100 0"), events.toString());
        assertTrue(events.contains("filled " + childB + " 1 " + price("100.02") + " 100 0"), events.toString());
        assertEquals("parentDone " + parent + " 200 " + price("100.02"), events.get(events.size() - 1));
        assertEquals(200, strategy.context.positions().position(0));
        assertFalse(strategy.context.orders().isOpen(parent));
    }

    @Test
    void shouldWorkAnIcebergOneSliceAtATime() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.cycle();
        strategy.take();
        final long parent = strategy.context.parentOrder().iceberg(100).venue(1).instrument(0).side(Side.SELL)
            .quantity(250).limitPrice(price("101.00")).submit();
        assertTrue(parent > 0, Result.name((int) parent));
        final long[] slices = {100, 100, 50};
        for (int i = 0; i < slices.length; i++) {
            assertEquals(i + 1, fixture.gateways[1].requestCount());
            final long child = fixture.lastClientOrderId(1);
            fixture.gateways[1].accept(child, 10 + i, START_NS);
            fixture.gateways[1].fill(child, 10 + i, price("101.00"), slices[i], 0, Liquidity.ADDED, START_NS);
            fixture.cycle();
        }
        final List<String> events = strategy.take();
        assertEquals("parentDone " + parent + " 250 " + price("101.00"), events.get(events.size() - 1));
        assertEquals(-250, strategy.context.positions().position(0));
    }

    @Test
    void shouldRefuseDirectOrdersAndReportRefusedChildrenOfRiskLimits() {
        final RiskConfig risk = new RiskConfig();
        risk.global().maxOrderQuantity(1_000);
        final EngineFixture fixture = new EngineFixture(strategy, risk);
        fixture.feeds[0].level(0, Side.SELL, price("100.02"), 5_000, START_NS);
        fixture.feeds[0].level(0, Side.BUY, price("100.00"), 5_000, START_NS);
        fixture.cycle();
        strategy.take();
        final StrategyContext context = strategy.context;
        assertEquals(Result.REJECTED, context.submit(0, 0, Side.BUY, 5_000, price("100.00"), OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, context.lastRejectReason());
        final long parent = context.parentOrder().routed().instrument(0).side(Side.BUY).quantity(5_000)
            .limitPrice(price("100.02")).timeInForce(TimeInForce.IOC).submit();
        assertTrue(parent > 0);
        for (int i = 0; i < 10; i++) {
            fixture.cycle();
        }
        final List<String> events = strategy.take();
        assertTrue(events.stream().anyMatch(e -> e.startsWith("rejected ") && e.endsWith(" MAX_ORDER_QUANTITY")),
            events.toString());
        assertEquals("parentDone " + parent + " 0 " + FixedPoint.NULL_PRICE, events.get(events.size() - 1));
        assertEquals(0, fixture.gateways[0].requestCount());
    }

    @Test
    void shouldCancelEverythingWhenTheKillSwitchTrips() {
        final EngineFixture fixture = new EngineFixture(strategy);
        fixture.cycle();
        strategy.take();
        final StrategyContext context = strategy.context;
        final long a = context.submit(0, 0, Side.BUY, 100, price("99.00"), OrderType.LIMIT, TimeInForce.DAY, 0);
        final long b = context.submit(1, 0, Side.SELL, 100, price("101.00"), OrderType.LIMIT, TimeInForce.DAY, 0);
        fixture.gateways[0].accept(a, 1, START_NS);
        fixture.gateways[1].accept(b, 2, START_NS);
        fixture.cycle();
        strategy.take();
        assertTrue(fixture.engine.killSwitch().trigger(KillReason.MANUAL));
        for (int i = 0; i < 5; i++) {
            fixture.cycle();
        }
        for (int v = 0; v < 2; v++) {
            final byte kind = fixture.gateways[v].lastKind();
            assertTrue(kind == InMemoryVenueGateway.CANCEL_ALL || kind == InMemoryVenueGateway.CANCEL, "venue " + v);
        }
        fixture.gateways[0].canceled(a, 100, START_NS);
        fixture.gateways[1].canceled(b, 100, START_NS);
        fixture.cycle();
        assertEquals(List.of("canceled " + a + " 100", "canceled " + b + " 100"), strategy.take());
        assertEquals(Result.REJECTED, context.submit(0, 0, Side.BUY, 100, price("99.00"), OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(RejectReason.KILL_SWITCH, context.lastRejectReason());
    }
}
