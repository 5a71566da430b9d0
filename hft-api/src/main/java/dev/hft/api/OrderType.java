package dev.hft.api;

import java.util.Arrays;

/**
 * Type of an order.
 *
 * <p>{@link #code()} is the FIX {@code OrdType (40)} character. {@link #UNKNOWN} is the sentinel returned by
 * {@link #fromCode(int)} for an unknown code; it is never valid in an order.
 */
public enum OrderType {

    /** Market order: executes at the best available price, no limit price; FIX {@code '1'}. */
    MARKET((byte) '1'),

    /** Limit order: executes at the limit price or better; FIX {@code '2'}. */
    LIMIT((byte) '2'),

    /** Stop order: becomes a market order when the stop price trades; FIX {@code '3'}. */
    STOP((byte) '3'),

    /** Stop-limit order: becomes a limit order when the stop price trades; FIX {@code '4'}. */
    STOP_LIMIT((byte) '4'),

    /** Pegged order: price follows a reference (primary, midpoint, market) with an optional offset; FIX {@code 'P'}. */
    PEGGED((byte) 'P'),

    /** Unknown type; code {@code 0}. */
    UNKNOWN((byte) 0);

    private static final OrderType[] BY_CODE = new OrderType[128];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (final OrderType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final byte code;

    OrderType(final byte code) {
        this.code = code;
    }

    /**
     * Returns the stable one-byte code of this type, the FIX {@code OrdType (40)} character.
     *
     * @return ASCII code, or {@code 0} for UNKNOWN.
     */
    public byte code() {
        return code;
    }

    /**
     * Tells whether an order of this type carries a limit price.
     *
     * @return {@code true} for LIMIT and STOP_LIMIT.
     */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT;
    }

    /**
     * Looks up the order type for a code. Allocation-free.
     *
     * @param code a byte or char code as returned by {@link #code()}.
     * @return the order type, or {@link #UNKNOWN} if the code is not known.
     */
    public static OrderType fromCode(final int code) {
        return (code & ~0x7F) == 0 ? BY_CODE[code] : UNKNOWN;
    }
}
