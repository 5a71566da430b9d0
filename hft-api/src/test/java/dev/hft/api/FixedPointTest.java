package dev.hft.api;

import java.math.BigInteger;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.hft.api.FixedPoint.MAX_VALUE;
import static dev.hft.api.FixedPoint.MIN_VALUE;
import static dev.hft.api.FixedPoint.NULL_PRICE;
import static dev.hft.api.FixedPoint.SCALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedPointTest {

    private static final long CENT = SCALE / 100;

    @Test
    void shouldDefineOneScaleConstant() {
        assertEquals(8, FixedPoint.DECIMALS);
        assertEquals(100_000_000L, SCALE);
        assertEquals(BigInteger.TEN.pow(FixedPoint.DECIMALS).longValueExact(), SCALE);
        assertEquals(Long.MIN_VALUE, NULL_PRICE);
        assertEquals(-MAX_VALUE, MIN_VALUE);
        assertEquals(FixedPoint.format(MIN_VALUE).length(), FixedPoint.MAX_FORMATTED_LENGTH);
    }

    @Test
    void shouldParseDecimalText() {
        assertEquals(12_345_000_000L, FixedPoint.parse("123.45"));
        assertEquals(0L, FixedPoint.parse("0"));
        assertEquals(0L, FixedPoint.parse("-0"));
        assertEquals(0L, FixedPoint.parse("0.00000000"));
        assertEquals(SCALE, FixedPoint.parse("+1"));
        assertEquals(-SCALE / 2, FixedPoint.parse("-0.5"));
        assertEquals(1L, FixedPoint.parse("0.00000001"));
        assertEquals(-1L, FixedPoint.parse("-0.00000001"));
        assertEquals(150_000_000L, FixedPoint.parse("0000000000000000000000001.5"));
        assertEquals(10_000_001L, FixedPoint.parse("0.10000001"));
    }

    @Test
    void shouldParseTheWholeRange() {
        assertEquals(MAX_VALUE, FixedPoint.parse("92233720368.54775807"));
        assertEquals(MIN_VALUE, FixedPoint.parse("-92233720368.54775807"));
        assertEquals(92_233_720_368L * SCALE, FixedPoint.parse("92233720368"));
    }

    @Test
    void shouldAcceptExtraFractionDigitsOnlyWhenZero() {
        assertEquals(123_456_789L, FixedPoint.parse("1.23456789"));
        assertEquals(123_456_789L, FixedPoint.parse("1.234567890"));
        assertEquals(SCALE, FixedPoint.parse("1.000000000000000000000"));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse("1.234567891"));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse("0.000000001"));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse("0.0000000001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "92233720368.54775808", "-92233720368.54775808", "92233720369", "-92233720369",
        "100000000000", "99999999999999999999999999", "-99999999999999999999999999"})
    void shouldRejectValuesOutsideTheRange(final String text) {
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse(text));
        assertEquals(NULL_PRICE, FixedPoint.parseOrNull(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "-", "+", ".", "-.", "1.", ".5", "-.5", " 1", "1 ", "1.5x", "x1", "1e5", "1E5", "1,000", "1_000", "--1",
        "+-1", "-+1", "1..2", "1.2.3", "null", "Null", "NULL ", "NaN", "Infinity", "0x10", "\u0661", "1\u0662"})
    void shouldRejectMalformedText(final String text) {
        final IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> FixedPoint.parse(text));
        assertTrue(error.getMessage().contains("'" + text + "'"), error.getMessage());
        assertEquals(NULL_PRICE, FixedPoint.parseOrNull(text));
    }

    @Test
    void shouldParseNullText() {
        assertEquals(NULL_PRICE, FixedPoint.parse("NULL"));
        assertEquals(NULL_PRICE, FixedPoint.parseOrNull("NULL"));
    }

    @Test
    void shouldParseARangeOfCharacters() {
        final StringBuilder text = new StringBuilder("px=12.5;");
        assertEquals(1_250_000_000L, FixedPoint.parse(text, 3, 7));
        assertEquals(1_250_000_000L, FixedPoint.parseOrNull(text, 3, 7));
        assertEquals(NULL_PRICE, FixedPoint.parseOrNull(text, 3, 8));
        assertEquals(NULL_PRICE, FixedPoint.parseOrNull(text, 3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> FixedPoint.parseOrNull(text, 3, 9));
        assertThrows(IndexOutOfBoundsException.class, () -> FixedPoint.parse(text, -1, 2));
    }

    @Test
    void shouldFormatShortestExactText() {
        assertEquals("123.45", FixedPoint.format(12_345_000_000L));
        assertEquals("100", FixedPoint.format(100 * SCALE));
        assertEquals("10", FixedPoint.format(10 * SCALE));
        assertEquals("0", FixedPoint.format(0));
        assertEquals("-0.5", FixedPoint.format(-SCALE / 2));
        assertEquals("0.00000001", FixedPoint.format(1));
        assertEquals("-0.00000001", FixedPoint.format(-1));
        assertEquals("0.10000001", FixedPoint.format(10_000_001L));
        assertEquals("0.0001", FixedPoint.format(10_000L));
        assertEquals("92233720368.54775807", FixedPoint.format(MAX_VALUE));
        assertEquals("-92233720368.54775807", FixedPoint.format(MIN_VALUE));
        assertEquals("NULL", FixedPoint.format(NULL_PRICE));
    }

    @Test
    void shouldAppendToExistingContentAndReturnLength() {
        final StringBuilder builder = new StringBuilder("px=");
        assertEquals(5, FixedPoint.appendTo(-1_250_000_000L, builder));
        assertEquals(4, FixedPoint.appendTo(NULL_PRICE, builder.append(' ')));
        assertEquals("px=-12.5 NULL", builder.toString());
    }

    @Test
    void shouldConvertFromDoubleRoundingToNearest() {
        assertEquals(12_345_000_000L, FixedPoint.fromDouble(123.45));
        assertEquals(-SCALE / 2, FixedPoint.fromDouble(-0.5));
        assertEquals(1L, FixedPoint.fromDouble(0.00000001));
        assertEquals(123_456_789L, FixedPoint.fromDouble(1.234567891));
        assertEquals(123_456_790L, FixedPoint.fromDouble(1.234567896));
        assertEquals(-123_456_790L, FixedPoint.fromDouble(-1.234567896));
        assertEquals(0L, FixedPoint.fromDouble(-0.0));
    }

    @Test
    void shouldConvertUnrepresentableDoublesToNull() {
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(Double.NaN));
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(Double.POSITIVE_INFINITY));
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(Double.NEGATIVE_INFINITY));
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(1e11));
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(-1e11));
        assertEquals(NULL_PRICE, FixedPoint.fromDouble(-92233720368.54775808));
    }

    @Test
    void shouldConvertToDouble() {
        assertEquals(123.45, FixedPoint.toDouble(12_345_000_000L));
        assertEquals(-0.5, FixedPoint.toDouble(-SCALE / 2));
        assertTrue(Double.isNaN(FixedPoint.toDouble(NULL_PRICE)));
    }

    @Test
    void shouldWidenVenueNativePrices() {
        assertEquals(12_345_000_000L, FixedPoint.fromScaled(1_234_500L, 4));
        assertEquals(5 * SCALE, FixedPoint.fromScaled(5, 0));
        assertEquals(777L, FixedPoint.fromScaled(777L, 8));
        assertEquals(-12_345_000_000L, FixedPoint.fromScaled(-1_234_500L, 4));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(Long.MAX_VALUE, 0));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(Long.MAX_VALUE / 10_000L + 1, 4));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(Long.MIN_VALUE, 4));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(Long.MIN_VALUE, 8));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(Long.MIN_VALUE, 12));
    }

    @Test
    void shouldNarrowVenueNativePricesHalfEvenByDefault() {
        assertEquals(1_234_567_890L, FixedPoint.fromScaled(123_456_789_012L, 10));
        assertEquals(2L, FixedPoint.fromScaled(15L, 9));
        assertEquals(2L, FixedPoint.fromScaled(25L, 9));
        assertEquals(3L, FixedPoint.fromScaled(26L, 9));
        assertEquals(-2L, FixedPoint.fromScaled(-15L, 9));
        assertEquals(-2L, FixedPoint.fromScaled(-25L, 9));
        assertEquals(1L, FixedPoint.fromScaled(15L, 9, RoundingMode.FLOOR));
        assertEquals(-2L, FixedPoint.fromScaled(-15L, 9, RoundingMode.FLOOR));
        assertEquals(2L, FixedPoint.fromScaled(11L, 9, RoundingMode.CEILING));
        assertEquals(3L, FixedPoint.fromScaled(25L, 9, RoundingMode.HALF_UP));
        assertEquals(NULL_PRICE, FixedPoint.fromScaled(15L, 9, RoundingMode.UNNECESSARY));
        assertEquals(2L, FixedPoint.fromScaled(20L, 9, RoundingMode.UNNECESSARY));
    }

    @Test
    void shouldConvertToVenueNativePrices() {
        assertEquals(1_234_500L, FixedPoint.toScaled(12_345_000_000L, 4));
        assertEquals(1_234_568L, FixedPoint.toScaled(12_345_678_950L, 4));
        assertEquals(1_234_568L, FixedPoint.toScaled(12_345_678_500L, 4));
        assertEquals(1_234_567L, FixedPoint.toScaled(12_345_678_950L, 4, RoundingMode.DOWN));
        assertEquals(NULL_PRICE, FixedPoint.toScaled(12_345_678_950L, 4, RoundingMode.UNNECESSARY));
        assertEquals(1_234_500L, FixedPoint.toScaled(12_345_000_000L, 4, RoundingMode.UNNECESSARY));
        assertEquals(10_000_000_000L, FixedPoint.toScaled(1L, 18));
        assertEquals(NULL_PRICE, FixedPoint.toScaled(MAX_VALUE, 10));
        assertEquals(NULL_PRICE, FixedPoint.toScaled(NULL_PRICE, 4));
        assertEquals(NULL_PRICE, FixedPoint.toScaled(NULL_PRICE, 8));
    }

    @Test
    void shouldRejectUnsupportedDecimals() {
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.fromScaled(1, -1));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.fromScaled(1, 19));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.toScaled(1, -1));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.toScaled(1, 19));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.powerOfTen(19));
        assertEquals(1_000_000_000_000_000_000L, FixedPoint.powerOfTen(18));
    }

    @Test
    void shouldDivideWithEveryRoundingMode() {
        assertEquals(2L, FixedPoint.divide(5, 2, RoundingMode.HALF_EVEN));
        assertEquals(3L, FixedPoint.divide(5, 2, RoundingMode.HALF_UP));
        assertEquals(2L, FixedPoint.divide(5, 2, RoundingMode.HALF_DOWN));
        assertEquals(-3L, FixedPoint.divide(-5, 2, RoundingMode.FLOOR));
        assertEquals(-2L, FixedPoint.divide(-5, 2, RoundingMode.CEILING));
        assertEquals(-3L, FixedPoint.divide(-5, 2, RoundingMode.UP));
        assertEquals(-2L, FixedPoint.divide(-5, 2, RoundingMode.DOWN));
        assertEquals(NULL_PRICE, FixedPoint.divide(-5, 2, RoundingMode.UNNECESSARY));
        assertEquals(MAX_VALUE, FixedPoint.divide(MAX_VALUE, 1, RoundingMode.UNNECESSARY));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.divide(5, 0, RoundingMode.DOWN));
    }

    @Test
    void shouldRoundToTick() {
        final long price = 100_500_000L; // 1.005, half way between 1.00 and 1.01
        assertEquals(100 * CENT, FixedPoint.roundDownToTick(price, CENT));
        assertEquals(101 * CENT, FixedPoint.roundUpToTick(price, CENT));
        assertEquals(100 * CENT, FixedPoint.roundToNearestTick(price, CENT));
        assertEquals(102 * CENT, FixedPoint.roundToNearestTick(101_500_000L, CENT));
        assertEquals(101 * CENT, FixedPoint.roundToNearestTick(100_600_000L, CENT));
        assertEquals(100 * CENT, FixedPoint.roundToNearestTick(100_400_000L, CENT));
        assertEquals(101 * CENT, FixedPoint.roundDownToTick(101 * CENT, CENT));
        assertEquals(101 * CENT, FixedPoint.roundUpToTick(101 * CENT, CENT));
        assertEquals(101 * CENT, FixedPoint.roundToNearestTick(101 * CENT, CENT));
    }

    @Test
    void shouldRoundNegativePricesToTick() {
        assertEquals(-101 * CENT, FixedPoint.roundDownToTick(-100_500_000L, CENT));
        assertEquals(-100 * CENT, FixedPoint.roundUpToTick(-100_500_000L, CENT));
        assertEquals(-100 * CENT, FixedPoint.roundToNearestTick(-100_500_000L, CENT));
        assertEquals(-102 * CENT, FixedPoint.roundToNearestTick(-101_500_000L, CENT));
        assertEquals(-100 * CENT, FixedPoint.roundToNearestTick(-100_400_000L, CENT));
        assertEquals(-101 * CENT, FixedPoint.roundToNearestTick(-100_600_000L, CENT));
        assertEquals(-CENT, FixedPoint.roundDownToTick(-1L, CENT));
        assertEquals(0L, FixedPoint.roundUpToTick(-1L, CENT));
        assertEquals(0L, FixedPoint.roundToNearestTick(-SCALE / 200, CENT));
    }

    @Test
    void shouldRoundToNonDecimalTicks() {
        final long nickel = 5 * CENT;
        assertEquals(105 * CENT, FixedPoint.roundDownToTick(107 * CENT, nickel));
        assertEquals(110 * CENT, FixedPoint.roundUpToTick(107 * CENT, nickel));
        assertEquals(105 * CENT, FixedPoint.roundToNearestTick(107 * CENT, nickel));
        assertEquals(110 * CENT, FixedPoint.roundToNearestTick(107 * CENT + CENT / 2, nickel));
        assertEquals(100 * CENT, FixedPoint.roundToNearestTick(102 * CENT + CENT / 2, nickel));
    }

    @Test
    void shouldReturnNullWhenTheRoundedPriceDoesNotFit() {
        assertEquals(NULL_PRICE, FixedPoint.roundDownToTick(MIN_VALUE, 10));
        assertEquals(MIN_VALUE + 7, FixedPoint.roundUpToTick(MIN_VALUE, 10));
        assertEquals(NULL_PRICE, FixedPoint.roundToNearestTick(MIN_VALUE, 10));
        assertEquals(NULL_PRICE, FixedPoint.roundUpToTick(MAX_VALUE, 10));
        assertEquals(MAX_VALUE - 7, FixedPoint.roundDownToTick(MAX_VALUE, 10));
        assertEquals(NULL_PRICE, FixedPoint.roundToNearestTick(MAX_VALUE, 10));
        assertEquals(MAX_VALUE, FixedPoint.roundUpToTick(MAX_VALUE, 1));
        assertEquals(MIN_VALUE, FixedPoint.roundDownToTick(MIN_VALUE, MAX_VALUE));
        assertEquals(0L, FixedPoint.roundDownToTick(MAX_VALUE - 1, MAX_VALUE));
        assertEquals(MAX_VALUE, FixedPoint.roundUpToTick(1, MAX_VALUE));
    }

    @Test
    void shouldPropagateNullPriceThroughTickRounding() {
        assertEquals(NULL_PRICE, FixedPoint.roundDownToTick(NULL_PRICE, CENT));
        assertEquals(NULL_PRICE, FixedPoint.roundUpToTick(NULL_PRICE, CENT));
        assertEquals(NULL_PRICE, FixedPoint.roundToNearestTick(NULL_PRICE, CENT));
        assertFalse(FixedPoint.isOnTick(NULL_PRICE, CENT));
        assertFalse(FixedPoint.isOnTick(NULL_PRICE, 1));
    }

    @Test
    void shouldRejectNonPositiveTicks() {
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.roundDownToTick(SCALE, 0));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.roundUpToTick(SCALE, -CENT));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.roundToNearestTick(SCALE, 0));
        assertThrows(IllegalArgumentException.class, () -> FixedPoint.isOnTick(SCALE, 0));
    }

    @Test
    void shouldTellWhetherAPriceIsOnTick() {
        assertTrue(FixedPoint.isOnTick(0, CENT));
        assertTrue(FixedPoint.isOnTick(101 * CENT, CENT));
        assertTrue(FixedPoint.isOnTick(-101 * CENT, CENT));
        assertFalse(FixedPoint.isOnTick(100_500_000L, CENT));
        assertFalse(FixedPoint.isOnTick(-100_500_000L, CENT));
        assertTrue(FixedPoint.isOnTick(MIN_VALUE, 1));
    }

    @Test
    void shouldComputeNotional() {
        assertEquals(1_234_500_000_000L, FixedPoint.notional(12_345_000_000L, 100));
        assertEquals(-1_234_500_000_000L, FixedPoint.notional(12_345_000_000L, -100));
        assertEquals(-1_234_500_000_000L, FixedPoint.notional(-12_345_000_000L, 100));
        assertEquals(0L, FixedPoint.notional(12_345_000_000L, 0));
        assertEquals(MAX_VALUE, FixedPoint.notional(MAX_VALUE, 1));
        assertEquals(MIN_VALUE, FixedPoint.notional(MAX_VALUE, -1));
    }

    @Test
    void shouldSaturateNotionalInsteadOfOverflowing() {
        assertNotionalMatchesOracle(MAX_VALUE, 2);
        assertNotionalMatchesOracle(MAX_VALUE, -2);
        assertNotionalMatchesOracle(MIN_VALUE, 2);
        assertNotionalMatchesOracle(MIN_VALUE, -2);
        assertNotionalMatchesOracle(1_000_000 * SCALE, 1_000_000_000L);
        assertNotionalMatchesOracle(-1_000_000 * SCALE, 1_000_000_000L);
        assertNotionalMatchesOracle(1L, Long.MIN_VALUE);
        assertNotionalMatchesOracle(-1L, Long.MIN_VALUE);
        assertNotionalMatchesOracle(MAX_VALUE, Long.MAX_VALUE);
        assertNotionalMatchesOracle(MIN_VALUE, Long.MAX_VALUE);
        assertNotionalMatchesOracle(3_037_000_499L, 3_037_000_499L);
        assertNotionalMatchesOracle(3_037_000_500L, 3_037_000_500L);
        assertEquals(MAX_VALUE, FixedPoint.notional(MAX_VALUE, 2));
        assertEquals(MIN_VALUE, FixedPoint.notional(MAX_VALUE, -2));
        assertEquals(MIN_VALUE, FixedPoint.notional(1L, Long.MIN_VALUE));
        assertEquals(MAX_VALUE, FixedPoint.notional(-1L, Long.MIN_VALUE));
    }

    @Test
    void shouldTreatNotionalOfAnAbsentPriceAsPastEveryLimit() {
        assertEquals(MAX_VALUE, FixedPoint.notional(NULL_PRICE, 100));
        assertEquals(MAX_VALUE, FixedPoint.notional(NULL_PRICE, -100));
        assertEquals(MAX_VALUE, FixedPoint.notional(NULL_PRICE, 0));
        assertEquals(MAX_VALUE, Math.abs(FixedPoint.notional(MAX_VALUE, -2)));
    }

    @Test
    void shouldMultiplyFixedPointValuesRoundingHalfEven() {
        assertEquals(3 * SCALE, FixedPoint.multiply(SCALE + SCALE / 2, 2 * SCALE));
        assertEquals(-3 * SCALE, FixedPoint.multiply(-(SCALE + SCALE / 2), 2 * SCALE));
        assertEquals(0L, FixedPoint.multiply(1L, SCALE / 2));
        assertEquals(2L, FixedPoint.multiply(3L, SCALE / 2));
        assertEquals(-2L, FixedPoint.multiply(-3L, SCALE / 2));
        assertEquals(2L, FixedPoint.multiply(5L, SCALE / 2));
        assertEquals(12_345L, FixedPoint.multiply(12_345_000_000L, 100L));
        assertEquals(MAX_VALUE, FixedPoint.multiply(MAX_VALUE, SCALE));
        assertEquals(MIN_VALUE, FixedPoint.multiply(MIN_VALUE, SCALE));
        assertEquals(4_611_686_018_427_387_904L, FixedPoint.multiply(MAX_VALUE, SCALE / 2));
    }

    @Test
    void shouldSaturateMultiplyInsteadOfOverflowing() {
        assertEquals(MAX_VALUE, FixedPoint.multiply(MAX_VALUE, 2 * SCALE));
        assertEquals(MIN_VALUE, FixedPoint.multiply(MAX_VALUE, -2 * SCALE));
        assertEquals(MAX_VALUE, FixedPoint.multiply(MAX_VALUE, MAX_VALUE));
        assertEquals(MAX_VALUE, FixedPoint.multiply(MIN_VALUE, MIN_VALUE));
        assertEquals(MAX_VALUE, FixedPoint.multiply(MAX_VALUE, SCALE + 1));
        assertEquals(MAX_VALUE - 1, FixedPoint.multiply(MAX_VALUE - 1, SCALE));
    }

    @Test
    void shouldPropagateNullPriceThroughMultiplyAndAdd() {
        assertEquals(NULL_PRICE, FixedPoint.multiply(NULL_PRICE, SCALE));
        assertEquals(NULL_PRICE, FixedPoint.multiply(SCALE, NULL_PRICE));
        assertEquals(NULL_PRICE, FixedPoint.addSaturated(NULL_PRICE, 1));
        assertEquals(NULL_PRICE, FixedPoint.addSaturated(1, NULL_PRICE));
    }

    @Test
    void shouldAddSaturated() {
        assertEquals(3L, FixedPoint.addSaturated(1, 2));
        assertEquals(-1L, FixedPoint.addSaturated(1, -2));
        assertEquals(MAX_VALUE, FixedPoint.addSaturated(MAX_VALUE, 1));
        assertEquals(MAX_VALUE, FixedPoint.addSaturated(MAX_VALUE, MAX_VALUE));
        assertEquals(MIN_VALUE, FixedPoint.addSaturated(MIN_VALUE, -1));
        assertEquals(MIN_VALUE, FixedPoint.addSaturated(MIN_VALUE, MIN_VALUE));
        assertEquals(0L, FixedPoint.addSaturated(MAX_VALUE, MIN_VALUE));
        assertEquals(MAX_VALUE - 1, FixedPoint.addSaturated(MAX_VALUE, -1));
    }

    private static void assertNotionalMatchesOracle(final long priceFixed, final long quantity) {
        assertEquals(
            FixedPointPropertyTest.clamp(BigInteger.valueOf(priceFixed).multiply(BigInteger.valueOf(quantity))),
            FixedPoint.notional(priceFixed, quantity),
            () -> "notional(" + priceFixed + ", " + quantity + ")");
    }
}
