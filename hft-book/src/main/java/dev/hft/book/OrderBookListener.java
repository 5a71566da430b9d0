package dev.hft.book;

import dev.hft.api.Side;

/**
 * Receives the events of an {@link OrderBook} or {@link PriceLevelBook}: one method per event, primitive arguments,
 * empty defaults so a listener overrides only what it needs.
 *
 * <p>Events of one book operation are delivered after the book has changed, in this order: level changes, the trade
 * (executions only), then at most one BBO change. A callback may read the book but must not modify it. Calls arrive
 * on the thread that updates the book; implementations must not block and should not allocate.
 *
 * <p>Prices are in the book's price unit (see {@link OrderBook}); quantities are shares (base units).
 */
public interface OrderBookListener {

    /** A listener that ignores every event. */
    OrderBookListener NO_OP = new OrderBookListener() {
    };

    /**
     * Reports a new best bid and offer: sent when either side's best price or its total quantity changes.
     *
     * @param instrumentId the book's instrument id.
     * @param bidPrice     best bid price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if there is no bid.
     * @param bidQuantity  total quantity at the best bid, {@code 0} if there is no bid.
     * @param askPrice     best ask price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if there is no ask.
     * @param askQuantity  total quantity at the best ask, {@code 0} if there is no ask.
     */
    default void onBbo(
        final int instrumentId,
        final long bidPrice,
        final long bidQuantity,
        final long askPrice,
        final long askQuantity) {
    }

    /**
     * Reports the new total of one price level.
     *
     * @param instrumentId the book's instrument id.
     * @param side         BUY or SELL.
     * @param price        the level's price.
     * @param quantity     new total quantity; {@code 0} means the level was removed.
     * @param orderCount   orders at the level ({@code 0} when removed; always {@code 0} for an L2 book).
     */
    default void onLevelChange(
        final int instrumentId,
        final Side side,
        final long price,
        final long quantity,
        final int orderCount) {
    }

    /**
     * Reports an execution of a resting order.
     *
     * @param instrumentId   the book's instrument id.
     * @param restingSide    side of the resting (executed) order; the aggressor was on the other side.
     * @param price          execution price.
     * @param quantity       executed shares, positive (clamped to what the order had).
     * @param orderReference the resting order's reference.
     */
    default void onTrade(
        final int instrumentId,
        final Side restingSide,
        final long price,
        final long quantity,
        final long orderReference) {
    }

    /**
     * Reports an integrity problem, after it was counted; the book is unchanged (or clamped, see {@link BookError}).
     *
     * @param instrumentId   the book's instrument id.
     * @param error          what was wrong.
     * @param orderReference the order reference concerned, or the price for {@link BookError#UNKNOWN_LEVEL}.
     */
    default void onBookError(final int instrumentId, final BookError error, final long orderReference) {
    }
}
