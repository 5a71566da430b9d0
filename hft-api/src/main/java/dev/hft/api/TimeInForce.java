package dev.hft.api;

import java.util.Arrays;

/**
 * How long an order stays working.
 *
 * <p>{@link #code()} is the FIX {@code TimeInForce (59)} character. {@link #UNKNOWN} is the sentinel returned by
 * {@link #fromCode(int)} for an unknown code; it is never valid in an order.
 */
public enum TimeInForce {

    /** Day: expires at the end of the trading session; FIX {@code '0'}. */
    DAY((byte) '0'),

    /** Good till canceled; FIX {@code '1'}. */
    GTC((byte) '1'),

    /** At the opening: participates in the opening auction only; FIX {@code '2'}. */
    OPENING((byte) '2'),

    /** Immediate or cancel: the unfilled remainder is canceled at once; FIX {@code '3'}. */
    IOC((byte) '3'),

    /** Fill or kill: fills completely at once or not at all; FIX {@code '4'}. */
    FOK((byte) '4'),

    /** Good till date: expires at a date or time the gateway is configured with; FIX {@code '6'}. */
    GTD((byte) '6'),

    /** At the close: participates in the closing auction only; FIX {@code '7'}. */
    CLOSE((byte) '7'),

    /** Unknown time in force; code {@code 0}. */
    UNKNOWN((byte) 0);

    private static final TimeInForce[] BY_CODE = new TimeInForce[128];

    static {
        Arrays.fill(BY_CODE, UNKNOWN);
        for (final TimeInForce timeInForce : values()) {
            BY_CODE[timeInForce.code] = timeInForce;
        }
    }

    private final byte code;

    TimeInForce(final byte code) {
        this.code = code;
    }

    /**
     * Returns the stable one-byte code of this time in force, the FIX {@code TimeInForce (59)} character.
     *
     * @return ASCII code, or {@code 0} for UNKNOWN.
     */
    public byte code() {
        return code;
    }

    /**
     * Tells whether an order with this time in force never rests on the book.
     *
     * @return {@code true} for IOC and FOK.
     */
    public boolean isImmediate() {
        return this == IOC || this == FOK;
    }

    /**
     * Looks up the time in force for a code. Allocation-free.
     *
     * @param code a byte or char code as returned by {@link #code()}.
     * @return the time in force, or {@link #UNKNOWN} if the code is not known.
     */
    public static TimeInForce fromCode(final int code) {
        return (code & ~0x7F) == 0 ? BY_CODE[code] : UNKNOWN;
    }
}
