package dev.hft.risk;

/**
 * Remembers recently accepted orders by (instrument, side, quantity, price, strategy, account) in a set-associative
 * cache of {@code sets x 8} entries, zero allocation. A new entry replaces its own older entry or the oldest of its
 * set, so a duplicate is always found unless eight other distinct orders that hash to the same set were accepted in
 * between (a 256-set cache needs on the order of a thousand distinct orders inside the window for that).
 *
 * <p>Layout: per set, one cache line of 64-bit tags (a hash of the key) and one of times, so a lookup reads two lines;
 * the full keys, compared only when a tag matches, sit in a third array. {@link #isDuplicate} also picks the way a
 * {@link #record} of the same key would replace, and a {@code record} of that key right after it (nothing recorded in
 * between) reuses the pick instead of hashing and scanning the set again. Single-threaded.
 */
final class DuplicateFilter {

    static final int WAYS = 8;
    private static final int KEY_FIELDS = 4;
    private static final long EMPTY = 0;

    private final int mask;
    private final long[] tags;
    private final long[] times;
    private final long[] keys;
    private int lastVictim = -1;
    private long lastTag;
    private long lastA;
    private long lastQuantity;
    private long lastPrice;
    private long lastD;

    DuplicateFilter(final int sets) {
        final int size = Integer.highestOneBit(Math.max(1, sets - 1) << 1);
        this.mask = size - 1;
        this.tags = new long[size * WAYS];
        this.times = new long[size * WAYS];
        this.keys = new long[size * WAYS * KEY_FIELDS];
    }

    private static long keyA(final int instrumentId, final int strategyId) {
        return ((long) instrumentId << 32) | (strategyId & 0xFFFF_FFFFL);
    }

    private static long keyD(final int accountId, final int sideSign) {
        return ((long) accountId << 8) | (sideSign & 0xFF);
    }

    private static long tag(final long a, final long quantity, final long price, final long d) {
        long h = a * 0x9E37_79B9_7F4A_7C15L + quantity;
        h = (h ^ (h >>> 29)) * 0xBF58_476D_1CE4_E5B9L + price;
        h = (h ^ (h >>> 32)) * 0x94D0_49BB_1331_11EBL + d;
        h ^= h >>> 31;
        return h | 1;
    }

    private boolean sameKey(final int way, final long a, final long quantity, final long price, final long d) {
        final int k = way * KEY_FIELDS;
        return keys[k] == a && keys[k + 1] == quantity && keys[k + 2] == price && keys[k + 3] == d;
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
        final long tag = tag(a, quantity, priceFixed, d);
        final int start = (int) ((tag >>> 17) & mask) * WAYS;
        final long[] tags = this.tags;
        final long[] times = this.times;
        int found = -1;
        int oldest = start;
        long oldestTime = Long.MAX_VALUE;
        for (int i = start; i < start + WAYS; i++) {
            final long t = tags[i];
            final long time = times[i];
            if (t == tag || t == EMPTY) {
                if (t == EMPTY) {
                    if (found < 0) {
                        found = i;
                    }
                } else if (sameKey(i, a, quantity, priceFixed, d)) {
                    if (nowNs - time < windowNs) {
                        lastVictim = -1;
                        return true;
                    }
                    if (found < 0) {
                        found = i;
                    }
                }
            }
            // the first of the oldest, without a data-dependent branch
            final boolean older = time < oldestTime;
            oldest = older ? i : oldest;
            oldestTime = older ? time : oldestTime;
        }
        // the way record() would pick: the first empty or same-key way, else the oldest (first of equals)
        lastVictim = found >= 0 ? found : oldest;
        lastTag = tag;
        lastA = a;
        lastQuantity = quantity;
        lastPrice = priceFixed;
        lastD = d;
        return false;
    }

    /** Records an accepted order at {@code nowNs}, replacing its own older entry or the set's oldest. */
    void record(
        final int instrumentId, final int sideSign, final long quantity, final long priceFixed,
        final int strategyId, final int accountId, final long nowNs) {
        final long a = keyA(instrumentId, strategyId);
        final long d = keyD(accountId, sideSign);
        final int picked = lastVictim;
        lastVictim = -1;
        final long tag;
        int victim;
        if (picked >= 0 && a == lastA && quantity == lastQuantity && priceFixed == lastPrice && d == lastD) {
            tag = lastTag;
            victim = picked;
        } else {
            tag = tag(a, quantity, priceFixed, d);
            final int start = (int) ((tag >>> 17) & mask) * WAYS;
            victim = start;
            for (int i = start; i < start + WAYS; i++) {
                if (tags[i] == EMPTY || tags[i] == tag && sameKey(i, a, quantity, priceFixed, d)) {
                    victim = i;
                    break;
                }
                if (times[i] < times[victim]) {
                    victim = i;
                }
            }
        }
        tags[victim] = tag;
        times[victim] = nowNs;
        final int k = victim * KEY_FIELDS;
        keys[k] = a;
        keys[k + 1] = quantity;
        keys[k + 2] = priceFixed;
        keys[k + 3] = d;
    }
}
