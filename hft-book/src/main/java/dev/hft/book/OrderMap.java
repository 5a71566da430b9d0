package dev.hft.book;

/**
 * Order reference to pooled {@link Order}: open addressing with linear probing over a power-of-two table at most half
 * full, Fibonacci hashing (feeds number orders sequentially, so the multiply spreads them), and backward-shift
 * deletion (no tombstones, so probes stay short however long the session). Never resizes: sized at construction for
 * the book's order pool. Reference {@code 0} is the empty-slot marker, so it is stored aside.
 */
final class OrderMap {
    private static final long EMPTY = 0;

    private final long[] keys;
    private final Order[] values;
    private final int mask;
    private final int shift;
    private Order zero;
    private int size;

    OrderMap(final int maxOrders) {
        int capacity = 2;
        while (capacity < maxOrders * 2) {
            capacity <<= 1;
        }
        keys = new long[capacity];
        values = new Order[capacity];
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(capacity - 1);
    }

    int size() {
        return size;
    }

    Order get(final long key) {
        if (key == EMPTY) {
            return zero;
        }
        final long[] k = keys;
        int i = slot(key);
        long candidate;
        while ((candidate = k[i]) != EMPTY) {
            if (candidate == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Inserts a key known to be absent. */
    void put(final long key, final Order value) {
        size++;
        if (key == EMPTY) {
            zero = value;
            return;
        }
        final long[] k = keys;
        int i = slot(key);
        while (k[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        k[i] = key;
        values[i] = value;
    }

    Order remove(final long key) {
        if (key == EMPTY) {
            final Order value = zero;
            if (value != null) {
                zero = null;
                size--;
            }
            return value;
        }
        final long[] k = keys;
        int i = slot(key);
        long candidate;
        while ((candidate = k[i]) != key) {
            if (candidate == EMPTY) {
                return null;
            }
            i = (i + 1) & mask;
        }
        final Order value = values[i];
        size--;
        // backward-shift: move later entries of the probe run into the hole when their home allows it
        int hole = i;
        int j = (i + 1) & mask;
        while ((candidate = k[j]) != EMPTY) {
            final int home = slot(candidate);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                k[hole] = candidate;
                values[hole] = values[j];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        k[hole] = EMPTY;
        values[hole] = null;
        return value;
    }

    void clear() {
        java.util.Arrays.fill(keys, EMPTY);
        java.util.Arrays.fill(values, null);
        zero = null;
        size = 0;
    }

    private int slot(final long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
