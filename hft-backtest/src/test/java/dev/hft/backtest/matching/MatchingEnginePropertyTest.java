package dev.hft.backtest.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.BookBuilder;
import dev.hft.book.BookBuilderItchAdapter;
import dev.hft.book.BookBuilderListener;
import dev.hft.book.OrderBook;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of orders, cancels, reduces and replaces (few owners, prices around a touch so books cross often).
 * After every step: the engine's fills and levels equal the naive {@link ReferenceMatcher}'s (price-time priority),
 * the book is not crossed, every order's quantity is conserved (submitted = filled + resting + canceled, nothing
 * overfilled), and a {@link BookBuilder} fed with the engine's ITCH has the engine's levels.
 */
class MatchingEnginePropertyTest {
    private static final long TICK = FixedPoint.parse("0.01");
    private static final long BASE = FixedPoint.parse("100");

    /** One request: kind 0-3 limit DAY, 4 market, 5 IOC, 6 FOK, 7 post-only, 8-9 cancel, 10 reduce, 11-12 replace. */
    record Action(int kind, int owner, boolean buy, int tick, int quantity, int target) {
    }

    @Provide
    Arbitrary<Action> action() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(1, 3),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 10), Arbitraries.integers().between(1, 50),
            Arbitraries.integers().between(0, 1_000)).as(Action::new);
    }

    @Property(tries = 300)
    void shouldMatchLikeTheReferenceWithCancelNewest(@ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.REJECT);
    }

    @Property(tries = 200)
    void shouldMatchLikeTheReferenceWithCancelOldest(@ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.CANCEL_OLDEST, PostOnlyPolicy.REJECT);
    }

    @Property(tries = 200)
    void shouldMatchLikeTheReferenceWithoutPrevention(@ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.ALLOW, PostOnlyPolicy.REJECT);
    }

    @Property(tries = 150)
    void shouldMatchLikeTheReferenceWithCancelBoth(@ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.CANCEL_BOTH, PostOnlyPolicy.REJECT);
    }

    @Property(tries = 150)
    void shouldMatchLikeTheReferenceWithDecrementAndCancel(
        @ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.DECREMENT_AND_CANCEL, PostOnlyPolicy.SLIDE);
    }

    @Property(tries = 150)
    void shouldSlidePostOnlyOrdersLikeTheReference(@ForAll @Size(max = 120) final List<@From("action") Action> a) {
        run(a, SelfMatchPolicy.CANCEL_NEWEST, PostOnlyPolicy.SLIDE);
    }

    private static void run(final List<Action> actions, final SelfMatchPolicy policy, final PostOnlyPolicy slide) {
        final MatchingEngineConfig config = new MatchingEngineConfig().selfMatchPolicy(policy).maxOrders(4096)
            .maxLevelsPerSide(64).postOnlyPolicy(slide);
        final boolean sliding = slide == PostOnlyPolicy.SLIDE;
        config.instrument("PROP", TICK, 1);
        final Checker checker = new Checker();
        final BookBuilder builder = new BookBuilder(1, 4096, 64, 4096, BookBuilderListener.NO_OP);
        final WireErrorCounters errors = new WireErrorCounters("itch", WireErrorListener.NO_OP);
        final BookBuilderItchAdapter adapter = new BookBuilderItchAdapter(builder, errors);
        final ItchBookPublisher publisher = new ItchBookPublisher(config, adapter::onMessage);
        publisher.publishStartOfDay(0);
        final MatchingEngine engine = new MatchingEngine(config, new ManualClock(), checker, publisher);
        final ReferenceMatcher reference = new ReferenceMatcher(policy);
        final List<Long> live = new ArrayList<>();
        final Set<Long> postOnly = new HashSet<>();
        long clientOrderId = 0;

        for (final Action a : actions) {
            final long price = BASE + a.tick() * TICK;
            final Side side = a.buy() ? Side.BUY : Side.SELL;
            live.removeIf(id -> engine.leavesQuantity(id) == 0);
            if (a.kind() <= 7) {
                final boolean market = a.kind() == 4;
                final TimeInForce tif = a.kind() == 5 ? TimeInForce.IOC : a.kind() == 6 ? TimeInForce.FOK
                    : TimeInForce.DAY;
                final int flags = a.kind() == 7 ? ExecInstructions.POST_ONLY : 0;
                final boolean wouldTake = a.kind() == 7 && reference.wouldCross(a.buy(), price);
                final long id = engine.submit(0, a.owner(), ++clientOrderId, side,
                    market ? OrderType.MARKET : OrderType.LIMIT, tif, flags, price, a.quantity());
                if (wouldTake && !sliding) {
                    assertEquals(Result.REJECTED, id);
                } else {
                    assertTrue(id > 0);
                    final long posted = wouldTake ? slid(reference, a.buy()) : price;
                    reference.submit(id, a.owner(), a.buy(), market ? 0 : posted, a.quantity(),
                        !market && !tif.isImmediate(), tif == TimeInForce.FOK);
                    live.add(id);
                    if (flags != 0) {
                        postOnly.add(id);
                    }
                }
            } else if (!live.isEmpty()) {
                final long id = live.get(a.target() % live.size());
                final ReferenceMatcher.Order order = reference.find(id);
                if (a.kind() <= 9) {
                    assertEquals(Result.OK, engine.cancel(order.owner, id));
                    reference.cancel(id);
                } else if (a.kind() == 10) {
                    final long leaves = (order.leaves * a.quantity()) / 51;
                    assertEquals(Result.OK, engine.reduce(order.owner, id, leaves));
                    reference.reduce(id, leaves);
                } else {
                    final long newPrice = a.kind() == 11 ? order.price : price;
                    final boolean wouldTake = newPrice != order.price && reference.wouldCross(order.buy, newPrice);
                    final long slidPrice = wouldTake ? slid(reference, order.buy) : 0;
                    final int result = engine.replace(order.owner, id, ++clientOrderId, newPrice, a.quantity());
                    if (postOnly.contains(id) && wouldTake && !sliding) {
                        assertEquals(Result.INVALID_ARGUMENT, result);
                    } else {
                        assertEquals(Result.OK, result);
                        reference.replace(id, postOnly.contains(id) && wouldTake ? slidPrice : newPrice,
                            a.quantity());
                    }
                }
            }
            assertEquals(reference.fills, checker.fills, "fills (price-time priority)");
            assertEquals(reference.levels(true), levels(engine, Side.BUY), "bids");
            assertEquals(reference.levels(false), levels(engine, Side.SELL), "asks");
            if (engine.bestBid(0) != FixedPoint.NULL_PRICE && engine.bestAsk(0) != FixedPoint.NULL_PRICE) {
                assertTrue(engine.bestBid(0) < engine.bestAsk(0), "crossed book");
            }
            checker.checkConservation(engine);
            assertItchBookMatches(engine, builder.book(0));
        }
        assertEquals(0, errors.total());
        assertEquals(0, builder.unknownOrderCount());
    }

    /** Post-only slide: one tick behind the opposite touch. */
    private static long slid(final ReferenceMatcher reference, final boolean buy) {
        return buy ? reference.bestPrice(false) - TICK : reference.bestPrice(true) + TICK;
    }

    static List<String> levels(final MatchingEngine engine, final Side side) {
        final List<String> levels = new ArrayList<>();
        for (int depth = 0; depth < engine.levelCount(0, side); depth++) {
            levels.add(engine.levelPrice(0, side, depth) + ":" + engine.levelQuantity(0, side, depth) + ":"
                + engine.levelOrderCount(0, side, depth));
        }
        return levels;
    }

    static void assertItchBookMatches(final MatchingEngine engine, final OrderBook book) {
        for (final Side side : new Side[] {Side.BUY, Side.SELL}) {
            assertEquals(engine.levelCount(book.instrumentId(), side), book.levelCount(side), "ITCH level count");
            for (int depth = 0; depth < book.levelCount(side); depth++) {
                final int instrument = book.instrumentId();
                assertEquals(engine.levelPrice(instrument, side, depth) / 10_000, book.levelPrice(side, depth));
                assertEquals(engine.levelQuantity(instrument, side, depth), book.levelQuantity(side, depth));
                assertEquals(engine.levelOrderCount(instrument, side, depth), book.levelOrderCount(side, depth));
            }
        }
    }

    /** Tracks every order's quantities from the execution reports and pairs maker/taker fills. */
    static final class Checker implements ExecutionListener {
        final List<String> fills = new ArrayList<>();
        /** orderId -> {submitted, filled, canceled}. */
        final Map<Long, long[]> orders = new HashMap<>();
        private long maker = -1;

        private long leaves(final long[] q) {
            return q[0] - q[1] - q[2];
        }

        @Override
        public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
            final long bookReference, final int instrumentId, final Side side, final long priceFixed,
            final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
            orders.put(orderId, new long[] {quantity, 0, 0});
        }

        @Override
        public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
            final Side side, final long executionId, final long matchNumber, final long priceFixed,
            final long quantity, final long leavesQuantity, final long cumulativeQuantity,
            final Liquidity liquidity, final long timestampNs) {
            final long[] q = orders.get(orderId);
            q[1] += quantity;
            assertEquals(q[1], cumulativeQuantity, "cumulative");
            assertEquals(leaves(q), leavesQuantity, "leaves after fill");
            assertTrue(leavesQuantity >= 0, "overfill");
            if (liquidity == Liquidity.ADDED) {
                maker = orderId;
                assertEquals(matchNumber * 2, executionId);
            } else {
                assertEquals(matchNumber * 2 + 1, executionId);
                fills.add(maker + "->" + orderId + " " + quantity + "@" + priceFixed);
            }
        }

        @Override
        public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
            final long canceledQuantity, final long leavesQuantity, final CancelReason reason,
            final long timestampNs) {
            final long[] q = orders.get(orderId);
            q[2] += canceledQuantity;
            assertEquals(leaves(q), leavesQuantity, "leaves after cancel");
            assertTrue(canceledQuantity > 0 && leavesQuantity >= 0);
        }

        @Override
        public void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
            final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
            final boolean priorityRetained, final long timestampNs) {
            final long[] q = orders.get(orderId);
            final long delta = leavesQuantity - leaves(q);
            if (delta > 0) {
                q[0] += delta;
            } else {
                q[2] -= delta;
            }
        }

        void checkConservation(final MatchingEngine engine) {
            for (final Map.Entry<Long, long[]> e : orders.entrySet()) {
                final long[] q = e.getValue();
                assertEquals(q[0], q[1] + engine.leavesQuantity(e.getKey()) + q[2], "conservation of " + e.getKey());
            }
        }
    }
}
