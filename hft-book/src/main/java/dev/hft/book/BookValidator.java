package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;

/**
 * Integrity checks of an {@link OrderBook} through its public queries, for tests and tools (not the hot path): each
 * check returns a bit set of the problems found, {@link #OK} for none.
 *
 * <ul>
 *     <li>{@link #CROSSED}: best bid above best ask; {@link #LOCKED}: best bid equal to best ask;</li>
 *     <li>{@link #NON_POSITIVE}: a level with a quantity or order count {@code <= 0}, or an order with no shares;</li>
 *     <li>{@link #UNSORTED}: levels not strictly worse going away from the touch;</li>
 *     <li>{@link #LEVEL_TOTAL_MISMATCH}: a level's quantity or order count differs from the sum of its orders, or
 *     orders name a price with no level ({@link #checkLevelTotals}).</li>
 * </ul>
 * The L3 book neither crosses nor locks by itself (it mirrors the venue's book); a crossed or locked mirror means
 * missed messages or a venue in an auction or halt state.
 */
public final class BookValidator {
    /** No problem. */
    public static final int OK = 0;
    /** Best bid above best ask. */
    public static final int CROSSED = 1;
    /** Best bid equal to best ask. */
    public static final int LOCKED = 2;
    /** A non-positive level quantity, level order count or order size. */
    public static final int NON_POSITIVE = 4;
    /** Levels out of price order. */
    public static final int UNSORTED = 8;
    /** A level's totals differ from the sum of its orders. */
    public static final int LEVEL_TOTAL_MISMATCH = 16;

    private BookValidator() {
    }

    /**
     * Checks the BBO and every level: crossed, locked, non-positive sizes, sort order. O(levels).
     *
     * @param book the book.
     * @return a bit set of {@link #CROSSED}, {@link #LOCKED}, {@link #NON_POSITIVE}, {@link #UNSORTED}; {@link #OK}.
     */
    public static int check(final OrderBook book) {
        int problems = OK;
        final long bid = book.bestBidPrice();
        final long ask = book.bestAskPrice();
        if (bid != FixedPoint.NULL_PRICE && ask != FixedPoint.NULL_PRICE) {
            if (bid > ask) {
                problems |= CROSSED;
            } else if (bid == ask) {
                problems |= LOCKED;
            }
        }
        problems |= checkSide(book, Side.BUY);
        problems |= checkSide(book, Side.SELL);
        return problems;
    }

    /**
     * Checks that every level's quantity and order count equal the sums over the given orders, which must be all the
     * orders resting in the book (e.g. from {@link BookBuilder#copyOrderReferences}). O(levels x orders).
     *
     * @param book       the book.
     * @param references the book's resting order references.
     * @param count      how many of {@code references} to use.
     * @return {@link #OK}, or a bit set of {@link #LEVEL_TOTAL_MISMATCH} and {@link #NON_POSITIVE}.
     */
    public static int checkLevelTotals(final OrderBook book, final long[] references, final int count) {
        int problems = OK;
        if (count != book.orderCount()) {
            problems |= LEVEL_TOTAL_MISMATCH;
        }
        long ordersInLevels = 0;
        for (int s = 0; s < 2; s++) {
            final Side side = s == 0 ? Side.BUY : Side.SELL;
            final int levels = book.levelCount(side);
            for (int depth = 0; depth < levels; depth++) {
                final long price = book.levelPrice(side, depth);
                long quantity = 0;
                int orders = 0;
                for (int i = 0; i < count; i++) {
                    final long reference = references[i];
                    if (book.orderSide(reference) == side && book.orderPrice(reference) == price) {
                        final long shares = book.orderShares(reference);
                        if (shares <= 0) {
                            problems |= NON_POSITIVE;
                        }
                        quantity += shares;
                        orders++;
                    }
                }
                ordersInLevels += orders;
                if (quantity != book.levelQuantity(side, depth) || orders != book.levelOrderCount(side, depth)) {
                    problems |= LEVEL_TOTAL_MISMATCH;
                }
            }
        }
        if (ordersInLevels != count) {
            problems |= LEVEL_TOTAL_MISMATCH;
        }
        return problems;
    }

    /**
     * Describes a bit set returned by the checks, for messages; allocates.
     *
     * @param problems the bit set.
     * @return e.g. {@code "CROSSED|UNSORTED"}, or {@code "OK"}.
     */
    public static String describe(final int problems) {
        if (problems == OK) {
            return "OK";
        }
        final StringBuilder sb = new StringBuilder();
        final String[] names = {"CROSSED", "LOCKED", "NON_POSITIVE", "UNSORTED", "LEVEL_TOTAL_MISMATCH"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((problems & (1 << bit)) != 0) {
                sb.append(sb.length() == 0 ? "" : "|").append(names[bit]);
            }
        }
        return sb.toString();
    }

    private static int checkSide(final OrderBook book, final Side side) {
        int problems = OK;
        final int levels = book.levelCount(side);
        long previous = FixedPoint.NULL_PRICE;
        for (int depth = 0; depth < levels; depth++) {
            final long price = book.levelPrice(side, depth);
            if (book.levelQuantity(side, depth) <= 0 || book.levelOrderCount(side, depth) <= 0) {
                problems |= NON_POSITIVE;
            }
            if (depth > 0 && (side == Side.BUY ? price >= previous : price <= previous)) {
                problems |= UNSORTED;
            }
            previous = price;
        }
        return problems;
    }
}
