package dev.hft.risk;

/**
 * Remembers recently accepted orders by (instrument, side, quantity, price, strategy, account) in a set-associative
 * cache of {@code sets x 8} entries, zero allocation. A new entry replaces the oldest of its set, so a duplicate is
 * always found unless eight other distinct orders that hash to the same set were accepted in between (a 1,024-set
 * cache needs thousands of distinct orders inside the window for that). Single-threaded.
 */
final class DuplicateFilter {

    static final int WAYS = 8;

    private final int mask;
    private final long[] keyA;
    private final long[] keyB;
    private final long[] keyC;
    private final long[] keyD;
    private final long[] times;

    DuplicateFilter(final int sets) {
        final int size = Integer.highestOneBit(Math.max(1, sets - 1) << 1);
        this.mask = size - 1;
        final int entries = size * WAYS;
        this.keyA = new long[entries];
        this.keyB = new long[entries];
        this.keyC = new long[entries];
        this.keyD = new long[entries];
        this.times = new long[entries];
        java.util.Arrays.fill(times, Long.MIN_VALUE);
    }

    private static long keyA(final int instrumentId, final int strategyId) {
        return ((long) instrumentId << 32) | (strategyId & 0xFFFF_FFFFL);
    }

    private static long keyD(final int accountId, final int sideSign) {
        return ((long) accountId << 8) | (sideSign & 0xFF);
    }

    private int set(final long a, final long quantity, final long price, final long d) {
        long h = a * 0x9E37_79B9_7F4A_7C15L + quantity;
        h = (h ^ (h >>> 29)) * 0xBF58_476D_1CE4_E5B9L + price;
        h = (h ^ (h >>> 32)) * 0x94D0_49BB_1331_11EBL + d;
        h ^= h >>> 31;
        return (int) (h & mask) * WAYS;
    }

    /**
     * Tells whether the same order was accepted less than {@code windowNs} before {@code nowNs}.
     *
     * @return {@code true} for a duplicate.
     */
    boolean isDuplicate(
        final int instrumentId, final int sideSign, final long quantity, final long priceFixed,
        final int strategyId, final int accountId, final long nowNs, final long windowNs) {
        final long a = keyA(instrumentId, strategyId);
        final long d = keyD(accountId, sideSign);
        final int start = set(a, quantity, priceFixed, d);
        for (int i = start; i < start + WAYS; i++) {
            if (keyA[i] == a && keyB[i] == quantity && keyC[i] == priceFixed && keyD[i] == d
                && times[i] != Long.MIN_VALUE
                && nowNs - times[i] < windowNs) {
                return true;
            }
        }
        return false;
    }

    /** Records an accepted order at {@code nowNs}, replacing its own older entry or the set's oldest. */
    void record(
        final int instrumentId, final int sideSign, final long quantity, final long priceFixed,
        final int strategyId, final int accountId, final long nowNs) {
        final long a = keyA(instrumentId, strategyId);
        final long d = keyD(accountId, sideSign);
        final int start = set(a, quantity, priceFixed, d);
        int victim = start;
        for (int i = start; i < start + WAYS; i++) {
            if (keyA[i] == a && keyB[i] == quantity && keyC[i] == priceFixed && keyD[i] == d) {
                victim = i;
                break;
            }
            if (times[i] < times[victim]) {
                victim = i;
            }
        }
        keyA[victim] = a;
        keyB[victim] = quantity;
        keyC[victim] = priceFixed;
        keyD[victim] = d;
        times[victim] = nowNs;
    }
}
