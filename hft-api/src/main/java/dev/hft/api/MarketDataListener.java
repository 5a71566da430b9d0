package dev.hft.api;

/**
 * Receives venue-neutral market data events from a feed handler or book builder: one method per event, primitive
 * arguments. Every method has an empty default, so a strategy overrides only what it needs.
 *
 * <p><b>Threading:</b> calls arrive on the thread that polls the source (the feed adapter's or book builder's
 * {@code poll()}), one at a time. Implementations must not block and should not allocate. Arguments are primitives
 * and enum constants, valid after the call; the source's buffers are never exposed.
 *
 * <p><b>Time:</b> {@code timestampNs} is nanoseconds since the Unix epoch: the exchange timestamp when the feed has
 * one (ITCH's nanoseconds since midnight are converted to epoch nanoseconds by the feed handler), otherwise the
 * receive time read from the injected epoch clock.
 *
 * <p><b>Prices</b> are {@link FixedPoint} values; <b>quantities</b> are counts of the instrument's base unit.
 */
public interface MarketDataListener {

    /**
     * Reports a new best bid and offer of an instrument; sent when either side's price or quantity changes.
     *
     * @param instrumentId   dense instrument id.
     * @param bidPriceFixed  best bid price, or {@link FixedPoint#NULL_PRICE} if there is no bid.
     * @param bidQuantity    total quantity at the best bid, {@code 0} if there is no bid.
     * @param askPriceFixed  best ask price, or {@link FixedPoint#NULL_PRICE} if there is no ask.
     * @param askQuantity    total quantity at the best ask, {@code 0} if there is no ask.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    default void onBbo(
        final int instrumentId,
        final long bidPriceFixed,
        final long bidQuantity,
        final long askPriceFixed,
        final long askQuantity,
        final long timestampNs) {
    }

    /**
     * Reports a trade (an execution printed by the venue, ours or anyone's).
     *
     * @param instrumentId  dense instrument id.
     * @param priceFixed    trade price.
     * @param quantity      traded quantity, positive.
     * @param aggressorSide side of the incoming (liquidity-taking) order, or {@link Side#UNKNOWN} if the feed does
     *                      not say (auction prints, off-book trades).
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onTrade(
        final int instrumentId,
        final long priceFixed,
        final long quantity,
        final Side aggressorSide,
        final long timestampNs) {
    }

    /**
     * Reports the new total quantity of one price level (depth, L2).
     *
     * @param instrumentId dense instrument id.
     * @param side         side of the level, BUY or SELL.
     * @param priceFixed   price of the level.
     * @param quantity     new total quantity at the level; {@code 0} means the level was removed.
     * @param timestampNs  event time, epoch nanoseconds.
     */
    default void onLevelChange(
        final int instrumentId,
        final Side side,
        final long priceFixed,
        final long quantity,
        final long timestampNs) {
    }

    /**
     * Reports a change of an instrument's trading state.
     *
     * @param instrumentId dense instrument id.
     * @param status       new state.
     * @param timestampNs  event time, epoch nanoseconds.
     */
    default void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
    }

    /**
     * Marks the end of a batch: every event decoded from one packet (or one poll) has been delivered. A strategy
     * that reacts once per batch, on a consistent book, acts here.
     *
     * @param timestampNs time of the batch (receive time of the packet), epoch nanoseconds.
     */
    default void onBatchEnd(final long timestampNs) {
    }
}
