package dev.hft.examples.trading;

import dev.hft.api.FixedPoint;
import dev.hft.risk.RiskConfig;
import dev.hft.sor.SorConfig;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

/**
 * Settings of the trading application: run length, the two strategies' parameters, the router's venue model (fees,
 * expected latency) and the risk limits. Loaded from the {@code trading:} block of {@code demo.yaml} through Chronicle
 * Wire; the same object can be built and changed in code. Money is decimal text ({@link FixedPoint#parse}).
 */
public final class TradingConfig extends SelfDescribingMarshallable {
    /** Strategy id of the market maker (risk limits and positions are per strategy id). */
    public static final int MARKET_MAKER = 0;
    /** Strategy id of the momentum strategy. */
    public static final int MOMENTUM = 1;

    /** How long the strategies trade before the kill switch is tripped on command (the end-of-run timer). */
    long durationMs = 15_000;
    /** Trading time with {@code --quick}. */
    long quickDurationMs = 8_000;
    /** Latency, allocation and GC are measured after this much trading time. */
    long warmUpMs = 3_000;
    /** How long the trading thread waits, after the kill switch, for every cancel to be confirmed. */
    long settleTimeoutMs = 10_000;
    /** CPU the trading thread is pinned to; -1: not pinned. */
    int tradingCpu = -1;
    /** Keep an OMS journal (Chronicle Queue in a temporary directory). */
    boolean journal = true;

    /** Market maker: shares per quote. */
    long mmQuoteQuantity = 100;
    /** Market maker: half spread around its fair price, in ticks. */
    int mmHalfSpreadTicks = 1;
    /** Market maker: fair price moves one tick against the position per this many shares held. */
    long mmSkewSharesPerTick = 200;
    /** Market maker: no more buying above (selling below minus) this position, per instrument. */
    long mmMaxPosition = 1_000;
    /** Market maker: no quote on a side of a venue whose opposite touch is this many ticks through the target. */
    int mmMaxClampTicks = 5;
    /** Market maker: venues it quotes on, comma-separated venue ids (each instrument on each). */
    String mmVenues = "0,1,2";

    /** Momentum: fast EMA weight 1/2^shift of each new mid. */
    int momentumFastShift = 1;
    /** Momentum: slow EMA weight 1/2^shift. */
    int momentumSlowShift = 4;
    /** Momentum: fast - slow must exceed this many ticks to signal. */
    String momentumThreshold = "0.002";
    /** Momentum: mid updates seen before the first signal. */
    int momentumWarmUpUpdates = 32;
    /** Momentum: shares per parent order. */
    long momentumQuantity = 200;
    /** Momentum: the parent's limit is the far touch plus this many ticks. */
    int momentumAggressionTicks = 2;
    /** Momentum: position bound per instrument. */
    long momentumMaxPosition = 1_000;
    /** Momentum: at least this long between two parents of one instrument. */
    long momentumCooldownMs = 100;

    /** Router: venues, fees, expected latency, policies (hft-sor's SorConfig format); sizes are set by the app. */
    SorConfig sor = new SorConfig();
    /** Risk limits (hft-risk's RiskConfig format); sizes are set by the app. */
    RiskConfig risk = new RiskConfig();

    /**
     * Parses and validates settings.
     *
     * @param yaml the YAML text.
     * @return the settings.
     */
    public static TradingConfig parse(final String yaml) {
        final TradingConfig config = WireType.YAML_ONLY.fromString(TradingConfig.class, yaml);
        config.validate();
        return config;
    }

    /**
     * Shortens the run (CI): {@code durationMs = quickDurationMs}.
     *
     * @return this.
     */
    public TradingConfig quick() {
        durationMs = quickDurationMs;
        warmUpMs = Math.min(warmUpMs, quickDurationMs / 3);
        return this;
    }

    int[] marketMakerVenues() {
        final String[] parts = mmVenues.split(",");
        final int[] venues = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            venues[i] = Integer.parseInt(parts[i].trim());
        }
        return venues;
    }

    long momentumThresholdFixed() {
        return FixedPoint.parse(momentumThreshold);
    }

    /**
     * Sets the trading time.
     *
     * @param durationMs milliseconds.
     * @param warmUpMs   milliseconds before measuring.
     * @return this.
     */
    public TradingConfig duration(final long durationMs, final long warmUpMs) {
        this.durationMs = durationMs;
        this.warmUpMs = warmUpMs;
        return this;
    }

    /**
     * The trading time.
     *
     * @return milliseconds.
     */
    public long durationMs() {
        return durationMs;
    }

    /**
     * Checks every setting.
     *
     * @throws IllegalArgumentException if one is out of range.
     */
    public void validate() {
        if (durationMs < 1 || quickDurationMs < 1 || warmUpMs < 0 || settleTimeoutMs < 1 || mmQuoteQuantity < 1
            || mmHalfSpreadTicks < 1 || mmMaxClampTicks < 1 || mmSkewSharesPerTick < 1 || mmMaxPosition < 0
            || momentumFastShift < 0 || momentumSlowShift <= momentumFastShift || momentumSlowShift > 20
            || momentumWarmUpUpdates < 0
            || momentumQuantity < 1 || momentumAggressionTicks < 0 || momentumMaxPosition < 0
            || momentumCooldownMs < 0 || mmVenues == null || mmVenues.isBlank()) {
            throw new IllegalArgumentException("trading settings out of range: " + this);
        }
        marketMakerVenues();
        if (momentumThresholdFixed() <= 0) {
            throw new IllegalArgumentException("momentumThreshold must be positive: " + momentumThreshold);
        }
        if (sor == null || risk == null) {
            throw new IllegalArgumentException("sor and risk blocks are required");
        }
    }
}
