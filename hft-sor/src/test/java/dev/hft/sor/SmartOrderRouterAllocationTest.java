package dev.hft.sor;

import static dev.hft.sor.Books.VENUES;
import static dev.hft.sor.Books.ask;
import static dev.hft.sor.Books.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.hft.api.ExecInstructions;
import dev.hft.api.Liquidity;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.book.ConsolidatedBook;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;

class SmartOrderRouterAllocationTest {

    @Test
    void shouldRouteFillRerouteAndCompleteParentsWithoutAllocating() {
        final ConsolidatedBook book = Books.book();
        final VenueModel venues = new VenueModel(VENUES, 1);
        final StubGateway[] gateways = new StubGateway[VENUES];
        final int[] venueByOrder = new int[1 << 16];
        for (int v = 0; v < VENUES; v++) {
            gateways[v] = new StubGateway(v);
            gateways[v].venueByOrder = venueByOrder;
            venues.gateway(v, gateways[v]).fees(v, -200_000L, 300_000L - 50_000L * v);
            ask(book, v, 100_010 + v, 100);
        }
        final GatewayChildOrderSink sink = new GatewayChildOrderSink(new VenueGateway[] {
            gateways[0], gateways[1], gateways[2], gateways[3], gateways[4]}, 1);
        final ManualClock clock = new ManualClock();
        final SmartOrderRouter sor = new SmartOrderRouter(venues, sink, PreTradeCheck.ACCEPT_ALL,
            ParentOrderListener.NO_OP, clock, clock, 64, 1_024, 4);
        sor.book(book).strategy(0, RoutingParams.of(RoutingPolicy.WEIGHTED).missCostFixed(px(10)));
        final long[] parentId = {1};
        final long[] executionId = {1};
        final Runnable cycle = () -> {
            for (int i = 0; i < 5_000; i++) {
                final long parent = parentId[0]++;
                final long first = sink.peekClientOrderId();
                sor.submit(parent, 0, 0, Side.BUY, 300, px(100_020), TimeInForce.IOC, ExecInstructions.NONE);
                final long last = sink.peekClientOrderId();
                // first child: half filled, the rest canceled and re-routed; the others fill completely
                for (long child = first; child < last; child++) {
                    final int venue = venueByOrder[(int) (child & 0xFFFF)];
                    sor.onAccepted(venue, child, child, 0);
                    if (child == first) {
                        sor.onFill(venue, child, executionId[0]++, px(100_010), 50, 50, Liquidity.REMOVED, 0);
                        sor.onCanceled(venue, child, 50, RejectReason.NONE, 0);
                    } else {
                        sor.onFill(venue, child, executionId[0]++, px(100_012), 100, 0, Liquidity.REMOVED, 0);
                    }
                }
                sor.doWork();
                final long rerouted = sink.peekClientOrderId();
                for (long child = last; child < rerouted; child++) {
                    final int venue = venueByOrder[(int) (child & 0xFFFF)];
                    sor.onFill(venue, child, executionId[0]++, px(100_013), 25, 0, Liquidity.REMOVED, 0);
                    sor.onCanceled(venue, child, 1_000, RejectReason.NONE, 0);
                }
                sor.doWork();
                sor.cancel(parent);
                final long end = sink.peekClientOrderId();
                for (long child = rerouted; child < end; child++) {
                    sor.onCanceled(venueByOrder[(int) (child & 0xFFFF)], child, 25, RejectReason.NONE, 0);
                }
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(cycle, 5, 5));
        assertEquals(0, sor.liveParents());
        assertEquals(0, sor.liveChildren());
        final long parents = parentId[0] - 1;
        assertTrue(sor.decisions() >= 2 * parents, "every parent re-routed once: " + sor.decisions());
        assertTrue(sor.childrenSent() >= 4 * parents, "children: " + sor.childrenSent());
        assertEquals(0, sor.excessFills() + sor.orphanFills() + sor.unknownChildEvents() + sor.invalidEvents());
    }
}
