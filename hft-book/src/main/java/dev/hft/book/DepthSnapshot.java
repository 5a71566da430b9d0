package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import java.util.Locale;

/**
 * A caller-owned copy of the top {@link #maxDepth()} levels of one book: prices, quantities and order counts per side,
 * in preallocated arrays, filled by {@link #copy(OrderBook)} or {@link #copy(PriceLevelBook)} without allocation.
 * Index 0 is the touch. Reuse one snapshot for every copy; it is not thread-safe (a copy made on the feed thread may be
 * handed to another thread only through a queue that publishes it safely).
 */
public final class DepthSnapshot {
    private final int maxDepth;
    private final long[] bidPrices;
    private final long[] bidQuantities;
    private final int[] bidOrderCounts;
    private final long[] askPrices;
    private final long[] askQuantities;
    private final int[] askOrderCounts;
    private int instrumentId = BookBuilder.NULL_INSTRUMENT;
    private int bidCount;
    private int askCount;

    /**
     * Creates a snapshot holding up to {@code maxDepth} levels per side.
     *
     * @param maxDepth levels per side, positive.
     */
    public DepthSnapshot(final int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
        this.maxDepth = maxDepth;
        bidPrices = new long[maxDepth];
        bidQuantities = new long[maxDepth];
        bidOrderCounts = new int[maxDepth];
        askPrices = new long[maxDepth];
        askQuantities = new long[maxDepth];
        askOrderCounts = new int[maxDepth];
    }

    /**
     * Copies the top levels of an L3 book.
     *
     * @param book the book.
     * @return levels copied, both sides together.
     */
    public int copy(final OrderBook book) {
        instrumentId = book.instrumentId();
        bidCount = Math.min(maxDepth, book.levelCount(Side.BUY));
        for (int i = 0; i < bidCount; i++) {
            bidPrices[i] = book.levelPrice(Side.BUY, i);
            bidQuantities[i] = book.levelQuantity(Side.BUY, i);
            bidOrderCounts[i] = book.levelOrderCount(Side.BUY, i);
        }
        askCount = Math.min(maxDepth, book.levelCount(Side.SELL));
        for (int i = 0; i < askCount; i++) {
            askPrices[i] = book.levelPrice(Side.SELL, i);
            askQuantities[i] = book.levelQuantity(Side.SELL, i);
            askOrderCounts[i] = book.levelOrderCount(Side.SELL, i);
        }
        return bidCount + askCount;
    }

    /**
     * Copies the top levels of an L2 book (order counts are {@code 0}).
     *
     * @param book the book.
     * @return levels copied, both sides together.
     */
    public int copy(final PriceLevelBook book) {
        instrumentId = book.instrumentId();
        bidCount = Math.min(maxDepth, book.levelCount(Side.BUY));
        for (int i = 0; i < bidCount; i++) {
            bidPrices[i] = book.levelPrice(Side.BUY, i);
            bidQuantities[i] = book.levelQuantity(Side.BUY, i);
            bidOrderCounts[i] = 0;
        }
        askCount = Math.min(maxDepth, book.levelCount(Side.SELL));
        for (int i = 0; i < askCount; i++) {
            askPrices[i] = book.levelPrice(Side.SELL, i);
            askQuantities[i] = book.levelQuantity(Side.SELL, i);
            askOrderCounts[i] = 0;
        }
        return bidCount + askCount;
    }

    /**
     * Levels per side this snapshot holds at most.
     *
     * @return the capacity.
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Instrument of the last copy.
     *
     * @return the id, or {@link BookBuilder#NULL_INSTRUMENT} before the first copy.
     */
    public int instrumentId() {
        return instrumentId;
    }

    /**
     * Levels copied on one side.
     *
     * @param side BUY or SELL.
     * @return the count, {@code 0} for {@link Side#UNKNOWN}.
     */
    public int levelCount(final Side side) {
        return side == Side.BUY ? bidCount : side == Side.SELL ? askCount : 0;
    }

    /**
     * Price of a copied level.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the touch.
     * @return the price, or {@link FixedPoint#NULL_PRICE} beyond the copied levels.
     */
    public long price(final Side side, final int depth) {
        if (depth < 0 || depth >= levelCount(side)) {
            return FixedPoint.NULL_PRICE;
        }
        return side == Side.BUY ? bidPrices[depth] : askPrices[depth];
    }

    /**
     * Total quantity of a copied level.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the touch.
     * @return the quantity, {@code 0} beyond the copied levels.
     */
    public long quantity(final Side side, final int depth) {
        if (depth < 0 || depth >= levelCount(side)) {
            return 0;
        }
        return side == Side.BUY ? bidQuantities[depth] : askQuantities[depth];
    }

    /**
     * Order count of a copied level.
     *
     * @param side  BUY or SELL.
     * @param depth 0 for the touch.
     * @return the count, {@code 0} beyond the copied levels or for an L2 book.
     */
    public int orderCount(final Side side, final int depth) {
        if (depth < 0 || depth >= levelCount(side)) {
            return 0;
        }
        return side == Side.BUY ? bidOrderCounts[depth] : askOrderCounts[depth];
    }

    /**
     * Appends a one-line-per-level rendering (bids left, asks right), for tools and test failures; allocates.
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        final int rows = Math.max(bidCount, askCount);
        for (int i = 0; i < rows; i++) {
            if (i < bidCount) {
                sb.append(String.format(Locale.ROOT, "%8d %12d x %-8d", bidOrderCounts[i], bidPrices[i],
                    bidQuantities[i]));
            } else {
                sb.append(String.format(Locale.ROOT, "%8s %12s   %-8s", "", "", ""));
            }
            sb.append(" | ");
            if (i < askCount) {
                sb.append(String.format(Locale.ROOT, "%-8d x %-12d %d", askQuantities[i], askPrices[i],
                    askOrderCounts[i]));
            }
            sb.append(System.lineSeparator());
        }
        return sb;
    }
}
