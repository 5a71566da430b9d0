package dev.hft.sor;

/**
 * How the {@link Router} ranks venues. Every policy sweeps only displayed liquidity at or better than the parent's
 * limit and only on routable venues ({@link VenueModel#isRoutable}); the policy decides the order in which that
 * liquidity is taken when there is more than the parent needs, and where the remainder is posted.
 */
public enum RoutingPolicy {

    /**
     * Best displayed price first (ties: the larger quantity, then the lower latency); posts where the least quantity
     * is queued ahead at the limit price.
     */
    BEST_PRICE,

    /**
     * Best price net of the venue's taker fee (or rebate) per share first; posts on the venue with the lowest maker
     * fee (highest rebate), ties by queue ahead.
     */
    FEE_ADJUSTED,

    /**
     * Venues with the most displayed quantity within the limit first, each swept at every level it shows, so the
     * parent completes in the fewest children; posts on the venue with the best passive fill rate.
     */
    BEST_LIQUIDITY,

    /**
     * Venues with the lowest measured round-trip latency first, each swept at every level it shows within the limit
     * (quotes on slow venues go stale before the child arrives); posts on the fastest venue.
     */
    LOWEST_LATENCY,

    /**
     * One cost per share in fixed-point money, best first: the price, plus the taker fee, plus
     * {@link RoutingParams#latencyCostPerMicrosFixed()} per microsecond of latency, plus
     * {@link RoutingParams#missCostFixed()} times the probability that the child misses (from the venue's taker fill
     * rate). Posting ranks maker fee, latency, the passive miss cost and the queue ahead the same way.
     */
    WEIGHTED
}
