package dev.hft.examples.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OrderState;
import dev.hft.risk.KillReason;
import org.junit.jupiter.api.Test;

class OmsChildOrderSinkTest {
    private final TradingFixture fixture = new TradingFixture(true, new int[] {0}, 1000);
    private final OmsChildOrderSink sink = fixture.sink;

    private long send(final int venue, final long quantity, final String price) {
        return sink.send(77, TradingConfig.MOMENTUM, venue, 0, Side.BUY, quantity, FixedPoint.parse(price),
            OrderType.LIMIT, TimeInForce.IOC, ExecInstructions.NONE);
    }

    @Test
    void shouldMakeEveryChildAnOmsOrderWithItsParentAndTheAnnouncedId() {
        fixture.quote(0, 0, "100.00", "100.02");
        final long peeked = sink.peekClientOrderId();
        assertEquals(peeked, sink.peekClientOrderId(), "peeking twice does not move it");
        final long id = send(2, 300, "100.02");
        assertEquals(peeked, id);
        final int slot = fixture.oms.find(id);
        assertEquals(77, fixture.oms.parentOrderId(slot));
        assertEquals(TradingConfig.MOMENTUM, fixture.oms.strategyId(slot));
        assertEquals(2, fixture.oms.venueId(slot));
        assertEquals(OrderState.PENDING_NEW, fixture.oms.state(slot));
        assertEquals(InMemoryVenueGateway.NEW_ORDER, fixture.gateways[2].lastKind());
        assertEquals(id, fixture.gateways[2].lastClientOrderId());
        assertEquals(1, fixture.risk.openOrderCount(2), "the OMS's pre-trade check (risk) saw it sent");
        assertEquals(id + 1, sink.peekClientOrderId());
        assertEquals(1, sink.sent());
    }

    @Test
    void shouldPassTheRiskCheckersRefusalBackWithItsReason() {
        fixture.quote(0, 0, "100.00", "100.02");
        assertEquals(Result.REJECTED, send(1, 100_000, "100.02"));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, sink.lastRejectReason());
        fixture.killSwitch.trigger(KillReason.MANUAL);
        assertEquals(Result.REJECTED, send(1, 100, "100.02"));
        assertEquals(RejectReason.KILL_SWITCH, sink.lastRejectReason());
        assertEquals(0, fixture.gateways[1].requestCount());
        assertEquals(2, sink.refused());
    }

    @Test
    void shouldCancelThroughTheOmsAndReportUnknownOrders() {
        fixture.quote(0, 0, "100.00", "100.02");
        final long id = sink.send(5, TradingConfig.MOMENTUM, 0, 0, Side.BUY, 100, FixedPoint.parse("100.00"),
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
        fixture.answerLast(0);
        assertEquals(Result.OK, sink.cancel(0, id));
        assertEquals(InMemoryVenueGateway.CANCEL, fixture.gateways[0].lastKind());
        assertEquals(OrderState.PENDING_CANCEL, fixture.oms.state(fixture.oms.find(id)));
        assertEquals(Result.UNKNOWN_ORDER, sink.cancel(0, 123_456));
        assertTrue(sink.send(5, TradingConfig.MOMENTUM, 9, 0, Side.BUY, 100, FixedPoint.parse("100.00"),
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE) < 0, "unknown venue");
    }
}
