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
 * <p><b>Structure and cost</b>: orders come from a pool preallocated at construction and are found by reference in a
 * primitive open-addressing map (linear probing, at most half full, backward-shift deletion) sized so it never grows
 * (it replaced Agrona's {@code Long2ObjectHashMap}, whose removals dominated a profile of the synthetic ITCH flow);
 * each level holds an intrusive doubly linked FIFO of its orders, so execute, cancel and delete are O(1) after the
 * lookup. Levels live in a sorted array per side with the best level at the end (see {@code LevelArray}): lookups scan
 * from the touch, where real feeds put almost every update, so a new or emptied level near the touch moves only a few
 * array slots. Nothing allocates after construction; {@link #clear()} returns everything to the pools.
 *
 * <p><b>Threading</b>: single-threaded; the owner thread updates and reads it. Mutators return {@link Result} codes.
 */
public final class OrderBook {
    private final int instrumentId;
    private final OrderBookListener listener;
    private final LevelArray bids;
    private final LevelArray asks;
    private final OrderMap orders;
    private final Order[] pool;
    private final long[] errorCounts = new long[BookError.COUNT];
    private int free;
    private long bboBidPrice = FixedPoint.NULL_PRICE;
    private long bboBidQuantity;
    private long bboAskPrice = FixedPoint.NULL_PRICE;
    private long bboAskQuantity;

    /**
     * Creates a book and preallocates every order and level it can hold.
     *
     * @param instrumentId      the id passed to every listener event.
     * @param maxOrders         resting orders the book can hold at once.
     * @param maxLevelsPerSide  price levels each side can hold at once.
     * @param listener          receives the events ({@link OrderBookListener#NO_OP} for none).
     */
    public OrderBook(
        final int instrumentId, final int maxOrders, final int maxLevelsPerSide, final OrderBookListener listener) {
        if (maxOrders < 1 || maxLevelsPerSide < 1) {
            throw new IllegalArgumentException("capacities must be positive: " + maxOrders + ", " + maxLevelsPerSide);
        }
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        this.instrumentId = instrumentId;
        this.listener = listener;
        this.bids = new LevelArray(true, maxLevelsPerSide);
        this.asks = new LevelArray(false, maxLevelsPerSide);
        this.orders = new OrderMap(maxOrders);
        this.pool = new Order[maxOrders];
        for (int i = 0; i < maxOrders; i++) {
            pool[i] = new Order();
        }
        this.free = maxOrders;
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
        if (orders.get(orderReference) != null) {
            return error(BookError.DUPLICATE_ORDER, orderReference, Result.INVALID_ARGUMENT);
        }
        if (free == 0) {
            return error(BookError.CAPACITY_EXHAUSTED, orderReference, Result.REJECTED);
        }
        final Level level = side(side).findOrCreate(price);
        if (level == null) {
            return error(BookError.CAPACITY_EXHAUSTED, orderReference, Result.REJECTED);
        }
        final Order order = pool[--free];
        pool[free] = null;
        order.reference = orderReference;
        order.side = side;
        order.price = price;
        order.shares = shares;
        append(level, order);
        orders.put(orderReference, order);
        listener.onLevelChange(instrumentId, side, price, level.quantity, level.orderCount);
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
        final Order order = orders.get(orderReference);
        if (order == null) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        return execute(order, shares, order.price);
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
        final Order order = orders.get(orderReference);
        if (order == null) {
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
        final Order order = orders.get(orderReference);
        if (order == null) {
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
        final Order order = orders.remove(orderReference);
        if (order == null) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        final Level level = order.level;
        final Side side = order.side;
        unlink(order);
        release(order);
        levelChanged(side, level);
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
        final Order order = orders.get(originalOrderReference);
        if (order == null) {
            return error(BookError.UNKNOWN_ORDER, originalOrderReference, Result.UNKNOWN_ORDER);
        }
        if (shares <= 0 || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, newOrderReference, Result.INVALID_ARGUMENT);
        }
        if (newOrderReference != originalOrderReference && orders.get(newOrderReference) != null) {
            return error(BookError.DUPLICATE_ORDER, newOrderReference, Result.INVALID_ARGUMENT);
        }
        final int result = move(order, shares, price);
        if (result == Result.OK) {
            orders.remove(originalOrderReference);
            order.reference = newOrderReference;
            orders.put(newOrderReference, order);
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
        final Order order = orders.get(orderReference);
        if (order == null) {
            return error(BookError.UNKNOWN_ORDER, orderReference, Result.UNKNOWN_ORDER);
        }
        if (shares <= 0 || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, orderReference, Result.INVALID_ARGUMENT);
        }
        if (price == order.price && shares <= order.shares) {
            final long delta = order.shares - shares;
            if (delta > 0) {
                order.shares = shares;
                final Level level = order.level;
                level.quantity -= delta;
                listener.onLevelChange(instrumentId, order.side, level.price, level.quantity, level.orderCount);
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
        orders.clear();
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
        final Level level = bids.best();
        return level == null ? FixedPoint.NULL_PRICE : level.price;
    }

    /**
     * Total shares at the best bid.
     *
     * @return the quantity, {@code 0} if there is no bid.
     */
    public long bestBidQuantity() {
        final Level level = bids.best();
        return level == null ? 0 : level.quantity;
    }

    /**
     * Best ask (offer) price.
     *
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no ask.
     */
    public long bestAskPrice() {
        final Level level = asks.best();
        return level == null ? FixedPoint.NULL_PRICE : level.price;
    }

    /**
     * Total shares at the best ask.
     *
     * @return the quantity, {@code 0} if there is no ask.
     */
    public long bestAskQuantity() {
        final Level level = asks.best();
        return level == null ? 0 : level.quantity;
    }

    /**
     * Number of price levels on one side.
     *
     * @param side BUY or SELL.
     * @return the count ({@code 0} for UNKNOWN).
     */
    public int levelCount(final Side side) {
        final LevelArray levels = sideOrNull(side);
        return levels == null ? 0 : levels.count();
    }

    /**
     * Price of the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no such level.
     */
    public long levelPrice(final Side side, final int depth) {
        final Level level = atDepth(side, depth);
        return level == null ? FixedPoint.NULL_PRICE : level.price;
    }

    /**
     * Total shares of the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the quantity, {@code 0} if there is no such level.
     */
    public long levelQuantity(final Side side, final int depth) {
        final Level level = atDepth(side, depth);
        return level == null ? 0 : level.quantity;
    }

    /**
     * Number of orders in the level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the count, {@code 0} if there is no such level.
     */
    public int levelOrderCount(final Side side, final int depth) {
        final Level level = atDepth(side, depth);
        return level == null ? 0 : level.orderCount;
    }

    /**
     * Total shares resting at a price.
     *
     * @param side  BUY or SELL.
     * @param price the price.
     * @return the quantity, {@code 0} if there is no level at that price.
     */
    public long quantityAt(final Side side, final long price) {
        final LevelArray levels = sideOrNull(side);
        final Level level = levels == null ? null : levels.find(price);
        return level == null ? 0 : level.quantity;
    }

    /**
     * Number of resting orders.
     *
     * @return the count.
     */
    public int orderCount() {
        return orders.size();
    }

    /**
     * Tells whether an order rests in the book.
     *
     * @param orderReference the reference.
     * @return {@code true} if it does.
     */
    public boolean contains(final long orderReference) {
        return orders.get(orderReference) != null;
    }

    /**
     * Remaining shares of a resting order.
     *
     * @param orderReference the reference.
     * @return the shares, or {@code 0} if the order is unknown.
     */
    public long orderShares(final long orderReference) {
        final Order order = orders.get(orderReference);
        return order == null ? 0 : order.shares;
    }

    /**
     * Price of a resting order.
     *
     * @param orderReference the reference.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if the order is unknown.
     */
    public long orderPrice(final long orderReference) {
        final Order order = orders.get(orderReference);
        return order == null ? FixedPoint.NULL_PRICE : order.price;
    }

    /**
     * Side of a resting order.
     *
     * @param orderReference the reference.
     * @return the side, or {@link Side#UNKNOWN} if the order is unknown.
     */
    public Side orderSide(final long orderReference) {
        final Order order = orders.get(orderReference);
        return order == null ? Side.UNKNOWN : order.side;
    }

    /**
     * Queue position of a resting order: the shares ahead of it in its level's FIFO (the backtester's queue model
     * reads this). Walks the orders ahead, O(position).
     *
     * @param orderReference the reference.
     * @return shares ahead ({@code 0} at the head), or {@code -1} if the order is unknown.
     */
    public long sharesAhead(final long orderReference) {
        final Order order = orders.get(orderReference);
        if (order == null) {
            return -1;
        }
        long ahead = 0;
        for (Order o = order.prev; o != null; o = o.prev) {
            ahead += o.shares;
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
        final Order order = orders.get(orderReference);
        if (order == null) {
            return -1;
        }
        int ahead = 0;
        for (Order o = order.prev; o != null; o = o.prev) {
            ahead++;
        }
        return ahead;
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

    private int execute(final Order order, final long shares, final long price) {
        if (shares <= 0) {
            return error(BookError.INVALID_ARGUMENT, order.reference, Result.INVALID_ARGUMENT);
        }
        final Side side = order.side;
        final long reference = order.reference;
        final long executed = reduce(order, shares);
        listener.onTrade(instrumentId, side, price, executed, reference);
        checkBbo();
        return Result.OK;
    }

    /** Takes up to {@code shares} off an order (removing it when nothing is left); returns the shares taken. */
    private long reduce(final Order order, final long shares) {
        final Level level = order.level;
        final Side side = order.side;
        final long remaining = order.shares;
        if (shares < remaining) {
            order.shares = remaining - shares;
            level.quantity -= shares;
            listener.onLevelChange(instrumentId, side, level.price, level.quantity, level.orderCount);
            return shares;
        }
        if (shares > remaining) {
            error(BookError.OVERSIZED_REDUCTION, order.reference, Result.OK);
        }
        orders.remove(order.reference);
        unlink(order);
        release(order);
        levelChanged(side, level);
        return remaining;
    }

    /** Moves an order to the tail of the level at {@code price} with {@code shares}; no-op if the pool is full. */
    private int move(final Order order, final long shares, final long price) {
        final Side side = order.side;
        final LevelArray levels = side(side);
        final Level target = levels.findOrCreate(price);
        if (target == null) {
            return error(BookError.CAPACITY_EXHAUSTED, order.reference, Result.REJECTED);
        }
        final Level from = order.level;
        unlink(order);
        order.price = price;
        order.shares = shares;
        append(target, order);
        if (from != target) {
            levelChanged(side, from);
        }
        listener.onLevelChange(instrumentId, side, price, target.quantity, target.orderCount);
        checkBbo();
        return Result.OK;
    }

    private void append(final Level level, final Order order) {
        final Order tail = level.tail;
        order.level = level;
        order.prev = tail;
        order.next = null;
        if (tail == null) {
            level.head = order;
        } else {
            tail.next = order;
        }
        level.tail = order;
        level.quantity += order.shares;
        level.orderCount++;
    }

    private void unlink(final Order order) {
        final Level level = order.level;
        final Order prev = order.prev;
        final Order next = order.next;
        if (prev == null) {
            level.head = next;
        } else {
            prev.next = next;
        }
        if (next == null) {
            level.tail = prev;
        } else {
            next.prev = prev;
        }
        level.quantity -= order.shares;
        level.orderCount--;
        order.prev = null;
        order.next = null;
        order.level = null;
    }

    /** Reports a level after an order left it, removing it when empty. */
    private void levelChanged(final Side side, final Level level) {
        if (level.orderCount == 0) {
            final long price = level.price;
            side(side).remove(level);
            listener.onLevelChange(instrumentId, side, price, 0, 0);
        } else {
            listener.onLevelChange(instrumentId, side, level.price, level.quantity, level.orderCount);
        }
    }

    private void release(final Order order) {
        order.side = null;
        pool[free++] = order;
    }

    private void clear(final LevelArray levels) {
        for (Level level = levels.best(); level != null; level = levels.best()) {
            Order order = level.head;
            while (order != null) {
                final Order next = order.next;
                order.prev = null;
                order.next = null;
                order.level = null;
                release(order);
                order = next;
            }
            levels.remove(level);
        }
    }

    private void checkBbo() {
        final Level bid = bids.best();
        final Level ask = asks.best();
        final long bidPrice = bid == null ? FixedPoint.NULL_PRICE : bid.price;
        final long bidQuantity = bid == null ? 0 : bid.quantity;
        final long askPrice = ask == null ? FixedPoint.NULL_PRICE : ask.price;
        final long askQuantity = ask == null ? 0 : ask.quantity;
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

    private LevelArray side(final Side side) {
        return side == Side.BUY ? bids : asks;
    }

    private LevelArray sideOrNull(final Side side) {
        return side == Side.BUY ? bids : side == Side.SELL ? asks : null;
    }

    private Level atDepth(final Side side, final int depth) {
        final LevelArray levels = sideOrNull(side);
        return levels == null ? null : levels.atDepth(depth);
    }
}
