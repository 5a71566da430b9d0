package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.timing.AllocationMeter;
import org.junit.jupiter.api.Test;

/**
 * One duty cycle of the engine's trading agent in steady state, without sockets, with the demo's three strategies:
 * the consolidated book moves (every venue's quotes), the market maker replaces its quotes on three venues, the
 * momentum and mean-reversion strategies send IOC parents through the router (an IOC child per quoting venue, through
 * order manager and risk), the venues answer (replaced, accepted, filled) and the fills flow back to order manager,
 * router, risk and the strategies. Measured allocation: zero.
 */
class TradingCycleAllocationTest {
    private static final String RISK = """
        instruments: 2
        strategies: 3
        accounts: 1
        venues: 3
        global: { maxOpenOrders: 1000, maxDailyLoss: "100000000" }
        instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "5", maxOrderQuantity: 5000 }
        strategyDefaults: { maxPosition: 10000000, maxOrdersPerSecond: 10000000 }
        """;
    private final MarketMaker mm = new MarketMaker();
    private final MomentumStrategy momentum = new MomentumStrategy();
    private final MeanReversionStrategy meanReversion = new MeanReversionStrategy();
    private final StrategyFixture fixture = new StrategyFixture(RISK,
        strategy("mm", mm, "maxPosition", "1000000"),
        strategy("momentum", momentum, "slowShift", "3", "threshold", "0.01", "warmUpUpdates", "4",
            "maxPosition", "1000000", "cooldownMs", "1"),
        strategy("meanrev", meanReversion, "window", "8", "entryTicks", "2", "cooldownMs", "1"));
    private int step;

    private void cycle() {
        final int phase = step++ & 15;
        final long base = FixedPoint.parse("100.00") + (phase < 8 ? phase : 16 - phase) * StrategyFixture.TICK * 3;
        for (int v = 0; v < StrategyFixture.VENUES; v++) {
            fixture.top(v, 0, base - v * StrategyFixture.TICK, 500, base + 2 * StrategyFixture.TICK, 500);
        }
        fixture.cycle();
        fixture.answerAll();
        fixture.cycle();
        fixture.clock.advance(5_000_000L);
    }

    @Test
    void shouldAllocateNothingPerDutyCycleInSteadyState() {
        for (int i = 0; i < 2_000; i++) {
            cycle();
        }
        assertTrue(mm.replacesSent() > 100, "the market maker requotes: " + mm.replacesSent());
        assertTrue(momentum.parentsSent() > 10, "the momentum strategy trades: " + momentum.parentsSent());
        assertTrue(meanReversion.parentsSent() > 10, "mean reversion trades: " + meanReversion.parentsSent());
        final long bytes = AllocationMeter.steadyStateBytes(this::cycle, 2_000, 2_000);
        assertEquals(0, bytes, "bytes allocated over 2,000 duty cycles");
        long sum = 0;
        for (int s = 0; s < 3; s++) {
            sum += fixture.engine.positions(s).position(0);
        }
        assertEquals(fixture.oms().positions().netQuantity(0), sum, "strategy positions add up to the OMS's");
    }
}
