package dev.hft.backtest.matching;

/**
 * Why an order, or part of it, was canceled by the engine. {@link #ouchCode()} is the OUCH 4.2/5.0 Order Canceled
 * reason character, so an OUCH venue copies it to the wire unchanged; a FIX venue sends {@code ExecType=4} with
 * {@link #name()} as {@code Text (58)}.
 */
public enum CancelReason {

    /** The owner asked for it (cancel or reduce); OUCH {@code 'U'}. */
    REQUESTED((byte) 'U'),

    /** The unfilled part of an IOC, FOK or market order; OUCH {@code 'I'}. */
    IMMEDIATE((byte) 'I'),

    /** Self-match prevention; OUCH {@code 'Q'}. */
    SELF_MATCH((byte) 'Q'),

    /** The engine could not rest the remainder: its level structure for that side is full; OUCH {@code 'Z'}. */
    CAPACITY((byte) 'Z');

    private final byte ouchCode;

    CancelReason(final byte ouchCode) {
        this.ouchCode = ouchCode;
    }

    /**
     * The OUCH Order Canceled reason character.
     *
     * @return ASCII code.
     */
    public byte ouchCode() {
        return ouchCode;
    }
}
