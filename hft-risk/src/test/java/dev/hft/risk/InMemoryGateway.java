package dev.hft.risk;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.ExecInstructions;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;

/** A venue gateway that records requests; mass cancel, connection and back-pressure are switchable. */
final class InMemoryGateway implements VenueGateway {
    final int venueId;
    final boolean massCancel;
    boolean connected = true;
    int backPressureEvery;
    int calls;
    final List<Long> canceled = new ArrayList<>();
    int massCancels;
    final long[] cancelIds;
    int cancelCount;

    InMemoryGateway(final int venueId, final boolean massCancel) {
        this(venueId, massCancel, 0);
    }

    InMemoryGateway(final int venueId, final boolean massCancel, final int preallocatedCancels) {
        this.venueId = venueId;
        this.massCancel = massCancel;
        this.cancelIds = new long[preallocatedCancels];
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        return connected ? Result.OK : Result.NOT_CONNECTED;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        if (!connected) {
            return Result.NOT_CONNECTED;
        }
        if (backPressureEvery > 0 && ++calls % backPressureEvery == 0) {
            return Result.BACK_PRESSURED;
        }
        if (cancelIds.length > 0) {
            cancelIds[cancelCount++] = clientOrderId;
        } else {
            canceled.add(clientOrderId);
        }
        return Result.OK;
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        return Result.OK;
    }

    @Override
    public int cancelAll(final int instrumentId) {
        if (!massCancel) {
            return Result.UNSUPPORTED;
        }
        if (!connected) {
            return Result.NOT_CONNECTED;
        }
        massCancels++;
        return Result.OK;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    static int unusedFlags() {
        return ExecInstructions.NONE;
    }
}
