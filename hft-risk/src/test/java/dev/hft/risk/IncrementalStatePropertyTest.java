package dev.hft.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the checker keeps incrementally for the fast check (open counts per scope and venue, the per-venue open-order
 * lists the kill switch copies, open quantities, worst-case positions, exposure and P&amp;L contributions at the mark,
 * exact scope sums) equals the same values recomputed from scratch after every step of any random sequence of orders
 * (checked or sent directly), acks, partial, full and over-fills, cancels, rejects, expiries, replaces up and down
 * (confirmed or refused), external fills, BBO and last-trade moves (some instruments start with no mark) and day
 * starts.
 */
class IncrementalStatePropertyTest {

    private static final int INSTRUMENTS = 3;
    private static final int STRATEGIES = 2;
    private static final int ACCOUNTS = 2;
    private static final int VENUES = 3;

    @Provide
    Arbitrary<List<int[]>> steps() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(6).list()
            .ofMinSize(1).ofMaxSize(250);
    }

    private static RiskConfig config() {
        final RiskConfig config = new RiskConfig().instruments(INSTRUMENTS).strategies(STRATEGIES)
            .accounts(ACCOUNTS).venues(VENUES).maxOpenOrdersCapacity(64).rejectWithoutReference(false);
        config.defaults(Scope.STRATEGY).maxPosition(400).maxGrossExposure("9000").maxNetExposure("7000");
        config.defaults(Scope.ACCOUNT).maxPosition(500).maxNetExposure("8000");
        config.defaults(Scope.INSTRUMENT).maxPosition(600).maxGrossExposure("12000").collarPercent("50");
        config.global().maxGrossExposure("20000").maxNetExposure("15000").maxOpenOrders(40);
        return config;
    }

    private static long price(final int value) {
        return FixedPoint.parse("5") + (value % 40) * FixedPoint.parse("0.25");
    }

    @Property(tries = 300)
    void shouldKeepIncrementalStateEqualToARecomputation(@ForAll("steps") final List<int[]> steps) {
        final Fixture f = new Fixture(config());
        final RiskChecker checker = f.checker;
        final TestLedger orders = f.orders;
        // instrument 2 has no BBO until a step sets one: its checks value orders at their own price
        checker.onBbo(0, FixedPoint.parse("10"), FixedPoint.parse("10.5"));
        checker.onLastTrade(1, FixedPoint.parse("9"));
        final List<long[]> open = new ArrayList<>();
        long nextId = 1;
        long exec = 1;
        int day = 0;
        for (final int[] a : steps) {
            final int kind = a[0] % 16;
            f.clock.advance(1_000_000);
            if (kind < 4) {
                final int instrument = a[1] % INSTRUMENTS;
                final int strategy = a[2] % STRATEGIES;
                final int account = a[3] % ACCOUNTS;
                final int venue = a[1] % VENUES;
                final Side side = a[4] % 2 == 0 ? Side.BUY : Side.SELL;
                final long quantity = 1 + a[5] % 70;
                final long px = a[5] % 9 == 0 ? FixedPoint.NULL_PRICE : price(a[3]);
                final long id = nextId++;
                final boolean direct = kind == 3;
                if ((direct || checker.check(id, venue, instrument, strategy, account, side, quantity, px)
                    == RejectReason.NONE) && orders.onOrderSent(id, venue, instrument, strategy, account, side,
                    quantity, px)) {
                    open.add(new long[] {id, quantity, 0, venue});
                }
            } else if (kind == 4 && !open.isEmpty()) {
                final long[] order = open.get(a[1] % open.size());
                orders.onAccepted((int) order[3], order[0], order[0] + 1_000, 0);
            } else if (kind < 8 && !open.isEmpty()) {
                final long[] order = open.get(a[1] % open.size());
                // kind 7: an overfill beyond the open quantity
                final long quantity = kind == 7 ? order[1] + 1 + a[2] % 5 : 1 + a[2] % order[1];
                final long leaves = Math.max(0, order[1] - quantity);
                orders.onFill((int) order[3], order[0], exec++, price(a[3]), quantity, leaves, Liquidity.ADDED, 0);
                order[1] = leaves;
                order[2] += quantity;
                if (leaves == 0) {
                    open.remove(order);
                }
            } else if (kind == 8 && !open.isEmpty()) {
                final long[] order = open.remove(a[1] % open.size());
                switch (a[2] % 3) {
                    case 0 -> orders.onCanceled((int) order[3], order[0], order[1], RejectReason.NONE, 0);
                    case 1 -> orders.onRejected((int) order[3], order[0], RejectReason.OTHER, 0);
                    default -> orders.onExpired((int) order[3], order[0], order[1], 0);
                }
            } else if (kind == 9 && !open.isEmpty()) {
                final long[] order = open.get(a[1] % open.size());
                final long newQuantity = 1 + a[2] % 90;
                final long newId = nextId++;
                final long px = price(a[3]);
                final boolean checked = a[4] % 2 == 0;
                if ((!checked || orders.checkReplace(order[0], newId, newQuantity + order[2], px)
                    == RejectReason.NONE) && orders.onReplaceSent(order[0], newId, newQuantity + order[2], px)) {
                    if (a[5] % 3 == 0) {
                        orders.onCancelRejected((int) order[3], newId, RejectReason.OTHER, 0);
                    } else {
                        orders.onReplaced((int) order[3], newId, order[0], px, newQuantity, 0);
                        order[0] = newId;
                        order[1] = newQuantity;
                    }
                }
            } else if (kind == 10) {
                checker.onExternalFill(a[1] % INSTRUMENTS, a[2] % STRATEGIES, a[3] % ACCOUNTS,
                    a[4] % 2 == 0 ? Side.BUY : Side.SELL, price(a[5]), 1 + a[5] % 30);
            } else if (kind < 14) {
                final long bid = price(a[2]);
                checker.onBbo(a[1] % INSTRUMENTS, bid, bid + FixedPoint.parse("0.25") * (a[3] % 3));
            } else if (kind == 14) {
                checker.onLastTrade(a[1] % INSTRUMENTS, price(a[2]));
            } else if (a[1] % 4 == 0) {
                checker.startOfDay(++day);
            }
            assertNull(orders.inconsistency(INSTRUMENTS, STRATEGIES, ACCOUNTS));
            assertEquals(open.size(), checker.openOrders(Scope.GLOBAL, 0));
        }
    }
}
