package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.hft.examples.venue.VenuesConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's acceptance: the three simulated venues (two OUCH 5.0 over SoupBinTCP, one FIX 4.4 on QuickFIX/J, ITCH
 * over MoldUDP64 each) and the trading application run for a bounded time on loopback; orders were filled on every
 * venue, the OMS's positions reconcile with each venue's own records per instrument, and after the kill switch no
 * order is open anywhere (OMS, router, venues). No timing assertions.
 */
@Tag("slow")
@Timeout(120)
class TradingIntegrationTest {

    static TradingConfig tradingConfig() {
        return TradingConfig.parse(TradingConfigTest.demoTradingBlock()).duration(10_000, 2_000);
    }

    @Test
    void shouldFillOnEveryVenueReconcileAndLeaveNothingOpenAfterTheKillSwitch(@TempDir final Path out)
        throws Exception {
        final VenuesConfig venues = VenuesConfig.defaults();
        final TradingApp.Outcome outcome = new TradingApp(tradingConfig(), new SimulatedVenueSide(venues, 0), out)
            .run();
        outcome.lines().forEach(System.out::println);

        assertEquals(3, outcome.fillsPerVenue().length);
        for (int v = 0; v < outcome.fillsPerVenue().length; v++) {
            assertTrue(outcome.fillsPerVenue()[v] > 0, "fills on venue " + v);
        }
        assertEquals(0, outcome.breaks(), "OMS positions = each venue's own records");
        assertTrue(outcome.killSwitchDone(), "the kill switch completed its run");
        assertEquals(0, outcome.openAfterKill(), "nothing open in the OMS or on any venue after the kill switch");
        assertTrue(outcome.ok());
        assertTrue(Files.size(out.resolve("trading-tick-to-trade.png")) > 0);
    }
}
