package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.RISK;
import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.InMemoryVenueGateway;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

class MomentumStrategyTest {
    private final MomentumStrategy momentum = new MomentumStrategy();
    private final StrategyFixture fixture = new StrategyFixture(RISK, strategy("momentum", momentum,
        "fastShift", "1", "slowShift", "3", "threshold", "0.01", "warmUpUpdates", "4", "quantity", "200",
        "aggressionTicks", "2", "maxPosition", "300", "cooldownMs", "1"));
    private long size = 500;

    /** Moves venue B's quote (and the NBBO with it) to bid/ask: one update of the averages. */
    private void market(final String bid, final String ask) {
        size++;                                           // a new BBO even when the prices repeat
        fixture.quote(1, 0, bid, size, ask, size);
    }

    @Test
    void shouldBuyThroughTheRouterWhenTheFastAverageCrossesAboveTheSlowOne() {
        market("100.00", "100.02");
        for (int i = 0; i < 4; i++) {
            market("100.00", "100.02");
        }
        assertEquals(0, momentum.signals());
        market("100.10", "100.12");                      // fast jumps half-way, slow an eighth: crossing
        assertEquals(1, momentum.signals());
        assertEquals(1, momentum.parentsSent());
        final InMemoryVenueGateway venue = fixture.gateways[1];
        assertEquals(1, venue.requestCount(), "the only venue quoting gets the IOC child");
        final UnsafeBuffer record = venue.buffer();
        final int offset = venue.lastRecordOffset();
        assertEquals(Side.BUY.code(), record.getByte(offset + InMemoryVenueGateway.SIDE_OFFSET));
        assertEquals(TimeInForce.IOC.code(), record.getByte(offset + InMemoryVenueGateway.TIF_OFFSET));
        assertEquals(FixedPoint.parse("100.12"), record.getLong(offset + InMemoryVenueGateway.PRICE_OFFSET),
            "the child takes the venue's quote (the parent's limit is two ticks beyond)");
        assertEquals(200, record.getLong(offset + InMemoryVenueGateway.QUANTITY_OFFSET));
        fixture.answerLast(1);
        fixture.cycle();
        assertEquals(200, fixture.engine.positions(0).position(0));
        assertEquals(200, fixture.oms().positions().netQuantity(0));
        assertEquals(200, momentum.parentsFilledQuantity());
    }

    @Test
    void shouldSignalOncePerCrossingAndRespectTheCooldownAndThePositionBound() {
        for (int i = 0; i < 5; i++) {
            market("100.00", "100.02");
        }
        market("100.10", "100.12");
        fixture.answerLast(1);
        market("100.20", "100.22");                      // still above: no new signal
        assertEquals(1, momentum.parentsSent());
        for (int i = 0; i < 10; i++) {
            market("99.50", "99.52");                     // crosses down
        }
        assertEquals(2, momentum.signals());
        assertEquals(1, momentum.parentsSent(), "within the 1 ms cool-down: no parent");
        fixture.clock.advance(2_000_000L);
        for (int i = 0; i < 10; i++) {
            market("100.50", "100.52");                   // up again: 200 + 200 > 300, so 100 shares
        }
        assertEquals(2, momentum.parentsSent());
        final InMemoryVenueGateway venue = fixture.gateways[1];
        assertEquals(100, venue.buffer().getLong(venue.lastRecordOffset() + InMemoryVenueGateway.QUANTITY_OFFSET));
        assertTrue(momentum.fastAverage(0) > momentum.slowAverage(0));
    }

    @Test
    void shouldSendNothingOnceDisabled() {
        for (int i = 0; i < 5; i++) {
            market("100.00", "100.02");
        }
        momentum.disable();
        market("100.10", "100.12");
        assertEquals(1, momentum.signals());
        assertEquals(0, momentum.parentsSent());
        assertEquals(0, fixture.gateways[1].requestCount());
    }
}
