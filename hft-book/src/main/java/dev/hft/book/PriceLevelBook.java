package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;

/**
 * An L2 (price-level) book of one instrument, for feeds that publish level totals rather than orders (and as a
 * cheaper view): the total quantity per price and side, the best bid and offer in O(1).
 *
 * <p>Same level structure as {@link OrderBook} (a sorted array per side, best at the end, scanned from the touch),
 * same price unit (opaque ordered {@code long}s, {@link FixedPoint#NULL_PRICE} reserved), same listener; level
 * events carry an order count of {@code 0}. Levels are preallocated; nothing allocates after construction.
 * Single-threaded.
 */
public final class PriceLevelBook {
    private final int instrumentId;
    private final OrderBookListener listener;
    private final LevelArray bids;
    private final LevelArray asks;
    private final long[] errorCounts = new long[BookError.COUNT];
    private long bboBidPrice = FixedPoint.NULL_PRICE;
    private long bboBidQuantity;
    private long bboAskPrice = FixedPoint.NULL_PRICE;
    private long bboAskQuantity;

    /**
     * Creates a book and preallocates its levels.
     *
     * @param instrumentId     the id passed to every listener event.
     * @param maxLevelsPerSide price levels each side can hold at once.
     * @param listener         receives the events ({@link OrderBookListener#NO_OP} for none).
     */
    public PriceLevelBook(final int instrumentId, final int maxLevelsPerSide, final OrderBookListener listener) {
        if (maxLevelsPerSide < 1) {
            throw new IllegalArgumentException("maxLevelsPerSide must be positive: " + maxLevelsPerSide);
        }
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        this.instrumentId = instrumentId;
        this.listener = listener;
        this.bids = new LevelArray(true, maxLevelsPerSide);
        this.asks = new LevelArray(false, maxLevelsPerSide);
    }

    /**
     * Sets the total quantity of a level, creating it if absent; a quantity of {@code 0} removes it.
     *
     * @param side     BUY or SELL.
     * @param price    the level's price, not {@link FixedPoint#NULL_PRICE}.
     * @param quantity the new total, {@code >= 0}.
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for a negative quantity, an unknown side or a null
     *     price; {@link Result#REJECTED} if the level pool is full; {@link Result#UNKNOWN_ORDER} when removing
     *     ({@code quantity == 0}) a level that does not exist. A failure is a counted no-op.
     */
    public int set(final Side side, final long price, final long quantity) {
        if (quantity == 0) {
            return remove(side, price);
        }
        if (quantity < 0 || side == Side.UNKNOWN || price == FixedPoint.NULL_PRICE) {
            return error(BookError.INVALID_ARGUMENT, price, Result.INVALID_ARGUMENT);
        }
        final Level level = (side == Side.BUY ? bids : asks).findOrCreate(price);
        if (level == null) {
            return error(BookError.CAPACITY_EXHAUSTED, price, Result.REJECTED);
        }
        if (level.quantity != quantity) {
            level.quantity = quantity;
            listener.onLevelChange(instrumentId, side, price, quantity, 0);
            checkBbo();
        }
        return Result.OK;
    }

    /**
     * Removes a level.
     *
     * @param side  BUY or SELL.
     * @param price the level's price.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER} if there is no such level;
     *     {@link Result#INVALID_ARGUMENT} for an unknown side. A failure is a counted no-op.
     */
    public int remove(final Side side, final long price) {
        if (side == Side.UNKNOWN) {
            return error(BookError.INVALID_ARGUMENT, price, Result.INVALID_ARGUMENT);
        }
        final LevelArray levels = side == Side.BUY ? bids : asks;
        final Level level = levels.find(price);
        if (level == null) {
            return error(BookError.UNKNOWN_LEVEL, price, Result.UNKNOWN_ORDER);
        }
        levels.remove(level);
        listener.onLevelChange(instrumentId, side, price, 0, 0);
        checkBbo();
        return Result.OK;
    }

    /** Removes every level; no events, error counts are kept. */
    public void clear() {
        bids.clear();
        asks.clear();
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
     * Total quantity at the best bid.
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
     * Total quantity at the best ask.
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
        return side == Side.BUY ? bids.count() : side == Side.SELL ? asks.count() : 0;
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
     * Total quantity of the level {@code depth} levels behind the touch.
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
     * Total quantity at a price.
     *
     * @param side  BUY or SELL.
     * @param price the price.
     * @return the quantity, {@code 0} if there is no level at that price.
     */
    public long quantityAt(final Side side, final long price) {
        final LevelArray levels = side == Side.BUY ? bids : side == Side.SELL ? asks : null;
        final Level level = levels == null ? null : levels.find(price);
        return level == null ? 0 : level.quantity;
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

    private Level atDepth(final Side side, final int depth) {
        return side == Side.BUY ? bids.atDepth(depth) : side == Side.SELL ? asks.atDepth(depth) : null;
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

    private int error(final BookError error, final long reference, final int result) {
        errorCounts[error.ordinal()]++;
        listener.onBookError(instrumentId, error, reference);
        return result;
    }
}
