package dev.hft.risk;

/**
 * Which reference price a price collar measures an order's limit price against (see
 * {@link RiskChecker#onBbo(int, long, long)} and {@link RiskChecker#onLastTrade(int, long)}).
 */
public enum CollarReference {

    /** The last trade price. */
    LAST,

    /** The mid of the best bid and offer; absent unless both sides are present. */
    MID,

    /**
     * The far touch: a buy is measured against the best offer and a sell against the best bid (the price the order
     * would trade at); when that side is absent, the other side of the book is used.
     */
    BBO
}
