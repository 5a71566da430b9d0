package dev.hft.sor;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;

/** Test helpers: prices and crafted consolidated books. */
final class Books {
    static final int VENUES = 5;
    static final int INSTRUMENT = 0;

    private Books() {
    }

    /** A fixed-point price from thousandths: {@code px(100_010)} is 100.010. */
    static long px(final long thousandths) {
        return thousandths * (FixedPoint.SCALE / 1_000);
    }

    static ConsolidatedBook book() {
        return new ConsolidatedBook(INSTRUMENT, VENUES, 16, ConsolidatedBookListener.NO_OP);
    }

    static void ask(final ConsolidatedBook book, final int venue, final long thousandths, final long quantity) {
        book.onLevel(venue, Side.SELL, px(thousandths), quantity);
    }

    static void bid(final ConsolidatedBook book, final int venue, final long thousandths, final long quantity) {
        book.onLevel(venue, Side.BUY, px(thousandths), quantity);
    }
}
