package dev.hft.engine;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;

/**
 * The gateway the order manager sends through when the host set an {@link EngineProbe}: marks
 * {@link EngineProbe#ROUTED} on entry of a new order or replace and {@link EngineProbe#SENT} when the gateway took
 * it. Cancels pass through unmarked. Allocation-free; trading thread.
 */
final class ProbedGateway implements VenueGateway {
    private final VenueGateway gateway;
    private final EngineProbe probe;

    ProbedGateway(final VenueGateway gateway, final EngineProbe probe) {
        this.gateway = gateway;
        this.probe = probe;
    }

    @Override
    public int venueId() {
        return gateway.venueId();
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        probe.onStage(EngineProbe.ROUTED);
        final int result = gateway.newOrder(clientOrderId, instrumentId, side, quantity, priceFixed, type,
            timeInForce, execInstructions);
        if (result >= 0) {
            probe.onStage(EngineProbe.SENT);
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
        probe.onStage(EngineProbe.ROUTED);
        final int result = gateway.replaceOrder(origClientOrderId, newClientOrderId, quantity, priceFixed);
        if (result >= 0) {
            probe.onStage(EngineProbe.SENT);
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
