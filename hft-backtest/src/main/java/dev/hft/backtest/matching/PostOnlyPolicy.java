package dev.hft.backtest.matching;

/** What the engine does with a post-only order whose limit price would take liquidity on arrival. */
public enum PostOnlyPolicy {

    /**
     * Reject it with {@link dev.hft.api.RejectReason#INVALID_PRICE}: the order never exists (no accept, no book
     * event).
     */
    REJECT,

    /**
     * Slide it: reprice a buy to one tick below the best offer (a sell to one tick above the best bid), accept it at
     * that price and rest it there; the accept reports the slid price. If the slid price is not positive, reject as
     * {@link #REJECT} does.
     */
    SLIDE
}
