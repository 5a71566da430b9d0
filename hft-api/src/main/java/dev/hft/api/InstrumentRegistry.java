package dev.hft.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The instruments of one trading process, indexed by dense id.
 *
 * <p>Built at start-up: {@link #add(String, long, long, int)} assigns the next id ({@code 0, 1, 2...}). Symbol
 * resolution ({@link #idOf(CharSequence)}) is a map lookup meant to run once per symbol at start-up (feed handlers map
 * a venue's locate codes to ids then); {@link #byId(int)} is an array read, fit for the hot path.
 *
 * <p>Not thread-safe while being built. Build it on one thread and publish it safely (e.g. before starting the
 * threads that use it); after that, concurrent reads are safe as long as nothing is added.
 */
public final class InstrumentRegistry {

    private final Map<String, Instrument> bySymbol = new HashMap<>();
    private Instrument[] byId = new Instrument[16];
    private int size;

    /**
     * Creates an empty registry.
     */
    public InstrumentRegistry() {
    }

    /**
     * Adds an instrument with the next dense id.
     *
     * @param symbol        unique, non-empty symbol without whitespace.
     * @param tickSizeFixed positive fixed-point tick size, a whole number of native price units.
     * @param lotSize       positive lot size in base units.
     * @param priceDecimals implied decimals of the feed's native prices, 0 to {@link FixedPoint#DECIMALS}.
     * @return the new instrument, whose id is the previous {@link #size()}.
     * @throws IllegalArgumentException if the symbol is already registered or any argument is invalid.
     */
    public Instrument add(final String symbol, final long tickSizeFixed, final long lotSize, final int priceDecimals) {
        if (symbol != null && bySymbol.containsKey(symbol)) {
            throw new IllegalArgumentException("duplicate instrument symbol: " + symbol);
        }
        final Instrument instrument = new Instrument(size, symbol, tickSizeFixed, lotSize, priceDecimals);
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size++] = instrument;
        bySymbol.put(symbol, instrument);
        return instrument;
    }

    /**
     * Returns the instrument with a dense id. Allocation-free.
     *
     * @param id dense id in {@code 0..size()-1}.
     * @return the instrument.
     * @throws IllegalArgumentException if no instrument has this id (ids come from this registry, so this is a
     *                                  programmer error).
     */
    public Instrument byId(final int id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("no instrument with id " + id + ", size=" + size);
        }
        return byId[id];
    }

    /**
     * Resolves a symbol to its dense id; meant for start-up (allocates when {@code symbol} is not a {@code String}).
     *
     * @param symbol symbol to look up.
     * @return the id, or {@link Instrument#NULL_INSTRUMENT_ID} if the symbol is not registered.
     */
    public int idOf(final CharSequence symbol) {
        final Instrument instrument = bySymbol.get(symbol.toString());
        return instrument == null ? Instrument.NULL_INSTRUMENT_ID : instrument.id();
    }

    /**
     * Returns the number of instruments, which is also the next id {@link #add} assigns.
     *
     * @return number of instruments.
     */
    public int size() {
        return size;
    }
}
