package dev.hft.examples.venue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import dev.hft.api.Liquidity;
import dev.hft.api.Side;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.ExecutionListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.venue.OuchVenue;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;

/**
 * OUCH 5.0 over SoupBinTCP order entry: an {@link OuchVenue} with one port per account (the configured port for the
 * first account, the next ones for the others when it is not 0), the venue's latency in its delay ring, and the
 * account records booked from the engine's fills.
 */
final class OuchEntry implements OrderEntry {
    private final OuchVenue venue;

    OuchEntry(final VenueSpec spec, final MatchingEngineConfig engineConfig, final NanoClock clock,
        final EpochNanoClock epochClock, final BookEventListener bookEvents, final VenueRecords records)
        throws IOException {
        final int ports = spec.accountCount();
        this.venue = new OuchVenue(engineConfig, ports, new SoupBinTcpConfig(), clock, epochClock, bookEvents,
            WireErrorListener.NO_OP, spec.orderLatencyNs(), new ExecutionListener() {
                @Override
                public void onFill(final long ownerId, final long clientOrderId, final long orderId,
                    final int instrumentId, final Side side, final long executionId, final long matchNumber,
                    final long priceFixed, final long quantity, final long leavesQuantity,
                    final long cumulativeQuantity, final Liquidity liquidity, final long timestampNs) {
                    final long port = ownerId - OuchVenue.PORT_OWNER_BASE;
                    if (port >= 0 && port < ports) {
                        records.onFill((int) port, instrumentId, side, priceFixed, quantity, liquidity);
                    }
                }
            });
        try {
            for (int p = 0; p < ports; p++) {
                final int port = spec.orderEntryPort() == 0 ? 0 : spec.orderEntryPort() + p;
                venue.bind(p, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
        } catch (final IOException | RuntimeException ex) {
            venue.close();
            throw ex;
        }
    }

    @Override
    public int doWork() {
        return venue.doWork();
    }

    @Override
    public MatchingEngine engine() {
        return venue.engine();
    }

    @Override
    public InetSocketAddress address(final int account) {
        return venue.localAddress(account);
    }

    @Override
    public int delayedRequests() {
        return venue.delayedRequests();
    }

    @Override
    public void updateOpenOrders(final VenueRecords records) {
        for (int p = 0; p < venue.portCount(); p++) {
            records.openOrders(p, venue.openOrders(p));
        }
    }

    OuchVenue venue() {
        return venue;
    }

    @Override
    public void close() {
        venue.close();
    }
}
