package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.ExecutionListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * The background flow keeps both sides of every book populated near a price that drifts, keeps the book bounded, and
 * trades against a market maker's quotes at the touch.
 */
final class DriftingOrderFlowTest {
    private static final long MM = 1_000_000L;

    private long makerFills;

    @Test
    void shouldMoveTheBookKeepBothSidesAndHitQuotesAtTheTouch() {
        final VenueSpec spec = new VenueSpec().name("FLOW").flow(1_000, 7).instrument("HFTA", "0.01", 1, "100.00")
            .instrument("HFTB", "0.05", 100, "20.00");
        final MatchingEngine engine = new MatchingEngine(SimulatedVenues.engineConfig(spec), new ManualClock(),
            new ExecutionListener() {
                @Override
                public void onFill(final long ownerId, final long clientOrderId, final long orderId,
                    final int instrumentId, final Side side, final long executionId, final long matchNumber,
                    final long priceFixed, final long quantity, final long leavesQuantity,
                    final long cumulativeQuantity, final Liquidity liquidity, final long timestampNs) {
                    if (ownerId == MM && liquidity == Liquidity.ADDED) {
                        makerFills++;
                    }
                }
            }, BookEventListener.NO_OP);
        final DriftingOrderFlow flow = new DriftingOrderFlow(engine, spec, SimulatedVenues.BACKGROUND_OWNERS);
        for (int i = 0; i < 2_000; i++) {
            flow.step();
        }
        final long[] lowest = {Long.MAX_VALUE, Long.MAX_VALUE};
        final long[] highest = {Long.MIN_VALUE, Long.MIN_VALUE};
        long quotes = 0;
        long samples = 0;
        long nearFair = 0;
        long clientOrderId = 0;
        for (int i = 0; i < 200_000; i++) {
            flow.step();
            for (int instrument = 0; instrument < 2; instrument++) {
                lowest[instrument] = Math.min(lowest[instrument], flow.fairPrice(instrument));
                highest[instrument] = Math.max(highest[instrument], flow.fairPrice(instrument));
            }
            if (i % 100 == 0) {
                for (int instrument = 0; instrument < 2; instrument++) {
                    final long bid = engine.bestBid(instrument);
                    final long ask = engine.bestAsk(instrument);
                    final long tick = spec.tickSizeFixed(instrument);
                    final long fair = flow.fairPrice(instrument);
                    assertTrue(bid != FixedPoint.NULL_PRICE && ask != FixedPoint.NULL_PRICE && bid < ask,
                        "both sides populated, not crossed: " + bid + " " + ask);
                    samples++;
                    if (fair - bid <= 4 * tick && ask - fair <= 4 * tick) {
                        nearFair++;
                    }
                }
            }
            if (i % 1_000 == 0) {                                   // a market maker joins both sides of the touch
                final int instrument = (i / 1_000) % 2;
                final long lot = spec.lotSize(instrument);
                engine.submit(instrument, MM, ++clientOrderId, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0,
                    engine.bestBid(instrument), lot);
                engine.submit(instrument, MM, ++clientOrderId, Side.SELL, OrderType.LIMIT, TimeInForce.DAY, 0,
                    engine.bestAsk(instrument), lot);
                quotes += 2;
            }
        }
        for (int instrument = 0; instrument < 2; instrument++) {
            assertTrue(highest[instrument] - lowest[instrument] >= 20 * spec.tickSizeFixed(instrument),
                "the fair price drifted: " + lowest[instrument] + " .. " + highest[instrument]);
        }
        assertTrue(nearFair >= samples * 9 / 10, nearFair + " of " + samples + " samples with the touch within 4 ticks"
            + " of the fair price");
        assertTrue(makerFills > quotes / 10, makerFills + " of " + quotes + " quotes at the touch were hit");
        assertTrue(engine.orderCount() <= 2 * DriftingOrderFlow.RING + quotes, "bounded book");
        assertEquals(202_000, flow.applied());
    }
}
