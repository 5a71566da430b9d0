package dev.hft.book;

/**
 * Receives the events of a {@link ConsolidatedBook}: one method per event, primitive arguments, empty defaults so a
 * listener overrides only what it needs.
 *
 * <p>Events of one book operation are delivered after the book has changed, in this order: at most one NBBO change,
 * then at most one NBBO state change. A callback may read the book but must not modify it. Calls arrive on the thread
 * that updates the book; implementations must not block and should not allocate.
 *
 * <p>Venue masks have bit {@code venueId} set for every venue quoting at the price
 * ({@code (mask >>> venueId & 1) != 0}; {@link Long#bitCount(long)} is the number of venues).
 */
public interface ConsolidatedBookListener {

    /** A listener that ignores every event. */
    ConsolidatedBookListener NO_OP = new ConsolidatedBookListener() {
    };

    /**
     * Reports a new NBBO: sent when either side's best price, aggregated quantity or venue mask changes.
     *
     * @param instrumentId  the book's instrument id.
     * @param bidPrice      best bid across venues, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if no venue bids.
     * @param bidQuantity   total quantity of all venues at the best bid, {@code 0} if there is no bid.
     * @param bidVenueMask  venues at the best bid, {@code 0} if there is no bid.
     * @param askPrice      best ask across venues, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if no venue offers.
     * @param askQuantity   total quantity of all venues at the best ask, {@code 0} if there is no ask.
     * @param askVenueMask  venues at the best ask, {@code 0} if there is no ask.
     */
    default void onNbbo(
        final int instrumentId,
        final long bidPrice,
        final long bidQuantity,
        final long bidVenueMask,
        final long askPrice,
        final long askQuantity,
        final long askVenueMask) {
    }

    /**
     * Reports that the NBBO became locked, crossed or normal again.
     *
     * @param instrumentId the book's instrument id.
     * @param state        {@link ConsolidatedBook#NORMAL}, {@link ConsolidatedBook#LOCKED} or
     *                     {@link ConsolidatedBook#CROSSED}.
     */
    default void onNbboState(final int instrumentId, final int state) {
    }

    /**
     * Reports an update the book refused, after it was counted; the book is unchanged.
     *
     * @param instrumentId the book's instrument id.
     * @param venueId      the venue named by the update (may be out of range for {@link BookError#INVALID_ARGUMENT}).
     * @param error        what was wrong: {@link BookError#INVALID_ARGUMENT}, {@link BookError#UNKNOWN_LEVEL} or
     *                     {@link BookError#CAPACITY_EXHAUSTED}.
     * @param price        the price of the update.
     */
    default void onBookError(final int instrumentId, final int venueId, final BookError error, final long price) {
    }
}
