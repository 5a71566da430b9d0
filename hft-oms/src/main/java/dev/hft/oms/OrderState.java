package dev.hft.oms;

/**
 * State of one client order id in the {@link OrderManager}.
 *
 * <p>{@link #PENDING_NEW}, {@link #NEW}, {@link #PARTIALLY_FILLED}, {@link #PENDING_CANCEL} and
 * {@link #PENDING_REPLACE} are live (the order may still trade); {@link #FILLED}, {@link #CANCELED},
 * {@link #REPLACED}, {@link #REJECTED} and {@link #EXPIRED} are terminal. A replace ends the original client order id
 * in {@link #REPLACED} and continues the order under the new id. The transitions are in {@link OrderStateMachine}.
 */
public enum OrderState {

    /** Sent to the venue, not yet acknowledged. */
    PENDING_NEW,

    /** Accepted by the venue and working, nothing filled. */
    NEW,

    /** Working, part of the quantity filled. */
    PARTIALLY_FILLED,

    /** Completely filled; terminal. */
    FILLED,

    /** A cancel was sent and is not yet answered; the order may still trade. */
    PENDING_CANCEL,

    /** Canceled by request or by the venue; terminal (a late fill the venue reports is still booked). */
    CANCELED,

    /** A replace was sent and is not yet answered; the order may still trade under this id. */
    PENDING_REPLACE,

    /** Replaced: this client order id is done and the order lives on under the new id; terminal. */
    REPLACED,

    /** Rejected by the venue (or a replace request refused for the new id); terminal. */
    REJECTED,

    /** Expired under its time in force; terminal (a late fill the venue reports is still booked). */
    EXPIRED;

    private static final OrderState[] VALUES = values();

    /** Number of states. */
    public static final int COUNT = VALUES.length;

    /**
     * Tells whether an order in this state is done: it will not trade again under this id (late fills aside).
     *
     * @return {@code true} for FILLED, CANCELED, REPLACED, REJECTED and EXPIRED.
     */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == REPLACED || this == REJECTED || this == EXPIRED;
    }

    /**
     * Looks up a state by its ordinal. Allocation-free.
     *
     * @param ordinal a value of {@link #ordinal()}.
     * @return the state.
     */
    public static OrderState fromOrdinal(final int ordinal) {
        return VALUES[ordinal];
    }
}
