package dev.hft.sor;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;

/**
 * A {@link ChildOrderSink} that sends children straight to the venues' gateways, indexed by venue id, with client
 * order ids from a counter: for a host without an OMS in between (tests, benchmarks, simple setups). The gateways'
 * listeners must forward execution reports to the {@link SmartOrderRouter}. Allocation-free; single-threaded.
 */
public final class GatewayChildOrderSink implements ChildOrderSink {

    private final VenueGateway[] gateways;
    private long nextClientOrderId;
    private RejectReason lastRejectReason = RejectReason.NONE;

    /**
     * Creates a sink.
     *
     * @param gateways            gateway of each venue, indexed by venue id ({@code null} for a venue not used).
     * @param firstClientOrderId  the first child id, positive; ids then increase by one.
     */
    public GatewayChildOrderSink(final VenueGateway[] gateways, final long firstClientOrderId) {
        if (firstClientOrderId <= 0) {
            throw new IllegalArgumentException("firstClientOrderId must be positive: " + firstClientOrderId);
        }
        this.gateways = gateways.clone();
        this.nextClientOrderId = firstClientOrderId;
    }

    @Override
    public long peekClientOrderId() {
        return nextClientOrderId;
    }

    @Override
    public long send(
        final long parentOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        lastRejectReason = RejectReason.NONE;
        if (venueId < 0 || venueId >= gateways.length || gateways[venueId] == null) {
            return Result.INVALID_ARGUMENT;
        }
        final VenueGateway gateway = gateways[venueId];
        final long id = nextClientOrderId;
        final int result = gateway.newOrder(id, instrumentId, side, quantity, priceFixed, type, timeInForce,
            execInstructions);
        if (result < 0) {
            if (result == Result.REJECTED) {
                lastRejectReason = gateway.lastRejectReason();
            }
            return result;
        }
        nextClientOrderId = id + 1;
        return id;
    }

    @Override
    public int cancel(final int venueId, final long clientOrderId) {
        if (venueId < 0 || venueId >= gateways.length || gateways[venueId] == null) {
            return Result.INVALID_ARGUMENT;
        }
        return gateways[venueId].cancelOrder(clientOrderId);
    }

    @Override
    public RejectReason lastRejectReason() {
        return lastRejectReason;
    }
}
