package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random operation sequences (adds, executions, cancels, deletes, replaces and modifies, with unknown and duplicate
 * references, oversized reductions and invalid sizes) applied to {@link OrderBook} and to the naive
 * {@link ReferenceBook}: the same result codes, levels (price, quantity, order count), BBO, order sizes and queue
 * positions after every step.
 */
class OrderBookPropertyTest {
    private static final int ADD = 0;
    private static final int EXECUTE = 1;
    private static final int CANCEL = 2;
    private static final int DELETE = 3;
    private static final int REPLACE = 4;
    private static final int MODIFY = 5;

    record Op(int type, long reference, long newReference, boolean buy, long price, long shares) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return operations(990, 1010);
    }

    /** Prices spread over 400 ticks: a 64-tick ladder moves its window up and down, spills and pulls levels. */
    @Provide
    Arbitrary<List<Op>> widePrices() {
        return operations(800, 1200);
    }

    private static Arbitrary<List<Op>> operations(final long lowPrice, final long highPrice) {
        final Arbitrary<Op> op = Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.longs().between(1, 40),
            Arbitraries.longs().between(1, 40),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(lowPrice, highPrice),
            Arbitraries.longs().between(-1, 400))
            .as((type, reference, newReference, buy, price, shares) ->
                new Op(type < 4 ? ADD : type - 3, reference, newReference, buy, price, shares));
        return op.list().ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 300)
    void shouldMatchTheReferenceBookAfterEveryStep(@ForAll("operations") final List<Op> ops) {
        replay(ops, new OrderBook(1, 64, 32, OrderBookListener.NO_OP), new ReferenceBook());
    }

    /** The tick-indexed ladder (64 ticks of 1) over prices spread wider than its window. */
    @Property(tries = 300)
    void shouldMatchTheReferenceBookWithALadderThatMoves(@ForAll("widePrices") final List<Op> ops) {
        replay(ops, new OrderBook(1, 64, 32, 1, 64, OrderBookListener.NO_OP), new ReferenceBook());
    }

    /** The ladder with prices near the touch: every level in the window. */
    @Property(tries = 200)
    void shouldMatchTheReferenceBookWithALadder(@ForAll("operations") final List<Op> ops) {
        replay(ops, new OrderBook(1, 64, 32, 1, 64, OrderBookListener.NO_OP), new ReferenceBook());
    }

    /** A tick of 2 and odd prices: the first off-grid price sends every level to the sorted fallback. */
    @Property(tries = 200)
    void shouldMatchTheReferenceBookAfterFallingBackFromTheLadder(@ForAll("operations") final List<Op> ops) {
        replay(ops, new OrderBook(1, 64, 32, 2, 64, OrderBookListener.NO_OP), new ReferenceBook());
    }

    /** A full ladder book refuses exactly as the naive one with the same limits does. */
    @Property(tries = 200)
    void shouldRefuseWhenFullWithALadder(@ForAll("widePrices") final List<Op> ops) {
        final OrderBook book = new OrderBook(1, 6, 4, 1, 64, OrderBookListener.NO_OP);
        final ReferenceBook reference = new ReferenceBook(6, 4);
        replay(ops, book, reference);
        assertEquals(reference.rejected, book.errorCount(BookError.CAPACITY_EXHAUSTED));
    }

    /**
     * A book of 6 orders and 4 levels per side (an order table of 16 slots for 40 references, so long probe runs and
     * records relocated by deletions): a full book refuses exactly when the naive one with the same limits does, and
     * stays consistent.
     */
    @Property(tries = 300)
    void shouldRefuseWhenFullAndStayConsistent(@ForAll("operations") final List<Op> ops) {
        final OrderBook book = new OrderBook(1, 6, 4, OrderBookListener.NO_OP);
        final ReferenceBook reference = new ReferenceBook(6, 4);
        replay(ops, book, reference);
        assertEquals(reference.rejected, book.errorCount(BookError.CAPACITY_EXHAUSTED));
    }

    private static void replay(final List<Op> ops, final OrderBook book, final ReferenceBook reference) {
        int step = 0;
        for (final Op op : ops) {
            final int expected;
            final int actual;
            final Side side = op.buy() ? Side.BUY : Side.SELL;
            switch (op.type()) {
                case ADD:
                    expected = reference.add(op.reference(), side, op.price(), op.shares());
                    actual = book.add(op.reference(), side, op.price(), op.shares());
                    break;
                case EXECUTE:
                    expected = reference.reduce(op.reference(), op.shares());
                    actual = book.execute(op.reference(), op.shares());
                    break;
                case CANCEL:
                    expected = reference.reduce(op.reference(), op.shares());
                    actual = book.cancel(op.reference(), op.shares());
                    break;
                case DELETE:
                    expected = reference.delete(op.reference());
                    actual = book.delete(op.reference());
                    break;
                case REPLACE:
                    expected = reference.replace(op.reference(), op.newReference(), op.shares(), op.price());
                    actual = book.replace(op.reference(), op.newReference(), op.shares(), op.price());
                    break;
                default:
                    expected = reference.modify(op.reference(), op.shares(), op.price());
                    actual = book.modify(op.reference(), op.shares(), op.price());
                    break;
            }
            final String where = "step " + step + " " + op;
            assertEquals(expected, actual, where);
            assertSame(reference, book, where);
            step++;
        }
    }

    private static void assertSame(final ReferenceBook reference, final OrderBook book, final String where) {
        assertEquals(reference.depth(Side.BUY), depth(book, Side.BUY), where);
        assertEquals(reference.depth(Side.SELL), depth(book, Side.SELL), where);
        assertEquals(best(reference, Side.BUY), book.bestBidPrice(), where);
        assertEquals(best(reference, Side.SELL), book.bestAskPrice(), where);
        assertEquals(book.levelQuantity(Side.BUY, 0), book.bestBidQuantity(), where);
        assertEquals(book.levelQuantity(Side.SELL, 0), book.bestAskQuantity(), where);
        assertEquals(reference.orders.size(), book.orderCount(), where);
        for (final ReferenceBook.Entry e : reference.orders.values()) {
            assertEquals(e.shares, book.orderShares(e.reference), where);
            assertEquals(e.price, book.orderPrice(e.reference), where);
            assertEquals(e.side, book.orderSide(e.reference), where);
            assertEquals(reference.sharesAhead(e.reference), book.sharesAhead(e.reference), where);
            assertEquals(reference.ordersAhead(e.reference), book.ordersAhead(e.reference), where);
        }
    }

    private static long best(final ReferenceBook reference, final Side side) {
        final var levels = reference.levels(side);
        return levels.isEmpty() ? FixedPoint.NULL_PRICE : levels.firstKey();
    }

    private static List<String> depth(final OrderBook book, final Side side) {
        final List<String> out = new ArrayList<>();
        for (int depth = 0; depth < book.levelCount(side); depth++) {
            out.add(book.levelPrice(side, depth) + ":" + book.levelQuantity(side, depth) + "/"
                + book.levelOrderCount(side, depth));
        }
        return out;
    }
}
