package dev.hft.backtest.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;

/** Steady state allocates nothing: a realistic synthetic stream through the engine and its ITCH publisher. */
class MatchingEngineAllocationTest {
    private static final int EVENTS = 100_000;

    private long sink;

    @Test
    void shouldNotAllocateWhenMatchingAndPublishingItch() {
        final MatchingEngineConfig config = new MatchingEngineConfig().maxOrders(1 << 14).maxLevelsPerSide(256);
        for (int i = 0; i < 4; i++) {
            config.instrument("SYM" + i, FixedPoint.parse("0.01"), 100);
        }
        final ItchBookPublisher publisher = new ItchBookPublisher(config, (buffer, offset, length) -> {
            sink += buffer.getByte(offset) + length;
        });
        final ManualClock clock = new ManualClock();
        final MatchingEngine engine = new MatchingEngine(config, clock, ExecutionListener.NO_OP, publisher);
        final SyntheticOrderFlow flow = new SyntheticOrderFlow(42, EVENTS, 4, 8, FixedPoint.parse("100"),
            FixedPoint.parse("0.01"), 1024);
        publisher.publishStartOfDay(0);

        final Runnable replay = () -> {
            for (int i = 0; i < EVENTS; i++) {
                clock.advance(1_000);
                sink += flow.apply(engine, i);
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(replay, 5, 5));
        assertTrue(engine.matchCount() > 10_000, "the stream trades");
        assertTrue(engine.orderCount() > 100, "the stream rests orders");
        assertEquals(0, engine.poolFullCount());
        assertEquals(0, engine.rejectCount(RejectReason.INVALID_PRICE));
    }

    @Test
    void shouldNotAllocateWhenThePoolFillsUpAndRefuses() {
        final int maxOrders = 4096;
        final MatchingEngineConfig config = new MatchingEngineConfig().maxOrders(maxOrders).maxLevelsPerSide(64);
        config.instrument("FULL", FixedPoint.parse("0.01"), 1);
        final MatchingEngine engine = new MatchingEngine(config, new ManualClock(), ExecutionListener.NO_OP,
            BookEventListener.NO_OP);
        final long[] ids = new long[maxOrders];
        final long base = FixedPoint.parse("50");
        final long tick = FixedPoint.parse("0.01");
        final Runnable fillAndEmpty = () -> {
            for (int i = 0; i < maxOrders; i++) {
                ids[i] = engine.submit(0, 1 + (i & 7), i, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0,
                    base - (i & 63) * tick, 10);
            }
            sink += engine.submit(0, 1, -1, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, base, 10);
            for (int i = 0; i < maxOrders; i++) {
                sink += engine.cancel(1 + (i & 7), ids[i]);
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(fillAndEmpty, 20, 5));
        assertTrue(engine.poolFullCount() > 20, "one refusal per run");
        assertEquals(0, engine.orderCount());
    }
}
