package dev.hft.examples.venue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.WireType;

/**
 * The simulated venues' settings, loaded from YAML through Chronicle Wire ({@code venues.yaml} on the classpath is
 * the default): the list of {@link VenueSpec}s, the MoldUDP64 heartbeat interval and how many background requests
 * build each book before the venues open.
 * <pre>
 * heartbeatIntervalNs: 1000000000
 * openingEvents: 2000
 * venues: [
 *   { name: OUCHA, protocol: OUCH, makerFee: "-0.0020", takerFee: "0.0030", orderLatencyNs: 20000,
 *     flowRatePerSecond: 2000, flowSeed: 11, accounts: [ HFT ],
 *     instruments: [ { symbol: HFTA, tick: "0.01", lot: 1, startPrice: "100.00" } ] }
 * ]
 * </pre>
 */
public final class VenuesConfig extends SelfDescribingMarshallable {
    /** The built-in configuration's classpath resource. */
    public static final String DEFAULT_RESOURCE = "/venues.yaml";

    static {
        if (System.getProperty("chronicle.analytics.disable") == null) {
            System.setProperty("chronicle.analytics.disable", "true");
        }
    }

    long heartbeatIntervalNs = 1_000_000_000L;
    int openingEvents = 2_000;
    List<VenueSpec> venues = new ArrayList<>();

    /** Creates an empty configuration (no venue). */
    public VenuesConfig() {
    }

    /**
     * Loads the built-in configuration ({@code venues.yaml} on the classpath).
     *
     * @return the configuration, validated.
     */
    public static VenuesConfig defaults() {
        try (InputStream in = VenuesConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
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
     * @return the configuration, validated.
     */
    public static VenuesConfig load(final Path file) {
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
     */
    public static VenuesConfig parse(final String yaml) {
        final VenuesConfig config = WireType.YAML_ONLY.fromString(VenuesConfig.class, yaml);
        config.validate();
        return config;
    }

    /**
     * Adds a venue.
     *
     * @param spec the venue.
     * @return this.
     */
    public VenuesConfig venue(final VenueSpec spec) {
        venues.add(spec);
        return this;
    }

    /**
     * Sets the MoldUDP64 heartbeat interval.
     *
     * @param intervalNs nanoseconds, positive.
     * @return this.
     */
    public VenuesConfig heartbeatIntervalNs(final long intervalNs) {
        this.heartbeatIntervalNs = intervalNs;
        return this;
    }

    /**
     * Sets how many background requests each venue applies before it opens.
     *
     * @param events requests, {@code >= 0}.
     * @return this.
     */
    public VenuesConfig openingEvents(final int events) {
        this.openingEvents = events;
        return this;
    }

    /**
     * Checks every value.
     *
     * @return this.
     * @throws IllegalArgumentException if a value is invalid.
     */
    public VenuesConfig validate() {
        if (venues == null || venues.isEmpty() || heartbeatIntervalNs <= 0 || openingEvents < 0) {
            throw new IllegalArgumentException("at least one venue, a positive heartbeat interval: " + this);
        }
        for (final VenueSpec spec : venues) {
            spec.validate();
        }
        if (venues.stream().map(VenueSpec::name).distinct().count() != venues.size()) {
            throw new IllegalArgumentException("venue names must differ: " + this);
        }
        return this;
    }

    /**
     * The venues.
     *
     * @return an unmodifiable view, in configuration order (the venue indexes of {@link SimulatedVenues}).
     */
    public List<VenueSpec> venues() {
        return Collections.unmodifiableList(venues);
    }

    /**
     * The MoldUDP64 heartbeat interval.
     *
     * @return nanoseconds.
     */
    public long heartbeatIntervalNs() {
        return heartbeatIntervalNs;
    }

    /**
     * Background requests applied to each venue before it opens (a book to trade against from the start).
     *
     * @return requests.
     */
    public int openingEvents() {
        return openingEvents;
    }
}
