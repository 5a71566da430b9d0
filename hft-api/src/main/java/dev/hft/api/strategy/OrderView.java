package dev.hft.api.strategy;

import dev.hft.api.Side;

/**
 * Read-only view of one strategy's orders, answered by the order ledger (the only owner of order state). Orders
 * are named by the ids the context returned; an id is never reused, so asking about a finished or unknown order
 * answers the documented sentinel instead of another order's data.
 *
 * <p>Read it on the trading thread only (from a {@link Strategy} callback): reads allocate nothing. The values change
 * between callbacks, and with the strategy's own context calls (a submission the context accepted is open at once).
 */
public interface OrderView {
    /** Returned by the {@code long} getters for an unknown or finished order. */
    long UNKNOWN = Long.MIN_VALUE;

    /**
     * Whether an order (direct or parent) is still open.
     *
     * @param orderId the order.
     * @return {@code true} until its terminal event.
     */
    boolean isOpen(long orderId);

    /**
     * Number of open orders of the strategy (direct orders and parents' children).
     *
     * @return {@code >= 0}.
     */
    int openOrders();

    /**
     * Quantity still open.
     *
     * @param orderId the order.
     * @return the leaves quantity, or {@link #UNKNOWN}.
     */
    long leavesQuantity(long orderId);

    /**
     * Quantity filled so far.
     *
     * @param orderId the order.
     * @return the cumulative quantity, or {@link #UNKNOWN}.
     */
    long filledQuantity(long orderId);

    /**
     * The order's current limit price.
     *
     * @param orderId the order.
     * @return the price, {@link dev.hft.api.FixedPoint#NULL_PRICE} for a market order, or {@link #UNKNOWN}.
     */
    long priceFixed(long orderId);

    /**
     * The order's side.
     *
     * @param orderId the order.
     * @return the side, or {@link Side#UNKNOWN}.
     */
    Side side(long orderId);

    /**
     * The parent a child order belongs to.
     *
     * @param orderId the child.
     * @return the parent's id, 0 for a direct order, or {@link #UNKNOWN}.
     */
    long parentId(long orderId);

    /**
     * Visits every open order of the strategy, oldest first, without allocating.
     *
     * @param visitor called once per open order, on this thread, before this returns; keep it in a field (a lambda
     *                that captures creates an object at each evaluation).
     * @return the number of orders visited.
     */
    int forEachOpen(OpenOrderVisitor visitor);

    /**
     * Receives open orders from {@link #forEachOpen}.
     */
    @FunctionalInterface
    interface OpenOrderVisitor {
        /**
         * One open order.
         *
         * @param orderId        its id.
         * @param venueId        its venue.
         * @param instrumentId   its instrument.
         * @param side           its side.
         * @param priceFixed     its limit price.
         * @param leavesQuantity its open quantity.
         */
        void onOpenOrder(long orderId, int venueId, int instrumentId, Side side, long priceFixed, long leavesQuantity);
    }
}
