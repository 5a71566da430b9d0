package dev.hft.backtest.matching;

import java.util.Arrays;

import dev.hft.api.FixedPoint;

/**
 * Start-up configuration of a {@link MatchingEngine}: capacities, policies and the instruments (dense ids {@code 0},
 * {@code 1}, ... in the order {@link #instrument} is called). Plain mutable object, built once in code (or from
 * YAML by the host) and read by the engine's constructor; not used after that.
 */
public final class MatchingEngineConfig {
    /** Default for {@link #maxOrders(int)}. */
    public static final int DEFAULT_MAX_ORDERS = 1 << 16;
    /** Default for {@link #maxLevelsPerSide(int)}. */
    public static final int DEFAULT_MAX_LEVELS_PER_SIDE = 1024;
    /** Default maximum order quantity of an instrument. */
    public static final long DEFAULT_MAX_ORDER_QUANTITY = 1_000_000L;
    /** Default maximum price of an instrument: 200,000 (fits the 32-bit ITCH Price(4) field). */
    public static final long DEFAULT_MAX_PRICE_FIXED = 200_000L * FixedPoint.SCALE;

    private int maxOrders = DEFAULT_MAX_ORDERS;
    private int maxLevelsPerSide = DEFAULT_MAX_LEVELS_PER_SIDE;
    private SelfMatchPolicy selfMatchPolicy = SelfMatchPolicy.CANCEL_NEWEST;
    private PostOnlyPolicy postOnlyPolicy = PostOnlyPolicy.REJECT;
    private int instrumentCount;
    private String[] symbols = new String[8];
    private long[] tickSizes = new long[8];
    private long[] lotSizes = new long[8];
    private long[] maxQuantities = new long[8];
    private long[] maxPrices = new long[8];

    /**
     * Sets how many orders can rest at once across all instruments (the preallocated pool).
     *
     * @param maxOrders 1 to 2^26.
     * @return this.
     */
    public MatchingEngineConfig maxOrders(final int maxOrders) {
        if (maxOrders < 1 || maxOrders > 1 << 26) {
            throw new IllegalArgumentException("maxOrders must be 1..2^26: " + maxOrders);
        }
        this.maxOrders = maxOrders;
        return this;
    }

    /**
     * Sets how many price levels each side of each instrument can hold at once.
     *
     * @param maxLevelsPerSide 1 to 2^20.
     * @return this.
     */
    public MatchingEngineConfig maxLevelsPerSide(final int maxLevelsPerSide) {
        if (maxLevelsPerSide < 1 || maxLevelsPerSide > 1 << 20) {
            throw new IllegalArgumentException("maxLevelsPerSide must be 1..2^20: " + maxLevelsPerSide);
        }
        this.maxLevelsPerSide = maxLevelsPerSide;
        return this;
    }

    /**
     * Sets the self-match prevention policy (default {@link SelfMatchPolicy#CANCEL_NEWEST}).
     *
     * @param policy the policy.
     * @return this.
     */
    public MatchingEngineConfig selfMatchPolicy(final SelfMatchPolicy policy) {
        this.selfMatchPolicy = java.util.Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Sets what happens to a post-only order that would take (default {@link PostOnlyPolicy#REJECT}).
     *
     * @param policy the policy.
     * @return this.
     */
    public MatchingEngineConfig postOnlyPolicy(final PostOnlyPolicy policy) {
        this.postOnlyPolicy = java.util.Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Adds an instrument with the default maximum quantity and price; its id is the number of instruments added
     * before it.
     *
     * @param symbol        up to 8 ASCII characters (the ITCH Stock field).
     * @param tickSizeFixed price increment, fixed-point, positive.
     * @param lotSize       quantity increment, positive.
     * @return the instrument id.
     */
    public int instrument(final String symbol, final long tickSizeFixed, final long lotSize) {
        return instrument(symbol, tickSizeFixed, lotSize, DEFAULT_MAX_ORDER_QUANTITY, DEFAULT_MAX_PRICE_FIXED);
    }

    /**
     * Adds an instrument; its id is the number of instruments added before it.
     *
     * @param symbol           up to 8 ASCII characters (the ITCH Stock field).
     * @param tickSizeFixed    price increment, fixed-point, positive.
     * @param lotSize          quantity increment, positive.
     * @param maxOrderQuantity largest quantity of one order (and of a replace), a positive multiple of the lot.
     * @param maxPriceFixed    largest limit price accepted, positive.
     * @return the instrument id.
     */
    public int instrument(final String symbol, final long tickSizeFixed, final long lotSize,
        final long maxOrderQuantity, final long maxPriceFixed) {
        if (symbol == null || symbol.isEmpty() || symbol.length() > 8) {
            throw new IllegalArgumentException("symbol must have 1..8 characters: " + symbol);
        }
        if (tickSizeFixed <= 0 || lotSize <= 0 || maxOrderQuantity < lotSize || maxPriceFixed < tickSizeFixed) {
            throw new IllegalArgumentException("tick, lot, max quantity and max price must be positive and "
                + "consistent: " + tickSizeFixed + ", " + lotSize + ", " + maxOrderQuantity + ", " + maxPriceFixed);
        }
        if (instrumentCount == symbols.length) {
            final int length = symbols.length * 2;
            symbols = Arrays.copyOf(symbols, length);
            tickSizes = Arrays.copyOf(tickSizes, length);
            lotSizes = Arrays.copyOf(lotSizes, length);
            maxQuantities = Arrays.copyOf(maxQuantities, length);
            maxPrices = Arrays.copyOf(maxPrices, length);
        }
        final int id = instrumentCount++;
        symbols[id] = symbol;
        tickSizes[id] = tickSizeFixed;
        lotSizes[id] = lotSize;
        maxQuantities[id] = maxOrderQuantity;
        maxPrices[id] = maxPriceFixed;
        return id;
    }

    /**
     * Preallocated order pool size.
     *
     * @return orders.
     */
    public int maxOrders() {
        return maxOrders;
    }

    /**
     * Price levels per side per instrument.
     *
     * @return levels.
     */
    public int maxLevelsPerSide() {
        return maxLevelsPerSide;
    }

    /**
     * The self-match prevention policy.
     *
     * @return the policy.
     */
    public SelfMatchPolicy selfMatchPolicy() {
        return selfMatchPolicy;
    }

    /**
     * The post-only policy.
     *
     * @return the policy.
     */
    public PostOnlyPolicy postOnlyPolicy() {
        return postOnlyPolicy;
    }

    /**
     * Number of instruments added.
     *
     * @return count; ids are {@code 0} to this minus one.
     */
    public int instrumentCount() {
        return instrumentCount;
    }

    /**
     * Symbol of an instrument.
     *
     * @param instrumentId id.
     * @return the symbol.
     */
    public String symbol(final int instrumentId) {
        return symbols[instrumentId];
    }

    /**
     * Tick size of an instrument.
     *
     * @param instrumentId id.
     * @return fixed-point tick.
     */
    public long tickSize(final int instrumentId) {
        return tickSizes[instrumentId];
    }

    /**
     * Lot size of an instrument.
     *
     * @param instrumentId id.
     * @return lot.
     */
    public long lotSize(final int instrumentId) {
        return lotSizes[instrumentId];
    }

    /**
     * Largest order quantity of an instrument.
     *
     * @param instrumentId id.
     * @return quantity.
     */
    public long maxOrderQuantity(final int instrumentId) {
        return maxQuantities[instrumentId];
    }

    /**
     * Largest price of an instrument.
     *
     * @param instrumentId id.
     * @return fixed-point price.
     */
    public long maxPrice(final int instrumentId) {
        return maxPrices[instrumentId];
    }
}
