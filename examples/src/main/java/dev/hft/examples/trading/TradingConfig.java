package dev.hft.examples.trading;

import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.examples.strategies.MarketMaker;
import dev.hft.examples.strategies.MeanReversionStrategy;
import dev.hft.examples.strategies.MomentumStrategy;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

/**
 * Settings of the trading application: run length, warm-up, settling after the kill switch, and the trading engine
 * itself ({@code engine}: hft-engine's {@link EngineConfig}: the strategies with their parameters, risk limits, router
 * policies, sizes). The instruments and venues of the engine are added at start-up from the venues the application
 * trades on (their endpoints are only known once they bound their sockets). Loaded from the {@code trading:} block of
 * {@code demo.yaml} through Chronicle Wire; the same object can be built and changed in code.
 */
public final class TradingConfig extends SelfDescribingMarshallable {
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
    /** Keep an OMS journal (Chronicle Queue in the output directory). */
    boolean journal = true;
    /**
     * The engine: strategies, risk, router and sizes (no instruments or venues: those come from the venues). Without
     * strategies, {@link #validate()} gives it the demo's three with their own default parameters (demo.yaml sets
     * them all).
     */
    EngineConfig engine = new EngineConfig();

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
     * The engine's configuration as written (strategies, risk, router); the application adds instruments and venues
     * to a copy of it.
     *
     * @return the engine block.
     */
    public EngineConfig engine() {
        return engine;
    }

    /**
     * Checks the run settings and that the engine block names no instruments or venues of its own; an engine block
     * without strategies gets the demo's three.
     *
     * @throws IllegalArgumentException if one is out of range.
     */
    public void validate() {
        if (durationMs < 1 || quickDurationMs < 1 || warmUpMs < 0 || settleTimeoutMs < 1) {
            throw new IllegalArgumentException("trading settings out of range: " + this);
        }
        if (engine == null) {
            engine = new EngineConfig();
        }
        if (!engine.instruments().isEmpty() || !engine.venues().isEmpty()) {
            throw new IllegalArgumentException("the engine block takes its instruments and venues from the venues");
        }
        if (engine.strategies().isEmpty()) {
            engine.startWhenConnected(true)
                .strategy(new StrategyConfig("market-maker", MarketMaker.class.getName()).instruments("HFTA", "HFTB"))
                .strategy(new StrategyConfig("momentum", MomentumStrategy.class.getName()).instruments("HFTA", "HFTB"))
                .strategy(new StrategyConfig("mean-reversion", MeanReversionStrategy.class.getName())
                    .instruments("HFTA", "HFTB"));
        }
    }
}
