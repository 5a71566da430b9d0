package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.RISK;
import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.InMemoryVenueGateway;
import org.junit.jupiter.api.Test;

class MeanReversionStrategyTest {
    private final MeanReversionStrategy strategy = new MeanReversionStrategy();
    private final StrategyFixture fixture = new StrategyFixture(RISK, strategy("meanrev", strategy,
        "window", "4", "entryTicks", "3", "stopTicks", "5", "quantity", "100", "aggressionTicks", "1",
        "cooldownMs", "0"));
    private long size = 500;

    /** Venue A's touch, equal sizes: the microprice is the mid. */
    private void market(final String bid, final String ask) {
        size++;
        fixture.quote(0, 0, bid, size, ask, size);
    }

    private long sent() {
        return fixture.gateways[0].requestCount();
    }

    private void assertLastChild(final Side side, final String price, final long quantity) {
        final InMemoryVenueGateway venue = fixture.gateways[0];
        final int offset = venue.lastRecordOffset();
        assertEquals(side.code(), venue.buffer().getByte(offset + InMemoryVenueGateway.SIDE_OFFSET));
        assertEquals(TimeInForce.IOC.code(), venue.buffer().getByte(offset + InMemoryVenueGateway.TIF_OFFSET));
        assertEquals(FixedPoint.parse(price), venue.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET));
        assertEquals(quantity, venue.buffer().getLong(offset + InMemoryVenueGateway.QUANTITY_OFFSET));
    }

    @Test
    void shouldComputeTheMicropriceLeaningTowardsTheThinSide() {
        final long bid = FixedPoint.parse("100.00");
        final long ask = FixedPoint.parse("100.04");
        assertEquals(FixedPoint.parse("100.02"), MeanReversionStrategy.microprice(bid, 100, ask, 100));
        assertEquals(FixedPoint.parse("100.03"), MeanReversionStrategy.microprice(bid, 300, ask, 100),
            "more bids than offers: the price leans up");
        assertEquals(FixedPoint.parse("100.01"), MeanReversionStrategy.microprice(bid, 100, ask, 300));
        assertEquals(FixedPoint.NULL_PRICE, MeanReversionStrategy.microprice(FixedPoint.NULL_PRICE, 1, ask, 1));
        final long big = FixedPoint.parse("90000.00");
        assertEquals(big + FixedPoint.parse("0.005"), MeanReversionStrategy.microprice(big, 1_000_000_000L,
            big + FixedPoint.parse("0.01"), 1_000_000_000L), "no overflow on large prices and sizes");
    }

    @Test
    void shouldSellARichMicropriceAndExitWhenItRevertsToTheMean() {
        fixture.quote(0, 0, "100.00", 200, "100.02", 100);   // microprice 100.0133...
        assertEquals(FixedPoint.parse("100.01333333"), strategy.microprice(0));
        for (int i = 0; i < 4; i++) {
            market("100.00", "100.02");
        }
        assertEquals(FixedPoint.parse("100.01"), strategy.mean(0));
        assertEquals(0, sent(), "within entryTicks of the mean: nothing");
        market("100.05", "100.07");                          // 100.06 against a mean of 100.0225: 3.75 ticks rich
        assertEquals(1, strategy.entries());
        assertLastChild(Side.SELL, "100.05", 100);     // the child takes the bid (limit 100.04)
        fixture.answerLast(0);
        fixture.cycle();
        assertEquals(-100, fixture.engine.positions(0).position(0));
        market("100.05", "100.07");                          // mean 100.0325: still rich, hold
        assertEquals(1, sent());
        market("100.00", "100.02");                          // 100.01 <= mean 100.035: reverted
        assertEquals(1, strategy.exits());
        assertLastChild(Side.BUY, "100.02", 100);
        fixture.answerLast(0);
        fixture.cycle();
        assertEquals(0, fixture.engine.positions(0).position(0));
        assertEquals(0, strategy.stops());
    }

    @Test
    void shouldBuyACheapMicropriceAndStopOutWhenItKeepsFalling() {
        for (int i = 0; i < 4; i++) {
            market("100.00", "100.02");
        }
        market("99.95", "99.97");                            // 99.96 against 99.9975: 3.75 ticks cheap
        assertEquals(1, strategy.entries());
        assertLastChild(Side.BUY, "99.97", 100);       // the child takes the offer (limit 99.98)
        fixture.answerLast(0);
        fixture.cycle();
        assertEquals(100, fixture.engine.positions(0).position(0));
        market("99.93", "99.95");                            // 99.94: down 2 ticks from the entry's 99.96 fill
        assertEquals(1, sent(), "not yet at the stop");
        market("99.89", "99.91");                            // 99.90: 6 ticks under the entry: stop
        assertEquals(1, strategy.stops());
        assertLastChild(Side.SELL, "99.89", 100);
        assertTrue(strategy.mean(0) > strategy.microprice(0), "a stop, not a reversion");
    }

    @Test
    void shouldHoldOneParentAtATimeAndRespectThePositionItHolds() {
        for (int i = 0; i < 4; i++) {
            market("100.00", "100.02");
        }
        market("100.05", "100.07");
        assertEquals(1, sent());
        market("100.09", "100.11");                           // richer still, but the entry is not answered yet
        assertEquals(1, sent(), "one live parent per instrument");
        assertEquals(1, strategy.parentsSent());
    }
}
