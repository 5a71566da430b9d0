package dev.hft.risk;

/**
 * Position cells of one kind (instrument totals, strategy x instrument, or account x instrument): position, open buy
 * and sell quantity, average price and realized P&amp;L, plus the cached exposure and P&amp;L contributions the scope
 * sums hold for each cell, so a change re-adds exactly the difference. Flat arrays, single-threaded.
 */
final class Cells {

    final long[] position;
    final long[] openBuy;
    final long[] openSell;
    final long[] averagePrice;
    final long[] realized;
    final long[] gross;
    final long[] netLong;
    final long[] netShort;
    final long[] pnl;

    Cells(final int size) {
        position = new long[size];
        openBuy = new long[size];
        openSell = new long[size];
        averagePrice = new long[size];
        realized = new long[size];
        gross = new long[size];
        netLong = new long[size];
        netShort = new long[size];
        pnl = new long[size];
    }

    boolean isEmpty(final int c) {
        return position[c] == 0 && openBuy[c] == 0 && openSell[c] == 0 && realized[c] == 0 && gross[c] == 0
            && netLong[c] == 0 && netShort[c] == 0 && pnl[c] == 0;
    }
}
