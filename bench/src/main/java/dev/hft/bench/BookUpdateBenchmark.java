package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import com.paritytrading.parity.book.Market;
import com.paritytrading.parity.book.MarketListener;
import dev.hft.api.Side;
import dev.hft.book.BookError;
import dev.hft.book.OrderBook;
import dev.hft.book.OrderBookListener;
import dev.hft.testkit.SyntheticItchFeed;
import org.agrona.collections.Long2ObjectHashMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import dev.hft.net.capture.ItchEventSink;

/**
 * Cost of one L3 book update: hft's {@link OrderBook} (one per instrument) against parity-book's {@code Market}, over
 * the same pre-decoded stream of {@value #OPS} book-changing operations (add, execute, execute with price, cancel,
 * delete, replace) taken from the synthetic ITCH flow ({@link SyntheticItchFeed}: 100 instruments with Zipf-skewed
 * activity, about 300 resting orders each, most activity at or near the touch). One invocation replays the whole
 * stream into empty books; one operation is one update. Between invocations hft's books are cleared (no allocation)
 * and parity's market is rebuilt (parity has no clear; it needs about 8 one-second warm-up iterations to settle,
 * hence 10). Parity has no replace: it is a delete plus an add there, with the original order's side taken from the
 * stream (no lookup charged to parity). hft's books hold 1,024 orders each, the flow's realistic peak (a run fails if
 * any book runs out of capacity).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class BookUpdateBenchmark {
    /** Operations in the stream: one invocation replays them all. */
    public static final int OPS = 1_000_000;
    static final int INSTRUMENTS = 100;
    static final int MAX_LEVELS = 512;
    /** Orders each book holds: the synthetic flow peaks well under 1,024 live orders per instrument. */
    static final int MAX_ORDERS = 1024;
    /** One cent in ITCH {@code Price(4)}: the synthetic flow's tick. */
    static final long TICK = 100;

    static final byte ADD = 'A';
    static final byte EXECUTE = 'E';
    static final byte EXECUTE_WITH_PRICE = 'C';
    static final byte CANCEL = 'X';
    static final byte DELETE = 'D';
    static final byte REPLACE = 'U';

    /** The pre-decoded stream, shared by both methods. */
    @State(Scope.Benchmark)
    public static class Ops implements ItchEventSink {
        final byte[] type = new byte[OPS];
        final int[] locate = new int[OPS];
        final long[] reference = new long[OPS];
        final long[] newReference = new long[OPS];
        final long[] shares = new long[OPS];
        final long[] price = new long[OPS];
        final boolean[] buy = new boolean[OPS];
        final Side[] side = new Side[OPS];
        final com.paritytrading.parity.book.Side[] paritySide = new com.paritytrading.parity.book.Side[OPS];
        private final Long2ObjectHashMap<Boolean> buys = new Long2ObjectHashMap<>();
        int count;
        /** Instruments the flow spreads over (books are opened for all 100 either way). */
        @Param("100")
        int instruments = INSTRUMENTS;

        @Setup(Level.Trial)
        public void setUp() {
            final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
            config.instruments = instruments;
            final SyntheticItchFeed feed = new SyntheticItchFeed(config);
            while (count < OPS) {
                feed.generate(this, 1);
            }
            for (int i = 0; i < OPS; i++) {
                side[i] = buy[i] ? Side.BUY : Side.SELL;
                paritySide[i] = buy[i] ? com.paritytrading.parity.book.Side.BUY
                    : com.paritytrading.parity.book.Side.SELL;
            }
            buys.clear();
        }

        private void record(
            final byte opType, final int stockLocate, final long orderReference, final long newOrderReference,
            final long opShares, final long opPrice) {
            if (count >= OPS) {
                return;
            }
            final int i = count++;
            type[i] = opType;
            locate[i] = stockLocate;
            reference[i] = orderReference;
            newReference[i] = newOrderReference;
            shares[i] = opShares;
            price[i] = opPrice;
            final Boolean isBuy = buys.get(orderReference);
            buy[i] = isBuy != null && isBuy;
        }

        @Override
        public void systemEvent(final long timestampNs, final byte eventCode) {
        }

        @Override
        public void stockDirectory(final long timestampNs, final int stockLocate, final long stock, final long lot) {
        }

        @Override
        public void tradingAction(final long timestampNs, final int stockLocate, final long stock, final byte state) {
        }

        @Override
        public void addOrder(
            final long timestampNs, final int stockLocate, final long orderReference, final byte buySell,
            final long orderShares, final long stock, final long orderPrice) {
            buys.put(orderReference, buySell == 'B' ? Boolean.TRUE : Boolean.FALSE);
            record(ADD, stockLocate, orderReference, 0, orderShares, orderPrice);
        }

        @Override
        public void orderExecuted(
            final long timestampNs, final int stockLocate, final long orderReference, final long executed,
            final long matchNumber) {
            record(EXECUTE, stockLocate, orderReference, 0, executed, 0);
        }

        @Override
        public void orderExecutedWithPrice(
            final long timestampNs, final int stockLocate, final long orderReference, final long executed,
            final long matchNumber, final boolean printable, final long executionPrice) {
            record(EXECUTE_WITH_PRICE, stockLocate, orderReference, 0, executed, executionPrice);
        }

        @Override
        public void orderCancel(
            final long timestampNs, final int stockLocate, final long orderReference, final long canceledShares) {
            record(CANCEL, stockLocate, orderReference, 0, canceledShares, 0);
        }

        @Override
        public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
            record(DELETE, stockLocate, orderReference, 0, 0, 0);
            buys.remove(orderReference);
        }

        @Override
        public void orderReplace(
            final long timestampNs, final int stockLocate, final long originalOrderReference,
            final long newOrderReference, final long orderShares, final long orderPrice) {
            record(REPLACE, stockLocate, originalOrderReference, newOrderReference, orderShares, orderPrice);
            buys.put(newOrderReference, buys.remove(originalOrderReference));
        }

        @Override
        public void trade(
            final long timestampNs, final int stockLocate, final byte buySell, final long tradeShares,
            final long stock, final long tradePrice, final long matchNumber) {
        }
    }

    /** hft's books, one per instrument, cleared before each replay. */
    @State(Scope.Thread)
    public static class HftBooks {
        final OrderBook[] books = new OrderBook[INSTRUMENTS + 1];
        /** Orders each book can hold: the synthetic flow peaks well under 1,024 live orders per instrument. */
        @Param("1024")
        int maxOrders;
        /** The books' tick (ITCH {@code Price(4)}: 100 is one cent) for the price ladder; 0 for sorted levels. */
        @Param({"100", "0"})
        long tickSize;

        @Setup(Level.Trial)
        public void setUp() {
            for (int locate = 1; locate <= INSTRUMENTS; locate++) {
                books[locate] = tickSize == 0 ? new OrderBook(locate, maxOrders, MAX_LEVELS, OrderBookListener.NO_OP)
                    : new OrderBook(locate, maxOrders, MAX_LEVELS, tickSize, OrderBookListener.NO_OP);
            }
        }

        /** Fails the run if a book ran out of capacity: every operation must be applied as parity applies it. */
        @TearDown(Level.Trial)
        public void check() {
            for (int locate = 1; locate <= INSTRUMENTS; locate++) {
                if (books[locate].errorCount(BookError.CAPACITY_EXHAUSTED) != 0) {
                    throw new IllegalStateException("book " + locate + " ran out of capacity");
                }
            }
        }

        @Setup(Level.Invocation)
        public void clear() {
            for (int locate = 1; locate <= INSTRUMENTS; locate++) {
                books[locate].clear();
            }
        }
    }

    /** parity's market, rebuilt before each replay. */
    @State(Scope.Thread)
    public static class ParityMarket {
        Market market;
        com.paritytrading.parity.book.OrderBook first;

        @Setup(Level.Invocation)
        public void setUp() {
            market = new Market(new MarketListener() {
                @Override
                public void update(final com.paritytrading.parity.book.OrderBook book, final boolean bbo) {
                }

                @Override
                public void trade(
                    final com.paritytrading.parity.book.OrderBook book, final com.paritytrading.parity.book.Side side,
                    final long price, final long size) {
                }
            });
            first = market.open(1);
            for (int locate = 2; locate <= INSTRUMENTS; locate++) {
                market.open(locate);
            }
        }
    }

    /**
     * Applies operation {@code i} of the stream to an hft book: the one dispatch of the stream onto {@link OrderBook},
     * timed by {@link #hft} and used untimed by other benchmarks' setups.
     */
    static void apply(final OrderBook book, final Ops ops, final int i) {
        switch (ops.type[i]) {
            case ADD:
                book.add(ops.reference[i], ops.side[i], ops.price[i], ops.shares[i]);
                break;
            case EXECUTE:
                book.execute(ops.reference[i], ops.shares[i]);
                break;
            case EXECUTE_WITH_PRICE:
                book.execute(ops.reference[i], ops.shares[i], ops.price[i]);
                break;
            case CANCEL:
                book.cancel(ops.reference[i], ops.shares[i]);
                break;
            case DELETE:
                book.delete(ops.reference[i]);
                break;
            default:
                book.replace(ops.reference[i], ops.newReference[i], ops.shares[i], ops.price[i]);
                break;
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long hft(final Ops ops, final HftBooks state) {
        final OrderBook[] books = state.books;
        final int[] locate = ops.locate;
        for (int i = 0; i < OPS; i++) {
            apply(books[locate[i]], ops, i);
        }
        return books[1].bestBidPrice() + books[1].orderCount();
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long parity(final Ops ops, final ParityMarket state) {
        final Market market = state.market;
        final byte[] type = ops.type;
        final int[] locate = ops.locate;
        final long[] reference = ops.reference;
        final long[] shares = ops.shares;
        final long[] price = ops.price;
        final com.paritytrading.parity.book.Side[] side = ops.paritySide;
        final long[] newReference = ops.newReference;
        for (int i = 0; i < OPS; i++) {
            switch (type[i]) {
                case ADD:
                    market.add(locate[i], reference[i], side[i], price[i], shares[i]);
                    break;
                case EXECUTE:
                    market.execute(reference[i], shares[i]);
                    break;
                case EXECUTE_WITH_PRICE:
                    market.execute(reference[i], shares[i], price[i]);
                    break;
                case CANCEL:
                    market.cancel(reference[i], shares[i]);
                    break;
                case DELETE:
                    market.delete(reference[i]);
                    break;
                default:
                    market.delete(reference[i]);
                    market.add(locate[i], newReference[i], side[i], price[i], shares[i]);
                    break;
            }
        }
        return state.first.getBestBidPrice();
    }
}
