package dev.hft.risk;

/**
 * Trading state of one scope (the whole checker, an instrument, a strategy or an account), set in configuration, by
 * the host at run time, or by a post-trade limit. The effective state of an order is the most restrictive state of
 * its four scopes.
 */
public enum TradingState {

    /** Orders pass to the other checks. */
    ACTIVE,

    /**
     * Only orders that cannot increase the absolute position of the reduce-only scope pass: a buy needs a short
     * position that stays {@code <= 0} even if every open buy and this order fill, and symmetrically for a sell;
     * anything else is refused with {@link dev.hft.api.RejectReason#REDUCE_ONLY}.
     */
    REDUCE_ONLY,

    /** Every new order and replace is refused with {@link dev.hft.api.RejectReason#TRADING_HALTED}; cancels pass. */
    HALTED
}
