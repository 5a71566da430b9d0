package dev.hft.sor;

import static dev.hft.sor.Books.INSTRUMENT;
import static dev.hft.sor.Books.VENUES;
import static dev.hft.sor.Books.ask;
import static dev.hft.sor.Books.bid;
import static dev.hft.sor.Books.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.timing.AllocationMeter;

class RouterTest {
    private static final long NOW = 1_000L;

    private final ConsolidatedBook book = Books.book();
    private final VenueModel venues = new VenueModel(VENUES, 1);
    private final Router router = new Router(venues);
    private final RoutingDecision decision = new RoutingDecision(VENUES + 1);

    @BeforeEach
    void setUp() {
        for (int v = 0; v < VENUES; v++) {
            venues.instrumentRules(v, INSTRUMENT, px(1), 1);
        }
    }

    private List<String> decide(
        final RoutingPolicy policy, final Side side, final long quantity, final long limit, final TimeInForce tif) {
        return decide(RoutingParams.of(policy), side, quantity, limit, tif, 0);
    }

    private List<String> decide(
        final RoutingParams params, final Side side, final long quantity, final long limit, final TimeInForce tif,
        final long excluded) {
        final int count = router.decide(book, side, quantity, limit, tif, excluded, params, NOW, decision);
        assertEquals(decision.count(), count);
        final List<String> children = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertEquals(OrderType.LIMIT, decision.orderType(i));
            children.add("v" + decision.venueId(i) + " " + decision.quantity(i) + "@" + FixedPoint.format(
                decision.price(i)) + " " + decision.timeInForce(i));
        }
        return children;
    }

    @Test
    void shouldSweepBestPriceFirstAndTheLargerQuantityAtATie() {
        ask(book, 0, 100_020, 300);
        ask(book, 1, 100_010, 200);
        ask(book, 2, 100_010, 100);
        ask(book, 3, 100_030, 500);
        assertEquals(List.of("v1 200@100.01 IOC", "v2 50@100.01 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 250, px(100_020), TimeInForce.IOC));
        assertEquals(0, decision.unroutedQuantity());
        assertEquals(250, decision.sweptQuantity());
    }

    @Test
    void shouldSweepSeveralLevelsUpToTheLimitWithOneChildPerVenueAtItsDeepestPrice() {
        ask(book, 1, 100_010, 100);
        ask(book, 1, 100_020, 100);
        ask(book, 0, 100_020, 100);
        ask(book, 3, 100_030, 500);
        assertEquals(List.of("v1 200@100.02 IOC", "v0 100@100.02 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 1_000, px(100_020), TimeInForce.IOC));
        assertEquals(700, decision.unroutedQuantity());
    }

    @Test
    void shouldSweepBidsForASell() {
        bid(book, 0, 99_990, 100);
        bid(book, 2, 100_000, 100);
        bid(book, 4, 99_980, 100);
        assertEquals(List.of("v2 100@100 IOC", "v0 50@99.99 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.SELL, 150, px(99_985), TimeInForce.IOC));
    }

    @Test
    void shouldRankByPriceNetOfTakerFees() {
        ask(book, 0, 100_000, 100);
        ask(book, 1, 100_002, 100);
        venues.fees(0, 0, 300_000L);
        venues.fees(1, 0, -200_000L);
        assertEquals(List.of("v0 100@100 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 100, px(100_010), TimeInForce.IOC));
        assertEquals(List.of("v1 100@100.002 IOC"),
            decide(RoutingPolicy.FEE_ADJUSTED, Side.BUY, 100, px(100_010), TimeInForce.IOC));
    }

    @Test
    void shouldTakeTheDeepestVenueFirstForBestLiquidity() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 1_000);
        assertEquals(List.of("v1 500@100.02 IOC"),
            decide(RoutingPolicy.BEST_LIQUIDITY, Side.BUY, 500, px(100_020), TimeInForce.IOC));
        assertEquals(List.of("v0 100@100.01 IOC", "v1 400@100.02 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 500, px(100_020), TimeInForce.IOC));
    }

    @Test
    void shouldTakeTheFastestVenueFirstForLowestLatency() {
        ask(book, 0, 100_010, 300);
        ask(book, 1, 100_020, 300);
        venues.onRoundTrip(0, 50_000);
        venues.onRoundTrip(1, 10_000);
        assertEquals(List.of("v1 300@100.02 IOC"),
            decide(RoutingPolicy.LOWEST_LATENCY, Side.BUY, 300, px(100_020), TimeInForce.IOC));
    }

    @Test
    void shouldWeighFeesLatencyAndMissRateIntoOneCost() {
        ask(book, 0, 100_010, 300);
        ask(book, 1, 100_010, 300);
        for (int i = 0; i < 64; i++) {
            venues.onChildDone(0, 100, 0, false);
        }
        final RoutingParams params = RoutingParams.of(RoutingPolicy.WEIGHTED).missCostFixed(px(50));
        assertEquals(List.of("v1 300@100.01 IOC"), decide(params, Side.BUY, 300, px(100_010), TimeInForce.IOC, 0));

        venues.onRoundTrip(1, 1_000_000);
        params.latencyCostPerMicrosFixed(px(1));
        assertEquals(List.of("v0 300@100.01 IOC"), decide(params, Side.BUY, 300, px(100_010), TimeInForce.IOC, 0));
    }

    @Test
    void shouldRoundChildrenDownToTheVenueLot() {
        venues.instrumentRules(0, INSTRUMENT, px(10), 100);
        ask(book, 0, 100_010, 250);
        ask(book, 1, 100_010, 30);
        assertEquals(List.of("v0 200@100.01 IOC", "v1 30@100.01 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 1_000, px(100_010), TimeInForce.IOC));
        assertEquals(770, decision.unroutedQuantity());
    }

    @Test
    void shouldCountALevelTowardsALotOnlyWhereItCompletesOne() {
        venues.instrumentRules(0, INSTRUMENT, px(10), 100);
        ask(book, 0, 100_010, 50);
        ask(book, 0, 100_020, 60);
        ask(book, 0, 100_030, 10);
        assertEquals(List.of("v0 100@100.02 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 1_000, px(100_030), TimeInForce.IOC));
    }

    @Test
    void shouldPostTheRemainderWhereTheLeastIsQueuedAhead() {
        ask(book, 0, 100_010, 300);
        bid(book, 0, 100_010, 1_000);
        bid(book, 1, 100_010, 200);
        bid(book, 2, 100_010, 50);
        bid(book, 3, 100_010, 10);
        bid(book, 4, 100_010, 20);
        assertEquals(List.of("v0 300@100.01 IOC", "v3 700@100.01 DAY"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 1_000, px(100_010), TimeInForce.DAY));
        assertEquals(List.of("v0 500@100 DAY"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 500, px(100_000), TimeInForce.DAY));
    }

    @Test
    void shouldSweepThenPostAMarketableRemainder() {
        ask(book, 0, 100_010, 300);
        assertEquals(List.of("v0 300@100.01 IOC", "v0 700@100.02 GTC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 1_000, px(100_020), TimeInForce.GTC));
        assertEquals(300, decision.sweptQuantity());
        assertEquals(700, decision.postedQuantity());
        assertTrue(decision.isPosted(1));
    }

    @Test
    void shouldPostOnTheHighestRebateForFeeAdjusted() {
        venues.fees(2, -300_000L, 300_000L);
        venues.fees(4, -200_000L, 100_000L);
        assertEquals(List.of("v2 100@99.99 DAY"),
            decide(RoutingPolicy.FEE_ADJUSTED, Side.BUY, 100, px(99_990), TimeInForce.DAY));
    }

    @Test
    void shouldPostOnTheBestPassiveFillRateForBestLiquidityAndOnTheFastestForLowestLatency() {
        for (int i = 0; i < 64; i++) {
            venues.onChildDone(0, 100, 0, true);
            venues.onChildDone(1, 100, 50, true);
        }
        venues.enabled(3, false).enabled(4, false);
        venues.onRoundTrip(0, 5_000);
        venues.onRoundTrip(1, 9_000);
        venues.onRoundTrip(2, 7_000);
        for (int i = 0; i < 64; i++) {
            venues.onChildDone(2, 100, 10, true);
        }
        assertEquals(List.of("v1 100@99.99 DAY"),
            decide(RoutingPolicy.BEST_LIQUIDITY, Side.BUY, 100, px(99_990), TimeInForce.DAY));
        assertEquals(List.of("v0 100@99.99 DAY"),
            decide(RoutingPolicy.LOWEST_LATENCY, Side.BUY, 100, px(99_990), TimeInForce.DAY));
    }

    @Test
    void shouldPostOnTheVenueTickAwayFromTheMarket() {
        for (int v = 0; v < VENUES; v++) {
            venues.enabled(v, v == 2);
        }
        venues.instrumentRules(2, INSTRUMENT, px(10), 100);
        assertEquals(List.of("v2 200@100.01 DAY"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 250, px(100_015), TimeInForce.DAY));
        assertEquals(50, decision.unroutedQuantity());
        assertEquals(List.of("v2 200@100.02 DAY"),
            decide(RoutingPolicy.BEST_PRICE, Side.SELL, 250, px(100_015), TimeInForce.DAY));
    }

    @Test
    void shouldNeverPostAnImmediateOrMarketParent() {
        ask(book, 0, 100_010, 100);
        assertEquals(List.of("v0 100@100.01 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 500, px(100_020), TimeInForce.IOC));
        assertEquals(400, decision.unroutedQuantity());
        ask(book, 1, 200_000, 100);
        assertEquals(List.of("v0 100@100.01 IOC", "v1 100@200 IOC"),
            decide(RoutingPolicy.BEST_PRICE, Side.BUY, 500, FixedPoint.NULL_PRICE, TimeInForce.DAY));
        assertEquals(300, decision.unroutedQuantity());
    }

    @Test
    void shouldSkipDisabledThrottledDisconnectedAndExcludedVenues() {
        for (int v = 0; v < VENUES; v++) {
            ask(book, v, 100_010, 100);
        }
        venues.enabled(0, false);
        venues.throttle(1, NOW + 1);
        final StubGateway down = new StubGateway(2);
        down.connected = false;
        venues.gateway(2, down);
        assertEquals(List.of("v4 100@100.01 IOC"), decide(RoutingParams.of(RoutingPolicy.BEST_PRICE), Side.BUY, 500,
            px(100_010), TimeInForce.IOC, 1L << 3));
        venues.throttle(1, NOW);
        down.connected = true;
        assertEquals(4, decide(RoutingParams.of(RoutingPolicy.BEST_PRICE), Side.BUY, 500, px(100_010),
            TimeInForce.IOC, 0).size());
    }

    @Test
    void shouldRouteNothingWithoutLiquidityOrVenues() {
        assertEquals(List.of(), decide(RoutingPolicy.BEST_PRICE, Side.BUY, 100, px(100_000), TimeInForce.IOC));
        assertEquals(100, decision.unroutedQuantity());
        for (int v = 0; v < VENUES; v++) {
            venues.enabled(v, false);
        }
        assertEquals(List.of(), decide(RoutingPolicy.BEST_PRICE, Side.BUY, 100, px(100_000), TimeInForce.DAY));
        assertEquals(100, decision.unroutedQuantity());
    }

    @Test
    void shouldRefuseInvalidArguments() {
        final RoutingParams params = new RoutingParams();
        assertEquals(Result.INVALID_ARGUMENT,
            router.decide(book, Side.UNKNOWN, 100, px(1), TimeInForce.DAY, 0, params, NOW, decision));
        assertEquals(Result.INVALID_ARGUMENT,
            router.decide(book, Side.BUY, 0, px(1), TimeInForce.DAY, 0, params, NOW, decision));
        assertEquals(Result.INVALID_ARGUMENT,
            router.decide(book, Side.BUY, 10, px(1), TimeInForce.UNKNOWN, 0, params, NOW, decision));
        assertEquals(10, decision.unroutedQuantity());
        assertEquals(0, decision.count());
    }

    @Test
    void shouldDecideWithoutAllocating() {
        for (int v = 0; v < VENUES; v++) {
            for (int level = 0; level < 4; level++) {
                ask(book, v, 100_010 + 10 * level + v, 100 + 10 * v);
                bid(book, v, 100_000 - 10 * level - v, 100 + 10 * v);
            }
            venues.fees(v, -200_000L + 10_000L * v, 300_000L - 20_000L * v);
            venues.onRoundTrip(v, 10_000 + 1_000 * v);
        }
        final RoutingParams[] params = new RoutingParams[RoutingPolicy.values().length];
        for (final RoutingPolicy policy : RoutingPolicy.values()) {
            params[policy.ordinal()] = RoutingParams.of(policy).missCostFixed(px(10)).latencyCostPerMicrosFixed(1_000)
                .queueCostPerThousandFixed(px(1));
        }
        final long bytes = AllocationMeter.steadyStateBytes(() -> {
            for (int i = 0; i < 20_000; i++) {
                final RoutingParams p = params[i % params.length];
                router.decide(book, (i & 1) == 0 ? Side.BUY : Side.SELL, 700, (i & 1) == 0 ? px(100_040) : px(99_960),
                    TimeInForce.DAY, 0, p, NOW, decision);
            }
        }, 5, 5);
        assertEquals(0, bytes);
    }
}
