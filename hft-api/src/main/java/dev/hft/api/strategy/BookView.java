package dev.hft.api.strategy;

import dev.hft.api.Side;

/**
 * Read-only view of the books the engine maintains: each venue's book of an instrument, and the consolidated book
 * ({@link StrategyContext#CONSOLIDATED}). Levels are numbered from 0 (the best). Getters answer sentinels for an
 * unknown venue or instrument, or a level that does not exist.
 *
 * <p>Read it on the trading thread only (from a {@link Strategy} callback): reads allocate nothing, and the books
 * change only between callbacks, never during one.
 */
public interface BookView {
    /**
     * Price of a level.
     *
     * @param venueId      a venue, or {@link StrategyContext#CONSOLIDATED}.
     * @param instrumentId the instrument.
     * @param side         BUY (bids) or SELL (offers).
     * @param level        0 for the best.
     * @return the price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if there is no such level.
     */
    long priceFixed(int venueId, int instrumentId, Side side, int level);

    /**
     * Total quantity of a level.
     *
     * @param venueId      a venue, or {@link StrategyContext#CONSOLIDATED}.
     * @param instrumentId the instrument.
     * @param side         BUY (bids) or SELL (offers).
     * @param level        0 for the best.
     * @return the quantity, 0 if there is no such level.
     */
    long quantity(int venueId, int instrumentId, Side side, int level);

    /**
     * Number of price levels on one side.
     *
     * @param venueId      a venue, or {@link StrategyContext#CONSOLIDATED}.
     * @param instrumentId the instrument.
     * @param side         BUY or SELL.
     * @return {@code >= 0}.
     */
    int depth(int venueId, int instrumentId, Side side);

    /**
     * The consolidated best bid and offer's midpoint.
     *
     * @param instrumentId the instrument.
     * @return the mid, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if either side is empty.
     */
    long midPriceFixed(int instrumentId);
}
