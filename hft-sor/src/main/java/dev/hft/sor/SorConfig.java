package dev.hft.sor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

import dev.hft.api.FixedPoint;
import dev.hft.api.PreTradeCheck;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;

/**
 * Configuration of a {@link SmartOrderRouter}: pool sizes, every venue's fees, expected latency and state, lot and
 * tick rules per venue and instrument, and every strategy's {@link RoutingParams}. Loads from YAML through Chronicle
 * Wire ({@link #load(Path)}, {@link #parse(String)}); money is decimal text ({@code "0.003"}). The module README shows
 * the format. {@link #venueModel()} and {@link #router} build the objects; everything can also be built in code.
 *
 * <p>Configuration object, used at start-up only; not thread-safe.
 */
public final class SorConfig extends SelfDescribingMarshallable {

    static {
        if (System.getProperty("chronicle.analytics.disable") == null) {
            System.setProperty("chronicle.analytics.disable", "true");
        }
    }

    int venues = 1;
    int instruments = 1;
    int maxParents = 1_024;
    int maxChildren = 8_192;
    int maxStrategies = 16;
    int maxRouteAttempts = SmartOrderRouter.DEFAULT_MAX_ROUTE_ATTEMPTS;
    long throttleBackoffNs = SmartOrderRouter.DEFAULT_THROTTLE_BACKOFF_NS;
    StrategySettings defaults = new StrategySettings();
    List<VenueSettings> venueSettings = new ArrayList<>();
    List<InstrumentRules> instrumentRules = new ArrayList<>();
    List<StrategySettings> strategies = new ArrayList<>();

    /** Creates a configuration of one venue, one instrument and default settings. */
    public SorConfig() {
    }

    /**
     * Sets the number of venues (dense ids {@code 0..n-1}), for a host that sizes the router from its own
     * configuration.
     *
     * @param count venues, {@code 1..}{@link dev.hft.book.ConsolidatedBook#MAX_VENUES}.
     * @return this.
     */
    public SorConfig venues(final int count) {
        this.venues = count;
        return this;
    }

    /**
     * Sets the number of instruments (dense ids {@code 0..n-1}).
     *
     * @param count instruments, {@code >= 1}.
     * @return this.
     */
    public SorConfig instruments(final int count) {
        this.instruments = count;
        return this;
    }

    /**
     * The most strategy ids with their own routing settings.
     *
     * @return {@code maxStrategies}.
     */
    public int maxStrategies() {
        return maxStrategies;
    }

    /**
     * Loads a YAML file.
     *
     * @param file the file.
     * @return the configuration, validated.
     * @throws UncheckedIOException     if the file cannot be read.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public static SorConfig load(final Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Parses YAML text.
     *
     * @param yaml the document.
     * @return the configuration, validated.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public static SorConfig parse(final String yaml) {
        final SorConfig config = WireType.YAML_ONLY.fromString(SorConfig.class, yaml);
        config.validate();
        return config;
    }

    /**
     * Checks every value.
     *
     * @return this.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public SorConfig validate() {
        if (venues < 1 || venues > dev.hft.book.ConsolidatedBook.MAX_VENUES || instruments < 1 || maxParents < 1
            || maxChildren < 1 || maxStrategies < 1 || maxRouteAttempts < 1 || throttleBackoffNs < 0) {
            throw new IllegalArgumentException("sizes must be positive (venues at most "
                + dev.hft.book.ConsolidatedBook.MAX_VENUES + "): " + this);
        }
        for (final VenueSettings venue : venueSettings) {
            check(venue.venue >= 0 && venue.venue < venues, "venue id out of range", venue);
            FixedPoint.parse(venue.makerFee);
            FixedPoint.parse(venue.takerFee);
        }
        for (final InstrumentRules rules : instrumentRules) {
            check(rules.venue >= 0 && rules.venue < venues && rules.instrument >= 0 && rules.instrument < instruments
                && rules.lotSize > 0 && FixedPoint.parse(rules.tickSize) > 0, "invalid instrument rules", rules);
        }
        defaults.toParams();
        for (final StrategySettings strategy : strategies) {
            check(strategy.strategy >= 0 && strategy.strategy < maxStrategies, "strategy id out of range", strategy);
            strategy.toParams();
        }
        return this;
    }

    /**
     * Builds the venue model: fees, expected latency, enabled state and instrument rules.
     *
     * @return a new model.
     */
    public VenueModel venueModel() {
        final VenueModel model = new VenueModel(venues, instruments);
        for (final VenueSettings venue : venueSettings) {
            model.fees(venue.venue, FixedPoint.parse(venue.makerFee), FixedPoint.parse(venue.takerFee))
                .expectedLatencyNs(venue.venue, venue.expectedLatencyNs)
                .enabled(venue.venue, venue.enabled);
        }
        for (final InstrumentRules rules : instrumentRules) {
            model.instrumentRules(rules.venue, rules.instrument, FixedPoint.parse(rules.tickSize), rules.lotSize);
        }
        return model;
    }

    /**
     * Builds a router over a new {@link #venueModel()} with every strategy's settings; the host registers the books
     * ({@link SmartOrderRouter#book}) and, for connectivity, the gateways ({@link VenueModel#gateway}).
     *
     * @param sink       where children go.
     * @param check      the pre-trade check.
     * @param listener   parent events.
     * @param clock      monotonic clock.
     * @param epochClock epoch clock.
     * @return a new router.
     */
    public SmartOrderRouter router(
        final ChildOrderSink sink,
        final PreTradeCheck check,
        final ParentOrderListener listener,
        final NanoClock clock,
        final EpochNanoClock epochClock) {
        final SmartOrderRouter router = new SmartOrderRouter(venueModel(), sink, check, listener, clock, epochClock,
            maxParents, maxChildren, maxStrategies)
            .maxRouteAttempts(maxRouteAttempts)
            .throttleBackoffNs(throttleBackoffNs);
        defaults.apply(router.defaultParams());
        for (final StrategySettings strategy : strategies) {
            router.strategy(strategy.strategy, strategy.toParams());
        }
        return router;
    }

    /**
     * The settings of one strategy, or the defaults if it has none.
     *
     * @param strategyId the strategy.
     * @return new settings.
     */
    public RoutingParams params(final int strategyId) {
        for (final StrategySettings strategy : strategies) {
            if (strategy.strategy == strategyId) {
                return strategy.toParams();
            }
        }
        return defaults.toParams();
    }

    private static void check(final boolean condition, final String message, final Object value) {
        if (!condition) {
            throw new IllegalArgumentException(message + ": " + value);
        }
    }

    /** One venue's fees, expected latency and state. */
    public static final class VenueSettings extends SelfDescribingMarshallable {
        int venue;
        String makerFee = "0";
        String takerFee = "0";
        long expectedLatencyNs;
        boolean enabled = true;

        /** Creates settings of venue 0 without fees. */
        public VenueSettings() {
        }
    }

    /** A venue's tick and lot for one instrument. */
    public static final class InstrumentRules extends SelfDescribingMarshallable {
        int venue;
        int instrument;
        String tickSize = "0.00000001";
        long lotSize = 1;

        /** Creates the rules of venue 0, instrument 0: any price, lots of one. */
        public InstrumentRules() {
        }
    }

    /** One strategy's routing settings ({@link RoutingParams}), money as decimal text. */
    public static final class StrategySettings extends SelfDescribingMarshallable {
        int strategy;
        RoutingPolicy policy = RoutingPolicy.FEE_ADJUSTED;
        String latencyCostPerMicros = "0";
        String missCost = "0";
        String passiveMissCost = "0";
        String queueCostPerThousand = "0";
        int maxDepth = RoutingParams.DEFAULT_MAX_DEPTH;
        boolean post = true;

        /** Creates the default settings for strategy 0. */
        public StrategySettings() {
        }

        RoutingParams toParams() {
            return apply(new RoutingParams());
        }

        RoutingParams apply(final RoutingParams params) {
            return params.policy(policy)
                .latencyCostPerMicrosFixed(FixedPoint.parse(latencyCostPerMicros))
                .missCostFixed(FixedPoint.parse(missCost))
                .passiveMissCostFixed(FixedPoint.parse(passiveMissCost))
                .queueCostPerThousandFixed(FixedPoint.parse(queueCostPerThousand))
                .maxDepth(maxDepth)
                .post(post);
        }
    }
}
