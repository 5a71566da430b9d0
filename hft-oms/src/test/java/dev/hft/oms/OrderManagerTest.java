package dev.hft.oms;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.Venue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import dev.hft.testkit.InMemoryVenueGateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class OrderManagerTest {

    @Test
    void shouldSubmitAsPendingNewAndEncodeIntoTheGateway() {
        final Fixture f = new Fixture();
        final long id = f.buy(100);
        assertTrue(id > 0);
        assertEquals(OrderState.PENDING_NEW, f.state(id));
        assertEquals(InMemoryVenueGateway.NEW_ORDER, f.gw.lastKind());
        assertEquals(id, f.gw.lastClientOrderId());
        final int offset = f.gw.lastRecordOffset();
        assertEquals(100, f.gw.buffer().getLong(offset + InMemoryVenueGateway.QUANTITY_OFFSET));
        assertEquals(Fixture.PX, f.gw.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET));
        assertEquals(Side.BUY.code(), f.gw.buffer().getByte(offset + InMemoryVenueGateway.SIDE_OFFSET));
        assertEquals(1, f.om.liveOrders());
    }

    @Test
    void shouldMapVenueOrderIds() {
        final Fixture f = new Fixture();
        final long id = f.buy(100);
        f.accept(id);
        final int slot = f.om.find(id);
        assertEquals(slot, f.om.findByVenueOrderId(Fixture.VENUE, id + 1_000_000));
        assertEquals(id + 1_000_000, f.om.venueOrderId(slot));
        assertEquals(OrderManager.NOT_FOUND, f.om.findByVenueOrderId(Fixture.VENUE_B, id + 1_000_000));
    }

    @Test
    void shouldRefuseWhatThePreTradeCheckRefuses() {
        final PreTradeCheck maxTen = (clientOrderId, strategyId, venueId, instrumentId, side, quantity, priceFixed,
            type, timeInForce, execInstructions) ->
            quantity > 10 ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;
        final Fixture f = new Fixture(16, maxTen, VenueCapabilities.ALL, FeeModel.NONE);
        assertEquals(Result.REJECTED, f.buy(11));
        assertEquals(RejectReason.MAX_ORDER_QUANTITY, f.om.lastRejectReason());
        assertEquals(0, f.gw.requestCount());
        assertEquals(1, f.om.preTradeRejects());
        final long id = f.buy(10);
        f.accept(id);
        assertEquals(Result.REJECTED, f.om.replace(id, 11, Fixture.PX));
        assertEquals(OrderState.NEW, f.state(id));
    }

    @Test
    void shouldRefuseBadArguments() {
        final Fixture f = new Fixture();
        assertEquals(Result.INVALID_ARGUMENT, f.buy(0));
        assertEquals(Result.INVALID_ARGUMENT, f.om.submit(1, 3, Fixture.INSTRUMENT, Side.BUY, 1, Fixture.PX,
            OrderType.LIMIT, TimeInForce.DAY, 0));
        assertEquals(Result.INVALID_ARGUMENT, f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 1,
            FixedPoint.NULL_PRICE, OrderType.LIMIT, TimeInForce.DAY, 0));
        assertEquals(Result.INVALID_ARGUMENT, f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.UNKNOWN, 1,
            Fixture.PX, OrderType.LIMIT, TimeInForce.DAY, 0));
        assertEquals(0, f.gw.requestCount());
    }

    @Test
    void shouldForgetAnOrderWhoseSendFailed() {
        final Fixture f = new Fixture();
        f.gw.failNext(Result.BACK_PRESSURED);
        assertEquals(Result.BACK_PRESSURED, f.buy(10));
        assertEquals(0, f.om.liveOrders());
        assertEquals(1, f.om.sendFailures());
        f.gw.connected(false);
        assertEquals(Result.NOT_CONNECTED, f.buy(10));
        f.gw.connected(true);
        final long id = f.buy(10);
        f.accept(id);
        f.gw.failNext(Result.THROTTLED);
        assertEquals(Result.THROTTLED, f.om.cancel(id));
        assertEquals(OrderState.NEW, f.state(id));
        f.gw.failNext(Result.THROTTLED);
        assertEquals(Result.THROTTLED, f.om.replace(id, 20, Fixture.PX));
        assertEquals(OrderState.NEW, f.state(id));
        assertEquals(1, f.om.liveOrders());
    }

    @Test
    void shouldDropDuplicateFillsByExecutionIdPerVenue() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        f.gw.fill(id, 77, Fixture.PX, 2, 8, Liquidity.ADDED, 0);
        f.gw.fill(id, 77, Fixture.PX, 2, 8, Liquidity.ADDED, 0);
        assertEquals(2, f.filled(id));
        assertEquals(1, f.om.duplicateFills());
        assertEquals(2, f.om.positions().netQuantity(Fixture.INSTRUMENT));
        // the same execution id on another venue is another execution
        final long idB = f.om.submit(1, Fixture.VENUE_B, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.DAY, 0);
        f.gwB.fill(idB, 77, Fixture.PX, 2, 8, Liquidity.ADDED, 0);
        assertEquals(2, f.filled(idB));
        assertEquals(4, f.om.positions().netQuantity(Fixture.INSTRUMENT));
    }

    @Test
    void shouldRefuseAndReportOverfills() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        f.fill(id, 8, 2);
        f.fill(id, 3, 0);
        assertEquals(8, f.filled(id));
        assertEquals(1, f.om.overfills());
        assertEquals(1, f.listener.overfills);
        assertEquals(OrderState.PARTIALLY_FILLED, f.state(id));
        assertEquals(8, f.om.positions().netQuantity(Fixture.INSTRUMENT));
    }

    @Test
    void shouldBookLateFillsAfterACancel() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        f.om.cancel(id);
        f.fill(id, 4, 6);
        assertEquals(OrderState.PENDING_CANCEL, f.state(id));
        f.canceled(id, 6);
        f.fill(id, 2, 0);
        assertEquals(OrderState.CANCELED, f.state(id));
        assertEquals(6, f.filled(id));
        assertEquals(1, f.om.lateFills());
        assertEquals(1, f.om.racingFills());
        assertEquals(1, f.listener.lateFills);
        assertEquals(6, f.om.positions().netQuantity(Fixture.INSTRUMENT));
    }

    @Test
    void shouldReplaceUnderANewIdKeepingFills() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        f.fill(id, 3, 7);
        final long newId = f.om.replace(id, 15, Fixture.PX + 1);
        assertTrue(newId > id);
        assertEquals(InMemoryVenueGateway.REPLACE, f.gw.lastKind());
        assertEquals(OrderState.PENDING_REPLACE, f.state(id));
        f.fill(id, 1, 6);
        f.gw.replaced(newId, id, Fixture.PX + 1, 11, 0);
        assertEquals(OrderState.REPLACED, f.state(id));
        assertEquals(OrderState.PARTIALLY_FILLED, f.state(newId));
        final int slot = f.om.find(newId);
        assertEquals(4, f.om.filledQuantity(slot));
        assertEquals(15, f.om.quantity(slot));
        assertEquals(Fixture.PX + 1, f.om.price(slot));
        assertEquals(slot, f.om.findByVenueOrderId(Fixture.VENUE, id + 1_000_000));
        f.fill(newId, 11, 0);
        assertEquals(OrderState.FILLED, f.state(newId));
        assertEquals(15, f.om.positions().netQuantity(Fixture.INSTRUMENT));
        assertEquals(0, f.om.liveOrders());
    }

    @Test
    void shouldRestoreTheOrderWhenAReplaceIsRefused() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.accept(id);
        final long newId = f.om.replace(id, 15, Fixture.PX + 1);
        f.cancelRejected(newId);
        assertEquals(OrderState.NEW, f.state(id));
        assertEquals(OrderState.REJECTED, f.state(newId));
        assertEquals(1, f.listener.cancelRejected);
        // a fill that completes the original while the replace is pending drops the pending new id
        final long newId2 = f.om.replace(id, 15, Fixture.PX + 1);
        f.fill(id, 10, 0);
        assertEquals(OrderState.FILLED, f.state(id));
        assertEquals(OrderState.REJECTED, f.state(newId2));
        f.cancelRejected(newId2);
        assertEquals(OrderState.FILLED, f.state(id));
        assertEquals(0, f.om.liveOrders());
    }

    @Test
    void shouldCountUnknownOrdersAndEventsFromTheWrongVenue() {
        final Fixture f = new Fixture();
        f.accept(12345);
        assertEquals(1, f.om.unknownOrderEvents());
        final long id = f.buy(10);
        f.gwB.accept(id, 1, 0);
        assertEquals(2, f.om.unknownOrderEvents());
        assertEquals(OrderState.PENDING_NEW, f.state(id));
        assertEquals(Result.UNKNOWN_ORDER, f.om.cancel(999));
        assertEquals(1, f.om.refusedRequests());
    }

    @Test
    void shouldReuseTheOldestTerminalSlotWhenThePoolIsFull() {
        final Fixture f = new Fixture(4, PreTradeCheck.ACCEPT_ALL, VenueCapabilities.ALL, FeeModel.NONE);
        final long[] ids = new long[4];
        for (int i = 0; i < 4; i++) {
            ids[i] = f.buy(1);
        }
        assertEquals(Result.REJECTED, f.buy(1));
        assertEquals(RejectReason.MAX_OPEN_ORDERS, f.om.lastRejectReason());
        f.accept(ids[1]);
        f.fill(ids[1], 1, 0);
        f.gw.reject(ids[2], RejectReason.VENUE_REJECT, 0);
        final long next = f.buy(1);
        assertTrue(next > 0);
        assertNull(f.state(ids[1]));
        assertEquals(OrderState.REJECTED, f.state(ids[2]));
        f.fill(ids[1], 1, 0);
        assertEquals(1, f.om.unknownOrderEvents());
        assertEquals(1, f.om.poolExhausted());
    }

    @Test
    void shouldEmulateIocOnAVenueWithoutIt() {
        final VenueCapabilities noIoc = VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.DAY, TimeInForce.GTC);
        final Fixture f = new Fixture(16, PreTradeCheck.ACCEPT_ALL, noIoc, FeeModel.NONE);
        final long id = f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX, OrderType.LIMIT,
            TimeInForce.IOC, 0);
        final int slot = f.om.find(id);
        assertEquals(TimeInForce.DAY, f.om.timeInForce(slot));
        assertEquals(OrderManager.LOCAL_IOC, f.om.localFlags(slot));
        f.accept(id);
        assertEquals(OrderState.PENDING_CANCEL, f.state(id));
        assertEquals(InMemoryVenueGateway.CANCEL, f.gw.lastKind());
        assertEquals(Result.REJECTED, f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.FOK, 0));
        assertEquals(RejectReason.UNSUPPORTED_ORDER, f.om.lastRejectReason());
    }

    @Test
    void shouldExpireLocallyTimedOrdersInDoWork() {
        final VenueCapabilities gtcOnly = VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.GTC);
        final Fixture f = new Fixture(16, PreTradeCheck.ACCEPT_ALL, gtcOnly, FeeModel.NONE);
        final long now = f.clock.epochNanos();
        final long gtd = f.om.submit(1, 0, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.GTD, 0, now + 1_000);
        assertEquals(Result.REJECTED, f.buy(10));
        f.om.dayEndNs(now + 5_000);
        final long day = f.buy(10);
        f.accept(gtd);
        f.accept(day);
        assertEquals(TimeInForce.GTC, f.om.timeInForce(f.om.find(gtd)));
        assertEquals(0, f.om.doWork(now + 999));
        assertEquals(1, f.om.doWork(now + 1_000));
        assertEquals(OrderState.PENDING_CANCEL, f.state(gtd));
        assertEquals(OrderState.NEW, f.state(day));
        assertEquals(1, f.om.doWork(now + 5_000));
        assertEquals(OrderState.PENDING_CANCEL, f.state(day));
        assertEquals(0, f.om.doWork(now + 10_000));
        assertEquals(2, f.om.localExpiries());
    }

    @Test
    void shouldEmulatePostOnlyAgainstTheBbo() {
        final VenueCapabilities noPostOnly = VenueCapabilities.of(ExecInstructions.HIDDEN, TimeInForce.values());
        final Fixture f = new Fixture(16, PreTradeCheck.ACCEPT_ALL, noPostOnly, FeeModel.NONE);
        f.om.onBbo(Fixture.INSTRUMENT, Fixture.PX - 2, 5, Fixture.PX, 5, 0);
        assertEquals(Result.REJECTED, f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 1, Fixture.PX,
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.POST_ONLY));
        final long id = f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 1, Fixture.PX - 1,
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.POST_ONLY);
        assertTrue(id > 0);
        assertEquals(ExecInstructions.NONE, f.om.execInstructions(f.om.find(id)));
        assertEquals(Result.REJECTED, f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 1, Fixture.PX - 1,
            OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.ALL_OR_NONE));
        assertEquals(RejectReason.UNSUPPORTED_ORDER, f.om.lastRejectReason());
    }

    @Test
    void shouldBookPositionsWithFeesAndMarkToTheBbo() {
        final Fixture f = new Fixture(16, PreTradeCheck.ACCEPT_ALL, VenueCapabilities.ALL,
            FeeModel.perUnit(-10, 30));
        final long buy = f.buy(10);
        f.accept(buy);
        f.fill(buy, 10, Fixture.PX, 0);
        final long sell = f.sell(4, Fixture.PX + FixedPoint.SCALE);
        f.fill(sell, 4, Fixture.PX + FixedPoint.SCALE, 0);
        final Positions p = f.om.positions();
        final int slot = p.find(Fixture.INSTRUMENT, 1, Fixture.VENUE);
        assertEquals(6, p.quantity(slot));
        assertEquals(Fixture.PX, p.averagePrice(slot));
        assertEquals(4 * FixedPoint.SCALE, p.realizedPnl(slot));
        assertEquals(14 * 30, p.fees(slot));
        f.om.onBbo(Fixture.INSTRUMENT, Fixture.PX + 2 * FixedPoint.SCALE, 1, Fixture.PX + 2 * FixedPoint.SCALE, 1, 0);
        assertEquals(12 * FixedPoint.SCALE, p.unrealizedPnl(slot));
        assertEquals(16 * FixedPoint.SCALE - 14 * 30, p.totalPnl());
    }

    @Test
    void shouldListReconciliationBreaks() {
        final Fixture f = new Fixture();
        final long a = f.buy(10);
        f.fill(a, 10, 0);
        final long b = f.om.submit(1, Fixture.VENUE, 5, Side.SELL, 3, Fixture.PX, OrderType.LIMIT,
            TimeInForce.DAY, 0);
        f.fill(b, 3, 0);
        final long c = f.om.submit(2, Fixture.VENUE_B, 5, Side.BUY, 7, Fixture.PX, OrderType.LIMIT,
            TimeInForce.DAY, 0);
        f.gwB.fill(c, 1, Fixture.PX, 7, 0, Liquidity.ADDED, 0);
        final PositionReport report = new PositionReport(8);
        final ReconciliationBreaks breaks = new ReconciliationBreaks(8);
        report.add(Fixture.INSTRUMENT, 10).add(7, 2);
        assertEquals(2, f.om.positions().reconcile(Fixture.VENUE, report, breaks));
        assertEquals(7, breaks.instrumentId(0));
        assertEquals(5, breaks.instrumentId(1));
        assertEquals(-3, breaks.ourQuantity(1));
        assertEquals(0, breaks.reportedQuantity(1));
        report.clear().add(Fixture.INSTRUMENT, 10).add(5, 4);
        assertEquals(0, f.om.positions().reconcile(Venue.NULL_VENUE_ID, report, breaks));
        report.clear().add(Fixture.INSTRUMENT, 9).add(5, 4);
        assertEquals(1, f.om.positions().reconcile(Venue.NULL_VENUE_ID, report, breaks));
        assertEquals(1, breaks.difference(0));
    }

    @Test
    void shouldIssueIncreasingIdsUniqueAcrossSessions() {
        final OrderIdGenerator first = OrderIdGenerator.forSession(1_700_000_000L, 0);
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            final long id = first.nextId();
            assertTrue(id > last);
            last = id;
        }
        // restart in the same second (or with the clock stepped back): the journal's highest id moves it on
        final OrderIdGenerator second = OrderIdGenerator.forSession(1_699_999_999L, last);
        assertTrue(second.nextId() > last);
        assertEquals(1_700_000_000L - OrderIdGenerator.EPOCH_SECONDS, OrderIdGenerator.prefixOf(last));
    }

    @Test
    void shouldCancelEveryLiveOrderForAKillSwitch() {
        final Fixture f = new Fixture();
        final long a = f.buy(10);
        final long b = f.buy(10);
        f.accept(b);
        final long c = f.buy(10);
        f.accept(c);
        f.fill(c, 10, 0);
        final long d = f.om.submit(1, Fixture.VENUE_B, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.DAY, 0);
        assertEquals(2, f.om.cancelAll(Fixture.VENUE));
        assertEquals(OrderState.PENDING_CANCEL, f.state(a));
        assertEquals(OrderState.PENDING_CANCEL, f.state(b));
        assertEquals(OrderState.FILLED, f.state(c));
        assertEquals(OrderState.PENDING_NEW, f.state(d));
        assertEquals(1, f.om.cancelAll(Venue.NULL_VENUE_ID));
        assertEquals(OrderState.PENDING_CANCEL, f.state(d));
        assertEquals(0, f.om.refusedRequests());
    }

    @Test
    void shouldCountFillsWithABadQuantityOrPrice() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.gw.fill(id, 1, Fixture.PX, 0, 10, Liquidity.ADDED, 0);
        f.gw.fill(id, 2, Fixture.PX, -5, 10, Liquidity.ADDED, 0);
        f.gw.fill(id, 3, FixedPoint.NULL_PRICE, 5, 5, Liquidity.ADDED, 0);
        assertEquals(3, f.om.invalidFills());
        assertEquals(0, f.filled(id));
        assertEquals(OrderState.PENDING_NEW, f.state(id));
        f.gw.fill(id, 4, Fixture.PX, 5, 99, Liquidity.ADDED, 0);
        assertEquals(1, f.om.leavesMismatches());
        assertEquals(5, f.filled(id));
    }

    @Test
    void shouldNotExpireAnOrderThatReusedTheSlotOfATimedOne() {
        final VenueCapabilities gtcOnly = VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.GTC);
        final Fixture f = new Fixture(1, PreTradeCheck.ACCEPT_ALL, gtcOnly, FeeModel.NONE);
        final long now = f.clock.epochNanos();
        final long gtd = f.om.submit(1, 0, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.GTD, 0, now + 1_000);
        f.gw.reject(gtd, RejectReason.VENUE_REJECT, now);
        final long gtc = f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.GTC, 0);
        assertEquals(f.om.find(gtc), 0);
        assertEquals(0, f.om.doWork(now + 2_000));
        assertEquals(OrderState.PENDING_NEW, f.state(gtc));
        final long gtd2 = f.om.submit(1, 0, Fixture.VENUE_B, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX,
            OrderType.LIMIT, TimeInForce.GTD, 0, now + 1_000);
        assertEquals(Result.REJECTED, gtd2);
    }

    @Test
    void shouldCancelAnEmulatedIocWhoseFirstAnswerIsAPartialFill() {
        final VenueCapabilities noIoc = VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.DAY);
        final Fixture f = new Fixture(16, PreTradeCheck.ACCEPT_ALL, noIoc, FeeModel.NONE);
        final long id = f.om.submit(1, Fixture.VENUE, Fixture.INSTRUMENT, Side.BUY, 10, Fixture.PX, OrderType.LIMIT,
            TimeInForce.IOC, 0);
        f.fill(id, 4, 6);
        assertEquals(OrderState.PENDING_CANCEL, f.state(id));
        assertEquals(InMemoryVenueGateway.CANCEL, f.gw.lastKind());
    }

    @Test
    void shouldBookAnExecutionIdOnlyOnceButNotRememberARefusedOne() {
        final Fixture f = new Fixture();
        final long id = f.buy(10);
        f.gw.fill(id, 5, Fixture.PX, 11, 0, Liquidity.ADDED, 0);
        assertEquals(1, f.om.overfills());
        f.gw.fill(id, 5, Fixture.PX, 10, 0, Liquidity.ADDED, 0);
        assertEquals(10, f.filled(id));
        f.gw.fill(id, 5, Fixture.PX, 10, 0, Liquidity.ADDED, 0);
        assertEquals(1, f.om.duplicateFills());
    }

    @Test
    void shouldFindOrdersWhoseIdsCollideInTheDirectTable() {
        final Fixture f = new Fixture(4, PreTradeCheck.ACCEPT_ALL, VenueCapabilities.ALL, FeeModel.NONE);
        final long longLived = f.buy(10);
        final long[] ids = new long[100];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = f.buy(1);
            assertEquals(f.om.find(ids[i]), f.om.find(ids[i]));
            assertEquals(OrderState.PENDING_NEW, f.state(ids[i]));
            assertEquals(OrderState.PENDING_NEW, f.state(longLived));
            if (i % 3 != 0) {
                f.gw.reject(ids[i], RejectReason.VENUE_REJECT, 0);
            } else {
                f.fill(ids[i], 1, 0);
            }
            assertEquals(0, f.om.unknownOrderEvents());
        }
        f.fill(longLived, 10, 0);
        assertEquals(OrderState.FILLED, f.state(longLived));
        assertNull(f.state(ids[0]));
        assertEquals(OrderState.REJECTED, f.state(ids[98]));
        assertEquals(OrderState.FILLED, f.state(ids[99]));
        assertEquals(0, f.om.unknownOrderEvents());
    }

    @Test
    void shouldForwardOnlyTheEventsItAcceptedDownstreamBeforeTheHostHearsOfThem() {
        final Fixture f = new Fixture();
        final List<String> downstream = new ArrayList<>();
        f.om.downstream(new OrderEventListener() {
            @Override
            public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
                final long timestampNs) {
                downstream.add("accepted " + clientOrderId);
            }

            @Override
            public void onFill(final int venueId, final long clientOrderId, final long executionId,
                final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
                final Liquidity liquidity, final long timestampNs) {
                downstream.add("fill " + clientOrderId + " " + executionId + " " + lastQuantity + " fills seen by host "
                    + f.listener.fills);
            }

            @Override
            public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
                final RejectReason reason, final long timestampNs) {
                downstream.add("canceled " + clientOrderId + " " + canceledQuantity);
            }

            @Override
            public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
                final long priceFixed, final long quantity, final long timestampNs) {
                downstream.add("replaced " + clientOrderId + " " + origClientOrderId);
            }

            @Override
            public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
                final long timestampNs) {
                downstream.add("rejected " + clientOrderId);
            }
        });
        final long id = f.buy(100);
        f.accept(id);
        f.accept(id); // invalid: already accepted
        f.gw.fill(id, 5, Fixture.PX, 10, 90, Liquidity.ADDED, 1);
        f.gw.fill(id, 5, Fixture.PX, 10, 90, Liquidity.ADDED, 2); // duplicate
        f.gw.fill(id, 6, Fixture.PX, 500, 0, Liquidity.ADDED, 3); // overfill
        f.gw.fill(id + 77, 7, Fixture.PX, 1, 0, Liquidity.ADDED, 4); // unknown order
        final long newId = f.om.replace(id, 50, Fixture.PX);
        f.gw.replaced(newId, id, Fixture.PX, 40, 5);
        f.gw.replaced(newId, id, Fixture.PX, 40, 6); // again
        f.om.cancel(newId);
        f.canceled(newId, 40);
        f.canceled(newId, 40); // again
        f.gw.fill(newId, 8, Fixture.PX, 5, 0, Liquidity.ADDED, 7); // late fill: forwarded
        final long other = f.buy(10);
        f.gw.reject(other, RejectReason.VENUE_REJECT, 8);
        f.gw.reject(other, RejectReason.VENUE_REJECT, 9); // again
        assertEquals(List.of("accepted " + id, "fill " + id + " 5 10 fills seen by host 0",
            "replaced " + newId + " " + id, "canceled " + newId + " 40",
            "fill " + newId + " 8 5 fills seen by host 1", "rejected " + other), downstream);
        assertEquals(15, f.om.positions().netQuantity(Fixture.INSTRUMENT));
    }
}
