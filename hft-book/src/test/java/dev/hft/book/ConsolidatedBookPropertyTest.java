package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random per-venue level updates (including removals of absent levels and negative quantities), venue BBO
 * replacements and venue clears applied to {@link ConsolidatedBook} and to a naive reference (one {@code TreeMap} per
 * venue and side, the aggregate recomputed from scratch): the same result codes, NBBO (price, size, venue mask, state),
 * per-venue bests, aggregated depth (total, mask and every venue's quantity per level, read directly and through a
 * {@link ConsolidatedDepth} copy), and an NBBO event exactly when the NBBO changed, after every step.
 */
class ConsolidatedBookPropertyTest {
    private static final int VENUES = 4;
    private static final int LEVEL = 0;
    private static final int BBO = 1;
    private static final int CLEAR = 2;

    record Op(int type, int venue, boolean buy, long price, long quantity, long otherPrice, long otherQuantity) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        final Arbitrary<Op> op = Combinators.combine(
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, VENUES - 1),
            Arbitraries.of(true, false),
            Arbitraries.longs().between(990, 1010),
            Arbitraries.longs().between(-1, 50).map(q -> q > 30 ? 0 : q),
            Arbitraries.longs().between(995, 1005),
            Arbitraries.longs().between(0, 30))
            .as((type, venue, buy, price, quantity, otherPrice, otherQuantity) -> new Op(
                type < 17 ? LEVEL : type < 19 ? BBO : CLEAR, venue, buy, price, quantity, otherPrice, otherQuantity));
        return op.list().ofMinSize(1).ofMaxSize(300);
    }

    @Property(tries = 300)
    void shouldMatchTheNaiveReferenceAfterEveryStep(@ForAll("operations") final List<Op> ops) {
        final Events events = new Events();
        final ConsolidatedBook book = new ConsolidatedBook(1, VENUES, 32, events);
        final Reference reference = new Reference();
        final ConsolidatedDepth depth = new ConsolidatedDepth(5, VENUES);
        String previousNbbo = reference.nbbo();
        int step = 0;
        for (final Op op : ops) {
            final int expected;
            final int actual;
            final Side side = op.buy() ? Side.BUY : Side.SELL;
            switch (op.type()) {
                case LEVEL:
                    expected = reference.level(op.venue(), side, op.price(), op.quantity());
                    actual = book.onLevel(op.venue(), side, op.price(), op.quantity());
                    break;
                case BBO:
                    final long bidQuantity = Math.max(0, op.quantity());
                    reference.bbo(op.venue(), op.otherPrice() - 1, bidQuantity, op.otherPrice(), op.otherQuantity());
                    expected = Result.OK;
                    actual = book.onVenueBbo(op.venue(), op.otherPrice() - 1, bidQuantity, op.otherPrice(),
                        op.otherQuantity());
                    break;
                default:
                    reference.clear(op.venue());
                    expected = Result.OK;
                    actual = book.clearVenue(op.venue());
                    break;
            }
            final String where = "step " + step + " " + op;
            assertEquals(expected, actual, where);
            final String nbbo = reference.nbbo();
            assertEquals(nbbo.equals(previousNbbo) ? 0 : 1, events.nbboEvents, where);
            events.nbboEvents = 0;
            previousNbbo = nbbo;
            assertEquals(nbbo, nbbo(book), where);
            assertEquals(reference.state(), book.nbboState(), where);
            for (int v = 0; v < VENUES; v++) {
                assertEquals(reference.side(v, Side.BUY).size(), book.venueLevelCount(v, Side.BUY), where);
                assertEquals(reference.side(v, Side.SELL).size(), book.venueLevelCount(v, Side.SELL), where);
                assertEquals(Reference.best(reference.side(v, Side.BUY)), book.venueBestBidPrice(v), where);
                assertEquals(Reference.bestQuantity(reference.side(v, Side.BUY)), book.venueBestBidQuantity(v), where);
                assertEquals(Reference.best(reference.side(v, Side.SELL)), book.venueBestAskPrice(v), where);
                assertEquals(Reference.bestQuantity(reference.side(v, Side.SELL)), book.venueBestAskQuantity(v),
                    where);
            }
            book.copyDepth(depth);
            for (final Side s : new Side[] {Side.BUY, Side.SELL}) {
                final List<String> levels = reference.depth(s);
                assertEquals(levels, depth(book, s), where);
                assertEquals(levels.subList(0, Math.min(5, levels.size())), depth(depth, s), where);
            }
            step++;
        }
    }

    private static String nbbo(final ConsolidatedBook book) {
        return book.bestBidPrice() + "x" + book.bestBidQuantity() + "/" + book.bestBidVenues() + " "
            + book.bestAskPrice() + "x" + book.bestAskQuantity() + "/" + book.bestAskVenues();
    }

    private static List<String> depth(final ConsolidatedBook book, final Side side) {
        final List<String> out = new ArrayList<>();
        for (int d = 0; d < book.levelCount(side); d++) {
            final StringBuilder s = new StringBuilder().append(book.levelPrice(side, d)).append(':')
                .append(book.levelQuantity(side, d)).append('/').append(book.levelVenues(side, d));
            for (int v = 0; v < VENUES; v++) {
                s.append(' ').append(book.levelVenueQuantity(side, d, v));
            }
            out.add(s.toString());
        }
        return out;
    }

    private static List<String> depth(final ConsolidatedDepth depth, final Side side) {
        final List<String> out = new ArrayList<>();
        for (int d = 0; d < depth.levelCount(side); d++) {
            final StringBuilder s = new StringBuilder().append(depth.price(side, d)).append(':')
                .append(depth.quantity(side, d)).append('/').append(depth.venueMask(side, d));
            for (int v = 0; v < VENUES; v++) {
                s.append(' ').append(depth.venueQuantity(side, d, v));
            }
            out.add(s.toString());
        }
        return out;
    }

    /** Counts NBBO events. */
    static final class Events implements ConsolidatedBookListener {
        int nbboEvents;

        @Override
        public void onNbbo(
            final int instrumentId, final long bidPrice, final long bidQuantity, final long bidVenueMask,
            final long askPrice, final long askQuantity, final long askVenueMask) {
            nbboEvents++;
        }
    }

    /** Deliberately naive: a sorted map per venue and side (best first), everything aggregated from scratch. */
    static final class Reference {
        private final List<TreeMap<Long, Long>> sides = new ArrayList<>();

        Reference() {
            for (int v = 0; v < VENUES; v++) {
                sides.add(new TreeMap<>(Collections.reverseOrder()));
                sides.add(new TreeMap<>());
            }
        }

        TreeMap<Long, Long> side(final int venue, final Side side) {
            return sides.get(venue * 2 + (side == Side.BUY ? 0 : 1));
        }

        int level(final int venue, final Side side, final long price, final long quantity) {
            final TreeMap<Long, Long> levels = side(venue, side);
            if (quantity < 0) {
                return Result.INVALID_ARGUMENT;
            }
            if (quantity == 0) {
                return levels.remove(price) == null ? Result.UNKNOWN_ORDER : Result.OK;
            }
            levels.put(price, quantity);
            return Result.OK;
        }

        void bbo(final int venue, final long bidPrice, final long bidQuantity, final long askPrice,
            final long askQuantity) {
            clear(venue);
            if (bidQuantity > 0) {
                side(venue, Side.BUY).put(bidPrice, bidQuantity);
            }
            if (askQuantity > 0) {
                side(venue, Side.SELL).put(askPrice, askQuantity);
            }
        }

        void clear(final int venue) {
            side(venue, Side.BUY).clear();
            side(venue, Side.SELL).clear();
        }

        static long best(final TreeMap<Long, Long> levels) {
            return levels.isEmpty() ? FixedPoint.NULL_PRICE : levels.firstKey();
        }

        static long bestQuantity(final TreeMap<Long, Long> levels) {
            return levels.isEmpty() ? 0 : levels.firstEntry().getValue();
        }

        /** Aggregated levels, best first: "price:total/mask q0 q1 ...". */
        List<String> depth(final Side side) {
            final TreeSet<Long> prices = new TreeSet<>(side == Side.BUY ? Collections.reverseOrder() : null);
            for (int v = 0; v < VENUES; v++) {
                prices.addAll(side(v, side).keySet());
            }
            final List<String> out = new ArrayList<>();
            for (final long price : prices) {
                long total = 0;
                long mask = 0;
                final StringBuilder venues = new StringBuilder();
                for (int v = 0; v < VENUES; v++) {
                    final long q = side(v, side).getOrDefault(price, 0L);
                    total += q;
                    mask |= q > 0 ? 1L << v : 0;
                    venues.append(' ').append(q);
                }
                out.add(price + ":" + total + "/" + mask + venues);
            }
            return out;
        }

        String nbbo() {
            return top(Side.BUY) + " " + top(Side.SELL);
        }

        int state() {
            final long bid = bestOf(Side.BUY);
            final long ask = bestOf(Side.SELL);
            if (bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE || bid < ask) {
                return ConsolidatedBook.NORMAL;
            }
            return bid == ask ? ConsolidatedBook.LOCKED : ConsolidatedBook.CROSSED;
        }

        private long bestOf(final Side side) {
            long best = FixedPoint.NULL_PRICE;
            for (int v = 0; v < VENUES; v++) {
                final long p = best(side(v, side));
                if (p != FixedPoint.NULL_PRICE
                    && (best == FixedPoint.NULL_PRICE || (side == Side.BUY ? p > best : p < best))) {
                    best = p;
                }
            }
            return best;
        }

        private String top(final Side side) {
            final long best = bestOf(side);
            long total = 0;
            long mask = 0;
            if (best != FixedPoint.NULL_PRICE) {
                for (int v = 0; v < VENUES; v++) {
                    for (final Map.Entry<Long, Long> e : side(v, side).entrySet()) {
                        if (e.getKey() == best) {
                            total += e.getValue();
                            mask |= 1L << v;
                        }
                    }
                }
            }
            return best + "x" + total + "/" + mask;
        }
    }
}
