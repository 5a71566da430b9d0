package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.Side;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.net.itch.AddOrderDecoder;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.itch.OrderCancelDecoder;
import dev.hft.net.itch.OrderDeleteDecoder;
import dev.hft.net.itch.OrderExecutedDecoder;
import dev.hft.net.itch.OrderExecutedWithPriceDecoder;
import dev.hft.net.itch.OrderReplaceDecoder;
import dev.hft.timing.AllocationMeter;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.junit.jupiter.api.Test;

/**
 * The synthetic ITCH flow (50 instruments) encoded to wire bytes, decoded and applied through the builder, against
 * one {@link OrderBook} per stock locate driven directly from the same flow (the reference); the builder's books pass
 * the validator, and steady-state replay allocates nothing.
 */
class BookBuilderSyntheticTest {
    private static final int MESSAGES = 200_000;
    private static final int INSTRUMENTS = 50;

    private long sink;

    /** The whole encoded stream, length-prefixed, in one buffer. */
    private static final class Stream {
        final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1 << 24);
        int end;

        Stream(final int messages) {
            final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
            config.instruments = INSTRUMENTS;
            final ItchEventEncoder encoder = new ItchEventEncoder(this::append);
            final SyntheticItchFeed feed = new SyntheticItchFeed(config);
            feed.generate(encoder, messages);
        }

        private void append(final DirectBuffer src, final int offset, final int length) {
            buffer.putShort(end, (short) length);
            buffer.putBytes(end + 2, src, offset, length);
            end += 2 + length;
        }
    }

    /** The reference: each message applied straight to the book of its stock locate. */
    private static final class DirectBooks implements ItchListener {
        private final OrderBook[] books;

        DirectBooks(final OrderBook[] books) {
            this.books = books;
        }

        @Override
        public void onAddOrder(final AddOrderDecoder m) {
            books[m.stockLocate()].add(m.orderReferenceNumber(), m.buySellIndicator() == 'B' ? Side.BUY : Side.SELL,
                m.price(), m.shares());
        }

        @Override
        public void onOrderExecuted(final OrderExecutedDecoder m) {
            books[m.stockLocate()].execute(m.orderReferenceNumber(), m.executedShares());
        }

        @Override
        public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder m) {
            books[m.stockLocate()].execute(m.orderReferenceNumber(), m.executedShares(), m.executionPrice());
        }

        @Override
        public void onOrderCancel(final OrderCancelDecoder m) {
            books[m.stockLocate()].cancel(m.orderReferenceNumber(), m.cancelledShares());
        }

        @Override
        public void onOrderDelete(final OrderDeleteDecoder m) {
            books[m.stockLocate()].delete(m.orderReferenceNumber());
        }

        @Override
        public void onOrderReplace(final OrderReplaceDecoder m) {
            books[m.stockLocate()].replace(m.originalOrderReferenceNumber(), m.newOrderReferenceNumber(), m.shares(),
                m.price());
        }
    }

    @Test
    void shouldMatchBooksDrivenDirectlyAndStayValid() {
        shouldMatchBooksDrivenDirectly(1 << 16);
    }

    @Test
    void shouldMatchBooksDrivenDirectlyWithoutReferenceIndex() {
        shouldMatchBooksDrivenDirectly(0);
    }

    private void shouldMatchBooksDrivenDirectly(final int maxOrders) {
        final Stream stream = new Stream(MESSAGES);
        final BookBuilder builder = new BookBuilder(INSTRUMENTS + 1, 4096, 1024, maxOrders, BookBuilderListener.NO_OP);
        final BookBuilderItchAdapter adapter =
            new BookBuilderItchAdapter(builder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        final OrderBook[] reference = new OrderBook[INSTRUMENTS + 1];
        for (int locate = 1; locate <= INSTRUMENTS; locate++) {
            reference[locate] = new OrderBook(locate, 4096, 1024, OrderBookListener.NO_OP);
        }
        final ItchMessageDispatcher direct = new ItchMessageDispatcher(new DirectBooks(reference),
            new WireErrorCounters("direct", WireErrorListener.NO_OP));
        for (int position = 0; position < stream.end; ) {
            final int length = stream.buffer.getShort(position) & 0xFFFF;
            direct.onMessage(stream.buffer, position + 2, length);
            position += 2 + length;
        }

        int messages = 0;
        for (int position = 0; position < stream.end; messages++) {
            final int length = stream.buffer.getShort(position) & 0xFFFF;
            assertTrue(adapter.onMessage(stream.buffer, position + 2, length) >= 0);
            position += 2 + length;
        }

        assertEquals(INSTRUMENTS, builder.instrumentCount());
        assertEquals(0, builder.unknownOrderCount());
        assertEquals(0, builder.duplicateOrderCount());
        final DepthSnapshot expected = new DepthSnapshot(1024);
        final DepthSnapshot actual = new DepthSnapshot(1024);
        final long[] references = new long[4096];
        int resting = 0;
        for (int locate = 1; locate <= INSTRUMENTS; locate++) {
            final int id = adapter.instrumentId(locate);
            final OrderBook book = builder.book(id);
            expected.copy(reference[locate]);
            actual.copy(book);
            for (int s = 0; s < 2; s++) {
                final Side side = s == 0 ? Side.BUY : Side.SELL;
                assertEquals(expected.levelCount(side), actual.levelCount(side), "locate " + locate);
                for (int d = 0; d < expected.levelCount(side); d++) {
                    assertEquals(expected.price(side, d), actual.price(side, d));
                    assertEquals(expected.quantity(side, d), actual.quantity(side, d));
                    assertEquals(expected.orderCount(side, d), actual.orderCount(side, d));
                }
            }
            assertEquals(BookValidator.OK, BookValidator.check(book), "locate " + locate);
            if (builder.isIndexed()) {
                final int count = builder.copyOrderReferences(id, references);
                assertEquals(BookValidator.OK, BookValidator.checkLevelTotals(book, references, count));
            }
            resting += book.orderCount();
        }
        if (builder.isIndexed()) {
            assertEquals(builder.orderCount(), resting);
        }
        assertTrue(resting > INSTRUMENTS, "books unexpectedly empty");
        System.out.printf("synthetic ITCH through the builder: %,d messages, %,d resting orders, %d instruments%n",
            messages, resting, INSTRUMENTS);
    }

    @Test
    void shouldNotAllocateInSteadyState() {
        final Stream stream = new Stream(MESSAGES);
        final BookBuilder builder = new BookBuilder(INSTRUMENTS + 1, 4096, 1024, 1 << 16, BookBuilderListener.NO_OP);
        final BookBuilderItchAdapter adapter =
            new BookBuilderItchAdapter(builder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        final DepthSnapshot depth = new DepthSnapshot(5);
        final Runnable replay = () -> {
            builder.clear();
            for (int position = 0; position < stream.end; ) {
                final int length = stream.buffer.getShort(position) & 0xFFFF;
                adapter.onMessage(stream.buffer, position + 2, length);
                position += 2 + length;
            }
            for (int id = 0; id < builder.instrumentCount(); id++) {
                sink += builder.copyDepth(id, depth);
            }
        };

        // enough warm-up for C2 to settle even on a loaded machine: a deoptimisation inside a measured run
        // re-materialises scalar-replaced objects, which the thread counter sees (240 B seen under load 15)
        assertEquals(0, AllocationMeter.steadyStateBytes(replay, 10, 5));
        assertEquals(0, builder.unknownOrderCount());
    }
}
