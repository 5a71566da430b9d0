package dev.hft.api;

/**
 * Result codes of hot-path calls such as {@link VenueGateway#newOrder}: success is {@code >= 0}, failures are the
 * named negative constants (the style of Aeron's {@code Publication.offer}).
 *
 * <p>A call that returns a failure had no effect: nothing was sent and no listener event follows. Codes are stable;
 * a new failure takes the next free negative number.
 */
public final class Result {

    /** Success; any value {@code >= 0} is a success (a method may return a count). */
    public static final int OK = 0;

    /** Transient: the send buffer or session is full; retry after an idle step. */
    public static final int BACK_PRESSURED = -1;

    /** The venue session is not connected or not logged on; not transient, see {@link #isTransient(int)}. */
    public static final int NOT_CONNECTED = -2;

    /**
     * A local check (risk, OMS) refused the request; the {@link RejectReason} comes from the refusing component
     * (e.g. {@link VenueGateway#lastRejectReason()}).
     */
    public static final int REJECTED = -3;

    /** The client order id to cancel or replace is not known, or the order is already done. */
    public static final int UNKNOWN_ORDER = -4;

    /** An argument is invalid (unknown side or type, non-positive quantity, missing limit price, undefined flags). */
    public static final int INVALID_ARGUMENT = -5;

    /** Transient: a rate throttle refused the request for now; retry after an idle step. */
    public static final int THROTTLED = -6;

    /** The implementation does not support the operation (e.g. mass cancel); use an alternative. */
    public static final int UNSUPPORTED = -7;

    /** The component is closed and will not accept requests again. */
    public static final int CLOSED = -8;

    private Result() {
    }

    /**
     * Tells whether a result is a success.
     *
     * @param result a result code.
     * @return {@code true} if {@code result >= 0}.
     */
    public static boolean isSuccess(final int result) {
        return result >= 0;
    }

    /**
     * Tells whether a failure is transient: the same request is expected to succeed within microseconds to
     * milliseconds, so the caller may retry it under an idle strategy. Only {@link #BACK_PRESSURED} and
     * {@link #THROTTLED} are; {@link #NOT_CONNECTED} is not, because a reconnect takes seconds and the order's
     * premise is stale by then: route elsewhere or decide again once the gateway is connected.
     *
     * @param result a result code.
     * @return {@code true} for {@link #BACK_PRESSURED} and {@link #THROTTLED}.
     */
    public static boolean isTransient(final int result) {
        return result == BACK_PRESSURED || result == THROTTLED;
    }

    /**
     * Returns the name of a result code for logs, as a constant (no allocation).
     *
     * @param result a result code.
     * @return the constant's name; {@code "OK"} for every success; {@code "UNKNOWN"} for an undefined negative code.
     */
    public static String name(final int result) {
        if (result >= 0) {
            return "OK";
        }
        switch (result) {
            case BACK_PRESSURED:
                return "BACK_PRESSURED";
            case NOT_CONNECTED:
                return "NOT_CONNECTED";
            case REJECTED:
                return "REJECTED";
            case UNKNOWN_ORDER:
                return "UNKNOWN_ORDER";
            case INVALID_ARGUMENT:
                return "INVALID_ARGUMENT";
            case THROTTLED:
                return "THROTTLED";
            case UNSUPPORTED:
                return "UNSUPPORTED";
            case CLOSED:
                return "CLOSED";
            default:
                return "UNKNOWN";
        }
    }
}
