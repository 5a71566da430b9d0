package dev.hft.book;

/**
 * One side of a book: its price levels in a sorted array with the best level at the end, plus a pool of level
 * objects. Levels are kept sorted by a key that grows towards the touch ({@code price} for bids, {@code -price} for
 * asks), so the best level is always {@code levels[count - 1]} (O(1)).
 *
 * <p>Why this shape: on real feeds almost every add, cancel and execution lands at or within a few levels of the
 * touch. A lookup scans from the best end for 16 keys (one or two cache lines of a {@code long[]},
 * predictable branches) and only then falls back to a binary search over the deep part; inserting or removing a level
 * shifts only the levels between it and the touch ({@code System.arraycopy}), which near the touch is a few words. A
 * tree map pays a pointer chase per level and allocates; a price-indexed ladder is O(1) but needs a known tick size
 * and price band and recentring.
 */
final class LevelArray {
    private final boolean bid;
    private final long[] keys;
    private final Level[] levels;
    private final Level[] pool;
    private int count;
    private int free;

    LevelArray(final boolean bid, final int capacity) {
        this.bid = bid;
        this.keys = new long[capacity];
        this.levels = new Level[capacity];
        this.pool = new Level[capacity];
        for (int i = 0; i < capacity; i++) {
            pool[i] = new Level();
        }
        this.free = capacity;
    }

    int count() {
        return count;
    }

    /** The best level, or {@code null} if the side is empty. */
    Level best() {
        final int last = count - 1;
        return last < 0 ? null : levels[last];
    }

    /** The level {@code depth} levels behind the touch (0 = best), or {@code null}. */
    Level atDepth(final int depth) {
        final int index = count - 1 - depth;
        return depth < 0 || index < 0 ? null : levels[index];
    }

    /** The level at {@code price}, or {@code null}. */
    Level find(final long price) {
        final int index = search(key(price));
        return index >= 0 ? levels[index] : null;
    }

    /**
     * The level at {@code price}, created empty (and inserted) if absent.
     *
     * @return the level, or {@code null} if it had to be created and the pool is empty.
     */
    Level findOrCreate(final long price) {
        final long key = key(price);
        final int index = search(key);
        if (index >= 0) {
            return levels[index];
        }
        if (free == 0) {
            return null;
        }
        final Level level = pool[--free];
        pool[free] = null;
        level.price = price;
        level.quantity = 0;
        level.orderCount = 0;
        final int insertAt = -index - 1;
        final int moved = count - insertAt;
        if (moved > 0) {
            System.arraycopy(keys, insertAt, keys, insertAt + 1, moved);
            System.arraycopy(levels, insertAt, levels, insertAt + 1, moved);
        }
        keys[insertAt] = key;
        levels[insertAt] = level;
        count++;
        return level;
    }

    /** Removes a level of this side and returns it to the pool. */
    void remove(final Level level) {
        final int index = search(key(level.price));
        final int moved = count - 1 - index;
        if (moved > 0) {
            System.arraycopy(keys, index + 1, keys, index, moved);
            System.arraycopy(levels, index + 1, levels, index, moved);
        }
        count--;
        levels[count] = null;
        pool[free++] = level;
    }

    /** Removes every level (returning each to the pool). */
    void clear() {
        for (int i = 0; i < count; i++) {
            final Level level = levels[i];
            levels[i] = null;
            pool[free++] = level;
        }
        count = 0;
    }

    private long key(final long price) {
        return bid ? price : -price;
    }

    private int search(final long key) {
        return SortedKeys.search(keys, count, key);
    }
}
