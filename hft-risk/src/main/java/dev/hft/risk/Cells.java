package dev.hft.risk;

/**
 * Position cells of one kind (instrument totals, strategy x instrument, or account x instrument): position, open buy
 * and sell quantity, average price and realized P&amp;L, plus the worst-case positions (with every open buy or every
 * open sell filled) and the cached exposure and P&amp;L contributions the scope sums hold for each cell, so a change
 * re-adds exactly the difference. One flat array, 16 longs per cell, the fields a pre-trade check reads (worst-case
 * positions, exposure contributions) first.
 * Single-threaded.
 */
final class Cells {

    static final int POSITION = 0;
    /** Worst-case long position: position + open buys (saturating), kept by the checker on every change. */
    static final int HIGH = 1;
    /** Worst-case short position: position - open sells (saturating), kept by the checker on every change. */
    static final int LOW = 2;
    static final int GROSS = 3;
    static final int NET_LONG = 4;
    static final int NET_SHORT = 5;
    static final int OPEN_BUY = 6;
    static final int OPEN_SELL = 7;
    static final int PNL = 8;
    static final int AVERAGE_PRICE = 9;
    static final int REALIZED = 10;
    static final int FIELDS = 11;
    private static final int SHIFT = 4;

    final int size;
    private final long[] data;

    Cells(final int size) {
        this.size = size;
        this.data = new long[size << SHIFT];
    }

    long get(final int field, final int c) {
        return data[(c << SHIFT) + field];
    }

    void set(final int field, final int c, final long value) {
        data[(c << SHIFT) + field] = value;
    }

    void add(final int field, final int c, final long delta) {
        data[(c << SHIFT) + field] += delta;
    }

    void fill(final int field, final long value) {
        for (int c = 0; c < size; c++) {
            data[(c << SHIFT) + field] = value;
        }
    }

    boolean isEmpty(final int c) {
        final int base = c << SHIFT;
        for (int f = 0; f < FIELDS; f++) {
            if (f != AVERAGE_PRICE && data[base + f] != 0) {
                return false;
            }
        }
        return true;
    }
}
