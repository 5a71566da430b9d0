package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;
import org.junit.jupiter.api.Test;

/** Every {@link ConsolidatedBook} operation with a recording listener. */
class ConsolidatedBookTest {
    private static final int NYSE = 0;
    private static final int ARCA = 1;
    private static final int BATS = 2;

    private final Recorder events = new Recorder();
    private final ConsolidatedBook book = new ConsolidatedBook(7, 3, 8, events);

    @Test
    void shouldReportNbboWhenTheFirstVenueQuotes() {
        assertEquals(Result.OK, book.onLevel(NYSE, Side.BUY, 100, 10));
        assertEquals(Result.OK, book.onLevel(ARCA, Side.SELL, 101, 20));

        assertEquals(List.of("nbbo 100x10[1] -x0[0]", "nbbo 100x10[1] 101x20[2]"), events.take());
        assertEquals(100, book.bestBidPrice());
        assertEquals(10, book.bestBidQuantity());
        assertEquals(0b001, book.bestBidVenues());
        assertEquals(101, book.bestAskPrice());
        assertEquals(20, book.bestAskQuantity());
        assertEquals(0b010, book.bestAskVenues());
        assertEquals(ConsolidatedBook.NORMAL, book.nbboState());
    }

    @Test
    void shouldAggregateQuantityAndVenuesAtTheSamePrice() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(BATS, Side.BUY, 100, 5);
        book.onLevel(NYSE, Side.BUY, 100, 7);
        book.onLevel(NYSE, Side.BUY, 100, 0);

        assertEquals(List.of("nbbo 100x10[1] -x0[0]", "nbbo 100x15[5] -x0[0]", "nbbo 100x12[5] -x0[0]",
            "nbbo 100x5[4] -x0[0]"), events.take());
        assertEquals(1, book.levelCount(Side.BUY));
    }

    @Test
    void shouldMoveTheNbboWhenTheBestVenueLeaves() {
        book.onLevel(NYSE, Side.SELL, 101, 10);
        book.onLevel(ARCA, Side.SELL, 102, 30);
        book.onLevel(NYSE, Side.SELL, 101, 0);

        assertEquals(List.of("nbbo -x0[0] 101x10[1]", "nbbo -x0[0] 102x30[2]"), events.take());
        assertEquals(0, book.levelCount(Side.BUY));
        assertEquals(1, book.levelCount(Side.SELL));
    }

    @Test
    void shouldNotReportWhenOnlyDeeperLevelsChange() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        events.take();

        book.onLevel(ARCA, Side.BUY, 99, 10);
        book.onLevel(NYSE, Side.BUY, 98, 10);
        book.onLevel(ARCA, Side.BUY, 99, 0);
        book.onLevel(NYSE, Side.BUY, 100, 10);

        assertEquals(List.of(), events.take());
    }

    @Test
    void shouldReportLockedAndCrossedAcrossVenuesAsState() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(ARCA, Side.SELL, 101, 10);
        events.take();

        book.onLevel(BATS, Side.BUY, 101, 5);
        assertEquals(ConsolidatedBook.LOCKED, book.nbboState());
        book.onLevel(BATS, Side.BUY, 102, 5);
        assertEquals(ConsolidatedBook.CROSSED, book.nbboState());
        book.onLevel(BATS, Side.BUY, 101, 0);
        book.onLevel(BATS, Side.BUY, 102, 0);

        assertEquals(List.of(
            "nbbo 101x5[4] 101x10[2]", "state LOCKED",
            "nbbo 102x5[4] 101x10[2]", "state CROSSED",
            "nbbo 100x10[1] 101x10[2]", "state NORMAL"), events.take());
        assertEquals(ConsolidatedBook.NORMAL, book.nbboState());
    }

    @Test
    void shouldKeepEachVenuesOwnBest() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(NYSE, Side.BUY, 99, 20);
        book.onLevel(ARCA, Side.BUY, 98, 30);
        book.onLevel(ARCA, Side.SELL, 103, 40);

        assertEquals(100, book.venueBestBidPrice(NYSE));
        assertEquals(10, book.venueBestBidQuantity(NYSE));
        assertEquals(FixedPoint.NULL_PRICE, book.venueBestAskPrice(NYSE));
        assertEquals(0, book.venueBestAskQuantity(NYSE));
        assertEquals(98, book.venueBestBidPrice(ARCA));
        assertEquals(103, book.venueBestAskPrice(ARCA));
        assertEquals(40, book.venueBestAskQuantity(ARCA));
        assertEquals(FixedPoint.NULL_PRICE, book.venueBestBidPrice(BATS));
        assertEquals(20, book.venueQuantityAt(NYSE, Side.BUY, 99));
        assertEquals(0, book.venueQuantityAt(ARCA, Side.BUY, 99));
    }

    @Test
    void shouldCopyAggregatedDepthIntoACallerOwnedSnapshot() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(ARCA, Side.BUY, 100, 15);
        book.onLevel(BATS, Side.BUY, 99, 7);
        book.onLevel(ARCA, Side.BUY, 97, 1);
        book.onLevel(BATS, Side.SELL, 102, 3);
        final ConsolidatedDepth depth = new ConsolidatedDepth(2, 3);

        assertEquals(2, book.copyDepth(depth));

        assertEquals(2, depth.levelCount(Side.BUY));
        assertEquals(100, depth.price(Side.BUY, 0));
        assertEquals(25, depth.quantity(Side.BUY, 0));
        assertEquals(0b011, depth.venueMask(Side.BUY, 0));
        assertEquals(10, depth.venueQuantity(Side.BUY, 0, NYSE));
        assertEquals(15, depth.venueQuantity(Side.BUY, 0, ARCA));
        assertEquals(0, depth.venueQuantity(Side.BUY, 0, BATS));
        assertEquals(99, depth.price(Side.BUY, 1));
        assertEquals(7, depth.venueQuantity(Side.BUY, 1, BATS));
        assertEquals(FixedPoint.NULL_PRICE, depth.price(Side.BUY, 2));
        assertEquals(1, depth.levelCount(Side.SELL));
        assertEquals(102, depth.price(Side.SELL, 0));
        assertEquals(3, depth.quantity(Side.SELL, 0));
        assertEquals(0b100, depth.venueMask(Side.SELL, 0));
        assertEquals(3, book.levelCount(Side.BUY));
        assertEquals(97, book.levelPrice(Side.BUY, 2));
        assertEquals(1, book.levelQuantity(Side.BUY, 2));
        assertEquals(0b010, book.levelVenues(Side.BUY, 2));
        assertEquals(1, book.levelVenueQuantity(Side.BUY, 2, ARCA));
    }

    @Test
    void shouldCopyIntoASnapshotOfAnotherVenueCount() {
        book.onLevel(BATS, Side.SELL, 102, 3);
        book.onLevel(NYSE, Side.SELL, 102, 4);
        final ConsolidatedDepth narrow = new ConsolidatedDepth(4, 1);
        final ConsolidatedDepth wide = new ConsolidatedDepth(4, 5);

        book.copyDepth(narrow);
        book.copyDepth(wide);

        assertEquals(7, narrow.quantity(Side.SELL, 0));
        assertEquals(4, narrow.venueQuantity(Side.SELL, 0, NYSE));
        assertEquals(0, narrow.venueQuantity(Side.SELL, 0, BATS));
        assertEquals(3, wide.venueQuantity(Side.SELL, 0, BATS));
        assertEquals(0, wide.venueQuantity(Side.SELL, 0, 4));
    }

    @Test
    void shouldReplaceAVenuesQuotesWithItsBbo() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(NYSE, Side.BUY, 99, 10);
        book.onLevel(NYSE, Side.SELL, 103, 10);
        book.onLevel(ARCA, Side.BUY, 99, 5);
        events.take();

        assertEquals(Result.OK, book.onVenueBbo(NYSE, 99, 20, 102, 30));

        assertEquals(List.of("nbbo 99x25[3] 102x30[1]"), events.take());
        assertEquals(1, book.levelCount(Side.BUY));
        assertEquals(1, book.levelCount(Side.SELL));
        assertEquals(20, book.levelVenueQuantity(Side.BUY, 0, NYSE));

        book.onVenueBbo(NYSE, FixedPoint.NULL_PRICE, 0, 102, 0);
        assertEquals(List.of("nbbo 99x5[2] -x0[0]"), events.take());
    }

    @Test
    void shouldDropEveryLevelOfAClearedVenue() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        book.onLevel(NYSE, Side.BUY, 99, 10);
        book.onLevel(ARCA, Side.BUY, 99, 5);
        book.onLevel(NYSE, Side.SELL, 101, 10);
        events.take();

        assertEquals(Result.OK, book.clearVenue(NYSE));

        assertEquals(List.of("nbbo 99x5[2] -x0[0]"), events.take());
        assertEquals(1, book.levelCount(Side.BUY));
        assertEquals(FixedPoint.NULL_PRICE, book.venueBestBidPrice(NYSE));
        assertEquals(0, book.venueLevelCount(NYSE, Side.BUY));
        assertEquals(1, book.venueLevelCount(ARCA, Side.BUY));
    }

    @Test
    void shouldCountAndReportRefusedUpdatesWithoutChangingTheBook() {
        book.onLevel(NYSE, Side.BUY, 100, 10);
        events.take();

        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(3, Side.BUY, 100, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(-1, Side.BUY, 100, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(NYSE, Side.UNKNOWN, 100, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(NYSE, Side.BUY, FixedPoint.NULL_PRICE, 10));
        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(NYSE, Side.BUY, 100, -1));
        assertEquals(Result.INVALID_ARGUMENT, book.onLevel(NYSE, Side.BUY, 100, ConsolidatedBook.MAX_QUANTITY + 1));
        assertEquals(Result.UNKNOWN_ORDER, book.onLevel(ARCA, Side.BUY, 100, 0));
        assertEquals(Result.INVALID_ARGUMENT, book.onVenueBbo(5, 100, 1, 101, 1));
        assertEquals(Result.INVALID_ARGUMENT, book.clearVenue(9));

        assertEquals(List.of("error 3 INVALID_ARGUMENT 100", "error -1 INVALID_ARGUMENT 100",
            "error 0 INVALID_ARGUMENT 100", "error 0 INVALID_ARGUMENT -", "error 0 INVALID_ARGUMENT 100",
            "error 0 INVALID_ARGUMENT 100", "error 1 UNKNOWN_LEVEL 100", "error 5 INVALID_ARGUMENT 100",
            "error 9 INVALID_ARGUMENT -"), events.take());
        assertEquals(8, book.errorCount(BookError.INVALID_ARGUMENT));
        assertEquals(1, book.errorCount(BookError.UNKNOWN_LEVEL));
        assertEquals(10, book.bestBidQuantity());
        assertEquals(1, book.levelCount(Side.BUY));
    }

    @Test
    void shouldRejectALevelBeyondTheVenuesCapacity() {
        final ConsolidatedBook small = new ConsolidatedBook(7, 2, 2, events);
        small.onLevel(NYSE, Side.SELL, 101, 1);
        small.onLevel(NYSE, Side.SELL, 102, 1);
        events.take();

        assertEquals(Result.REJECTED, small.onLevel(NYSE, Side.SELL, 103, 1));
        assertEquals(Result.OK, small.onLevel(ARCA, Side.SELL, 103, 1));

        assertEquals(List.of("error 0 CAPACITY_EXHAUSTED 103"), events.take());
        assertEquals(1, small.errorCount(BookError.CAPACITY_EXHAUSTED));
        assertEquals(3, small.levelCount(Side.SELL));
        assertEquals(0b10, small.levelVenues(Side.SELL, 2));
    }

    @Test
    void shouldFollowVenueBooksThroughTheirListeners() {
        final PriceLevelBook l2 = new PriceLevelBook(7, 8, book.levelListener(NYSE));
        final OrderBook l3 = new OrderBook(7, 16, 8, book.levelListener(ARCA));
        final PriceLevelBook topOnly = new PriceLevelBook(7, 8, book.bboListener(BATS));
        assertSame(book.levelListener(NYSE), book.levelListener(NYSE));

        l2.set(Side.BUY, 100, 10);
        l3.add(1, Side.BUY, 100, 5);
        l3.add(2, Side.BUY, 100, 6);
        topOnly.set(Side.BUY, 98, 4);
        topOnly.set(Side.BUY, 99, 3);
        l3.execute(1, 5);

        assertEquals(List.of("nbbo 100x10[1] -x0[0]", "nbbo 100x15[3] -x0[0]", "nbbo 100x21[3] -x0[0]",
            "nbbo 100x16[3] -x0[0]"), events.take());
        assertEquals(99, book.venueBestBidPrice(BATS));
        assertEquals(2, book.levelCount(Side.BUY));
        assertEquals(3, book.levelVenueQuantity(Side.BUY, 1, BATS));
    }

    @Test
    void shouldEmptyOnClear() {
        book.onLevel(NYSE, Side.BUY, 101, 10);
        book.onLevel(ARCA, Side.SELL, 100, 10);
        book.clear();

        assertEquals(FixedPoint.NULL_PRICE, book.bestBidPrice());
        assertEquals(0, book.bestAskVenues());
        assertEquals(ConsolidatedBook.NORMAL, book.nbboState());
        assertEquals(0, book.levelCount(Side.SELL));
        assertEquals(FixedPoint.NULL_PRICE, book.venueBestAskPrice(ARCA));
        assertEquals(Result.OK, book.onLevel(ARCA, Side.SELL, 100, 10));
        assertEquals(1, book.levelCount(Side.SELL));
    }

    @Test
    void shouldRefuseABadConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new ConsolidatedBook(1, 0, 8, events));
        assertThrows(IllegalArgumentException.class, () -> new ConsolidatedBook(1, 65, 8, events));
        assertThrows(IllegalArgumentException.class, () -> new ConsolidatedBook(1, 2, 0, events));
        assertThrows(NullPointerException.class, () -> new ConsolidatedBook(1, 2, 8, null));
        assertThrows(IllegalArgumentException.class, () -> new ConsolidatedDepth(0, 2));
    }

    /** Records every consolidated-book event as a readable string. */
    static final class Recorder implements ConsolidatedBookListener {
        private final List<String> events = new ArrayList<>();

        @Override
        public void onNbbo(
            final int instrumentId, final long bidPrice, final long bidQuantity, final long bidVenueMask,
            final long askPrice, final long askQuantity, final long askVenueMask) {
            events.add("nbbo " + price(bidPrice) + "x" + bidQuantity + "[" + bidVenueMask + "] "
                + price(askPrice) + "x" + askQuantity + "[" + askVenueMask + "]");
        }

        @Override
        public void onNbboState(final int instrumentId, final int state) {
            events.add("state " + (state == ConsolidatedBook.NORMAL ? "NORMAL"
                : state == ConsolidatedBook.LOCKED ? "LOCKED" : "CROSSED"));
        }

        @Override
        public void onBookError(final int instrumentId, final int venueId, final BookError error, final long price) {
            events.add("error " + venueId + " " + error + " " + price(price));
        }

        List<String> take() {
            final List<String> copy = List.copyOf(events);
            events.clear();
            return copy;
        }

        private static String price(final long price) {
            return price == FixedPoint.NULL_PRICE ? "-" : Long.toString(price);
        }
    }
}
