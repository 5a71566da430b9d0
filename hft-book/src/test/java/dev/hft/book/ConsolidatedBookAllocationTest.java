package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import dev.hft.api.Side;
import dev.hft.timing.AllocationMeter;
import org.junit.jupiter.api.Test;

/** Steady state allocates nothing: level updates, venue BBOs and depth copies over five venues. */
class ConsolidatedBookAllocationTest {
    private static final int OPS = 100_000;
    private static final int VENUES = 5;

    private long sink;

    @Test
    void shouldNotAllocateWhenUpdatingReadingAndCopyingDepth() {
        final ConsolidatedBook book = new ConsolidatedBook(1, VENUES, 64, ConsolidatedBookListener.NO_OP);
        final ConsolidatedDepth depth = new ConsolidatedDepth(10, VENUES);
        final int[] venue = new int[OPS];
        final long[] price = new long[OPS];
        final long[] quantity = new long[OPS];
        final SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < OPS; i++) {
            venue[i] = random.nextInt(VENUES);
            final boolean buy = (i & 1) == 0;
            price[i] = buy ? 1000 - random.nextInt(32) : 1001 + random.nextInt(32);
            quantity[i] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(500);
        }
        final Runnable updates = () -> {
            book.clear();
            for (int i = 0; i < OPS; i++) {
                final Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
                book.onLevel(venue[i], side, price[i], quantity[i]);
                if ((i & 63) == 0) {
                    book.onVenueBbo(venue[i], price[i] - 40, quantity[i], price[i] + 40, quantity[i]);
                    sink += book.copyDepth(depth);
                }
                sink += book.bestBidQuantity() + book.bestAskVenues() + book.venueBestBidPrice(venue[i]);
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(updates, 5, 5));
    }

    @Test
    void shouldNotAllocateWhenFedThroughVenueBookListeners() {
        final ConsolidatedBook book = new ConsolidatedBook(1, 2, 64, ConsolidatedBookListener.NO_OP);
        final PriceLevelBook a = new PriceLevelBook(1, 64, book.levelListener(0));
        final PriceLevelBook b = new PriceLevelBook(1, 64, book.bboListener(1));
        final Runnable updates = () -> {
            for (int i = 0; i < OPS; i++) {
                final Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
                final long p = (i & 1) == 0 ? 1000 - (i >> 1) % 16 : 1001 + (i >> 1) % 16;
                a.set(side, p, (i % 7) * 100);
                b.set(side, p, (i % 5) * 100);
                sink += book.bestAskQuantity();
            }
        };

        assertEquals(0, AllocationMeter.steadyStateBytes(updates, 5, 5));
    }
}
