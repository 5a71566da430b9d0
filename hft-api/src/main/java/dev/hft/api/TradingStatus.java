package dev.hft.api;

import java.util.Arrays;

/**
 * Trading state of an instrument on a venue, venue-neutral.
 *
 * <p>Feed adapters map their protocol's states onto these (ITCH Stock Trading Action {@code H}/{@code P}/{@code Q}/
 * {@code T} map to HALTED, PAUSED, QUOTATION_ONLY and TRADING, whose codes use the same letters). {@link #code()} is a
 * stable ASCII letter, not a wire value of any one protocol. {@link #UNKNOWN} is the state before any status message
 * and the sentinel returned by {@link #fromCode(int)} for an unknown code.
 */
public enum TradingStatus {

    /** Before the open: orders may be entered for the opening auction, nothing trades; code {@code 'O'}. */
    PRE_OPEN((byte) 'O'),

    /** Continuous trading; code {@code 'T'}. */
    TRADING((byte) 'T'),

    /** Halted (regulatory or venue halt): no trading, orders may be refused; code {@code 'H'}. */
    HALTED((byte) 'H'),

    /** Paused (e.g. a limit-up/limit-down pause): no trading for a short period; code {@code 'P'}. */
    PAUSED((byte) 'P'),

    /** Quotation only: orders and quotes accepted, no executions (e.g. before a halt re-opening); code {@code 'Q'}. */
    QUOTATION_ONLY((byte) 'Q'),

    /** Closed for the day; code {@code 'C'}. */
    CLOSED((byte) 'C'),

    /** Unknown: no status seen yet or an unmapped state; code {@code 0}. */
    UNKNOWN((byte) 0);

    private static final TradingStatus[] BY_CODE = new TradingStatus[128];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (final TradingStatus status : values()) {
            BY_CODE[status.code] = status;
        }
    }

    private final byte code;

    TradingStatus(final byte code) {
        this.code = code;
    }

    /**
     * Returns the stable one-byte code of this status.
     *
     * @return ASCII letter, or {@code 0} for UNKNOWN.
     */
    public byte code() {
        return code;
    }

    /**
     * Looks up the status for a code. Allocation-free.
     *
     * @param code a byte or char code as returned by {@link #code()}.
     * @return the status, or {@link #UNKNOWN} if the code is not known.
     */
    public static TradingStatus fromCode(final int code) {
        return (code & ~0x7F) == 0 ? BY_CODE[code] : UNKNOWN;
    }
}
