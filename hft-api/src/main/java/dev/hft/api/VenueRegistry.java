package dev.hft.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The venues of one trading process, indexed by dense id.
 *
 * <p>Built at start-up: {@link #add(String, String)} assigns the next id ({@code 0, 1, 2...}). Name resolution
 * ({@link #idOf(CharSequence)}) is a map lookup meant to run once at start-up; {@link #byId(int)} is an array read,
 * fit for the hot path.
 *
 * <p>Not thread-safe while being built. Build it on one thread and publish it safely (e.g. before starting the
 * threads that use it); after that, concurrent reads are safe as long as nothing is added.
 */
public final class VenueRegistry {

    private final Map<String, Venue> byName = new HashMap<>();
    private Venue[] byId = new Venue[8];
    private int size;

    /**
     * Creates an empty registry.
     */
    public VenueRegistry() {
    }

    /**
     * Adds a venue with the next dense id.
     *
     * @param name unique, non-empty name without whitespace.
     * @param mic  ISO 10383 market identifier code (four characters {@code A-Z} or {@code 0-9}).
     * @return the new venue, whose id is the previous {@link #size()}.
     * @throws IllegalArgumentException if the name is already registered or any argument is invalid.
     */
    public Venue add(final String name, final String mic) {
        if (name != null && byName.containsKey(name)) {
            throw new IllegalArgumentException("duplicate venue name: " + name);
        }
        final Venue venue = new Venue(size, name, mic);
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size++] = venue;
        byName.put(name, venue);
        return venue;
    }

    /**
     * Returns the venue with a dense id. Allocation-free.
     *
     * @param id dense id in {@code 0..size()-1}.
     * @return the venue.
     * @throws IllegalArgumentException if no venue has this id (ids come from this registry, so this is a
     *                                  programmer error).
     */
    public Venue byId(final int id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("no venue with id " + id + ", size=" + size);
        }
        return byId[id];
    }

    /**
     * Resolves a venue name to its dense id; meant for start-up (allocates when {@code name} is not a
     * {@code String}).
     *
     * @param name venue name to look up.
     * @return the id, or {@link Venue#NULL_VENUE_ID} if the name is not registered.
     */
    public int idOf(final CharSequence name) {
        final Venue venue = byName.get(name.toString());
        return venue == null ? Venue.NULL_VENUE_ID : venue.id();
    }

    /**
     * Returns the number of venues, which is also the next id {@link #add} assigns.
     *
     * @return number of venues.
     */
    public int size() {
        return size;
    }
}
