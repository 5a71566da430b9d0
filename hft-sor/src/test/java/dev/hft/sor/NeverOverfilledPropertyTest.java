package dev.hft.sor;

import static dev.hft.sor.Books.VENUES;
import static dev.hft.sor.Books.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import dev.hft.api.ExecInstructions;
import dev.hft.api.Liquidity;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.timing.ManualClock;

/**
 * Drives one parent through random sequences of venue behaviour (partial fills, IOC remainders canceled while a fill
 * is still in flight and delivered late, rejects, unsolicited cancels, duplicate fills, book changes, re-routes,
 * parent cancels) from venues that never execute more than a child's quantity, and checks after every event that the
 * parent is never overfilled and that every fill reaches it exactly once.
 */
class NeverOverfilledPropertyTest {

    /** The venue's side of one child. */
    private static final class VenueChild {
        final long id;
        final int venueId;
        final long quantity;
        final long price;
        final boolean resting;
        long delivered;
        long canceled;
        long inFlight;
        boolean rejected;
        final List<long[]> fills = new ArrayList<>();

        VenueChild(final RecordingSink.Child child) {
            id = child.id;
            venueId = child.venueId;
            quantity = child.quantity;
            price = child.price;
            resting = !child.timeInForce.isImmediate();
        }

        long open() {
            return rejected ? 0 : quantity - delivered - canceled - inFlight;
        }
    }

    @Property(tries = 400)
    void parentIsNeverOverfilled(
        @ForAll final long seed,
        @ForAll @IntRange(min = 1, max = 3_000) final int quantity,
        @ForAll final boolean resting,
        @ForAll @Size(max = 120) final List<@IntRange(min = 0, max = 9_999) Integer> actions) {
        final Random random = new Random(seed);
        final ConsolidatedBook book = Books.book();
        final VenueModel venues = new VenueModel(VENUES, 1);
        for (int v = 0; v < VENUES; v++) {
            venues.instrumentRules(v, 0, px(1), 1 + random.nextInt(3) * 50);
            venues.fees(v, -random.nextInt(300_000), random.nextInt(300_000));
            for (int level = 0; level < 3; level++) {
                Books.ask(book, v, 100_000 + random.nextInt(20), 1 + random.nextInt(800));
            }
        }
        final RecordingSink sink = new RecordingSink();
        final RecordingListener listener = new RecordingListener();
        final ManualClock clock = new ManualClock();
        final SmartOrderRouter sor = new SmartOrderRouter(venues, sink, PreTradeCheck.ACCEPT_ALL, listener, clock,
            clock, 4, 512, 1);
        sor.book(book);
        sor.defaultParams().policy(RoutingPolicy.values()[random.nextInt(RoutingPolicy.values().length)]);
        final List<VenueChild> children = new ArrayList<>();
        long executionId = 1;
        long deliveredFills = 0;

        sor.submit(1, 0, 0, Side.BUY, quantity, px(100_015), resting ? TimeInForce.DAY : TimeInForce.IOC,
            ExecInstructions.NONE);
        for (final int action : actions) {
            while (children.size() < sink.children.size()) {
                children.add(new VenueChild(sink.children.get(children.size())));
            }
            final VenueChild child = children.isEmpty() ? null : children.get((action / 10) % children.size());
            switch (action % 10) {
                case 0:
                case 1:
                    if (child != null && child.open() > 0) {
                        final long fill = 1 + (action / 100) % child.open();
                        child.delivered += fill;
                        child.fills.add(new long[] {executionId, fill});
                        sor.onFill(child.venueId, child.id, executionId++, child.price, fill,
                            child.open() + child.inFlight, Liquidity.REMOVED, 0);
                        deliveredFills += fill;
                    }
                    break;
                case 2:
                    if (child != null && child.open() > 0 && !child.resting) {
                        final long late = (action / 100) % (child.open() + 1);
                        child.inFlight += late;
                        final long rest = child.open();
                        child.canceled += rest;
                        sor.onCanceled(child.venueId, child.id, rest, RejectReason.NONE, 0);
                    }
                    break;
                case 3:
                    if (child != null && child.inFlight > 0) {
                        final long fill = child.inFlight;
                        child.inFlight = 0;
                        child.delivered += fill;
                        child.fills.add(new long[] {executionId, fill});
                        sor.onFill(child.venueId, child.id, executionId++, child.price, fill, 0, Liquidity.REMOVED,
                            0);
                        deliveredFills += fill;
                    }
                    break;
                case 4:
                    if (child != null && child.delivered == 0 && child.canceled == 0 && child.inFlight == 0
                        && !child.rejected) {
                        child.rejected = true;
                        sor.onRejected(child.venueId, child.id, RejectReason.VENUE_REJECT, 0);
                    }
                    break;
                case 5:
                    if (child != null && !child.fills.isEmpty()) {
                        final long[] fill = child.fills.get(0);
                        sor.onFill(child.venueId, child.id, fill[0], child.price, fill[1], 0, Liquidity.REMOVED, 0);
                    }
                    break;
                case 6:
                    if (child != null && child.open() > 0) {
                        final long rest = child.open();
                        child.canceled += rest;
                        sor.onCanceled(child.venueId, child.id, rest, RejectReason.NONE, 0);
                    }
                    break;
                case 7:
                    Books.ask(book, (action / 10) % VENUES, 100_000 + (action / 100) % 20, (action / 7) % 500);
                    break;
                case 8:
                    if (action % 7 == 0) {
                        sor.cancel(1);
                    }
                    break;
                default:
                    clock.advance(1_000_000);
                    sor.doWork();
                    break;
            }
            assertInvariants(sor, listener, quantity, deliveredFills);
        }

        // drain: the venues resolve every child, the router re-routes until the parent is done
        for (int round = 0; round < 1_000 && sor.isLive(1); round++) {
            while (children.size() < sink.children.size()) {
                children.add(new VenueChild(sink.children.get(children.size())));
            }
            for (final VenueChild child : children) {
                if (child.inFlight > 0) {
                    final long fill = child.inFlight;
                    child.inFlight = 0;
                    child.delivered += fill;
                    sor.onFill(child.venueId, child.id, executionId++, child.price, fill, 0, Liquidity.REMOVED, 0);
                    deliveredFills += fill;
                }
                if (child.open() > 0) {
                    final long rest = child.open();
                    child.canceled += rest;
                    sor.onCanceled(child.venueId, child.id, rest, RejectReason.NONE, 0);
                }
                assertInvariants(sor, listener, quantity, deliveredFills);
            }
            clock.advance(1_000_000);
            sor.doWork();
        }
        assertFalse(sor.isLive(1));
        assertEquals(deliveredFills, listener.fillQuantity);
        assertTrue(listener.fillQuantity <= quantity, "overfilled");
        assertEquals(0, sor.excessFills());
        assertEquals(0, sor.liveChildren());
        for (int v = 0; v < VENUES; v++) {
            assertEquals(0, sor.takingInFlightQuantity(0, Side.BUY, v));
        }
        assertEquals(1, listener.events.stream().filter(e -> e.startsWith("done")).count());
    }

    private static void assertInvariants(
        final SmartOrderRouter sor, final RecordingListener listener, final long quantity, final long delivered) {
        assertEquals(delivered, listener.fillQuantity);
        assertTrue(delivered <= quantity, () -> "overfilled: " + delivered + " > " + quantity);
        for (int v = 0; v < VENUES; v++) {
            assertTrue(sor.takingInFlightQuantity(0, Side.BUY, v) >= 0);
        }
        if (sor.isLive(1)) {
            final long working = sor.workingQuantity(1);
            assertTrue(working >= 0);
            assertTrue(sor.filledQuantity(1) + working <= quantity,
                () -> "filled " + sor.filledQuantity(1) + " + working " + working + " > " + quantity);
        }
    }
}
