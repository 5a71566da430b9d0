package dev.hft.book;

import static dev.hft.api.Side.BUY;
import static dev.hft.api.Side.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import org.junit.jupiter.api.Test;

class PriceLevelBookTest {
    private final RecordingListener listener = new RecordingListener();
    private final PriceLevelBook book = new PriceLevelBook(3, 8, listener);

    @Test
    void shouldSetLevelsAndReportBbo() {
        assertEquals(Result.OK, book.set(BUY, 1000, 300));
        assertEquals(Result.OK, book.set(SELL, 1010, 100));
        assertEquals(Result.OK, book.set(BUY, 999, 50));
        assertEquals(Result.OK, book.set(BUY, 1000, 200));

        assertEquals(List.of(
            "level BUY 1000 300/0", "bbo 1000x300 -x0",
            "level SELL 1010 100/0", "bbo 1000x300 1010x100",
            "level BUY 999 50/0",
            "level BUY 1000 200/0", "bbo 1000x200 1010x100"), listener.take());
        assertEquals(2, book.levelCount(BUY));
        assertEquals(999, book.levelPrice(BUY, 1));
        assertEquals(50, book.levelQuantity(BUY, 1));
        assertEquals(50, book.quantityAt(BUY, 999));
    }

    @Test
    void shouldIgnoreASetThatChangesNothing() {
        book.set(SELL, 1010, 100);
        listener.take();

        book.set(SELL, 1010, 100);

        assertEquals(List.of(), listener.take());
    }

    @Test
    void shouldRemoveLevelsWithZeroQuantityOrRemove() {
        book.set(SELL, 1010, 100);
        book.set(SELL, 1011, 100);
        listener.take();

        assertEquals(Result.OK, book.set(SELL, 1010, 0));
        assertEquals(Result.OK, book.remove(SELL, 1011));

        assertEquals(List.of("level SELL 1010 0/0", "bbo -x0 1011x100", "level SELL 1011 0/0", "bbo -x0 -x0"),
            listener.take());
        assertEquals(FixedPoint.NULL_PRICE, book.bestAskPrice());
        assertEquals(0, book.bestAskQuantity());
    }

    @Test
    void shouldCountUnknownLevelsAndInvalidArguments() {
        assertEquals(Result.UNKNOWN_ORDER, book.remove(BUY, 1000));
        assertEquals(Result.INVALID_ARGUMENT, book.set(BUY, 1000, -1));

        assertEquals(List.of("error UNKNOWN_LEVEL #1000", "error INVALID_ARGUMENT #1000"), listener.take());
        assertEquals(1, book.errorCount(BookError.UNKNOWN_LEVEL));
    }

    @Test
    void shouldRejectWhenTheLevelPoolIsFull() {
        for (int i = 0; i < 8; i++) {
            assertEquals(Result.OK, book.set(BUY, 1000 - i, 1));
        }
        assertEquals(Result.REJECTED, book.set(BUY, 900, 1));
        book.clear();
        assertEquals(0, book.levelCount(BUY));
        assertEquals(Result.OK, book.set(BUY, 900, 1));
        assertEquals(900, book.bestBidPrice());
        assertEquals(1, book.bestBidQuantity());
    }
}
