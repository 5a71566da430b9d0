package dev.hft.testkit;

import java.util.SplittableRandom;

import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.capture.ItchEventSink;

/**
 * A deterministic (seeded) synthetic TotalView-ITCH 5.0 order flow with the shape of a real feed: many instruments
 * with skewed activity, mostly adds and cancels/deletes near the touch, executions against the best orders,
 * replaces that move orders a few ticks, hidden trades, and books that stay a few hundred orders deep per
 * instrument without ever crossing. The flow goes to an {@link ItchEventSink} as primitive events, which
 * {@link ItchEventEncoder} turns into ITCH messages for files, packets and benchmarks.
 *
 * <h2>The model</h2>
 * Each instrument has a reference price (a random $5 to $500, on a one-cent tick), a pool of live orders (random
 * pick and removal in O(1)) and per-tick order counts on a window of ticks around the reference, which give the
 * best bid and ask in amortised O(1). Per event: an instrument is drawn with a Zipf-like skew; then an add (price a
 * geometric number of ticks behind the touch, sometimes inside the spread, never crossing; round lots mostly), a
 * delete, a partial cancel, an execution of an order at the best price (partial or full), a replace (new reference
 * number, new price a few ticks away, new size), an execution with price, or a hidden trade. The add/remove balance
 * steers each book towards {@link Config#targetOrdersPerInstrument}. Timestamps are nanoseconds since midnight from
 * 09:30, with exponential gaps of mean {@link Config#meanGapNs}.
 * <p>
 * The start of the stream carries what a real day starts with: system event 'O' (start of messages), one stock
 * directory and one trading action ('T', trading) per instrument, system events 'S' (start of system hours) and
 * 'Q' (start of market hours); {@link #finish(ItchEventSink)} emits the end of the day ('M', 'E').
 */
public final class SyntheticItchFeed {
    private static final long TICK = 100; // one cent in ITCH Price(4)
    private static final int WINDOW_TICKS = 4_096;
    private static final int MAX_ORDERS_PER_INSTRUMENT = 2_048;
    private static final long OPEN_NS = (9L * 3600 + 30 * 60) * 1_000_000_000L;

    /** Generator settings; the defaults make a realistic mid-sized feed. */
    public static final class Config {
        /** Random seed: the same seed and settings give the same stream, byte for byte. */
        public long seed = 42;
        /** Number of instruments (stock locates 1..n). */
        public int instruments = 100;
        /** Live orders each book is steered towards. */
        public int targetOrdersPerInstrument = 300;
        /** Mean gap between messages, nanoseconds. */
        public long meanGapNs = 2_000;
    }

    private final Config config;
    private final SplittableRandom random;
    private final Book[] books;
    private final double[] cumulativeActivity;
    private long timestampNs = OPEN_NS;
    private long nextOrderReference = 1;
    private long nextMatchNumber = 1;
    private boolean started;

    /**
     * Creates a generator; allocates every book now.
     *
     * @param config the settings (copied values are read at construction).
     */
    public SyntheticItchFeed(final Config config) {
        if (config.instruments < 1 || config.instruments > 65_535) {
            throw new IllegalArgumentException("instruments must be 1..65535: " + config.instruments);
        }
        if (config.targetOrdersPerInstrument < 2 || config.targetOrdersPerInstrument > MAX_ORDERS_PER_INSTRUMENT / 2) {
            throw new IllegalArgumentException("targetOrdersPerInstrument must be 2.." + MAX_ORDERS_PER_INSTRUMENT / 2);
        }
        this.config = config;
        this.random = new SplittableRandom(config.seed);
        this.books = new Book[config.instruments];
        this.cumulativeActivity = new double[config.instruments];
        double total = 0;
        for (int i = 0; i < config.instruments; i++) {
            final long referencePrice = (5 + random.nextInt(496)) * 10_000L;
            books[i] = new Book(i + 1, symbol(i), referencePrice);
            total += 1.0 / (i + 1); // Zipf-like: a few names carry most of the flow
            cumulativeActivity[i] = total;
        }
        for (int i = 0; i < config.instruments; i++) {
            cumulativeActivity[i] /= total;
        }
    }

    /**
     * Emits the start-of-day messages (once), then {@code count} order-flow messages.
     *
     * @param sink  receives the events.
     * @param count order-flow messages to emit in this call.
     * @return messages emitted, start-of-day ones included.
     */
    public long generate(final ItchEventSink sink, final long count) {
        long emitted = 0;
        if (!started) {
            started = true;
            emitted += startOfDay(sink);
        }
        for (long i = 0; i < count; i++) {
            timestampNs += 1 + (long) (-Math.log(1.0 - random.nextDouble()) * config.meanGapNs);
            step(sink, books[pickInstrument()]);
            emitted++;
        }
        return emitted;
    }

    /**
     * Emits the end-of-day system events 'M' (end of market hours) and 'E' (end of system hours).
     *
     * @param sink receives the events.
     * @return messages emitted (2).
     */
    public long finish(final ItchEventSink sink) {
        sink.systemEvent(++timestampNs, (byte) 'M');
        sink.systemEvent(++timestampNs, (byte) 'E');
        return 2;
    }

    /**
     * Live orders across all books now.
     *
     * @return the count.
     */
    public long liveOrders() {
        long live = 0;
        for (final Book book : books) {
            live += book.count;
        }
        return live;
    }

    /**
     * The symbol the generator gives an instrument, e.g. {@code "SYN0042 "} for index 42 (packed as a big-endian
     * long of 8 space-padded ASCII bytes in the events).
     *
     * @param index instrument index from 0 (stock locate minus 1).
     * @return the 8-character symbol.
     */
    public static String symbolName(final int index) {
        final String digits = Integer.toString(index);
        final StringBuilder sb = new StringBuilder(8).append("SYN");
        for (int i = digits.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(digits);
        while (sb.length() < 8) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static long symbol(final int index) {
        final String name = symbolName(index);
        long packed = 0;
        for (int i = 0; i < 8; i++) {
            packed = (packed << 8) | (name.charAt(i) & 0xFF);
        }
        return packed;
    }

    private long startOfDay(final ItchEventSink sink) {
        long emitted = 0;
        final long preOpen = 4L * 3600 * 1_000_000_000L; // 04:00
        sink.systemEvent(preOpen, (byte) 'O');
        emitted++;
        for (final Book book : books) {
            sink.stockDirectory(preOpen + book.locate, book.locate, book.stock, 100);
            sink.tradingAction(preOpen + book.locate, book.locate, book.stock, (byte) 'T');
            emitted += 2;
        }
        sink.systemEvent(preOpen + 1_000_000_000L, (byte) 'S');
        sink.systemEvent(OPEN_NS, (byte) 'Q');
        return emitted + 2;
    }

    private int pickInstrument() {
        final double u = random.nextDouble();
        int low = 0;
        int high = cumulativeActivity.length - 1;
        while (low < high) {
            final int mid = (low + high) >>> 1;
            if (cumulativeActivity[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private void step(final ItchEventSink sink, final Book book) {
        final double fill = book.count / (double) config.targetOrdersPerInstrument;
        final double u = random.nextDouble();
        // adds balance removals around the target depth
        final double addShare = book.count < 2 ? 1.0 : Math.max(0.25, Math.min(0.75, 0.47 + 0.5 * (1.0 - fill)));
        if (u < addShare || book.count >= MAX_ORDERS_PER_INSTRUMENT - 1) {
            if (book.count < MAX_ORDERS_PER_INSTRUMENT - 1) {
                add(sink, book);
                return;
            }
        }
        final double v = random.nextDouble();
        if (v < 0.56) {
            delete(sink, book);
        } else if (v < 0.72) {
            execute(sink, book);
        } else if (v < 0.82) {
            cancel(sink, book);
        } else if (v < 0.95) {
            replace(sink, book);
        } else if (v < 0.975) {
            hiddenTrade(sink, book);
        } else {
            executeWithPrice(sink, book);
        }
    }

    private void add(final ItchEventSink sink, final Book book) {
        final boolean buy = random.nextBoolean();
        final long price = newOrderPrice(book, buy);
        final long shares = newOrderShares();
        final long reference = nextOrderReference++;
        book.insert(reference, buy, price, shares);
        sink.addOrder(timestampNs, book.locate, reference, buy ? (byte) 'B' : (byte) 'S', shares, book.stock, price);
    }

    private void delete(final ItchEventSink sink, final Book book) {
        final int slot = random.nextInt(book.count);
        final long reference = book.references[slot];
        book.remove(slot);
        sink.orderDelete(timestampNs, book.locate, reference);
    }

    private void cancel(final ItchEventSink sink, final Book book) {
        final int slot = random.nextInt(book.count);
        final long shares = book.shares[slot];
        if (shares < 2) {
            delete(sink, book);
            return;
        }
        final long canceled = 1 + random.nextLong(shares - 1);
        book.shares[slot] = shares - canceled;
        sink.orderCancel(timestampNs, book.locate, book.references[slot], canceled);
    }

    private void execute(final ItchEventSink sink, final Book book) {
        final int slot = book.orderAtTouch(random, random.nextBoolean());
        final long shares = book.shares[slot];
        final long executed = random.nextInt(3) == 0 || shares < 2 ? shares : 1 + random.nextLong(shares - 1);
        final long reference = book.references[slot];
        if (executed == shares) {
            book.remove(slot);
        } else {
            book.shares[slot] = shares - executed;
        }
        sink.orderExecuted(timestampNs, book.locate, reference, executed, nextMatchNumber++);
    }

    private void executeWithPrice(final ItchEventSink sink, final Book book) {
        final int slot = book.orderAtTouch(random, random.nextBoolean());
        final long shares = book.shares[slot];
        final long reference = book.references[slot];
        final long price = book.prices[slot];
        book.remove(slot);
        sink.orderExecutedWithPrice(timestampNs, book.locate, reference, shares, nextMatchNumber++, true, price);
    }

    private void replace(final ItchEventSink sink, final Book book) {
        final int slot = random.nextInt(book.count);
        final boolean buy = book.buys[slot];
        final long original = book.references[slot];
        book.remove(slot);
        final long price = newOrderPrice(book, buy);
        final long shares = newOrderShares();
        final long reference = nextOrderReference++;
        book.insert(reference, buy, price, shares);
        sink.orderReplace(timestampNs, book.locate, original, reference, shares, price);
    }

    private void hiddenTrade(final ItchEventSink sink, final Book book) {
        final long bid = book.bestPrice(true);
        final long ask = book.bestPrice(false);
        final long price = bid > 0 && ask > 0 ? (bid + ask) / 2 / TICK * TICK : book.referencePrice;
        sink.trade(timestampNs, book.locate, random.nextBoolean() ? (byte) 'B' : (byte) 'S', newOrderShares(),
            book.stock, price, nextMatchNumber++);
    }

    private long newOrderPrice(final Book book, final boolean buy) {
        final long bid = book.bestPrice(true);
        final long ask = book.bestPrice(false);
        final long touch = buy ? bid : ask;
        final long opposite = buy ? ask : bid;
        long price;
        if (touch <= 0) {
            final long anchor = opposite > 0 ? opposite : book.referencePrice;
            price = buy ? anchor - TICK * (1 + geometric()) : anchor + TICK * (1 + geometric());
        } else if (opposite > 0 && Math.abs(opposite - touch) > TICK && random.nextInt(5) == 0) {
            price = buy ? touch + TICK : touch - TICK; // improve inside the spread
        } else {
            price = buy ? touch - TICK * geometric() : touch + TICK * geometric();
        }
        if (opposite > 0) {
            price = buy ? Math.min(price, opposite - TICK) : Math.max(price, opposite + TICK);
        }
        return book.clampToWindow(price);
    }

    private int geometric() {
        int ticks = 0;
        while (ticks < 40 && random.nextInt(100) < 55) {
            ticks++;
        }
        return ticks;
    }

    private long newOrderShares() {
        final int u = random.nextInt(100);
        if (u < 12) {
            return 1 + random.nextInt(99); // odd lot
        }
        if (u < 97) {
            return 100L * (1 + random.nextInt(u < 80 ? 5 : 20));
        }
        return 100L * (20 + random.nextInt(200)); // block
    }

    /** One instrument's live orders and per-tick counts. */
    private static final class Book {
        final int locate;
        final long stock;
        final long referencePrice;
        final long windowLow;
        final long[] references = new long[MAX_ORDERS_PER_INSTRUMENT];
        final long[] prices = new long[MAX_ORDERS_PER_INSTRUMENT];
        final long[] shares = new long[MAX_ORDERS_PER_INSTRUMENT];
        final boolean[] buys = new boolean[MAX_ORDERS_PER_INSTRUMENT];
        final int[] bidCounts = new int[WINDOW_TICKS];
        final int[] askCounts = new int[WINDOW_TICKS];
        int count;
        int bestBidTick = -1;
        int bestAskTick = WINDOW_TICKS;

        Book(final int locate, final long stock, final long referencePrice) {
            this.locate = locate;
            this.stock = stock;
            this.referencePrice = referencePrice;
            this.windowLow = Math.max(TICK, referencePrice - TICK * (WINDOW_TICKS / 2));
        }

        long clampToWindow(final long price) {
            final long high = windowLow + TICK * (WINDOW_TICKS - 1);
            return Math.max(windowLow, Math.min(high, price));
        }

        int tick(final long price) {
            return (int) ((price - windowLow) / TICK);
        }

        long bestPrice(final boolean buy) {
            if (buy) {
                return bestBidTick < 0 ? 0 : windowLow + TICK * bestBidTick;
            }
            return bestAskTick >= WINDOW_TICKS ? 0 : windowLow + TICK * bestAskTick;
        }

        void insert(final long reference, final boolean buy, final long price, final long orderShares) {
            final int slot = count++;
            references[slot] = reference;
            prices[slot] = price;
            shares[slot] = orderShares;
            buys[slot] = buy;
            final int tick = tick(price);
            if (buy) {
                bidCounts[tick]++;
                bestBidTick = Math.max(bestBidTick, tick);
            } else {
                askCounts[tick]++;
                bestAskTick = Math.min(bestAskTick, tick);
            }
        }

        void remove(final int slot) {
            final int tick = tick(prices[slot]);
            if (buys[slot]) {
                if (--bidCounts[tick] == 0 && tick == bestBidTick) {
                    while (bestBidTick >= 0 && bidCounts[bestBidTick] == 0) {
                        bestBidTick--;
                    }
                }
            } else if (--askCounts[tick] == 0 && tick == bestAskTick) {
                while (bestAskTick < WINDOW_TICKS && askCounts[bestAskTick] == 0) {
                    bestAskTick++;
                }
            }
            final int last = --count;
            references[slot] = references[last];
            prices[slot] = prices[last];
            shares[slot] = shares[last];
            buys[slot] = buys[last];
        }

        /** A random order at the best price of the preferred side (the other side if that one is empty). */
        int orderAtTouch(final SplittableRandom random, final boolean preferBuy) {
            boolean buy = preferBuy;
            if (buy ? bestBidTick < 0 : bestAskTick >= WINDOW_TICKS) {
                buy = !buy;
            }
            final long best = bestPrice(buy);
            for (int attempt = 0; attempt < 32; attempt++) {
                final int slot = random.nextInt(count);
                if (buys[slot] == buy && prices[slot] == best) {
                    return slot;
                }
            }
            for (int slot = 0; slot < count; slot++) {
                if (buys[slot] == buy && prices[slot] == best) {
                    return slot;
                }
            }
            return random.nextInt(count);
        }
    }
}
