package dev.hft.net.ouch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

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
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OUCH hot paths allocate nothing in steady state: the codec alone (encode Enter Order with an option, dispatch
 * Order Executed with one), and the whole gateway round trip over loopback (new order, accepted, partial fill,
 * replace, replaced, cancel, canceled) against the allocation-free echo exchange, all on this thread.
 */
@Timeout(300)
class OuchAllocationTest {
    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 10_000;
    private static final int MEASURED_RUNS = 3;
    private static final long SPIN_LIMIT = 100_000_000L;

    /** Counts events without allocating. */
    private static final class Counting implements OrderEventListener {
        long accepted;
        long fills;
        long replaced;
        long canceled;
        long other;

        @Override
        public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
            final long timestampNs) {
            accepted++;
        }

        @Override
        public void onFill(final int venueId, final long clientOrderId, final long executionId,
            final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
            final long timestampNs) {
            fills++;
        }

        @Override
        public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long quantity, final long timestampNs) {
            replaced++;
        }

        @Override
        public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            canceled++;
        }

        @Override
        public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            other++;
        }
    }

    @Test
    void shouldEncodeAndDispatchWithoutAllocating() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final EnterOrderEncoder enter = new EnterOrderEncoder();
        final OrderExecutedEncoder executed = new OrderExecutedEncoder();
        final long[] sum = {0};
        final OuchMessageDispatcher dispatcher = new OuchMessageDispatcher(new OuchListener() {
            @Override
            public void onOrderExecuted(final OrderExecutedDecoder message) {
                sum[0] += message.quantity() + message.price() + message.matchNumber()
                    + message.appendage().referencePrice();
            }
        }, new WireErrorCounters("ouch", WireErrorListener.NO_OP));
        final long symbol = Ouch50.packSymbol("AAPL");
        final Runnable work = () -> {
            for (int i = 0; i < 100_000; i++) {
                final EnterOrderEncoder e = enter.wrap(buffer, 0).userRefNum(i).side(Ouch50.SIDE_BUY).quantity(100)
                    .symbol(symbol).price(1_872_500).timeInForce(Ouch50.TIF_DAY).display(Ouch50.DISPLAY_VISIBLE)
                    .capacity(Ouch50.CAPACITY_AGENCY).interMarketSweepEligibility(Ouch50.NO)
                    .crossType(Ouch50.CROSS_TYPE_CONTINUOUS).clOrdIdNumber(i);
                e.appendage().firm(0x41424344);
                sum[0] += e.encodedLength();
                final OrderExecutedEncoder x = executed.wrap(buffer, 128).timestamp(i).userRefNum(i).quantity(10)
                    .price(1_872_500).liquidityFlag(Ouch50.LIQUIDITY_ADDED).matchNumber(i);
                x.appendage().referencePrice(1_872_400);
                dispatcher.onMessage(buffer, 128, x.encodedLength());
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 5, MEASURED_RUNS));
        assertEquals(0, dispatcher.errors().total());
    }

    @Test
    void shouldRunTheGatewayRoundTripWithoutAllocating() throws IOException {
        final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
        final InstrumentRegistry instruments = new InstrumentRegistry();
        final Instrument aapl = instruments.add("AAPL", FixedPoint.parse("0.01"), 1, 2);
        final Counting events = new Counting();
        final int rounds = WARM_UP + MEASURED_RUNS * MEASURED;
        final long price = FixedPoint.parse("187.25");
        final long newPrice = FixedPoint.parse("187.26");
        try (OuchEchoVenue venue = new OuchEchoVenue(clock, rounds + 16);
            OuchVenueGateway gateway = new OuchVenueGateway(1, instruments,
                new OuchVenueGateway.Config().firm("HFTX").maxOrders(1024), new SoupBinTcpConfig(), clock, clock,
                events, WireErrorListener.NO_OP)) {
            gateway.login("user", "secret");
            gateway.connect(venue.address());
            OuchVenueGatewayTest.pollUntil("login", gateway::isConnected, venue::poll, gateway::poll);
            final long[] next = {0};
            final Runnable roundTrips = () -> {
                final long end = next[0] + (next[0] == 0 ? WARM_UP : MEASURED);
                while (next[0] < end) {
                    final long id = 2 * ++next[0];
                    final long userRefNum = gateway.nextUserRefNum();
                    send(venue, gateway, gateway.newOrder(id, aapl.id(), Side.BUY, 100, price, OrderType.LIMIT,
                        TimeInForce.DAY, ExecInstructions.NONE));
                    final long accepted = events.accepted;
                    spin(venue, gateway, events, accepted, 0);
                    venue.exchange.execute(userRefNum, 10);
                    final long fills = events.fills;
                    spin(venue, gateway, events, fills, 1);
                    send(venue, gateway, gateway.replaceOrder(id, id + 1, 100, newPrice));
                    final long replaced = events.replaced;
                    spin(venue, gateway, events, replaced, 2);
                    send(venue, gateway, gateway.cancelOrder(id + 1));
                    final long canceled = events.canceled;
                    spin(venue, gateway, events, canceled, 3);
                }
            };
            roundTrips.run();
            final long allocated = AllocationMeter.steadyStateBytes(roundTrips, 0, MEASURED_RUNS);
            assertEquals(0, events.other);
            assertEquals(0, gateway.workingOrders());
            assertEquals(0, gateway.errors().total(), gateway.errors()::toString);
            assertEquals(0, venue.exchange.errors().total());
            assertEquals(0, allocated, "bytes allocated by " + MEASURED + " order round trips");
        }
    }

    private static void send(final OuchEchoVenue venue, final OuchVenueGateway gateway, final int result) {
        if (result != Result.OK) {
            throw new AssertionError("send failed: " + Result.name(result));
        }
    }

    private static void spin(final OuchEchoVenue venue, final OuchVenueGateway gateway, final Counting events,
        final long before, final int which) {
        for (long i = 0; i < SPIN_LIMIT; i++) {
            final long now = which == 0 ? events.accepted : which == 1 ? events.fills
                : which == 2 ? events.replaced : events.canceled;
            if (now != before) {
                return;
            }
            venue.poll();
            gateway.poll();
        }
        throw new AssertionError("no event " + which);
    }
}
