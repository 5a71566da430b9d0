package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import org.junit.jupiter.api.Test;

class MarketMakerTest {
    private final TradingFixture fixture = new TradingFixture(true, new int[] {0, 2}, 300);
    private final MarketMaker mm = fixture.marketMaker;

    private long price(final long id) {
        final int slot = fixture.oms.find(id);
        return slot == OrderManager.NOT_FOUND ? FixedPoint.NULL_PRICE : fixture.oms.price(slot);
    }

    private void answerAll() {
        for (int v = 0; v < TradingFixture.VENUES; v++) {
            fixture.answerFrom(v, answered[v]);
            answered[v] = fixture.gateways[v].requestCount();
        }
    }

    private final long[] answered = new long[TradingFixture.VENUES];

    @Test
    void shouldQuoteBothSidesAroundTheConsolidatedMidOnEachOfItsVenues() {
        fixture.quote(0, 0, "100.00", "100.06");
        fixture.quote(1, 0, "100.01", "100.05");      // NBBO 100.01 / 100.05, mid 100.03
        mm.onBook(0);

        for (final int venueIndex : new int[] {0, 1}) {
            assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, venueIndex, Side.BUY)));
            assertEquals(FixedPoint.parse("100.04"), price(mm.quoteId(0, venueIndex, Side.SELL)));
        }
        assertEquals(2, fixture.gateways[0].requestCount());
        assertEquals(0, fixture.gateways[1].requestCount(), "venue 1 is not one of its venues");
        assertEquals(2, fixture.gateways[2].requestCount());
        assertEquals(4, mm.quotesSent());
    }

    @Test
    void shouldWaitForTheVenueThenReplaceWhenTheMarketMoves() {
        fixture.quote(0, 0, "100.00", "100.04");
        mm.onBook(0);
        final long bid = mm.quoteId(0, 0, Side.BUY);
        fixture.quote(0, 0, "100.02", "100.06");
        mm.onBook(0);
        assertEquals(bid, mm.quoteId(0, 0, Side.BUY), "pending new: no request until the venue answers");
        assertEquals(0, mm.replacesSent());

        answerAll();
        mm.onBook(0);
        final long replaced = mm.quoteId(0, 0, Side.BUY);
        assertNotEquals(bid, replaced);
        assertEquals(4, mm.replacesSent());
        assertEquals(InMemoryVenueGateway.REPLACE, fixture.gateways[2].lastKind());
        assertEquals(FixedPoint.parse("100.03"), price(replaced));
        answerAll();
        assertEquals(OrderState.NEW, fixture.oms.state(fixture.oms.find(replaced)));
        mm.onBook(0);
        assertEquals(4, mm.replacesSent(), "nothing moved: no request");
    }

    @Test
    void shouldSkewItsQuotesAgainstItsPosition() {
        fixture.quote(0, 0, "100.00", "100.04");
        mm.onBook(0);
        answerAll();
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.01", 100, 0);
        fixture.fill(2, mm.quoteId(0, 1, Side.BUY), "100.01", 100, 0);
        assertEquals(200, mm.position(0));
        mm.onBook(0);
        answerAll();
        // 200 shares long = one tick of skew: fair 100.01, bid 100.00, ask 100.02
        assertEquals(FixedPoint.parse("100.00"), price(mm.quoteId(0, 0, Side.BUY)));
        assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, 0, Side.SELL)));
    }

    @Test
    void shouldPullItsBidsAtTheMaximumPosition() {
        fixture.quote(0, 0, "100.00", "100.04");
        mm.onBook(0);
        answerAll();
        final long bid0 = mm.quoteId(0, 0, Side.BUY);
        fixture.fill(0, bid0, "100.01", 100, 0);
        fixture.fill(2, mm.quoteId(0, 1, Side.BUY), "100.01", 100, 0);
        mm.onBook(0);
        answerAll();
        fixture.fill(0, mm.quoteId(0, 0, Side.BUY), "100.00", 100, 0);
        assertEquals(300, mm.position(0));
        final long stillWorking = mm.quoteId(0, 1, Side.BUY);
        mm.onBook(0);
        assertEquals(InMemoryVenueGateway.CANCEL, fixture.gateways[2].lastKind());
        assertEquals(stillWorking, fixture.gateways[2].lastClientOrderId());
        answerAll();
        mm.onBook(0);
        assertEquals(0, mm.quoteId(0, 0, Side.BUY) == 0 ? 0 : fixture.oms.state(fixture.oms.find(
            mm.quoteId(0, 0, Side.BUY))).isTerminal() ? 0 : 1, "no bid working at +maxPosition");
        assertTrue(mm.cancelsSent() >= 1);
    }

    @Test
    void shouldNeverQuoteAtOrThroughTheOppositeTouch() {
        fixture.quote(0, 0, "100.00", "100.01");      // one-tick spread: the fair price is half a tick
        mm.onBook(0);
        assertEquals(FixedPoint.parse("99.99"), price(mm.quoteId(0, 0, Side.BUY)));
        assertEquals(FixedPoint.parse("100.02"), price(mm.quoteId(0, 0, Side.SELL)));
        assertTrue(price(mm.quoteId(0, 0, Side.BUY)) < fixture.books[0].bestAskPrice());
        assertTrue(price(mm.quoteId(0, 0, Side.SELL)) > fixture.books[0].bestBidPrice());
    }

    @Test
    void shouldNotRetryAQuoteAtThePriceItWasRefusedAt() {
        fixture.killSwitch.trigger(dev.hft.risk.KillReason.MANUAL);
        fixture.quote(0, 0, "100.00", "100.04");
        mm.onBook(0);
        assertEquals(4, mm.refused(), "bid and ask on its two venues, refused by risk");
        assertTrue(mm.lastRefusal().endsWith("KILL_SWITCH"));
        mm.onBook(0);
        assertEquals(4, mm.refused(), "same prices: not sent again");
        fixture.quote(0, 0, "100.02", "100.06");
        mm.onBook(0);
        assertEquals(8, mm.refused(), "new prices: tried again");
        assertEquals(0, fixture.gateways[0].requestCount());
    }

    @Test
    void shouldStopQuotingOnceDisabled() {
        mm.disable();
        fixture.quote(0, 0, "100.00", "100.04");
        mm.onBook(0);
        assertEquals(0, fixture.gateways[0].requestCount());
    }
}
