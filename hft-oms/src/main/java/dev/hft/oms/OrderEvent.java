package dev.hft.oms;

/**
 * What can happen to an order: a request of the owner (cancel, replace) or an execution report of the venue. The
 * inputs of the {@link OrderStateMachine}.
 */
public enum OrderEvent {

    /** The owner requests a cancel. */
    CANCEL_REQUEST,

    /** The owner requests a replace (new price or quantity). */
    REPLACE_REQUEST,

    /** The venue accepted the new order. */
    ACCEPTED,

    /** The venue rejected the new order. */
    REJECTED,

    /** An execution that leaves quantity working. */
    PARTIAL_FILL,

    /** An execution that completes the order quantity. */
    FULL_FILL,

    /** The venue canceled the order (requested or not). */
    CANCELED,

    /** The venue replaced the order (this id is the original one). */
    REPLACED,

    /** The venue refused a cancel or replace request. */
    CANCEL_REJECTED,

    /** The order expired under its time in force. */
    EXPIRED;

    private static final OrderEvent[] VALUES = values();

    /** Number of events. */
    public static final int COUNT = VALUES.length;

    /**
     * Looks up an event by its ordinal. Allocation-free.
     *
     * @param ordinal a value of {@link #ordinal()}.
     * @return the event.
     */
    public static OrderEvent fromOrdinal(final int ordinal) {
        return VALUES[ordinal];
    }
}
