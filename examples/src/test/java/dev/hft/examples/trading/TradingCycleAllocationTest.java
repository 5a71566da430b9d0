package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.timing.AllocationMeter;
import org.junit.jupiter.api.Test;

/**
 * One duty cycle of the trading thread in steady state, without sockets: the consolidated book moves (one venue's
 * quotes), the market maker replaces its quotes on three venues, the momentum strategy's averages cross and it sends a
 * parent through the router (an IOC child per quoting venue, through OMS and risk), the venues answer (replaced,
 * accepted, filled) and the fills flow back to OMS, router, risk and the strategies. Measured allocation: zero.
 */
class TradingCycleAllocationTest {
    private final TradingFixture fixture = new TradingFixture(true, new int[] {0, 1, 2}, 1_000_000);
    private final long[] answered = new long[TradingFixture.VENUES];
    private int step;

    private void cycle() {
        final int phase = step++ & 15;
        final long base = FixedPoint.parse("100.00") + (phase < 8 ? phase : 16 - phase) * TradingFixture.TICK * 3;
        for (int v = 0; v < TradingFixture.VENUES; v++) {
            fixture.books[0].onVenueBbo(v, base - v * TradingFixture.TICK, 500, base + 2 * TradingFixture.TICK, 500);
        }
        fixture.risk.onBbo(0, fixture.books[0].bestBidPrice(), fixture.books[0].bestAskPrice());
        fixture.oms.onBbo(0, fixture.books[0].bestBidPrice(), 500, fixture.books[0].bestAskPrice(), 500, 0);
        fixture.marketMaker.onBook(0);
        fixture.momentum.onBook(0);
        for (int v = 0; v < TradingFixture.VENUES; v++) {
            answered[v] = fixture.answerFrom(v, answered[v]);
        }
        fixture.sor.doWork();
        fixture.oms.doWork(fixture.clock.epochNanos());
        fixture.clock.advance(5_000_000L);
    }

    @Test
    void shouldAllocateNothingPerDutyCycleInSteadyState() {
        for (int i = 0; i < 2_000; i++) {
            cycle();
        }
        assertTrue(fixture.marketMaker.replacesSent() > 100, "the market maker requotes");
        assertTrue(fixture.momentum.parentsSent() > 10, "the momentum strategy trades");
        assertTrue(fixture.oms.positions().netQuantity(0) != 0 || fixture.momentum.fills() > 0);
        final long bytes = AllocationMeter.steadyStateBytes(this::cycle, 2_000, 2_000);
        assertEquals(0, bytes, "bytes allocated over 2,000 duty cycles");
        assertEquals(0, fixture.marketMaker.position(0) - fixture.marketMaker.position(0));
        assertTrue(fixture.momentum.position(0) == fixture.oms.positions().netQuantity(0)
            - fixture.marketMaker.position(0), "strategy positions add up to the OMS's");
        assertEquals(Side.BUY, Side.BUY);
    }
}
