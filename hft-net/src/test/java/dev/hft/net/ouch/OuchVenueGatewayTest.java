package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link OuchVenueGateway} against the {@link OuchEchoExchange} on our SoupBinTCP server, over real loopback sockets:
 * order round trips (accept, partial fill, fill, cancel, replace), venue and local rejects, mass cancel, the
 * throttle hook, and cancel on disconnect both ways.
 */
@Timeout(60)
class OuchVenueGatewayTest {
    static final long SAFETY_NS = 20_000_000_000L;
    private static final int VENUE = 3;
    private static final long PRICE = FixedPoint.parse("187.25");

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final Instrument aapl = instruments.add("AAPL", FixedPoint.parse("0.01"), 1, 2);
    private final Instrument msft = instruments.add("MSFT", FixedPoint.parse("0.01"), 1, 2);
    private final Instrument rejected = instruments.add("REJECT", FixedPoint.parse("0.01"), 1, 2);
    private final RecordingOrderEvents events = new RecordingOrderEvents();
    private OuchEchoVenue venue;
    private OuchVenueGateway gateway;
    private int throttleBudget = Integer.MAX_VALUE;

    @BeforeEach
    void start() throws IOException {
        venue = new OuchEchoVenue(clock, 1024);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        venue.close();
    }

    private OuchVenueGateway connect(final OuchVenueGateway.Config config) {
        gateway = new OuchVenueGateway(VENUE, instruments, config.firm("HFTX").throttle(now -> throttleBudget-- > 0),
            new SoupBinTcpConfig(), clock, clock, events, WireErrorListener.NO_OP);
        gateway.login("user", "secret");
        assertEquals(Result.OK, gateway.connect(venue.address()));
        pollUntil("login", gateway::isConnected);
        return gateway;
    }

    static void pollUntil(final String what, final BooleanSupplier condition, final IntSupplier... pollers) {
        final long deadline = System.nanoTime() + SAFETY_NS;
        while (!condition.getAsBoolean()) {
            int work = 0;
            for (final IntSupplier poller : pollers) {
                work += poller.getAsInt();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (work == 0) {
                Thread.onSpinWait();
            }
        }
    }

    private void pollUntil(final String what, final BooleanSupplier condition) {
        pollUntil(what, condition, venue::poll, () -> gateway.poll());
    }

    private void awaitEvents(final int count) {
        pollUntil(count + " events", () -> events.events.size() >= count);
    }

    private int buy(final long clientOrderId, final Instrument instrument, final long quantity) {
        return gateway.newOrder(clientOrderId, instrument.id(), Side.BUY, quantity, PRICE, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE);
    }

    @Test
    void shouldAcceptFillPartiallyThenFully() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, buy(42, aapl, 100));
        awaitEvents(1);
        assertEquals(List.of("accepted 42 ref=1000"), events.take());
        assertEquals(100, venue.exchange.lastEnterQuantity);
        assertEquals(Ouch50.packFirm("HFTX"), venue.exchange.lastFirm);
        venue.exchange.execute(1, 40);
        awaitEvents(1);
        assertEquals(List.of("fill 42 exec=1 40@18725000000 leaves=60 ADDED"), events.take());
        assertEquals(1, gateway.workingOrders());
        venue.exchange.execute(1, 60);
        awaitEvents(1);
        assertEquals(List.of("fill 42 exec=2 60@18725000000 leaves=0 ADDED"), events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(Result.UNKNOWN_ORDER, gateway.cancelOrder(42));
        assertEquals(0, gateway.errors().total(), gateway.errors()::toString);
    }

    @Test
    void shouldCancelAndReportIocRemainders() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, buy(1, aapl, 100));
        assertEquals(Result.OK, gateway.newOrder(2, msft.id(), Side.SELL, 300, PRICE, OrderType.LIMIT,
            TimeInForce.IOC, ExecInstructions.NONE));
        awaitEvents(3);
        assertEquals(List.of("accepted 1 ref=1000", "accepted 2 ref=1001", "canceled 2 300 VENUE_REJECT"),
            events.take());
        assertEquals(Result.OK, gateway.cancelOrder(1));
        awaitEvents(1);
        assertEquals(List.of("canceled 1 100 NONE"), events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(0, venue.exchange.liveOrders());
    }

    @Test
    void shouldReplaceWithTheOpenQuantity() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, buy(10, aapl, 100));
        awaitEvents(1);
        venue.exchange.execute(1, 30);
        awaitEvents(2);
        events.take();
        final long newPrice = FixedPoint.parse("187.30");
        assertEquals(Result.OK, gateway.replaceOrder(10, 11, 150, newPrice));   // 150 total, 30 done: 120 open
        awaitEvents(1);
        assertEquals(List.of("replaced 10->11 120@" + newPrice), events.take());
        assertEquals(120, venue.exchange.lastReplaceQuantity);
        assertEquals(Result.UNKNOWN_ORDER, gateway.cancelOrder(10));
        venue.exchange.execute(2, 20);
        awaitEvents(1);
        assertEquals(List.of("fill 11 exec=2 20@" + newPrice + " leaves=100 ADDED"), events.take());
        assertEquals(Result.OK, gateway.cancelOrder(11));
        awaitEvents(1);
        assertEquals(List.of("canceled 11 100 NONE"), events.take());
        assertEquals(0, gateway.workingOrders());
    }

    @Test
    void shouldKeepAHiddenOrderHiddenAcrossAReplace() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, gateway.newOrder(20, aapl.id(), Side.SELL, 100, PRICE, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.HIDDEN | ExecInstructions.POST_ONLY));
        awaitEvents(1);
        assertEquals(Result.OK, gateway.replaceOrder(20, 21, 50, PRICE));
        awaitEvents(2);
        assertEquals(List.of("accepted 20 ref=1000", "replaced 20->21 50@" + PRICE), events.take());
        assertEquals(Ouch50.DISPLAY_HIDDEN, venue.exchange.lastReplaceDisplay);
    }

    @Test
    void shouldReportVenueRejectsAndCancelRejects() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, buy(7, rejected, 100));
        awaitEvents(1);
        assertEquals(List.of("rejected 7 UNKNOWN_INSTRUMENT"), events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(Result.OK, buy(8, aapl, 100));
        awaitEvents(1);
        events.take();
        venue.exchange.rejectCancels = true;
        assertEquals(Result.OK, gateway.cancelOrder(8));
        awaitEvents(1);
        assertEquals(List.of("cancelRejected 8 TOO_LATE_TO_CANCEL"), events.take());
        assertEquals(1, gateway.workingOrders());
        assertEquals(Result.UNKNOWN_ORDER, gateway.replaceOrder(99, 100, 10, PRICE));
    }

    @Test
    void shouldRefuseBadRequestsLocallyWithoutSending() {
        connect(new OuchVenueGateway.Config());
        final long offTick = FixedPoint.parse("187.255");
        assertEquals(Result.REJECTED, gateway.newOrder(1, aapl.id(), Side.BUY, 100, offTick, OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(RejectReason.INVALID_PRICE, gateway.lastRejectReason());
        assertEquals(Result.REJECTED, gateway.newOrder(1, 99, Side.BUY, 100, PRICE, OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(RejectReason.UNKNOWN_INSTRUMENT, gateway.lastRejectReason());
        assertEquals(Result.INVALID_ARGUMENT, gateway.newOrder(1, aapl.id(), Side.UNKNOWN, 100, PRICE,
            OrderType.LIMIT, TimeInForce.DAY, 0));
        assertEquals(Result.INVALID_ARGUMENT, gateway.newOrder(1, aapl.id(), Side.BUY, 0, PRICE, OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(Result.UNSUPPORTED, gateway.newOrder(1, aapl.id(), Side.BUY, 100, FixedPoint.NULL_PRICE,
            OrderType.MARKET, TimeInForce.DAY, 0));
        assertEquals(Result.UNSUPPORTED, gateway.newOrder(1, aapl.id(), Side.BUY, 100, PRICE, OrderType.LIMIT,
            TimeInForce.GTC, 0));
        assertEquals(Result.UNSUPPORTED, gateway.newOrder(1, aapl.id(), Side.BUY, 100, PRICE, OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.REDUCE_ONLY));
        assertEquals(Result.OK, buy(1, aapl, 100));
        assertEquals(Result.REJECTED, buy(1, aapl, 100));
        assertEquals(RejectReason.DUPLICATE_ORDER, gateway.lastRejectReason());
        assertEquals(Result.UNKNOWN_ORDER, gateway.cancelOrder(2));
        assertEquals(Result.UNKNOWN_ORDER, gateway.replaceOrder(2, 3, 100, PRICE));
        assertEquals(Result.INVALID_ARGUMENT, gateway.replaceOrder(1, 3, 0, PRICE));
        awaitEvents(1);
        assertEquals(1, venue.exchange.enterOrders);
    }

    @Test
    void shouldMassCancelPerInstrumentAndForAll() {
        connect(new OuchVenueGateway.Config());
        assertEquals(Result.OK, buy(1, aapl, 100));
        assertEquals(Result.OK, buy(2, aapl, 200));
        assertEquals(Result.OK, buy(3, msft, 300));
        awaitEvents(3);
        events.take();
        assertEquals(Result.OK, gateway.cancelAll(aapl.id()));
        awaitEvents(2);
        assertEquals(List.of("canceled 1 100 NONE", "canceled 2 200 NONE"), events.take());
        assertEquals(1, gateway.workingOrders());
        assertEquals(Result.OK, gateway.cancelAll(Instrument.NULL_INSTRUMENT_ID));
        awaitEvents(1);
        assertEquals(List.of("canceled 3 300 NONE"), events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(0, venue.exchange.liveOrders());
    }

    @Test
    void shouldConsultTheThrottleBeforeEachSend() {
        connect(new OuchVenueGateway.Config());
        throttleBudget = 2;
        assertEquals(Result.OK, buy(1, aapl, 100));
        assertEquals(Result.OK, buy(2, aapl, 100));
        assertEquals(Result.THROTTLED, buy(3, aapl, 100));
        assertEquals(Result.THROTTLED, gateway.cancelOrder(1));
        assertTrue(Result.isTransient(Result.THROTTLED));
        awaitEvents(2);
        throttleBudget = 1;
        assertEquals(Result.OK, buy(3, aapl, 100));
        awaitEvents(3);
        assertEquals(3, venue.exchange.enterOrders);
        assertEquals(3, gateway.workingOrders());
    }

    @Test
    void shouldSyncUserRefNumsWithAnAccountQuery() {
        connect(new OuchVenueGateway.Config().firstUserRefNum(1));
        venue.exchange.lastUserRefNum(500);             // the account used UserRefNums up to 500 earlier today
        assertEquals(Result.OK, buy(1, aapl, 100));
        awaitEvents(1);
        assertEquals(List.of("rejected 1 VENUE_REJECT"), events.take());
        assertEquals(Result.OK, gateway.queryAccount());
        pollUntil("next user ref", () -> gateway.nextUserRefNum() == 501);
        assertEquals(Result.OK, buy(2, aapl, 100));
        awaitEvents(1);
        assertEquals(List.of("accepted 2 ref=1000"), events.take());
    }

    @Test
    void shouldReportEveryWorkingOrderCanceledWhenTheVenueCancelsOnDisconnect() {
        connect(new OuchVenueGateway.Config().cancelOnDisconnect(true));
        assertEquals(Result.OK, buy(1, aapl, 100));
        assertEquals(Result.OK, buy(2, msft, 200));
        awaitEvents(2);
        venue.exchange.execute(1, 30);
        awaitEvents(3);
        events.take();
        venue.dropSession();
        pollUntil("disconnect", () -> !gateway.isConnected());
        assertEquals(List.of("canceled 1 70 VENUE_DISCONNECTED", "canceled 2 200 VENUE_DISCONNECTED"),
            events.take());
        assertEquals(0, gateway.workingOrders());
        assertEquals(0, venue.exchange.liveOrders());
        assertEquals(Result.NOT_CONNECTED, buy(3, aapl, 100));
        assertEquals(Result.UNKNOWN_ORDER, gateway.cancelOrder(1));

        assertEquals(Result.OK, gateway.connect(venue.address()));
        pollUntil("relogin", gateway::isConnected);
        pollUntil("replayed K cancels", () -> gateway.errors().count(WireError.BAD_FIELD) == 2);
        assertEquals(List.of(), events.take());
        assertEquals(Result.OK, buy(3, aapl, 100));
        awaitEvents(1);
        assertEquals(List.of("accepted 3 ref=1002"), events.take());
    }

    @Test
    void shouldKeepOrdersWorkingAcrossAReconnectWithoutCancelOnDisconnect() {
        venue.exchange.cancelOnDisconnect = false;
        connect(new OuchVenueGateway.Config().cancelOnDisconnect(false));
        assertEquals(Result.OK, buy(1, aapl, 100));
        awaitEvents(1);
        events.take();
        venue.dropSession();
        pollUntil("disconnect", () -> !gateway.isConnected());
        venue.exchange.execute(1, 25);                  // while the client is away: stored, replayed at login
        assertEquals(List.of(), events.take());
        assertEquals(1, gateway.workingOrders());
        assertEquals(Result.OK, gateway.connect(venue.address()));
        pollUntil("relogin", gateway::isConnected);
        awaitEvents(1);
        assertEquals(List.of("fill 1 exec=1 25@18725000000 leaves=75 ADDED"), events.take());
        assertEquals(Result.OK, gateway.cancelOrder(1));
        awaitEvents(1);
        assertEquals(List.of("canceled 1 75 NONE"), events.take());
        assertFalse(gateway.errors().total() > 0, gateway.errors()::toString);
    }
}
