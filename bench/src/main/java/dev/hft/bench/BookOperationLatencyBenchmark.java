package dev.hft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.hft.api.Side;
import dev.hft.book.OrderBook;
import dev.hft.book.OrderBookListener;
import dev.hft.testkit.SyntheticItchFeed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency distribution (JMH SampleTime: p50, p99, p99.9) of one {@link OrderBook} add, partial cancel and partial
 * execute on books in steady state: {@value #BOOKS} instruments filled by the synthetic ITCH flow
 * ({@link SyntheticItchFeed}, about 300 resting orders each), each invocation on the next of {@value #PROBES} probe
 * orders spread over the books at or a few ticks behind the touch. A per-invocation setup (not timed) puts the probe
 * half a ring ahead in the state its operation needs (absent for add, resting with 100 shares for cancel and
 * execute), so every timed call is exactly one book operation on a book the setup did not just warm. The figures
 * include JMH's timestamping (about 30 ns on this VM, 10 ns granularity).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class BookOperationLatencyBenchmark {
    static final int BOOKS = 100;
    static final int PROBES = 4_096;
    static final long PROBE_SHARES = 100;
    static final long FIRST_PROBE_REFERENCE = 1L << 40;

    /** Books in steady state and the probe orders. */
    @State(Scope.Thread)
    public static class Books {
        final OrderBook[] books = new OrderBook[BOOKS + 1];
        final int[] probeBook = new int[PROBES];
        final Side[] probeSide = new Side[PROBES];
        final long[] probePrice = new long[PROBES];
        int next;
        int current;

        @Setup(Level.Trial)
        public void setUp() {
            for (int locate = 1; locate <= BOOKS; locate++) {
                books[locate] = new OrderBook(locate, 1024, 512, BookUpdateBenchmark.TICK, OrderBookListener.NO_OP);
            }
            final BookUpdateBenchmark.Ops ops = new BookUpdateBenchmark.Ops();
            ops.setUp();
            for (int i = 0; i < BookUpdateBenchmark.OPS; i++) {
                BookUpdateBenchmark.apply(books[ops.locate[i]], ops, i);
            }
            final SplittableRandom random = new SplittableRandom(7);
            for (int p = 0; p < PROBES; p++) {
                final int locate = 1 + random.nextInt(BOOKS);
                final OrderBook book = books[locate];
                final boolean buy = random.nextBoolean();
                final int depth = random.nextInt(4);
                final Side side = buy ? Side.BUY : Side.SELL;
                final long price = book.levelPrice(side, Math.min(depth, book.levelCount(side) - 1));
                probeBook[p] = locate;
                probeSide[p] = side;
                probePrice[p] = price;
            }
        }

        /**
         * Picks the next probe for the timed call and prepares the probe half a ring ahead: absent (for add) or
         * resting with {@link #PROBE_SHARES} shares. Preparing far ahead keeps the timed call from finding its book
         * in cache because the setup just touched it.
         */
        void prepare(final boolean resting) {
            final int p = next;
            next = (p + 1) & (PROBES - 1);
            current = p;
            final int ahead = (p + PROBES / 2) & (PROBES - 1);
            final OrderBook book = books[probeBook[ahead]];
            final long reference = FIRST_PROBE_REFERENCE + ahead;
            book.delete(reference);
            if (resting) {
                book.add(reference, probeSide[ahead], probePrice[ahead], PROBE_SHARES);
            }
        }

        /** Prepares the whole ring once, so the first timed calls find their probes ready. */
        void prepareAll(final boolean resting) {
            for (int p = 0; p < PROBES; p++) {
                prepare(resting);
            }
        }
    }

    /** Setup for {@code add}: the probe is absent. */
    @State(Scope.Thread)
    public static class AddProbe {
        @Setup(Level.Iteration)
        public void prepareAll(final Books books) {
            books.prepareAll(false);
        }

        @Setup(Level.Invocation)
        public void prepare(final Books books) {
            books.prepare(false);
        }
    }

    /** Setup for {@code cancel} and {@code execute}: the probe rests with 100 shares. */
    @State(Scope.Thread)
    public static class RestingProbe {
        @Setup(Level.Iteration)
        public void prepareAll(final Books books) {
            books.prepareAll(true);
        }

        @Setup(Level.Invocation)
        public void prepare(final Books books) {
            books.prepare(true);
        }
    }

    @Benchmark
    public int add(final Books books, final AddProbe probe) {
        final int p = books.current;
        return books.books[books.probeBook[p]].add(
            FIRST_PROBE_REFERENCE + p, books.probeSide[p], books.probePrice[p], PROBE_SHARES);
    }

    @Benchmark
    public int cancel(final Books books, final RestingProbe probe) {
        final int p = books.current;
        return books.books[books.probeBook[p]].cancel(FIRST_PROBE_REFERENCE + p, 40);
    }

    @Benchmark
    public int execute(final Books books, final RestingProbe probe) {
        final int p = books.current;
        return books.books[books.probeBook[p]].execute(FIRST_PROBE_REFERENCE + p, 40);
    }
}
