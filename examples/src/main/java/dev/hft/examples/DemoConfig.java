package dev.hft.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.hft.examples.trading.TradingConfig;
import dev.hft.risk.RiskConfig;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

/**
 * The demo's settings, loaded from YAML through Chronicle Wire (the project's configuration convention); the
 * same object can be built and changed in code.
 */
public final class DemoConfig extends SelfDescribingMarshallable {
    static final String DEFAULT_RESOURCE = "/demo.yaml";

    static {
        ChronicleDefaults.apply();
    }

    /** Reads per round of the clock-characteristics measurement. */
    int clockReadsPerRound = 2_000_000;
    /** How long the platform-jitter meter busy-spins. */
    long hiccupDurationMs = 3_000;
    /** How often the monitor thread takes an interval snapshot. */
    long snapshotIntervalMs = 500;
    /** Cross-thread wake-ups measured per idle strategy. */
    int wakeupsPerStrategy = 20_000;
    /** Agrona idle-strategy aliases to compare. */
    String idleStrategies = "spin,yield,backoff";
    /** CPU for the measuring thread; -1 to leave it unpinned. */
    int measureCpu = 1;
    /** CPU for the wake-up producer thread; -1 to leave it unpinned. */
    int producerCpu = 0;
    /** Order-flow messages the market-data phase publishes. */
    long feedMessages = 2_000_000;
    /** Publication rate of the market-data phase, messages per second. */
    long feedRatePerSecond = 250_000;
    /** Instruments in the synthetic feed. */
    int feedInstruments = 100;
    /** Line A's forwarder drops every n-th packet (0: none). */
    int lineADropEvery = 97;
    /** Line B's forwarder drops every n-th packet (0: none). */
    int lineBDropEvery = 89;
    /** Orders the order-entry phase sends. */
    int orderEntryOrders = 20_000;
    /** Order rate of the order-entry phase, orders per second. */
    int orderEntryRatePerSecond = 5_000;
    /** Background requests per second the venue thread sends into the matching engine. */
    int orderEntryBackgroundPerSecond = 20_000;
    /** The order-entry phase's risk limits (hft-risk's YAML format). */
    RiskConfig risk = new RiskConfig().instruments(2).strategies(1).accounts(1).venues(1);
    /** Phase 6: the simulated venues' YAML file; empty for the built-in {@code venues.yaml}. */
    String venuesConfig = "";
    /** Phase 6: the trading application's settings. */
    TradingConfig trading = new TradingConfig();
    /** Where reports and plots are written. */
    String outputDir = "target/hft-demo";

    /**
     * Loads the built-in defaults ({@code demo.yaml} on the classpath).
     *
     * @return the configuration.
     */
    static DemoConfig defaults() {
        try (var in = DemoConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Loads a YAML file.
     *
     * @param file the file.
     * @return the configuration.
     */
    static DemoConfig load(final Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static DemoConfig parse(final String yaml) {
        final DemoConfig config = WireType.YAML_ONLY.fromString(DemoConfig.class, yaml);
        config.validate();
        return config;
    }

    /** Shrinks every phase so the whole demo runs in a few seconds (CI smoke run). */
    DemoConfig quick() {
        clockReadsPerRound = 200_000;
        hiccupDurationMs = 600;
        snapshotIntervalMs = 200;
        wakeupsPerStrategy = 2_000;
        feedMessages = 300_000;
        orderEntryOrders = 2_000;
        trading.quick();
        return this;
    }

    void validate() {
        if (clockReadsPerRound < 1_000 || hiccupDurationMs < 1 || snapshotIntervalMs < 1 || wakeupsPerStrategy < 1
            || feedMessages < 1 || feedRatePerSecond < 1 || feedInstruments < 1 || orderEntryOrders < 10
            || orderEntryRatePerSecond < 1 || orderEntryRatePerSecond > 1_000_000 || orderEntryBackgroundPerSecond < 1
            || orderEntryBackgroundPerSecond > 1_000_000_000) {
            throw new IllegalArgumentException("demo settings must be positive (clockReadsPerRound >= 1000): " + this);
        }
        if (risk == null) {
            throw new IllegalArgumentException("risk limits missing");
        }
        risk.validate();
        if (trading == null) {
            throw new IllegalArgumentException("trading settings missing");
        }
        trading.validate();
        if (idleStrategies == null || idleStrategies.isBlank()) {
            throw new IllegalArgumentException("idleStrategies must name at least one strategy");
        }
    }
}
