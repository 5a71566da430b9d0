package dev.hft.backtest.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link OuchVenue} over real loopback sockets with two {@link OuchVenueGateway} clients, one per port: orders rest,
 * cross and fill between the two sessions, cancel, replace, reject, mass cancel, and a lost session cancels its
 * orders.
 */
@Timeout(60)
final class OuchVenueTest {
    private static final int MAX_POLLS = 2_000_000;

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final Instrument aapl = instruments.add("AAPL", FixedPoint.parse("0.01"), 1, 2);
    private final Instrument msft = instruments.add("MSFT", FixedPoint.parse("0.01"), 1, 2);
    private final List<String> eventsA = new ArrayList<>();
    private final List<String> eventsB = new ArrayList<>();
    private OuchVenue venue;
    private OuchVenueGateway a;
    private OuchVenueGateway b;

    @BeforeEach
    void start() throws IOException {
        final MatchingEngineConfig config = new MatchingEngineConfig().maxOrders(1024).maxLevelsPerSide(64);
        config.instrument("AAPL", FixedPoint.parse("0.01"), 1);          // the engine knows AAPL only
        venue = new OuchVenue(config, 2, new SoupBinTcpConfig(), clock, clock, BookEventListener.NO_OP,
            WireErrorListener.NO_OP);
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        venue.bind(0, loopback);
        venue.bind(1, loopback);
        a = connect(0, eventsA);
        pollUntil(a::isConnected);
        b = connect(1, eventsB);
        pollUntil(b::isConnected);
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        venue.close();
    }

    private OuchVenueGateway connect(final int port, final List<String> events) {
        final OuchVenueGateway gateway = new OuchVenueGateway(port, instruments, new OuchVenueGateway.Config(),
            new SoupBinTcpConfig(), clock, clock, new Recorder(events), WireErrorListener.NO_OP);
        gateway.login("port" + port, "secret");
        assertEquals(Result.OK, gateway.connect(venue.localAddress(port)));
        return gateway;
    }

    private void pollUntil(final BooleanSupplier condition) {
        for (int i = 0; i < MAX_POLLS && !condition.getAsBoolean(); i++) {
            venue.doWork();
            if (a != null) {
                a.poll();
            }
            if (b != null) {
                b.poll();
            }
        }
        assertTrue(condition.getAsBoolean(), "condition not reached; A " + eventsA + " B " + eventsB);
    }

    private static long px(final String text) {
        return FixedPoint.parse(text);
    }

    private int limit(final OuchVenueGateway gateway, final long id, final Side side, final long quantity,
        final String price) {
        return gateway.newOrder(id, aapl.id(), side, quantity, px(price), OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
    }

    @Test
    void shouldRestCrossAndFillBetweenTwoSessions() {
        assertEquals(Result.OK, limit(a, 11, Side.BUY, 100, "10.00"));
        pollUntil(() -> eventsA.size() == 1);
        assertEquals(1, venue.openOrders(0));

        assertEquals(Result.OK, limit(b, 21, Side.SELL, 60, "9.99"));
        pollUntil(() -> eventsB.size() == 2 && eventsA.size() == 2);
        assertEquals(List.of("accepted 11", "fill 11 60@1000000000 leaves 40 ADDED"), eventsA);
        assertEquals(List.of("accepted 21", "fill 21 60@1000000000 leaves 0 REMOVED"), eventsB);
        assertEquals(60, venue.position(0, 0));
        assertEquals(-60, venue.position(1, 0));
        assertEquals(1, venue.openOrders(0));
        assertEquals(0, venue.openOrders(1));
    }

    @Test
    void shouldCancelAndReduce() {
        limit(a, 11, Side.BUY, 100, "10.00");
        pollUntil(() -> eventsA.size() == 1);
        assertEquals(Result.OK, a.cancelOrder(11));
        pollUntil(() -> eventsA.size() == 2);
        assertEquals("canceled 11 100 NONE", eventsA.get(1));
        assertEquals(0, venue.openOrders(0));
        assertEquals(0, venue.engine().orderCount());
    }

    @Test
    void shouldReplaceAndFillUnderTheNewId() {
        limit(a, 11, Side.BUY, 100, "10.00");
        pollUntil(() -> eventsA.size() == 1);
        assertEquals(Result.OK, a.replaceOrder(11, 12, 150, px("10.01")));
        pollUntil(() -> eventsA.size() == 2);
        assertEquals("replaced 12 from 11 150@1001000000", eventsA.get(1));

        limit(b, 21, Side.SELL, 150, "10.01");
        pollUntil(() -> eventsA.size() == 3 && eventsB.size() == 2);
        assertEquals("fill 12 150@1001000000 leaves 0 ADDED", eventsA.get(2));
        assertEquals(150, venue.position(0, 0));
        assertEquals(0, venue.openOrders(0));
    }

    @Test
    void shouldRejectWhatTheVenueRefuses() {
        assertEquals(Result.OK, a.newOrder(11, msft.id(), Side.BUY, 100, px("10.00"), OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE));
        limit(a, 12, Side.BUY, 5_000_000, "10.00");                       // above the engine's maximum quantity
        pollUntil(() -> eventsA.size() == 2);
        assertEquals(List.of("rejected 11 UNKNOWN_INSTRUMENT", "rejected 12 INVALID_QUANTITY"), eventsA);
        assertEquals(0, venue.openOrders(0));
    }

    @Test
    void shouldRejectAReplaceOfAnOrderFilledMeanwhile() {
        limit(a, 11, Side.BUY, 100, "10.00");
        pollUntil(() -> eventsA.size() == 1);
        limit(b, 21, Side.SELL, 100, "10.00");
        for (int i = 0; i < MAX_POLLS && eventsB.size() < 2; i++) {      // A does not read the fill yet
            venue.doWork();
            b.poll();
        }
        assertEquals(0, venue.openOrders(0));
        assertEquals(Result.OK, a.replaceOrder(11, 12, 100, px("10.01")));
        pollUntil(() -> venue.rejectsSent() == 1 && eventsA.size() == 2);
        // the venue rejects the replace under its new UserRefNum; the gateway, which has seen the order filled,
        // has nothing left to reject
        assertEquals(List.of("accepted 11", "fill 11 100@1000000000 leaves 0 ADDED"), eventsA);
        assertEquals(0, venue.openOrders(0));
    }

    @Test
    void shouldMassCancelEveryOpenOrderOfThePort() {
        limit(a, 11, Side.BUY, 100, "10.00");
        limit(a, 12, Side.SELL, 100, "10.05");
        limit(b, 21, Side.BUY, 100, "9.95");
        pollUntil(() -> eventsA.size() == 2 && eventsB.size() == 1);
        assertEquals(Result.OK, a.cancelAll(Instrument.NULL_INSTRUMENT_ID));
        pollUntil(() -> eventsA.size() == 4);
        assertEquals(List.of("canceled 11 100 NONE", "canceled 12 100 NONE"), eventsA.subList(2, 4));
        assertEquals(0, venue.openOrders(0));
        assertEquals(1, venue.openOrders(1));
    }

    @Test
    void shouldCancelEveryOrderOfALostSession() {
        limit(a, 11, Side.BUY, 100, "10.00");
        limit(a, 12, Side.BUY, 100, "9.99");
        pollUntil(() -> eventsA.size() == 2);
        assertEquals(2, venue.openOrders(0));
        a.close();
        pollUntil(() -> venue.openOrders(0) == 0);
        assertEquals(0, venue.engine().orderCount());
        assertEquals(List.of("canceled 11 100 VENUE_DISCONNECTED", "canceled 12 100 VENUE_DISCONNECTED"),
            eventsA.subList(2, 4));                                       // the gateway's own cancel on disconnect
    }

    /** Records events as short strings. */
    private static final class Recorder implements OrderEventListener {
        private final List<String> events;

        Recorder(final List<String> events) {
            this.events = events;
        }

        @Override
        public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
            final long timestampNs) {
            events.add("accepted " + clientOrderId);
        }

        @Override
        public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            events.add("rejected " + clientOrderId + " " + reason);
        }

        @Override
        public void onFill(final int venueId, final long clientOrderId, final long executionId,
            final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
            final long timestampNs) {
            events.add("fill " + clientOrderId + " " + lastQuantity + "@" + lastPriceFixed + " leaves "
                + leavesQuantity + " " + liquidity);
        }

        @Override
        public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            events.add("canceled " + clientOrderId + " " + canceledQuantity + " " + reason);
        }

        @Override
        public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long quantity, final long timestampNs) {
            events.add("replaced " + clientOrderId + " from " + origClientOrderId + " " + quantity + "@" + priceFixed);
        }

        @Override
        public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            events.add("cancel rejected " + clientOrderId + " " + reason);
        }
    }
}
