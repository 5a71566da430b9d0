package dev.hft.sor;

import static dev.hft.sor.Books.VENUES;
import static dev.hft.sor.Books.ask;
import static dev.hft.sor.Books.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.hft.api.ExecInstructions;
import dev.hft.api.Liquidity;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.timing.ManualClock;

class SmartOrderRouterTest {
    private static final int STRATEGY = 0;

    private final ConsolidatedBook book = Books.book();
    private final VenueModel venues = new VenueModel(VENUES, 1);
    private final RecordingSink sink = new RecordingSink();
    private final RecordingListener listener = new RecordingListener();
    private final ManualClock clock = new ManualClock(1_000_000L, 1_700_000_000_000_000_000L);
    private PreTradeCheck check = PreTradeCheck.ACCEPT_ALL;
    private SmartOrderRouter sor;

    @BeforeEach
    void setUp() {
        sor = new SmartOrderRouter(venues, sink, (id, strategy, venue, instrument, side, quantity, price, type, tif,
            flags) -> check.check(id, strategy, venue, instrument, side, quantity, price, type, tif, flags), listener,
            clock, clock, 16, 64, 4);
        sor.book(book).strategy(STRATEGY, RoutingParams.of(RoutingPolicy.BEST_PRICE));
        listener.router = sor;
    }

    private int buy(final long parentId, final long quantity, final long limitThousandths, final TimeInForce tif) {
        return sor.submit(parentId, STRATEGY, 0, Side.BUY, quantity, px(limitThousandths), tif,
            ExecInstructions.NONE);
    }

    private void fill(final long childId, final long executionId, final long quantity, final long leaves) {
        final RecordingSink.Child child = sink.child(childId);
        sor.onFill(child.venueId, childId, executionId, child.price, quantity, leaves, Liquidity.REMOVED, 0);
    }

    private void canceled(final long childId, final long quantity) {
        sor.onCanceled(sink.child(childId).venueId, childId, quantity, RejectReason.NONE, 0);
    }

    @Test
    void shouldSweepAcrossVenuesAndRollFillsUpIntoTheParent() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 200);
        venues.fees(0, -200_000L, 300_000L).fees(1, 0, -100_000L);
        assertEquals(Result.OK, buy(1, 300, 100_020, TimeInForce.IOC));
        assertEquals(List.of("c1 v0 100@100.01 IOC", "c2 v1 200@100.02 IOC"), sink.sent());
        assertEquals(300, sor.workingQuantity(1));

        fill(1, 11, 100, 0);
        fill(2, 21, 150, 50);
        fill(2, 22, 50, 0);
        assertEquals(List.of(
            "fill p1 c1 v0 100@100.01 fee=0.3 filled=100 leaves=200",
            "fill p1 c2 v1 150@100.02 fee=-0.15 filled=250 leaves=50",
            "fill p1 c2 v1 50@100.02 fee=-0.05 filled=300 leaves=0",
            "done p1 filled=300 unfilled=0 avg=100.01666667 fees=0.1 v0=100@100.01/0.3 v1=200@100.02/-0.2"),
            listener.events);
        assertFalse(sor.isLive(1));
        assertEquals(0, sor.liveChildren());
    }

    @Test
    void shouldNotAimAtLiquidityOurOwnIocsInFlightAreTaking() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 100);
        buy(1, 60, 100_020, TimeInForce.IOC);
        buy(2, 60, 100_020, TimeInForce.IOC);
        assertEquals(List.of("c1 v0 60@100.01 IOC", "c2 v0 40@100.01 IOC", "c3 v1 20@100.02 IOC"), sink.sent());
        canceled(2, 40);
        canceled(3, 20);
        sor.doWork();
        assertEquals(List.of("c4 v0 40@100.01 IOC", "c5 v1 20@100.02 IOC"), sink.sent().subList(3, 5));
        sor.onFill(0, 1, 1, px(100_010), 60, 0, Liquidity.REMOVED, 0);
        sor.cancel(2);
        canceled(4, 40);
        canceled(5, 20);
        assertFalse(sor.isLive(2));
        buy(3, 100, 100_020, TimeInForce.IOC);
        assertEquals("c6 v0 100@100.01 IOC", sink.sent().get(5));
    }

    @Test
    void shouldDropDuplicateFillsByVenueAndExecutionId() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_010, 100);
        buy(1, 200, 100_010, TimeInForce.IOC);
        fill(1, 7, 50, 50);
        fill(1, 7, 50, 50);
        fill(2, 7, 50, 50);
        assertEquals(1, sor.duplicateFills());
        assertEquals(100, sor.filledQuantity(1));
        assertEquals(100, listener.fillQuantity);
    }

    @Test
    void shouldRerouteAnUnfilledIocRemainder() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 100);
        buy(1, 150, 100_020, TimeInForce.IOC);
        assertEquals(List.of("c1 v0 100@100.01 IOC", "c2 v1 50@100.02 IOC"), sink.sent());
        fill(1, 11, 40, 60);
        canceled(1, 60);
        fill(2, 21, 50, 0);
        ask(book, 0, 100_010, 0);
        ask(book, 1, 100_020, 50);
        assertEquals(1, sor.doWork());
        assertEquals("c3 v1 50@100.02 IOC", sink.sent().get(2));
        fill(3, 31, 50, 0);
        ask(book, 1, 100_020, 0);
        sor.doWork();
        assertFalse(sor.isLive(1));
        assertEquals("done p1 filled=140 unfilled=10 avg=100.01714286 fees=0 v0=40@100.01/0 v1=100@100.02/0",
            listener.events.get(listener.events.size() - 1));
        assertEquals(3, sor.decisions());
    }

    @Test
    void shouldExcludeAVenueThatRejectedAChildAndRerouteItsQuantity() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 100);
        buy(1, 100, 100_020, TimeInForce.IOC);
        assertEquals(List.of("c1 v0 100@100.01 IOC"), sink.sent());
        sor.onRejected(0, 1, RejectReason.VENUE_REJECT, 0);
        assertEquals(List.of("reject p1 c1 v0 100 VENUE_REJECT venue"), listener.events);
        sor.doWork();
        assertEquals("c2 v1 100@100.02 IOC", sink.sent().get(1));
        assertEquals(1, sor.venueRejects());
    }

    @Test
    void shouldRunEveryChildThroughThePreTradeCheckAndReportRejects() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_010, 100);
        check = (id, strategy, venue, instrument, side, quantity, price, type, tif, flags) ->
            venue == 0 ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;
        buy(1, 150, 100_010, TimeInForce.IOC);
        assertEquals(List.of("c1 v1 50@100.01 IOC"), sink.sent());
        assertEquals(List.of("reject p1 c1 v0 100 MAX_ORDER_QUANTITY local"), listener.events);
        assertEquals(1, sor.preTradeRejects());
        fill(1, 1, 50, 0);
        while (sor.isLive(1)) {
            sor.doWork();
        }
        assertEquals(SmartOrderRouter.DEFAULT_MAX_ROUTE_ATTEMPTS, sor.preTradeRejects());
        assertEquals("done p1 filled=50 unfilled=100 avg=100.01 fees=0 v1=50@100.01/0",
            listener.events.get(listener.events.size() - 1));
        assertEquals(1, sink.children.size());
    }

    @Test
    void shouldKeepAFillInFlightReservedWhenAnIocRemainderIsCanceled() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_010, 100);
        buy(1, 100, 100_010, TimeInForce.IOC);
        assertEquals(List.of("c1 v0 100@100.01 IOC"), sink.sent());
        canceled(1, 60);
        assertEquals(40, sor.workingQuantity(1));
        ask(book, 0, 100_010, 0);
        sor.doWork();
        assertEquals("c2 v1 60@100.01 IOC", sink.sent().get(1));
        fill(1, 11, 40, 0);
        fill(2, 21, 60, 0);
        assertEquals("done p1 filled=100 unfilled=0 avg=100.01 fees=0 v0=40@100.01/0 v1=60@100.01/0",
            listener.events.get(listener.events.size() - 1));
        assertEquals(0, sor.excessFills());
    }

    @Test
    void shouldReduceWhatIsRoutedNextByALateFillAfterAReroute() {
        ask(book, 0, 100_010, 100);
        buy(1, 100, 100_010, TimeInForce.DAY);
        assertEquals(List.of("c1 v0 100@100.01 IOC"), sink.sent());
        canceled(1, 100);
        ask(book, 0, 100_010, 0);
        sor.doWork();
        assertEquals("c2 v0 100@100.01 DAY", sink.sent().get(1));
        fill(1, 11, 30, 0);
        assertEquals(1, sor.excessFills());
        assertEquals(List.of(2L), sink.cancels);
        canceled(2, 100);
        sor.doWork();
        assertEquals("c3 v1 70@100.01 DAY", sink.sent().get(2));
        fill(3, 31, 70, 0);
        assertEquals("done p1 filled=100 unfilled=0 avg=100.01 fees=0 v0=30@100.01/0 v1=70@100.01/0",
            listener.events.get(listener.events.size() - 1));
    }

    @Test
    void shouldReportAFillAfterTheParentIsDoneAsAnOrphan() {
        ask(book, 0, 100_010, 100);
        buy(1, 100, 100_010, TimeInForce.IOC);
        canceled(1, 100);
        ask(book, 0, 100_010, 0);
        sor.doWork();
        assertFalse(sor.isLive(1));
        sor.onFill(0, 1, 99, px(100_010), 10, 0, Liquidity.REMOVED, 0);
        assertEquals(1, sor.orphanFills());
        assertEquals(10, listener.orphanQuantity);
    }

    @Test
    void shouldThrottleAVenueWhoseSinkPushesBackAndRouteElsewhere() {
        ask(book, 0, 100_010, 100);
        ask(book, 1, 100_020, 100);
        sink.results[0] = Result.THROTTLED;
        buy(1, 100, 100_020, TimeInForce.IOC);
        assertEquals(List.of("reject p1 c1 v0 100 THROTTLED local"), listener.events);
        assertTrue(venues.throttledUntilNs(0) > clock.nanoTime());
        sor.doWork();
        assertEquals(List.of("c1 v1 100@100.02 IOC"), sink.sent());
        assertEquals(1, sor.sendFailures());
    }

    @Test
    void shouldMeasureVenueLatencyAndFillRatesFromChildren() {
        ask(book, 0, 100_010, 100);
        buy(1, 100, 100_010, TimeInForce.IOC);
        clock.advance(25_000);
        sor.onAccepted(0, 1, 555, 0);
        assertEquals(25_000, venues.latencyNs(0));
        fill(1, 11, 40, 60);
        canceled(1, 60);
        assertEquals(VenueModel.PPM + (400_000 - VenueModel.PPM) / 16, venues.takerFillPpm(0));
        assertEquals(1, venues.ordersSent(0));
        assertEquals(100, venues.quantitySent(0));
        assertEquals(40, venues.quantityFilled(0));
    }

    @Test
    void shouldCancelWorkingChildrenWhenTheParentIsCanceled() {
        ask(book, 0, 100_010, 100);
        buy(1, 500, 100_010, TimeInForce.DAY);
        assertEquals(List.of("c1 v0 100@100.01 IOC", "c2 v0 400@100.01 DAY"), sink.sent());
        assertEquals(Result.OK, sor.cancel(1));
        assertEquals(List.of(2L, 1L), sink.cancels);
        fill(1, 11, 100, 0);
        assertTrue(sor.isLive(1));
        canceled(2, 400);
        assertEquals("done p1 filled=100 unfilled=400 avg=100.01 fees=0 v0=100@100.01/0",
            listener.events.get(listener.events.size() - 1));
        assertEquals(Result.UNKNOWN_ORDER, sor.cancel(1));
    }

    @Test
    void shouldEndAParentAtOnceWhenNothingCanBeRouted() {
        assertEquals(Result.OK, buy(1, 100, 100_010, TimeInForce.IOC));
        assertEquals(List.of("done p1 filled=0 unfilled=100 avg=NULL fees=0"), listener.events);
        assertFalse(sor.isLive(1));
    }

    @Test
    void shouldRefuseInvalidParents() {
        ask(book, 0, 100_010, 100);
        assertEquals(Result.INVALID_ARGUMENT, buy(0, 100, 100_010, TimeInForce.DAY));
        assertEquals(Result.INVALID_ARGUMENT, buy(1, 0, 100_010, TimeInForce.DAY));
        assertEquals(Result.INVALID_ARGUMENT, sor.submit(1, STRATEGY, 3, Side.BUY, 100, px(1), TimeInForce.DAY, 0));
        assertEquals(Result.INVALID_ARGUMENT, sor.submit(1, STRATEGY, 0, Side.UNKNOWN, 100, px(1), TimeInForce.DAY,
            0));
        assertEquals(Result.OK, buy(1, 500, 100_010, TimeInForce.DAY));
        assertEquals(Result.INVALID_ARGUMENT, buy(1, 100, 100_010, TimeInForce.DAY));
    }

    @Test
    void shouldIgnoreEventsForUnknownChildrenOrTheWrongVenue() {
        ask(book, 0, 100_010, 100);
        buy(1, 100, 100_010, TimeInForce.IOC);
        sor.onCanceled(0, 42, 10, RejectReason.NONE, 0);
        sor.onCanceled(3, 1, 10, RejectReason.NONE, 0);
        sor.onFill(0, 1, 5, px(100_010), 0, 0, Liquidity.REMOVED, 0);
        assertEquals(1, sor.unknownChildEvents());
        assertEquals(2, sor.invalidEvents());
        assertEquals(100, sor.workingQuantity(1));
    }
}
