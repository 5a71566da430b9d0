package dev.hft.backtest.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

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
import dev.hft.backtest.matching.ExecutionListener;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The venue and two gateways on one thread, over loopback: enter, cross, fill, rest, replace and cancel in a loop
 * allocate nothing in steady state (venue and clients together), with and without the order-entry latency ring.
 */
@Timeout(120)
final class OuchVenueAllocationTest {
    private static final int MAX_POLLS = 1_000_000;

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final Instrument aapl = instruments.add("AAPL", FixedPoint.parse("0.01"), 1, 2);
    private final Counting events = new Counting();
    private OuchVenue venue;
    private OuchVenueGateway a;
    private OuchVenueGateway b;
    private long nextId = 1;

    private long tickNs;

    @Test
    void shouldNotAllocateInSteadyState() throws IOException {
        run(0);
    }

    @Test
    void shouldNotAllocateInSteadyStateWithOrderLatency() throws IOException {
        run(50_000);
    }

    private void run(final long latencyNs) throws IOException {
        final MatchingEngineConfig config = new MatchingEngineConfig().maxOrders(1024).maxLevelsPerSide(64);
        config.instrument("AAPL", FixedPoint.parse("0.01"), 1);
        tickNs = latencyNs / 10;
        venue = new OuchVenue(config, 2, new SoupBinTcpConfig(), clock, clock, BookEventListener.NO_OP,
            WireErrorListener.NO_OP, latencyNs, ExecutionListener.NO_OP);
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        venue.bind(0, loopback);
        venue.bind(1, loopback);
        try {
            a = gateway(0);
            b = gateway(1);
            final long bytes = AllocationMeter.steadyStateBytes(this::round, 2_000, 5);
            assertEquals(0, bytes, "bytes allocated by 200 rounds in steady state");
            assertEquals(0, venue.openOrders(0));
            assertTrue(venue.executedQuantity(0) > 0);
        } finally {
            a.close();
            b.close();
            venue.close();
        }
    }

    private OuchVenueGateway gateway(final int port) {
        final OuchVenueGateway gateway = new OuchVenueGateway(port, instruments,
            new OuchVenueGateway.Config().maxOrders(1024), new SoupBinTcpConfig(), clock, clock, events,
            WireErrorListener.NO_OP);
        gateway.login("port" + port, "secret");
        assertEquals(Result.OK, gateway.connect(venue.localAddress(port)));
        for (int i = 0; i < MAX_POLLS && !gateway.isConnected(); i++) {
            clock.advance(tickNs);
            venue.doWork();
            gateway.poll();
        }
        assertTrue(gateway.isConnected());
        return gateway;
    }

    /** One round: A rests a buy, B sells into it, A rests another, replaces it, cancels it. */
    private void round() {
        final long price = FixedPoint.parse("10.00");
        final long buy = nextId++;
        a.newOrder(buy, aapl.id(), Side.BUY, 100, price, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
        b.newOrder(nextId++, aapl.id(), Side.SELL, 100, price, OrderType.LIMIT, TimeInForce.IOC,
            ExecInstructions.NONE);
        final long resting = nextId++;
        a.newOrder(resting, aapl.id(), Side.BUY, 100, price - FixedPoint.parse("0.05"), OrderType.LIMIT,
            TimeInForce.DAY, ExecInstructions.NONE);
        final long target = events.done + 5;                  // 3 accepts, 2 fills (the IOC sell fills completely)
        settle(target);
        final long replaced = nextId++;
        a.replaceOrder(resting, replaced, 200, price - FixedPoint.parse("0.06"));
        settle(target + 1);
        a.cancelOrder(replaced);
        settle(target + 2);
    }

    private void settle(final long done) {
        for (int i = 0; i < MAX_POLLS && events.done < done; i++) {
            clock.advance(tickNs);
            venue.doWork();
            a.poll();
            b.poll();
        }
    }

    /** Counts every order event. */
    private static final class Counting implements OrderEventListener {
        long done;

        @Override
        public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
            final long timestampNs) {
            done++;
        }

        @Override
        public void onFill(final int venueId, final long clientOrderId, final long executionId,
            final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
            final long timestampNs) {
            done++;
        }

        @Override
        public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long quantity, final long timestampNs) {
            done++;
        }

        @Override
        public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            done++;
        }
    }
}
