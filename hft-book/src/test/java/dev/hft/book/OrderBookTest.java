package dev.hft.book;

import static dev.hft.api.Side.BUY;
import static dev.hft.api.Side.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private final RecordingListener listener = new RecordingListener();
    private final OrderBook book = new OrderBook(7, 64, 16, listener);

    @Test
    void shouldStartEmpty() {
        assertEquals(FixedPoint.NULL_PRICE, book.bestBidPrice());
        assertEquals(FixedPoint.NULL_PRICE, book.bestAskPrice());
        assertEquals(0, book.bestBidQuantity());
        assertEquals(0, book.levelCount(BUY));
        assertEquals(0, book.orderCount());
    }

    @Test
    void shouldAddOrdersAndReportLevelsAndBbo() {
        assertEquals(Result.OK, book.add(1, BUY, 1000, 100));
        assertEquals(Result.OK, book.add(2, SELL, 1010, 200));
        assertEquals(Result.OK, book.add(3, BUY, 1000, 50));
        assertEquals(Result.OK, book.add(4, BUY, 990, 10));

        assertEquals(List.of(
            "level BUY 1000 100/1", "bbo 1000x100 -x0",
            "level SELL 1010 200/1", "bbo 1000x100 1010x200",
            "level BUY 1000 150/2", "bbo 1000x150 1010x200",
            "level BUY 990 10/1"), listener.take());
        assertEquals(1000, book.bestBidPrice());
        assertEquals(150, book.bestBidQuantity());
        assertEquals(1010, book.bestAskPrice());
        assertEquals(2, book.levelCount(BUY));
        assertEquals(990, book.levelPrice(BUY, 1));
        assertEquals(10, book.levelQuantity(BUY, 1));
        assertEquals(2, book.levelOrderCount(BUY, 0));
        assertEquals(FixedPoint.NULL_PRICE, book.levelPrice(BUY, 2));
        assertEquals(150, book.quantityAt(BUY, 1000));
        assertEquals(0, book.quantityAt(SELL, 1000));
    }

    @Test
    void shouldKeepLevelsSortedWithTheBestFirst() {
        final long[] prices = {1005, 1001, 1009, 1003, 1007};
        for (int i = 0; i < prices.length; i++) {
            book.add(i + 1, BUY, prices[i], 1);
            book.add(i + 100, SELL, prices[i] + 100, 1);
        }
        final long[] bids = new long[prices.length];
        final long[] asks = new long[prices.length];
        for (int depth = 0; depth < prices.length; depth++) {
            bids[depth] = book.levelPrice(BUY, depth);
            asks[depth] = book.levelPrice(SELL, depth);
        }
        assertEquals(List.of(1009L, 1007L, 1005L, 1003L, 1001L), asList(bids));
        assertEquals(List.of(1101L, 1103L, 1105L, 1107L, 1109L), asList(asks));
    }

    @Test
    void shouldTrackQueuePositionInTheLevelFifo() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 200);
        book.add(3, BUY, 1000, 300);

        assertEquals(0, book.sharesAhead(1));
        assertEquals(100, book.sharesAhead(2));
        assertEquals(300, book.sharesAhead(3));
        assertEquals(2, book.ordersAhead(3));

        book.execute(1, 40);
        assertEquals(260, book.sharesAhead(3));
        book.delete(2);
        assertEquals(60, book.sharesAhead(3));
        assertEquals(1, book.ordersAhead(3));
        assertEquals(-1, book.sharesAhead(2));
        assertEquals(-1, book.ordersAhead(2));
    }

    @Test
    void shouldExecutePartiallyAndReportTheTrade() {
        book.add(1, SELL, 1010, 300);
        listener.take();

        assertEquals(Result.OK, book.execute(1, 100));

        assertEquals(List.of("level SELL 1010 200/1", "trade SELL 100@1010 #1", "bbo -x0 1010x200"), listener.take());
        assertEquals(200, book.orderShares(1));
    }

    @Test
    void shouldRemoveAFullyExecutedOrder() {
        book.add(1, SELL, 1010, 300);
        listener.take();

        book.execute(1, 300, 1009);

        assertEquals(List.of("level SELL 1010 0/0", "trade SELL 300@1009 #1", "bbo -x0 -x0"), listener.take());
        assertFalse(book.contains(1));
        assertEquals(0, book.levelCount(SELL));
        assertEquals(0, book.errorCount(BookError.OVERSIZED_REDUCTION));
    }

    @Test
    void shouldClampAnOversizedExecutionAndCountIt() {
        book.add(1, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.execute(1, 250));

        assertEquals(List.of("error OVERSIZED_REDUCTION #1", "level BUY 1000 0/0", "trade BUY 100@1000 #1",
            "bbo -x0 -x0"), listener.take());
        assertEquals(1, book.errorCount(BookError.OVERSIZED_REDUCTION));
        assertEquals(0, book.orderCount());
    }

    @Test
    void shouldCancelPartiallyKeepingPriority() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.cancel(1, 30));

        assertEquals(List.of("level BUY 1000 170/2", "bbo 1000x170 -x0"), listener.take());
        assertEquals(0, book.sharesAhead(1));
        assertEquals(70, book.sharesAhead(2));
    }

    @Test
    void shouldTreatAnOversizedCancelAsDelete() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.cancel(1, 101));

        assertEquals(List.of("error OVERSIZED_REDUCTION #1", "level BUY 1000 100/1", "bbo 1000x100 -x0"),
            listener.take());
        assertFalse(book.contains(1));
    }

    @Test
    void shouldDeleteAndMoveTheBboToTheNextLevel() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 999, 50);
        listener.take();

        assertEquals(Result.OK, book.delete(1));

        assertEquals(List.of("level BUY 1000 0/0", "bbo 999x50 -x0"), listener.take());
    }

    @Test
    void shouldReplaceWithANewReferenceLosingPriority() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.replace(1, 10, 100, 1000));

        assertEquals(List.of("level BUY 1000 200/2"), listener.take());
        assertFalse(book.contains(1));
        assertEquals(100, book.sharesAhead(10));
        assertEquals(0, book.sharesAhead(2));
        assertEquals(BUY, book.orderSide(10));
    }

    @Test
    void shouldReplaceToAnotherPrice() {
        book.add(1, SELL, 1010, 100);
        listener.take();

        assertEquals(Result.OK, book.replace(1, 10, 300, 1008));

        assertEquals(List.of("level SELL 1010 0/0", "level SELL 1008 300/1", "bbo -x0 1008x300"), listener.take());
        assertEquals(1008, book.orderPrice(10));
        assertEquals(1, book.levelCount(SELL));
    }

    @Test
    void shouldRefuseAReplaceOntoAnExistingReference() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 999, 100);
        listener.take();

        assertEquals(Result.INVALID_ARGUMENT, book.replace(1, 2, 50, 1001));

        assertEquals(List.of("error DUPLICATE_ORDER #2"), listener.take());
        assertEquals(100, book.orderShares(1));
        assertEquals(1000, book.orderPrice(1));
    }

    @Test
    void shouldKeepPriorityWhenModifyDecreasesSize() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.modify(1, 60, 1000));

        assertEquals(List.of("level BUY 1000 160/2", "bbo 1000x160 -x0"), listener.take());
        assertEquals(0, book.sharesAhead(1));
    }

    @Test
    void shouldLosePriorityWhenModifyIncreasesSize() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.OK, book.modify(1, 150, 1000));

        assertEquals(List.of("level BUY 1000 250/2", "bbo 1000x250 -x0"), listener.take());
        assertEquals(100, book.sharesAhead(1));
        assertEquals(0, book.sharesAhead(2));
    }

    @Test
    void shouldLosePriorityWhenModifyChangesPrice() {
        book.add(1, BUY, 1000, 100);
        book.add(2, BUY, 1001, 100);
        listener.take();

        assertEquals(Result.OK, book.modify(1, 100, 1001));

        assertEquals(List.of("level BUY 1000 0/0", "level BUY 1001 200/2", "bbo 1001x200 -x0"), listener.take());
        assertEquals(100, book.sharesAhead(1));
        assertEquals(1, book.levelCount(BUY));
    }

    @Test
    void shouldCountAndReportUnknownOrdersAsNoOps() {
        book.add(1, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.UNKNOWN_ORDER, book.execute(99, 10));
        assertEquals(Result.UNKNOWN_ORDER, book.cancel(99, 10));
        assertEquals(Result.UNKNOWN_ORDER, book.delete(99));
        assertEquals(Result.UNKNOWN_ORDER, book.replace(99, 100, 10, 1000));
        assertEquals(Result.UNKNOWN_ORDER, book.modify(99, 10, 1000));

        assertEquals(5, book.errorCount(BookError.UNKNOWN_ORDER));
        assertEquals(5, listener.take().size());
        assertEquals(100, book.bestBidQuantity());
        assertEquals(0, book.orderShares(99));
        assertEquals(Side.UNKNOWN, book.orderSide(99));
        assertEquals(FixedPoint.NULL_PRICE, book.orderPrice(99));
    }

    @Test
    void shouldRefuseDuplicatesAndInvalidArguments() {
        book.add(1, BUY, 1000, 100);
        listener.take();

        assertEquals(Result.INVALID_ARGUMENT, book.add(1, SELL, 1010, 100));
        assertEquals(Result.INVALID_ARGUMENT, book.add(2, BUY, 1000, 0));
        assertEquals(Result.INVALID_ARGUMENT, book.add(3, Side.UNKNOWN, 1000, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.add(4, BUY, FixedPoint.NULL_PRICE, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.execute(1, 0));
        assertEquals(Result.INVALID_ARGUMENT, book.cancel(1, -5));

        assertEquals(List.of("error DUPLICATE_ORDER #1", "error INVALID_ARGUMENT #2", "error INVALID_ARGUMENT #3",
            "error INVALID_ARGUMENT #4", "error INVALID_ARGUMENT #1", "error INVALID_ARGUMENT #1"), listener.take());
        assertEquals(1, book.orderCount());
        assertEquals(100, book.orderShares(1));
    }

    @Test
    void shouldMoveTheLadderWindowUpAndDownKeepingLevelsInOrder() {
        final OrderBook ladder = new OrderBook(7, 64, 16, 1, 64, OrderBookListener.NO_OP);
        ladder.add(1, BUY, 1000, 10);   // window [952, 1016)
        ladder.add(2, BUY, 990, 20);
        ladder.add(3, BUY, 900, 30);    // under the window: sorted overflow
        ladder.add(4, BUY, 1100, 40);   // above it: the window moves up, 1000 and 990 spill to the overflow
        assertEquals(List.of(1100L, 1000L, 990L, 900L), prices(ladder, BUY));
        assertEquals(1, ladder.ladderRecentreCount());

        ladder.delete(4);               // the ladder empties: the window moves down to 1000 and pulls 990
        assertEquals(1000, ladder.bestBidPrice());
        assertEquals(List.of(1000L, 990L, 900L), prices(ladder, BUY));
        assertEquals(2, ladder.ladderRecentreCount());
        ladder.delete(1);
        ladder.delete(2);               // 900 is the last level: pulled into the ladder
        assertEquals(900, ladder.bestBidPrice());
        assertEquals(30, ladder.quantityAt(BUY, 900));

        ladder.add(5, SELL, 1000, 10);
        ladder.add(6, SELL, 1100, 10);  // asks: deeper is higher, so 1100 goes to the overflow
        ladder.add(7, SELL, 900, 10);   // better than the window: it moves
        assertEquals(List.of(900L, 1000L, 1100L), prices(ladder, SELL));
        assertEquals(900, ladder.bestAskPrice());
        assertEquals(0, ladder.ladderFallbackCount());
    }

    @Test
    void shouldFallBackToSortedLevelsOnAPriceOffTheTickGrid() {
        final OrderBook ladder = new OrderBook(7, 64, 16, 2, 64, OrderBookListener.NO_OP);
        ladder.add(1, BUY, 1000, 10);
        ladder.add(2, BUY, 1002, 10);
        ladder.add(3, BUY, 1001, 10);   // not a multiple of the tick
        assertEquals(1, ladder.ladderFallbackCount());
        assertEquals(List.of(1002L, 1001L, 1000L), prices(ladder, BUY));
        ladder.delete(2);
        assertEquals(1001, ladder.bestBidPrice());

        ladder.clear();                 // a clear book uses its ladder again
        ladder.add(4, BUY, 1000, 10);
        ladder.add(5, BUY, 1004, 10);
        assertEquals(List.of(1004L, 1000L), prices(ladder, BUY));
        assertEquals(1, ladder.ladderFallbackCount());
    }

    @Test
    void shouldKeepTheLadderExactForNegativeAndHugePrices() {
        final OrderBook ladder = new OrderBook(7, 64, 16, 100, OrderBookListener.NO_OP);
        final long huge = 4_611_686_018_427_387_900L; // on the grid, beyond a double's exact integers
        ladder.add(1, SELL, huge, 1);
        ladder.add(2, SELL, huge - 100, 1);
        ladder.add(3, BUY, -500, 1);
        ladder.add(4, BUY, -300, 1);
        assertEquals(List.of(huge - 100, huge), prices(ladder, SELL));
        assertEquals(List.of(-300L, -500L), prices(ladder, BUY));
        assertEquals(0, ladder.ladderFallbackCount());
        ladder.add(5, BUY, -450, 1);                  // off the grid
        assertEquals(1, ladder.ladderFallbackCount());
        assertEquals(List.of(-300L, -450L, -500L), prices(ladder, BUY));
        ladder.add(6, SELL, huge + 1, 1);             // off the grid by one unit at the top of the range
        assertEquals(List.of(huge - 100, huge, huge + 1), prices(ladder, SELL));
        assertEquals(2, ladder.ladderFallbackCount());
    }

    private static List<Long> prices(final OrderBook book, final Side side) {
        final java.util.ArrayList<Long> out = new java.util.ArrayList<>();
        for (int depth = 0; depth < book.levelCount(side); depth++) {
            out.add(book.levelPrice(side, depth));
        }
        return out;
    }

    @Test
    void shouldRejectWhenThePoolsAreFull() {
        final OrderBook small = new OrderBook(1, 2, 1, listener);
        assertEquals(Result.OK, small.add(1, BUY, 1000, 1));
        assertEquals(Result.REJECTED, small.add(2, BUY, 999, 1));
        assertEquals(Result.OK, small.add(3, BUY, 1000, 1));
        assertEquals(Result.REJECTED, small.add(4, BUY, 1000, 1));
        assertEquals(Result.REJECTED, small.modify(1, 1, 1001));

        assertEquals(3, small.errorCount(BookError.CAPACITY_EXHAUSTED));
        assertEquals(2, small.orderCount());
        assertEquals(2, small.bestBidQuantity());
    }

    @Test
    void shouldClearAndBeReusable() {
        for (int i = 1; i <= 64; i++) {
            assertEquals(Result.OK, book.add(i, i % 2 == 0 ? BUY : SELL, i % 2 == 0 ? 1000 - i % 8 : 1010 + i % 8, i));
        }
        book.clear();
        assertEquals(0, book.orderCount());
        assertEquals(0, book.levelCount(BUY));
        assertEquals(FixedPoint.NULL_PRICE, book.bestAskPrice());
        listener.take();

        for (int i = 1; i <= 64; i++) {
            assertEquals(Result.OK, book.add(i, BUY, 1000 - i % 16, 1));
        }
        assertEquals(64, book.orderCount());
        assertEquals(16, book.levelCount(BUY));
    }

    private static List<Long> asList(final long[] values) {
        final Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
