package dev.hft.api.strategy;

/**
 * Read-only view of one strategy's positions and P&amp;L, kept by the order manager from the fills it applied.
 * Read it on the trading thread only (from a {@link Strategy} callback): reads are plain field reads that allocate
 * nothing, and values change only between callbacks.
 */
public interface PositionView {
    /**
     * Net position in an instrument.
     *
     * @param instrumentId the instrument.
     * @return signed quantity (positive long, negative short), 0 for an unknown instrument.
     */
    long position(int instrumentId);

    /**
     * Average open price of the position.
     *
     * @param instrumentId the instrument.
     * @return the price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} when flat.
     */
    long averagePriceFixed(int instrumentId);

    /**
     * Realized P&amp;L over every instrument, fees excluded.
     *
     * @return fixed-point currency units.
     */
    long realizedPnlFixed();

    /**
     * Unrealized P&amp;L of the open positions, marked at the consolidated mid.
     *
     * @return fixed-point currency units (0 when no instrument has a mid).
     */
    long unrealizedPnlFixed();

    /**
     * Fees paid (positive) or rebates received (negative) in all.
     *
     * @return fixed-point currency units.
     */
    long feesFixed();
}
