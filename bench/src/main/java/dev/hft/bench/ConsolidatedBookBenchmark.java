package dev.hft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.hft.api.Side;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;
import dev.hft.book.OrderBookListener;
import dev.hft.book.PriceLevelBook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost of one per-venue level update into a {@link ConsolidatedBook} of {@value #VENUES} venues (NBBO, per-venue
 * bests and aggregated depth maintained), against the same update into a bare per-venue {@link PriceLevelBook} (what
 * a single-venue L2 book costs; there is no public consolidated-book peer), over the same pre-generated stream of
 * {@value #OPS} updates: a random venue and side, a price a geometric number of ticks (at most 31) behind a fixed
 * touch (most updates at or next to the touch, as on real feeds), a new quantity or, for a third of the updates to an
 * existing level, a removal. One invocation replays the whole stream into empty books; one operation is one update.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class ConsolidatedBookBenchmark {
    /** Updates in the stream: one invocation replays them all. */
    public static final int OPS = 1_000_000;
    static final int VENUES = 5;
    static final int MAX_LEVELS = 64;
    static final long TOUCH = 10_000;

    /** The pre-generated stream, shared by both methods. */
    @State(Scope.Benchmark)
    public static class Ops {
        final int[] venue = new int[OPS];
        final Side[] side = new Side[OPS];
        final long[] price = new long[OPS];
        final long[] quantity = new long[OPS];

        @Setup(Level.Trial)
        public void setUp() {
            final SplittableRandom random = new SplittableRandom(7);
            final long[][] live = new long[VENUES * 2][32];
            for (int i = 0; i < OPS; i++) {
                final int v = random.nextInt(VENUES);
                final boolean buy = random.nextBoolean();
                final int distance = Math.min(31, Long.numberOfTrailingZeros(random.nextLong() | (1L << 62)));
                final long[] levels = live[v * 2 + (buy ? 0 : 1)];
                final long q = levels[distance] > 0 && random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(1000);
                levels[distance] = q;
                venue[i] = v;
                side[i] = buy ? Side.BUY : Side.SELL;
                price[i] = buy ? TOUCH - distance : TOUCH + 1 + distance;
                quantity[i] = q;
            }
        }
    }

    /** hft's consolidated book. */
    @State(Scope.Thread)
    public static class Consolidated {
        final ConsolidatedBook book = new ConsolidatedBook(1, VENUES, MAX_LEVELS, ConsolidatedBookListener.NO_OP);

        @Setup(Level.Invocation)
        public void clear() {
            book.clear();
        }
    }

    /** One bare L2 book per venue. */
    @State(Scope.Thread)
    public static class Single {
        final PriceLevelBook[] books = new PriceLevelBook[VENUES];

        /** Creates the books. */
        public Single() {
            for (int v = 0; v < VENUES; v++) {
                books[v] = new PriceLevelBook(1, MAX_LEVELS, OrderBookListener.NO_OP);
            }
        }

        @Setup(Level.Invocation)
        public void clear() {
            for (int v = 0; v < VENUES; v++) {
                books[v].clear();
            }
        }
    }

    /**
     * hft: every update into the consolidated book, reading the NBBO after each.
     *
     * @param ops  the stream.
     * @param book the book.
     * @param hole sink.
     */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public void hft(final Ops ops, final Consolidated book, final Blackhole hole) {
        final ConsolidatedBook b = book.book;
        final int[] venue = ops.venue;
        final Side[] side = ops.side;
        final long[] price = ops.price;
        final long[] quantity = ops.quantity;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            b.onLevel(venue[i], side[i], price[i], quantity[i]);
            sum += b.bestBidPrice() + b.bestAskQuantity();
        }
        hole.consume(sum);
    }

    /**
     * Baseline: every update into that venue's bare L2 book only, reading its BBO after each.
     *
     * @param ops   the stream.
     * @param books the books.
     * @param hole  sink.
     */
    @Benchmark
    @OperationsPerInvocation(OPS)
    public void priceLevelBook(final Ops ops, final Single books, final Blackhole hole) {
        final PriceLevelBook[] b = books.books;
        final int[] venue = ops.venue;
        final Side[] side = ops.side;
        final long[] price = ops.price;
        final long[] quantity = ops.quantity;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            final PriceLevelBook book = b[venue[i]];
            book.set(side[i], price[i], quantity[i]);
            sum += book.bestBidPrice() + book.bestAskQuantity();
        }
        hole.consume(sum);
    }
}
