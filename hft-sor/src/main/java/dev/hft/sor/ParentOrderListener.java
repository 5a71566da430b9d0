package dev.hft.sor;

import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

/**
 * What the {@link SmartOrderRouter} reports about parent orders: every child fill rolled up into its parent exactly
 * once (dedup by venue and execution id), every child refused before or by its venue, and the end of every parent.
 * The host hooks its positions and P&amp;L into {@link #onParentFill}. Every method has an empty default.
 *
 * <p><b>Threading:</b> called on the trading thread, from inside the router's event handlers, {@code submit},
 * {@code cancel} or {@code doWork}; must not block and should not allocate. Do not call back into the router's
 * {@code submit} or {@code cancel} from here; read-only queries are fine.
 */
public interface ParentOrderListener {

    /** Listens to nothing. */
    ParentOrderListener NO_OP = new ParentOrderListener() {
    };

    /**
     * A child of a parent was filled (partially or completely). Reported once per venue and execution id.
     *
     * @param parentOrderId        the parent.
     * @param strategyId           the parent's strategy.
     * @param instrumentId         the instrument.
     * @param side                 the parent's side.
     * @param venueId              the child's venue.
     * @param clientOrderId        the child.
     * @param executionId          the venue's execution id.
     * @param lastPriceFixed       price of this execution.
     * @param lastQuantity         quantity of this execution.
     * @param liquidity            added (maker) or removed (taker).
     * @param feeFixed             fee of this execution from the venue model, fixed-point money (negative: rebate).
     * @param parentFilledQuantity the parent's filled quantity after this execution.
     * @param parentLeavesQuantity the parent's quantity not yet filled after this execution ({@code 0} when filled;
     *                             never negative).
     * @param timestampNs          event time, epoch nanoseconds.
     */
    default void onParentFill(
        long parentOrderId,
        int strategyId,
        int instrumentId,
        Side side,
        int venueId,
        long clientOrderId,
        long executionId,
        long lastPriceFixed,
        long lastQuantity,
        Liquidity liquidity,
        long feeFixed,
        long parentFilledQuantity,
        long parentLeavesQuantity,
        long timestampNs) {
    }

    /**
     * A child was refused: by the pre-trade check or the sink before it left (then {@code clientOrderId} is the id
     * it would have had, and nothing was sent), or by the venue. Its quantity goes back to the parent to be
     * re-routed or returned.
     *
     * @param parentOrderId the parent.
     * @param venueId       the child's venue.
     * @param clientOrderId the child's id.
     * @param quantity      the child's quantity.
     * @param reason        why.
     * @param local         {@code true} if refused before it left (pre-trade check, sink), {@code false} for a venue
     *                      reject.
     * @param timestampNs   event time, epoch nanoseconds.
     */
    default void onChildRejected(
        long parentOrderId,
        int venueId,
        long clientOrderId,
        long quantity,
        RejectReason reason,
        boolean local,
        long timestampNs) {
    }

    /**
     * A parent is done: filled, canceled, or nothing more can be routed (no liquidity within the limit for an
     * immediate parent, no routable venue, routing attempts used up). The per-venue breakdown and totals can be read
     * from the router during this call ({@link SmartOrderRouter#venueFilledQuantity} and friends); the parent is
     * forgotten after it.
     *
     * @param parentOrderId     the parent.
     * @param filledQuantity    total filled.
     * @param unfilledQuantity  quantity returned unfilled ({@code quantity - filled}, never negative).
     * @param averagePriceFixed volume-weighted average fill price, or {@link dev.hft.api.FixedPoint#NULL_PRICE} if
     *                          nothing filled.
     * @param feesFixed         total fees, fixed-point money (negative: net rebate).
     * @param timestampNs       event time, epoch nanoseconds.
     */
    default void onParentDone(
        long parentOrderId,
        long filledQuantity,
        long unfilledQuantity,
        long averagePriceFixed,
        long feesFixed,
        long timestampNs) {
    }

    /**
     * A fill arrived for a child the router no longer knows (its parent is done: the venue filled more than it
     * reported working). It is real: book it in positions.
     *
     * @param venueId        venue.
     * @param clientOrderId  the child.
     * @param executionId    the venue's execution id.
     * @param lastPriceFixed price.
     * @param lastQuantity   quantity.
     * @param liquidity      added or removed.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    default void onOrphanFill(
        int venueId,
        long clientOrderId,
        long executionId,
        long lastPriceFixed,
        long lastQuantity,
        Liquidity liquidity,
        long timestampNs) {
    }
}
