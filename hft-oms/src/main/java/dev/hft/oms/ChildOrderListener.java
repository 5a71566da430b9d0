package dev.hft.oms;

import org.agrona.DirectBuffer;

/**
 * Tells a parent-order engine what happened to the children it released (orders submitted with a non-zero parent
 * order id). Set with {@link OrderManager#childOrderListener(ChildOrderListener)}. Called on the trading thread, live
 * and during a journal replay ({@link OrderManager#recover}) alike, so that the engine rebuilds its parents through the
 * same code; while {@link OrderManager#isReplaying()} the engine must only update its own state (no requests: they are
 * in the journal and replay as records of their own).
 */
public interface ChildOrderListener {

    /**
     * A child was booked as sent (journaled and about to go to the gateway): {@code PENDING_NEW}. Called from
     * {@link OrderManager#submit} before the gateway is called, and for each replayed child.
     *
     * @param parentOrderId parent.
     * @param clientOrderId child.
     * @param quantity      its quantity.
     */
    default void onChildSent(final long parentOrderId, final long clientOrderId, final long quantity) {
    }

    /**
     * The gateway refused to send a child just reported by {@link #onChildSent}: it never existed.
     *
     * @param parentOrderId parent.
     * @param clientOrderId child.
     * @param quantity      its quantity.
     */
    default void onChildSendFailed(final long parentOrderId, final long clientOrderId, final long quantity) {
    }

    /**
     * A child was replaced: it continues under a new id. The default reports it as {@link #onChildDone} with
     * {@link OrderState#REPLACED}.
     *
     * @param parentOrderId parent.
     * @param origClientOrderId the id before the replace.
     * @param newClientOrderId  the id after.
     * @param timestampNs       event time, epoch nanoseconds.
     */
    default void onChildReplaced(
        final long parentOrderId,
        final long origClientOrderId,
        final long newClientOrderId,
        final long timestampNs) {
        onChildDone(parentOrderId, origClientOrderId, OrderState.REPLACED, timestampNs);
    }

    /**
     * A parent-order record written through {@link OrderManager#journalParentRecord} comes back from the journal
     * during {@link OrderManager#recover}. Only called during a replay.
     *
     * @param timestampNs   time it was written, epoch nanoseconds.
     * @param parentOrderId the parent it is about.
     * @param buffer        the record; valid only during the call.
     * @param offset        its offset.
     * @param length        its length.
     */
    default void onParentRecord(
        final long timestampNs,
        final long parentOrderId,
        final DirectBuffer buffer,
        final int offset,
        final int length) {
    }

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
