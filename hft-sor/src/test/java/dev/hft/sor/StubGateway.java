package dev.hft.sor;

import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;

/** A gateway that accepts everything and records nothing: for connectivity and the gateway sink. */
final class StubGateway implements VenueGateway {
    final int venueId;
    boolean connected = true;
    int result = Result.OK;
    long lastClientOrderId;
    long lastQuantity;
    int sent;
    /** If set, records this venue's id at index {@code clientOrderId & (length - 1)} (a power-of-two length). */
    int[] venueByOrder;

    StubGateway(final int venueId) {
        this.venueId = venueId;
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public int newOrder(
        final long clientOrderId, final int instrumentId, final Side side, final long quantity, final long priceFixed,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        if (result == Result.OK) {
            lastClientOrderId = clientOrderId;
            lastQuantity = quantity;
            sent++;
            if (venueByOrder != null) {
                venueByOrder[(int) (clientOrderId & (venueByOrder.length - 1))] = venueId;
            }
        }
        return result;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        return Result.OK;
    }

    @Override
    public int replaceOrder(
        final long origClientOrderId, final long newClientOrderId, final long quantity, final long priceFixed) {
        return Result.UNSUPPORTED;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }
}
