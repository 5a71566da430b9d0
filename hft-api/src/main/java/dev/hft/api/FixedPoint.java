package dev.hft.api;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * Fixed-point arithmetic for prices and every other decimal value: a {@code long} holding the value times
 * {@link #SCALE} ({@value #DECIMALS} implied decimals), so {@code 123.45} is {@code 12_345_000_000L}.
 *
 * <p>Quantities are not fixed-point: they are plain {@code long} counts of the instrument's base unit (shares,
 * contracts, lots of the smallest tradable size). A notional ({@link #notional(long, long)}) is price times
 * quantity and is therefore fixed-point again, in currency units.
 *
 * <p>Conventions:
 * <ul>
 *     <li>{@link #NULL_PRICE} ({@code Long.MIN_VALUE}) means "absent" (no bid, market order, not representable).
 *     Every value other than {@code NULL_PRICE} lies in [{@link #MIN_VALUE}, {@link #MAX_VALUE}], a range symmetric
 *     around zero, so negation never overflows and {@code Math.abs} of a value is never negative.</li>
 *     <li>Wherever a method rounds to nearest it rounds half-even (banker's rounding), in every method alike.</li>
 *     <li>Arithmetic that can overflow ({@link #notional}, {@link #multiply}, {@link #addSaturated}) saturates to
 *     {@link #MAX_VALUE} or {@link #MIN_VALUE}; it never wraps silently.</li>
 *     <li>Methods marked allocation-free are safe on the hot path; they return sentinels, never throw for ordinary
 *     outcomes. Methods that allocate ({@link #parse}, {@link #format}) are for configuration, tests and logs.</li>
 * </ul>
 *
 * <p>All methods are static, stateless and thread-safe.
 */
public final class FixedPoint {

    /** Number of implied decimals of every fixed-point value. */
    public static final int DECIMALS = 8;

    /** Fixed-point representation of 1: {@code 10^DECIMALS}. */
    public static final long SCALE = 100_000_000L;

    /** Sentinel for an absent value ("absent is a value"); never the result of a successful computation. */
    public static final long NULL_PRICE = Long.MIN_VALUE;

    /** Largest fixed-point value: {@code 92233720368.54775807}; also the positive saturation value. */
    public static final long MAX_VALUE = Long.MAX_VALUE;

    /**
     * Smallest fixed-point value that is not {@link #NULL_PRICE}: {@code -92233720368.54775807}, equal to
     * {@code -MAX_VALUE}; also the negative saturation value.
     */
    public static final long MIN_VALUE = -Long.MAX_VALUE;

    /** Longest text {@link #format(long)} produces: {@code "-92233720368.54775807"}. */
    public static final int MAX_FORMATTED_LENGTH = 21;

    /** Text of {@link #NULL_PRICE} in {@link #format(long)} and accepted by {@link #parse(CharSequence)}. */
    public static final String NULL_TEXT = "NULL";

    /** Largest number of decimals accepted by {@link #fromScaled} and {@link #toScaled}. */
    public static final int MAX_SCALED_DECIMALS = 18;

    private static final long MAX_INTEGER_PART = MAX_VALUE / SCALE;
    private static final double TWO_POW_63 = 0x1.0p63;
    private static final long[] POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L,
    };

    private FixedPoint() {
    }

    /**
     * Returns {@code 10^exponent} as a {@code long}.
     *
     * @param exponent power of ten, 0 to 18 inclusive.
     * @return {@code 10^exponent}.
     * @throws IllegalArgumentException if {@code exponent} is outside 0..18 (a programmer error).
     */
    public static long powerOfTen(final int exponent) {
        if (exponent < 0 || exponent >= POWERS_OF_TEN.length) {
            throw new IllegalArgumentException("exponent must be in 0..18: " + exponent);
        }
        return POWERS_OF_TEN[exponent];
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parsing and formatting
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Parses decimal text into a fixed-point value, for configuration and tests.
     *
     * <p>Grammar: {@code [+-]? digit+ ('.' digit+)?}, or exactly {@value #NULL_TEXT}. No whitespace, exponent,
     * grouping separator or bare {@code "."}. Parsing is exact: more than {@value #DECIMALS} fraction digits are
     * accepted only if the extra digits are all zero ({@code "1.000000000"}); otherwise the text is rejected rather
     * than rounded, because a silently rounded tick size or limit in a configuration file is a bug.
     *
     * @param text decimal text.
     * @return the fixed-point value, or {@link #NULL_PRICE} for the text {@value #NULL_TEXT}.
     * @throws IllegalArgumentException if the text does not match the grammar, has a non-zero digit past the
     *                                  {@value #DECIMALS}th decimal, or lies outside [{@link #MIN_VALUE},
     *                                  {@link #MAX_VALUE}].
     */
    public static long parse(final CharSequence text) {
        return parse(text, 0, text.length());
    }

    /**
     * Parses the decimal text in {@code text[start, end)} into a fixed-point value; see {@link #parse(CharSequence)}.
     *
     * @param text  characters holding the number.
     * @param start index of the first character.
     * @param end   index one past the last character.
     * @return the fixed-point value, or {@link #NULL_PRICE} for the text {@value #NULL_TEXT}.
     * @throws IllegalArgumentException  if the text is not a valid fixed-point number (see
     *                                   {@link #parse(CharSequence)}).
     * @throws IndexOutOfBoundsException if {@code start} and {@code end} are not a range of {@code text}.
     */
    public static long parse(final CharSequence text, final int start, final int end) {
        final long value = parseOrNull(text, start, end);
        if (value == NULL_PRICE && !isNullText(text, start, end)) {
            throw new IllegalArgumentException("not a fixed-point number with at most " + DECIMALS
                + " significant decimals within [" + format(MIN_VALUE) + ", " + format(MAX_VALUE) + "]: '"
                + text.subSequence(start, end) + "'");
        }
        return value;
    }

    /**
     * Parses decimal text like {@link #parse(CharSequence)} but returns {@link #NULL_PRICE} instead of throwing.
     * Allocation-free.
     *
     * @param text decimal text.
     * @return the fixed-point value, or {@link #NULL_PRICE} if the text is {@value #NULL_TEXT} or invalid.
     */
    public static long parseOrNull(final CharSequence text) {
        return parseOrNull(text, 0, text.length());
    }

    /**
     * Parses the decimal text in {@code text[start, end)} like {@link #parse(CharSequence, int, int)} but returns
     * {@link #NULL_PRICE} instead of throwing for invalid text. Allocation-free.
     *
     * @param text  characters holding the number.
     * @param start index of the first character.
     * @param end   index one past the last character.
     * @return the fixed-point value, or {@link #NULL_PRICE} if the text is {@value #NULL_TEXT} or invalid.
     * @throws IndexOutOfBoundsException if {@code start} and {@code end} are not a range of {@code text}
     *                                   (a programmer error).
     */
    public static long parseOrNull(final CharSequence text, final int start, final int end) {
        Objects.checkFromToIndex(start, end, text.length());
        int i = start;
        if (i == end) {
            return NULL_PRICE;
        }
        boolean negative = false;
        final char first = text.charAt(i);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }

        long integerPart = 0;
        final int integerStart = i;
        while (i < end) {
            final int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            integerPart = integerPart * 10 + digit;
            if (integerPart > MAX_INTEGER_PART) {
                return NULL_PRICE;
            }
            i++;
        }
        if (i == integerStart) {
            return NULL_PRICE;
        }

        long fraction = 0;
        if (i < end) {
            if (text.charAt(i) != '.') {
                return NULL_PRICE;
            }
            i++;
            final int fractionStart = i;
            while (i < end) {
                final int digit = text.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    return NULL_PRICE;
                }
                final int position = i - fractionStart;
                if (position < DECIMALS) {
                    fraction += digit * POWERS_OF_TEN[DECIMALS - 1 - position];
                } else if (digit != 0) {
                    return NULL_PRICE;
                }
                i++;
            }
            if (i == fractionStart) {
                return NULL_PRICE;
            }
        }

        final long scaledInteger = integerPart * SCALE;
        if (scaledInteger > MAX_VALUE - fraction) {
            return NULL_PRICE;
        }
        final long magnitude = scaledInteger + fraction;
        return negative ? -magnitude : magnitude;
    }

    private static boolean isNullText(final CharSequence text, final int start, final int end) {
        if (end - start != NULL_TEXT.length()) {
            return false;
        }
        for (int i = 0; i < NULL_TEXT.length(); i++) {
            if (text.charAt(start + i) != NULL_TEXT.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Formats a fixed-point value as the shortest exact decimal text, for logs, configuration and tests.
     *
     * <p>Trailing fraction zeros are trimmed and a whole number has no decimal point: {@code 12_345_000_000L} is
     * {@code "123.45"}, {@code 100 * SCALE} is {@code "100"}, {@code -SCALE / 2} is {@code "-0.5"}. The output
     * always parses back to the same value with {@link #parse(CharSequence)}.
     *
     * @param value fixed-point value.
     * @return decimal text, or {@value #NULL_TEXT} for {@link #NULL_PRICE}.
     */
    public static String format(final long value) {
        final StringBuilder builder = new StringBuilder(MAX_FORMATTED_LENGTH);
        appendTo(value, builder);
        return builder.toString();
    }

    /**
     * Appends the text {@link #format(long)} produces to a builder. Allocation-free when the builder has room for
     * {@link #MAX_FORMATTED_LENGTH} more characters.
     *
     * @param value   fixed-point value.
     * @param builder destination.
     * @return number of characters appended.
     */
    public static int appendTo(final long value, final StringBuilder builder) {
        final int startLength = builder.length();
        if (value == NULL_PRICE) {
            builder.append(NULL_TEXT);
            return builder.length() - startLength;
        }
        final long magnitude;
        if (value < 0) {
            builder.append('-');
            magnitude = -value;
        } else {
            magnitude = value;
        }
        builder.append(magnitude / SCALE);
        long fraction = magnitude % SCALE;
        if (fraction != 0) {
            builder.append('.');
            int digits = DECIMALS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (long power = POWERS_OF_TEN[digits - 1]; power > fraction; power /= 10) {
                builder.append('0');
            }
            builder.append(fraction);
        }
        return builder.length() - startLength;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Conversions
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Converts a {@code double} to fixed-point, rounding {@code value * SCALE} to the nearest {@code long}
     * (ties to even). Allocation-free.
     *
     * <p>Meant for configuration, tests and for turning a model's {@code double} output into a price that is then
     * rounded to tick; prices in books, orders and positions never pass through {@code double}. The round trip
     * {@code fromDouble(toDouble(x)) == x} is exact for {@code |x| < 2^51} (values below about 22.5 million).
     *
     * @param value decimal value.
     * @return the fixed-point value, or {@link #NULL_PRICE} if {@code value} is NaN, infinite or outside
     *         [{@link #MIN_VALUE}, {@link #MAX_VALUE}].
     */
    public static long fromDouble(final double value) {
        final double scaled = Math.rint(value * SCALE);
        if (!(scaled > -TWO_POW_63 && scaled < TWO_POW_63)) {
            return NULL_PRICE;
        }
        return (long) scaled;
    }

    /**
     * Converts a fixed-point value to the nearest {@code double}, for display and statistics only.
     *
     * @param value fixed-point value.
     * @return the value as a {@code double}, or {@code Double.NaN} for {@link #NULL_PRICE}.
     */
    public static double toDouble(final long value) {
        return value == NULL_PRICE ? Double.NaN : value / (double) SCALE;
    }

    /**
     * Converts a venue-native scaled integer to fixed-point, rounding half-even when the native value has more than
     * {@value #DECIMALS} decimals. Allocation-free.
     *
     * <p>Example: an ITCH {@code Price(4)} field {@code 1234500} is {@code fromScaled(1234500, 4)} =
     * {@code 12_345_000_000L} (123.45).
     *
     * @param value    native integer holding the decimal value times {@code 10^decimals}.
     * @param decimals implied decimals of {@code value}, 0 to {@value #MAX_SCALED_DECIMALS}.
     * @return the fixed-point value, or {@link #NULL_PRICE} if {@code value} is {@code Long.MIN_VALUE} or the result
     *         does not fit.
     * @throws IllegalArgumentException if {@code decimals} is outside 0..18 (a programmer error).
     */
    public static long fromScaled(final long value, final int decimals) {
        return fromScaled(value, decimals, RoundingMode.HALF_EVEN);
    }

    /**
     * Converts a venue-native scaled integer to fixed-point with an explicit rounding mode for narrowing (when
     * {@code decimals > DECIMALS}). Allocation-free.
     *
     * @param value    native integer holding the decimal value times {@code 10^decimals}.
     * @param decimals implied decimals of {@code value}, 0 to {@value #MAX_SCALED_DECIMALS}.
     * @param mode     rounding applied when digits are dropped; {@code UNNECESSARY} yields {@link #NULL_PRICE} for an
     *                 inexact conversion instead of throwing.
     * @return the fixed-point value, or {@link #NULL_PRICE} if {@code value} is {@code Long.MIN_VALUE}, the result
     *         does not fit, or the mode is {@code UNNECESSARY} and digits would be lost.
     * @throws IllegalArgumentException if {@code decimals} is outside 0..18 (a programmer error).
     */
    public static long fromScaled(final long value, final int decimals, final RoundingMode mode) {
        checkScaledDecimals(decimals);
        if (value == NULL_PRICE) {
            return NULL_PRICE;
        }
        if (decimals <= DECIMALS) {
            return multiplyOrNull(value, POWERS_OF_TEN[DECIMALS - decimals]);
        }
        return divide(value, POWERS_OF_TEN[decimals - DECIMALS], mode);
    }

    /**
     * Converts a fixed-point value to a venue-native scaled integer, rounding half-even when {@code decimals} is
     * smaller than {@value #DECIMALS}. Allocation-free.
     *
     * <p>Order prices should already be on the venue's tick, so no rounding happens; use
     * {@link #toScaled(long, int, RoundingMode)}'s {@code UNNECESSARY} mode or
     * {@link Instrument#toNativePrice(long)} to refuse an off-grid price instead of rounding it.
     *
     * @param fixed    fixed-point value.
     * @param decimals implied decimals of the native integer, 0 to {@value #MAX_SCALED_DECIMALS}.
     * @return {@code fixed} as a native integer, or {@link #NULL_PRICE} ({@code Long.MIN_VALUE}) if {@code fixed} is
     *         {@code NULL_PRICE} or the result does not fit.
     * @throws IllegalArgumentException if {@code decimals} is outside 0..18 (a programmer error).
     */
    public static long toScaled(final long fixed, final int decimals) {
        return toScaled(fixed, decimals, RoundingMode.HALF_EVEN);
    }

    /**
     * Converts a fixed-point value to a venue-native scaled integer with an explicit rounding mode for narrowing.
     * Allocation-free.
     *
     * @param fixed    fixed-point value.
     * @param decimals implied decimals of the native integer, 0 to {@value #MAX_SCALED_DECIMALS}.
     * @param mode     rounding applied when digits are dropped; {@code UNNECESSARY} yields {@link #NULL_PRICE} for an
     *                 inexact conversion instead of throwing.
     * @return {@code fixed} as a native integer, or {@link #NULL_PRICE} if {@code fixed} is {@code NULL_PRICE}, the
     *         result does not fit, or the mode is {@code UNNECESSARY} and digits would be lost.
     * @throws IllegalArgumentException if {@code decimals} is outside 0..18 (a programmer error).
     */
    public static long toScaled(final long fixed, final int decimals, final RoundingMode mode) {
        checkScaledDecimals(decimals);
        if (fixed == NULL_PRICE) {
            return NULL_PRICE;
        }
        if (decimals >= DECIMALS) {
            return multiplyOrNull(fixed, POWERS_OF_TEN[decimals - DECIMALS]);
        }
        return divide(fixed, POWERS_OF_TEN[DECIMALS - decimals], mode);
    }

    private static void checkScaledDecimals(final int decimals) {
        if (decimals < 0 || decimals > MAX_SCALED_DECIMALS) {
            throw new IllegalArgumentException("decimals must be in 0.." + MAX_SCALED_DECIMALS + ": " + decimals);
        }
    }

    private static long multiplyOrNull(final long value, final long multiplier) {
        final long low = value * multiplier;
        if (Math.multiplyHigh(value, multiplier) != (low >> 63)) {
            return NULL_PRICE;
        }
        return low;
    }

    /**
     * Divides {@code dividend} by a positive {@code divisor}, rounding as {@code mode} says. Allocation-free.
     *
     * @param dividend value to divide, not {@link #NULL_PRICE}.
     * @param divisor  positive divisor.
     * @param mode     rounding mode; {@code UNNECESSARY} yields {@link #NULL_PRICE} for an inexact quotient.
     * @return the rounded quotient, or {@link #NULL_PRICE} if the mode is {@code UNNECESSARY} and the division is
     *         inexact.
     * @throws IllegalArgumentException if {@code divisor} is not positive (a programmer error).
     */
    public static long divide(final long dividend, final long divisor, final RoundingMode mode) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive: " + divisor);
        }
        final long quotient = dividend / divisor;
        final long remainder = dividend - divisor * quotient;
        if (remainder == 0) {
            return quotient;
        }
        final int signum = dividend < 0 ? -1 : 1;
        final boolean increment;
        switch (mode) {
            case UNNECESSARY:
                return NULL_PRICE;
            case DOWN:
                increment = false;
                break;
            case UP:
                increment = true;
                break;
            case CEILING:
                increment = signum > 0;
                break;
            case FLOOR:
                increment = signum < 0;
                break;
            case HALF_EVEN:
            case HALF_UP:
            case HALF_DOWN:
                final long absRemainder = Math.abs(remainder);
                final long comparedToHalf = absRemainder - (divisor - absRemainder);
                if (comparedToHalf == 0) {
                    increment = mode == RoundingMode.HALF_UP
                        || (mode == RoundingMode.HALF_EVEN && (quotient & 1) != 0);
                } else {
                    increment = comparedToHalf > 0;
                }
                break;
            default:
                throw new IllegalArgumentException("unsupported rounding mode: " + mode);
        }
        return increment ? quotient + signum : quotient;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tick rounding
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Rounds a price down (towards negative infinity) to a multiple of the tick. Correct for negative prices:
     * {@code -1.005} with tick {@code 0.01} becomes {@code -1.01}. Allocation-free.
     *
     * @param priceFixed    fixed-point price, may be negative.
     * @param tickSizeFixed positive fixed-point tick size.
     * @return the largest multiple of the tick that is {@code <= priceFixed}, or {@link #NULL_PRICE} if
     *         {@code priceFixed} is {@code NULL_PRICE} or the result would be below {@link #MIN_VALUE}.
     * @throws IllegalArgumentException if {@code tickSizeFixed} is not positive (a programmer error).
     */
    public static long roundDownToTick(final long priceFixed, final long tickSizeFixed) {
        checkTick(tickSizeFixed);
        if (priceFixed == NULL_PRICE) {
            return NULL_PRICE;
        }
        return down(priceFixed, Math.floorMod(priceFixed, tickSizeFixed));
    }

    /**
     * Rounds a price up (towards positive infinity) to a multiple of the tick. Allocation-free.
     *
     * @param priceFixed    fixed-point price, may be negative.
     * @param tickSizeFixed positive fixed-point tick size.
     * @return the smallest multiple of the tick that is {@code >= priceFixed}, or {@link #NULL_PRICE} if
     *         {@code priceFixed} is {@code NULL_PRICE} or the result would be above {@link #MAX_VALUE}.
     * @throws IllegalArgumentException if {@code tickSizeFixed} is not positive (a programmer error).
     */
    public static long roundUpToTick(final long priceFixed, final long tickSizeFixed) {
        checkTick(tickSizeFixed);
        if (priceFixed == NULL_PRICE) {
            return NULL_PRICE;
        }
        final long remainder = Math.floorMod(priceFixed, tickSizeFixed);
        return remainder == 0 ? priceFixed : up(priceFixed, tickSizeFixed - remainder);
    }

    /**
     * Rounds a price to the nearest multiple of the tick; a price exactly half way between two ticks goes to the
     * even multiple (half-even, as every round-to-nearest in this class), so rounding many mid prices has no upward
     * bias. Use {@link #roundDownToTick} / {@link #roundUpToTick} where the direction matters (passive bid / ask).
     * Allocation-free.
     *
     * @param priceFixed    fixed-point price, may be negative.
     * @param tickSizeFixed positive fixed-point tick size.
     * @return the nearest multiple of the tick, or {@link #NULL_PRICE} if {@code priceFixed} is {@code NULL_PRICE}
     *         or the result would lie outside [{@link #MIN_VALUE}, {@link #MAX_VALUE}].
     * @throws IllegalArgumentException if {@code tickSizeFixed} is not positive (a programmer error).
     */
    public static long roundToNearestTick(final long priceFixed, final long tickSizeFixed) {
        checkTick(tickSizeFixed);
        if (priceFixed == NULL_PRICE) {
            return NULL_PRICE;
        }
        final long remainder = Math.floorMod(priceFixed, tickSizeFixed);
        if (remainder == 0) {
            return priceFixed;
        }
        final long distanceUp = tickSizeFixed - remainder;
        final boolean roundUp;
        if (remainder == distanceUp) {
            roundUp = (Math.floorDiv(priceFixed, tickSizeFixed) & 1) != 0;
        } else {
            roundUp = remainder > distanceUp;
        }
        return roundUp ? up(priceFixed, distanceUp) : down(priceFixed, remainder);
    }

    /**
     * Tells whether a price is an exact multiple of the tick. Allocation-free.
     *
     * @param priceFixed    fixed-point price, may be negative.
     * @param tickSizeFixed positive fixed-point tick size.
     * @return {@code true} if {@code priceFixed} is a multiple of the tick; {@code false} for {@link #NULL_PRICE}.
     * @throws IllegalArgumentException if {@code tickSizeFixed} is not positive (a programmer error).
     */
    public static boolean isOnTick(final long priceFixed, final long tickSizeFixed) {
        checkTick(tickSizeFixed);
        return priceFixed != NULL_PRICE && priceFixed % tickSizeFixed == 0;
    }

    private static void checkTick(final long tickSizeFixed) {
        if (tickSizeFixed <= 0) {
            throw new IllegalArgumentException("tick size must be positive: " + tickSizeFixed);
        }
    }

    private static long down(final long priceFixed, final long distance) {
        return priceFixed >= MIN_VALUE + distance ? priceFixed - distance : NULL_PRICE;
    }

    private static long up(final long priceFixed, final long distance) {
        return priceFixed <= MAX_VALUE - distance ? priceFixed + distance : NULL_PRICE;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Saturating arithmetic
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Computes the notional {@code priceFixed * quantity}: a fixed-point amount in currency units. Never overflows
     * silently: a product outside [{@link #MIN_VALUE}, {@link #MAX_VALUE}] saturates to the bound with its sign.
     * Allocation-free.
     *
     * <p>A saturated notional is past any limit a risk check can configure, so a check such as
     * {@code Math.abs(notional) > limit} rejects it; saturating to {@code -Long.MAX_VALUE} rather than
     * {@code Long.MIN_VALUE} keeps {@code Math.abs} non-negative. An absent price ({@link #NULL_PRICE}, a market
     * order without a reference price) yields {@link #MAX_VALUE} for the same fail-safe reason.
     *
     * @param priceFixed fixed-point price, may be negative.
     * @param quantity   quantity in the instrument's base unit, may be negative (a short position).
     * @return the exact product when it lies in [{@link #MIN_VALUE}, {@link #MAX_VALUE}]; {@link #MAX_VALUE} if it
     *         is larger or the price is {@link #NULL_PRICE}; {@link #MIN_VALUE} if it is smaller. Never
     *         {@link #NULL_PRICE}.
     */
    public static long notional(final long priceFixed, final long quantity) {
        if (priceFixed == NULL_PRICE) {
            return MAX_VALUE;
        }
        final long low = priceFixed * quantity;
        if (Math.multiplyHigh(priceFixed, quantity) != (low >> 63)) {
            return (priceFixed ^ quantity) < 0 ? MIN_VALUE : MAX_VALUE;
        }
        return low == Long.MIN_VALUE ? MIN_VALUE : low;
    }

    /**
     * Multiplies two fixed-point values ({@code a * b / SCALE}), rounding the dropped digits half-even and
     * saturating instead of overflowing. Use it for price times ratio (fees in basis points, FX rates, percentage
     * collars). Allocation-free.
     *
     * @param a fixed-point factor.
     * @param b fixed-point factor.
     * @return the rounded product; {@link #MAX_VALUE} or {@link #MIN_VALUE} if it does not fit;
     *         {@link #NULL_PRICE} if either factor is {@code NULL_PRICE}.
     */
    public static long multiply(final long a, final long b) {
        if (a == NULL_PRICE || b == NULL_PRICE) {
            return NULL_PRICE;
        }
        final boolean negative = (a ^ b) < 0;
        final long x = Math.abs(a);
        final long y = Math.abs(b);
        final long high = Math.multiplyHigh(x, y);
        final long low = x * y;

        final long quotient;
        final long remainder;
        if (high == 0 && low >= 0) {
            quotient = low / SCALE;
            remainder = low % SCALE;
        } else {
            // 128-bit magnitude (high, low) divided by SCALE (< 2^27) one 32-bit digit at a time.
            long rest = (high >>> 32) % SCALE;
            if ((high >>> 32) / SCALE != 0) {
                return negative ? MIN_VALUE : MAX_VALUE;
            }
            long digits = (rest << 32) | (high & 0xFFFF_FFFFL);
            if (digits / SCALE != 0) {
                return negative ? MIN_VALUE : MAX_VALUE;
            }
            rest = digits % SCALE;
            digits = (rest << 32) | (low >>> 32);
            final long quotientHigh = digits / SCALE;
            if (quotientHigh > Integer.MAX_VALUE) {
                return negative ? MIN_VALUE : MAX_VALUE;
            }
            rest = digits % SCALE;
            digits = (rest << 32) | (low & 0xFFFF_FFFFL);
            quotient = (quotientHigh << 32) | (digits / SCALE);
            remainder = digits % SCALE;
        }

        final long half = SCALE / 2;
        long magnitude = quotient;
        if (remainder > half || (remainder == half && (quotient & 1) != 0)) {
            if (magnitude == MAX_VALUE) {
                return negative ? MIN_VALUE : MAX_VALUE;
            }
            magnitude++;
        }
        return negative ? -magnitude : magnitude;
    }

    /**
     * Adds two fixed-point values (or two quantities), saturating instead of overflowing. Saturation is not sticky:
     * adding a negative value to {@link #MAX_VALUE} decreases it. Allocation-free.
     *
     * @param a addend.
     * @param b addend.
     * @return {@code a + b} clamped to [{@link #MIN_VALUE}, {@link #MAX_VALUE}], or {@link #NULL_PRICE} if either
     *         addend is {@code NULL_PRICE}.
     */
    public static long addSaturated(final long a, final long b) {
        if (a == NULL_PRICE || b == NULL_PRICE) {
            return NULL_PRICE;
        }
        final long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? MIN_VALUE : MAX_VALUE;
        }
        return sum == Long.MIN_VALUE ? MIN_VALUE : sum;
    }
}
