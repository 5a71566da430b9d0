package dev.hft.backtest.matching;

/**
 * What the engine does when an incoming order would trade against a resting order of the same owner (account). No
 * trade is ever printed between two orders of one owner unless the policy is {@link #ALLOW}.
 */
public enum SelfMatchPolicy {

    /** No prevention: orders of one owner trade with each other like any others. */
    ALLOW,

    /** Cancel newest: the incoming order's remaining quantity is canceled; the resting order stays untouched. */
    CANCEL_NEWEST,

    /** Cancel oldest: the resting order is canceled and the incoming order goes on matching behind it. */
    CANCEL_OLDEST,

    /** Cancel both: the resting order and the incoming order's remaining quantity are canceled. */
    CANCEL_BOTH,

    /**
     * Decrement and cancel: both orders are reduced by the smaller of their quantities without a trade; the smaller
     * one is thereby canceled whole, the larger one keeps the difference (the incoming order goes on matching,
     * the resting order keeps its place).
     */
    DECREMENT_AND_CANCEL
}
