package dev.hft.api;

/**
 * Immutable reference data of one venue connection, identified on every hot path by its dense {@link #id()}.
 *
 * <p>Venues are created at start-up by {@link VenueRegistry#add(String, String)}, which assigns ids {@code 0..n-1}.
 * The {@link #name()} is unique per registry; the {@link #mic()} need not be (two gateways to the same exchange, e.g.
 * OUCH and FIX to {@code XNAS}, are two venues with one MIC).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Venue {

    /** Venue id meaning "no venue". */
    public static final int NULL_VENUE_ID = -1;

    private final int id;
    private final String name;
    private final String mic;

    /**
     * Creates a venue after validating its reference data; used by {@link VenueRegistry}.
     *
     * @param id   dense id, {@code >= 0}.
     * @param name non-empty name without whitespace.
     * @param mic  market identifier code: four characters {@code A-Z} or {@code 0-9} (the form of ISO 10383; the
     *             code is not checked against the ISO list, so simulated venues may use e.g. {@code "SIM1"}).
     * @throws IllegalArgumentException if any argument is invalid.
     */
    Venue(final int id, final String name, final String mic) {
        if (id < 0) {
            throw new IllegalArgumentException("id must be >= 0: " + id);
        }
        if (name == null || name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("venue name must be non-empty without whitespace: '" + name + "'");
        }
        if (!isValidMic(mic)) {
            throw new IllegalArgumentException(name + ": MIC must be 4 characters A-Z or 0-9: '" + mic + "'");
        }
        this.id = id;
        this.name = name;
        this.mic = mic;
    }

    /**
     * Tells whether text has the form of an ISO 10383 market identifier code: four characters {@code A-Z} or
     * {@code 0-9}.
     *
     * @param mic candidate code, may be {@code null}.
     * @return {@code true} if it has the form of a MIC.
     */
    public static boolean isValidMic(final CharSequence mic) {
        if (mic == null || mic.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            final char c = mic.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the dense id of this venue.
     *
     * @return id in {@code 0..registry.size()-1}.
     */
    public int id() {
        return id;
    }

    /**
     * Returns the name, unique within its registry.
     *
     * @return name as configured.
     */
    public String name() {
        return name;
    }

    /**
     * Returns the ISO 10383 market identifier code.
     *
     * @return four-character MIC.
     */
    public String mic() {
        return mic;
    }

    @Override
    public boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Venue)) {
            return false;
        }
        final Venue that = (Venue) other;
        return id == that.id && name.equals(that.name) && mic.equals(that.mic);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id + name.hashCode()) + mic.hashCode();
    }

    @Override
    public String toString() {
        return "Venue{id=" + id + ", name=" + name + ", mic=" + mic + '}';
    }
}
