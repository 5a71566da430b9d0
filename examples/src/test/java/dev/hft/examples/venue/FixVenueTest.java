package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.fix.FixInitiator;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixMsgType;
import dev.hft.net.fix.FixSessionConfig;
import dev.hft.net.fix.FixSessionListener;
import dev.hft.net.fix.FixTags;
import dev.hft.net.fix.FixVenueGateway;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FIX venue (QuickFIX/J acceptor) with two accounts logged on through our {@link FixInitiator} and
 * {@link FixVenueGateway}: an order crossing the book is filled (partial fills, then the last one) against the
 * other account's resting order, a cancel, a replace, rejects (unknown symbol, duplicate ClOrdID, fractional
 * quantity) and an OrderCancelReject for an unknown order come back as the gateway's events, and the venue's
 * records match what the gateways saw.
 */
@Timeout(90)
final class FixVenueTest {
    private static final long WAIT_NS = 30_000_000_000L;
    private static final int HFT = 0;
    private static final int MM = 1;

    private final SystemClock clock = SystemClock.INSTANCE;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    @TempDir
    Path stores;
    private DatagramChannel feed;
    private SimulatedVenues venues;
    private VenueSpec spec;

    @BeforeEach
    void start() throws IOException {
        instruments.add("HFTA", FixedPoint.parse("0.01"), 1, 2);
        instruments.add("HFTB", FixedPoint.parse("0.01"), 1, 2);
        instruments.add("NOPE", FixedPoint.parse("0.01"), 1, 2);       // not listed by the venue
        feed = MoldUdp64Channels.openUnicast(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        spec = new VenueSpec().name("FIXC").protocol(VenueProtocol.FIX).fees("-0.0015", "0.0025")
            .orderLatencyNs(150_000).flow(0, 33).accounts("HFT", "MM").instrument("HFTA", "0.01", 1, "100.00")
            .instrument("HFTB", "0.01", 1, "50.00");
        venues = new SimulatedVenues(new VenuesConfig().openingEvents(400).venue(spec),
            List.of(feed.getLocalAddress()), clock, clock);
    }

    @AfterEach
    void stop() throws IOException {
        venues.close();
        feed.close();
    }

    /** One account's FIX client: initiator + gateway + recorded events. */
    private final class Client implements AutoCloseable {
        final Recorder events = new Recorder(spec);
        final FixInitiator initiator;
        final FixVenueGateway gateway;

        Client(final int account) {
            final FixVenueGateway[] ref = new FixVenueGateway[1];
            final FixSessionConfig config = new FixSessionConfig(venues.loginName(0, account), venues.venueCompId(0),
                stores.resolve(venues.loginName(0, account))).resetSeqNumOnLogon(true);
            initiator = new FixInitiator(config, venues.orderEntryAddress(0, account), clock,
                new FixSessionListener() {
                    @Override
                    public void onMessage(final int msgType, final FixMessageDecoder message) {
                        ref[0].onMessage(msgType, message);
                    }
                }, new WireErrorCounters("fix client", WireErrorListener.NO_OP));
            gateway = new FixVenueGateway(0, initiator.session(), instruments, events, clock, 64);
            ref[0] = gateway;
        }

        @Override
        public void close() {
            initiator.close();
        }
    }

    @Test
    void shouldFillCancelReplaceAndRejectOverQuickfixj() {
        final long ask = venues.engine(0).bestAsk(0);                  // no flow: the book stays as it opened
        final long askQuantity = venues.engine(0).levelQuantity(0, Side.SELL, 0);
        final int askOrders = venues.engine(0).levelOrderCount(0, Side.SELL, 0);
        assertTrue(ask != FixedPoint.NULL_PRICE && askQuantity > 0);
        venues.start();
        try (Client hft = new Client(HFT); Client mm = new Client(MM)) {
            final Client[] both = {hft, mm};
            pollUntil(both, () -> hft.gateway.isConnected() && mm.gateway.isConnected());

            mm.events.side(1, false);
            assertEquals(Result.OK, mm.gateway.newOrder(1, 0, Side.SELL, 100, ask, OrderType.LIMIT,
                TimeInForce.DAY, ExecInstructions.NONE));
            pollUntil(both, () -> mm.events.has("accepted 1"));
            final long quantity = askQuantity + 100;
            hft.events.side(1, true);
            assertEquals(Result.OK, hft.gateway.newOrder(1, 0, Side.BUY, quantity, ask, OrderType.LIMIT,
                TimeInForce.IOC, ExecInstructions.NONE));
            pollUntil(both, () -> hft.events.filledQuantity == quantity && mm.events.filledQuantity == 100);
            assertEquals("accepted 1", hft.events.events.get(0));
            assertEquals(askOrders + 1, hft.events.fills);
            final String lastFill = hft.events.events.get(hft.events.events.size() - 1);
            assertEquals("fill 1 100@" + FixedPoint.format(ask) + " leaves 0 REMOVED", lastFill,
                hft.events.events::toString);                             // MM's order, last in the queue
            assertEquals(List.of("accepted 1", "fill 1 100@" + FixedPoint.format(ask) + " leaves 0 ADDED"),
                mm.events.events);

            hft.events.side(2, true);                                     // rest, then cancel
            assertEquals(Result.OK, hft.gateway.newOrder(2, 0, Side.BUY, 100, FixedPoint.parse("1.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            pollUntil(both, () -> hft.events.has("accepted 2"));
            assertEquals(Result.OK, hft.gateway.cancelOrder(2));
            pollUntil(both, () -> hft.events.has("canceled 2"));
            assertTrue(hft.events.events.contains("canceled 2 100"), hft.events.events::toString);

            hft.events.side(3, true);                                     // rest, then replace
            assertEquals(Result.OK, hft.gateway.newOrder(3, 1, Side.BUY, 100, FixedPoint.parse("1.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE));
            pollUntil(both, () -> hft.events.has("accepted 3"));
            assertEquals(Result.OK, hft.gateway.replaceOrder(3, 4, 200, FixedPoint.parse("1.01")));
            pollUntil(both, () -> hft.events.has("replaced 4"));
            assertTrue(hft.events.events.contains("replaced 4 from 3 200@1.01"), hft.events.events::toString);
            pollUntil(both, () -> venues.record(0, HFT).openOrders() == 1);

            assertEquals(Result.OK, hft.gateway.newOrder(5, 2, Side.BUY, 100, FixedPoint.parse("1.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE)); // a symbol the venue does not list
            pollUntil(both, () -> hft.events.has("rejected 5"));
            assertTrue(hft.events.events.contains("rejected 5 VENUE_REJECT"), hft.events.events::toString);

            hft.initiator.session().claim(FixMsgType.ORDER_CANCEL_REQUEST).putLong(FixTags.ORIG_CL_ORD_ID, 999)
                .putString(FixTags.CL_ORD_ID, "999C1").putString(FixTags.SYMBOL, "HFTA")
                .putChar(FixTags.SIDE, '1').putTimestamp(FixTags.TRANSACT_TIME, clock.epochNanos());
            assertEquals(Result.OK, hft.initiator.session().commit());      // an order the venue never saw
            pollUntil(both, () -> hft.events.has("cancel rejected 999"));
            assertTrue(hft.events.events.contains("cancel rejected 999 UNKNOWN_ORDER"), hft.events.events::toString);

            assertEquals(Result.OK, hft.gateway.newOrder(1, 0, Side.BUY, 100, FixedPoint.parse("1.00"),
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE)); // ClOrdID 1 again: a duplicate
            pollUntil(both, () -> hft.events.has("rejected 1"));
            hft.initiator.session().claim(FixMsgType.NEW_ORDER_SINGLE).putLong(FixTags.CL_ORD_ID, 77)
                .putChar(FixTags.HANDL_INST, '1').putString(FixTags.SYMBOL, "HFTA").putChar(FixTags.SIDE, '1')
                .putTimestamp(FixTags.TRANSACT_TIME, clock.epochNanos()).putString(FixTags.ORDER_QTY, "100.5")
                .putChar(FixTags.ORD_TYPE, '2').putString(FixTags.PRICE, "1.00");
            assertEquals(Result.OK, hft.initiator.session().commit());      // a fractional quantity
            pollUntil(both, () -> hft.events.has("rejected 77"));
            assertTrue(hft.events.events.containsAll(List.of("rejected 1 VENUE_REJECT", "rejected 77 VENUE_REJECT")),
                hft.events.events::toString);

            assertEquals(Result.OK, hft.gateway.cancelOrder(4));
            pollUntil(both, () -> hft.events.has("canceled 4") && venues.record(0, HFT).openOrders() == 0);

            final AccountRecord hftRecord = venues.record(0, HFT);
            assertEquals(quantity, hftRecord.position(0));
            assertEquals(0, hftRecord.position(1));
            assertEquals(quantity, hftRecord.executedQuantity());
            assertEquals(hft.events.fills, hftRecord.fills());
            assertEquals(spec.takerFeeFixed() * quantity, hftRecord.feesFixed());
            assertEquals(hft.events.fees, hftRecord.feesFixed());
            assertEquals(-ask * quantity, hftRecord.cashFixed());
            final AccountRecord mmRecord = venues.record(0, MM);
            assertEquals(-100, mmRecord.position(0));
            assertEquals(1, mmRecord.fills());
            assertEquals(spec.makerFeeFixed() * 100, mmRecord.feesFixed());
            assertEquals(0, mmRecord.openOrders());
        }
        assertNull(venues.failure());
    }

    private void pollUntil(final Client[] clients, final BooleanSupplier condition) {
        final long deadline = clock.nanoTime() + WAIT_NS;
        while (!condition.getAsBoolean() && clock.nanoTime() < deadline) {
            for (final Client client : clients) {
                client.initiator.doWork();
            }
            Thread.onSpinWait();
        }
        assertTrue(condition.getAsBoolean(), () -> "condition not reached; HFT " + clients[0].events.events
            + " MM " + clients[1].events.events);
    }
}
