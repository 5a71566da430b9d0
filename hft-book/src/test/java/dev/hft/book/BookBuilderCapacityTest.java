package dev.hft.book;

import static dev.hft.api.Side.BUY;
import static dev.hft.api.Side.SELL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.hft.api.Result;
import org.junit.jupiter.api.Test;

/**
 * Capacity limits of the builder: a full book, a full reference index or a full instrument registry refuses the add
 * (a counted, reported no-op), never indexes what it refused, and keeps every book consistent.
 */
class BookBuilderCapacityTest {
    private final BookBuilderRecordingListener listener = new BookBuilderRecordingListener();

    @Test
    void shouldRefuseAnAddWhenTheBookIsFullAndNotIndexIt() {
        final BookBuilder builder = new BookBuilder(2, 2, 8, 16, listener);
        final int id = builder.registerInstrument(11);
        builder.add(id, 1, BUY, 100, 10);
        builder.add(id, 2, SELL, 101, 10);
        listener.take();

        assertEquals(Result.REJECTED, builder.add(id, 3, BUY, 99, 10));
        assertEquals(List.of("0 error CAPACITY_EXHAUSTED #3"), listener.take());
        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.instrumentOf(3));
        assertEquals(Result.UNKNOWN_ORDER, builder.delete(3));
        assertEquals(1, builder.capacityExhaustedCount());
        assertEquals(1, builder.unknownOrderCount());
        assertEquals(2, builder.orderCount());
        assertEquals(BookValidator.OK, BookValidator.check(builder.book(id)));

        assertEquals(Result.OK, builder.delete(1));
        assertEquals(Result.OK, builder.add(id, 3, BUY, 99, 10));
        assertEquals(id, builder.instrumentOf(3));
    }

    @Test
    void shouldRefuseAnAddWhenTheLevelPoolIsFull() {
        final BookBuilder builder = new BookBuilder(1, 16, 2, 16, listener);
        final int id = builder.registerInstrument(11);
        builder.add(id, 1, BUY, 100, 10);
        builder.add(id, 2, BUY, 99, 10);
        listener.take();

        assertEquals(Result.REJECTED, builder.add(id, 3, BUY, 98, 10));
        assertEquals(Result.REJECTED, builder.replace(1, 4, 10, 97));
        assertEquals(List.of("0 error CAPACITY_EXHAUSTED #3", "0 error CAPACITY_EXHAUSTED #1"), listener.take());
        assertEquals(2, builder.capacityExhaustedCount());
        assertEquals(id, builder.instrumentOf(1));
        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.instrumentOf(4));
        assertEquals(2, builder.book(id).levelCount(BUY));
        assertEquals(BookValidator.OK, BookValidator.check(builder.book(id)));
    }

    @Test
    void shouldRefuseAnAddWhenTheReferenceIndexIsFull() {
        final BookBuilder builder = new BookBuilder(2, 16, 8, 2, listener);
        final int a = builder.registerInstrument(11);
        final int b = builder.registerInstrument(12);
        builder.add(a, 1, BUY, 100, 10);
        builder.add(b, 2, BUY, 100, 10);
        listener.take();

        assertEquals(Result.REJECTED, builder.add(b, 3, BUY, 100, 10));
        assertEquals(List.of("1 error CAPACITY_EXHAUSTED #3"), listener.take());
        assertEquals(1, builder.indexFullCount());
        assertEquals(1, builder.capacityExhaustedCount());
        assertEquals(1, builder.book(b).orderCount());
    }

    @Test
    void shouldRefuseAnInstrumentBeyondTheRegistry() {
        final BookBuilder builder = new BookBuilder(1, 16, 8, 16, listener);
        assertEquals(0, builder.registerInstrument(11));
        listener.take();

        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.registerInstrument(12));
        assertEquals(List.of("-1 error CAPACITY_EXHAUSTED #12"), listener.take());
        assertEquals(Result.INVALID_ARGUMENT, builder.add(BookBuilder.NULL_INSTRUMENT, 1, BUY, 100, 10));
        assertEquals(1, builder.capacityExhaustedCount());
        assertEquals(0, builder.orderCount());
    }
}
