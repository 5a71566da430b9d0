package dev.hft.backtest.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;

/** The engine's rules, one behaviour per test, as execution reports and book events. */
class MatchingEngineTest {
    private static final int X = 0;
    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;

    private final RecordingListener events = new RecordingListener();
    private MatchingEngine engine = engine(SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.REJECT, 64, 16);

    private MatchingEngine engine(final SelfMatchPolicy smp, final PostOnlyPolicy postOnly, final int maxOrders,
        final int maxLevels) {
        final MatchingEngineConfig config = new MatchingEngineConfig().selfMatchPolicy(smp).postOnlyPolicy(postOnly)
            .maxOrders(maxOrders).maxLevelsPerSide(maxLevels);
        config.instrument("XYZ", FixedPoint.parse("0.01"), 10, 10_000, FixedPoint.parse("1000"));
        return new MatchingEngine(config, new ManualClock(0, 1_000), events, events);
    }

    private static long p(final String price) {
        return FixedPoint.parse(price);
    }

    private long limit(final long owner, final long clientOrderId, final Side side, final String price,
        final long quantity) {
        return engine.submit(X, owner, clientOrderId, side, OrderType.LIMIT, TimeInForce.DAY, 0, p(price), quantity);
    }

    private long order(final long owner, final long clientOrderId, final Side side, final OrderType type,
        final TimeInForce tif, final int flags, final String price, final long quantity) {
        return engine.submit(X, owner, clientOrderId, side, type, tif, flags, price == null ? FixedPoint.NULL_PRICE
            : p(price), quantity);
    }

    private void clear() {
        events.takeExecutions();
        events.takeBook();
    }

    @Test
    void shouldRestNonCrossingLimitOrders() {
        assertEquals(1, limit(A, 11, Side.BUY, "10.00", 100));
        assertEquals(2, limit(B, 21, Side.SELL, "10.02", 50));

        assertEquals(List.of("accepted o1 c11 #1 BUY 100@10", "accepted o2 c21 #2 SELL 50@10.02"),
            events.takeExecutions());
        assertEquals(List.of("A 1 BUY 100@10", "A 2 SELL 50@10.02"), events.takeBook());
        assertEquals(p("10.00"), engine.bestBid(X));
        assertEquals(p("10.02"), engine.bestAsk(X));
        assertEquals(2, engine.orderCount());
    }

    @Test
    void shouldMatchInPriceThenTimePriorityAtTheRestingPrice() {
        limit(A, 11, Side.SELL, "10.02", 30);
        limit(B, 21, Side.SELL, "10.01", 20);
        limit(A, 12, Side.SELL, "10.01", 20);
        clear();

        limit(C, 31, Side.BUY, "10.02", 60);

        assertEquals(List.of(
            "accepted o3 c31 #4 BUY 60@10.02",
            "fill c21 #2 20@10.01 leaves 0 cum 20 ADDED m1 x2",
            "fill c31 #4 20@10.01 leaves 40 cum 20 REMOVED m1 x3",
            "fill c12 #3 20@10.01 leaves 0 cum 20 ADDED m2 x4",
            "fill c31 #4 20@10.01 leaves 20 cum 40 REMOVED m2 x5",
            "fill c11 #1 20@10.02 leaves 10 cum 20 ADDED m3 x6",
            "fill c31 #4 20@10.02 leaves 0 cum 60 REMOVED m3 x7"), events.takeExecutions());
        assertEquals(List.of("E 2 20 m1", "E 3 20 m2", "E 1 20 m3"), events.takeBook());
        assertEquals(p("10.02"), engine.bestAsk(X));
        assertEquals(10, engine.levelQuantity(X, Side.SELL, 0));
        assertEquals(FixedPoint.NULL_PRICE, engine.bestBid(X));
        assertEquals(1, engine.orderCount());
    }

    @Test
    void shouldRestTheRemainderOfAPartiallyFilledLimitOrder() {
        limit(A, 11, Side.SELL, "10.01", 30);
        clear();

        final long id = limit(B, 21, Side.BUY, "10.01", 100);

        assertEquals(List.of("E 1 30 m1", "A 2 BUY 70@10.01"), events.takeBook());
        assertEquals(70, engine.leavesQuantity(id));
        assertEquals(p("10.01"), engine.bestBid(X));
    }

    @Test
    void shouldSweepWithAMarketOrderAndCancelItsRemainder() {
        limit(A, 11, Side.BUY, "10.00", 10);
        limit(A, 12, Side.BUY, "9.99", 10);
        clear();

        order(B, 21, Side.SELL, OrderType.MARKET, TimeInForce.DAY, 0, null, 30);

        assertEquals(List.of(
            "accepted o2 c21 #3 SELL 30@NULL",
            "fill c11 #1 10@10 leaves 0 cum 10 ADDED m1 x2",
            "fill c21 #3 10@10 leaves 20 cum 10 REMOVED m1 x3",
            "fill c12 #2 10@9.99 leaves 0 cum 10 ADDED m2 x4",
            "fill c21 #3 10@9.99 leaves 10 cum 20 REMOVED m2 x5",
            "canceled c21 #3 10 leaves 0 IMMEDIATE"), events.takeExecutions());
        assertEquals(0, engine.orderCount());
        assertEquals(0, engine.levelCount(X, Side.BUY));
    }

    @Test
    void shouldCancelAMarketOrderOnAnEmptyBook() {
        order(B, 21, Side.BUY, OrderType.MARKET, TimeInForce.IOC, 0, null, 30);

        assertEquals(List.of("accepted o2 c21 #1 BUY 30@NULL", "canceled c21 #1 30 leaves 0 IMMEDIATE"),
            events.takeExecutions());
        assertEquals(List.of(), events.takeBook());
    }

    @Test
    void shouldCancelTheUnfilledPartOfAnIoc() {
        limit(A, 11, Side.SELL, "10.01", 30);
        limit(A, 12, Side.SELL, "10.02", 30);
        clear();

        order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, 0, "10.01", 50);

        assertEquals(List.of(
            "accepted o2 c21 #3 BUY 50@10.01",
            "fill c11 #1 30@10.01 leaves 0 cum 30 ADDED m1 x2",
            "fill c21 #3 30@10.01 leaves 20 cum 30 REMOVED m1 x3",
            "canceled c21 #3 20 leaves 0 IMMEDIATE"), events.takeExecutions());
        assertEquals(List.of("E 1 30 m1"), events.takeBook());
        assertEquals(FixedPoint.NULL_PRICE, engine.bestBid(X));
    }

    @Test
    void shouldKillAFokThatCannotFillWholeWithoutTouchingTheBook() {
        limit(A, 11, Side.SELL, "10.01", 30);
        limit(A, 12, Side.SELL, "10.03", 30);
        clear();

        order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.FOK, 0, "10.02", 40);

        assertEquals(List.of("accepted o2 c21 #3 BUY 40@10.02", "canceled c21 #3 40 leaves 0 IMMEDIATE"),
            events.takeExecutions());
        assertEquals(List.of(), events.takeBook());
        assertEquals(30, engine.levelQuantity(X, Side.SELL, 0));
    }

    @Test
    void shouldFillAFokThatCanFillWhole() {
        limit(A, 11, Side.SELL, "10.01", 30);
        limit(A, 12, Side.SELL, "10.02", 30);
        clear();

        order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.FOK, 0, "10.02", 60);

        assertEquals(List.of("E 1 30 m1", "E 2 30 m2"), events.takeBook());
        assertEquals(0, engine.orderCount());
    }

    @Test
    void shouldKillAFokWhoseLiquidityIsBehindItsOwnOrder() {
        limit(B, 11, Side.SELL, "10.01", 30);
        limit(A, 12, Side.SELL, "10.01", 30);
        clear();

        order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.FOK, 0, "10.01", 30);

        assertEquals(List.of("accepted o2 c21 #3 BUY 30@10.01", "canceled c21 #3 30 leaves 0 IMMEDIATE"),
            events.takeExecutions());
        assertEquals(List.of(), events.takeBook());
    }

    @Test
    void shouldRejectAPostOnlyOrderThatWouldTake() {
        limit(A, 11, Side.SELL, "10.01", 30);
        clear();

        assertEquals(Result.REJECTED,
            order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.POST_ONLY, "10.01", 10));
        assertEquals(1L, order(B, 22, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.POST_ONLY,
            "10.00", 10) - 1);

        assertEquals(List.of("rejected o2 c21 INVALID_PRICE", "accepted o2 c22 #2 BUY 10@10"),
            events.takeExecutions());
        assertEquals(List.of("A 2 BUY 10@10"), events.takeBook());
    }

    @Test
    void shouldSlideAPostOnlyOrderThatWouldTakeWhenConfigured() {
        engine = engine(SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.SLIDE, 64, 16);
        limit(A, 11, Side.SELL, "10.01", 30);
        clear();

        order(B, 21, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.POST_ONLY, "10.05", 10);

        assertEquals(List.of("accepted o2 c21 #2 BUY 10@10"), events.takeExecutions());
        assertEquals(List.of("A 2 BUY 10@10"), events.takeBook());
    }

    @Test
    void shouldRejectInvalidOrdersWithReasons() {
        engine.submit(7, A, 1, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, p("10"), 10);
        order(A, 2, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "10.005", 10);
        order(A, 3, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "0", 10);
        order(A, 4, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "1000.01", 10);
        engine.submit(X, A, 5, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, FixedPoint.NULL_PRICE, 10);
        order(A, 6, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "10", 15);
        order(A, 7, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "10", 0);
        order(A, 8, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, 0, "10", 10_010);
        order(A, 9, Side.BUY, OrderType.STOP, TimeInForce.DAY, 0, "10", 10);
        order(A, 10, Side.BUY, OrderType.LIMIT, TimeInForce.OPENING, 0, "10", 10);
        order(A, 11, Side.UNKNOWN, OrderType.LIMIT, TimeInForce.DAY, 0, "10", 10);
        order(A, 12, Side.BUY, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.HIDDEN, "10", 10);
        order(A, 13, Side.BUY, OrderType.LIMIT, TimeInForce.IOC, ExecInstructions.POST_ONLY, "10", 10);
        order(A, 14, Side.BUY, OrderType.MARKET, TimeInForce.DAY, ExecInstructions.POST_ONLY, null, 10);

        assertEquals(List.of(
            "rejected o1 c1 UNKNOWN_INSTRUMENT",
            "rejected o1 c2 INVALID_PRICE",
            "rejected o1 c3 INVALID_PRICE",
            "rejected o1 c4 INVALID_PRICE",
            "rejected o1 c5 INVALID_PRICE",
            "rejected o1 c6 INVALID_QUANTITY",
            "rejected o1 c7 INVALID_QUANTITY",
            "rejected o1 c8 MAX_ORDER_QUANTITY",
            "rejected o1 c9 UNSUPPORTED_ORDER",
            "rejected o1 c10 UNSUPPORTED_ORDER",
            "rejected o1 c11 UNSUPPORTED_ORDER",
            "rejected o1 c12 UNSUPPORTED_ORDER",
            "rejected o1 c13 UNSUPPORTED_ORDER",
            "rejected o1 c14 UNSUPPORTED_ORDER"), events.takeExecutions());
        assertEquals(4, engine.rejectCount(RejectReason.INVALID_PRICE));
        assertEquals(0, engine.orderCount());
    }

    @Test
    void shouldRefuseAndCountWhenTheOrderPoolIsFull() {
        engine = engine(SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.REJECT, 2, 16);
        limit(A, 1, Side.BUY, "10", 10);
        limit(A, 2, Side.BUY, "10", 10);
        clear();

        assertEquals(Result.REJECTED, limit(A, 3, Side.BUY, "10", 10));

        assertEquals(List.of("rejected o1 c3 MAX_OPEN_ORDERS"), events.takeExecutions());
        assertEquals(1, engine.poolFullCount());
    }

    @Test
    void shouldCancelTheRemainderWhenASideHasNoRoomForANewLevel() {
        engine = engine(SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.REJECT, 8, 1);
        limit(A, 1, Side.BUY, "10", 10);
        clear();

        limit(A, 2, Side.BUY, "9.99", 10);

        assertEquals(List.of("accepted o1 c2 #2 BUY 10@9.99", "canceled c2 #2 10 leaves 0 CAPACITY"),
            events.takeExecutions());
        assertEquals(1, engine.levelFullCount());
        assertEquals(1, engine.orderCount());
    }

    @Test
    void shouldCancelAndReduce() {
        final long first = limit(A, 1, Side.BUY, "10", 50);
        final long second = limit(A, 2, Side.BUY, "10", 50);
        clear();

        assertEquals(Result.OK, engine.reduce(A, first, 20));
        assertEquals(Result.OK, engine.cancel(A, second));
        assertEquals(Result.UNKNOWN_ORDER, engine.cancel(A, second));
        assertEquals(Result.UNKNOWN_ORDER, engine.cancel(B, first));
        assertEquals(Result.INVALID_ARGUMENT, engine.reduce(A, first, 20));
        assertEquals(Result.INVALID_ARGUMENT, engine.reduce(A, first, 15));

        assertEquals(List.of(
            "canceled c1 #1 30 leaves 20 REQUESTED",
            "canceled c2 #2 50 leaves 0 REQUESTED",
            "cancelRejected c0 #2 UNKNOWN_ORDER",
            "cancelRejected c0 #1 UNKNOWN_ORDER",
            "cancelRejected c1 #1 INVALID_QUANTITY",
            "cancelRejected c1 #1 INVALID_QUANTITY"), events.takeExecutions());
        assertEquals(List.of("X 1 30", "D 2"), events.takeBook());
        assertEquals(20, engine.levelQuantity(X, Side.BUY, 0));
        assertEquals(1, engine.levelOrderCount(X, Side.BUY, 0));
    }

    @Test
    void shouldKeepPriorityWhenAReplaceOnlyLowersQuantity() {
        final long first = limit(A, 1, Side.BUY, "10", 50);
        final long second = limit(B, 2, Side.BUY, "10", 50);
        clear();

        assertEquals(Result.OK, engine.replace(A, first, 3, p("10"), 30));

        assertEquals(List.of("replaced c1->c3 #1 ref 1 30@10 kept"), events.takeExecutions());
        assertEquals(List.of("X 1 20"), events.takeBook());
        assertEquals(0, engine.quantityAhead(first));
        assertEquals(30, engine.quantityAhead(second));
    }

    @Test
    void shouldLosePriorityWhenAReplaceRaisesQuantity() {
        final long first = limit(A, 1, Side.BUY, "10", 50);
        final long second = limit(B, 2, Side.BUY, "10", 50);
        clear();

        assertEquals(Result.OK, engine.replace(A, first, 3, p("10"), 60));

        assertEquals(List.of("replaced c1->c3 #1 ref 3 60@10 lost"), events.takeExecutions());
        assertEquals(List.of("U 1->3 60@10"), events.takeBook());
        assertEquals(50, engine.quantityAhead(first));
        assertEquals(0, engine.quantityAhead(second));
        assertEquals(3, engine.bookReference(first));
    }

    @Test
    void shouldLosePriorityWhenAReplaceChangesPrice() {
        final long first = limit(A, 1, Side.BUY, "10", 50);
        limit(B, 2, Side.BUY, "10.01", 50);
        clear();

        engine.replace(A, first, 3, p("10.01"), 50);
        limit(C, 4, Side.SELL, "10.01", 50);

        assertEquals(List.of("U 1->3 50@10.01", "E 2 50 m1"), events.takeBook());
        assertEquals(50, engine.leavesQuantity(first));
    }

    @Test
    void shouldMatchAReplaceThatCrosses() {
        final long bid = limit(A, 1, Side.BUY, "10", 50);
        limit(B, 2, Side.SELL, "10.02", 20);
        clear();

        engine.replace(A, bid, 3, p("10.02"), 50);

        assertEquals(List.of(
            "replaced c1->c3 #1 ref 3 50@10.02 lost",
            "fill c2 #2 20@10.02 leaves 0 cum 20 ADDED m1 x2",
            "fill c3 #1 20@10.02 leaves 30 cum 20 REMOVED m1 x3"), events.takeExecutions());
        assertEquals(List.of("D 1", "E 2 20 m1", "A 3 BUY 30@10.02"), events.takeBook());
    }

    @Test
    void shouldRejectBadReplaces() {
        final long bid = limit(A, 1, Side.BUY, "10", 50);
        clear();

        assertEquals(Result.UNKNOWN_ORDER, engine.replace(B, bid, 2, p("10"), 40));
        assertEquals(Result.INVALID_ARGUMENT, engine.replace(A, bid, 3, p("10.001"), 40));
        assertEquals(Result.INVALID_ARGUMENT, engine.replace(A, bid, 4, p("10"), 0));

        assertEquals(List.of("cancelRejected c2 #1 UNKNOWN_ORDER", "cancelRejected c3 #1 INVALID_PRICE",
            "cancelRejected c4 #1 INVALID_QUANTITY"), events.takeExecutions());
        assertEquals(50, engine.leavesQuantity(bid));
    }

    @Test
    void shouldCancelTheNewestOnSelfMatch() {
        limit(B, 1, Side.SELL, "10.01", 10);
        limit(A, 2, Side.SELL, "10.01", 10);
        limit(B, 3, Side.SELL, "10.01", 10);
        clear();

        limit(A, 4, Side.BUY, "10.01", 30);

        assertEquals(List.of(
            "accepted o1 c4 #4 BUY 30@10.01",
            "fill c1 #1 10@10.01 leaves 0 cum 10 ADDED m1 x2",
            "fill c4 #4 10@10.01 leaves 20 cum 10 REMOVED m1 x3",
            "canceled c4 #4 20 leaves 0 SELF_MATCH"), events.takeExecutions());
        assertEquals(List.of("E 1 10 m1"), events.takeBook());
        assertEquals(20, engine.levelQuantity(X, Side.SELL, 0));
    }

    @Test
    void shouldCancelTheOldestOnSelfMatch() {
        engine = engine(SelfMatchPolicy.CANCEL_OLDEST, PostOnlyPolicy.REJECT, 64, 16);
        limit(A, 1, Side.SELL, "10.01", 10);
        limit(B, 2, Side.SELL, "10.01", 10);
        clear();

        limit(A, 3, Side.BUY, "10.01", 30);

        assertEquals(List.of(
            "accepted o1 c3 #3 BUY 30@10.01",
            "canceled c1 #1 10 leaves 0 SELF_MATCH",
            "fill c2 #2 10@10.01 leaves 0 cum 10 ADDED m1 x2",
            "fill c3 #3 10@10.01 leaves 20 cum 10 REMOVED m1 x3"), events.takeExecutions());
        assertEquals(List.of("D 1", "E 2 10 m1", "A 3 BUY 20@10.01"), events.takeBook());
    }

    @Test
    void shouldCancelBothOnSelfMatch() {
        engine = engine(SelfMatchPolicy.CANCEL_BOTH, PostOnlyPolicy.REJECT, 64, 16);
        limit(A, 1, Side.SELL, "10.01", 10);
        clear();

        limit(A, 2, Side.BUY, "10.01", 30);

        assertEquals(List.of(
            "accepted o1 c2 #2 BUY 30@10.01",
            "canceled c1 #1 10 leaves 0 SELF_MATCH",
            "canceled c2 #2 30 leaves 0 SELF_MATCH"), events.takeExecutions());
        assertEquals(List.of("D 1"), events.takeBook());
        assertEquals(0, engine.orderCount());
        assertEquals(0, engine.levelCount(X, Side.SELL));
    }

    @Test
    void shouldDecrementAndCancelOnSelfMatch() {
        engine = engine(SelfMatchPolicy.DECREMENT_AND_CANCEL, PostOnlyPolicy.REJECT, 64, 16);
        limit(A, 1, Side.SELL, "10.01", 10);
        limit(A, 2, Side.SELL, "10.01", 50);
        clear();

        limit(A, 3, Side.BUY, "10.01", 30);

        assertEquals(List.of(
            "accepted o1 c3 #3 BUY 30@10.01",
            "canceled c1 #1 10 leaves 0 SELF_MATCH",
            "canceled c3 #3 10 leaves 20 SELF_MATCH",
            "canceled c2 #2 20 leaves 30 SELF_MATCH",
            "canceled c3 #3 20 leaves 0 SELF_MATCH"), events.takeExecutions());
        assertEquals(List.of("D 1", "X 2 20"), events.takeBook());
        assertEquals(30, engine.levelQuantity(X, Side.SELL, 0));
        assertEquals(0, engine.matchCount());
    }

    @Test
    void shouldTradeWithItselfWhenAllowed() {
        engine = engine(SelfMatchPolicy.ALLOW, PostOnlyPolicy.REJECT, 64, 16);
        limit(A, 1, Side.SELL, "10.01", 10);
        clear();

        limit(A, 2, Side.BUY, "10.01", 10);

        assertEquals(List.of("E 1 10 m1"), events.takeBook());
    }

    @Test
    void shouldCancelEveryOrderOfAnOwner() {
        limit(A, 1, Side.SELL, "10.01", 10);
        limit(B, 2, Side.SELL, "10.01", 10);
        limit(A, 3, Side.BUY, "10", 10);
        clear();

        assertEquals(2, engine.cancelAll(A));

        assertEquals(List.of("D 1", "D 3"), events.takeBook());
        assertEquals(1, engine.orderCount());
    }

    @Test
    void shouldKeepIdsUniqueAcrossInstruments() {
        final MatchingEngineConfig config = new MatchingEngineConfig();
        config.instrument("AAA", FixedPoint.parse("0.01"), 1);
        config.instrument("BBB", FixedPoint.parse("0.01"), 1);
        engine = new MatchingEngine(config, new ManualClock(), events, events);

        final long first = engine.submit(0, A, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 0, p("5"), 10);
        final long second = engine.submit(1, A, 2, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, 0, p("5"), 10);

        assertTrue(second > first);
        assertEquals(p("5"), engine.bestBid(0));
        assertEquals(p("5"), engine.bestBid(1));
        engine.submit(1, B, 3, Side.SELL, OrderType.MARKET, TimeInForce.IOC, 0, 0, 10);
        assertEquals(p("5"), engine.bestBid(0));
        assertEquals(FixedPoint.NULL_PRICE, engine.bestBid(1));
    }

    @Test
    void shouldRefuseAConfigurationWithoutInstruments() {
        assertThrows(IllegalArgumentException.class,
            () -> new MatchingEngine(new MatchingEngineConfig(), new ManualClock(), events, events));
    }

    @Test
    void shouldRejectAPostOnlyReplaceThatWouldTake() {
        final long bid = order(A, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, ExecInstructions.POST_ONLY, "10",
            10);
        limit(B, 2, Side.SELL, "10.02", 10);
        clear();

        assertEquals(Result.INVALID_ARGUMENT, engine.replace(A, bid, 3, p("10.02"), 10));
        assertEquals(Result.OK, engine.replace(A, bid, 4, p("10.01"), 10));

        assertEquals(List.of("cancelRejected c3 #1 INVALID_PRICE", "replaced c1->c4 #1 ref 3 10@10.01 lost"),
            events.takeExecutions());
        assertEquals(List.of("U 1->3 10@10.01"), events.takeBook());
    }

    @Test
    void shouldSlideAPostOnlyReplaceThatWouldTakeWhenConfigured() {
        engine = engine(SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.SLIDE, 64, 16);
        final long bid = order(A, 1, Side.BUY, OrderType.LIMIT, TimeInForce.GTC, ExecInstructions.POST_ONLY, "10",
            10);
        limit(B, 2, Side.SELL, "10.02", 10);
        clear();

        engine.replace(A, bid, 3, p("10.05"), 10);

        assertEquals(List.of("replaced c1->c3 #1 ref 3 10@10.01 lost"), events.takeExecutions());
        assertEquals(p("10.01"), engine.bestBid(X));
    }

    @Test
    void shouldDecrementTheRestingOrderWhenTheIncomingOneIsSmaller() {
        engine = engine(SelfMatchPolicy.DECREMENT_AND_CANCEL, PostOnlyPolicy.REJECT, 64, 16);
        final long ask = limit(A, 1, Side.SELL, "10.01", 50);
        clear();

        limit(A, 2, Side.BUY, "10.01", 20);

        assertEquals(List.of(
            "accepted o1 c2 #2 BUY 20@10.01",
            "canceled c1 #1 20 leaves 30 SELF_MATCH",
            "canceled c2 #2 20 leaves 0 SELF_MATCH"), events.takeExecutions());
        assertEquals(List.of("X 1 20"), events.takeBook());
        assertEquals(30, engine.leavesQuantity(ask));
        assertEquals(0, engine.levelCount(X, Side.BUY));
    }

    @Test
    void shouldReportQueuePosition() {
        limit(A, 1, Side.BUY, "10", 10);
        limit(B, 2, Side.BUY, "10", 20);
        final long third = limit(C, 3, Side.BUY, "10", 30);

        assertEquals(30, engine.quantityAhead(third));
        assertEquals(-1, engine.quantityAhead(99));
        assertEquals(3, engine.levelOrderCount(X, Side.BUY, 0));
        assertEquals(FixedPoint.NULL_PRICE, engine.levelPrice(X, Side.BUY, 1));
    }
}
