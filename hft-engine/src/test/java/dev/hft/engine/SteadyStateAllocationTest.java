package dev.hft.engine;

import static dev.hft.engine.EngineFixture.START_NS;
import static dev.hft.engine.EngineFixture.price;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.timing.AllocationMeter;
import org.junit.jupiter.api.Test;

class SteadyStateAllocationTest {
    /** Quotes one order per batch, cancels it on the next, schedules a timer; allocation-free. */
    static final class Quoter implements Strategy {
        StrategyContext context;
        long working;

        @Override
        public void onStart(final StrategyContext context) {
            this.context = context;
        }

        @Override
        public void onBatchEnd(final long timestampNs) {
            if (working != 0) {
                context.cancel(working);
                working = 0;
            } else {
                working = context.submit(0, 0, Side.BUY, 100, price("99.00"), OrderType.LIMIT, TimeInForce.DAY, 0);
            }
            context.scheduleTimer(context.nowNs() + 1);
        }
    }

    @Test
    void shouldAllocateNothingInSteadyState() {
        final Quoter quoter = new Quoter();
        final EngineFixture fixture = new EngineFixture(quoter);
        fixture.cycle();
        final long[] step = {0};
        final Runnable cycle = () -> {
            final long n = step[0]++;
            fixture.clock.advance(1_000);
            fixture.clock.epochNanos(START_NS + n * 1_000);
            fixture.feeds[0].level(0, Side.BUY, price("99.00") + (n & 7) * price("0.01"), 100 + n, START_NS);
            fixture.feeds[1].trade(0, price("99.05"), 10, Side.SELL, START_NS);
            fixture.cycle();
            final long id = fixture.lastClientOrderId(0);
            if (quoter.working == id) {
                fixture.gateways[0].accept(id, n, START_NS);
                fixture.gateways[0].fill(id, n + 1, price("99.00"), 1, 99, Liquidity.ADDED, START_NS);
            } else {
                fixture.gateways[0].canceled(id, 99, START_NS);
            }
            fixture.cycle();
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(cycle, 20_000, 20_000));
    }
}
