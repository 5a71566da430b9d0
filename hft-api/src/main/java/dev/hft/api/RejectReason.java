package dev.hft.api;

import java.util.Arrays;

/**
 * Why an order, cancel or replace was refused: one enum for local checks (OMS, risk) and venue rejects alike.
 *
 * <p>{@link #code()} is a stable integer for journals, counters and wire encodings of this SDK. Codes are never
 * renumbered or reused: a new reason takes the next free code below 255; {@link #OTHER} is 255, so every code fits in
 * one unsigned byte. {@link #NONE} (0) means "no reject" and is the result of a passing check.
 */
public enum RejectReason {

    /** No reject: the check passed, or a cancel was requested by the owner; code 0. */
    NONE(0),

    /** The instrument id is not known to the registry, gateway or venue; code 1. */
    UNKNOWN_INSTRUMENT(1),

    /** The price is off tick, absent where required, or non-positive where the instrument does not allow it; code 2. */
    INVALID_PRICE(2),

    /** The quantity is zero, negative or not a multiple of the lot size; code 3. */
    INVALID_QUANTITY(3),

    /** The order quantity exceeds the per-order maximum; code 4. */
    MAX_ORDER_QUANTITY(4),

    /** The order notional exceeds the per-order maximum; code 5. */
    MAX_ORDER_NOTIONAL(5),

    /** The price is too far from the reference price (fat-finger collar); code 6. */
    PRICE_COLLAR(6),

    /** The fill would take the position past its limit; code 7. */
    MAX_POSITION(7),

    /** The fill would take gross exposure (sum of absolute notionals) past its limit; code 8. */
    MAX_GROSS_EXPOSURE(8),

    /** The fill would take net exposure (signed notional) past its limit; code 9. */
    MAX_NET_EXPOSURE(9),

    /** Too many orders already open; code 10. */
    MAX_OPEN_ORDERS(10),

    /** Too many new orders in the rate window; code 11. */
    ORDER_RATE(11),

    /** Too many messages (orders, cancels, replaces) in the rate window; code 12. */
    MESSAGE_RATE(12),

    /** Duplicate of a recent order, or a client order id already used; code 13. */
    DUPLICATE_ORDER(13),

    /** The instrument is on the restricted list; code 14. */
    RESTRICTED_INSTRUMENT(14),

    /** The instrument is not in a state that accepts this order (halted, paused, closed); code 15. */
    TRADING_HALTED(15),

    /** The order would increase the position while the account or instrument is reduce-only; code 16. */
    REDUCE_ONLY(16),

    /** The kill switch is engaged: nothing new is sent; code 17. */
    KILL_SWITCH(17),

    /** The pattern day trader rule forbids the trade; code 18. */
    PATTERN_DAY_TRADER(18),

    /** The daily loss limit has been reached; code 19. */
    DAILY_LOSS(19),

    /** The drawdown limit (from the high-water mark) has been reached; code 20. */
    DRAWDOWN(20),

    /** The venue rejected it for a reason with no more specific constant here; code 21. */
    VENUE_REJECT(21),

    /** The venue session is not connected or logged on; code 22. */
    VENUE_DISCONNECTED(22),

    /** The order to cancel or replace is not known (never existed or already done); code 23. */
    UNKNOWN_ORDER(23),

    /** The order was already filled or is being filled when the cancel or replace arrived; code 24. */
    TOO_LATE_TO_CANCEL(24),

    /** The gateway or venue throttle refused it; code 25. */
    THROTTLED(25),

    /** The order type, time in force or execution instruction is not supported by the venue or gateway; code 26. */
    UNSUPPORTED_ORDER(26),

    /** Any other reason, and the sentinel {@link #fromCode(int)} returns for an unknown code; code 255. */
    OTHER(255);

    private static final RejectReason[] BY_CODE;

    static {
        final RejectReason[] reasons = values();
        int maxCode = 0;
        for (final RejectReason reason : reasons) {
            maxCode = Math.max(maxCode, reason.code);
        }
        BY_CODE = new RejectReason[maxCode + 1];
        Arrays.fill(BY_CODE, OTHER);
        for (final RejectReason reason : reasons) {
            if (BY_CODE[reason.code] != OTHER) {
                throw new IllegalStateException("duplicate reject reason code " + reason.code);
            }
            BY_CODE[reason.code] = reason;
        }
    }

    private final int code;

    RejectReason(final int code) {
        this.code = code;
    }

    /**
     * Returns the stable code of this reason; never renumbered.
     *
     * @return code in 0..255.
     */
    public int code() {
        return code;
    }

    /**
     * Looks up the reason for a code. Allocation-free.
     *
     * @param code a code as returned by {@link #code()}.
     * @return the reason, or {@link #OTHER} if the code is not known.
     */
    public static RejectReason fromCode(final int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : OTHER;
    }
}
