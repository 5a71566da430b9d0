package dev.hft.oms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import dev.hft.api.OrderDeltaListener;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderLedgerView;
import dev.hft.api.Side;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's order deltas, summed the way an aggregate keeper (a risk checker) sums them, agree with the ledger's
 * own orders through random scenarios of requests and venue events (duplicates, overfills, invalid transitions, late
 * fills, replaces confirmed, refused or overtaken, events on a pending replace's id), with a fresh booking from the
 * ledger at the end, and a keeper wired after a journal recovery is booked to the live keeper's state.
 */
final class OrderDeltaTest {

    /** Open orders and open quantity per venue, positions per instrument, as deltas build them. */
    static final class Aggregates implements OrderEventListener, OrderDeltaListener {
        final long[] openOrders = new long[2];
        final long[] openQuantity = new long[2];
        final long[] position = new long[Scenario.INSTRUMENTS];
        OrderLedgerView view;

        @Override
        public void onLedgerView(final OrderLedgerView ledgerView) {
            view = ledgerView;
        }

        @Override
        public void onOrderBooked(final long clientOrderId, final int strategyId, final int venueId,
            final int instrumentId, final Side side, final long priceFixed, final long quantity) {
            openOrders[venueId]++;
            openQuantity[venueId] += quantity;
        }

        @Override
        public void onReplaceBooked(final long origClientOrderId, final long newClientOrderId, final int strategyId,
            final int venueId, final int instrumentId, final Side side, final long newPriceFixed,
            final long openIncrease) {
            assertTrue(openIncrease >= 0);
            openQuantity[venueId] += openIncrease;
        }

        @Override
        public void onReplaceRefused(final long origClientOrderId, final long newClientOrderId, final int strategyId,
            final int venueId, final int instrumentId, final Side side, final long openDecrease) {
            assertTrue(openDecrease >= 0);
            openQuantity[venueId] -= openDecrease;
        }

        @Override
        public void onOrderReplaced(final long clientOrderId, final long origClientOrderId, final int strategyId,
            final int venueId, final int instrumentId, final Side side, final long priceFixed, final long openDelta) {
            openQuantity[venueId] += openDelta;
        }

        @Override
        public void onOrderFilled(final long clientOrderId, final int strategyId, final int venueId,
            final int instrumentId, final Side side, final long lastPriceFixed, final long lastQuantity,
            final long openReleased, final boolean done) {
            openQuantity[venueId] -= openReleased;
            openOrders[venueId] -= done ? 1 : 0;
            position[instrumentId] += side == Side.BUY ? lastQuantity : -lastQuantity;
        }

        @Override
        public void onOrderDone(final long clientOrderId, final int strategyId, final int venueId,
            final int instrumentId, final Side side, final long openReleased) {
            openQuantity[venueId] -= openReleased;
            openOrders[venueId]--;
        }
    }

    private static void assertAgrees(final OrderManager om, final Aggregates deltas, final int step) {
        for (int venue = 0; venue < 2; venue++) {
            final long[] ids = new long[om.capacity()];
            final int n = om.copyOpenOrderIds(venue, ids);
            long leaves = 0;
            boolean replacePending = false;
            for (int i = 0; i < n; i++) {
                final int slot = om.find(ids[i]);
                leaves += om.quantity(slot) - om.filledQuantity(slot);
                replacePending |= om.state(slot) == OrderState.PENDING_REPLACE;
            }
            assertEquals(n, om.openOrderCount(venue));
            assertEquals(n, deltas.openOrders[venue], "open orders, step " + step);
            if (replacePending) { // plus the raises of pending replaces
                assertTrue(deltas.openQuantity[venue] >= leaves, "open quantity, step " + step);
            } else {
                assertEquals(leaves, deltas.openQuantity[venue], "open quantity, step " + step);
            }
        }
        for (int instrument = 0; instrument < Scenario.INSTRUMENTS; instrument++) {
            assertEquals(om.positions().netQuantity(instrument), deltas.position[instrument], "position " + step);
        }
    }

    private static void assertSameOpen(final Aggregates expected, final Aggregates actual) {
        for (int venue = 0; venue < 2; venue++) {
            assertEquals(expected.openOrders[venue], actual.openOrders[venue], "open orders");
            assertEquals(expected.openQuantity[venue], actual.openQuantity[venue], "open quantity");
        }
    }

    @Test
    void shouldSumToTheLedgersOwnOrdersThroughARandomScenario() {
        for (final long seed : new long[] {7, 11, 12, 13}) {
            final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
            final OrderManager om = Scenario.newOrderManager(clock);
            final InMemoryVenueGateway[] gateways = Scenario.addVenues(om);
            final Aggregates deltas = new Aggregates();
            om.downstream(deltas);
            assertEquals(om, deltas.view);
            final Scenario scenario = new Scenario(om, gateways, clock, seed);
            for (int step = 0; step < 5_000; step++) {
                scenario.step();
                assertAgrees(om, deltas, step);
            }
            assertTrue(om.duplicateFills() > 0 && om.overfills() > 0 && om.lateFills() > 0);
            final Aggregates rebooked = new Aggregates();
            om.downstream(rebooked); // booked from the ledger's live orders and pending replaces
            assertSameOpen(rebooked, deltas);
        }
    }

    @Test
    void shouldBookARecoveredLedgersLiveOrdersIntoAKeeperWiredAfterwards(@TempDir final Path dir) {
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager live = Scenario.newOrderManager(clock);
        final InMemoryVenueGateway[] gateways = Scenario.addVenues(live);
        final Aggregates liveDeltas = new Aggregates();
        live.downstream(liveDeltas);
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
            live.journal(journal);
            final Scenario scenario = new Scenario(live, gateways, clock, 11);
            for (int step = 0; step < 3_000; step++) {
                scenario.step();
            }
            final OrderManager rebuilt = Scenario.newOrderManager(clock);
            Scenario.addVenues(rebuilt);
            rebuilt.recover(journal, 1_700_000_000L);
            final Aggregates rebuiltDeltas = new Aggregates();
            rebuilt.downstream(rebuiltDeltas);
            assertSameOpen(liveDeltas, rebuiltDeltas);
            assertTrue(rebuiltDeltas.openOrders[0] + rebuiltDeltas.openOrders[1] > 0, "some orders are live");
        }
    }
}
