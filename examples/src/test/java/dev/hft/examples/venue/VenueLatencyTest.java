package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.net.WireErrorListener;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The venue's order-entry latency with a manual clock, over a real OUCH session: a request reaches the venue at once
 * but is applied to the engine only when arrival + latency has passed, and requests are applied in arrival order.
 */
@Timeout(60)
final class VenueLatencyTest {
    private static final long LATENCY_NS = 100_000;
    private static final int MAX_ROUNDS = 2_000_000;

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);

    @Test
    void shouldApplyOrdersInArrivalOrderNoEarlierThanTheirDueTime() throws IOException {
        final InstrumentRegistry instruments = new InstrumentRegistry();
        instruments.add("HFTA", FixedPoint.parse("0.01"), 1, 2);
        final VenueSpec spec = new VenueSpec().name("SLOW").orderLatencyNs(LATENCY_NS).flow(0, 1)
            .instrument("HFTA", "0.01", 1, "100.00");
        final VenuesConfig config = new VenuesConfig().openingEvents(0).venue(spec);
        final Recorder events = new Recorder(spec);
        try (DatagramChannel feed = MoldUdp64Channels.openUnicast(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             SimulatedVenues venues = new SimulatedVenues(config, List.of(feed.getLocalAddress()), clock, clock);
             OuchVenueGateway gateway = new OuchVenueGateway(0, instruments, new OuchVenueGateway.Config(),
                 new SoupBinTcpConfig(), clock, clock, events, WireErrorListener.NO_OP)) {
            gateway.login(venues.loginName(0, 0), "any");
            assertEquals(Result.OK, gateway.connect(venues.orderEntryAddress(0, 0)));
            drive(venues, gateway, gateway::isConnected);

            final long firstArrival = clock.nanoTime();
            assertEquals(Result.OK, gateway.newOrder(1, 0, Side.BUY, 100, FixedPoint.parse("99.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            drive(venues, gateway, () -> venues.delayedRequests(0) == 1);  // arrived, clock still at its arrival
            assertEquals(0, venues.engine(0).orderCount());

            clock.advance(30_000);                                         // second and third arrive 30 µs later
            assertEquals(Result.OK, gateway.cancelOrder(1));
            assertEquals(Result.OK, gateway.newOrder(2, 0, Side.SELL, 100, FixedPoint.parse("101.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            drive(venues, gateway, () -> venues.delayedRequests(0) == 3);

            clock.nanoTime(firstArrival + LATENCY_NS - 1);
            venues.doWork();
            assertEquals(3, venues.delayedRequests(0), "nothing before its due time");
            assertEquals(0, venues.engine(0).orderCount());

            clock.nanoTime(firstArrival + LATENCY_NS);                     // the first is due, the others not
            drive(venues, gateway, () -> events.events.size() == 1);
            assertEquals(2, venues.delayedRequests(0));
            assertEquals(1, venues.engine(0).orderCount());

            clock.nanoTime(firstArrival + 30_000 + LATENCY_NS);
            drive(venues, gateway, () -> events.events.size() == 3);
            assertEquals(List.of("accepted 1", "canceled 1 100", "accepted 2"), events.events);
            assertEquals(0, venues.delayedRequests(0));
            assertEquals(1, venues.engine(0).orderCount());
        }
    }

    private static void drive(final SimulatedVenues venues, final OuchVenueGateway gateway,
        final BooleanSupplier condition) {
        for (int round = 0; round < MAX_ROUNDS && !condition.getAsBoolean(); round++) {
            venues.doWork();
            gateway.poll();
        }
        assertTrue(condition.getAsBoolean(), "condition not reached");
    }
}
