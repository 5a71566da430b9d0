package dev.hft.book;

import java.util.Arrays;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;

/**
 * A consolidated book of one instrument over {@code venueCount} venues (dense ids {@code 0..venueCount-1}, at most
 * {@value #MAX_VENUES}): the NBBO (best bid and ask across venues, the aggregated quantity at each and the mask of
 * venues at it), each venue's own best bid and ask, and the aggregated depth by price with every venue's quantity.
 *
 * <p>Fed per venue with level totals ({@link #onLevel}, what an L2 feed or {@link OrderBookListener#onLevelChange}
 * provides: plug {@link #levelListener(int)} into that venue's {@link OrderBook} or {@link PriceLevelBook}) or with
 * top of book only ({@link #onVenueBbo}, or {@link #bboListener(int)}). The aggregated levels are a sorted array per
 * side scanned from the touch, like the venue books, each level holding every venue's quantity; each venue's best
 * is cached and rescanned from the touch only when its best level goes. NBBO and per-venue best reads are O(1). A
 * locked or crossed NBBO (one venue's bid at or above another's ask, or a venue's own book crossed) is state
 * ({@link #nbboState()}), not an error.
 *
 * <p>Prices are opaque ordered {@code long}s in one unit across all venues ({@link FixedPoint#NULL_PRICE} reserved);
 * quantities are at most {@link #MAX_QUANTITY} so that sums over venues cannot overflow. Everything is preallocated;
 * nothing allocates after construction. Single-threaded: all calls on the thread that feeds the book.
 */
public final class ConsolidatedBook {
    /** Most venues one book can consolidate (the width of a venue mask). */
    public static final int MAX_VENUES = 64;

    /** Largest quantity of one venue level: {@value #MAX_VENUES} of them sum without overflow. */
    public static final long MAX_QUANTITY = Long.MAX_VALUE / MAX_VENUES;

    /** NBBO state: best bid below best ask, or either side empty. */
    public static final int NORMAL = 0;

    /** NBBO state: best bid equal to best ask. */
    public static final int LOCKED = 1;

    /** NBBO state: best bid above best ask. */
    public static final int CROSSED = 2;

    private final int instrumentId;
    private final int venueCount;
    private final ConsolidatedBookListener listener;
    private final int maxLevelsPerVenue;
    private final long[] venueBidPrice;
    private final long[] venueBidQuantity;
    private final long[] venueAskPrice;
    private final long[] venueAskQuantity;
    private final int[] venueBidLevels;
    private final int[] venueAskLevels;
    private final ConsolidatedLevels bids;
    private final ConsolidatedLevels asks;
    private final OrderBookListener[] levelListeners;
    private final OrderBookListener[] bboListeners;
    private final long[] errorCounts = new long[BookError.COUNT];
    private long bidPrice = FixedPoint.NULL_PRICE;
    private long bidQuantity;
    private long bidMask;
    private long askPrice = FixedPoint.NULL_PRICE;
    private long askQuantity;
    private long askMask;
    private int state = NORMAL;

    /**
     * Creates a book and preallocates every level.
     *
     * @param instrumentId             the id passed to every listener event.
     * @param venueCount               number of venues, {@code 1..}{@value #MAX_VENUES}.
     * @param maxLevelsPerSidePerVenue price levels each venue can hold per side at once.
     * @param listener                 receives the events ({@link ConsolidatedBookListener#NO_OP} for none).
     */
    public ConsolidatedBook(
        final int instrumentId,
        final int venueCount,
        final int maxLevelsPerSidePerVenue,
        final ConsolidatedBookListener listener) {
        if (venueCount < 1 || venueCount > MAX_VENUES) {
            throw new IllegalArgumentException("venueCount must be in 1.." + MAX_VENUES + ": " + venueCount);
        }
        if (maxLevelsPerSidePerVenue < 1) {
            throw new IllegalArgumentException("maxLevelsPerSidePerVenue must be positive: "
                + maxLevelsPerSidePerVenue);
        }
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        this.instrumentId = instrumentId;
        this.venueCount = venueCount;
        this.listener = listener;
        this.maxLevelsPerVenue = maxLevelsPerSidePerVenue;
        this.venueBidPrice = new long[venueCount];
        this.venueBidQuantity = new long[venueCount];
        this.venueAskPrice = new long[venueCount];
        this.venueAskQuantity = new long[venueCount];
        this.venueBidLevels = new int[venueCount];
        this.venueAskLevels = new int[venueCount];
        Arrays.fill(venueBidPrice, FixedPoint.NULL_PRICE);
        Arrays.fill(venueAskPrice, FixedPoint.NULL_PRICE);
        this.levelListeners = new OrderBookListener[venueCount];
        this.bboListeners = new OrderBookListener[venueCount];
        for (int v = 0; v < venueCount; v++) {
            levelListeners[v] = new LevelAdapter(this, v);
            bboListeners[v] = new BboAdapter(this, v);
        }
        final int capacity = Math.multiplyExact(venueCount, maxLevelsPerSidePerVenue);
        this.bids = new ConsolidatedLevels(true, venueCount, capacity);
        this.asks = new ConsolidatedLevels(false, venueCount, capacity);
    }

    /**
     * Sets one venue's total quantity at a price, creating the level if absent; a quantity of {@code 0} removes it.
     *
     * @param venueId  the venue, {@code 0..venueCount-1}.
     * @param side     BUY or SELL.
     * @param price    the level's price, not {@link FixedPoint#NULL_PRICE}.
     * @param quantity the venue's new total at the price, {@code 0..}{@link #MAX_QUANTITY}.
     * @return {@link Result#OK} (also when nothing changed); {@link Result#INVALID_ARGUMENT} for a venue out of
     *     range, an unknown side, a null price or a quantity out of range; {@link Result#UNKNOWN_ORDER} when removing a
     *     level the venue does not have; {@link Result#REJECTED} if the venue's levels are full. A failure is a
     *     counted no-op.
     */
    public int onLevel(final int venueId, final Side side, final long price, final long quantity) {
        final int result = applyLevel(venueId, side, price, quantity);
        checkNbbo();
        return result;
    }

    /**
     * Replaces one venue's quotes with its top of book only, for venues that publish a BBO rather than depth: every
     * other level of that venue is removed.
     *
     * @param venueId     the venue, {@code 0..venueCount-1}.
     * @param bidPrice    its best bid, or {@link FixedPoint#NULL_PRICE} for none.
     * @param bidQuantity quantity at its best bid ({@code 0} also means no bid).
     * @param askPrice    its best ask, or {@link FixedPoint#NULL_PRICE} for none.
     * @param askQuantity quantity at its best ask ({@code 0} also means no ask).
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for a venue out of range or a quantity out of range
     *     (a counted no-op).
     */
    public int onVenueBbo(
        final int venueId,
        final long bidPrice,
        final long bidQuantity,
        final long askPrice,
        final long askQuantity) {
        if (venueId < 0 || venueId >= venueCount || bidQuantity < 0 || bidQuantity > MAX_QUANTITY || askQuantity < 0
            || askQuantity > MAX_QUANTITY) {
            return error(venueId, BookError.INVALID_ARGUMENT, bidPrice, Result.INVALID_ARGUMENT);
        }
        replaceSide(venueId, Side.BUY, bidQuantity == 0 ? FixedPoint.NULL_PRICE : bidPrice, bidQuantity);
        replaceSide(venueId, Side.SELL, askQuantity == 0 ? FixedPoint.NULL_PRICE : askPrice, askQuantity);
        checkNbbo();
        return Result.OK;
    }

    /**
     * Removes every level of one venue (it disconnected, halted or went stale).
     *
     * @param venueId the venue.
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for a venue out of range (a counted no-op).
     */
    public int clearVenue(final int venueId) {
        if (venueId < 0 || venueId >= venueCount) {
            return error(venueId, BookError.INVALID_ARGUMENT, FixedPoint.NULL_PRICE, Result.INVALID_ARGUMENT);
        }
        replaceSide(venueId, Side.BUY, FixedPoint.NULL_PRICE, 0);
        replaceSide(venueId, Side.SELL, FixedPoint.NULL_PRICE, 0);
        checkNbbo();
        return Result.OK;
    }

    /**
     * A listener that feeds one venue's level changes into this book: pass it to that venue's {@link OrderBook} or
     * {@link PriceLevelBook} (only {@code onLevelChange} is used). Made at construction; the same object every call.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the venue's level adapter.
     */
    public OrderBookListener levelListener(final int venueId) {
        return levelListeners[venueId];
    }

    /**
     * A listener that feeds one venue's BBO changes into this book as {@link #onVenueBbo} (only {@code onBbo} is
     * used), for venues consolidated at top of book only. Made at construction; the same object every call.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the venue's BBO adapter.
     */
    public OrderBookListener bboListener(final int venueId) {
        return bboListeners[venueId];
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
     * Number of venues.
     *
     * @return the venue count given at construction.
     */
    public int venueCount() {
        return venueCount;
    }

    /**
     * National best bid: the best bid across venues. O(1).
     *
     * @return the price, or {@link FixedPoint#NULL_PRICE} if no venue bids.
     */
    public long bestBidPrice() {
        return bidPrice;
    }

    /**
     * Total quantity of all venues at the best bid. O(1).
     *
     * @return the quantity, {@code 0} if there is no bid.
     */
    public long bestBidQuantity() {
        return bidQuantity;
    }

    /**
     * Venues at the best bid. O(1).
     *
     * @return the mask (bit {@code venueId}), {@code 0} if there is no bid.
     */
    public long bestBidVenues() {
        return bidMask;
    }

    /**
     * National best ask (offer): the best ask across venues. O(1).
     *
     * @return the price, or {@link FixedPoint#NULL_PRICE} if no venue offers.
     */
    public long bestAskPrice() {
        return askPrice;
    }

    /**
     * Total quantity of all venues at the best ask. O(1).
     *
     * @return the quantity, {@code 0} if there is no ask.
     */
    public long bestAskQuantity() {
        return askQuantity;
    }

    /**
     * Venues at the best ask. O(1).
     *
     * @return the mask (bit {@code venueId}), {@code 0} if there is no ask.
     */
    public long bestAskVenues() {
        return askMask;
    }

    /**
     * Whether the NBBO is locked or crossed. O(1).
     *
     * @return {@link #NORMAL}, {@link #LOCKED} or {@link #CROSSED}.
     */
    public int nbboState() {
        return state;
    }

    /**
     * One venue's best bid.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if the venue does not bid.
     */
    public long venueBestBidPrice(final int venueId) {
        return venueBidPrice[venueId];
    }

    /**
     * One venue's quantity at its best bid.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the quantity, {@code 0} if the venue does not bid.
     */
    public long venueBestBidQuantity(final int venueId) {
        return venueBidQuantity[venueId];
    }

    /**
     * One venue's best ask.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if the venue does not offer.
     */
    public long venueBestAskPrice(final int venueId) {
        return venueAskPrice[venueId];
    }

    /**
     * One venue's quantity at its best ask.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the quantity, {@code 0} if the venue does not offer.
     */
    public long venueBestAskQuantity(final int venueId) {
        return venueAskQuantity[venueId];
    }

    /**
     * One venue's quantity at a price.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @param side    BUY or SELL.
     * @param price   the price.
     * @return the quantity, {@code 0} if the venue has no level there.
     */
    public long venueQuantityAt(final int venueId, final Side side, final long price) {
        final ConsolidatedLevels levels = levels(side);
        final int slot = levels == null ? -1 : levels.find(price);
        return slot < 0 ? 0 : levels.venueQuantity(slot, venueId);
    }

    /**
     * Number of price levels one venue has on one side.
     *
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @param side    BUY or SELL.
     * @return the count ({@code 0} for UNKNOWN).
     */
    public int venueLevelCount(final int venueId, final Side side) {
        return side == Side.BUY ? venueBidLevels[venueId] : side == Side.SELL ? venueAskLevels[venueId] : 0;
    }

    /**
     * Number of aggregated price levels on one side (distinct prices over all venues).
     *
     * @param side BUY or SELL.
     * @return the count ({@code 0} for UNKNOWN).
     */
    public int levelCount(final Side side) {
        final ConsolidatedLevels levels = levels(side);
        return levels == null ? 0 : levels.count();
    }

    /**
     * Price of the aggregated level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no such level.
     */
    public long levelPrice(final Side side, final int depth) {
        final ConsolidatedLevels levels = levels(side);
        final int slot = levels == null ? -1 : levels.slotAtDepth(depth);
        return slot < 0 ? FixedPoint.NULL_PRICE : levels.price(slot);
    }

    /**
     * Total quantity across venues of the aggregated level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the quantity, {@code 0} if there is no such level.
     */
    public long levelQuantity(final Side side, final int depth) {
        final ConsolidatedLevels levels = levels(side);
        final int slot = levels == null ? -1 : levels.slotAtDepth(depth);
        return slot < 0 ? 0 : levels.total(slot);
    }

    /**
     * Venues quoting at the aggregated level {@code depth} levels behind the touch.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the best level.
     * @return the mask (bit {@code venueId}), {@code 0} if there is no such level.
     */
    public long levelVenues(final Side side, final int depth) {
        final ConsolidatedLevels levels = levels(side);
        final int slot = levels == null ? -1 : levels.slotAtDepth(depth);
        return slot < 0 ? 0 : levels.mask(slot);
    }

    /**
     * One venue's quantity at the aggregated level {@code depth} levels behind the touch.
     *
     * @param side    BUY or SELL.
     * @param depth   0 for the best level.
     * @param venueId the venue, {@code 0..venueCount-1}.
     * @return the quantity, {@code 0} if there is no such level or the venue is not at it.
     */
    public long levelVenueQuantity(final Side side, final int depth, final int venueId) {
        final ConsolidatedLevels levels = levels(side);
        final int slot = levels == null ? -1 : levels.slotAtDepth(depth);
        return slot < 0 || venueId < 0 || venueId >= venueCount ? 0 : levels.venueQuantity(slot, venueId);
    }

    /**
     * Copies the top levels of both sides (as many as {@code depth} holds) into a caller-owned snapshot, without
     * allocation.
     *
     * @param depth the snapshot to fill; venues beyond its venue count are not copied, missing ones read as 0.
     * @return the number of levels copied on the deeper side.
     */
    public int copyDepth(final ConsolidatedDepth depth) {
        final int bidLevels = depth.fill(Side.BUY, bids, venueCount);
        final int askLevels = depth.fill(Side.SELL, asks, venueCount);
        return Math.max(bidLevels, askLevels);
    }

    /**
     * How many updates were refused for a problem since construction.
     *
     * @param error the problem.
     * @return the count.
     */
    public long errorCount(final BookError error) {
        return errorCounts[error.ordinal()];
    }

    /** Removes every level of every venue; no events, error counts are kept, the NBBO reads empty. */
    public void clear() {
        Arrays.fill(venueBidPrice, FixedPoint.NULL_PRICE);
        Arrays.fill(venueAskPrice, FixedPoint.NULL_PRICE);
        Arrays.fill(venueBidQuantity, 0);
        Arrays.fill(venueAskQuantity, 0);
        Arrays.fill(venueBidLevels, 0);
        Arrays.fill(venueAskLevels, 0);
        bids.clear();
        asks.clear();
        bidPrice = FixedPoint.NULL_PRICE;
        bidQuantity = 0;
        bidMask = 0;
        askPrice = FixedPoint.NULL_PRICE;
        askQuantity = 0;
        askMask = 0;
        state = NORMAL;
    }

    private ConsolidatedLevels levels(final Side side) {
        return side == Side.BUY ? bids : side == Side.SELL ? asks : null;
    }

    private int applyLevel(final int venueId, final Side side, final long price, final long quantity) {
        if (venueId < 0 || venueId >= venueCount || side == Side.UNKNOWN || side == null
            || price == FixedPoint.NULL_PRICE || quantity < 0 || quantity > MAX_QUANTITY) {
            return error(venueId, BookError.INVALID_ARGUMENT, price, Result.INVALID_ARGUMENT);
        }
        final ConsolidatedLevels levels = side == Side.BUY ? bids : asks;
        final int index = levels.indexOf(price);
        int slot = index >= 0 ? levels.slotAt(index) : -1;
        final long old = slot < 0 ? 0 : levels.venueQuantity(slot, venueId);
        if (quantity == 0 && old == 0) {
            return error(venueId, BookError.UNKNOWN_LEVEL, price, Result.UNKNOWN_ORDER);
        }
        if (quantity == old) {
            return Result.OK;
        }
        final boolean buy = side == Side.BUY;
        final int[] levelCounts = buy ? venueBidLevels : venueAskLevels;
        if (old == 0) {
            if (levelCounts[venueId] == maxLevelsPerVenue) {
                return error(venueId, BookError.CAPACITY_EXHAUSTED, price, Result.REJECTED);
            }
            // cannot fail: the aggregate holds venueCount * maxLevelsPerSidePerVenue levels and the venue had room
            if (slot < 0) {
                slot = levels.insert(index, price);
            }
            levelCounts[venueId]++;
        } else if (quantity == 0) {
            levelCounts[venueId]--;
        }
        levels.setVenueQuantity(slot, venueId, quantity);
        updateVenueBest(venueId, buy, levels, price, quantity);
        return Result.OK;
    }

    private void updateVenueBest(
        final int venueId, final boolean buy, final ConsolidatedLevels levels, final long price, final long quantity) {
        final long[] bestPrices = buy ? venueBidPrice : venueAskPrice;
        final long[] bestQuantities = buy ? venueBidQuantity : venueAskQuantity;
        final long best = bestPrices[venueId];
        if (quantity > 0) {
            if (best == FixedPoint.NULL_PRICE || price == best || (buy ? price > best : price < best)) {
                bestPrices[venueId] = price;
                bestQuantities[venueId] = quantity;
            }
        } else if (price == best) {
            final int slot = levels.venueBestSlot(venueId);
            bestPrices[venueId] = slot < 0 ? FixedPoint.NULL_PRICE : levels.price(slot);
            bestQuantities[venueId] = slot < 0 ? 0 : levels.venueQuantity(slot, venueId);
        }
    }

    /** Leaves the venue with at most the one level {@code price} on {@code side} ({@code NULL_PRICE}: none). */
    private void replaceSide(final int venueId, final Side side, final long price, final long quantity) {
        final ConsolidatedLevels levels = side == Side.BUY ? bids : asks;
        final int[] levelCounts = side == Side.BUY ? venueBidLevels : venueAskLevels;
        final long bit = 1L << venueId;
        // from the touch down: removing index i shifts only the (already visited) levels above it
        int remaining = levelCounts[venueId];
        for (int i = levels.count() - 1; i >= 0 && remaining > 0; i--) {
            final int slot = levels.slotAt(i);
            if ((levels.mask(slot) & bit) != 0) {
                remaining--;
                final long levelPrice = levels.price(slot);
                if (levelPrice != price) {
                    applyLevel(venueId, side, levelPrice, 0);
                }
            }
        }
        if (price != FixedPoint.NULL_PRICE) {
            applyLevel(venueId, side, price, quantity);
        }
    }

    private void checkNbbo() {
        final long newBidPrice = bids.bestPrice();
        final long newBidQuantity = bids.bestTotal();
        final long newBidMask = bids.bestMask();
        final long newAskPrice = asks.bestPrice();
        final long newAskQuantity = asks.bestTotal();
        final long newAskMask = asks.bestMask();
        if (newBidPrice != bidPrice || newBidQuantity != bidQuantity || newBidMask != bidMask
            || newAskPrice != askPrice || newAskQuantity != askQuantity || newAskMask != askMask) {
            bidPrice = newBidPrice;
            bidQuantity = newBidQuantity;
            bidMask = newBidMask;
            askPrice = newAskPrice;
            askQuantity = newAskQuantity;
            askMask = newAskMask;
            listener.onNbbo(instrumentId, newBidPrice, newBidQuantity, newBidMask, newAskPrice, newAskQuantity,
                newAskMask);
            final int newState = newBidPrice == FixedPoint.NULL_PRICE || newAskPrice == FixedPoint.NULL_PRICE
                ? NORMAL : newBidPrice < newAskPrice ? NORMAL : newBidPrice == newAskPrice ? LOCKED : CROSSED;
            if (newState != state) {
                state = newState;
                listener.onNbboState(instrumentId, newState);
            }
        }
    }

    private int error(final int venueId, final BookError error, final long price, final int result) {
        errorCounts[error.ordinal()]++;
        listener.onBookError(instrumentId, venueId, error, price);
        return result;
    }

    /** Feeds a venue's {@code onLevelChange} into {@link #onLevel}. */
    private static final class LevelAdapter implements OrderBookListener {
        private final ConsolidatedBook book;
        private final int venueId;

        LevelAdapter(final ConsolidatedBook book, final int venueId) {
            this.book = book;
            this.venueId = venueId;
        }

        @Override
        public void onLevelChange(
            final int instrumentId, final Side side, final long price, final long quantity, final int orderCount) {
            book.onLevel(venueId, side, price, quantity);
        }
    }

    /** Feeds a venue's {@code onBbo} into {@link #onVenueBbo}. */
    private static final class BboAdapter implements OrderBookListener {
        private final ConsolidatedBook book;
        private final int venueId;

        BboAdapter(final ConsolidatedBook book, final int venueId) {
            this.book = book;
            this.venueId = venueId;
        }

        @Override
        public void onBbo(
            final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
            final long askQuantity) {
            book.onVenueBbo(venueId, bidPrice, bidQuantity, askPrice, askQuantity);
        }
    }
}
