package dev.hft.risk;

import static dev.hft.api.RejectReason.MESSAGE_RATE;
import static dev.hft.api.RejectReason.NONE;
import static dev.hft.api.RejectReason.ORDER_RATE;
import static dev.hft.risk.Fixture.px;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hft.api.Side;

import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final long MS = 1_000_000L;

    @Test
    void shouldSlideTheWindowExactly() {
        final SlidingWindows windows = new SlidingWindows(new long[] {3, SlidingWindows.UNLIMITED, 0}, 1_000 * MS);
        assertFalse(windows.isFull(0, 0));
        windows.record(0, 0);
        windows.record(0, 400 * MS);
        windows.record(0, 800 * MS);
        assertTrue(windows.isFull(0, 800 * MS));
        assertTrue(windows.isFull(0, 999 * MS + 999_999));
        assertFalse(windows.isFull(0, 1_000 * MS), "the event at 0 has left the window");
        windows.record(0, 1_000 * MS);
        assertTrue(windows.isFull(0, 1_399 * MS));
        assertFalse(windows.isFull(0, 1_400 * MS));
        assertEquals(3, windows.countInWindow(0, 1_000 * MS));
        assertEquals(1, windows.countInWindow(0, 1_999 * MS));
        for (int i = 0; i < 1_000; i++) {
            windows.record(1, 0);
        }
        assertFalse(windows.isFull(1, 0), "unlimited");
        assertTrue(windows.isFull(2, 0), "limit 0 refuses everything");
    }

    @Test
    void shouldLimitNewOrdersPerStrategyPerSecond() {
        final RiskConfig config = new RiskConfig().strategies(2);
        config.defaults(Scope.STRATEGY).maxOrdersPerSecond(5);
        final Fixture f = new Fixture(config);
        for (int i = 0; i < 5; i++) {
            assertEquals(NONE, f.send(0, Side.BUY, 1, "10"), "order " + i);
            f.clock.advance(100 * MS);
        }
        assertEquals(ORDER_RATE, f.send(0, Side.BUY, 1, "10"), "5 in the last 500 ms");
        assertEquals(NONE, f.send(0, 0, 1, 0, Side.BUY, 1, "10"), "the other strategy has its own window");
        f.clock.advance(499 * MS);
        assertEquals(ORDER_RATE, f.send(0, Side.BUY, 1, "10"), "first order at t=0 is 999 ms old");
        f.clock.advance(MS);
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
        assertEquals(ORDER_RATE, f.send(0, Side.BUY, 1, "10"));
    }

    @Test
    void shouldCountReplacesAndCancelsAsMessagesButNeverRefuseCancels() {
        final RiskConfig config = new RiskConfig().rateWindowMs(100);
        config.global().maxMessagesPerSecond(3);
        final Fixture f = new Fixture(config);
        assertEquals(NONE, f.send(0, Side.BUY, 10, "10"));
        final long id = f.lastId();
        assertEquals(NONE, f.orders.checkReplace(id, 500, 10, px("10.01")));
        assertEquals(NONE, f.orders.checkCancel(id));
        assertEquals(MESSAGE_RATE, f.send(0, Side.BUY, 1, "10"));
        assertEquals(MESSAGE_RATE, f.orders.checkReplace(id, 501, 10, px("10.02")));
        assertEquals(NONE, f.orders.checkCancel(id), "cancels pass even past the limit");
        f.clock.advance(100 * MS);
        assertEquals(NONE, f.send(0, Side.BUY, 1, "10"));
    }
}
