package dev.hft.backtest.matching;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * Receives the engine's execution reports, addressed to the order's owner: one method per event, primitive
 * arguments, every field an OUCH or FIX venue application needs to write its own message without keeping state of
 * its own beyond its id mapping.
 *
 * <p>Ids: {@code ownerId} is the account the order was submitted for (a venue application's session or firm id);
 * {@code clientOrderId} is the owner's id for the order (OUCH user reference number, a FIX venue's mapping of
 * {@code ClOrdID}), echoed back, never interpreted; {@code orderId} is the engine's id, stable for the life of the
 * order and the handle for cancel and replace; {@code bookReference} is the order's current ITCH order reference
 * number (the OUCH Order Reference Number), equal to {@code orderId} until a replace that loses priority gives the
 * order a new one.
 *
 * <p>Mapping: OUCH Accepted / Rejected / Executed (match number {@code matchNumber}, liquidity flag from
 * {@code liquidity}) / Canceled (decrement {@code canceledQuantity}, reason {@link CancelReason#ouchCode()}) /
 * Replaced; FIX {@code ExecutionReport} with {@code ExecType} New / Rejected / Trade ({@code ExecID} from
 * {@code executionId}, {@code LastPx}, {@code LastQty}, {@code LeavesQty}, {@code CumQty}) / Canceled (or Restated
 * for a partial reduce, {@code leavesQuantity > 0}) / Replaced, and {@code OrderCancelReject} for
 * {@link #onCancelRejected}.
 *
 * <p>Threading: called on the thread that calls the engine, during the call. Implementations must not call back
 * into the engine.
 */
public interface ExecutionListener {

    /** A listener that ignores everything. */
    ExecutionListener NO_OP = new ExecutionListener() {
    };

    /**
     * The order was accepted; fills may follow within the same call.
     *
     * @param ownerId          account of the order.
     * @param clientOrderId    the owner's id of the order.
     * @param orderId          the engine's id of the order.
     * @param bookReference    the order's ITCH order reference number.
     * @param instrumentId     dense instrument id.
     * @param side             BUY or SELL.
     * @param priceFixed       limit price (after a post-only slide), or {@code FixedPoint.NULL_PRICE} for a market
     *                         order.
     * @param quantity         order quantity.
     * @param timeInForce      time in force.
     * @param execInstructions {@code dev.hft.api.ExecInstructions} flags as submitted.
     * @param timestampNs      engine time, epoch nanoseconds.
     */
    default void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
        final long bookReference, final int instrumentId, final Side side, final long priceFixed,
        final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
    }

    /**
     * The order was rejected; it never existed.
     *
     * @param ownerId       account of the order.
     * @param clientOrderId the owner's id of the order.
     * @param instrumentId  instrument id as submitted.
     * @param reason        why.
     * @param timestampNs   engine time, epoch nanoseconds.
     */
    default void onRejected(final long ownerId, final long clientOrderId, final int instrumentId,
        final RejectReason reason, final long timestampNs) {
    }

    /**
     * The order traded.
     *
     * @param ownerId            account of the order.
     * @param clientOrderId      the owner's current id of the order.
     * @param orderId            the engine's id of the order.
     * @param instrumentId       dense instrument id.
     * @param side               the order's side.
     * @param executionId        unique per report: {@code matchNumber * 2} for the maker, {@code + 1} for the taker.
     * @param matchNumber        id of the match, shared by maker and taker and equal to the ITCH Order Executed
     *                           match number.
     * @param priceFixed         execution price (the resting order's price).
     * @param quantity           executed quantity, positive.
     * @param leavesQuantity     quantity still open after this execution.
     * @param cumulativeQuantity quantity executed so far, this execution included.
     * @param liquidity          {@link Liquidity#ADDED} for the resting order, {@link Liquidity#REMOVED} for the
     *                           incoming one.
     * @param timestampNs        engine time, epoch nanoseconds.
     */
    default void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
        final Side side, final long executionId, final long matchNumber, final long priceFixed, final long quantity,
        final long leavesQuantity, final long cumulativeQuantity, final Liquidity liquidity, final long timestampNs) {
    }

    /**
     * Quantity of the order was canceled: all of it ({@code leavesQuantity == 0}, the order is done) or part of it
     * (a reduce, or a self-match decrement).
     *
     * @param ownerId          account of the order.
     * @param clientOrderId    the owner's current id of the order.
     * @param orderId          the engine's id of the order.
     * @param canceledQuantity quantity canceled by this event, positive.
     * @param leavesQuantity   quantity still open.
     * @param reason           why.
     * @param timestampNs      engine time, epoch nanoseconds.
     */
    default void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
        final long canceledQuantity, final long leavesQuantity, final CancelReason reason, final long timestampNs) {
    }

    /**
     * A replace succeeded.
     *
     * @param ownerId           account of the order.
     * @param clientOrderId     the new client order id.
     * @param origClientOrderId the client order id before.
     * @param orderId           the engine's id of the order (unchanged).
     * @param bookReference     the order's ITCH reference now (new if priority was lost).
     * @param priceFixed        the order's price now.
     * @param leavesQuantity    open quantity now (fills of a marketable replace follow this event).
     * @param priorityRetained  {@code true} if the order kept its time priority (same price, quantity not raised).
     * @param timestampNs       engine time, epoch nanoseconds.
     */
    default void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
        final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
        final boolean priorityRetained, final long timestampNs) {
    }

    /**
     * A cancel, reduce or replace was refused; the order is unchanged.
     *
     * @param ownerId       account that asked.
     * @param clientOrderId for a cancel, the client order id given; for a replace, the new one.
     * @param orderId       the engine id the request named.
     * @param reason        {@link RejectReason#UNKNOWN_ORDER} (not live, or another owner's),
     *                      {@link RejectReason#INVALID_PRICE}, {@link RejectReason#INVALID_QUANTITY}.
     * @param timestampNs   engine time, epoch nanoseconds.
     */
    default void onCancelRejected(final long ownerId, final long clientOrderId, final long orderId,
        final RejectReason reason, final long timestampNs) {
    }
}
