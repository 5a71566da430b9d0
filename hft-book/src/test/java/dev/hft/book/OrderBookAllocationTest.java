package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.Side;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.timing.AllocationMeter;
import org.junit.jupiter.api.Test;

/** Steady state allocates nothing: replaying synthetic ITCH order flow, clearing between runs, and L2 updates. */
class OrderBookAllocationTest {
    private static final int OPS = 100_000;

    private long sink;

    @Test
    void shouldNotAllocateWhenApplyingOrderFlow() {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = 4;
        final RecordedOps ops = RecordedOps.generate(config, OPS);
        final OrderBook[] books = new OrderBook[config.instruments + 1];
        for (int locate = 1; locate <= config.instruments; locate++) {
            // odd instruments use the tick ladder (ITCH Price(4), one cent), even ones the sorted levels
            books[locate] = locate % 2 == 1 ? new OrderBook(locate, 2048, 2048, 100, OrderBookListener.NO_OP)
                : new OrderBook(locate, 2048, 2048, OrderBookListener.NO_OP);
        }
        final Runnable replay = () -> {
            for (int locate = 1; locate < books.length; locate++) {
                books[locate].clear();
            }
            for (int i = 0; i < ops.count; i++) {
                final OrderBook book = books[ops.locate[i]];
                ops.apply(i, book);
                sink += book.bestBidPrice() + book.sharesAhead(ops.reference[i]);
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(replay, 5, 5));
        assertEquals(0, books[1].errorCount(BookError.UNKNOWN_ORDER));
    }

    @Test
    void shouldNotAllocateWhenSettingLevels() {
        final PriceLevelBook book = new PriceLevelBook(1, 256, OrderBookListener.NO_OP);
        final Runnable updates = () -> {
            for (int i = 0; i < OPS; i++) {
                final Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
                final long price = (i & 1) == 0 ? 1000 - (i >> 1) % 64 : 1001 + (i >> 1) % 64;
                book.set(side, price, (i % 7) * 100);
                sink += book.bestAskQuantity();
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(updates, 5, 5));
    }
}
