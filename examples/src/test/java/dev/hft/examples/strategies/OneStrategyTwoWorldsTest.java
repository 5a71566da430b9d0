package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.RISK;
import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

import dev.hft.api.Side;
import dev.hft.engine.Engine;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.examples.trading.SimulatedVenueSide;
import dev.hft.examples.trading.TradingApp;
import dev.hft.examples.trading.VenueSide;
import dev.hft.examples.venue.VenuesConfig;
import dev.hft.oms.OmsListener;
import dev.hft.oms.PositionReport;
import dev.hft.oms.ReconciliationBreaks;
import dev.hft.risk.KillReason;
import dev.hft.risk.RiskConfig;
import dev.hft.timing.SystemClock;
import org.agrona.concurrent.Agent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's acceptance: one strategy class, unchanged and with the same parameters, runs through the engine against
 * the simulated venues over loopback (two OUCH 5.0 venues and one FIX 4.4 venue, ITCH over MoldUDP64) and against
 * in-process venues; in both worlds its orders are accepted and filled, and its positions agree with the venues'
 * own records. No timing assertions.
 */
class OneStrategyTwoWorldsTest {
    private static final String[] PARAMETERS = {"quantity", "100", "halfSpreadTicks", "1", "skewSharesPerTick", "200",
        "maxPosition", "1000", "maxClampTicks", "5"};

    /** Counts what the order manager accepted for the strategy. */
    private static final class Accepted implements OmsListener {
        long count;

        @Override
        public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
            count++;
        }
    }

    @Test
    @Tag("slow")
    @Timeout(120)
    void shouldTradeAgainstTheSimulatedVenuesOverLoopback(@TempDir final Path out) throws Exception {
        final StrategyConfig strategy = new StrategyConfig("mm", MarketMaker.class.getName())
            .instruments("HFTA", "HFTB");
        for (int p = 0; p < PARAMETERS.length; p += 2) {
            strategy.parameter(PARAMETERS[p], PARAMETERS[p + 1]);
        }
        final EngineConfig block = new EngineConfig().startWhenConnected(true).strategy(strategy)
            .risk(RiskConfig.parse(RISK));
        final VenueSide venues = new SimulatedVenueSide(VenuesConfig.defaults(), 0);
        final Accepted accepted = new Accepted();
        try (venues) {
            final List<InetSocketAddress> feeds = TradingApp.feedAddresses(venues.venueCount());
            venues.open(feeds);
            final EngineConfig config = TradingApp.engineConfig(block, venues, feeds, out);
            try (Engine engine = Engine.builder(config).clocks(SystemClock.INSTANCE, SystemClock.INSTANCE)
                .orderListener(accepted).build()) {
                final MarketMaker mm = (MarketMaker) engine.strategy(0);   // instantiated from its class name
                venues.start();
                final Agent trading = engine.tradingAgent();
                final long deadline = System.nanoTime() + 60_000_000_000L;
                while (mm.fills() < 5 && System.nanoTime() < deadline) {
                    trading.doWork();
                }
                engine.killSwitch().trigger(KillReason.MANUAL);
                long open = 1;
                while (open > 0 && System.nanoTime() < deadline) {
                    trading.doWork();
                    open = engine.orderManager().liveOrders();
                    for (int v = 0; v < venues.venueCount(); v++) {
                        open += venues.account(v).openOrders();
                    }
                }
                for (int i = 0; i < 100; i++) {
                    trading.doWork();
                }
                assertTrue(mm.quotesSent() > 0 && accepted.count > 0, "orders accepted");
                assertTrue(mm.fills() >= 5, "fills: " + mm.fills());
                assertEquals(0, open, "nothing open after the kill switch");
                final int instruments = engine.instruments().size();
                final PositionReport report = new PositionReport(instruments);
                final ReconciliationBreaks breaks = new ReconciliationBreaks(instruments);
                final long[] venueTotal = new long[instruments];
                for (int v = 0; v < venues.venueCount(); v++) {
                    report.clear();
                    for (int i = 0; i < instruments; i++) {
                        report.add(i, venues.account(v).positions()[i]);
                        venueTotal[i] += venues.account(v).positions()[i];
                    }
                    assertEquals(0, engine.orderManager().positions().reconcile(v, report, breaks),
                        "order manager = venue " + v + "'s records");
                }
                for (int i = 0; i < instruments; i++) {
                    assertEquals(venueTotal[i], engine.positions(0).position(i),
                        "the strategy's position = the venues' records, instrument " + i);
                }
            }
        }
    }

    @Test
    void shouldTradeAgainstInProcessVenues() {
        final MarketMaker mm = new MarketMaker();
        final Accepted accepted = new Accepted();
        final StrategyConfig config = strategy("mm", mm, PARAMETERS);
        final StrategyFixture fixture = new StrategyFixture(RISK, builder -> builder.orderListener(accepted), config);
        final long[][] venueRecords = new long[StrategyFixture.VENUES][2];
        fixture.quote(0, 0, "100.00", "100.04");
        fixture.quote(1, 0, "100.00", "100.04");
        fixture.quote(2, 1, "50.00", "50.04");
        fixture.answerAll();
        fixture.cycle();
        assertTrue(mm.quotesSent() > 0 && accepted.count > 0, "orders accepted");
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        venueRecords[0][0] += 100;
        fixture.fill(2, mm.quoteId(1, 2, Side.SELL), "50.03", 40, 60);
        venueRecords[2][1] -= 40;
        fixture.cycle();
        fixture.answerAll();
        fixture.cycle();
        assertEquals(2, mm.fills());
        for (int i = 0; i < 2; i++) {
            long total = 0;
            for (int v = 0; v < StrategyFixture.VENUES; v++) {
                total += venueRecords[v][i];
                final PositionReport report = new PositionReport(2);
                report.add(0, venueRecords[v][0]);
                report.add(1, venueRecords[v][1]);
                assertEquals(0, fixture.oms().positions().reconcile(v, report, new ReconciliationBreaks(2)),
                    "order manager = venue " + v + "'s records");
            }
            assertEquals(total, fixture.engine.positions(0).position(i), "instrument " + i);
        }
    }
}
