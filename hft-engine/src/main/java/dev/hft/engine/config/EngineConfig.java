package dev.hft.engine.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.hft.book.ConsolidatedBook;
import dev.hft.risk.RiskConfig;
import dev.hft.sor.SorConfig;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.ValueIn;
import net.openhft.chronicle.wire.WireType;

/**
 * Everything the engine is built from: instruments, venues (order entry and feeds), strategies, the risk limits
 * ({@link RiskConfig}) and the smart order router's settings ({@link SorConfig}), and the engine's own pool sizes.
 * Built in code with the fluent methods, or loaded from YAML through Chronicle Wire ({@link #load}, {@link #parse});
 * the module's README documents the format. Ids are dense and positional: instrument {@code i} is the
 * {@code i}-th entry of {@code instruments}, likewise venues and strategies, so the risk and router blocks name them
 * by number.
 *
 * <p>{@link #validate()} (called by {@link #parse} and by the engine's build) checks every value and throws a
 * {@link ConfigException} naming the offending key. Configuration object: start-up only, not thread-safe.
 */
public final class EngineConfig extends SelfDescribingMarshallable {
    List<InstrumentConfig> instruments = new ArrayList<>();
    List<VenueConfig> venues = new ArrayList<>();
    List<StrategyConfig> strategies = new ArrayList<>();
    RiskConfig risk = new RiskConfig();
    SorConfig sor = new SorConfig();
    int maxOrders = 1 << 14;
    int maxParents = 1 << 10;
    int executionIdWindow = 1 << 16;
    int maxLevelsPerSide = 256;
    int maxTimers = 1 << 12;
    int eventQueueCapacity = 1 << 14;
    int pollLimit = 16;
    boolean startWhenConnected;
    int auditCapacityBytes = 1 << 20;
    String auditFile;

    /** Creates an empty configuration. */
    public EngineConfig() {
    }

    /**
     * Loads and validates a YAML file.
     *
     * @param file the file.
     * @return the configuration.
     * @throws UncheckedIOException if the file cannot be read.
     * @throws ConfigException      if a value is missing, unknown or invalid.
     */
    public static EngineConfig load(final Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses and validates YAML text.
     *
     * @param yaml the document.
     * @return the configuration.
     * @throws ConfigException if a value is missing, unknown or invalid.
     */
    public static EngineConfig parse(final String yaml) {
        final EngineConfig config;
        try {
            config = WireType.YAML_ONLY.fromString(EngineConfig.class, yaml);
        } catch (final ConfigException ex) {
            throw ex;
        } catch (final RuntimeException ex) {
            final Throwable cause = ex.getCause();
            if (cause instanceof ConfigException) {
                throw (ConfigException) cause;
            }
            throw new ConfigException("(document)", "not a valid engine configuration: " + ex.getMessage(), ex);
        }
        return config.validate();
    }

    /**
     * Adds an instrument (its id is the number of instruments before it).
     *
     * @param instrument the instrument.
     * @return this.
     */
    public EngineConfig instrument(final InstrumentConfig instrument) {
        instruments.add(instrument);
        return this;
    }

    /**
     * Adds a venue (its id is the number of venues before it).
     *
     * @param venue the venue.
     * @return this.
     */
    public EngineConfig venue(final VenueConfig venue) {
        venues.add(venue);
        return this;
    }

    /**
     * Adds a strategy (its id is the number of strategies before it).
     *
     * @param strategy the strategy.
     * @return this.
     */
    public EngineConfig strategy(final StrategyConfig strategy) {
        strategies.add(strategy);
        return this;
    }

    /**
     * Sets the risk limits; the engine sizes them (instruments, strategies, venues).
     *
     * @param value the limits.
     * @return this.
     */
    public EngineConfig risk(final RiskConfig value) {
        this.risk = value;
        return this;
    }

    /**
     * Sets the router's settings; the engine sizes them (instruments, venues).
     *
     * @param value the settings.
     * @return this.
     */
    public EngineConfig sor(final SorConfig value) {
        this.sor = value;
        return this;
    }

    /**
     * Sets the order manager's pool: live orders plus recently finished ones kept for late fills.
     *
     * @param count positive.
     * @return this.
     */
    public EngineConfig maxOrders(final int count) {
        this.maxOrders = count;
        return this;
    }

    /**
     * Sets the most parent orders (routed and local types) live at once.
     *
     * @param count positive.
     * @return this.
     */
    public EngineConfig maxParents(final int count) {
        this.maxParents = count;
        return this;
    }

    /**
     * Sets the most timers scheduled at once over all strategies.
     *
     * @param count positive.
     * @return this.
     */
    public EngineConfig maxTimers(final int count) {
        this.maxTimers = count;
        return this;
    }

    /**
     * Sets the most datagrams or messages read per feed and session in one duty cycle.
     *
     * @param limit positive.
     * @return this.
     */
    public EngineConfig pollLimit(final int limit) {
        this.pollLimit = limit;
        return this;
    }

    /**
     * Holds the strategies until every venue's session is logged on: the trading agent keeps the books and the
     * sessions meanwhile, and calls the strategies' {@code onStart} at the first duty cycle at which all are
     * connected (default {@code false}: at the first duty cycle).
     *
     * @param value whether to wait.
     * @return this.
     */
    public EngineConfig startWhenConnected(final boolean value) {
        this.startWhenConnected = value;
        return this;
    }

    /**
     * Whether the strategies wait for every venue's session.
     *
     * @return {@code true} to wait.
     */
    public boolean startWhenConnected() {
        return startWhenConnected;
    }

    /**
     * Sets the file the risk audit agent writes to.
     *
     * @param file a path, or {@code null} to discard the audit records.
     * @return this.
     */
    public EngineConfig auditFile(final String file) {
        this.auditFile = file;
        return this;
    }

    /**
     * The instruments, by id.
     *
     * @return unmodifiable.
     */
    public List<InstrumentConfig> instruments() {
        return Collections.unmodifiableList(instruments);
    }

    /**
     * The venues, by id.
     *
     * @return unmodifiable.
     */
    public List<VenueConfig> venues() {
        return Collections.unmodifiableList(venues);
    }

    /**
     * The strategies, by id.
     *
     * @return unmodifiable.
     */
    public List<StrategyConfig> strategies() {
        return Collections.unmodifiableList(strategies);
    }

    /**
     * The risk limits.
     *
     * @return the risk block.
     */
    public RiskConfig risk() {
        return risk;
    }

    /**
     * The router's settings.
     *
     * @return the router block.
     */
    public SorConfig sor() {
        return sor;
    }

    /**
     * The order pool size.
     *
     * @return positive.
     */
    public int maxOrders() {
        return maxOrders;
    }

    /**
     * The parent pool size.
     *
     * @return positive.
     */
    public int maxParents() {
        return maxParents;
    }

    /**
     * Execution ids remembered per venue for duplicate detection.
     *
     * @return positive.
     */
    public int executionIdWindow() {
        return executionIdWindow;
    }

    /**
     * Price levels per side each venue's book of an instrument holds.
     *
     * @return positive.
     */
    public int maxLevelsPerSide() {
        return maxLevelsPerSide;
    }

    /**
     * The timer capacity.
     *
     * @return positive.
     */
    public int maxTimers() {
        return maxTimers;
    }

    /**
     * Own-order events buffered between a venue's answer and its delivery to the strategy in the same duty cycle.
     *
     * @return positive.
     */
    public int eventQueueCapacity() {
        return eventQueueCapacity;
    }

    /**
     * The poll limit.
     *
     * @return positive.
     */
    public int pollLimit() {
        return pollLimit;
    }

    /**
     * The risk audit ring's size.
     *
     * @return bytes, a power of two.
     */
    public int auditCapacityBytes() {
        return auditCapacityBytes;
    }

    /**
     * The risk audit file.
     *
     * @return the path, or {@code null}.
     */
    public String auditFile() {
        return auditFile;
    }

    /**
     * The id of an instrument.
     *
     * @param symbol its symbol.
     * @return its dense id, or -1.
     */
    public int instrumentId(final String symbol) {
        for (int i = 0; i < instruments.size(); i++) {
            if (instruments.get(i).symbol.equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The id of a venue.
     *
     * @param name its name.
     * @return its dense id, or -1.
     */
    public int venueId(final String name) {
        for (int v = 0; v < venues.size(); v++) {
            if (venues.get(v).name.equals(name)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Checks every value and sizes the risk and router blocks to the instruments, venues and strategies.
     *
     * @return this.
     * @throws ConfigException naming the first bad key.
     */
    public EngineConfig validate() {
        Strict.require(instruments != null && !instruments.isEmpty(), "instruments", "at least one is required");
        Strict.require(venues != null && !venues.isEmpty(), "venues", "at least one is required");
        Strict.require(venues.size() <= ConsolidatedBook.MAX_VENUES, "venues", "at most "
            + ConsolidatedBook.MAX_VENUES);
        Strict.require(strategies != null, "strategies", "must be a list");
        final Set<String> names = new HashSet<>();
        for (int i = 0; i < instruments.size(); i++) {
            final InstrumentConfig instrument = instruments.get(i);
            Strict.require(instrument != null, "instruments[" + i + "]", "empty entry");
            instrument.validate("instruments[" + i + "]");
            Strict.require(names.add(instrument.symbol), "instruments[" + i + "].symbol", "duplicate symbol "
                + instrument.symbol);
        }
        names.clear();
        for (int v = 0; v < venues.size(); v++) {
            final VenueConfig venue = venues.get(v);
            Strict.require(venue != null, "venues[" + v + "]", "empty entry");
            venue.validate("venues[" + v + "]");
            Strict.require(names.add(venue.name), "venues[" + v + "].name", "duplicate name " + venue.name);
        }
        names.clear();
        for (int s = 0; s < strategies.size(); s++) {
            final String key = "strategies[" + s + "]";
            final StrategyConfig strategy = strategies.get(s);
            Strict.require(strategy != null, key, "empty entry");
            strategy.validate(key);
            Strict.require(names.add(strategy.name), key + ".name", "duplicate name " + strategy.name);
            for (final String symbol : strategy.instruments) {
                Strict.require(instrumentId(symbol) >= 0, key + ".instruments", "unknown instrument " + symbol);
            }
            for (final String venue : strategy.venues) {
                Strict.require(venueId(venue) >= 0, key + ".venues", "unknown venue " + venue);
            }
        }
        Strict.require(maxOrders > 0, "maxOrders", "must be positive: " + maxOrders);
        Strict.require(maxParents > 0, "maxParents", "must be positive: " + maxParents);
        Strict.require(executionIdWindow > 0, "executionIdWindow", "must be positive: " + executionIdWindow);
        Strict.require(maxLevelsPerSide > 0, "maxLevelsPerSide", "must be positive: " + maxLevelsPerSide);
        Strict.require(maxTimers > 0, "maxTimers", "must be positive: " + maxTimers);
        Strict.require(eventQueueCapacity > 0, "eventQueueCapacity", "must be positive: " + eventQueueCapacity);
        Strict.require(pollLimit > 0, "pollLimit", "must be positive: " + pollLimit);
        Strict.require(auditCapacityBytes > 0 && Integer.bitCount(auditCapacityBytes) == 1, "auditCapacityBytes",
            "must be a power of two: " + auditCapacityBytes);
        Strict.require(risk != null, "risk", "required");
        Strict.require(sor != null, "sor", "required");
        final int strategyCount = Math.max(1, strategies.size());
        try {
            risk.instruments(instruments.size()).strategies(strategyCount).venues(venues.size()).validate();
        } catch (final IllegalArgumentException ex) {
            throw new ConfigException("risk", ex.getMessage(), ex);
        }
        try {
            sor.instruments(instruments.size()).venues(venues.size()).validate();
        } catch (final IllegalArgumentException ex) {
            throw new ConfigException("sor", ex.getMessage(), ex);
        }
        Strict.require(sor.maxStrategies() >= strategyCount, "sor.maxStrategies", "must be at least the number "
            + "of strategies (" + strategyCount + ")");
        return this;
    }

    @Override
    public void unexpectedField(final Object event, final ValueIn valueIn) {
        Strict.unknownKey("(root)", event, valueIn);
    }
}
