package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.backtest.venue.OrderDelayRing;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/** The venue latency: requests come out in arrival order, none before arrival + latency (manual clock). */
final class OrderDelayRingTest {
    private final ManualClock clock = new ManualClock(1_000, 0);
    private final List<String> due = new ArrayList<>();
    private final OrderDelayRing.Handler handler = (tag, buffer, offset, length, attachment) ->
        due.add(tag + ":" + (attachment != null ? attachment : buffer.getStringWithoutLengthAscii(offset, length))
            + "@" + clock.nanoTime());

    @Test
    void shouldReleaseInArrivalOrderNoEarlierThanDue() {
        final OrderDelayRing ring = new OrderDelayRing(8, 16, 100);
        final UnsafeBuffer bytes = new UnsafeBuffer(new byte[16]);
        bytes.putStringWithoutLengthAscii(0, "enter");
        assertTrue(ring.offer(clock.nanoTime(), 0, bytes, 0, 5));         // due 1100
        clock.advance(30);
        bytes.putStringWithoutLengthAscii(0, "cancel");
        assertTrue(ring.offer(clock.nanoTime(), 1, bytes, 0, 6));         // due 1130
        clock.advance(10);
        assertTrue(ring.offer(clock.nanoTime(), 2, "fix"));               // due 1140
        assertEquals(1_100, ring.nextDueNs());

        clock.nanoTime(1_099);
        assertEquals(0, ring.poll(clock.nanoTime(), handler, 10));
        clock.nanoTime(1_100);
        assertEquals(1, ring.poll(clock.nanoTime(), handler, 10));
        clock.nanoTime(1_139);
        assertEquals(1, ring.poll(clock.nanoTime(), handler, 10));
        clock.nanoTime(1_500);
        assertEquals(1, ring.poll(clock.nanoTime(), handler, 10));
        assertEquals(List.of("0:enter@1100", "1:cancel@1139", "2:fix@1500"), due);
        assertEquals(0, ring.size());
        assertEquals(Long.MAX_VALUE, ring.nextDueNs());
    }

    @Test
    void shouldRespectThePollLimitAndKeepOrder() {
        final OrderDelayRing ring = new OrderDelayRing(4, 0, 0);
        for (int i = 0; i < 4; i++) {
            assertTrue(ring.offer(clock.nanoTime(), i, "r" + i));
        }
        assertFalse(ring.offer(clock.nanoTime(), 9, "full"));
        assertEquals(2, ring.poll(clock.nanoTime(), handler, 2));
        assertEquals(2, ring.poll(clock.nanoTime(), handler, 10));
        assertEquals(List.of("0:r0@1000", "1:r1@1000", "2:r2@1000", "3:r3@1000"), due);
    }

    @Test
    void shouldReleaseTheOldestEarlyOnlyWhenAsked() {
        final OrderDelayRing ring = new OrderDelayRing(2, 0, 1_000);
        ring.offer(clock.nanoTime(), 0, "a");
        ring.offer(clock.nanoTime(), 1, "b");
        assertTrue(ring.releaseEarly(handler));
        assertEquals(1, ring.overflows());
        assertEquals(List.of("0:a@1000"), due);
        assertEquals(0, ring.poll(clock.advance(999), handler, 10));
        assertEquals(1, ring.poll(clock.advance(1), handler, 10));
    }
}
