package dev.hft.examples.strategies;

import static dev.hft.examples.strategies.StrategyFixture.RISK;
import static dev.hft.examples.strategies.StrategyFixture.strategy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.OrderState;
import dev.hft.risk.KillReason;
import dev.hft.testkit.InMemoryVenueGateway;
import org.junit.jupiter.api.Test;

class MarketMakerTest {
    private final MarketMaker mm = new MarketMaker();
    private final StrategyFixture fixture = new StrategyFixture(RISK, strategy("mm", mm, "venues", "A,C",
        "maxPosition", "300", "quantity", "100", "halfSpreadTicks", "1", "skewSharesPerTick", "200",
        "maxClampTicks", "5"));

    private long price(final long id) {
        return fixture.price(id);
    }

    private long position() {
        return fixture.engine.positions(0).position(0);
    }

    @Test
    void shouldQuoteBothSidesAroundTheConsolidatedMidOnEachOfItsVenues() {
        fixture.quote(0, 0, "100.00", "100.06");
        fixture.quote(1, 0, "100.01", "100.05");      // NBBO 100.01 / 100.05, mid 100.03

        for (final int venueIndex : new int[] {0, 1}) {
            assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, venueIndex, Side.BUY)));
            assertEquals(FixedPoint.parse("100.04"), price(mm.quoteId(0, venueIndex, Side.SELL)));
        }
        assertEquals(2, fixture.gateways[0].requestCount());
        assertEquals(0, fixture.gateways[1].requestCount(), "venue B is not one of its venues");
        assertEquals(2, fixture.gateways[2].requestCount());
        assertEquals(4, mm.quotesSent());
    }

    @Test
    void shouldWaitForTheVenueThenReplaceWhenTheMarketMoves() {
        fixture.quote(0, 0, "100.00", "100.04");
        final long bid = mm.quoteId(0, 0, Side.BUY);
        fixture.quote(0, 0, "100.02", "100.06");
        assertEquals(bid, mm.quoteId(0, 0, Side.BUY), "pending new: no request until the venue answers");
        assertEquals(0, mm.replacesSent());

        fixture.answerAll();
        fixture.cycle();                               // accepted: re-priced at once
        final long replaced = mm.quoteId(0, 0, Side.BUY);
        assertNotEquals(bid, replaced);
        assertEquals(4, mm.replacesSent());
        assertEquals(InMemoryVenueGateway.REPLACE, fixture.gateways[2].lastKind());
        assertEquals(FixedPoint.parse("100.03"), price(replaced));
        fixture.answerAll();
        fixture.cycle();
        assertEquals(OrderState.NEW, fixture.oms().state(fixture.oms().find(replaced)));
        fixture.quote(0, 0, "100.02", "100.06");
        assertEquals(4, mm.replacesSent(), "nothing moved: no request");
    }

    @Test
    void shouldSkewItsQuotesAgainstItsPosition() {
        fixture.quote(0, 0, "100.00", "100.04");
        fixture.answerAll();
        fixture.cycle();
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        fixture.fill(2, mm.quoteId(0, 1, Side.BUY), "100.01", 100, 0);
        assertEquals(200, position());
        fixture.cycle();
        fixture.answerAll();
        fixture.cycle();
        // 200 shares long = one tick of skew: fair 100.01, bid 100.00, ask 100.02
        assertEquals(FixedPoint.parse("100.00"), price(mm.quoteId(0, 0, Side.BUY)));
        assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, 0, Side.SELL)));
    }

    @Test
    void shouldPullItsBidsAtTheMaximumPosition() {
        fixture.quote(0, 0, "100.00", "100.04");
        fixture.answerAll();
        fixture.cycle();
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        fixture.fill(2, mm.quoteId(0, 1, Side.BUY), "100.01", 100, 0);
        fixture.cycle();
        fixture.answerAll();
        fixture.cycle();
        final long stillWorking = mm.quoteId(0, 1, Side.BUY);
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.00", 100, 0);
        assertEquals(300, position());
        fixture.cycle();
        assertEquals(InMemoryVenueGateway.CANCEL, fixture.gateways[2].lastKind());
        assertEquals(stillWorking, fixture.gateways[2].lastClientOrderId());
        fixture.answerAll();
        fixture.cycle();
        final long bid = mm.quoteId(0, 0, Side.BUY);
        assertTrue(bid == 0 || fixture.oms().state(fixture.oms().find(bid)).isTerminal(),
            "no bid working at +maxPosition");
        assertTrue(fixture.oms().state(fixture.oms().find(stillWorking)).isTerminal());
        assertTrue(mm.cancelsSent() >= 1);
    }

    @Test
    void shouldNeverQuoteAtOrThroughTheOppositeTouch() {
        fixture.quote(0, 0, "100.00", "100.01");      // one-tick spread: the fair price is half a tick
        assertEquals(FixedPoint.parse("99.99"), price(mm.quoteId(0, 0, Side.BUY)));
        assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, 0, Side.SELL)));
        assertTrue(price(mm.quoteId(0, 0, Side.BUY)) < fixture.engine.book(0).bestAskPrice());
        assertTrue(price(mm.quoteId(0, 0, Side.SELL)) > fixture.engine.book(0).bestBidPrice());
    }

    @Test
    void shouldNotRetryAQuoteAtThePriceItWasRefusedAt() {
        fixture.engine.killSwitch().trigger(KillReason.MANUAL);
        fixture.quote(0, 0, "100.00", "100.04");
        assertEquals(4, mm.refused(), "bid and ask on its two venues, refused");
        assertTrue(mm.lastRefusal().endsWith("KILL_SWITCH"));
        fixture.quote(0, 0, "100.00", 600, "100.04", 600);
        assertEquals(4, mm.refused(), "same prices: not sent again");
        fixture.quote(0, 0, "100.02", "100.06");
        assertEquals(8, mm.refused(), "new prices: tried again");
        final InMemoryVenueGateway venue = fixture.gateways[0];
        for (long r = 0; r < venue.requestCount(); r++) {
            assertEquals(InMemoryVenueGateway.CANCEL_ALL, venue.buffer().getByte(venue.recordOffset(r)),
                "only the kill switch's mass cancel reached the venue");
        }
    }

    @Test
    void shouldStopQuotingOnceDisabled() {
        mm.disable();
        fixture.quote(0, 0, "100.00", "100.04");
        assertEquals(0, fixture.gateways[0].requestCount());
    }

    @Test
    void shouldQuoteThroughTheRouterWhenNotDirect() {
        final MarketMaker routed = new MarketMaker();
        final StrategyFixture sor = new StrategyFixture(RISK, strategy("mm", routed, "direct", "false",
            "maxPosition", "300"));
        sor.quote(0, 0, "100.00", "100.04");
        assertFalse(routed.direct());
        assertEquals(2, routed.quotesSent(), "one bid and one ask parent");
        long requests = 0;
        for (int v = 0; v < StrategyFixture.VENUES; v++) {
            final InMemoryVenueGateway gateway = sor.gateways[v];
            for (long r = 0; r < gateway.requestCount(); r++) {
                final int offset = gateway.recordOffset(r);
                requests++;
                assertEquals(InMemoryVenueGateway.NEW_ORDER, gateway.buffer().getByte(offset));
                assertEquals(TimeInForce.DAY.code(), gateway.buffer().getByte(offset
                    + InMemoryVenueGateway.TIF_OFFSET), "the router posts the parent's rest");
                final byte side = gateway.buffer().getByte(offset + InMemoryVenueGateway.SIDE_OFFSET);
                assertEquals(side == Side.BUY.code() ? FixedPoint.parse("100.01") : FixedPoint.parse("100.03"),
                    gateway.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET));
            }
        }
        assertTrue(requests >= 2, "children posted");
        final long bidParent = routed.quoteId(0, 0, Side.BUY);
        assertTrue(sor.engine.positions(0).position(0) == 0 && bidParent > 0);
        sor.answerAll();
        sor.cycle();
        sor.quote(0, 0, "100.02", "100.06");            // new targets: the parents are canceled, then re-sent
        assertTrue(routed.cancelsSent() >= 2);
        sor.answerAll();
        sor.cycle();
        sor.cycle();
        assertNotEquals(bidParent, routed.quoteId(0, 0, Side.BUY), "quoted again once the parent was done");
        assertEquals(4, routed.quotesSent());
    }
}
