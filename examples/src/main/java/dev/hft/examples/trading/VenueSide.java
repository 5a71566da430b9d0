package dev.hft.examples.trading;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What the trading application needs from the venues it trades on: the instruments (in the app's id order), each
 * venue's endpoint, fees and latency, and the venue's own records of our account, to reconcile against. The demo's
 * implementation runs the simulated venues ({@link SimulatedVenueSide}).
 */
public interface VenueSide extends AutoCloseable {

    /**
     * Number of venues ({@code 0..venueCount-1}).
     *
     * @return the count.
     */
    int venueCount();

    /**
     * The instruments every venue lists, in app instrument id order.
     *
     * @return symbols.
     */
    String[] symbols();

    /**
     * Tick size of every instrument, fixed-point.
     *
     * @return the tick.
     */
    long tickSizeFixed();

    /**
     * Lot size of every instrument.
     *
     * @return the lot.
     */
    long lotSize();

    /**
     * Binds the venues' sockets (order entry, re-request servers); venue {@code v} will publish its market data to
     * {@code feeds.get(v)}. Nothing is published before {@link #start()}.
     *
     * @param feeds one receive address per venue.
     * @throws IOException if a venue cannot bind.
     */
    void open(List<InetSocketAddress> feeds) throws IOException;

    /** Starts the venues (market data, background flow, order entry) once our feed sockets are bound. */
    void start();

    /**
     * How to reach a venue (after {@link #open}).
     *
     * @param venue the venue.
     * @return its endpoint.
     */
    VenueEndpoint endpoint(int venue);

    /**
     * The venue's maker fee per share, fixed-point (negative: rebate).
     *
     * @param venue the venue.
     * @return the fee.
     */
    long makerFeeFixed(int venue);

    /**
     * The venue's taker fee per share, fixed-point.
     *
     * @param venue the venue.
     * @return the fee.
     */
    long takerFeeFixed(int venue);

    /**
     * The venue's configured order latency.
     *
     * @param venue the venue.
     * @return nanoseconds.
     */
    long orderLatencyNs(int venue);

    /**
     * The venue's own records of our account.
     *
     * @param venue the venue.
     * @return a snapshot.
     */
    Account account(int venue);

    /**
     * Market data messages the venue published.
     *
     * @param venue the venue.
     * @return the count.
     */
    long marketDataMessages(int venue);

    /**
     * Background requests (other participants) the venue received.
     *
     * @param venue the venue.
     * @return the count.
     */
    long backgroundRequests(int venue);

    @Override
    void close();

    /**
     * A venue's records of our account.
     *
     * @param positions        net executed quantity per app instrument id.
     * @param openOrders       our orders resting on the venue.
     * @param executedQuantity shares executed, both sides.
     * @param fills            executions.
     * @param feesFixed        fees the venue booked, fixed-point.
     */
    record Account(long[] positions, long openOrders, long executedQuantity, long fills, long feesFixed) {
    }
}
