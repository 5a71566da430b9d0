package dev.hft.oms;

import dev.hft.api.ExecInstructions;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import dev.hft.testkit.InMemoryVenueGateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class AllocationTest {

    /** Submit, accept, two fills, a replace, a cancel and its answer, per order, round robin over instruments. */
    private static Runnable lifecycle(final OrderManager om, final InMemoryVenueGateway gw, final ManualClock clock) {
        final long[] exec = {1};
        return () -> {
            for (int i = 0; i < 2_000; i++) {
                final int instrument = i & 7;
                final long ts = clock.advance(1_000);
                final long id = om.submit(i & 3, 0, instrument, (i & 1) == 0 ? Side.BUY : Side.SELL, 100,
                    10_000_000_000L + i, OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
                om.onAccepted(0, id, id, ts);
                om.onFill(0, id, exec[0]++, 10_000_000_000L, 10, 90, Liquidity.ADDED, ts);
                final long newId = om.replace(id, 120, 10_000_000_001L);
                om.onReplaced(0, newId, id, 10_000_000_001L, 110, ts);
                om.onFill(0, newId, exec[0]++, 10_000_000_001L, 10, 100, Liquidity.REMOVED, ts);
                om.cancel(newId);
                om.onCanceled(0, newId, 100, RejectReason.NONE, ts);
                om.onBbo(instrument, 9_999_000_000L, 10, 10_001_000_000L, 10, ts);
            }
            if (gw.requestCount() == 0) {
                throw new AssertionError();
            }
        };
    }

    private static OrderManager newOrderManager(final ManualClock clock) {
        return new OrderManager(4096, 1, 8, 64, 65_536, OrderIdGenerator.forSession(1_700_000_000L, 0),
            PreTradeCheck.ACCEPT_ALL, FeeModel.perUnit(-20, 30), clock, new OmsListener() {
            });
    }

    @Test
    void shouldNotAllocateOnSubmitAndEvents() {
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager om = newOrderManager(clock);
        final InMemoryVenueGateway gw = new InMemoryVenueGateway(0, om, 1024);
        om.addVenue(gw, VenueCapabilities.ALL);
        assertEquals(0, AllocationMeter.steadyStateBytes(lifecycle(om, gw, clock), 20, 5));
        assertEquals(0, om.invalidTransitions() + om.unknownOrderEvents() + om.refusedRequests());
    }

    @Test
    void shouldNotAllocateWhileJournaling(@TempDir final Path dir) {
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager om = newOrderManager(clock);
        final InMemoryVenueGateway gw = new InMemoryVenueGateway(0, om, 1024);
        om.addVenue(gw, VenueCapabilities.ALL);
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
            om.journal(journal);
            assertEquals(0, AllocationMeter.steadyStateBytes(lifecycle(om, gw, clock), 20, 5));
        }
    }
}
