package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.risk.KillReason;
import org.junit.jupiter.api.Test;

/**
 * The configured daily loss trips the kill switch: the market maker is filled, the market falls, the loss marked at
 * the new BBO exceeds the limit, the switch cancels what is open and refuses everything after.
 */
class KillSwitchOnLossTest {
    private final TradingFixture fixture = new TradingFixture(true, new int[] {0}, 1_000, """
        instruments: 2
        strategies: 2
        accounts: 1
        venues: 3
        global: { maxOpenOrders: 100, maxDailyLoss: "50", dailyLossAction: KILL_SWITCH }
        instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "50", maxOrderQuantity: 5000 }
        strategyDefaults: { maxPosition: 2000 }
        """);

    @Test
    void shouldTripTheKillSwitchOnTheConfiguredLossAndCancelWhatIsOpen() {
        fixture.quote(0, 0, "100.00", "100.04");
        fixture.marketMaker.onBook(0);
        fixture.answerFrom(0, 0);
        final long ask = fixture.marketMaker.quoteId(0, 0, Side.SELL);
        fixture.fill(0, fixture.marketMaker.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        assertFalse(fixture.killSwitch.isEngaged());

        fixture.quote(0, 0, "99.40", "99.44");           // 100 shares lose 0.59 each: 59 > 50
        assertTrue(fixture.killSwitch.isEngaged());
        assertEquals(KillReason.DAILY_LOSS, fixture.killSwitch.reason());
        final long before = fixture.gateways[0].requestCount();
        fixture.killSwitch.doWork();
        assertTrue(fixture.killSwitch.isCompleted());
        assertEquals(InMemoryVenueGateway.CANCEL_ALL, fixture.gateways[0].lastKind(), "mass cancel of what is open");
        assertTrue(fixture.gateways[0].requestCount() > before);
        fixture.gateways[0].canceled(ask, 100, fixture.clock.epochNanos());
        assertEquals(0, fixture.oms.liveOrders());

        fixture.marketMaker.onBook(0);
        assertEquals(RejectReason.KILL_SWITCH, fixture.oms.lastRejectReason(), "everything after is refused");
    }
}
