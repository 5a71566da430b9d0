package dev.hft.oms.algo;

/**
 * State of a parent order.
 */
public enum ParentState {

    /** Waiting for its trigger (stop price, first BBO, start time); no child working. */
    WAITING,

    /** Releasing or working children. */
    WORKING,

    /** Completely filled; terminal. */
    FILLED,

    /** Canceled by its owner or because a child was canceled by the venue; terminal. */
    CANCELED,

    /** The horizon ended (TWAP/VWAP) with quantity unfilled and nothing working; terminal. */
    EXPIRED,

    /** A child could not be released (pre-trade check, gateway) where no retry makes sense; terminal. */
    FAILED;

    /**
     * Tells whether the parent is done.
     *
     * @return {@code true} for FILLED, CANCELED, EXPIRED and FAILED.
     */
    public boolean isTerminal() {
        return this == FILLED || this == CANCELED || this == EXPIRED || this == FAILED;
    }
}
