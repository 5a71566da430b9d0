package dev.hft.oms;

import dev.hft.api.Liquidity;
import dev.hft.api.Side;

/**
 * Computes the fee of one execution, booked into the position's fees. Must be a pure function of its arguments, so a
 * journal replay books the same fees.
 */
@FunctionalInterface
public interface FeeModel {

    /** No fees. */
    FeeModel NONE = (venueId, instrumentId, side, quantity, priceFixed, liquidity) -> 0;

    /**
     * Returns the fee of an execution.
     *
     * @param venueId      venue.
     * @param instrumentId instrument.
     * @param side         side of our order.
     * @param quantity     executed quantity.
     * @param priceFixed   execution price.
     * @param liquidity    added (maker) or removed (taker) liquidity.
     * @return fee as a {@link dev.hft.api.FixedPoint} amount of the quote currency: positive is paid, negative is a
     *         rebate.
     */
    long fee(int venueId, int instrumentId, Side side, long quantity, long priceFixed, Liquidity liquidity);

    /**
     * A maker/taker model: a fee per unit of quantity by liquidity.
     *
     * @param makerFeePerUnitFixed fee per unit for {@link Liquidity#ADDED} (negative for a rebate), fixed-point.
     * @param takerFeePerUnitFixed fee per unit for every other liquidity, fixed-point.
     * @return the model.
     */
    static FeeModel perUnit(final long makerFeePerUnitFixed, final long takerFeePerUnitFixed) {
        return (venueId, instrumentId, side, quantity, priceFixed, liquidity) ->
            quantity * (liquidity == Liquidity.ADDED ? makerFeePerUnitFixed : takerFeePerUnitFixed);
    }
}
