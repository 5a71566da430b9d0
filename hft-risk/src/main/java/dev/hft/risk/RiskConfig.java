package dev.hft.risk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

/**
 * Configuration of a {@link RiskChecker}: sizes, the limits of every scope, the pattern-day-trader settings and the
 * venue-disconnect policy. Loads from YAML through Chronicle Wire ({@link #load(Path)}, {@link #parse(String)}) or is
 * built in code with the fluent setters; the README shows the YAML format.
 *
 * <p>Configuration object, used at start-up only; not thread-safe.
 */
public final class RiskConfig extends SelfDescribingMarshallable {

    static {
        if (System.getProperty("chronicle.analytics.disable") == null) {
            System.setProperty("chronicle.analytics.disable", "true");
        }
    }

    int instruments = 1;
    int strategies = 1;
    int accounts = 1;
    int venues = 1;
    int maxOpenOrdersCapacity = 16_384;
    long rateWindowMs = 1_000;
    int duplicateCacheSets = 256;
    boolean rejectWithoutReference = true;
    String pdtEquityThreshold = "25000";
    int pdtDayTrades = 4;
    int pdtBusinessDays = 5;
    BreachAction venueDisconnectAction = BreachAction.NONE;
    Limits global = new Limits();
    Limits instrumentDefaults = new Limits();
    Limits strategyDefaults = new Limits();
    Limits accountDefaults = new Limits();
    List<Limits> instrumentLimits = new ArrayList<>();
    List<Limits> strategyLimits = new ArrayList<>();
    List<Limits> accountLimits = new ArrayList<>();

    /** Creates a configuration with one instrument, strategy, account and venue, and no limits. */
    public RiskConfig() {
    }

    /**
     * Loads a YAML file.
     *
     * @param file the YAML file.
     * @return the configuration, validated.
     * @throws UncheckedIOException     if the file cannot be read.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public static RiskConfig load(final Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses YAML text.
     *
     * @param yaml the YAML document.
     * @return the configuration, validated.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public static RiskConfig parse(final String yaml) {
        final RiskConfig config = WireType.YAML_ONLY.fromString(RiskConfig.class, yaml);
        config.validate();
        return config;
    }

    /**
     * Sets the number of instruments (dense ids {@code 0..n-1}).
     *
     * @param count instruments, {@code >= 1}.
     * @return this.
     */
    public RiskConfig instruments(final int count) {
        this.instruments = count;
        return this;
    }

    /**
     * Sets the number of strategies (dense ids {@code 0..n-1}).
     *
     * @param count strategies, {@code >= 1}.
     * @return this.
     */
    public RiskConfig strategies(final int count) {
        this.strategies = count;
        return this;
    }

    /**
     * Sets the number of accounts (dense ids {@code 0..n-1}).
     *
     * @param count accounts, {@code >= 1}.
     * @return this.
     */
    public RiskConfig accounts(final int count) {
        this.accounts = count;
        return this;
    }

    /**
     * Sets the number of venues (dense ids {@code 0..n-1}).
     *
     * @param count venues, {@code >= 1}.
     * @return this.
     */
    public RiskConfig venues(final int count) {
        this.venues = count;
        return this;
    }

    /**
     * Sets how many orders the checker can track as open at once (preallocated); a new order past it is refused
     * with {@link dev.hft.api.RejectReason#MAX_OPEN_ORDERS}.
     *
     * @param capacity open-order capacity, {@code >= 1}.
     * @return this.
     */
    public RiskConfig maxOpenOrdersCapacity(final int capacity) {
        this.maxOpenOrdersCapacity = capacity;
        return this;
    }

    /**
     * Sets the length of the sliding window of every rate limit ("per second" limits count within it).
     *
     * @param windowMs window in milliseconds, {@code >= 1}; default 1000.
     * @return this.
     */
    public RiskConfig rateWindowMs(final long windowMs) {
        this.rateWindowMs = windowMs;
        return this;
    }

    /**
     * Sets the number of sets of the duplicate-order cache (8 entries each; rounded up to a power of two).
     *
     * @param sets cache sets, {@code >= 1}.
     * @return this.
     */
    public RiskConfig duplicateCacheSets(final int sets) {
        this.duplicateCacheSets = sets;
        return this;
    }

    /**
     * Sets whether an order is refused ({@link dev.hft.api.RejectReason#PRICE_COLLAR}) when a collar applies but no
     * reference price is known; {@code false} lets it pass the collar. Default {@code true} (fail safe).
     *
     * @param reject {@code true} to refuse.
     * @return this.
     */
    public RiskConfig rejectWithoutReference(final boolean reject) {
        this.rejectWithoutReference = reject;
        return this;
    }

    /**
     * Sets the pattern-day-trader rule's parameters: an account with the check on and equity below
     * {@code equityThreshold} may not make its {@code dayTrades}-th day trade within {@code businessDays} business
     * days. Defaults: 25000, 4, 5 (FINRA Rule 4210(f)(8)(B)).
     *
     * @param equityThreshold decimal equity threshold.
     * @param dayTrades       day trades that make a pattern day trader.
     * @param businessDays    rolling window in business days.
     * @return this.
     */
    public RiskConfig patternDayTrader(final String equityThreshold, final int dayTrades, final int businessDays) {
        this.pdtEquityThreshold = equityThreshold;
        this.pdtDayTrades = dayTrades;
        this.pdtBusinessDays = businessDays;
        return this;
    }

    /**
     * Sets what a venue session going from connected to disconnected does (see {@link KillSwitch#doWork()}).
     *
     * @param action NONE, REDUCE_ONLY (the whole checker) or KILL_SWITCH.
     * @return this.
     */
    public RiskConfig venueDisconnectAction(final BreachAction action) {
        this.venueDisconnectAction = action;
        return this;
    }

    /**
     * Returns the venue-disconnect policy.
     *
     * @return the action.
     */
    public BreachAction venueDisconnectAction() {
        return venueDisconnectAction;
    }

    /**
     * Returns the limits of the global scope, to change in code.
     *
     * @return the global limits.
     */
    public Limits global() {
        return global;
    }

    /**
     * Returns the defaults of a scope (for GLOBAL, the global limits), to change in code.
     *
     * @param scope the scope.
     * @return its default limits.
     */
    public Limits defaults(final Scope scope) {
        switch (scope) {
            case INSTRUMENT:
                return instrumentDefaults;
            case STRATEGY:
                return strategyDefaults;
            case ACCOUNT:
                return accountDefaults;
            default:
                return global;
        }
    }

    /**
     * Returns the limits of one entity, creating an empty entry if there is none.
     *
     * @param scope INSTRUMENT, STRATEGY or ACCOUNT (GLOBAL returns the global limits).
     * @param id    dense id.
     * @return the entity's limits.
     */
    public Limits limits(final Scope scope, final int id) {
        final List<Limits> list = list(scope);
        if (list == null) {
            return global;
        }
        for (final Limits limits : list) {
            if (limits.id == id) {
                return limits;
            }
        }
        final Limits limits = new Limits().id(id);
        list.add(limits);
        return limits;
    }

    List<Limits> list(final Scope scope) {
        switch (scope) {
            case INSTRUMENT:
                return instrumentLimits;
            case STRATEGY:
                return strategyLimits;
            case ACCOUNT:
                return accountLimits;
            default:
                return null;
        }
    }

    int count(final Scope scope) {
        switch (scope) {
            case INSTRUMENT:
                return instruments;
            case STRATEGY:
                return strategies;
            case ACCOUNT:
                return accounts;
            default:
                return 1;
        }
    }

    /**
     * Checks sizes and ids; the checker parses the decimal fields when it is built.
     *
     * @throws IllegalArgumentException if a size is not positive or an entry's id is out of range.
     */
    public void validate() {
        if (instruments < 1 || strategies < 1 || accounts < 1 || venues < 1 || maxOpenOrdersCapacity < 1
            || rateWindowMs < 1 || duplicateCacheSets < 1 || pdtDayTrades < 1 || pdtBusinessDays < 1) {
            throw new IllegalArgumentException("sizes, rateWindowMs and PDT parameters must be positive: " + this);
        }
        if (global == null || instrumentDefaults == null || strategyDefaults == null || accountDefaults == null) {
            throw new IllegalArgumentException("global and scope defaults must not be null");
        }
        for (final Scope scope : new Scope[] {Scope.INSTRUMENT, Scope.STRATEGY, Scope.ACCOUNT}) {
            final List<Limits> list = list(scope);
            if (list == null) {
                continue;
            }
            for (final Limits limits : list) {
                if (limits.id < 0 || limits.id >= count(scope)) {
                    throw new IllegalArgumentException(scope + " limits id out of range 0.." + (count(scope) - 1)
                        + ": " + limits);
                }
            }
        }
    }
}
