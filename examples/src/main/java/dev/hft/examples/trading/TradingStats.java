package dev.hft.examples.trading;

import dev.hft.oms.OrderEvent;
import dev.hft.oms.OrderState;

/**
 * Counters of the trading thread: orders accepted, rejected by venues, canceled and replaced per strategy; fills and
 * filled shares per strategy and venue; the router's parents and refused children. Flat arrays, allocation-free.
 */
public final class TradingStats {
    private static final OrderEvent[] EVENTS = OrderEvent.values();
    private final int venues;
    private final long[] accepted;
    private final long[] venueRejected;
    private final long[] canceled;
    private final long[] replaced;
    private final long[] fills;
    private final long[] filledQuantity;
    private final long[] invalidEvents;
    private long parents;
    private long parentsFilledQuantity;
    private long parentsUnfilledQuantity;
    private long childrenRejectedLocally;
    private long childrenRejectedByVenue;

    TradingStats(final int strategies, final int venues, final int instruments) {
        this.venues = venues;
        accepted = new long[strategies];
        venueRejected = new long[strategies];
        canceled = new long[strategies];
        replaced = new long[strategies];
        fills = new long[strategies * (venues + 1)];
        filledQuantity = new long[strategies * (venues + 1)];
        invalidEvents = new long[(venues + 1) * (OrderState.COUNT + 1) * EVENTS.length];
    }

    void accepted(final int strategy) {
        accepted[strategy]++;
    }

    void venueRejected(final int strategy) {
        venueRejected[strategy]++;
    }

    void canceled(final int strategy) {
        canceled[strategy]++;
    }

    void replaced(final int strategy) {
        replaced[strategy]++;
    }

    void fill(final int strategy, final int venue, final int instrument, final long quantity) {
        final int index = strategy * (venues + 1) + (venue < 0 ? venues : venue);
        fills[index]++;
        filledQuantity[index] += quantity;
    }

    void invalidEvent(final int venue, final OrderState state, final OrderEvent event) {
        final int v = venue < 0 ? venues : venue;
        final int s = state == null ? OrderState.COUNT : state.ordinal();
        invalidEvents[(v * (OrderState.COUNT + 1) + s) * EVENTS.length + event.ordinal()]++;
    }

    /**
     * Events the OMS refused, by venue, order state and event, for the report.
     *
     * @param venueNames names by venue id.
     * @return e.g. {@code "FIXC PENDING_REPLACE+FILL 3"}, comma-separated, or empty.
     */
    public String invalidEvents(final String[] venueNames) {
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

    void parentDone(final long filled, final long unfilled) {
        parents++;
        parentsFilledQuantity += filled;
        parentsUnfilledQuantity += unfilled;
    }

    void childRejected(final boolean local) {
        if (local) {
            childrenRejectedLocally++;
        } else {
            childrenRejectedByVenue++;
        }
    }

    public long acceptedCount(final int strategy) {
        return accepted[strategy];
    }

    public long venueRejectedCount(final int strategy) {
        return venueRejected[strategy];
    }

    public long canceledCount(final int strategy) {
        return canceled[strategy];
    }

    public long replacedCount(final int strategy) {
        return replaced[strategy];
    }

    /**
     * Fills of a strategy on a venue.
     *
     * @param strategy the strategy.
     * @param venue    the venue, or -1 for fills of orders no longer in the OMS pool.
     * @return the count.
     */
    public long fills(final int strategy, final int venue) {
        return fills[strategy * (venues + 1) + (venue < 0 ? venues : venue)];
    }

    public long filledQuantity(final int strategy, final int venue) {
        return filledQuantity[strategy * (venues + 1) + (venue < 0 ? venues : venue)];
    }

    /**
     * Fills on a venue, all strategies.
     *
     * @param venue the venue.
     * @return the count.
     */
    public long venueFills(final int venue) {
        long sum = 0;
        for (int s = 0; s < accepted.length; s++) {
            sum += fills(s, venue);
        }
        return sum;
    }

    public long parents() {
        return parents;
    }

    public long parentsFilledQuantity() {
        return parentsFilledQuantity;
    }

    public long parentsUnfilledQuantity() {
        return parentsUnfilledQuantity;
    }

    public long childrenRejectedLocally() {
        return childrenRejectedLocally;
    }

    public long childrenRejectedByVenue() {
        return childrenRejectedByVenue;
    }
}
