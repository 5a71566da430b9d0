package dev.hft.book;

/**
 * One side of an {@link OrderBook}: its price levels, found by price and ordered from the touch. Levels near the touch
 * sit in a tick-indexed ladder (an {@code int[]} of level ids over a window of {@code width} ticks, one slot per tick,
 * circular, with an occupancy bitmap): finding, creating and removing one is O(1) with no search and no array shift.
 * Levels deeper than the window sit in a sorted {@link LevelIndex} (the overflow). Keys grow towards the touch
 * ({@code price / tick} for bids, {@code -price / tick} for asks).
 *
 * <p><b>Invariant</b> (while the ladder is enabled): every level whose key is in the window {@code [low, low + width)}
 * is in the ladder, every other level is in the overflow and has a key below {@code low}; the ladder is empty only when
 * the whole side is. So the best level is the ladder's best.
 *
 * <ul>
 *     <li>A price better than the window moves the window up (the new price lands three quarters up, leaving room
 *     above it); ladder levels that fall below the new window move to the top of the overflow (O(1) each).</li>
 *     <li>When the ladder's last level goes and the overflow is not empty, the window moves down to the overflow's
 *     best and the overflow levels inside it move into the ladder.</li>
 *     <li>A price off the tick grid ({@code price % tick != 0}) disables the ladder for good (until
 *     {@link #reset()}): every level moves to the overflow, which then works alone, as correct as before and as fast
 *     as the sorted index. A tick size of the venue's real tick (ITCH {@code Price(4)} one cent: 100) never does
 *     this for names quoted on that tick.</li>
 * </ul>
 * Window moves are counted ({@link #recentres()}, {@link #fallbacks()}); none allocates. Level ids come from the
 * overflow's pool, so a level keeps its id (and its record in the book) when it moves.
 */
final class LevelLadder {
    private static final int NONE = -1;
    /** {@link #ticks} of a price off the grid (never a real quotient: only {@code Long.MIN_VALUE / 1} gives it). */
    private static final long OFF_GRID = Long.MIN_VALUE;

    private final boolean bid;
    private final long tick;
    private final double inverseTick;
    private final int width;
    private final int mask;
    /** Level id + 1 per tick slot ({@code 0}: empty), indexed by {@code key & mask}. */
    private final int[] slots;
    private final long[] occupied;
    private final LevelIndex overflow;
    private boolean enabled;
    private long low;
    private int ladderCount;
    private long bestKey;
    private long recentres;
    private long fallbacks;
    // sequential depth reads (top-N copies) continue from the last one: valid until the next change
    private int cachedDepth = NONE;
    private long cachedKey;

    /**
     * Creates a side.
     *
     * @param bid      {@code true} for the bid side.
     * @param firstId  its first level id.
     * @param capacity levels it can hold.
     * @param tick     price units per tick, positive.
     * @param width    ticks in the window, a power of two of at least 64, or {@code 0} for no ladder.
     */
    LevelLadder(final boolean bid, final int firstId, final int capacity, final long tick, final int width) {
        this.bid = bid;
        this.tick = tick;
        this.inverseTick = 1.0 / tick;
        this.width = width;
        this.mask = width - 1;
        this.slots = new int[width];
        this.occupied = new long[width >>> 6];
        this.overflow = new LevelIndex(bid, firstId, capacity);
        this.enabled = width > 0;
    }

    int count() {
        return ladderCount + overflow.count();
    }

    /** The best level's id, or {@code -1}. */
    int best() {
        return ladderCount > 0 ? slots[(int) bestKey & mask] - 1 : overflow.best();
    }

    /** The id of the level {@code depth} levels behind the touch (0 = best), or {@code -1}. */
    int atDepth(final int depth) {
        if (depth < 0) {
            return NONE;
        }
        if (depth >= ladderCount) {
            return overflow.atDepth(depth - ladderCount);
        }
        long key;
        int at;
        if (cachedDepth >= 0 && cachedDepth <= depth) {
            key = cachedKey;
            at = cachedDepth;
        } else {
            key = bestKey;
            at = 0;
        }
        while (at < depth) {
            key = below(key - 1);
            at++;
        }
        cachedDepth = depth;
        cachedKey = key;
        return slots[(int) key & mask] - 1;
    }

    /** The id of the level at {@code price}, or {@code -1}. */
    int find(final long price) {
        if (!enabled) {
            return overflow.find(price);
        }
        final long ticks = ticks(price);
        if (ticks == OFF_GRID) {
            return NONE;
        }
        final long key = bid ? ticks : -ticks;
        if (key >= low) {
            return key - low < width ? slots[(int) key & mask] - 1 : NONE;
        }
        return overflow.find(price);
    }

    /**
     * Creates the level at {@code price}, which {@link #find} did not find.
     *
     * @return its id, or {@code -1} if the side's level pool is empty (nothing changed).
     */
    int create(final long price) {
        final long ticks = enabled ? ticks(price) : OFF_GRID;
        if (enabled && ticks == OFF_GRID) {
            disable();
        }
        if (!enabled) {
            return overflow.insert(overflow.position(price), price);
        }
        final long key = bid ? ticks : -ticks;
        if (ladderCount > 0 && key < low) {
            return overflow.insert(overflow.position(price), price);
        }
        final int id = overflow.takeId();
        if (id < 0) {
            return NONE;
        }
        cachedDepth = NONE;
        if (ladderCount == 0) {
            low = key - (width - (width >>> 2));
        } else if (key - low >= width) {
            spillBelow(key - (width - (width >>> 2)));
            recentres++;
        }
        place(key, id);
        return id;
    }

    /** Removes the level at {@code price} (which must exist) and frees its id. */
    void remove(final long price, final int id) {
        if (enabled) {
            final long key = key(price);
            if (key >= low) {
                cachedDepth = NONE;
                final int slot = (int) key & mask;
                slots[slot] = 0;
                occupied[slot >>> 6] &= ~(1L << slot);
                ladderCount--;
                overflow.freeId(id);
                if (ladderCount == 0) {
                    if (overflow.count() > 0) {
                        pullFromOverflow();
                    }
                } else if (key == bestKey) {
                    bestKey = below(key - 1);
                }
                return;
            }
        }
        cachedDepth = NONE;
        overflow.remove(price, id);
    }

    /** Re-enables the ladder once the owner has removed every level. */
    void reset() {
        enabled = width > 0;
        cachedDepth = NONE;
    }

    /** Window moves so far (up past a better price, down to the overflow). */
    long recentres() {
        return recentres;
    }

    /** Times an off-grid price disabled the ladder. */
    long fallbacks() {
        return fallbacks;
    }

    /** Tells whether the ladder is in use (a tick size was given and no off-grid price came since the last clear). */
    boolean ladderEnabled() {
        return enabled;
    }

    private long priceOfKey(final long key) {
        return (bid ? key : -key) * tick;
    }

    private long key(final long price) {
        final long ticks = ticks(price);
        return bid ? ticks : -ticks;
    }

    /**
     * {@code price / tick} if the price is on the tick grid, else {@link #OFF_GRID}. A multiply by the reciprocal
     * estimates the quotient and one integer multiply checks it exactly, so the hot path has no 64-bit division; a
     * wrong estimate (rounding on huge prices) or an off-grid price takes the exact division.
     */
    private long ticks(final long price) {
        final double estimate = price * inverseTick;
        final long quotient = (long) (estimate + (estimate >= 0 ? 0.5 : -0.5));
        if (quotient * tick == price) {
            return quotient;
        }
        return price % tick == 0 ? price / tick : OFF_GRID;
    }

    private void place(final long key, final int id) {
        final int slot = (int) key & mask;
        slots[slot] = id + 1;
        occupied[slot >>> 6] |= 1L << slot;
        if (ladderCount == 0 || key > bestKey) {
            bestKey = key;
        }
        ladderCount++;
    }

    /** The highest occupied key at or below {@code from} and at or above {@code low}; the ladder holds one. */
    private long below(final long from) {
        long key = from;
        while (true) {
            final int slot = (int) key & mask;
            final int bit = slot & 63;
            long word = occupied[slot >>> 6];
            final long lowest = key - bit;
            if (lowest < low) {
                // bits for keys under the window belong to the top of the circle: drop them
                word &= -1L << (low - lowest);
            }
            final long bits = word << (63 - bit);
            if (bits != 0) {
                return key - Long.numberOfLeadingZeros(bits);
            }
            key = lowest - 1;
        }
    }

    /** Moves the window up to start at {@code newLow}, spilling the ladder levels under it to the overflow. */
    private void spillBelow(final long newLow) {
        final long end = Math.min(newLow, low + width);
        long key = low;
        while (key < end && ladderCount > 0) {
            final int slot = (int) key & mask;
            final long bits = occupied[slot >>> 6] >>> (slot & 63);
            if (bits == 0) {
                key += 64 - (slot & 63);
                continue;
            }
            key += Long.numberOfTrailingZeros(bits);
            if (key >= end) {
                break;
            }
            final int at = (int) key & mask;
            overflow.appendBest(priceOfKey(key), slots[at] - 1);
            slots[at] = 0;
            occupied[at >>> 6] &= ~(1L << at);
            ladderCount--;
            key++;
        }
        low = newLow;
    }

    /** The ladder is empty: moves the window down to the overflow's best and pulls the levels inside it. */
    private void pullFromOverflow() {
        final long top = key(overflow.bestPrice());
        low = top - (width - (width >>> 2));
        while (overflow.count() > 0) {
            final long key = key(overflow.bestPrice());
            if (key < low) {
                break;
            }
            place(key, overflow.removeBestKeepId());
        }
        recentres++;
    }

    /** Moves every ladder level to the overflow and stops using the ladder. */
    private void disable() {
        spillBelow(low + width);
        enabled = false;
        fallbacks++;
        cachedDepth = NONE;
    }
}
