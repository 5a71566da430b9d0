package dev.hft.backtest.matching;

import dev.hft.api.Side;

/**
 * Receives the engine's public order book, order by order, in the vocabulary of ITCH 5.0 (Add, Executed, Cancel,
 * Delete, Replace), so a feed publisher translates each event to one message ({@link ItchBookPublisher}). Applying
 * the events in order to any L3 book reproduces the engine's book exactly. Only resting orders appear: an incoming
 * order shows up as the executions of the orders it hits, then as an add if a remainder rests.
 *
 * <p>Threading: called on the thread that calls the engine, during the call.
 */
public interface BookEventListener {

    /** A listener that ignores everything. */
    BookEventListener NO_OP = new BookEventListener() {
    };

    /**
     * An order now rests at the tail of its price level.
     *
     * @param instrumentId dense instrument id.
     * @param reference    order reference number, unique.
     * @param side         BUY or SELL.
     * @param priceFixed   limit price.
     * @param quantity     resting quantity.
     * @param timestampNs  engine time, epoch nanoseconds.
     */
    default void onOrderAdded(final int instrumentId, final long reference, final Side side, final long priceFixed,
        final long quantity, final long timestampNs) {
    }

    /**
     * A resting order traded at its own price; it leaves the book when nothing remains.
     *
     * @param instrumentId dense instrument id.
     * @param reference    order reference number.
     * @param quantity     executed quantity.
     * @param priceFixed   the execution price (the order's price).
     * @param matchNumber  id of the match.
     * @param timestampNs  engine time, epoch nanoseconds.
     */
    default void onOrderExecuted(final int instrumentId, final long reference, final long quantity,
        final long priceFixed, final long matchNumber, final long timestampNs) {
    }

    /**
     * Part of a resting order was canceled; it keeps its place and some quantity.
     *
     * @param instrumentId     dense instrument id.
     * @param reference        order reference number.
     * @param canceledQuantity quantity removed.
     * @param timestampNs      engine time, epoch nanoseconds.
     */
    default void onOrderCanceled(final int instrumentId, final long reference, final long canceledQuantity,
        final long timestampNs) {
    }

    /**
     * A resting order left the book whole (cancel).
     *
     * @param instrumentId dense instrument id.
     * @param reference    order reference number.
     * @param timestampNs  engine time, epoch nanoseconds.
     */
    default void onOrderDeleted(final int instrumentId, final long reference, final long timestampNs) {
    }

    /**
     * A resting order was replaced and lost its priority: the original reference leaves the book, the new one rests
     * at the tail of its level.
     *
     * @param instrumentId      dense instrument id.
     * @param originalReference the reference that leaves.
     * @param newReference      the reference that enters.
     * @param priceFixed        new price.
     * @param quantity          new resting quantity.
     * @param timestampNs       engine time, epoch nanoseconds.
     */
    default void onOrderReplaced(final int instrumentId, final long originalReference, final long newReference,
        final long priceFixed, final long quantity, final long timestampNs) {
    }
}
