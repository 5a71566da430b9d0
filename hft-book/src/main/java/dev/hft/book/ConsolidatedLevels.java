package dev.hft.book;

import dev.hft.api.FixedPoint;

/**
 * One side of a {@link ConsolidatedBook}: the aggregated price levels across venues in a sorted array with the best
 * level at the end (same shape and search as {@link LevelArray}), each level a slot of parallel primitive arrays
 * holding its price, total quantity, venue bit mask and per-venue quantities ({@code venueCount} longs per slot).
 * Slots are preallocated; nothing allocates after construction.
 */
final class ConsolidatedLevels {
    private final boolean bid;
    private final int venueCount;
    /** Sorted keys ({@code price} for bids, {@code -price} for asks), ascending: the best level is last. */
    private final long[] keys;
    /** Slot of each sorted level. */
    private final int[] order;
    private final long[] price;
    private final long[] total;
    private final long[] mask;
    private final long[] venueQuantity;
    private final int[] freeSlots;
    private int count;
    private int free;

    ConsolidatedLevels(final boolean bid, final int venueCount, final int capacity) {
        this.bid = bid;
        this.venueCount = venueCount;
        this.keys = new long[capacity];
        this.order = new int[capacity];
        this.price = new long[capacity];
        this.total = new long[capacity];
        this.mask = new long[capacity];
        this.venueQuantity = new long[capacity * venueCount];
        this.freeSlots = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        this.free = capacity;
    }

    int count() {
        return count;
    }

    /** Slot of the level {@code depth} levels behind the touch (0 = best), or {@code -1}. */
    int slotAtDepth(final int depth) {
        final int index = count - 1 - depth;
        return depth < 0 || index < 0 ? -1 : order[index];
    }

    /** Slot of the level at sorted index {@code index} ({@code count - 1} is the best). */
    int slotAt(final int index) {
        return order[index];
    }

    /** Slot of the best level one venue quotes at, or {@code -1}; scans from the touch. */
    int venueBestSlot(final int venueId) {
        final long bit = 1L << venueId;
        for (int i = count - 1; i >= 0; i--) {
            final int slot = order[i];
            if ((mask[slot] & bit) != 0) {
                return slot;
            }
        }
        return -1;
    }

    /** Slot of the level at {@code levelPrice}, or {@code -1}. */
    int find(final long levelPrice) {
        final int index = search(key(levelPrice));
        return index >= 0 ? order[index] : -1;
    }

    /** Sorted index of the level at {@code levelPrice}, or {@code -(insertion point) - 1}. */
    int indexOf(final long levelPrice) {
        return search(key(levelPrice));
    }

    /**
     * Creates an empty level at an absent price.
     *
     * @param index what {@link #indexOf} returned for the price (negative), with no change since.
     * @return its slot, or {@code -1} if the slots are exhausted.
     */
    int insert(final int index, final long levelPrice) {
        final long key = key(levelPrice);
        if (free == 0) {
            return -1;
        }
        final int slot = freeSlots[--free];
        price[slot] = levelPrice;
        total[slot] = 0;
        mask[slot] = 0;
        final int insertAt = -index - 1;
        final int moved = count - insertAt;
        if (moved > 0) {
            System.arraycopy(keys, insertAt, keys, insertAt + 1, moved);
            System.arraycopy(order, insertAt, order, insertAt + 1, moved);
        }
        keys[insertAt] = key;
        order[insertAt] = slot;
        count++;
        return slot;
    }

    /**
     * Sets one venue's quantity at a level slot, keeping the total and the mask; removes the level when no venue is
     * left at it.
     */
    void setVenueQuantity(final int slot, final int venueId, final long quantity) {
        final int cell = slot * venueCount + venueId;
        total[slot] += quantity - venueQuantity[cell];
        venueQuantity[cell] = quantity;
        if (quantity == 0) {
            mask[slot] &= ~(1L << venueId);
            if (mask[slot] == 0) {
                remove(slot);
            }
        } else {
            mask[slot] |= 1L << venueId;
        }
    }

    long price(final int slot) {
        return price[slot];
    }

    long total(final int slot) {
        return total[slot];
    }

    long mask(final int slot) {
        return mask[slot];
    }

    long venueQuantity(final int slot, final int venueId) {
        return venueQuantity[slot * venueCount + venueId];
    }

    /** Best price, or {@link FixedPoint#NULL_PRICE} if the side is empty. */
    long bestPrice() {
        return count == 0 ? FixedPoint.NULL_PRICE : price[order[count - 1]];
    }

    /** Total at the best price, {@code 0} if the side is empty. */
    long bestTotal() {
        return count == 0 ? 0 : total[order[count - 1]];
    }

    /** Venue mask at the best price, {@code 0} if the side is empty. */
    long bestMask() {
        return count == 0 ? 0 : mask[order[count - 1]];
    }

    /** Copies up to {@code maxLevels} levels from the touch into the arrays; returns the number copied. */
    int copyTo(
        final int maxLevels, final long[] prices, final long[] totals, final long[] masks, final long[] venues) {
        final int n = Math.min(maxLevels, count);
        final int width = venueCount;
        for (int depth = 0; depth < n; depth++) {
            final int slot = order[count - 1 - depth];
            prices[depth] = price[slot];
            totals[depth] = total[slot];
            masks[depth] = mask[slot];
            System.arraycopy(venueQuantity, slot * width, venues, depth * width, width);
        }
        return n;
    }

    /** Removes every level. */
    void clear() {
        for (int i = 0; i < count; i++) {
            final int slot = order[i];
            for (int v = 0; v < venueCount; v++) {
                venueQuantity[slot * venueCount + v] = 0;
            }
            freeSlots[free++] = slot;
        }
        count = 0;
    }

    private void remove(final int slot) {
        final int index = search(key(price[slot]));
        final int moved = count - 1 - index;
        if (moved > 0) {
            System.arraycopy(keys, index + 1, keys, index, moved);
            System.arraycopy(order, index + 1, order, index, moved);
        }
        count--;
        freeSlots[free++] = slot;
    }

    private long key(final long levelPrice) {
        return bid ? levelPrice : -levelPrice;
    }

    private int search(final long key) {
        return SortedKeys.search(keys, count, key);
    }
}
