package dev.hft.examples.venue;

import java.io.IOException;
import java.net.InetSocketAddress;

import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;

/** FIX 4.4 order entry on a QuickFIX/J acceptor (in progress). */
final class FixVenue implements OrderEntry {

    FixVenue(final VenueSpec spec, final MatchingEngineConfig engineConfig, final NanoClock clock,
        final EpochNanoClock epochClock, final BookEventListener bookEvents, final VenueRecords records)
        throws IOException {
        throw new UnsupportedOperationException("FIX venue " + spec.name() + ": not yet available");
    }

    @Override
    public int doWork() {
        return 0;
    }

    @Override
    public MatchingEngine engine() {
        throw new UnsupportedOperationException();
    }

    @Override
    public InetSocketAddress address(final int account) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int delayedRequests() {
        return 0;
    }

    @Override
    public void updateOpenOrders(final VenueRecords records) {
    }

    @Override
    public void close() {
    }
}
