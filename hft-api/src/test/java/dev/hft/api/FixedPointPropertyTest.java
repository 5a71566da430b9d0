package dev.hft.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static dev.hft.api.FixedPoint.MAX_VALUE;
import static dev.hft.api.FixedPoint.MIN_VALUE;
import static dev.hft.api.FixedPoint.NULL_PRICE;
import static dev.hft.api.FixedPoint.SCALE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedPointPropertyTest {

    private static final BigInteger MAX = BigInteger.valueOf(MAX_VALUE);
    private static final BigInteger MIN = BigInteger.valueOf(MIN_VALUE);

    /** The saturation rule as an oracle: clamp an exact result to [MIN_VALUE, MAX_VALUE]. */
    static long clamp(final BigInteger exact) {
        return exact.compareTo(MAX) > 0 ? MAX_VALUE : exact.compareTo(MIN) < 0 ? MIN_VALUE : exact.longValueExact();
    }

    /** The representability rule as an oracle: the exact result, or NULL_PRICE when it is out of range. */
    private static long orNull(final BigInteger exact) {
        return exact.compareTo(MAX) > 0 || exact.compareTo(MIN) < 0 ? NULL_PRICE : exact.longValueExact();
    }

    @Property(tries = 5000)
    void shouldParseWhatItFormats(@ForAll final long value) {
        Assume.that(value != NULL_PRICE);
        assertEquals(value, FixedPoint.parse(FixedPoint.format(value)));
    }

    @Property(tries = 5000)
    void shouldFormatLikeBigDecimal(@ForAll final long value) {
        Assume.that(value != NULL_PRICE);
        final String expected = BigDecimal.valueOf(value, FixedPoint.DECIMALS).stripTrailingZeros().toPlainString();
        assertEquals(expected, FixedPoint.format(value));
    }

    @Property(tries = 2000)
    void shouldParseTextWithTrailingZerosAndSigns(
        @ForAll final long value,
        @ForAll @IntRange(min = 0, max = 4) final int extraZeros) {
        Assume.that(value != NULL_PRICE);
        final String plain = BigDecimal.valueOf(value, FixedPoint.DECIMALS)
            .setScale(FixedPoint.DECIMALS + extraZeros, RoundingMode.UNNECESSARY)
            .toPlainString();
        assertEquals(value, FixedPoint.parse(value >= 0 ? "+" + plain : plain));
    }

    @Property(tries = 5000)
    void shouldComputeNotionalExactlyOrSaturate(@ForAll final long priceFixed, @ForAll final long quantity) {
        Assume.that(priceFixed != NULL_PRICE);
        final BigInteger exact = BigInteger.valueOf(priceFixed).multiply(BigInteger.valueOf(quantity));
        assertEquals(clamp(exact), FixedPoint.notional(priceFixed, quantity));
    }

    @Property(tries = 5000)
    void shouldComputeNotionalExactlyForRealisticValues(
        @ForAll @LongRange(min = -1_000_000_00000000L, max = 1_000_000_00000000L) final long priceFixed,
        @ForAll @LongRange(min = -10_000_000L, max = 10_000_000L) final long quantity) {
        final BigInteger exact = BigInteger.valueOf(priceFixed).multiply(BigInteger.valueOf(quantity));
        assertEquals(clamp(exact), FixedPoint.notional(priceFixed, quantity));
    }

    @Property(tries = 5000)
    void shouldMultiplyLikeBigDecimalHalfEvenOrSaturate(@ForAll final long a, @ForAll final long b) {
        Assume.that(a != NULL_PRICE && b != NULL_PRICE);
        final BigInteger exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
            .divide(BigDecimal.valueOf(SCALE), 0, RoundingMode.HALF_EVEN)
            .toBigIntegerExact();
        assertEquals(clamp(exact), FixedPoint.multiply(a, b));
    }

    @Property(tries = 5000)
    void shouldMultiplySmallFactorsLikeBigDecimal(
        @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) final long a,
        @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) final long b) {
        final BigInteger exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)))
            .divide(BigDecimal.valueOf(SCALE), 0, RoundingMode.HALF_EVEN)
            .toBigIntegerExact();
        assertEquals(clamp(exact), FixedPoint.multiply(a, b));
    }

    @Property(tries = 5000)
    void shouldAddSaturated(@ForAll final long a, @ForAll final long b) {
        Assume.that(a != NULL_PRICE && b != NULL_PRICE);
        assertEquals(clamp(BigInteger.valueOf(a).add(BigInteger.valueOf(b))), FixedPoint.addSaturated(a, b));
    }

    @Property(tries = 5000)
    void shouldDivideLikeBigDecimal(
        @ForAll final long dividend,
        @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) final long divisor,
        @ForAll final RoundingMode mode) {
        Assume.that(dividend != NULL_PRICE);
        final BigDecimal exact = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 40,
            RoundingMode.DOWN);
        final long actual = FixedPoint.divide(dividend, divisor, mode);
        if (mode == RoundingMode.UNNECESSARY) {
            final boolean isExact = dividend % divisor == 0;
            assertEquals(isExact ? dividend / divisor : NULL_PRICE, actual);
        } else {
            assertEquals(exact.setScale(0, mode).longValueExact(), actual);
        }
    }

    @Property(tries = 5000)
    void shouldDivideBySmallDivisorsLikeBigDecimal(
        @ForAll @LongRange(min = -1_000_000L, max = 1_000_000L) final long dividend,
        @ForAll @LongRange(min = 1, max = 1_000L) final long divisor,
        @ForAll final RoundingMode mode) {
        Assume.that(mode != RoundingMode.UNNECESSARY);
        final BigDecimal exact = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 40,
            RoundingMode.DOWN);
        assertEquals(exact.setScale(0, mode).longValueExact(), FixedPoint.divide(dividend, divisor, mode));
    }

    @Property(tries = 5000)
    void shouldConvertFromScaledLikeBigDecimal(
        @ForAll final long value,
        @ForAll @IntRange(min = 0, max = 18) final int decimals,
        @ForAll final RoundingMode mode) {
        Assume.that(value != Long.MIN_VALUE);
        final BigDecimal exact = BigDecimal.valueOf(value, decimals);
        final long actual = FixedPoint.fromScaled(value, decimals, mode);
        assertEquals(oracleRescale(exact, mode), actual);
        if (mode == RoundingMode.HALF_EVEN) {
            assertEquals(actual, FixedPoint.fromScaled(value, decimals));
        }
    }

    @Property(tries = 5000)
    void shouldConvertToScaledLikeBigDecimal(
        @ForAll final long fixed,
        @ForAll @IntRange(min = 0, max = 18) final int decimals,
        @ForAll final RoundingMode mode) {
        Assume.that(fixed != NULL_PRICE);
        final BigDecimal exact = BigDecimal.valueOf(fixed, FixedPoint.DECIMALS).movePointRight(decimals);
        final long actual = FixedPoint.toScaled(fixed, decimals, mode);
        assertEquals(oracleRound(exact, mode), actual);
        if (mode == RoundingMode.HALF_EVEN) {
            assertEquals(actual, FixedPoint.toScaled(fixed, decimals));
        }
    }

    @Property(tries = 2000)
    void shouldRoundTripThroughNativeScale(
        @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) final long nativeValue,
        @ForAll @IntRange(min = 0, max = 8) final int decimals) {
        final long fixed = FixedPoint.fromScaled(nativeValue, decimals);
        assertEquals(nativeValue, FixedPoint.toScaled(fixed, decimals, RoundingMode.UNNECESSARY));
    }

    @Property(tries = 5000)
    void shouldRoundTripThroughDoubleBelowTwoPow51(
        @ForAll @LongRange(min = -(1L << 51) + 1, max = (1L << 51) - 1) final long value) {
        assertEquals(value, FixedPoint.fromDouble(FixedPoint.toDouble(value)));
    }

    @Property(tries = 5000)
    void shouldRoundDownToTickLikeTheOracle(
        @ForAll final long priceFixed,
        @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) final long tickSizeFixed) {
        Assume.that(priceFixed != NULL_PRICE);
        assertEquals(orNull(tickOracle(priceFixed, tickSizeFixed, RoundingMode.FLOOR)),
            FixedPoint.roundDownToTick(priceFixed, tickSizeFixed));
        assertEquals(orNull(tickOracle(priceFixed, tickSizeFixed, RoundingMode.CEILING)),
            FixedPoint.roundUpToTick(priceFixed, tickSizeFixed));
        assertEquals(orNull(tickOracle(priceFixed, tickSizeFixed, RoundingMode.HALF_EVEN)),
            FixedPoint.roundToNearestTick(priceFixed, tickSizeFixed));
    }

    @Property(tries = 5000)
    void shouldRoundToTickWithinOneTickInTheRightDirection(
        @ForAll @LongRange(min = -1_000_000_00000000L, max = 1_000_000_00000000L) final long priceFixed,
        @ForAll @LongRange(min = 1, max = 1_000_00000000L) final long tickSizeFixed) {
        final long down = FixedPoint.roundDownToTick(priceFixed, tickSizeFixed);
        final long up = FixedPoint.roundUpToTick(priceFixed, tickSizeFixed);
        final long nearest = FixedPoint.roundToNearestTick(priceFixed, tickSizeFixed);

        assertTrue(FixedPoint.isOnTick(down, tickSizeFixed));
        assertTrue(FixedPoint.isOnTick(up, tickSizeFixed));
        assertTrue(FixedPoint.isOnTick(nearest, tickSizeFixed));

        assertTrue(down <= priceFixed && priceFixed - down < tickSizeFixed);
        assertTrue(up >= priceFixed && up - priceFixed < tickSizeFixed);
        assertTrue(nearest == down || nearest == up);
        assertTrue(2 * Math.abs(nearest - priceFixed) <= tickSizeFixed);
        assertEquals(FixedPoint.isOnTick(priceFixed, tickSizeFixed), down == up);
        if (2 * (priceFixed - down) == tickSizeFixed) {
            assertEquals(0, Math.floorMod(nearest / tickSizeFixed, 2), "ties go to the even multiple");
        }
    }

    @Property(tries = 2000)
    void shouldRoundNegatedPricesSymmetrically(
        @ForAll @LongRange(min = -1_000_000_00000000L, max = 1_000_000_00000000L) final long priceFixed,
        @ForAll @LongRange(min = 1, max = 1_000_00000000L) final long tickSizeFixed) {
        assertEquals(-FixedPoint.roundDownToTick(priceFixed, tickSizeFixed),
            FixedPoint.roundUpToTick(-priceFixed, tickSizeFixed));
        assertEquals(-FixedPoint.roundToNearestTick(priceFixed, tickSizeFixed),
            FixedPoint.roundToNearestTick(-priceFixed, tickSizeFixed));
    }

    private static BigInteger tickOracle(final long priceFixed, final long tickSizeFixed, final RoundingMode mode) {
        final BigInteger tick = BigInteger.valueOf(tickSizeFixed);
        return new BigDecimal(BigInteger.valueOf(priceFixed))
            .divide(new BigDecimal(tick), 0, mode)
            .toBigIntegerExact()
            .multiply(tick);
    }

    private static long oracleRescale(final BigDecimal exact, final RoundingMode mode) {
        return oracleRound(exact.movePointRight(FixedPoint.DECIMALS), mode);
    }

    private static long oracleRound(final BigDecimal exact, final RoundingMode mode) {
        final BigDecimal rounded;
        if (mode == RoundingMode.UNNECESSARY) {
            if (exact.stripTrailingZeros().scale() > 0) {
                return NULL_PRICE;
            }
            rounded = exact.setScale(0, RoundingMode.UNNECESSARY);
        } else {
            rounded = exact.setScale(0, mode);
        }
        return orNull(rounded.toBigIntegerExact());
    }
}
