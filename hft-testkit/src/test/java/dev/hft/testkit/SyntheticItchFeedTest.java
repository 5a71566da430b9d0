package dev.hft.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.hft.net.capture.ItchEventSink;
import org.junit.jupiter.api.Test;

class SyntheticItchFeedTest {
    /** An independent, deliberately simple book that checks every event against the flow's invariants. */
    private static final class CheckingSink implements ItchEventSink {
        private record Order(int locate, boolean buy, long price, long shares) {
        }

        final Map<Long, Order> orders = new HashMap<>();
        final Map<Integer, TreeMap<Long, Integer>> bids = new HashMap<>();
        final Map<Integer, TreeMap<Long, Integer>> asks = new HashMap<>();
        final long[] counts = new long[128];
        long lastTimestamp = -1;
        long hash = 17;
        long lastMatch;
        int directories;

        private void time(final long timestampNs) {
            assertTrue(timestampNs >= lastTimestamp, "timestamps never go back");
            lastTimestamp = timestampNs;
            hash = hash * 31 + timestampNs;
        }

        private void level(final int locate, final boolean buy, final long price, final int delta) {
            final TreeMap<Long, Integer> side = (buy ? bids : asks).computeIfAbsent(locate, k -> new TreeMap<>());
            final int n = side.getOrDefault(price, 0) + delta;
            if (n == 0) {
                side.remove(price);
            } else {
                side.put(price, n);
            }
            final TreeMap<Long, Integer> b = bids.get(locate);
            final TreeMap<Long, Integer> a = asks.get(locate);
            if (b != null && a != null && !b.isEmpty() && !a.isEmpty()) {
                assertTrue(b.lastKey() < a.firstKey(), () -> "crossed book for locate " + locate);
            }
        }

        private Order live(final long reference) {
            final Order order = orders.get(reference);
            assertTrue(order != null, () -> "event for an order that is not live: " + reference);
            return order;
        }

        private void match(final long matchNumber) {
            assertTrue(matchNumber > lastMatch, "match numbers increase");
            lastMatch = matchNumber;
        }

        @Override
        public void systemEvent(final long timestampNs, final byte eventCode) {
            counts['S']++;
        }

        @Override
        public void stockDirectory(final long timestampNs, final int stockLocate, final long stock,
            final long roundLotSize) {
            counts['R']++;
            directories++;
        }

        @Override
        public void tradingAction(final long timestampNs, final int stockLocate, final long stock,
            final byte tradingState) {
            counts['H']++;
        }

        @Override
        public void addOrder(final long timestampNs, final int stockLocate, final long orderReference,
            final byte side, final long shares, final long stock, final long price) {
            time(timestampNs);
            counts['A']++;
            assertTrue(shares > 0 && price > 0 && price % 100 == 0);
            assertTrue(orders.put(orderReference, new Order(stockLocate, side == 'B', price, shares)) == null);
            level(stockLocate, side == 'B', price, 1);
            hash = hash * 31 + orderReference * 7 + price + shares;
        }

        @Override
        public void orderExecuted(final long timestampNs, final int stockLocate, final long orderReference,
            final long shares, final long matchNumber) {
            time(timestampNs);
            counts['E']++;
            match(matchNumber);
            final Order order = live(orderReference);
            final TreeMap<Long, Integer> side = (order.buy ? bids : asks).get(stockLocate);
            assertEquals(order.buy ? side.lastKey() : side.firstKey(), order.price, "executions hit the touch");
            reduce(orderReference, order, shares);
        }

        @Override
        public void orderExecutedWithPrice(final long timestampNs, final int stockLocate, final long orderReference,
            final long shares, final long matchNumber, final boolean printable, final long price) {
            time(timestampNs);
            counts['C']++;
            match(matchNumber);
            reduce(orderReference, live(orderReference), shares);
        }

        @Override
        public void orderCancel(final long timestampNs, final int stockLocate, final long orderReference,
            final long canceledShares) {
            time(timestampNs);
            counts['X']++;
            final Order order = live(orderReference);
            assertTrue(canceledShares > 0 && canceledShares < order.shares, "a cancel is partial");
            reduce(orderReference, order, canceledShares);
        }

        @Override
        public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
            time(timestampNs);
            counts['D']++;
            final Order order = live(orderReference);
            reduce(orderReference, order, order.shares);
        }

        @Override
        public void orderReplace(final long timestampNs, final int stockLocate, final long originalOrderReference,
            final long newOrderReference, final long shares, final long price) {
            time(timestampNs);
            counts['U']++;
            final Order order = live(originalOrderReference);
            reduce(originalOrderReference, order, order.shares);
            assertTrue(orders.put(newOrderReference, new Order(stockLocate, order.buy, price, shares)) == null);
            level(stockLocate, order.buy, price, 1);
        }

        @Override
        public void trade(final long timestampNs, final int stockLocate, final byte side, final long shares,
            final long stock, final long price, final long matchNumber) {
            time(timestampNs);
            counts['P']++;
            match(matchNumber);
        }

        private void reduce(final long reference, final Order order, final long shares) {
            assertTrue(shares > 0 && shares <= order.shares, "never more than the order has");
            if (shares == order.shares) {
                orders.remove(reference);
                level(order.locate, order.buy, order.price, -1);
            } else {
                orders.put(reference, new Order(order.locate, order.buy, order.price, order.shares - shares));
            }
        }
    }

    @Test
    void shouldKeepEveryBookConsistentUncrossedAndNearItsTargetDepth() {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.instruments = 20;
        config.targetOrdersPerInstrument = 100;
        final SyntheticItchFeed feed = new SyntheticItchFeed(config);
        final CheckingSink sink = new CheckingSink();

        final long emitted = feed.generate(sink, 300_000) + feed.finish(sink);

        assertEquals(300_000 + 1 + 2 * 20 + 2 + 2, emitted);
        assertEquals(20, sink.directories);
        assertEquals(feed.liveOrders(), sink.orders.size(), "generator and reference agree on live orders");
        assertTrue(sink.orders.size() > 20 * 50 && sink.orders.size() < 20 * 200, () -> "depth " + sink.orders.size());
        final double adds = sink.counts['A'] / 300_000.0;
        assertTrue(adds > 0.35 && adds < 0.6, () -> "adds are about half the flow: " + adds);
        for (final char type : new char[] {'E', 'C', 'X', 'D', 'U', 'P'}) {
            assertTrue(sink.counts[type] > 0, () -> "some " + type);
        }
        assertTrue(sink.counts['D'] > sink.counts['E'], "deletes outnumber executions, as on real feeds");
    }

    @Test
    void shouldBeDeterministicForASeed() {
        assertEquals(hashOf(7), hashOf(7));
        assertNotEquals(hashOf(7), hashOf(8));
    }

    @Test
    void shouldNameSymbolsInEightCharacters() {
        assertEquals("SYN0042 ", SyntheticItchFeed.symbolName(42));
        assertEquals(8, SyntheticItchFeed.symbolName(65_000).length());
        assertFalse(SyntheticItchFeed.symbolName(1).equals(SyntheticItchFeed.symbolName(2)));
    }

    private static long hashOf(final long seed) {
        final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
        config.seed = seed;
        config.instruments = 10;
        final CheckingSink sink = new CheckingSink();
        new SyntheticItchFeed(config).generate(sink, 20_000);
        return sink.hash;
    }
}
