package dev.hft.sor;

/**
 * Routing settings of one strategy: the {@link RoutingPolicy} and the costs the {@link RoutingPolicy#WEIGHTED}
 * policy adds up, every one a fixed-point amount of money per share so that they add to a price. Mutable, built in
 * code with the fluent setters or loaded from YAML ({@link SorConfig}); read by the {@link Router} on every decision
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
    private long latencyCostPerNsQ20;
    private long missCostPerPpmQ20;
    private long passiveMissCostPerPpmQ20;
    private long queueCostPerShareQ20;
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
        this.latencyCostPerNsQ20 = q20(costFixed, 1_000L);
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
        this.missCostPerPpmQ20 = q20(costFixed, VenueModel.PPM);
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
        this.passiveMissCostPerPpmQ20 = q20(costFixed, VenueModel.PPM);
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
        this.queueCostPerShareQ20 = q20(costFixed, 1_000L);
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

    /** The latency cost per nanosecond, times 2^20 (so the hot path multiplies and shifts, never divides). */
    long latencyCostPerNsQ20() {
        return latencyCostPerNsQ20;
    }

    /** The IOC miss cost per part per million of miss rate, times 2^20. */
    long missCostPerPpmQ20() {
        return missCostPerPpmQ20;
    }

    /** The passive miss cost per part per million of miss rate, times 2^20. */
    long passiveMissCostPerPpmQ20() {
        return passiveMissCostPerPpmQ20;
    }

    /** The queue cost per share ahead, times 2^20. */
    long queueCostPerShareQ20() {
        return queueCostPerShareQ20;
    }

    /**
     * Multiplies a non-negative value by a factor held times 2^20 and drops the 20 fraction bits, saturating at
     * {@link #SATURATED} so that a sum of a few such terms and a price cannot overflow. Allocation-free.
     */
    static long applyQ20(final long value, final long factorQ20) {
        final long high = Math.multiplyHigh(value, factorQ20);
        final long low = value * factorQ20;
        if ((high >>> 18) != 0) {
            return SATURATED;
        }
        return Math.min(SATURATED, (high << 44) | (low >>> 20));
    }

    /** Largest cost term: far above any price, small enough that a handful of them plus a price fit in a long. */
    static final long SATURATED = Long.MAX_VALUE >> 4;

    private static long q20(final long costFixed, final long divisor) {
        return (long) Math.min((double) SATURATED, Math.floor(costFixed * (double) (1L << 20) / divisor));
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
