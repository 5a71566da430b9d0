package dev.hft.oms;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import org.agrona.DirectBuffer;

/**
 * Applies a journal's records to an {@link OrderManager} during {@link OrderManager#recover}: the same state changes
 * as live, without calling gateways or host callbacks. Single-threaded, used once at start-up.
 */
final class JournalReplay implements OrderJournal {

    private final OrderManager oms;

    JournalReplay(final OrderManager oms) {
        this.oms = oms;
    }

    @Override
    public void onParentRecord(final long timestampNs, final long parentOrderId, final DirectBuffer buffer,
        final int offset, final int length) {
        if (parentOrderId > oms.highestOrderId) {
            oms.highestOrderId = parentOrderId;
        }
        if (oms.childListener != null) {
            oms.childListener.onParentRecord(timestampNs, parentOrderId, buffer, offset, length);
        }
    }

    @Override
    public void onNewOrder(final long timestampNs, final long clientOrderId, final long parentOrderId,
        final int strategyId, final int venueId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int instructions,
        final int localFlags, final long expireAt) {
        if (venueId < 0 || venueId >= oms.maxVenues || oms.capabilities[venueId] == null) {
            oms.addVenue(venueId, VenueCapabilities.ALL);
        }
        oms.applyNewOrder(timestampNs, clientOrderId, parentOrderId, strategyId, venueId, instrumentId, side,
            quantity, priceFixed, type, timeInForce, instructions, localFlags, expireAt);
    }

    @Override
    public void onCancelRequest(final long timestampNs, final long clientOrderId) {
        oms.applyCancelRequest(clientOrderId);
    }

    @Override
    public void onReplaceRequest(final long timestampNs, final long origId, final long newId,
        final long quantity, final long priceFixed) {
        oms.applyReplaceRequest(origId, newId, quantity, priceFixed);
    }

    @Override
    public void onSendFailed(final long timestampNs, final long clientOrderId, final int requestKind) {
        oms.applySendFailed(clientOrderId, requestKind);
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        oms.applyAccepted(venueId, clientOrderId, venueOrderId, timestampNs);
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        oms.applyRejected(venueId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
        final Liquidity liquidity, final long timestampNs) {
        oms.applyFill(venueId, clientOrderId, executionId, lastPriceFixed, lastQuantity, leavesQuantity, liquidity,
            timestampNs);
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        oms.applyDone(venueId, clientOrderId, OrderEvent.CANCELED, canceledQuantity, reason, timestampNs);
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        oms.applyReplaced(venueId, clientOrderId, origClientOrderId, priceFixed, quantity, timestampNs);
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        oms.applyCancelRejected(venueId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        oms.applyDone(venueId, clientOrderId, OrderEvent.EXPIRED, expiredQuantity, RejectReason.NONE, timestampNs);
    }
}
