package dev.hft.examples.trading;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.book.ConsolidatedBook;

/**
 * Our own resting quantity at a price, so that strategies can read the market without their own quotes: the venues'
 * feeds show our orders like everyone else's, and a market maker that prices off a mid made of its own quotes never
 * moves. Allocation-free.
 */
@FunctionalInterface
public interface OwnOrders {
    /** No own orders. */
    OwnOrders NONE = (instrumentId, side, priceFixed) -> 0;

    /**
     * Our resting quantity at a price, over every venue.
     *
     * @param instrumentId the instrument.
     * @param side         BUY or SELL.
     * @param priceFixed   the price.
     * @return shares.
     */
    long quantityAt(int instrumentId, Side side, long priceFixed);

    /**
     * The best price of one side of a consolidated book with our own quantity taken out: the first level holding
     * more than our own orders there.
     *
     * @param book the consolidated book.
     * @param side BUY or SELL.
     * @param own  our orders.
     * @return the price, or {@link FixedPoint#NULL_PRICE} if the side holds nothing but our orders.
     */
    static long marketPrice(final ConsolidatedBook book, final Side side, final OwnOrders own) {
        final int levels = book.levelCount(side);
        for (int depth = 0; depth < levels; depth++) {
            final long price = book.levelPrice(side, depth);
            if (book.levelQuantity(side, depth) > own.quantityAt(book.instrumentId(), side, price)) {
                return price;
            }
        }
        return FixedPoint.NULL_PRICE;
    }
}
