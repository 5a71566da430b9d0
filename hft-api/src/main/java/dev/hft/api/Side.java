package dev.hft.api;

import java.util.Arrays;

/**
 * Side of an order, a quote, a book level or a trade's aggressor.
 *
 * <p>{@link #code()} is the FIX {@code Side (54)} character. {@link #UNKNOWN} is the sentinel returned by
 * {@link #fromCode(int)} for an unknown code and used where a feed does not say the aggressor side; it is never valid
 * in an order (gateways answer {@link Result#INVALID_ARGUMENT}).
 */
public enum Side {

    /** Buy (bid); FIX {@code '1'}. */
    BUY((byte) '1', 1),

    /** Sell (ask, offer); FIX {@code '2'}. */
    SELL((byte) '2', -1),

    /** Unknown or not applicable; code {@code 0}, sign {@code 0}. */
    UNKNOWN((byte) 0, 0);

    private static final Side[] BY_CODE = new Side[128];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (final Side side : values()) {
            BY_CODE[side.code] = side;
        }
    }

    private final byte code;
    private final int sign;

    Side(final byte code, final int sign) {
        this.code = code;
        this.sign = sign;
    }

    /**
     * Returns the stable one-byte code of this side, the FIX {@code Side (54)} character.
     *
     * @return ASCII code: {@code '1'} for BUY, {@code '2'} for SELL, {@code 0} for UNKNOWN.
     */
    public byte code() {
        return code;
    }

    /**
     * Returns the sign of a position change caused by buying or selling: {@code quantity * sign()} is the signed
     * position delta.
     *
     * @return {@code +1} for BUY, {@code -1} for SELL, {@code 0} for UNKNOWN.
     */
    public int sign() {
        return sign;
    }

    /**
     * Returns the other side: the side a resting order of this side trades against.
     *
     * @return SELL for BUY, BUY for SELL, UNKNOWN for UNKNOWN.
     */
    public Side opposite() {
        return this == BUY ? SELL : this == SELL ? BUY : UNKNOWN;
    }

    /**
     * Looks up the side for a code. Allocation-free.
     *
     * @param code a byte or char code as returned by {@link #code()}.
     * @return the side, or {@link #UNKNOWN} if the code is not known.
     */
    public static Side fromCode(final int code) {
        return (code & ~0x7F) == 0 ? BY_CODE[code] : UNKNOWN;
    }
}
