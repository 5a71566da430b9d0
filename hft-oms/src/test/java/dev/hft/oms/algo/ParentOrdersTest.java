package dev.hft.oms.algo;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.PegReference;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.FeeModel;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import dev.hft.oms.VenueCapabilities;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ParentOrdersTest {
    private static final int INSTRUMENT = 2;
    private static final long ONE = FixedPoint.SCALE;
    private static final long PX = 100 * ONE;

    private final ManualClock clock = new ManualClock(0, 1_000_000);
    private final int[] checks = new int[1];
    private long maxQuantity = Long.MAX_VALUE;
    private final PreTradeCheck countingCheck = (clientOrderId, strategyId, venueId, instrumentId, side, quantity,
        priceFixed, type, timeInForce, execInstructions) -> {
        checks[0]++;
        return quantity > maxQuantity ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;
    };
    private final OrderManager om = new OrderManager(256, 1, 8, 16, 1024, OrderIdGenerator.forSession(1_700_000_000L,
        0), countingCheck, FeeModel.NONE, clock, new OmsListener() {
        });
    private final InMemoryVenueGateway gw = new InMemoryVenueGateway(0, om, 256);
    private final ParentOrders parents;
    private long exec = 1;

    ParentOrdersTest() {
        om.addVenue(gw, VenueCapabilities.ALL);
        parents = new ParentOrders(om, 64, 8);
    }

    private void bbo(final long bid, final long ask, final long ts) {
        om.onBbo(INSTRUMENT, bid, 10, ask, 10, ts);
        parents.onBbo(INSTRUMENT, bid, 10, ask, 10, ts);
    }

    private void fillLast(final long quantity) {
        final long child = gw.lastClientOrderId();
        final int slot = om.find(child);
        gw.fill(child, exec++, PX, quantity, om.quantity(slot) - om.filledQuantity(slot) - quantity, Liquidity.ADDED,
            0);
    }

    private byte lastType() {
        return gw.buffer().getByte(gw.lastRecordOffset() + InMemoryVenueGateway.TYPE_OFFSET);
    }

    private long lastQuantity() {
        return gw.buffer().getLong(gw.lastRecordOffset() + InMemoryVenueGateway.QUANTITY_OFFSET);
    }

    private long lastPrice() {
        return gw.buffer().getLong(gw.lastRecordOffset() + InMemoryVenueGateway.PRICE_OFFSET);
    }

    @Test
    void shouldReleaseAStopAsMarketWhenATradePrintsThroughIt() {
        final long id = parents.submitStop(1, 0, INSTRUMENT, Side.BUY, 50, PX + ONE, FixedPoint.NULL_PRICE,
            TimeInForce.DAY, ExecInstructions.NONE);
        final int slot = parents.find(id);
        parents.onTrade(INSTRUMENT, PX, 5, Side.BUY, 0);
        assertEquals(0, gw.requestCount());
        assertEquals(ParentState.WAITING, parents.state(slot));
        parents.onTrade(INSTRUMENT, PX + ONE, 5, Side.BUY, 0);
        assertEquals(1, gw.requestCount());
        assertEquals(OrderType.MARKET.code(), lastType());
        assertEquals(50, lastQuantity());
        assertEquals(ParentState.WORKING, parents.state(slot));
        assertEquals(id, om.parentOrderId(om.find(gw.lastClientOrderId())));
        fillLast(20);
        fillLast(30);
        assertEquals(ParentState.FILLED, parents.state(slot));
        assertEquals(50, parents.filledQuantity(slot));
        assertEquals(0, parents.activeParents());
    }

    @Test
    void shouldReleaseAStopLimitAsLimitAtItsLimit() {
        final long id = parents.submitStop(1, 0, INSTRUMENT, Side.SELL, 10, PX - ONE, PX - 2 * ONE,
            TimeInForce.DAY, ExecInstructions.NONE);
        parents.onTrade(INSTRUMENT, PX - ONE / 2, 1, Side.SELL, 0);
        assertEquals(0, gw.requestCount());
        parents.onTrade(INSTRUMENT, PX - ONE, 1, Side.SELL, 0);
        assertEquals(OrderType.LIMIT.code(), lastType());
        assertEquals(PX - 2 * ONE, lastPrice());
        assertEquals(ParentState.WORKING, parents.state(parents.find(id)));
    }

    @Test
    void shouldTrailTheBestTradePrice() {
        final long id = parents.submitTrailingStop(1, 0, INSTRUMENT, Side.SELL, 10, 3 * ONE, TimeInForce.DAY,
            ExecInstructions.NONE);
        final int slot = parents.find(id);
        parents.onTrade(INSTRUMENT, PX, 1, Side.BUY, 0);
        assertEquals(PX - 3 * ONE, parents.stopPrice(slot));
        parents.onTrade(INSTRUMENT, PX + 5 * ONE, 1, Side.BUY, 0);
        parents.onTrade(INSTRUMENT, PX + 3 * ONE, 1, Side.SELL, 0);
        assertEquals(PX + 2 * ONE, parents.stopPrice(slot));
        assertEquals(0, gw.requestCount());
        parents.onTrade(INSTRUMENT, PX + 2 * ONE, 1, Side.SELL, 0);
        assertEquals(1, gw.requestCount());
        assertEquals(OrderType.MARKET.code(), lastType());
        assertEquals(1, parents.triggers());
    }

    @Test
    void shouldRefreshAnIcebergAsEachSliceFills() {
        final long id = parents.submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY,
            ExecInstructions.NONE);
        final int slot = parents.find(id);
        assertEquals(30, lastQuantity());
        fillLast(10);
        assertEquals(1, gw.requestCount());
        fillLast(20);
        assertEquals(2, gw.requestCount());
        assertEquals(30, lastQuantity());
        fillLast(30);
        fillLast(30);
        assertEquals(4, gw.requestCount());
        assertEquals(10, lastQuantity());
        fillLast(10);
        assertEquals(ParentState.FILLED, parents.state(slot));
        assertEquals(100, om.positions().netQuantity(INSTRUMENT));
    }

    @Test
    void shouldPegAndRepegNoMoreOftenThanTheMinimumInterval() {
        final long id = parents.submitPegged(1, 0, INSTRUMENT, Side.BUY, 10, PegReference.PRIMARY, 0,
            FixedPoint.NULL_PRICE, 1_000, TimeInForce.DAY, ExecInstructions.NONE);
        final int slot = parents.find(id);
        assertEquals(ParentState.WAITING, parents.state(slot));
        bbo(PX, PX + ONE, 10_000);
        assertEquals(ParentState.WORKING, parents.state(slot));
        assertEquals(PX, lastPrice());
        final long child = gw.lastClientOrderId();
        gw.accept(child, 1, 10_000);
        bbo(PX + ONE / 2, PX + ONE, 10_500);
        assertEquals(1, gw.requestCount());
        assertEquals(0, parents.doWork(10_900));
        assertEquals(1, parents.doWork(11_000));
        assertEquals(InMemoryVenueGateway.REPLACE, gw.lastKind());
        assertEquals(PX + ONE / 2, lastPrice());
        final long newChild = gw.lastClientOrderId();
        gw.replaced(newChild, child, PX + ONE / 2, 10, 11_000);
        assertEquals(newChild, parents.childOrderId(slot));
        bbo(PX + ONE / 2, PX + 2 * ONE, 20_000);
        assertEquals(2, gw.requestCount());
        bbo(PX + ONE, PX + 2 * ONE, 30_000);
        assertEquals(InMemoryVenueGateway.REPLACE, gw.lastKind());
        assertEquals(2, parents.repegs());
        assertEquals(OrderState.PENDING_REPLACE, om.state(om.find(newChild)));
    }

    @Test
    void shouldPegToTheMidRoundedAwayFromTheMarketAndCapped() {
        parents.tickSize(INSTRUMENT, ONE / 100);
        bbo(PX, PX + ONE / 100 * 3, 0);
        parents.submitPegged(1, 0, INSTRUMENT, Side.BUY, 10, PegReference.MID, 0, FixedPoint.NULL_PRICE, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        assertEquals(PX + ONE / 100, lastPrice());
        parents.submitPegged(1, 0, INSTRUMENT, Side.SELL, 10, PegReference.MID, 0, FixedPoint.NULL_PRICE, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        assertEquals(PX + 2 * ONE / 100, lastPrice());
        parents.submitPegged(1, 0, INSTRUMENT, Side.BUY, 10, PegReference.MARKET, ONE, PX + ONE / 100, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        assertEquals(PX + ONE / 100, lastPrice());
    }

    @Test
    void shouldSliceATwapOverItsHorizon() {
        final long id = parents.submitTwap(1, 0, INSTRUMENT, Side.SELL, 100, PX, 1_000, 5_000, 4, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        final int slot = parents.find(id);
        assertEquals(0, parents.doWork(999));
        assertEquals(1, parents.doWork(1_000));
        assertEquals(25, lastQuantity());
        assertEquals(0, parents.doWork(1_999));
        fillLast(25);
        assertEquals(1, parents.doWork(2_000));
        assertEquals(25, lastQuantity());
        assertEquals(1, parents.doWork(3_000));
        assertEquals(25, lastQuantity());
        assertEquals(50, parents.workingQuantity(slot));
        assertEquals(1, parents.doWork(4_000));
        assertEquals(25, lastQuantity());
        assertEquals(0, parents.doWork(5_000));
        assertEquals(4, gw.requestCount());
        assertEquals(ParentState.WORKING, parents.state(slot));
        for (long i = gw.requestCount() - 3; i < gw.requestCount(); i++) {
            final long child = gw.buffer().getLong(gw.recordOffset(i) + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET);
            gw.fill(child, exec++, PX, 25, 0, Liquidity.ADDED, 5_000);
        }
        assertEquals(ParentState.FILLED, parents.state(slot));
        assertEquals(-100, om.positions().netQuantity(INSTRUMENT));
    }

    @Test
    void shouldFollowTheVwapProfileAndExpireUnfilled() {
        final long id = parents.submitVwap(1, 0, INSTRUMENT, Side.BUY, 100, PX, 0, 2_000, new long[] {1, 3}, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        final int slot = parents.find(id);
        parents.doWork(0);
        assertEquals(25, lastQuantity());
        fillLast(25);
        parents.doWork(1_000);
        assertEquals(75, lastQuantity());
        final long child = gw.lastClientOrderId();
        parents.doWork(2_000);
        gw.canceled(child, 75, 2_000);
        assertEquals(ParentState.EXPIRED, parents.state(slot));
        assertEquals(25, parents.filledQuantity(slot));
    }

    @Test
    void shouldCapParticipationAtAShareOfMarketVolume() {
        final long id = parents.submitTwap(1, 0, INSTRUMENT, Side.BUY, 1_000, PX, 0, 4_000, 4, 1_000,
            TimeInForce.DAY, ExecInstructions.NONE);
        parents.doWork(0);
        assertEquals(0, gw.requestCount());
        parents.onTrade(INSTRUMENT, PX, 400, Side.SELL, 500);
        parents.doWork(1_000);
        assertEquals(40, lastQuantity());
        assertEquals(ParentState.WORKING, parents.state(parents.find(id)));
    }

    @Test
    void shouldPassEveryChildThroughThePreTradeCheck() {
        parents.submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY, ExecInstructions.NONE);
        fillLast(30);
        final long peg = parents.submitPegged(1, 0, INSTRUMENT, Side.BUY, 10, PegReference.PRIMARY, 0,
            FixedPoint.NULL_PRICE, 0, TimeInForce.DAY, ExecInstructions.NONE);
        bbo(PX, PX + ONE, 0);
        gw.accept(gw.lastClientOrderId(), 5, 0);
        bbo(PX + ONE / 2, PX + ONE, 1);
        assertEquals(4, gw.requestCount());
        assertEquals(4, checks[0]);
        maxQuantity = 5;
        final long stop = parents.submitStop(1, 0, INSTRUMENT, Side.BUY, 50, PX, FixedPoint.NULL_PRICE,
            TimeInForce.DAY, ExecInstructions.NONE);
        parents.onTrade(INSTRUMENT, PX, 1, Side.BUY, 2);
        assertEquals(ParentState.FAILED, parents.state(parents.find(stop)));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, parents.lastChildRejectReason());
        assertEquals(1, parents.childRejects());
        assertEquals(4, gw.requestCount());
        assertTrue(parents.find(peg) >= 0);
    }

    @Test
    void shouldCancelEveryWorkingChildOfACanceledParent() {
        final long id = parents.submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY,
            ExecInstructions.NONE);
        final int slot = parents.find(id);
        final long child = gw.lastClientOrderId();
        gw.accept(child, 9, 0);
        parents.cancel(id);
        assertEquals(InMemoryVenueGateway.CANCEL, gw.lastKind());
        assertEquals(ParentState.WORKING, parents.state(slot));
        gw.canceled(child, 30, 0);
        assertEquals(ParentState.CANCELED, parents.state(slot));
        final long stop = parents.submitStop(1, 0, INSTRUMENT, Side.BUY, 5, PX, FixedPoint.NULL_PRICE,
            TimeInForce.DAY, ExecInstructions.NONE);
        parents.cancel(stop);
        assertEquals(ParentState.CANCELED, parents.state(parents.find(stop)));
    }

    @Test
    void shouldNotAllocateWhileRepegging() {
        repegWithoutAllocating();
    }

    @Test
    void shouldNotAllocateWhileRepeggingJournaled(@TempDir final Path dir) {
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
            om.journal(journal);
            repegWithoutAllocating();
        }
    }

    @Test
    void shouldNotAllocateWhileWorkingTwapsAndIcebergsJournaled(@TempDir final Path dir) {
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
            om.journal(journal);
            workTwapsAndIcebergsWithoutAllocating();
        }
    }

    private void repegWithoutAllocating() {
        parents.submitPegged(1, 0, INSTRUMENT, Side.BUY, 10, PegReference.PRIMARY, 0, FixedPoint.NULL_PRICE, 0,
            TimeInForce.DAY, ExecInstructions.NONE);
        bbo(PX, PX + ONE, 0);
        final long[] t = {1};
        final Runnable work = () -> {
            for (int i = 0; i < 10_000; i++) {
                final long child = gw.lastClientOrderId();
                if (om.state(om.find(child)) == OrderState.PENDING_NEW) {
                    gw.accept(child, 3, t[0]);
                }
                final long bid = PX + (t[0] & 7) * ONE / 100;
                bbo(bid, bid + ONE, t[0]++);
                if (gw.lastKind() == InMemoryVenueGateway.REPLACE) {
                    final long orig = gw.buffer().getLong(gw.lastRecordOffset()
                        + InMemoryVenueGateway.ORIG_CLIENT_ORDER_ID_OFFSET);
                    gw.replaced(gw.lastClientOrderId(), orig, bid, 10, t[0]);
                }
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 10, 5));
        assertTrue(parents.repegs() > 10_000);
    }

    @Test
    void shouldNotAllocateWhileWorkingTwapsAndIcebergs() {
        workTwapsAndIcebergsWithoutAllocating();
    }

    private void workTwapsAndIcebergsWithoutAllocating() {
        final long[] t = {0};
        final Runnable work = () -> {
            for (int i = 0; i < 1_000; i++) {
                final long start = t[0];
                final long twap = parents.submitTwap(1, 0, INSTRUMENT, Side.BUY, 40, PX, start, start + 4_000, 4, 0,
                    TimeInForce.DAY, ExecInstructions.NONE);
                for (int k = 0; k < 4; k++) {
                    parents.doWork(start + k * 1_000);
                    fillLast(10);
                }
                parents.submitIceberg(1, 0, INSTRUMENT, Side.SELL, 40, 20, PX, TimeInForce.DAY,
                    ExecInstructions.NONE);
                fillLast(20);
                fillLast(20);
                t[0] += 5_000;
                if (parents.state(parents.find(twap)) != ParentState.FILLED) {
                    throw new AssertionError("twap not filled");
                }
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 10, 5));
        assertEquals(0, parents.activeParents());
    }
}
