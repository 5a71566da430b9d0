package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
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
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two OUCH venues running on the venue thread, each with two accounts logged in through our
 * {@link OuchVenueGateway}: a resting order is swept by an order crossing the book, and the venue's records (position,
 * executed quantity, fills, fees per its schedule, open orders) match what each gateway saw.
 */
@Timeout(60)
final class OuchVenuesTest {
    private static final long WAIT_NS = 20_000_000_000L;
    private static final int HFT = 0;
    private static final int MM = 1;

    private final SystemClock clock = SystemClock.INSTANCE;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private DatagramChannel feedA;
    private DatagramChannel feedB;
    private final long[] expectedAsk = new long[2];
    private final long[] expectedAskQuantity = new long[2];
    private SimulatedVenues venues;

    @BeforeEach
    void start() throws IOException {
        instruments.add("HFTA", FixedPoint.parse("0.01"), 1, 2);
        instruments.add("HFTB", FixedPoint.parse("0.01"), 1, 2);
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        feedA = MoldUdp64Channels.openUnicast(loopback);
        feedB = MoldUdp64Channels.openUnicast(loopback);
        final VenuesConfig config = new VenuesConfig().openingEvents(400).heartbeatIntervalNs(100_000_000L)
            .venue(spec("OUCHA", "-0.0020", "0.0030", 20_000))
            .venue(spec("OUCHB", "0.0010", "-0.0005", 60_000));
        final List<SocketAddress> destinations = List.of(feedA.getLocalAddress(), feedB.getLocalAddress());
        venues = new SimulatedVenues(config, destinations, clock, clock);
    }

    private static VenueSpec spec(final String name, final String maker, final String taker, final long latencyNs) {
        return new VenueSpec().name(name).protocol(VenueProtocol.OUCH).fees(maker, taker).orderLatencyNs(latencyNs)
            .flow(0, name.hashCode()).accounts("HFT", "MM").instrument("HFTA", "0.01", 1, "100.00")
            .instrument("HFTB", "0.01", 1, "50.00");
    }

    @AfterEach
    void stop() throws IOException {
        venues.close();
        feedA.close();
        feedB.close();
    }

    @Test
    void shouldFillAnOrderCrossingTheBookAndReconcileWithTheVenueRecords() {
        for (int v = 0; v < venues.venueCount(); v++) {
            final long ask = venues.engine(v).bestAsk(0);
            final long askQuantity = venues.engine(v).levelQuantity(0, Side.SELL, 0);
            assertTrue(ask != FixedPoint.NULL_PRICE && askQuantity > 0, "the opening flow built a book");
            expectedAsk[v] = ask;                          // no flow (rate 0): the book stays as it opened
            expectedAskQuantity[v] = askQuantity;
        }
        venues.start();
        for (int v = 0; v < venues.venueCount(); v++) {
            trade(v);
        }
        assertNull(venues.failure());
    }

    private void trade(final int v) {
        final VenueSpec spec = venues.spec(v);
        final Recorder hftEvents = new Recorder(spec);
        final Recorder mmEvents = new Recorder(spec);
        try (OuchVenueGateway hft = gateway(v, HFT, hftEvents); OuchVenueGateway mm = gateway(v, MM, mmEvents)) {
            final OuchVenueGateway[] both = {hft, mm};
            pollUntil(both, () -> hft.isConnected() && mm.isConnected());
            final long ask = expectedAsk[v];
            mmEvents.side(1, false);
            assertEquals(Result.OK, mm.newOrder(1, 0, Side.SELL, 100, ask, OrderType.LIMIT, TimeInForce.DAY,
                ExecInstructions.NONE));
            pollUntil(both, () -> mmEvents.has("accepted 1"));
            final long quantity = expectedAskQuantity[v] + 100;
            hftEvents.side(1, true);
            assertEquals(Result.OK, hft.newOrder(1, 0, Side.BUY, quantity, ask, OrderType.LIMIT, TimeInForce.IOC,
                ExecInstructions.NONE));
            pollUntil(both, () -> hftEvents.filledQuantity == quantity && mmEvents.filledQuantity == 100);
            assertTrue(mmEvents.events.contains("fill 1 100@" + FixedPoint.format(ask) + " leaves 0 ADDED"),
                mmEvents.events::toString);
            assertTrue(hftEvents.events.stream().filter(e -> e.startsWith("fill")).allMatch(e -> e.endsWith(
                "REMOVED")), hftEvents.events::toString);

            pollUntil(both, () -> venues.record(v, HFT).executedQuantity() == quantity
                && venues.record(v, MM).executedQuantity() == 100);
            final AccountRecord hftRecord = venues.record(v, HFT);
            assertEquals(quantity, hftRecord.position(0));
            assertEquals(0, hftRecord.position(1));
            assertEquals(hftEvents.fills, hftRecord.fills());
            assertEquals(hftEvents.fees, hftRecord.feesFixed());
            assertEquals(spec.takerFeeFixed() * quantity, hftRecord.feesFixed());
            assertEquals(-ask * quantity, hftRecord.cashFixed());
            assertEquals(0, hftRecord.openOrders());

            final AccountRecord mmRecord = venues.record(v, MM);
            assertEquals(-100, mmRecord.position(0));
            assertEquals(1, mmRecord.fills());
            assertEquals(spec.makerFeeFixed() * 100, mmRecord.feesFixed());
            assertEquals(mmEvents.fees, mmRecord.feesFixed());
            assertEquals(0, mmRecord.openOrders());
            assertEquals(hftEvents.boughtMinusSold, hftRecord.position(0));
            assertEquals(mmEvents.boughtMinusSold, mmRecord.position(0));

            mmEvents.side(2, true);                        // a resting order shows in the open order count
            assertEquals(Result.OK, mm.newOrder(2, 1, Side.BUY, 100, FixedPoint.parse("1.00"), OrderType.LIMIT,
                TimeInForce.DAY, ExecInstructions.NONE));
            pollUntil(both, () -> venues.record(v, MM).openOrders() == 1);
        }
    }

    private OuchVenueGateway gateway(final int venue, final int account, final Recorder events) {
        final OuchVenueGateway gateway = new OuchVenueGateway(venue, instruments, new OuchVenueGateway.Config(),
            new SoupBinTcpConfig(), clock, clock, events, WireErrorListener.NO_OP);
        gateway.login(venues.loginName(venue, account), "any");
        assertEquals(Result.OK, gateway.connect(venues.orderEntryAddress(venue, account)));
        return gateway;
    }

    private void pollUntil(final OuchVenueGateway[] gateways, final BooleanSupplier condition) {
        final long deadline = clock.nanoTime() + WAIT_NS;
        while (!condition.getAsBoolean() && clock.nanoTime() < deadline) {
            for (final OuchVenueGateway gateway : gateways) {
                gateway.poll();
            }
            Thread.onSpinWait();
        }
        assertTrue(condition.getAsBoolean(), "condition not reached");
    }
}
