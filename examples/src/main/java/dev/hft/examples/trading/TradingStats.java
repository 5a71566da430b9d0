package dev.hft.examples.trading;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderEvent;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;

/**
 * Counters of the trading thread, fed by the engine's order listener: orders accepted, rejected by venues, canceled
 * and replaced per strategy; fills and filled shares per strategy and venue; events the order manager refused.
 * Flat arrays, allocation-free.
 */
final class TradingStats implements OmsListener {
    private static final OrderEvent[] EVENTS = OrderEvent.values();
    private final int strategies;
    private final int venues;
    private final long[] accepted;
    private final long[] venueRejected;
    private final long[] canceled;
    private final long[] replaced;
    private final long[] fills;
    private final long[] filledQuantity;
    private final long[] invalidEvents;
    private OrderManager oms;

    TradingStats(final int strategies, final int venues) {
        this.strategies = strategies;
        this.venues = venues;
        accepted = new long[strategies];
        venueRejected = new long[strategies];
        canceled = new long[strategies];
        replaced = new long[strategies];
        fills = new long[strategies * (venues + 1)];
        filledQuantity = new long[strategies * (venues + 1)];
        invalidEvents = new long[(venues + 1) * (OrderState.COUNT + 1) * EVENTS.length];
    }

    /** The order manager the fills' venues are looked up in (once the engine is built). */
    void oms(final OrderManager value) {
        this.oms = value;
    }

    private boolean known(final int strategy) {
        return strategy >= 0 && strategy < strategies;
    }

    @Override
    public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
        if (known(strategyId)) {
            accepted[strategyId]++;
        }
    }

    @Override
    public void onOrderRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        if (known(strategyId)) {
            venueRejected[strategyId]++;
        }
    }

    @Override
    public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final boolean lateFill, final long timestampNs) {
        if (!known(strategyId)) {
            return;
        }
        final int slot = oms == null ? OrderManager.NOT_FOUND : oms.find(clientOrderId);
        final int venue = slot == OrderManager.NOT_FOUND ? venues : oms.venueId(slot);
        final int index = strategyId * (venues + 1) + venue;
        fills[index]++;
        filledQuantity[index] += lastQuantity;
    }

    @Override
    public void onOrderCanceled(final int strategyId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        if (known(strategyId)) {
            canceled[strategyId]++;
        }
    }

    @Override
    public void onOrderReplaced(final int strategyId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long leavesQuantity, final long timestampNs) {
        if (known(strategyId)) {
            replaced[strategyId]++;
        }
    }

    @Override
    public void onInvalidEvent(final int venueId, final long clientOrderId, final OrderState state,
        final OrderEvent event) {
        final int v = venueId < 0 || venueId >= venues ? venues : venueId;
        final int s = state == null ? OrderState.COUNT : state.ordinal();
        invalidEvents[(v * (OrderState.COUNT + 1) + s) * EVENTS.length + event.ordinal()]++;
    }

    /**
     * Events the OMS refused, by venue, order state and event, for the report.
     *
     * @param venueNames names by venue id.
     * @return e.g. {@code "FIXC PENDING_REPLACE+FILL 3"}, comma-separated, or empty.
     */
    String invalidEvents(final String[] venueNames) {
        final StringBuilder text = new StringBuilder();
        for (int i = 0; i < invalidEvents.length; i++) {
            if (invalidEvents[i] == 0) {
                continue;
            }
            final int event = i % EVENTS.length;
            final int state = i / EVENTS.length % (OrderState.COUNT + 1);
            final int venue = i / EVENTS.length / (OrderState.COUNT + 1);
            text.append(text.length() == 0 ? "" : ", ").append(venue < venueNames.length ? venueNames[venue] : "local")
                .append(' ').append(state == OrderState.COUNT ? "unknown" : OrderState.fromOrdinal(state).name())
                .append('+').append(EVENTS[event].name()).append(' ').append(invalidEvents[i]);
        }
        return text.toString();
    }

    long acceptedCount(final int strategy) {
        return accepted[strategy];
    }

    long venueRejectedCount(final int strategy) {
        return venueRejected[strategy];
    }

    long canceledCount(final int strategy) {
        return canceled[strategy];
    }

    long replacedCount(final int strategy) {
        return replaced[strategy];
    }

    /**
     * Fills of a strategy on a venue.
     *
     * @param strategy the strategy.
     * @param venue    the venue, or -1 for fills of orders no longer in the OMS pool.
     * @return the count.
     */
    long fills(final int strategy, final int venue) {
        return fills[strategy * (venues + 1) + (venue < 0 ? venues : venue)];
    }

    long filledQuantity(final int strategy, final int venue) {
        return filledQuantity[strategy * (venues + 1) + (venue < 0 ? venues : venue)];
    }

    /**
     * Fills on a venue, all strategies.
     *
     * @param venue the venue.
     * @return the count.
     */
    long venueFills(final int venue) {
        long sum = 0;
        for (int s = 0; s < strategies; s++) {
            sum += fills(s, venue);
        }
        return sum;
    }
}
