package dev.hft.book;

import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import org.agrona.collections.Long2LongHashMap;

/**
 * Builds the L3 books of many instruments from one order-by-order feed: instruments get dense {@code int} ids
 * ({@code 0, 1, 2...}) as they are registered, each with its own {@link OrderBook}; orders are added to an instrument's
 * book, and every later message names only the order reference, which a global reference index (order references are
 * unique across a feed, as in ITCH and PITCH) maps back to its instrument.
 *
 * <p>Feed adapters drive it: {@link BookBuilderItchAdapter} (NASDAQ TotalView-ITCH 5.0) and
 * {@link BookBuilderPitchAdapter} (Cboe PITCH); a test or a LOBSTER replay calls the methods directly. All events go
 * to one {@link BookBuilderListener}: the books' level, trade, BBO and error events with the instrument id, plus
 * trading status and new instruments.
 *
 * <p><b>Integrity</b>: a message naming a reference the index does not hold (real feeds start with orders resting from
 * before the session, LOBSTER's hour starts at the open) is a counted no-op ({@link #unknownOrderCount()}), reported to
 * {@link BookBuilderListener#onBookError} with {@link #NULL_INSTRUMENT}; the books count their own problems
 * ({@link OrderBook#errorCount}). An add whose reference is already resting in any book is a counted no-op
 * ({@link #duplicateOrderCount()}).
 *
 * <p><b>Cost</b>: registering an instrument allocates its book (start-up, when the directory is read). After that,
 * nothing allocates: the reference index is a primitive open-addressing table (key and instrument id side by side in
 * one {@code long[]}, so a probe reads one cache line,
 * linear probing, backward-shift deletion) preallocated for {@code maxOrders} resting orders and never resized.
 *
 * <p><b>Threading</b>: single-threaded; the thread that drives it owns the books and receives the events.
 */
public final class BookBuilder {
    /** Instrument id of "no instrument": unknown symbol or reference. */
    public static final int NULL_INSTRUMENT = -1;

    private final int maxInstruments;
    private final int maxOrdersPerBook;
    private final int maxLevelsPerSide;
    private final long tickSize;
    private final BookBuilderListener listener;
    private final OrderBook[] books;
    private final long[] symbols;
    private final TradingStatus[] statuses;
    private final Long2LongHashMap instrumentBySymbol;
    /** The reference index: slot {@code i} is the key at {@code 2i} and the instrument id at {@code 2i + 1}. */
    private final long[] table;
    private final int mask;
    private final int shift;
    private final int maxOrders;
    private final boolean indexed;
    private int size;
    private int instrumentCount;
    private long unknownOrders;
    private long duplicateOrders;
    private long indexFull;
    private long instrumentsRefused;

    /**
     * Creates a builder with no instruments.
     *
     * @param maxInstruments   instruments it can hold.
     * @param maxOrdersPerBook resting orders each instrument's book can hold at once.
     * @param maxLevelsPerSide price levels each side of each book can hold at once.
     * @param maxOrders        resting orders across all books at once (sizes the reference index); {@code 0} for no
     *                         index: only a feed that names the instrument in every message can drive the builder
     *                         (the ITCH adapter, by stock locate, one lookup fewer per message), the reference-only
     *                         methods then find nothing, and duplicates are detected per book only.
     * @param listener         receives the events ({@link BookBuilderListener#NO_OP} for none).
     */
    public BookBuilder(final int maxInstruments, final int maxOrdersPerBook, final int maxLevelsPerSide,
        final int maxOrders, final BookBuilderListener listener) {
        this(maxInstruments, maxOrdersPerBook, maxLevelsPerSide, maxOrders, 0, listener);
    }

    /**
     * Creates a builder with no instruments whose books use a tick-indexed price ladder (see {@link OrderBook}).
     *
     * @param maxInstruments   instruments it can hold.
     * @param maxOrdersPerBook resting orders each instrument's book can hold at once.
     * @param maxLevelsPerSide price levels each side of each book can hold at once.
     * @param maxOrders        resting orders across all books at once, or {@code 0} for no reference index (see the
     *                         other constructor).
     * @param tickSize         the books' tick in the feed's price unit (ITCH {@code Price(4)}: {@code 100} for one
     *                         cent; the PITCH adapter's fixed point: {@code 1_000_000}); a name quoted off that grid
     *                         falls back to sorted levels (counted by its book); {@code 0} for no ladder.
     * @param listener         receives the events ({@link BookBuilderListener#NO_OP} for none).
     */
    public BookBuilder(final int maxInstruments, final int maxOrdersPerBook, final int maxLevelsPerSide,
        final int maxOrders, final long tickSize, final BookBuilderListener listener) {
        if (tickSize < 0) {
            throw new IllegalArgumentException("tick size must be 0 or positive: " + tickSize);
        }
        this.tickSize = tickSize;
        if (maxInstruments < 1 || maxOrdersPerBook < 1 || maxLevelsPerSide < 1 || maxOrders < 0
            || maxOrders > 1 << 29) {
            throw new IllegalArgumentException("capacities out of range: " + maxInstruments + ", " + maxOrdersPerBook
                + ", " + maxLevelsPerSide + ", " + maxOrders);
        }
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        this.maxInstruments = maxInstruments;
        this.maxOrdersPerBook = maxOrdersPerBook;
        this.maxLevelsPerSide = maxLevelsPerSide;
        this.listener = listener;
        this.books = new OrderBook[maxInstruments];
        this.symbols = new long[maxInstruments];
        this.statuses = new TradingStatus[maxInstruments];
        this.instrumentBySymbol = new Long2LongHashMap(maxInstruments * 2, 0.65f, NULL_INSTRUMENT);
        this.maxOrders = maxOrders;
        this.indexed = maxOrders > 0;
        final int capacity = indexed ? Integer.highestOneBit(maxOrders * 2 - 1) << 1 : 2;
        this.table = new long[2 * capacity];
        this.mask = capacity - 1;
        this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
        clearIndex();
    }

    /**
     * Registers an instrument, or finds it if its symbol is already registered. Allocates its book: call it at
     * start-up (the adapters call it on ITCH Stock Directory and on a PITCH symbol's first add).
     *
     * @param symbol the feed's packed symbol.
     * @return the instrument id, or {@link #NULL_INSTRUMENT} if {@code maxInstruments} are registered already (counted
     *     in {@link #capacityExhaustedCount()} and reported as {@link BookError#CAPACITY_EXHAUSTED} with the symbol).
     */
    public int registerInstrument(final long symbol) {
        final int existing = (int) instrumentBySymbol.get(symbol);
        if (existing != NULL_INSTRUMENT) {
            return existing;
        }
        if (instrumentCount == maxInstruments) {
            instrumentsRefused++;
            listener.onBookError(NULL_INSTRUMENT, BookError.CAPACITY_EXHAUSTED, symbol);
            return NULL_INSTRUMENT;
        }
        final int id = instrumentCount++;
        books[id] = tickSize > 0 ? new OrderBook(id, maxOrdersPerBook, maxLevelsPerSide, tickSize, listener)
            : new OrderBook(id, maxOrdersPerBook, maxLevelsPerSide, listener);
        symbols[id] = symbol;
        statuses[id] = TradingStatus.UNKNOWN;
        instrumentBySymbol.put(symbol, id);
        listener.onInstrument(id, symbol);
        return id;
    }

    /**
     * Finds an instrument by symbol.
     *
     * @param symbol the feed's packed symbol.
     * @return the instrument id, or {@link #NULL_INSTRUMENT} if it is not registered.
     */
    public int instrumentId(final long symbol) {
        return (int) instrumentBySymbol.get(symbol);
    }

    /**
     * Number of registered instruments; their ids are {@code 0} to this minus one.
     *
     * @return the count.
     */
    public int instrumentCount() {
        return instrumentCount;
    }

    /**
     * The symbol an instrument was registered with.
     *
     * @param instrumentId a registered instrument.
     * @return the packed symbol.
     */
    public long symbol(final int instrumentId) {
        return symbols[instrumentId];
    }

    /**
     * An instrument's book, for queries (updates go through the builder so the reference index stays right).
     *
     * @param instrumentId a registered instrument.
     * @return its book.
     */
    public OrderBook book(final int instrumentId) {
        return books[instrumentId];
    }

    /**
     * An instrument's last trading status.
     *
     * @param instrumentId a registered instrument.
     * @return the status, {@link TradingStatus#UNKNOWN} until the feed sent one.
     */
    public TradingStatus tradingStatus(final int instrumentId) {
        return statuses[instrumentId];
    }

    /**
     * Copies the top levels of an instrument's book into a caller-owned snapshot, without allocation.
     *
     * @param instrumentId a registered instrument.
     * @param snapshot     receives the levels.
     * @return levels copied, both sides together.
     */
    public int copyDepth(final int instrumentId, final DepthSnapshot snapshot) {
        return snapshot.copy(books[instrumentId]);
    }

    /**
     * Adds an order to an instrument's book (ITCH 'A'/'F', PITCH Add Order).
     *
     * @param instrumentId   a registered instrument.
     * @param orderReference the new order's reference, unique across the feed while it rests.
     * @param side           BUY or SELL.
     * @param price          limit price in the feed's unit.
     * @param shares         displayed shares.
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for an unregistered instrument or a reference
     *     resting anywhere already; {@link Result#REJECTED} when the reference index is full; else the book's result.
     */
    public int add(final int instrumentId, final long orderReference, final Side side, final long price,
        final long shares) {
        if (instrumentId < 0 || instrumentId >= instrumentCount) {
            listener.onBookError(NULL_INSTRUMENT, BookError.INVALID_ARGUMENT, orderReference);
            return Result.INVALID_ARGUMENT;
        }
        if (!indexed) {
            return books[instrumentId].add(orderReference, side, price, shares);
        }
        final int slot = slot(orderReference);
        if (slot >= 0) {
            duplicateOrders++;
            listener.onBookError(instrumentId, BookError.DUPLICATE_ORDER, orderReference);
            return Result.INVALID_ARGUMENT;
        }
        if (size >= maxOrders) {
            indexFull++;
            listener.onBookError(instrumentId, BookError.CAPACITY_EXHAUSTED, orderReference);
            return Result.REJECTED;
        }
        final int result = books[instrumentId].add(orderReference, side, price, shares);
        if (result == Result.OK) {
            insert(-slot - 1, orderReference, instrumentId);
        }
        return result;
    }

    /**
     * Executes shares of a resting order at its price (ITCH 'E', PITCH Order Executed).
     *
     * @param orderReference the resting order.
     * @param shares         executed shares.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} (counted), or the book's failure code.
     */
    public int execute(final long orderReference, final long shares) {
        final int slot = slot(orderReference);
        if (slot < 0) {
            return unknown(orderReference);
        }
        final OrderBook book = books[value(slot)];
        final int result = book.execute(orderReference, shares);
        removeIfGone(book, slot, orderReference);
        return result;
    }

    /**
     * Executes shares of a resting order at another price (ITCH 'C', PITCH Order Executed at Price).
     *
     * @param orderReference the resting order.
     * @param shares         executed shares.
     * @param price          execution price.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} (counted), or the book's failure code.
     */
    public int execute(final long orderReference, final long shares, final long price) {
        final int slot = slot(orderReference);
        if (slot < 0) {
            return unknown(orderReference);
        }
        final OrderBook book = books[value(slot)];
        final int result = book.execute(orderReference, shares, price);
        removeIfGone(book, slot, orderReference);
        return result;
    }

    /**
     * Cancels part of a resting order (ITCH 'X', PITCH Reduce Size).
     *
     * @param orderReference the resting order.
     * @param shares         cancelled shares.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} (counted), or the book's failure code.
     */
    public int cancel(final long orderReference, final long shares) {
        final int slot = slot(orderReference);
        if (slot < 0) {
            return unknown(orderReference);
        }
        final OrderBook book = books[value(slot)];
        final int result = book.cancel(orderReference, shares);
        removeIfGone(book, slot, orderReference);
        return result;
    }

    /**
     * Removes a resting order (ITCH 'D', PITCH Delete Order).
     *
     * @param orderReference the resting order.
     * @return {@link Result#OK} or {@link Result#UNKNOWN_ORDER} (counted).
     */
    public int delete(final long orderReference) {
        final int slot = slot(orderReference);
        if (slot < 0) {
            return unknown(orderReference);
        }
        final int result = books[value(slot)].delete(orderReference);
        removeSlot(slot);
        return result;
    }

    /**
     * Replaces an order with a new reference, size and price, priority lost (ITCH 'U').
     *
     * @param originalOrderReference the resting order.
     * @param newOrderReference      the new reference.
     * @param shares                 new shares.
     * @param price                  new price.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} (counted), {@link Result#INVALID_ARGUMENT} if the new
     *     reference rests already (counted), or the book's failure code.
     */
    public int replace(final long originalOrderReference, final long newOrderReference, final long shares,
        final long price) {
        final int slot = slot(originalOrderReference);
        if (slot < 0) {
            return unknown(originalOrderReference);
        }
        final int instrumentId = value(slot);
        if (newOrderReference != originalOrderReference && slot(newOrderReference) >= 0) {
            duplicateOrders++;
            listener.onBookError(instrumentId, BookError.DUPLICATE_ORDER, newOrderReference);
            return Result.INVALID_ARGUMENT;
        }
        final int result = books[instrumentId].replace(originalOrderReference, newOrderReference, shares, price);
        if (result == Result.OK && newOrderReference != originalOrderReference) {
            removeSlot(slot);
            insert(-slot(newOrderReference) - 1, newOrderReference, instrumentId);
        }
        return result;
    }

    /**
     * Modifies an order in place (PITCH Modify Order: size down keeps priority, price change or size up loses it).
     *
     * @param orderReference the resting order.
     * @param shares         new shares.
     * @param price          new price.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} (counted), or the book's failure code.
     */
    public int modify(final long orderReference, final long shares, final long price) {
        final int slot = slot(orderReference);
        if (slot < 0) {
            return unknown(orderReference);
        }
        return books[value(slot)].modify(orderReference, shares, price);
    }

    /**
     * Reports a trade that touches no resting displayed order (ITCH 'P' non-displayed trade, PITCH Trade, LOBSTER
     * hidden execution): a trade event, the book unchanged.
     *
     * @param instrumentId   a registered instrument.
     * @param side           side of the resting (hidden) order, or {@link Side#UNKNOWN}.
     * @param price          execution price.
     * @param shares         executed shares.
     * @param orderReference the feed's reference for it, or {@code 0}.
     */
    public void trade(final int instrumentId, final Side side, final long price, final long shares,
        final long orderReference) {
        if (instrumentId >= 0 && instrumentId < instrumentCount) {
            listener.onTrade(instrumentId, side, price, shares, orderReference);
        }
    }

    /**
     * Records and reports a trading status change; the book is unchanged.
     *
     * @param instrumentId a registered instrument.
     * @param status       the new status.
     * @param timestampNs  the feed's timestamp, or {@code 0}.
     */
    public void tradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
        if (instrumentId >= 0 && instrumentId < instrumentCount) {
            statuses[instrumentId] = status;
            listener.onTradingStatus(instrumentId, status, timestampNs);
        }
    }

    /**
     * The instrument a resting order belongs to.
     *
     * @param orderReference the reference.
     * @return the instrument id, or {@link #NULL_INSTRUMENT} if no such order rests.
     */
    public int instrumentOf(final long orderReference) {
        final int slot = slot(orderReference);
        return slot < 0 ? NULL_INSTRUMENT : value(slot);
    }

    /**
     * Copies the references of the orders resting in one instrument's book (for validators and tools: it scans the
     * whole reference index, O(maxOrders)).
     *
     * @param instrumentId a registered instrument.
     * @param dst          receives the references; must hold the book's {@link OrderBook#orderCount()}.
     * @return the number copied.
     */
    public int copyOrderReferences(final int instrumentId, final long[] dst) {
        int n = 0;
        for (int i = 0; i < table.length; i += 2) {
            if (table[i + 1] == instrumentId) {
                dst[n++] = table[i];
            }
        }
        return n;
    }

    /**
     * Resting orders across all books, as the reference index counts them.
     *
     * @return the count.
     */
    public int orderCount() {
        return size;
    }

    /**
     * Messages that named an order reference not resting in any book (no-ops): those the index did not know plus
     * those the books did not (without an index, or with an unknown instrument).
     *
     * @return the count since construction.
     */
    public long unknownOrderCount() {
        return unknownOrders + bookErrorCount(BookError.UNKNOWN_ORDER);
    }

    /**
     * Tells whether the builder keeps the global reference index ({@code maxOrders > 0}).
     *
     * @return {@code true} if it does.
     */
    public boolean isIndexed() {
        return indexed;
    }

    // Instrument-addressed forms for feeds that name the instrument in every message (ITCH stock locate): with an
    // index they are the reference forms (the index stays right); without one they go straight to the book.

    int execute(final int instrumentId, final long orderReference, final long shares) {
        if (indexed) {
            return execute(orderReference, shares);
        }
        return isRegistered(instrumentId) ? books[instrumentId].execute(orderReference, shares)
            : unknown(orderReference);
    }

    int execute(final int instrumentId, final long orderReference, final long shares, final long price) {
        if (indexed) {
            return execute(orderReference, shares, price);
        }
        return isRegistered(instrumentId) ? books[instrumentId].execute(orderReference, shares, price)
            : unknown(orderReference);
    }

    int cancel(final int instrumentId, final long orderReference, final long shares) {
        if (indexed) {
            return cancel(orderReference, shares);
        }
        return isRegistered(instrumentId) ? books[instrumentId].cancel(orderReference, shares)
            : unknown(orderReference);
    }

    int delete(final int instrumentId, final long orderReference) {
        if (indexed) {
            return delete(orderReference);
        }
        return isRegistered(instrumentId) ? books[instrumentId].delete(orderReference) : unknown(orderReference);
    }

    int replace(final int instrumentId, final long originalOrderReference, final long newOrderReference,
        final long shares, final long price) {
        if (indexed) {
            return replace(originalOrderReference, newOrderReference, shares, price);
        }
        return isRegistered(instrumentId)
            ? books[instrumentId].replace(originalOrderReference, newOrderReference, shares, price)
            : unknown(originalOrderReference);
    }

    private boolean isRegistered(final int instrumentId) {
        return instrumentId >= 0 && instrumentId < instrumentCount;
    }

    /**
     * Adds (or replaces) whose new reference was resting already (no-ops).
     *
     * @return the count since construction.
     */
    public long duplicateOrderCount() {
        return duplicateOrders;
    }

    /**
     * Adds refused because {@code maxOrders} orders were resting.
     *
     * @return the count since construction.
     */
    public long indexFullCount() {
        return indexFull;
    }

    /**
     * Everything refused because a preallocated capacity was reached: adds a book refused (order or level pool full),
     * adds the reference index refused ({@link #indexFullCount()}) and instrument registrations refused
     * ({@code maxInstruments} reached). Each was a no-op reported to {@link BookBuilderListener#onBookError} as
     * {@link BookError#CAPACITY_EXHAUSTED}; the books stay consistent but no longer mirror the venue, so a non-zero
     * count means the capacities are too small: resize and rebuild (from a snapshot or a replay).
     *
     * @return the count since construction.
     */
    public long capacityExhaustedCount() {
        return bookErrorCount(BookError.CAPACITY_EXHAUSTED) + indexFull + instrumentsRefused;
    }

    /**
     * Sum of one error count over every book.
     *
     * @param error the problem.
     * @return the total.
     */
    public long bookErrorCount(final BookError error) {
        long total = 0;
        for (int i = 0; i < instrumentCount; i++) {
            total += books[i].errorCount(error);
        }
        return total;
    }

    /** Empties every book and the reference index (no events); instruments, statuses and counters are kept. */
    public void clear() {
        for (int i = 0; i < instrumentCount; i++) {
            books[i].clear();
        }
        clearIndex();
        size = 0;
    }

    private int unknown(final long orderReference) {
        unknownOrders++;
        listener.onBookError(NULL_INSTRUMENT, BookError.UNKNOWN_ORDER, orderReference);
        return Result.UNKNOWN_ORDER;
    }

    private void removeIfGone(final OrderBook book, final int slot, final long orderReference) {
        if (!book.contains(orderReference)) {
            removeSlot(slot);
        }
    }

    /** Fibonacci hashing: the top bits of the product depend on every bit of the key (references are often strided). */
    private int hash(final long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The slot holding the key, or {@code -(free slot) - 1}. */
    private int slot(final long key) {
        final long[] t = table;
        final int mask = this.mask;
        int i = hash(key);
        while (t[2 * i + 1] != NULL_INSTRUMENT) {
            if (t[2 * i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -i - 1;
    }

    private int value(final int slot) {
        return (int) table[2 * slot + 1];
    }

    private void insert(final int slot, final long key, final int value) {
        table[2 * slot] = key;
        table[2 * slot + 1] = value;
        size++;
    }

    private void removeSlot(final int slot) {
        final long[] t = table;
        final int mask = this.mask;
        int hole = slot;
        int i = (hole + 1) & mask;
        while (t[2 * i + 1] != NULL_INSTRUMENT) {
            final int home = hash(t[2 * i]);
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                t[2 * hole] = t[2 * i];
                t[2 * hole + 1] = t[2 * i + 1];
                hole = i;
            }
            i = (i + 1) & mask;
        }
        t[2 * hole + 1] = NULL_INSTRUMENT;
        size--;
    }

    private void clearIndex() {
        final long[] t = table;
        for (int i = 1; i < t.length; i += 2) {
            t[i] = NULL_INSTRUMENT;
        }
    }
}
