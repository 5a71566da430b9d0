package dev.hft.api;

import org.junit.jupiter.api.Test;

import static dev.hft.api.FixedPoint.NULL_PRICE;
import static dev.hft.api.FixedPoint.SCALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentRegistryTest {

    private static final long CENT = SCALE / 100;

    private final InstrumentRegistry registry = new InstrumentRegistry();

    @Test
    void shouldAssignDenseIdsInOrder() {
        final Instrument aapl = registry.add("AAPL", CENT, 1, 4);
        final Instrument msft = registry.add("MSFT", CENT, 1, 4);
        final Instrument es = registry.add("ESZ5", 25 * CENT, 1, 2);

        assertEquals(0, aapl.id());
        assertEquals(1, msft.id());
        assertEquals(2, es.id());
        assertEquals(3, registry.size());
        assertSame(aapl, registry.byId(0));
        assertSame(es, registry.byId(2));
    }

    @Test
    void shouldResolveSymbolsToIds() {
        registry.add("AAPL", CENT, 1, 4);
        registry.add("MSFT", CENT, 1, 4);

        assertEquals(1, registry.idOf("MSFT"));
        assertEquals(0, registry.idOf(new StringBuilder("AAPL")));
        assertEquals(Instrument.NULL_INSTRUMENT_ID, registry.idOf("GOOG"));
        assertEquals(Instrument.NULL_INSTRUMENT_ID, registry.idOf("aapl"));
        assertEquals(-1, Instrument.NULL_INSTRUMENT_ID);
    }

    @Test
    void shouldRejectDuplicateSymbolsWithoutConsumingAnId() {
        registry.add("AAPL", CENT, 1, 4);
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT, 100, 4));
        assertEquals(1, registry.size());
        assertEquals(1, registry.add("MSFT", CENT, 1, 4).id());
    }

    @Test
    void shouldRejectInvalidReferenceData() {
        assertThrows(IllegalArgumentException.class, () -> registry.add(null, CENT, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("", CENT, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("BRK A", CENT, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", 0, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", -CENT, 1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT / 10, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> registry.add("AAPL", CENT, 1, 9));
        assertEquals(0, registry.size());
    }

    @Test
    void shouldRejectIdsOutsideTheRegistry() {
        registry.add("AAPL", CENT, 1, 4);
        assertThrows(IllegalArgumentException.class, () -> registry.byId(1));
        assertThrows(IllegalArgumentException.class, () -> registry.byId(Instrument.NULL_INSTRUMENT_ID));
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, registry.add("SYM" + i, CENT, 1, 4).id());
        }
        assertEquals(1000, registry.size());
        assertEquals("SYM999", registry.byId(999).symbol());
        assertEquals(500, registry.idOf("SYM500"));
    }

    @Test
    void shouldConvertNativeFeedPrices() {
        final Instrument aapl = registry.add("AAPL", CENT, 1, 4);

        assertEquals(12_345_000_000L, aapl.toFixedPrice(1_234_500L));
        assertEquals(1_234_500L, aapl.toNativePrice(12_345_000_000L));
        assertEquals(-1_234_500L, aapl.toNativePrice(-12_345_000_000L));
        assertEquals(NULL_PRICE, aapl.toNativePrice(12_345_600_001L));
        assertEquals(NULL_PRICE, aapl.toNativePrice(NULL_PRICE));
        assertEquals(NULL_PRICE, aapl.toFixedPrice(Long.MAX_VALUE));
        assertEquals(NULL_PRICE, aapl.toFixedPrice(Long.MIN_VALUE));
    }

    @Test
    void shouldConvertWithEveryPriceScale() {
        for (int decimals = 0; decimals <= FixedPoint.DECIMALS; decimals++) {
            final Instrument instrument = registry.add("D" + decimals, SCALE, 1, decimals);
            assertEquals(decimals, instrument.priceDecimals());
            assertEquals(FixedPoint.fromScaled(987_654_321L, decimals), instrument.toFixedPrice(987_654_321L));
            assertEquals(987_654_321L, instrument.toNativePrice(instrument.toFixedPrice(987_654_321L)));
        }
    }

    @Test
    void shouldValidatePricesAgainstTheTick() {
        final Instrument aapl = registry.add("AAPL", CENT, 1, 4);

        assertTrue(aapl.isValidPrice(101 * CENT));
        assertTrue(aapl.isValidPrice(-101 * CENT));
        assertTrue(aapl.isValidPrice(0));
        assertFalse(aapl.isValidPrice(100_500_000L));
        assertFalse(aapl.isValidPrice(NULL_PRICE));
    }

    @Test
    void shouldValidateQuantitiesAgainstTheLot() {
        final Instrument lots = registry.add("7203", SCALE, 100, 0);

        assertTrue(lots.isValidQuantity(100));
        assertTrue(lots.isValidQuantity(2_500));
        assertFalse(lots.isValidQuantity(150));
        assertFalse(lots.isValidQuantity(0));
        assertFalse(lots.isValidQuantity(-100));
        assertEquals(100, lots.lotSize());
    }

    @Test
    void shouldCompareByValue() {
        final Instrument aapl = registry.add("AAPL", CENT, 1, 4);
        final Instrument same = new InstrumentRegistry().add("AAPL", CENT, 1, 4);
        final Instrument other = new InstrumentRegistry().add("AAPL", CENT, 100, 4);

        assertEquals(aapl, same);
        assertEquals(aapl.hashCode(), same.hashCode());
        assertNotEquals(aapl, other);
        assertNotEquals(aapl, registry.add("MSFT", CENT, 1, 4));
        assertEquals("Instrument{id=0, symbol=AAPL, tickSize=0.01, lotSize=1, priceDecimals=4}", aapl.toString());
        assertEquals(CENT, aapl.tickSizeFixed());
    }
}
