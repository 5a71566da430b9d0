package dev.hft.engine.config;

import dev.hft.api.FixedPoint;
import net.openhft.chronicle.wire.SelfDescribingMarshallable;
import net.openhft.chronicle.wire.ValueIn;

/**
 * One instrument: its symbol (as the venues' feeds and order entry spell it), tick size, lot size and the number of
 * decimals of its prices on the wire. Its dense id is its position in {@link EngineConfig#instruments()}.
 *
 * <pre>{@code
 * instruments: [ { symbol: AAPL, tickSize: "0.01", lotSize: 1, priceDecimals: 4 } ]
 * }</pre>
 */
public final class InstrumentConfig extends SelfDescribingMarshallable {
    String symbol;
    String tickSize = "0.01";
    long lotSize = 1;
    int priceDecimals = 4;

    /** Creates an empty entry (YAML). */
    public InstrumentConfig() {
    }

    /**
     * Creates an entry in code.
     *
     * @param symbol   the symbol.
     * @param tickSize the tick size, decimal text ({@code "0.01"}).
     * @param lotSize  the lot size, positive.
     */
    public InstrumentConfig(final String symbol, final String tickSize, final long lotSize) {
        this.symbol = symbol;
        this.tickSize = tickSize;
        this.lotSize = lotSize;
    }

    /**
     * Sets the number of price decimals on the wire (ITCH and OUCH: 4).
     *
     * @param decimals {@code 0..8}.
     * @return this.
     */
    public InstrumentConfig priceDecimals(final int decimals) {
        this.priceDecimals = decimals;
        return this;
    }

    /**
     * The symbol.
     *
     * @return the symbol.
     */
    public String symbol() {
        return symbol;
    }

    /**
     * The tick size.
     *
     * @return fixed point.
     */
    public long tickSizeFixed() {
        return FixedPoint.parse(tickSize);
    }

    /**
     * The lot size.
     *
     * @return positive.
     */
    public long lotSize() {
        return lotSize;
    }

    /**
     * The price decimals on the wire.
     *
     * @return {@code 0..8}.
     */
    public int priceDecimals() {
        return priceDecimals;
    }

    void validate(final String key) {
        Strict.require(!Strict.isBlank(symbol), key + ".symbol", "required");
        Strict.require(Strict.fixed(key + ".tickSize", tickSize) > 0, key + ".tickSize", "must be positive: "
            + tickSize);
        Strict.require(lotSize > 0, key + ".lotSize", "must be positive: " + lotSize);
        Strict.require(priceDecimals >= 0 && priceDecimals <= FixedPoint.DECIMALS, key + ".priceDecimals",
            "must be in 0.." + FixedPoint.DECIMALS + ": " + priceDecimals);
    }

    @Override
    public void unexpectedField(final Object event, final ValueIn valueIn) {
        Strict.unknownKey("instruments[]", event, valueIn);
    }
}
