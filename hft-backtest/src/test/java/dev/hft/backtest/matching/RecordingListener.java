package dev.hft.backtest.matching;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/** Records execution reports and book events as short readable lines. */
final class RecordingListener implements ExecutionListener, BookEventListener {
    final List<String> executions = new ArrayList<>();
    final List<String> book = new ArrayList<>();

    List<String> takeExecutions() {
        final List<String> copy = new ArrayList<>(executions);
        executions.clear();
        return copy;
    }

    List<String> takeBook() {
        final List<String> copy = new ArrayList<>(book);
        book.clear();
        return copy;
    }

    static String px(final long price) {
        return FixedPoint.format(price);
    }

    @Override
    public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
        final long bookReference, final int instrumentId, final Side side, final long priceFixed,
        final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
        executions.add("accepted o" + ownerId + " c" + clientOrderId + " #" + orderId + " " + side + " " + quantity
            + "@" + px(priceFixed));
    }

    @Override
    public void onRejected(final long ownerId, final long clientOrderId, final int instrumentId,
        final RejectReason reason, final long timestampNs) {
        executions.add("rejected o" + ownerId + " c" + clientOrderId + " " + reason);
    }

    @Override
    public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
        final Side side, final long executionId, final long matchNumber, final long priceFixed, final long quantity,
        final long leavesQuantity, final long cumulativeQuantity, final Liquidity liquidity, final long timestampNs) {
        executions.add("fill c" + clientOrderId + " #" + orderId + " " + quantity + "@" + px(priceFixed) + " leaves "
            + leavesQuantity + " cum " + cumulativeQuantity + " " + liquidity + " m" + matchNumber + " x"
            + executionId);
    }

    @Override
    public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
        final long canceledQuantity, final long leavesQuantity, final CancelReason reason, final long timestampNs) {
        executions.add("canceled c" + clientOrderId + " #" + orderId + " " + canceledQuantity + " leaves "
            + leavesQuantity + " " + reason);
    }

    @Override
    public void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
        final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
        final boolean priorityRetained, final long timestampNs) {
        executions.add("replaced c" + origClientOrderId + "->c" + clientOrderId + " #" + orderId + " ref "
            + bookReference + " " + leavesQuantity + "@" + px(priceFixed) + (priorityRetained ? " kept" : " lost"));
    }

    @Override
    public void onCancelRejected(final long ownerId, final long clientOrderId, final long orderId,
        final RejectReason reason, final long timestampNs) {
        executions.add("cancelRejected c" + clientOrderId + " #" + orderId + " " + reason);
    }

    @Override
    public void onOrderAdded(final int instrumentId, final long reference, final Side side, final long priceFixed,
        final long quantity, final long timestampNs) {
        book.add("A " + reference + " " + side + " " + quantity + "@" + px(priceFixed));
    }

    @Override
    public void onOrderExecuted(final int instrumentId, final long reference, final long quantity,
        final long priceFixed, final long matchNumber, final long timestampNs) {
        book.add("E " + reference + " " + quantity + " m" + matchNumber);
    }

    @Override
    public void onOrderCanceled(final int instrumentId, final long reference, final long canceledQuantity,
        final long timestampNs) {
        book.add("X " + reference + " " + canceledQuantity);
    }

    @Override
    public void onOrderDeleted(final int instrumentId, final long reference, final long timestampNs) {
        book.add("D " + reference);
    }

    @Override
    public void onOrderReplaced(final int instrumentId, final long originalReference, final long newReference,
        final long priceFixed, final long quantity, final long timestampNs) {
        book.add("U " + originalReference + "->" + newReference + " " + quantity + "@" + px(priceFixed));
    }
}
