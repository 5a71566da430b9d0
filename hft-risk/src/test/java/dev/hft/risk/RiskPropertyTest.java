package dev.hft.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * No random sequence of orders, replaces, fills, cancels and price moves takes a worst-case position past its limit,
 * and no accepted order raises an exposure past its limit; the checker's incremental positions and exposures always
 * equal a model recomputed from scratch.
 */
class RiskPropertyTest {

    private static final int INSTRUMENTS = 2;
    private static final int STRATEGIES = 2;
    private static final int ACCOUNTS = 2;
    private static final long STRATEGY_POSITION = 100;
    private static final long ACCOUNT_POSITION = 150;
    private static final long INSTRUMENT_POSITION = 180;
    private static final long STRATEGY_GROSS = FixedPoint.parse("3000");
    private static final long ACCOUNT_NET = FixedPoint.parse("2500");
    private static final long GLOBAL_GROSS = FixedPoint.parse("5000");

    @Provide
    Arbitrary<List<int[]>> actions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofSize(7).list()
            .ofMinSize(1).ofMaxSize(300);
    }

    private static RiskConfig config() {
        final RiskConfig config = new RiskConfig().instruments(INSTRUMENTS).strategies(STRATEGIES)
            .accounts(ACCOUNTS).venues(2).rejectWithoutReference(false);
        config.defaults(Scope.STRATEGY).maxPosition(STRATEGY_POSITION).maxGrossExposure(FixedPoint.format(
            STRATEGY_GROSS));
        config.defaults(Scope.ACCOUNT).maxPosition(ACCOUNT_POSITION).maxNetExposure(FixedPoint.format(ACCOUNT_NET));
        config.defaults(Scope.INSTRUMENT).maxPosition(INSTRUMENT_POSITION);
        config.global().maxGrossExposure(FixedPoint.format(GLOBAL_GROSS));
        return config;
    }

    @Property(tries = 300)
    void shouldNeverPassALimit(@ForAll("actions") final List<int[]> actions) {
        final Fixture f = new Fixture(config());
        final RiskChecker checker = f.checker;
        final TestLedger orders = f.orders;
        final List<long[]> open = new ArrayList<>();
        final long[][] modelPosition = new long[STRATEGIES * ACCOUNTS][INSTRUMENTS];
        for (int i = 0; i < INSTRUMENTS; i++) {
            checker.onBbo(i, FixedPoint.parse("10"), FixedPoint.parse("10"));
        }
        long nextId = 1;
        long exec = 1;
        for (final int[] a : actions) {
            final int kind = a[0] % 10;
            if (kind < 4) {
                final int instrument = a[1] % INSTRUMENTS;
                final int strategy = a[2] % STRATEGIES;
                final int account = a[3] % ACCOUNTS;
                final Side side = a[4] % 2 == 0 ? Side.BUY : Side.SELL;
                final long quantity = 1 + a[5] % 60;
                final long price = FixedPoint.parse("5") + (a[6] % 50) * FixedPoint.parse("0.5");
                final long grossBefore = checker.grossExposure(Scope.STRATEGY, strategy);
                final long globalBefore = checker.grossExposure(Scope.GLOBAL, 0);
                final long netBefore = side == Side.BUY ? checker.netExposureLong(Scope.ACCOUNT, account)
                    : checker.netExposureShort(Scope.ACCOUNT, account);
                final long id = nextId++;
                if (checker.check(id, a[6] % 2, instrument, strategy, account, side, quantity, price)
                    == RejectReason.NONE) {
                    assertTrue(orders.onOrderSent(id, a[6] % 2, instrument, strategy, account, side, quantity,
                        price));
                    open.add(new long[] {id, instrument, strategy, account, side.sign(), quantity, 0});
                    assertExposureNotRaisedPastLimits(checker, strategy, account, side, grossBefore, globalBefore,
                        netBefore);
                }
            } else if (kind < 7 && !open.isEmpty()) {
                final long[] order = open.get(a[1] % open.size());
                final long quantity = 1 + a[2] % order[5];
                final long price = FixedPoint.parse("5") + (a[3] % 50) * FixedPoint.parse("0.5");
                order[5] -= quantity;
                order[6] += quantity;
                orders.onFill(a[4] % 2, order[0], exec++, price, quantity, order[5], Liquidity.ADDED, 0);
                modelPosition[(int) order[2] * ACCOUNTS + (int) order[3]][(int) order[1]] += order[4] * quantity;
                if (order[5] == 0) {
                    open.remove(order);
                }
            } else if (kind == 7 && !open.isEmpty()) {
                final long[] order = open.remove(a[1] % open.size());
                orders.onCanceled(0, order[0], order[5], RejectReason.NONE, 0);
            } else if (kind == 8 && !open.isEmpty()) {
                final long[] order = open.get(a[1] % open.size());
                final long newQuantity = 1 + a[2] % 80;
                final long newId = nextId++;
                final long price = FixedPoint.parse("5") + (a[3] % 50) * FixedPoint.parse("0.5");
                final Side side = order[4] > 0 ? Side.BUY : Side.SELL;
                final long grossBefore = checker.grossExposure(Scope.STRATEGY, (int) order[2]);
                final long globalBefore = checker.grossExposure(Scope.GLOBAL, 0);
                final long netBefore = side == Side.BUY ? checker.netExposureLong(Scope.ACCOUNT, (int) order[3])
                    : checker.netExposureShort(Scope.ACCOUNT, (int) order[3]);
                if (orders.checkReplace(order[0], newId, newQuantity + order[6], price) == RejectReason.NONE) {
                    assertTrue(orders.onReplaceSent(order[0], newId, newQuantity + order[6], price));
                    assertExposureNotRaisedPastLimits(checker, (int) order[2], (int) order[3], side, grossBefore,
                        globalBefore, netBefore);
                    orders.onReplaced(0, newId, order[0], price, newQuantity, 0);
                    order[0] = newId;
                    order[5] = newQuantity;
                }
            } else {
                final int instrument = a[1] % INSTRUMENTS;
                final long bid = FixedPoint.parse("1") + (a[2] % 40) * FixedPoint.parse("0.5");
                checker.onBbo(instrument, bid, bid + FixedPoint.parse("0.5") * (a[3] % 3));
            }
            assertPositionsWithinLimits(checker);
            assertStateMatchesModel(checker, open, modelPosition);
        }
    }

    private static void assertExposureNotRaisedPastLimits(
        final RiskChecker checker, final int strategy, final int account, final Side side, final long grossBefore,
        final long globalBefore, final long netBefore) {
        final long gross = checker.grossExposure(Scope.STRATEGY, strategy);
        assertTrue(gross <= STRATEGY_GROSS || gross <= grossBefore, "strategy gross " + gross);
        final long global = checker.grossExposure(Scope.GLOBAL, 0);
        assertTrue(global <= GLOBAL_GROSS || global <= globalBefore, "global gross " + global);
        if (side == Side.BUY) {
            final long net = checker.netExposureLong(Scope.ACCOUNT, account);
            assertTrue(net <= ACCOUNT_NET || net <= netBefore, "account net long " + net);
        } else {
            final long net = checker.netExposureShort(Scope.ACCOUNT, account);
            assertTrue(net >= -ACCOUNT_NET || net >= netBefore, "account net short " + net);
        }
    }

    private static void assertPositionsWithinLimits(final RiskChecker checker) {
        for (int i = 0; i < INSTRUMENTS; i++) {
            assertWithin(checker, Scope.INSTRUMENT, 0, i, INSTRUMENT_POSITION);
            for (int s = 0; s < STRATEGIES; s++) {
                assertWithin(checker, Scope.STRATEGY, s, i, STRATEGY_POSITION);
            }
            for (int a = 0; a < ACCOUNTS; a++) {
                assertWithin(checker, Scope.ACCOUNT, a, i, ACCOUNT_POSITION);
            }
        }
    }

    private static void assertWithin(final RiskChecker checker, final Scope scope, final int entity,
        final int instrument, final long limit) {
        final long position = checker.position(scope, entity, instrument);
        final long high = position + checker.openBuyQuantity(scope, entity, instrument);
        final long low = position - checker.openSellQuantity(scope, entity, instrument);
        assertTrue(high <= limit && low >= -limit, scope + " " + entity + " instrument " + instrument + ": position "
            + position + " worst " + low + ".." + high);
    }

    private static void assertStateMatchesModel(
        final RiskChecker checker, final List<long[]> open, final long[][] modelPosition) {
        final long[][] buy = new long[STRATEGIES * ACCOUNTS][INSTRUMENTS];
        final long[][] sell = new long[STRATEGIES * ACCOUNTS][INSTRUMENTS];
        for (final long[] order : open) {
            final int k = (int) order[2] * ACCOUNTS + (int) order[3];
            if (order[4] > 0) {
                buy[k][(int) order[1]] += order[5];
            } else {
                sell[k][(int) order[1]] += order[5];
            }
        }
        assertEquals(open.size(), checker.openOrders(Scope.GLOBAL, 0));
        for (int s = 0; s < STRATEGIES; s++) {
            long gross = 0;
            for (int i = 0; i < INSTRUMENTS; i++) {
                long position = 0;
                long openBuy = 0;
                long openSell = 0;
                for (int a = 0; a < ACCOUNTS; a++) {
                    position += modelPosition[s * ACCOUNTS + a][i];
                    openBuy += buy[s * ACCOUNTS + a][i];
                    openSell += sell[s * ACCOUNTS + a][i];
                }
                assertEquals(position, checker.position(Scope.STRATEGY, s, i));
                assertEquals(openBuy, checker.openBuyQuantity(Scope.STRATEGY, s, i));
                assertEquals(openSell, checker.openSellQuantity(Scope.STRATEGY, s, i));
                final long mark = checker.markPrice(i);
                gross += Math.max(Math.abs(FixedPoint.notional(mark, position + openBuy)),
                    Math.abs(FixedPoint.notional(mark, position - openSell)));
            }
            assertEquals(gross, checker.grossExposure(Scope.STRATEGY, s), "strategy " + s + " gross");
        }
    }
}
