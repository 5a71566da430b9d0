package dev.hft.examples.trading;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

import dev.hft.examples.venue.AccountRecord;
import dev.hft.examples.venue.SimulatedVenues;
import dev.hft.examples.venue.VenueProtocol;
import dev.hft.examples.venue.VenueSpec;
import dev.hft.examples.venue.VenuesConfig;
import dev.hft.timing.SystemClock;

/**
 * The demo's venues for the trading application: {@link SimulatedVenues} (two OUCH 5.0 venues, one FIX 4.4 venue,
 * ITCH over MoldUDP64 to our sockets), trading as one account of each. App instrument ids follow the first venue's
 * listing; every venue must list the same symbols with the same tick and lot.
 */
public final class SimulatedVenueSide implements VenueSide {
    private final VenuesConfig config;
    private final int account;
    private final List<VenueSpec> specs;
    private final String[] symbols;
    private final int[][] venueInstrument;
    private SimulatedVenues venues;

    /**
     * Describes the venues (nothing starts yet).
     *
     * @param config  the venues.
     * @param account the account index we trade as on every venue.
     */
    public SimulatedVenueSide(final VenuesConfig config, final int account) {
        this.config = config.validate();
        this.account = account;
        this.specs = config.venues();
        final VenueSpec first = specs.get(0);
        this.symbols = new String[first.instrumentCount()];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = first.symbol(i);
        }
        this.venueInstrument = new int[specs.size()][symbols.length];
        for (int v = 0; v < specs.size(); v++) {
            final VenueSpec spec = specs.get(v);
            for (int i = 0; i < symbols.length; i++) {
                final int index = spec.instrumentIndex(symbols[i]);
                if (index < 0 || spec.tickSizeFixed(index) != first.tickSizeFixed(0)
                    || spec.lotSize(index) != first.lotSize(0)) {
                    throw new IllegalArgumentException("venue " + spec.name() + " must list " + symbols[i]
                        + " with tick and lot of " + first.symbol(0));
                }
                venueInstrument[v][i] = index;
            }
        }
    }

    @Override
    public int venueCount() {
        return specs.size();
    }

    @Override
    public String[] symbols() {
        return symbols.clone();
    }

    @Override
    public long tickSizeFixed() {
        return specs.get(0).tickSizeFixed(0);
    }

    @Override
    public long lotSize() {
        return specs.get(0).lotSize(0);
    }

    @Override
    public void open(final List<InetSocketAddress> feeds) throws IOException {
        venues = new SimulatedVenues(config, feeds, SystemClock.INSTANCE, SystemClock.INSTANCE);
    }

    @Override
    public void start() {
        venues.start();
    }

    @Override
    public VenueEndpoint endpoint(final int venue) {
        final VenueSpec spec = specs.get(venue);
        final boolean fix = spec.protocol() == VenueProtocol.FIX;
        return new VenueEndpoint(venue, spec.name(), fix, venues.orderEntryAddress(venue, account),
            venues.requestServerAddress(venue), venues.loginName(venue, account),
            fix ? venues.venueCompId(venue) : null);
    }

    @Override
    public long makerFeeFixed(final int venue) {
        return specs.get(venue).makerFeeFixed();
    }

    @Override
    public long takerFeeFixed(final int venue) {
        return specs.get(venue).takerFeeFixed();
    }

    @Override
    public long orderLatencyNs(final int venue) {
        return specs.get(venue).orderLatencyNs();
    }

    @Override
    public Account account(final int venue) {
        final AccountRecord record = venues.record(venue, account);
        final long[] positions = new long[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            positions[i] = record.position(venueInstrument[venue][i]);
        }
        return new Account(positions, record.openOrders(), record.executedQuantity(), record.fills(),
            record.feesFixed());
    }

    @Override
    public long marketDataMessages(final int venue) {
        return venues.marketDataMessages(venue);
    }

    @Override
    public long backgroundRequests(final int venue) {
        return venues.backgroundRequests(venue);
    }

    /**
     * A venue failure on the venue thread, if any.
     *
     * @return the failure, or {@code null}.
     */
    public Throwable failure() {
        return venues == null ? null : venues.failure();
    }

    @Override
    public void close() {
        if (venues != null) {
            venues.close();
        }
    }
}
