package dev.hft.risk;

/**
 * Exact 128-bit signed sums kept as two adjacent {@code long}s ({@code [i] = low}, {@code [i + 1] = high}) in a flat
 * array,
 * so a scope's exposure or P&amp;L can add and later subtract any number of (possibly saturated) 64-bit cell values
 * without ever wrapping or losing reversibility. Allocation-free.
 */
final class Int128 {

    private Int128() {
    }

    /**
     * Adds a signed 64-bit value to the sum at {@code i}.
     *
     * @param sums  flat array of sums.
     * @param i     index of the sum's low half.
     * @param value signed value to add.
     */
    static void add(final long[] sums, final int i, final long value) {
        final long low = sums[i];
        final long newLow = low + value;
        final long carry = Long.compareUnsigned(newLow, low) < 0 ? 1 : 0;
        sums[i] = newLow;
        sums[i + 1] += (value >> 63) + carry;
    }

    /**
     * Returns the sum at {@code i} plus {@code value}, clamped to {@code [-Long.MAX_VALUE, Long.MAX_VALUE]}, without
     * storing it.
     *
     * @param sums  flat array of sums.
     * @param i     index of the sum's low half.
     * @param value signed value to add.
     * @return the clamped total.
     */
    static long plus(final long[] sums, final int i, final long value) {
        final long low = sums[i];
        final long newLow = low + value;
        final long carry = Long.compareUnsigned(newLow, low) < 0 ? 1 : 0;
        final long high = sums[i + 1] + (value >> 63) + carry;
        return clamp(high, newLow);
    }

    /**
     * Returns the sum at {@code i} plus {@code add} minus {@code subtract}, exactly, then clamped to
     * {@code [-Long.MAX_VALUE, Long.MAX_VALUE]}, without storing it.
     *
     * @param sums     flat array of sums.
     * @param i        index of the sum's low half.
     * @param add      value to add, not {@code Long.MIN_VALUE}.
     * @param subtract value to subtract, not {@code Long.MIN_VALUE}.
     * @return the clamped total.
     */
    static long plusMinus(final long[] sums, final int i, final long add, final long subtract) {
        long low = sums[i];
        long high = sums[i + 1];
        if (high == (low >> 63)) {
            // the sum fits in 64 bits: plain arithmetic unless a step overflows
            final long difference = add - subtract;
            final long total = low + difference;
            if (((add ^ subtract) & (add ^ difference)) >= 0 && ((low ^ total) & (difference ^ total)) >= 0
                && total != Long.MIN_VALUE) {
                return total;
            }
        }
        long newLow = low + add;
        high += (add >> 63) + (Long.compareUnsigned(newLow, low) < 0 ? 1 : 0);
        low = newLow;
        final long negated = -subtract;
        newLow = low + negated;
        high += (negated >> 63) + (Long.compareUnsigned(newLow, low) < 0 ? 1 : 0);
        return clamp(high, newLow);
    }

    /**
     * Returns the sum at {@code i}, clamped to {@code [-Long.MAX_VALUE, Long.MAX_VALUE]}.
     *
     * @param sums flat array of sums.
     * @param i    index of the sum's low half.
     * @return the clamped sum.
     */
    static long get(final long[] sums, final int i) {
        return clamp(sums[i + 1], sums[i]);
    }

    private static long clamp(final long high, final long low) {
        if (high == (low >> 63)) {
            return low == Long.MIN_VALUE ? -Long.MAX_VALUE : low;
        }
        return high < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
    }
}
