package dev.hft.sor;

/**
 * Routing settings of one strategy: the {@link RoutingPolicy} and the costs the {@link RoutingPolicy#WEIGHTED}
 * policy adds up, every one a fixed-point amount of money per share so that they add to a price. Mutable, built in
 * code with the fluent setters; read by the {@link Router} on every decision
 * and therefore changed only on the trading thread.
 */
public final class RoutingParams {

    /** Default cap on aggregated book levels one decision looks at. */
    public static final int DEFAULT_MAX_DEPTH = 16;

    private RoutingPolicy policy = RoutingPolicy.FEE_ADJUSTED;
    private long latencyCostPerMicrosFixed;
    private long missCostFixed;
    private long passiveMissCostFixed;
    private long queueCostPerThousandFixed;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private boolean post = true;

    /**
     * Creates the defaults: {@link RoutingPolicy#FEE_ADJUSTED}, no weighted costs, {@link #DEFAULT_MAX_DEPTH} levels,
     * remainder posted.
     */
    public RoutingParams() {
    }

    /**
     * Creates settings for a policy, otherwise the defaults.
     *
     * @param policy the policy.
     * @return new settings.
     */
    public static RoutingParams of(final RoutingPolicy policy) {
        return new RoutingParams().policy(policy);
    }

    /**
     * The policy.
     *
     * @return the policy.
     */
    public RoutingPolicy policy() {
        return policy;
    }

    /**
     * Sets the policy.
     *
     * @param policy the policy, not null.
     * @return this.
     */
    public RoutingParams policy(final RoutingPolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy");
        }
        this.policy = policy;
        return this;
    }

    /**
     * What one microsecond of a venue's measured round trip costs per share ({@link RoutingPolicy#WEIGHTED}).
     *
     * @return fixed-point money per share per microsecond.
     */
    public long latencyCostPerMicrosFixed() {
        return latencyCostPerMicrosFixed;
    }

    /**
     * Sets what one microsecond of latency costs per share.
     *
     * @param costFixed fixed-point money per share per microsecond, {@code >= 0}.
     * @return this.
     */
    public RoutingParams latencyCostPerMicrosFixed(final long costFixed) {
        this.latencyCostPerMicrosFixed = nonNegative(costFixed, "latencyCostPerMicrosFixed");
        return this;
    }

    /**
     * What a share that an IOC child misses costs ({@link RoutingPolicy#WEIGHTED}), weighted by the venue's taker
     * miss rate.
     *
     * @return fixed-point money per share.
     */
    public long missCostFixed() {
        return missCostFixed;
    }

    /**
     * Sets the cost of a missed share of an IOC child.
     *
     * @param costFixed fixed-point money per share, {@code >= 0}.
     * @return this.
     */
    public RoutingParams missCostFixed(final long costFixed) {
        this.missCostFixed = nonNegative(costFixed, "missCostFixed");
        return this;
    }

    /**
     * What a share of a posted child that does not fill costs ({@link RoutingPolicy#WEIGHTED}), weighted by the
     * venue's maker miss rate.
     *
     * @return fixed-point money per share.
     */
    public long passiveMissCostFixed() {
        return passiveMissCostFixed;
    }

    /**
     * Sets the cost of a share of a posted child that does not fill.
     *
     * @param costFixed fixed-point money per share, {@code >= 0}.
     * @return this.
     */
    public RoutingParams passiveMissCostFixed(final long costFixed) {
        this.passiveMissCostFixed = nonNegative(costFixed, "passiveMissCostFixed");
        return this;
    }

    /**
     * What every thousand shares already queued ahead at the posting price on a venue cost per share posted
     * ({@link RoutingPolicy#WEIGHTED}): a longer queue fills later or not at all.
     *
     * @return fixed-point money per share posted, per 1,000 shares ahead.
     */
    public long queueCostPerThousandFixed() {
        return queueCostPerThousandFixed;
    }

    /**
     * Sets what every thousand shares queued ahead cost per share posted.
     *
     * @param costFixed fixed-point money per share posted per 1,000 shares ahead, {@code >= 0}.
     * @return this.
     */
    public RoutingParams queueCostPerThousandFixed(final long costFixed) {
        this.queueCostPerThousandFixed = nonNegative(costFixed, "queueCostPerThousandFixed");
        return this;
    }

    /**
     * Most aggregated book levels one decision looks at.
     *
     * @return the depth.
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * Sets the most aggregated book levels one decision looks at.
     *
     * @param maxDepth {@code 1..}{@link Router#MAX_CANDIDATE_LEVELS}.
     * @return this.
     */
    public RoutingParams maxDepth(final int maxDepth) {
        if (maxDepth < 1 || maxDepth > Router.MAX_CANDIDATE_LEVELS) {
            throw new IllegalArgumentException("maxDepth must be in 1.." + Router.MAX_CANDIDATE_LEVELS + ": "
                + maxDepth);
        }
        this.maxDepth = maxDepth;
        return this;
    }

    /**
     * Whether a parent whose time in force lets it rest posts what the sweep leaves.
     *
     * @return {@code true} to post the remainder.
     */
    public boolean post() {
        return post;
    }

    /**
     * Sets whether the remainder of a resting parent is posted.
     *
     * @param post {@code true} to post.
     * @return this.
     */
    public RoutingParams post(final boolean post) {
        this.post = post;
        return this;
    }

    private static long nonNegative(final long value, final String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "RoutingParams{policy=" + policy + ", latencyCostPerMicrosFixed=" + latencyCostPerMicrosFixed
            + ", missCostFixed=" + missCostFixed + ", passiveMissCostFixed=" + passiveMissCostFixed
            + ", queueCostPerThousandFixed=" + queueCostPerThousandFixed + ", maxDepth=" + maxDepth + ", post=" + post
            + '}';
    }
}
