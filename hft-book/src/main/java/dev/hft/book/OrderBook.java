package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;

/**
 * An L3 (order-by-order) book of one instrument: every resting order with its price, shares and place in its price
 * level's FIFO, the aggregated levels per side, and the best bid and offer in O(1).
 *
 * <p><b>Operations</b> follow the feeds: {@link #add}, {@link #execute(long, long)} (partial or full),
 * {@link #cancel} (partial), {@link #delete}, {@link #replace} (NASDAQ ITCH 5.0 'U': the original order leaves, a new
 * order reference enters at the tail of its level, so priority is lost) and {@link #modify} (Cboe PITCH Modify Order:
 * the same order id; a size decrease at the same price keeps time priority, a price change or a size increase loses
 * it and the order goes to the tail of its new level, as Cboe Rule 5.32(e) states for cancel/replace).
 *
 * <p><b>Integrity</b>: an operation on an unknown order reference (real feeds start with orders resting from before
 * the book started), a duplicate reference, a non-positive size or a full pool is a no-op that returns a failure code,
 * is counted ({@link #errorCount(BookError)}) and reported ({@link OrderBookListener#onBookError}). An execution or
 * cancel larger than the order removes the order whole (clamped, counted as {@link BookError#OVERSIZED_REDUCTION});
 * sizes are never negative.
 *
 * <p><b>Units</b>: prices are opaque ordered {@code long}s: the book compares them and never does arithmetic on
 * them, so a book holds whatever unit its feed handler passes, consistently (ITCH and PITCH builders pass the
 * venue-native integer price, ITCH {@code Price(4)}; convert to {@link FixedPoint} at the strategy edge). The one
 * reserved value is {@link FixedPoint#NULL_PRICE}, the "no price" sentinel of every query. Quantities are shares.
 *
 * <p><b>Structure and cost</b>: everything lives in a few flat primitive arrays allocated at construction (no
 * object per order or level, no pointer chasing through headers): order records of 32 bytes (reference, shares, FIFO
 * links as int indices, level id) in one {@code long[]}, level records of 32 bytes (price, quantity, order count,
 * FIFO ends) in another, and an {@code int[]} open-addressing index from order reference to order record (linear
 * probing, at most half full, Fibonacci hashing, backward-shift deletion, never resizes). Each level holds an
 * intrusive doubly linked FIFO of its orders, so execute, cancel and delete are O(1) after the lookup. Levels are
 * found per side by price: with a tick size (the 5-argument constructor), through a tick-indexed ladder of
 * {@value #LADDER_TICKS} ticks near the touch (O(1) find, create and remove; deeper levels in a sorted overflow; a
 * price off the tick grid falls back to sorted levels, counted in {@link #ladderFallbackCount()}); without one,
 * through level ids sorted with the best at the end, scanned from the touch, where real feeds put almost every
 * update. Size {@code maxOrders} to the realistic peak depth of the instrument: the arrays are touched at random, so
 * an oversized book costs cache misses.
 *
 * <p><b>Capacity</b>: fixed at construction, never grown. An add (or a replace/modify needing a new level) beyond
 * {@code maxOrders} or {@code maxLevelsPerSide} is refused: {@link Result#REJECTED}, counted as
 * {@link BookError#CAPACITY_EXHAUSTED} and reported to {@link OrderBookListener#onBookError}; the book stays
 * consistent (the refused order is simply absent, later messages for it count as unknown). Growing would allocate
 * and copy megabytes on the trading thread mid-session; a non-zero count means the book was sized too small and no
 * longer mirrors the venue. Nothing allocates after construction; {@link #clear()} returns everything to the pools.
 *
 * <p><b>Threading</b>: single-threaded; the owner thread updates and reads it. Mutators return {@link Result} codes.
 */
public final class OrderBook {
    private static final int NONE = -1;

    // order record: ORDER_STRIDE longs in orders[]
    private static final int ORDER_STRIDE = 4;
    private static final int O_REFERENCE = 0;
    private static final int O_SHARES = 1;
    /** Previous order index in the high int, next in the low int ({@link #NONE} at the ends). */
    private static final int O_LINKS = 2;
    private static final int O_LEVEL = 3;

    // level record: LEVEL_STRIDE longs in levels[]
    private static final int LEVEL_STRIDE = 4;
    private static final int L_PRICE = 0;
    private static final int L_QUANTITY = 1;
    private static final int L_COUNT = 2;
    /** Head order index in the high int, tail in the low int ({@link #NONE} when empty). */
    private static final int L_ENDS = 3;

    private static final long EMPTY_LINKS = pack(NONE, NONE);

    /** Ticks per side in the price ladder of a book created with a tick size. */
    public static final int LADDER_TICKS = 1024;

    private final int instrumentId;
    private final OrderBookListener listener;
    private final LevelLadder bids;
    private final LevelLadder asks;
    /** Level ids below this are bids. */
    private final int firstAskLevel;
    private final long[] orders;
    private final long[] levels;
    /** Order reference to order index + 1 ({@code 0} is an empty slot). */
    private final int[] table;
    private final int mask;
    private final int shift;
    private final long[] errorCounts = new long[BookError.COUNT];
    private int freeOrder;
    /** Index slot of the last reference {@link #find} found (checked before use: a hint, never trusted blindly). */
    private int foundSlot;
    private int orderCount;
    private int bestBid = NONE;
    private int bestAsk = NONE;
    /** Set when an operation touched a best level or changed which level is best: only then can the BBO change. */
    private boolean bboDirty;
    private long bboBidPrice = FixedPoint.NULL_PRICE;
    private long bboBidQuantity;
    private long bboAskPrice = FixedPoint.NULL_PRICE;
    private long bboAskQuantity;

    /**
     * Creates a book without a price ladder (prices are only compared: any unit, any grid) and preallocates every
     * order and level it can hold.
     *
     * @param instrumentId      the id passed to every listener event.
     * @param maxOrders         resting orders the book can hold at once.
     * @param maxLevelsPerSide  price levels each side can hold at once.
     * @param listener          receives the events ({@link OrderBookListener#NO_OP} for none).
     */
    public OrderBook(
        final int instrumentId, final int maxOrders, final int maxLevelsPerSide, final OrderBookListener listener) {
        this(instrumentId, maxOrders, maxLevelsPerSide, 1, 0, listener);
    }

    /**
     * Creates a book with a tick-indexed price ladder of {@value #LADDER_TICKS} ticks per side near the touch (faster
     * level lookups; see the class comment) and preallocates every order and level it can hold.
     *
     * @param instrumentId      the id passed to every listener event.
     * @param maxOrders         resting orders the book can hold at once.
     * @param maxLevelsPerSide  price levels each side can hold at once.
     * @param tickSize          the instrument's tick in the book's price unit (ITCH {@code Price(4)} one cent:
     *                          {@code 100}); a price off this grid makes the book fall back to the sorted levels.
     * @param listener          receives the events ({@link OrderBookListener#NO_OP} for none).
     */
    public OrderBook(final int instrumentId, final int maxOrders, final int maxLevelsPerSide, final long tickSize,
        final OrderBookListener listener) {
        this(instrumentId, maxOrders, maxLevelsPerSide, tickSize, LADDER_TICKS, listener);
    }

    OrderBook(final int instrumentId, final int maxOrders, final int maxLevelsPerSide, final long tickSize,
        final int ladderTicks, final OrderBookListener listener) {
        if (tickSize < 1 || ladderTicks != 0 && (ladderTicks < 64 || Integer.bitCount(ladderTicks) != 1)) {
            throw new IllegalArgumentException("tick size must be positive and the ladder 0 or a power of two >= 64: "
                + tickSize + ", " + ladderTicks);
        }
        if (maxOrders < 1 || maxLevelsPerSide < 1 || maxOrders > 1 << 29 || maxLevelsPerSide > 1 << 29) {
            throw new IllegalArgumentException("capacities must be 1..2^29: " + maxOrders + ", " + maxLevelsPerSide);
        }
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        this.instrumentId = instrumentId;
        this.listener = listener;
        this.bids = new LevelLadder(true, 0, maxLevelsPerSide, tickSize, ladderTicks);
        this.asks = new LevelLadder(false, maxLevelsPerSide, maxLevelsPerSide, tickSize, ladderTicks);
        this.firstAskLevel = maxLevelsPerSide;
        this.levels = new long[2 * maxLevelsPerSide * LEVEL_STRIDE];
        this.orders = new long[maxOrders * ORDER_STRIDE];
        for (int i = 0; i < maxOrders; i++) {
            orders[i * ORDER_STRIDE + O_LINKS] = pack(NONE, i + 1 < maxOrders ? i + 1 : NONE);
        }
        this.freeOrder = 0;
        int capacity = 2;
        while (capacity < maxOrders * 2) {
            capacity <<= 1;
        }
        this.table = new int[capacity];
        this.mask = capacity - 1;
        this.shift = Long.numberOfLeadingZeros(capacity - 1);
    }

    /**
     * Adds an order at the tail of its price level.
     *
     * @param orderReference the new order's reference, unique while it rests.
     * @param side           BUY or SELL.
     * @param price          limit price, not {@link FixedPoint#NULL_PRICE}.
     * @param shares         displayed shares, positive.
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for a duplicate reference, a non-positive size, an
     *     unknown side or a null price; {@link Result#REJECTED} if the order or level pool is full. A failure is a
     *     counted no-op.
     */
    public int add(final long orderReference, final Side side, final long price, final long shares) {
        if (shares <= 0 || side == Side.UNKNOWN || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, orderReference, Result.INVALID_ARGUMENT);
        }
        final int slot = insertSlot(orderReference);
        if (slot < 0) {
            return error(BookError.DUPLICATE_ORDER, orderReference, Result.INVALID_ARGUMENT);
        }
        final int order = freeOrder;
        if (order == NONE) {
            return error(BookError.CAPACITY_EXHAUSTED, orderReference, Result.REJECTED);
        }
        final int level = findOrCreate(side == Side.BUY ? bids : asks, price);
        if (level == NONE) {
            return error(BookError.CAPACITY_EXHAUSTED, orderReference, Result.REJECTED);
        }
        final long[] o = orders;
        final int base = order * ORDER_STRIDE;
        freeOrder = next(o[base + O_LINKS]);
        o[base + O_REFERENCE] = orderReference;
        o[base + O_SHARES] = shares;
        append(level, order, shares);
        table[slot] = order + 1;
        orderCount++;
        final int l = level * LEVEL_STRIDE;
        listener.onLevelChange(instrumentId, side, price, levels[l + L_QUANTITY], (int) levels[l + L_COUNT]);
        checkBbo();
        return Result.OK;
    }

    /**
     * Executes shares of a resting order at its own price (ITCH 'E'); the order keeps its place and leaves the book
     * when nothing is left.
     *
     * @param orderReference the resting order.
     * @param shares         executed shares, positive; more than the order has removes it whole (counted).
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} or {@link Result#INVALID_ARGUMENT} (counted no-ops).
     */
    public int execute(final long orderReference, final long shares) {
        final int order = find(orderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        return execute(order, shares, levels[levelOf(order) * LEVEL_STRIDE + L_PRICE]);
    }

    /**
     * Executes shares of a resting order at another price (ITCH 'C'); otherwise as {@link #execute(long, long)}.
     *
     * @param orderReference the resting order.
     * @param shares         executed shares, positive; more than the order has removes it whole (counted).
     * @param price          execution price, reported in the trade event.
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} or {@link Result#INVALID_ARGUMENT} (counted no-ops).
     */
    public int execute(final long orderReference, final long shares, final long price) {
        final int order = find(orderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        return execute(order, shares, price);
    }

    /**
     * Cancels part of a resting order (ITCH 'X'); the order keeps its place and leaves when nothing is left.
     *
     * @param orderReference the resting order.
     * @param shares         cancelled shares, positive; more than the order has removes it whole (counted).
     * @return {@link Result#OK}, {@link Result#UNKNOWN_ORDER} or {@link Result#INVALID_ARGUMENT} (counted no-ops).
     */
    public int cancel(final long orderReference, final long shares) {
        final int order = find(orderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        if (shares <= 0) {
            return error(BookError.INVALID_ARGUMENT, orderReference, Result.INVALID_ARGUMENT);
        }
        reduce(order, shares);
        checkBbo();
        return Result.OK;
    }

    /**
     * Removes a resting order (ITCH 'D').
     *
     * @param orderReference the resting order.
     * @return {@link Result#OK} or {@link Result#UNKNOWN_ORDER} (a counted no-op).
     */
    public int delete(final long orderReference) {
        final int order = find(orderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        removeOrder(order);
        checkBbo();
        return Result.OK;
    }

    /**
     * Replaces an order with a new one (ITCH 'U'): same side, new reference, new price and size, at the tail of its
     * level (priority lost even at the same price).
     *
     * @param originalOrderReference the resting order replaced.
     * @param newOrderReference      the new order's reference.
     * @param shares                 the new order's shares, positive.
     * @param price                  the new order's price.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER} if the original is unknown;
     *     {@link Result#INVALID_ARGUMENT} for a duplicate new reference, a non-positive size or a null price;
     *     {@link Result#REJECTED} if a new level is needed and the level pool is full. A failure is a counted no-op.
     */
    public int replace(
        final long originalOrderReference, final long newOrderReference, final long shares, final long price) {
        final int order = find(originalOrderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, originalOrderReference, Result.UNKNOWN_ORDER);
        }
        if (shares <= 0 || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, newOrderReference, Result.INVALID_ARGUMENT);
        }
        if (newOrderReference != originalOrderReference && find(newOrderReference) != NONE) {
            return error(BookError.DUPLICATE_ORDER, newOrderReference, Result.INVALID_ARGUMENT);
        }
        final int result = move(order, shares, price);
        if (result == Result.OK) {
            unindex(originalOrderReference);
            orders[order * ORDER_STRIDE + O_REFERENCE] = newOrderReference;
            table[insertSlot(newOrderReference)] = order + 1;
        }
        return result;
    }

    /**
     * Modifies an order in place (Cboe PITCH Modify Order): same reference; a size decrease at the same price keeps
     * its place in the FIFO, a price change or a size increase sends it to the tail of its (new) level.
     *
     * @param orderReference the resting order.
     * @param shares         the order's new shares, positive.
     * @param price          the order's new price.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER}; {@link Result#INVALID_ARGUMENT} for a non-positive size
     *     or a null price; {@link Result#REJECTED} if a new level is needed and the level pool is full. A failure is a
     *     counted no-op.
     */
    public int modify(final long orderReference, final long shares, final long price) {
        final int order = find(orderReference);
        if (order == NONE) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        if (shares <= 0 || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, orderReference, Result.INVALID_ARGUMENT);
        }
        final int level = levelOf(order);
        final int l = level * LEVEL_STRIDE;
        final int base = order * ORDER_STRIDE;
        final long[] lv = levels;
        if (price == lv[l + L_PRICE] && shares <= orders[base + O_SHARES]) {
            final long delta = orders[base + O_SHARES] - shares;
            if (delta > 0) {
                orders[base + O_SHARES] = shares;
                lv[l + L_QUANTITY] -= delta;
                touched(level);
                listener.onLevelChange(instrumentId, sideOf(level), price, lv[l + L_QUANTITY], (int) lv[l + L_COUNT]);
                checkBbo();
            }
            return Result.OK;
        }
        return move(order, shares, price);
    }

    /** Removes every order and level, returning them to the pools; no events, error counts are kept. */
    public void clear() {
        clear(bids);
        clear(asks);
        java.util.Arrays.fill(table, 0);
        orderCount = 0;
        bestBid = NONE;
        bestAsk = NONE;
        bboDirty = false;
        bboBidPrice = FixedPoint.NULL_PRICE;
        bboBidQuantity = 0;
        bboAskPrice = FixedPoint.NULL_PRICE;
        bboAskQuantity = 0;
    }

    /**
     * The id passed to listener events.
     *
     * @return the instrument id.
     */
    public int instrumentId() {
        return instrumentId;
    }

    /**
     * Best bid price.
     *
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no bid.
     */
    public long bestBidPrice() {
        return levelPrice(bestBid);
    }

    /**
     * Total shares at the best bid.
     *
     * @return the quantity, {@code 0} if there is no bid.
     */
    public long bestBidQuantity() {
        return levelQuantity(bestBid);
    }

    /**
     * Best ask (offer) price.
     *
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no ask.
     */
    public long bestAskPrice() {
        return levelPrice(bestAsk);
    }

    /**
     * Total shares at the best ask.
     *
     * @return the quantity, {@code 0} if there is no ask.
     */
    public long bestAskQuantity() {
        return levelQuantity(bestAsk);
    }

    /**
     * Number of price levels on one side.
     *
     * @param side BUY or SELL.
     * @return the count ({@code 0} for UNKNOWN).
     */
    public int levelCount(final Side side) {
        final LevelLadder index = sideOrNull(side);
        return index == null ? 0 : index.count();
    }

    /**
     * Price of the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no such level.
     */
    public long levelPrice(final Side side, final int depth) {
        return levelPrice(atDepth(side, depth));
    }

    /**
     * Total shares of the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the quantity, {@code 0} if there is no such level.
     */
    public long levelQuantity(final Side side, final int depth) {
        return levelQuantity(atDepth(side, depth));
    }

    /**
     * Number of orders in the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the count, {@code 0} if there is no such level.
     */
    public int levelOrderCount(final Side side, final int depth) {
        final int level = atDepth(side, depth);
        return level == NONE ? 0 : (int) levels[level * LEVEL_STRIDE + L_COUNT];
    }

    /**
     * Total shares resting at a price.
     *
     * @param side  BUY or SELL.
     * @param price the price.
     * @return the quantity, {@code 0} if there is no level at that price.
     */
    public long quantityAt(final Side side, final long price) {
        final LevelLadder index = sideOrNull(side);
        return levelQuantity(index == null ? NONE : index.find(price));
    }

    /**
     * Number of resting orders.
     *
     * @return the count.
     */
    public int orderCount() {
        return orderCount;
    }

    /**
     * Tells whether an order rests in the book.
     *
     * @param orderReference the reference.
     * @return {@code true} if it does.
     */
    public boolean contains(final long orderReference) {
        return find(orderReference) != NONE;
    }

    /**
     * Remaining shares of a resting order.
     *
     * @param orderReference the reference.
     * @return the shares, or {@code 0} if the order is unknown.
     */
    public long orderShares(final long orderReference) {
        final int order = find(orderReference);
        return order == NONE ? 0 : orders[order * ORDER_STRIDE + O_SHARES];
    }

    /**
     * Price of a resting order.
     *
     * @param orderReference the reference.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if the order is unknown.
     */
    public long orderPrice(final long orderReference) {
        final int order = find(orderReference);
        return order == NONE ? FixedPoint.NULL_PRICE : levels[levelOf(order) * LEVEL_STRIDE + L_PRICE];
    }

    /**
     * Side of a resting order.
     *
     * @param orderReference the reference.
     * @return the side, or {@link Side#UNKNOWN} if the order is unknown.
     */
    public Side orderSide(final long orderReference) {
        final int order = find(orderReference);
        return order == NONE ? Side.UNKNOWN : sideOf(levelOf(order));
    }

    /**
     * Queue position of a resting order: the shares ahead of it in its level's FIFO (the backtester's queue model
     * reads this). Walks the orders ahead, O(position).
     *
     * @param orderReference the reference.
     * @return shares ahead ({@code 0} at the head), or {@code -1} if the order is unknown.
     */
    public long sharesAhead(final long orderReference) {
        final int order = find(orderReference);
        if (order == NONE) {
            return -1;
        }
        long ahead = 0;
        for (int o = prevOf(order); o != NONE; o = prevOf(o)) {
            ahead += orders[o * ORDER_STRIDE + O_SHARES];
        }
        return ahead;
    }

    /**
     * Number of orders ahead of a resting order in its level's FIFO. Walks them, O(position).
     *
     * @param orderReference the reference.
     * @return orders ahead ({@code 0} at the head), or {@code -1} if the order is unknown.
     */
    public int ordersAhead(final long orderReference) {
        final int order = find(orderReference);
        if (order == NONE) {
            return -1;
        }
        int ahead = 0;
        for (int o = prevOf(order); o != NONE; o = prevOf(o)) {
            ahead++;
        }
        return ahead;
    }

    /**
     * How many times the price ladder's window moved (up past a better price, or down when its last level went),
     * both sides; {@code 0} without a ladder. Each move is O(levels moved), no allocation.
     *
     * @return the count since construction.
     */
    public long ladderRecentreCount() {
        return bids.recentres() + asks.recentres();
    }

    /**
     * How many times a price off the tick grid made a side fall back from the ladder to the sorted levels (until
     * {@link #clear()}); {@code 0} without a ladder.
     *
     * @return the count since construction.
     */
    public long ladderFallbackCount() {
        return bids.fallbacks() + asks.fallbacks();
    }

    /**
     * How many times an integrity problem occurred since construction.
     *
     * @param error the problem.
     * @return the count.
     */
    public long errorCount(final BookError error) {
        return errorCounts[error.ordinal()];
    }

    private int execute(final int order, final long shares, final long price) {
        final long reference = orders[order * ORDER_STRIDE + O_REFERENCE];
        if (shares <= 0) {
            return error(BookError.INVALID_ARGUMENT, reference, Result.INVALID_ARGUMENT);
        }
        final Side side = sideOf(levelOf(order));
        final long executed = reduce(order, shares);
        listener.onTrade(instrumentId, side, price, executed, reference);
        checkBbo();
        return Result.OK;
    }

    /** Takes up to {@code shares} off an order (removing it when nothing is left); returns the shares taken. */
    private long reduce(final int order, final long shares) {
        final long[] o = orders;
        final int base = order * ORDER_STRIDE;
        final long remaining = o[base + O_SHARES];
        if (shares < remaining) {
            final int level = (int) o[base + O_LEVEL];
            final int l = level * LEVEL_STRIDE;
            final long[] lv = levels;
            o[base + O_SHARES] = remaining - shares;
            final long quantity = lv[l + L_QUANTITY] - shares;
            lv[l + L_QUANTITY] = quantity;
            touched(level);
            listener.onLevelChange(instrumentId, sideOf(level), lv[l + L_PRICE], quantity, (int) lv[l + L_COUNT]);
            return shares;
        }
        if (shares > remaining) {
            error(BookError.OVERSIZED_REDUCTION, o[base + O_REFERENCE], Result.OK);
        }
        removeOrder(order);
        return remaining;
    }

    /** Unindexes, unlinks and frees an order, then reports (or removes) its level. */
    private void removeOrder(final int order) {
        final int base = order * ORDER_STRIDE;
        final int level = (int) orders[base + O_LEVEL];
        final int slot = foundSlot;
        if (table[slot] == order + 1) {
            unindexAt(slot);
        } else {
            unindex(orders[base + O_REFERENCE]);
        }
        orderCount--;
        unlink(order, level);
        orders[base + O_LINKS] = pack(NONE, freeOrder);
        freeOrder = order;
        levelChanged(level);
    }

    /** Moves an order to the tail of the level at {@code price} with {@code shares}; no-op if the pool is full. */
    private int move(final int order, final long shares, final long price) {
        final int from = levelOf(order);
        final Side side = sideOf(from);
        final int target = findOrCreate(side == Side.BUY ? bids : asks, price);
        if (target == NONE) {
            return error(BookError.CAPACITY_EXHAUSTED, orders[order * ORDER_STRIDE + O_REFERENCE], Result.REJECTED);
        }
        unlink(order, from);
        orders[order * ORDER_STRIDE + O_SHARES] = shares;
        append(target, order, shares);
        if (from != target) {
            levelChanged(from);
        }
        final int l = target * LEVEL_STRIDE;
        listener.onLevelChange(instrumentId, side, price, levels[l + L_QUANTITY], (int) levels[l + L_COUNT]);
        checkBbo();
        return Result.OK;
    }

    /** The level at {@code price}, created empty if absent; {@link #NONE} if it had to be created and none is free. */
    private int findOrCreate(final LevelLadder index, final long price) {
        final int found = index.find(price);
        if (found != NONE) {
            return found;
        }
        final int level = index.create(price);
        if (level != NONE) {
            final int l = level * LEVEL_STRIDE;
            final long[] lv = levels;
            lv[l + L_PRICE] = price;
            lv[l + L_QUANTITY] = 0;
            lv[l + L_COUNT] = 0;
            lv[l + L_ENDS] = EMPTY_LINKS;
            if (index.best() == level) {
                setBest(level, level);
            }
        }
        return level;
    }

    private void append(final int level, final int order, final long shares) {
        final long[] o = orders;
        final long[] lv = levels;
        final int l = level * LEVEL_STRIDE;
        final long ends = lv[l + L_ENDS];
        final int tail = next(ends);
        final int base = order * ORDER_STRIDE;
        o[base + O_LEVEL] = level;
        o[base + O_LINKS] = pack(tail, NONE);
        if (tail == NONE) {
            lv[l + L_ENDS] = pack(order, order);
        } else {
            final int t = tail * ORDER_STRIDE + O_LINKS;
            o[t] = pack(prev(o[t]), order);
            lv[l + L_ENDS] = pack(prev(ends), order);
        }
        lv[l + L_QUANTITY] += shares;
        lv[l + L_COUNT]++;
        touched(level);
    }

    private void unlink(final int order, final int level) {
        final long[] o = orders;
        final long[] lv = levels;
        final int base = order * ORDER_STRIDE;
        final long links = o[base + O_LINKS];
        final int prev = prev(links);
        final int next = next(links);
        final int l = level * LEVEL_STRIDE;
        long ends = lv[l + L_ENDS];
        if (prev == NONE) {
            ends = pack(next, next(ends));
        } else {
            final int p = prev * ORDER_STRIDE + O_LINKS;
            o[p] = pack(prev(o[p]), next);
        }
        if (next == NONE) {
            ends = pack(prev(ends), prev);
        } else {
            final int n = next * ORDER_STRIDE + O_LINKS;
            o[n] = pack(prev, next(o[n]));
        }
        lv[l + L_ENDS] = ends;
        lv[l + L_QUANTITY] -= o[base + O_SHARES];
        lv[l + L_COUNT]--;
        touched(level);
    }

    /** Reports a level after an order left it, removing it when empty. */
    private void levelChanged(final int level) {
        final int l = level * LEVEL_STRIDE;
        final long[] lv = levels;
        final long price = lv[l + L_PRICE];
        final Side side = sideOf(level);
        final int count = (int) lv[l + L_COUNT];
        if (count == 0) {
            final LevelLadder index = level < firstAskLevel ? bids : asks;
            index.remove(price, level);
            if (level == bestBid || level == bestAsk) {
                setBest(level, index.best());
            }
            listener.onLevelChange(instrumentId, side, price, 0, 0);
        } else {
            listener.onLevelChange(instrumentId, side, price, lv[l + L_QUANTITY], count);
        }
    }

    private void clear(final LevelLadder index) {
        for (int level = index.best(); level != NONE; level = index.best()) {
            final int l = level * LEVEL_STRIDE;
            int order = prev(levels[l + L_ENDS]);
            while (order != NONE) {
                final int base = order * ORDER_STRIDE;
                final int next = next(orders[base + O_LINKS]);
                orders[base + O_LINKS] = pack(NONE, freeOrder);
                freeOrder = order;
                order = next;
            }
            levels[l + L_ENDS] = EMPTY_LINKS;
            levels[l + L_COUNT] = 0;
            index.remove(levels[l + L_PRICE], level);
        }
        index.reset();
    }

    private void touched(final int level) {
        if (level == bestBid || level == bestAsk) {
            bboDirty = true;
        }
    }

    /** Records {@code best} as the best level of {@code level}'s side. */
    private void setBest(final int level, final int best) {
        if (level < firstAskLevel) {
            bestBid = best;
        } else {
            bestAsk = best;
        }
        bboDirty = true;
    }

    private void checkBbo() {
        if (!bboDirty) {
            return;
        }
        bboDirty = false;
        final int bid = bestBid;
        final int ask = bestAsk;
        final long[] lv = levels;
        final long bidPrice = bid == NONE ? FixedPoint.NULL_PRICE : lv[bid * LEVEL_STRIDE + L_PRICE];
        final long bidQuantity = bid == NONE ? 0 : lv[bid * LEVEL_STRIDE + L_QUANTITY];
        final long askPrice = ask == NONE ? FixedPoint.NULL_PRICE : lv[ask * LEVEL_STRIDE + L_PRICE];
        final long askQuantity = ask == NONE ? 0 : lv[ask * LEVEL_STRIDE + L_QUANTITY];
        if (bidPrice != bboBidPrice || bidQuantity != bboBidQuantity || askPrice != bboAskPrice
            || askQuantity != bboAskQuantity) {
            bboBidPrice = bidPrice;
            bboBidQuantity = bidQuantity;
            bboAskPrice = askPrice;
            bboAskQuantity = askQuantity;
            listener.onBbo(instrumentId, bidPrice, bidQuantity, askPrice, askQuantity);
        }
    }

    private int error(final BookError error, final long orderReference, final int result) {
        errorCounts[error.ordinal()]++;
        listener.onBookError(instrumentId, error, orderReference);
        return result;
    }

    /** The order index for a reference, or {@link #NONE}. */
    private int find(final long reference) {
        final int[] t = table;
        final long[] o = orders;
        int i = slot(reference);
        int entry;
        while ((entry = t[i]) != 0) {
            if (o[(entry - 1) * ORDER_STRIDE + O_REFERENCE] == reference) {
                foundSlot = i;
                return entry - 1;
            }
            i = (i + 1) & mask;
        }
        return NONE;
    }

    /** The empty slot where {@code reference} would go, or {@code -1} if it is already indexed. */
    private int insertSlot(final long reference) {
        final int[] t = table;
        final long[] o = orders;
        int i = slot(reference);
        int entry;
        while ((entry = t[i]) != 0) {
            if (o[(entry - 1) * ORDER_STRIDE + O_REFERENCE] == reference) {
                return -1;
            }
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Removes an indexed reference, backward-shifting the rest of its probe run (no tombstones). */
    private void unindex(final long reference) {
        final int[] t = table;
        final long[] o = orders;
        final int m = mask;
        int i = slot(reference);
        while (o[(t[i] - 1) * ORDER_STRIDE + O_REFERENCE] != reference) {
            i = (i + 1) & m;
        }
        unindexAt(i);
    }

    /** Empties index slot {@code i}, backward-shifting the rest of its probe run (no tombstones). */
    private void unindexAt(final int i) {
        final int[] t = table;
        final long[] o = orders;
        final int m = mask;
        int hole = i;
        int j = (i + 1) & m;
        int entry;
        while ((entry = t[j]) != 0) {
            final int home = slot(o[(entry - 1) * ORDER_STRIDE + O_REFERENCE]);
            if (((j - home) & m) >= ((j - hole) & m)) {
                t[hole] = entry;
                hole = j;
            }
            j = (j + 1) & m;
        }
        t[hole] = 0;
    }

    private int slot(final long reference) {
        return (int) ((reference * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private int levelOf(final int order) {
        return (int) orders[order * ORDER_STRIDE + O_LEVEL];
    }

    private int prevOf(final int order) {
        return prev(orders[order * ORDER_STRIDE + O_LINKS]);
    }

    private Side sideOf(final int level) {
        return level < firstAskLevel ? Side.BUY : Side.SELL;
    }

    private long levelPrice(final int level) {
        return level == NONE ? FixedPoint.NULL_PRICE : levels[level * LEVEL_STRIDE + L_PRICE];
    }

    private long levelQuantity(final int level) {
        return level == NONE ? 0 : levels[level * LEVEL_STRIDE + L_QUANTITY];
    }

    private LevelLadder sideOrNull(final Side side) {
        return side == Side.BUY ? bids : side == Side.SELL ? asks : null;
    }

    private int atDepth(final Side side, final int depth) {
        final LevelLadder index = sideOrNull(side);
        return index == null ? NONE : index.atDepth(depth);
    }

    private static long pack(final int high, final int low) {
        return ((long) high << 32) | (low & 0xFFFF_FFFFL);
    }

    private static int prev(final long links) {
        return (int) (links >> 32);
    }

    private static int next(final long links) {
        return (int) links;
    }
}
