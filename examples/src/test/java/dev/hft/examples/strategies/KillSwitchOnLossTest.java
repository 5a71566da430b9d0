package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.oms.OrderManager;
import dev.hft.risk.KillReason;
import dev.hft.testkit.InMemoryVenueGateway;
import org.junit.jupiter.api.Test;

/**
 * The configured daily loss trips the kill switch through the engine: the market maker is filled, the market falls,
 * the loss marked at the new BBO exceeds the limit, the switch cancels what is open and refuses everything after.
 */
class KillSwitchOnLossTest {
    private final MarketMaker mm = new MarketMaker();
    private final StrategyFixture fixture = new StrategyFixture("""
        instruments: 2
        strategies: 2
        accounts: 1
        venues: 3
        global: { maxOpenOrders: 100, maxDailyLoss: "50", dailyLossAction: KILL_SWITCH }
        instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "50", maxOrderQuantity: 5000 }
        strategyDefaults: { maxPosition: 2000 }
        """, strategy("mm", mm, "venues", "A", "maxPosition", "1000"));

    @Test
    void shouldTripTheKillSwitchOnTheConfiguredLossAndCancelWhatIsOpen() {
        fixture.quote(0, 0, "100.00", "100.04");
        fixture.answerAll();
        fixture.cycle();
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        fixture.cycle();
        assertFalse(fixture.engine.killSwitch().isEngaged());

        final long before = fixture.gateways[0].requestCount();
        fixture.quote(0, 0, "99.40", "99.44");           // 100 shares lose 0.59 each: 59 > 50
        assertTrue(fixture.engine.killSwitch().isEngaged());
        assertEquals(KillReason.DAILY_LOSS, fixture.engine.killSwitch().reason());
        fixture.cycle();
        assertTrue(fixture.engine.killSwitch().isCompleted());
        assertEquals(InMemoryVenueGateway.CANCEL_ALL, fixture.gateways[0].lastKind(), "mass cancel of what is open");
        assertTrue(fixture.gateways[0].requestCount() > before);
        final OrderManager oms = fixture.oms();
        for (int slot = 0; slot < oms.capacity(); slot++) {
            if (oms.isInUse(slot) && !oms.state(slot).isTerminal()) {
                fixture.gateways[0].canceled(oms.clientOrderId(slot), oms.leavesQuantity(slot),
                    fixture.clock.epochNanos());
            }
        }
        assertEquals(0, oms.liveOrders());

        final long refusals = fixture.engine.refusals(0, RejectReason.KILL_SWITCH);
        fixture.quote(0, 0, "99.50", "99.54");
        assertTrue(mm.lastRefusal().endsWith("KILL_SWITCH"), "everything after is refused: " + mm.lastRefusal());
        assertTrue(fixture.engine.refusals(0, RejectReason.KILL_SWITCH) > refusals);
        assertEquals(0, oms.liveOrders());
    }
}
