package dev.hft.oms;

/**
 * Tells a parent-order engine what happened to the children it released (orders submitted with a non-zero parent
 * order id). Set with {@link OrderManager#childOrderListener(ChildOrderListener)}. Called on the trading thread; not
 * called during a journal replay.
 */
public interface ChildOrderListener {

    /**
     * A child was filled (partially or completely).
     *
     * @param parentOrderId  parent.
     * @param clientOrderId  child.
     * @param priceFixed     execution price.
     * @param quantity       executed quantity.
     * @param leavesQuantity quantity of the child still working.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    void onChildFill(
        long parentOrderId,
        long clientOrderId,
        long priceFixed,
        long quantity,
        long leavesQuantity,
        long timestampNs);

    /**
     * A child is done (filled, canceled, rejected, expired) or continues under a new id (replaced).
     *
     * @param parentOrderId  parent.
     * @param clientOrderId  child.
     * @param state          its terminal state.
     * @param timestampNs    event time, epoch nanoseconds.
     */
    void onChildDone(long parentOrderId, long clientOrderId, OrderState state, long timestampNs);
}
