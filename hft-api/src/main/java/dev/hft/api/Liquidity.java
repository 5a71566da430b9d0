package dev.hft.api;

import java.util.Arrays;

/**
 * Whether a fill added or removed liquidity, which decides its fee or rebate.
 *
 * <p>Gateways map their protocol's liquidity flags (OUCH liquidity flag, FIX {@code LastLiquidityInd (851)}) onto
 * these. {@link #code()} is a stable ASCII letter, not a wire value of any one protocol. {@link #UNKNOWN} is used when
 * the venue does not say and is the sentinel returned by {@link #fromCode(int)} for an unknown code.
 */
public enum Liquidity {

    /** The order rested on the book and was hit (maker); code {@code 'A'}. */
    ADDED((byte) 'A'),

    /** The order took liquidity resting on the book (taker); code {@code 'R'}. */
    REMOVED((byte) 'R'),

    /** The venue routed the order to another venue, where it executed; code {@code 'X'}. */
    ROUTED((byte) 'X'),

    /** Not reported or not mapped; code {@code 0}. */
    UNKNOWN((byte) 0);

    private static final Liquidity[] BY_CODE = new Liquidity[128];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (final Liquidity liquidity : values()) {
            BY_CODE[liquidity.code] = liquidity;
        }
    }

    private final byte code;

    Liquidity(final byte code) {
        this.code = code;
    }

    /**
     * Returns the stable one-byte code of this liquidity indicator.
     *
     * @return ASCII letter, or {@code 0} for UNKNOWN.
     */
    public byte code() {
        return code;
    }

    /**
     * Looks up the liquidity indicator for a code. Allocation-free.
     *
     * @param code a byte or char code as returned by {@link #code()}.
     * @return the liquidity indicator, or {@link #UNKNOWN} if the code is not known.
     */
    public static Liquidity fromCode(final int code) {
        return (code & ~0x7F) == 0 ? BY_CODE[code] : UNKNOWN;
    }
}
