package dev.hft.book;

import dev.hft.api.TradingStatus;

/**
 * Receives the events of a {@link BookBuilder}: every {@link OrderBookListener} event of every instrument's book (with
 * the instrument id), plus trading status changes and new instruments. Empty defaults; calls arrive on the thread that
 * drives the builder and must not block or modify the books.
 *
 * <p>{@link #onBookError} is also called with {@link BookBuilder#NULL_INSTRUMENT} when a message names an order
 * reference the builder has never seen (its instrument is unknown).
 */
public interface BookBuilderListener extends OrderBookListener {

    /** A listener that ignores every event. */
    BookBuilderListener NO_OP = new BookBuilderListener() {
    };

    /**
     * Reports a new instrument (ITCH stock directory, or a PITCH symbol seen for the first time).
     *
     * @param instrumentId the dense id assigned to it.
     * @param symbol       the feed's packed symbol (ITCH {@code Stock} / PITCH {@code Symbol} as the decoders read it).
     */
    default void onInstrument(final int instrumentId, final long symbol) {
    }

    /**
     * Reports a trading status change (ITCH Stock Trading Action 'H', PITCH Trading Status, LOBSTER halt events).
     * The book is left as it is: halts do not remove resting orders.
     *
     * @param instrumentId the instrument.
     * @param status       the new status.
     * @param timestampNs  the feed's timestamp, nanoseconds (feed-defined epoch), or {@code 0} when unknown.
     */
    default void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
    }
}
