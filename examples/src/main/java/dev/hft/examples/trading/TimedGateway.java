package dev.hft.examples.trading;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;

/**
 * A {@link VenueGateway} decorator the OMS sends through: marks the end of the OMS + router + risk stage on entry of
 * a new order or replace and the end of encode + send on its return ({@link TickProbe}). Cancels pass through
 * unmarked. Allocation-free.
 */
final class TimedGateway implements VenueGateway {
    private final VenueGateway gateway;
    private final TickProbe probe;

    TimedGateway(final VenueGateway gateway, final TickProbe probe) {
        this.gateway = gateway;
        this.probe = probe;
    }

    VenueGateway gateway() {
        return gateway;
    }

    @Override
    public int venueId() {
        return gateway.venueId();
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        probe.mark(TickProbe.ROUTE);
        final int result = gateway.newOrder(clientOrderId, instrumentId, side, quantity, priceFixed, type,
            timeInForce, execInstructions);
        if (result >= 0) {
            probe.sent();
        }
        return result;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        return gateway.cancelOrder(clientOrderId);
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        probe.mark(TickProbe.ROUTE);
        final int result = gateway.replaceOrder(origClientOrderId, newClientOrderId, quantity, priceFixed);
        if (result >= 0) {
            probe.sent();
        }
        return result;
    }

    @Override
    public int cancelAll(final int instrumentId) {
        return gateway.cancelAll(instrumentId);
    }

    @Override
    public boolean isConnected() {
        return gateway.isConnected();
    }

    @Override
    public RejectReason lastRejectReason() {
        return gateway.lastRejectReason();
    }
}
