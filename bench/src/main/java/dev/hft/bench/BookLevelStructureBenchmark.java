package dev.hft.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import dev.hft.testkit.SyntheticItchFeed;
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
import dev.hft.net.capture.ItchEventSink;

/**
 * Price-level structures for one side of a book, over the level updates of the synthetic ITCH flow
 * ({@link SyntheticItchFeed}, 100 instruments, most activity at or near the touch): each operation finds (or creates)
 * the level at a price, adds a signed quantity, removes the level when it empties and reads the side's best price.
 * {@code sortedArray} is what {@code OrderBook} uses (best at the end, scan from the touch, then binary search);
 * {@code ladder} is an array indexed by price tick over a fixed band (O(1) find, a scan to the next level when the best
 * empties; needs the tick size and a band); {@code treeMap} is {@code java.util.TreeMap} (allocates per new level).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class BookLevelStructureBenchmark {
    /** Level updates in the stream: one invocation applies them all. */
    public static final int OPS = 1_000_000;
    static final int INSTRUMENTS = 100;
    static final long TICK = 100;
    static final int BAND_TICKS = 8_192;
    static final int MAX_LEVELS = 512;

    /** The level-update stream, shared by every method. */
    @State(Scope.Benchmark)
    public static class Ops implements ItchEventSink {
        final int[] book = new int[OPS];
        final boolean[] buy = new boolean[OPS];
        final long[] price = new long[OPS];
        final long[] delta = new long[OPS];
        final long[] firstPrice = new long[INSTRUMENTS + 1];
        private final Map<Long, long[]> live = new HashMap<>();
        int count;

        @Setup(Level.Trial)
        public void setUp() {
            final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
            config.instruments = INSTRUMENTS;
            final SyntheticItchFeed feed = new SyntheticItchFeed(config);
            while (count < OPS) {
                feed.generate(this, 1);
            }
            live.clear();
        }

        private void record(final int locate, final boolean isBuy, final long levelPrice, final long quantity) {
            if (count < OPS) {
                book[count] = locate;
                buy[count] = isBuy;
                price[count] = levelPrice;
                delta[count] = quantity;
                count++;
                if (firstPrice[locate] == 0) {
                    firstPrice[locate] = levelPrice;
                }
            }
        }

        private void reduce(final int locate, final long reference, final long shares) {
            final long[] order = live.get(reference);
            if (order == null) {
                return;
            }
            final long taken = Math.min(shares, order[2]);
            order[2] -= taken;
            record(locate, order[0] == 1, order[1], -taken);
            if (order[2] == 0) {
                live.remove(reference);
            }
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
            live.put(orderReference, new long[] {buySell == 'B' ? 1 : 0, orderPrice, orderShares});
            record(stockLocate, buySell == 'B', orderPrice, orderShares);
        }

        @Override
        public void orderExecuted(
            final long timestampNs, final int stockLocate, final long orderReference, final long executed,
            final long matchNumber) {
            reduce(stockLocate, orderReference, executed);
        }

        @Override
        public void orderExecutedWithPrice(
            final long timestampNs, final int stockLocate, final long orderReference, final long executed,
            final long matchNumber, final boolean printable, final long executionPrice) {
            reduce(stockLocate, orderReference, executed);
        }

        @Override
        public void orderCancel(
            final long timestampNs, final int stockLocate, final long orderReference, final long canceledShares) {
            reduce(stockLocate, orderReference, canceledShares);
        }

        @Override
        public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
            reduce(stockLocate, orderReference, Long.MAX_VALUE);
        }

        @Override
        public void orderReplace(
            final long timestampNs, final int stockLocate, final long originalOrderReference,
            final long newOrderReference, final long orderShares, final long orderPrice) {
            final long[] order = live.get(originalOrderReference);
            if (order == null) {
                return;
            }
            reduce(stockLocate, originalOrderReference, Long.MAX_VALUE);
            live.put(newOrderReference, new long[] {order[0], orderPrice, orderShares});
            record(stockLocate, order[0] == 1, orderPrice, orderShares);
        }

        @Override
        public void trade(
            final long timestampNs, final int stockLocate, final byte buySell, final long tradeShares,
            final long stock, final long tradePrice, final long matchNumber) {
        }
    }

    /** Sorted keys with the best at the end, scanned from the touch (as {@code LevelIndex}), quantities by slot id. */
    static final class SortedArray {
        private final boolean bid;
        private final long[] keys = new long[MAX_LEVELS];
        private final int[] ids = new int[MAX_LEVELS];
        private final long[] quantity = new long[MAX_LEVELS];
        private final int[] freeIds = new int[MAX_LEVELS];
        private int count;
        private int free;

        SortedArray(final boolean bid) {
            this.bid = bid;
            for (int i = 0; i < MAX_LEVELS; i++) {
                freeIds[i] = i;
            }
            free = MAX_LEVELS;
        }

        long apply(final long price, final long delta) {
            final long key = bid ? price : -price;
            final long[] k = keys;
            int i = count - 1;
            final int stop = Math.max(0, count - 16);
            int found = Integer.MIN_VALUE;
            while (i >= stop) {
                final long candidate = k[i];
                if (candidate == key) {
                    found = i;
                    break;
                }
                if (candidate < key) {
                    found = -(i + 1) - 1;
                    break;
                }
                i--;
            }
            if (found == Integer.MIN_VALUE) {
                int low = 0;
                int high = stop - 1;
                found = -1;
                while (low <= high) {
                    final int mid = (low + high) >>> 1;
                    final long candidate = k[mid];
                    if (candidate < key) {
                        low = mid + 1;
                    } else if (candidate > key) {
                        high = mid - 1;
                    } else {
                        found = mid;
                        break;
                    }
                }
                if (low > high) {
                    found = -low - 1;
                }
            }
            if (found >= 0) {
                final int id = ids[found];
                final long q = quantity[id] + delta;
                if (q == 0) {
                    final int moved = count - 1 - found;
                    System.arraycopy(k, found + 1, k, found, moved);
                    System.arraycopy(ids, found + 1, ids, found, moved);
                    count--;
                    freeIds[free++] = id;
                } else {
                    quantity[id] = q;
                }
            } else {
                final int at = -found - 1;
                final int id = freeIds[--free];
                final int moved = count - at;
                System.arraycopy(k, at, k, at + 1, moved);
                System.arraycopy(ids, at, ids, at + 1, moved);
                k[at] = key;
                ids[at] = id;
                quantity[id] = delta;
                count++;
            }
            return count == 0 ? Long.MIN_VALUE : (bid ? k[count - 1] : -k[count - 1]);
        }
    }

    /** Quantities indexed by price tick over a fixed band; the best index tracked, rescanned when it empties. */
    static final class Ladder {
        private final boolean bid;
        private final long[] quantity = new long[BAND_TICKS];
        private final long base;
        private int best = -1;

        Ladder(final boolean bid, final long centre) {
            this.bid = bid;
            this.base = centre / TICK - BAND_TICKS / 2;
        }

        long apply(final long price, final long delta) {
            final int index = (int) (price / TICK - base);
            final long[] q = quantity;
            q[index] += delta;
            if (delta > 0) {
                if (best < 0 || (bid ? index > best : index < best)) {
                    best = index;
                }
            } else if (index == best && q[index] == 0) {
                int i = index;
                if (bid) {
                    while (i >= 0 && q[i] == 0) {
                        i--;
                    }
                } else {
                    while (i < BAND_TICKS && q[i] == 0) {
                        i++;
                    }
                    if (i == BAND_TICKS) {
                        i = -1;
                    }
                }
                best = i;
            }
            return best < 0 ? Long.MIN_VALUE : (base + best) * TICK;
        }
    }

    /** {@code java.util.TreeMap} from price to a mutable quantity. */
    static final class Tree {
        private final TreeMap<Long, long[]> levels;

        Tree(final boolean bid) {
            levels = bid ? new TreeMap<>(java.util.Comparator.reverseOrder()) : new TreeMap<>();
        }

        long apply(final long price, final long delta) {
            final Long key = price;
            long[] q = levels.get(key);
            if (q == null) {
                q = new long[1];
                levels.put(key, q);
            }
            q[0] += delta;
            if (q[0] == 0) {
                levels.remove(key);
            }
            return levels.isEmpty() ? Long.MIN_VALUE : levels.firstKey();
        }
    }

    /** Sorted arrays, one per instrument and side, rebuilt before each replay. */
    @State(Scope.Thread)
    public static class SortedBooks {
        final SortedArray[] sides = new SortedArray[2 * (INSTRUMENTS + 1)];

        @Setup(Level.Invocation)
        public void setUp() {
            for (int i = 2; i < sides.length; i++) {
                sides[i] = new SortedArray((i & 1) == 1);
            }
        }
    }

    /** Ladders, one per instrument and side (centred on the instrument's first price), rebuilt before each replay. */
    @State(Scope.Thread)
    public static class LadderBooks {
        final Ladder[] sides = new Ladder[2 * (INSTRUMENTS + 1)];

        @Setup(Level.Invocation)
        public void setUp(final Ops ops) {
            for (int i = 2; i < sides.length; i++) {
                sides[i] = new Ladder((i & 1) == 1, ops.firstPrice[i >> 1]);
            }
        }
    }

    /** Tree maps, one per instrument and side, rebuilt before each replay. */
    @State(Scope.Thread)
    public static class TreeBooks {
        final Tree[] sides = new Tree[2 * (INSTRUMENTS + 1)];

        @Setup(Level.Invocation)
        public void setUp() {
            for (int i = 2; i < sides.length; i++) {
                sides[i] = new Tree((i & 1) == 1);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long sortedArray(final Ops ops, final SortedBooks books) {
        final SortedArray[] sides = books.sides;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            sum += sides[2 * ops.book[i] + (ops.buy[i] ? 1 : 0)].apply(ops.price[i], ops.delta[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long ladder(final Ops ops, final LadderBooks books) {
        final Ladder[] sides = books.sides;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            sum += sides[2 * ops.book[i] + (ops.buy[i] ? 1 : 0)].apply(ops.price[i], ops.delta[i]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long treeMap(final Ops ops, final TreeBooks books) {
        final Tree[] sides = books.sides;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            sum += sides[2 * ops.book[i] + (ops.buy[i] ? 1 : 0)].apply(ops.price[i], ops.delta[i]);
        }
        return sum;
    }
}
