package dev.hft.backtest.matching;

import dev.hft.api.Side;

/** Sends every book event to two listeners. */
final class BookTee implements BookEventListener {
    private final BookEventListener first;
    private final BookEventListener second;

    BookTee(final BookEventListener first, final BookEventListener second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void onOrderAdded(final int instrumentId, final long reference, final Side side, final long priceFixed,
        final long quantity, final long timestampNs) {
        first.onOrderAdded(instrumentId, reference, side, priceFixed, quantity, timestampNs);
        second.onOrderAdded(instrumentId, reference, side, priceFixed, quantity, timestampNs);
    }

    @Override
    public void onOrderExecuted(final int instrumentId, final long reference, final long quantity,
        final long priceFixed, final long matchNumber, final long timestampNs) {
        first.onOrderExecuted(instrumentId, reference, quantity, priceFixed, matchNumber, timestampNs);
        second.onOrderExecuted(instrumentId, reference, quantity, priceFixed, matchNumber, timestampNs);
    }

    @Override
    public void onOrderCanceled(final int instrumentId, final long reference, final long canceledQuantity,
        final long timestampNs) {
        first.onOrderCanceled(instrumentId, reference, canceledQuantity, timestampNs);
        second.onOrderCanceled(instrumentId, reference, canceledQuantity, timestampNs);
    }

    @Override
    public void onOrderDeleted(final int instrumentId, final long reference, final long timestampNs) {
        first.onOrderDeleted(instrumentId, reference, timestampNs);
        second.onOrderDeleted(instrumentId, reference, timestampNs);
    }

    @Override
    public void onOrderReplaced(final int instrumentId, final long originalReference, final long newReference,
        final long priceFixed, final long quantity, final long timestampNs) {
        first.onOrderReplaced(instrumentId, originalReference, newReference, priceFixed, quantity, timestampNs);
        second.onOrderReplaced(instrumentId, originalReference, newReference, priceFixed, quantity, timestampNs);
    }
}
