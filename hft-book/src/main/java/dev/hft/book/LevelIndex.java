package dev.hft.book;

/**
 * One side of an {@link OrderBook}: the ids of its price levels in a sorted array with the best level at the end,
 * plus the side's pool of free level ids. Level data (price, quantity, order count, FIFO ends) lives in the book's
 * flat {@code long[]}; this class only orders the ids. Keys grow towards the touch ({@code price} for bids,
 * {@code -price} for asks), so the best level is always {@code ids[count - 1]} (O(1)).
 *
 * <p>Lookups scan from the touch for 16 keys, then binary-search the deep part; inserting or
 * removing a level shifts only the slots between it and the touch. {@code BookLevelStructureBenchmark} measured this
 * against a price-indexed ladder and a tree map over the synthetic ITCH flow: see the module README.
 */
final class LevelIndex {
    private final boolean bid;
    private final long[] keys;
    private final int[] ids;
    private final int[] freeIds;
    private int count;
    private int free;

    LevelIndex(final boolean bid, final int firstId, final int capacity) {
        this.bid = bid;
        this.keys = new long[capacity];
        this.ids = new int[capacity];
        this.freeIds = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeIds[i] = firstId + capacity - 1 - i;
        }
        this.free = capacity;
    }

    int count() {
        return count;
    }

    /** The best level's id, or {@code -1} if the side is empty. */
    int best() {
        final int last = count - 1;
        return last < 0 ? -1 : ids[last];
    }

    /** The id of the level {@code depth} levels behind the touch (0 = best), or {@code -1}. */
    int atDepth(final int depth) {
        final int index = count - 1 - depth;
        return depth < 0 || index < 0 ? -1 : ids[index];
    }

    /** The id of the level at {@code price}, or {@code -1}. */
    int find(final long price) {
        final int index = search(key(price));
        return index >= 0 ? ids[index] : -1;
    }

    /** Index of the level at {@code price}, or {@code -(insertion point) - 1}. */
    int position(final long price) {
        return search(key(price));
    }

    /** The id at a position returned by {@link #position}. */
    int idAt(final int position) {
        return ids[position];
    }

    /**
     * Takes a free id and inserts it at {@code -position - 1} for {@code price}.
     *
     * @return the new level's id, or {@code -1} if the pool is empty.
     */
    int insert(final int position, final long price) {
        final int id = takeId();
        if (id >= 0) {
            insertKnown(position, price, id);
        }
        return id;
    }

    /** Takes a free level id from the side's pool, or {@code -1} if it is empty. */
    int takeId() {
        return free == 0 ? -1 : freeIds[--free];
    }

    /** Returns a level id to the side's pool. */
    void freeId(final int id) {
        freeIds[free++] = id;
    }

    /** Inserts level {@code id} (already taken from the pool) at {@code -position - 1} for {@code price}. */
    void insertKnown(final int position, final long price, final int id) {
        final int insertAt = -position - 1;
        final int moved = count - insertAt;
        if (moved > 0) {
            System.arraycopy(keys, insertAt, keys, insertAt + 1, moved);
            System.arraycopy(ids, insertAt, ids, insertAt + 1, moved);
        }
        keys[insertAt] = key(price);
        ids[insertAt] = id;
        count++;
    }

    /** Appends level {@code id} as the new best (its price must be better than every other); O(1). */
    void appendBest(final long price, final int id) {
        keys[count] = key(price);
        ids[count] = id;
        count++;
    }

    /** The best level's price; the side must not be empty. */
    long bestPrice() {
        final long key = keys[count - 1];
        return bid ? key : -key;
    }

    /** Removes the best level and returns its id, keeping the id taken (it moves elsewhere); O(1). */
    int removeBestKeepId() {
        return ids[--count];
    }

    /** Removes the level at {@code price} (which must exist) and frees {@code id}. */
    void remove(final long price, final int id) {
        removeKeepId(price);
        freeIds[free++] = id;
    }

    /** Removes the level at {@code price} (which must exist), keeping its id taken. */
    void removeKeepId(final long price) {
        final int index = search(key(price));
        final int moved = count - 1 - index;
        if (moved > 0) {
            System.arraycopy(keys, index + 1, keys, index, moved);
            System.arraycopy(ids, index + 1, ids, index, moved);
        }
        count--;
    }

    private long key(final long price) {
        return bid ? price : -price;
    }

    private int search(final long key) {
        return SortedKeys.search(keys, count, key);
    }
}
