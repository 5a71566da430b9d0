package dev.hft.book;

/**
 * Search over a prefix of a sorted {@code long[]} of level keys whose best entry is last (keys are prices for bids and
 * negated prices for asks, so the touch is always the largest key). Shared by the sorted level structures.
 */
final class SortedKeys {
    /** Entries nearest the touch scanned linearly before falling back to binary search. */
    static final int LINEAR_SCAN = 16;

    private SortedKeys() {
    }

    /**
     * Finds {@code key} among {@code keys[0, count)}, scanning from the touch first.
     *
     * @param keys  ascending keys.
     * @param count how many entries are in use.
     * @param key   the key to find.
     * @return its index, or {@code -(insertion point) - 1}.
     */
    static int search(final long[] keys, final int count, final long key) {
        int i = count - 1;
        final int stop = Math.max(0, count - LINEAR_SCAN);
        while (i >= stop) {
            final long candidate = keys[i];
            if (candidate == key) {
                return i;
            }
            if (candidate < key) {
                return -(i + 1) - 1;
            }
            i--;
        }
        int low = 0;
        int high = stop - 1;
        while (low <= high) {
            final int mid = (low + high) >>> 1;
            final long candidate = keys[mid];
            if (candidate < key) {
                low = mid + 1;
            } else if (candidate > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }
}
