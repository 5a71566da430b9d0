package dev.hft.api;

/**
 * What a pegged order follows.
 */
public enum PegReference {

    /** The same side's best price (bid for a buy, ask for a sell): joins the queue. */
    PRIMARY,

    /** The midpoint of the BBO. */
    MID,

    /** The opposite side's best price (ask for a buy, bid for a sell): takes liquidity. */
    MARKET
}
