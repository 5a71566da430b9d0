package dev.hft.api;

/**
 * Immutable reference data of one tradable instrument, identified on every hot path by its dense {@link #id()}.
 *
 * <p>Instruments are created at start-up by {@link InstrumentRegistry#add(String, long, long, int)}, which assigns
 * ids {@code 0..n-1}; symbols are resolved to ids once, never per message. Prices are {@link FixedPoint} values;
 * quantities are counts of the instrument's base unit (shares, contracts).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Instrument {

    /** Instrument id meaning "no instrument" or "every instrument" where a method says so. */
    public static final int NULL_INSTRUMENT_ID = -1;

    private final int id;
    private final String symbol;
    private final long tickSizeFixed;
    private final long lotSize;
    private final int priceDecimals;
    private final long nativeMultiplier;

    /**
     * Creates an instrument after validating its reference data; used by {@link InstrumentRegistry}.
     *
     * @param id            dense id, {@code >= 0}.
     * @param symbol        non-empty symbol without whitespace.
     * @param tickSizeFixed positive fixed-point tick size, a whole number of native price units.
     * @param lotSize       positive lot size; order quantities must be multiples of it.
     * @param priceDecimals implied decimals of the feed's native prices, 0 to {@link FixedPoint#DECIMALS}.
     * @throws IllegalArgumentException if any argument is invalid.
     */
    Instrument(final int id, final String symbol, final long tickSizeFixed, final long lotSize,
        final int priceDecimals) {
        if (id < 0) {
            throw new IllegalArgumentException("id must be >= 0: " + id);
        }
        if (symbol == null || symbol.isEmpty() || symbol.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("symbol must be non-empty without whitespace: '" + symbol + "'");
        }
        if (priceDecimals < 0 || priceDecimals > FixedPoint.DECIMALS) {
            throw new IllegalArgumentException(symbol + ": priceDecimals must be in 0.." + FixedPoint.DECIMALS
                + ": " + priceDecimals);
        }
        final long multiplier = FixedPoint.powerOfTen(FixedPoint.DECIMALS - priceDecimals);
        if (tickSizeFixed <= 0 || tickSizeFixed % multiplier != 0) {
            throw new IllegalArgumentException(symbol + ": tick size must be positive and a multiple of 10^-"
                + priceDecimals + ": " + FixedPoint.format(tickSizeFixed));
        }
        if (lotSize <= 0) {
            throw new IllegalArgumentException(symbol + ": lot size must be positive: " + lotSize);
        }
        this.id = id;
        this.symbol = symbol;
        this.tickSizeFixed = tickSizeFixed;
        this.lotSize = lotSize;
        this.priceDecimals = priceDecimals;
        this.nativeMultiplier = multiplier;
    }

    /**
     * Returns the dense id of this instrument.
     *
     * @return id in {@code 0..registry.size()-1}.
     */
    public int id() {
        return id;
    }

    /**
     * Returns the symbol.
     *
     * @return symbol as configured.
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Returns the minimum price increment.
     *
     * @return positive fixed-point tick size.
     */
    public long tickSizeFixed() {
        return tickSizeFixed;
    }

    /**
     * Returns the quantity every order quantity must be a multiple of.
     *
     * @return positive lot size in base units.
     */
    public long lotSize() {
        return lotSize;
    }

    /**
     * Returns the implied decimals of the feed's native prices (4 for ITCH 5.0 equities).
     *
     * @return decimals in {@code 0..FixedPoint.DECIMALS}.
     */
    public int priceDecimals() {
        return priceDecimals;
    }

    /**
     * Converts a native feed price to fixed-point with a precomputed multiplier. Allocation-free.
     *
     * @param nativePrice price as an integer with {@link #priceDecimals()} implied decimals.
     * @return the fixed-point price, or {@link FixedPoint#NULL_PRICE} if it does not fit (or {@code nativePrice} is
     *         {@code Long.MIN_VALUE}).
     */
    public long toFixedPrice(final long nativePrice) {
        final long low = nativePrice * nativeMultiplier;
        if (Math.multiplyHigh(nativePrice, nativeMultiplier) != (low >> 63)) {
            return FixedPoint.NULL_PRICE;
        }
        return low;
    }

    /**
     * Converts a fixed-point price to the native integer with {@link #priceDecimals()} implied decimals. Never
     * rounds: a limit price that is not exactly representable is refused rather than silently moved.
     * Allocation-free.
     *
     * @param priceFixed fixed-point price.
     * @return the native price, or {@link FixedPoint#NULL_PRICE} if {@code priceFixed} is {@code NULL_PRICE} or has
     *         digits beyond {@link #priceDecimals()}.
     */
    public long toNativePrice(final long priceFixed) {
        if (priceFixed == FixedPoint.NULL_PRICE || priceFixed % nativeMultiplier != 0) {
            return FixedPoint.NULL_PRICE;
        }
        return priceFixed / nativeMultiplier;
    }

    /**
     * Tells whether a price is on this instrument's tick. The sign is not checked: whether negative prices are
     * allowed (spreads, some futures) is a risk policy. Allocation-free.
     *
     * @param priceFixed fixed-point price.
     * @return {@code true} if the price is a multiple of the tick; {@code false} for {@link FixedPoint#NULL_PRICE}.
     */
    public boolean isValidPrice(final long priceFixed) {
        return priceFixed != FixedPoint.NULL_PRICE && priceFixed % tickSizeFixed == 0;
    }

    /**
     * Tells whether an order quantity is positive and a multiple of the lot size. Allocation-free.
     *
     * @param quantity order quantity in base units.
     * @return {@code true} if valid.
     */
    public boolean isValidQuantity(final long quantity) {
        return quantity > 0 && quantity % lotSize == 0;
    }

    @Override
    public boolean equals(final Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Instrument)) {
            return false;
        }
        final Instrument that = (Instrument) other;
        return id == that.id && tickSizeFixed == that.tickSizeFixed && lotSize == that.lotSize
            && priceDecimals == that.priceDecimals && symbol.equals(that.symbol);
    }

    @Override
    public int hashCode() {
        int result = id;
        result = 31 * result + symbol.hashCode();
        result = 31 * result + Long.hashCode(tickSizeFixed);
        result = 31 * result + Long.hashCode(lotSize);
        return 31 * result + priceDecimals;
    }

    @Override
    public String toString() {
        return "Instrument{id=" + id + ", symbol=" + symbol + ", tickSize=" + FixedPoint.format(tickSizeFixed)
            + ", lotSize=" + lotSize + ", priceDecimals=" + priceDecimals + '}';
    }
}
