package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;

/**
 * A caller-owned snapshot of the top levels of a {@link ConsolidatedBook}, filled by
 * {@link ConsolidatedBook#copyDepth(ConsolidatedDepth)} without allocation: per side and level (0 = best) the price,
 * the total quantity across venues, the mask of venues at the price and each venue's quantity.
 *
 * <p>Preallocated at construction for {@code maxLevels} levels per side and {@code venueCount} venues. Not
 * thread-safe; reuse one instance per reader.
 */
public final class ConsolidatedDepth {
    private final int maxLevels;
    private final int venueCount;
    private final long[][] prices = new long[2][];
    private final long[][] quantities = new long[2][];
    private final long[][] masks = new long[2][];
    private final long[][] venueQuantities = new long[2][];
    private final int[] counts = new int[2];

    /**
     * Creates an empty snapshot.
     *
     * @param maxLevels  levels per side it holds (deeper levels are not copied), positive.
     * @param venueCount venues per level, at least the book's venue count.
     */
    public ConsolidatedDepth(final int maxLevels, final int venueCount) {
        if (maxLevels < 1 || venueCount < 1) {
            throw new IllegalArgumentException("maxLevels and venueCount must be positive: " + maxLevels + ", "
                + venueCount);
        }
        this.maxLevels = maxLevels;
        this.venueCount = venueCount;
        for (int s = 0; s < 2; s++) {
            prices[s] = new long[maxLevels];
            quantities[s] = new long[maxLevels];
            masks[s] = new long[maxLevels];
            venueQuantities[s] = new long[maxLevels * venueCount];
        }
    }

    /**
     * Levels per side this snapshot can hold.
     *
     * @return the capacity given at construction.
     */
    public int maxLevels() {
        return maxLevels;
    }

    /**
     * Venues per level this snapshot can hold.
     *
     * @return the venue count given at construction.
     */
    public int venueCount() {
        return venueCount;
    }

    /**
     * Number of levels copied for a side.
     *
     * @param side BUY or SELL.
     * @return the count, {@code 0} for UNKNOWN.
     */
    public int levelCount(final Side side) {
        final int s = index(side);
        return s < 0 ? 0 : counts[s];
    }

    /**
     * Price of a level.
     *
     * @param side  BUY or SELL.
     * @param level 0 for the best level.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if there is no such level.
     */
    public long price(final Side side, final int level) {
        final int s = index(side);
        return s < 0 || level < 0 || level >= counts[s] ? FixedPoint.NULL_PRICE : prices[s][level];
    }

    /**
     * Total quantity of a level across venues.
     *
     * @param side  BUY or SELL.
     * @param level 0 for the best level.
     * @return the quantity, {@code 0} if there is no such level.
     */
    public long quantity(final Side side, final int level) {
        final int s = index(side);
        return s < 0 || level < 0 || level >= counts[s] ? 0 : quantities[s][level];
    }

    /**
     * Venues quoting at a level.
     *
     * @param side  BUY or SELL.
     * @param level 0 for the best level.
     * @return the venue mask (bit {@code venueId}), {@code 0} if there is no such level.
     */
    public long venueMask(final Side side, final int level) {
        final int s = index(side);
        return s < 0 || level < 0 || level >= counts[s] ? 0 : masks[s][level];
    }

    /**
     * One venue's quantity at a level.
     *
     * @param side    BUY or SELL.
     * @param level   0 for the best level.
     * @param venueId the venue.
     * @return the quantity, {@code 0} if there is no such level or venue.
     */
    public long venueQuantity(final Side side, final int level, final int venueId) {
        final int s = index(side);
        if (s < 0 || level < 0 || level >= counts[s] || venueId < 0 || venueId >= venueCount) {
            return 0;
        }
        return venueQuantities[s][level * venueCount + venueId];
    }

    int fill(final Side side, final ConsolidatedLevels levels, final int bookVenueCount) {
        final int s = index(side);
        if (bookVenueCount == venueCount) {
            counts[s] = levels.copyTo(maxLevels, prices[s], quantities[s], masks[s], venueQuantities[s]);
        } else {
            final int n = Math.min(maxLevels, levels.count());
            for (int depth = 0; depth < n; depth++) {
                final int slot = levels.slotAtDepth(depth);
                prices[s][depth] = levels.price(slot);
                quantities[s][depth] = levels.total(slot);
                masks[s][depth] = levels.mask(slot);
                for (int v = 0; v < venueCount; v++) {
                    venueQuantities[s][depth * venueCount + v] = v < bookVenueCount ? levels.venueQuantity(slot, v) : 0;
                }
            }
            counts[s] = n;
        }
        return counts[s];
    }

    private static int index(final Side side) {
        return side == Side.BUY ? 0 : side == Side.SELL ? 1 : -1;
    }
}
