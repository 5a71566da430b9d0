package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StageTimerTest {
    private static final int DECODE = 1;
    private static final int BOOK = 2;
    private static final int STRATEGY = 3;

    private final ManualClock clock = new ManualClock();
    private final StageTimer timer = new StageTimer("tick-to-trade", clock, "receive", "decode", "book", "strategy");

    @Test
    void shouldRecordEachStageAndTheTotal() {
        timer.start();
        clock.advance(100);
        timer.mark(DECODE);
        clock.advance(50);
        timer.mark(BOOK);
        clock.advance(25);
        timer.mark(STRATEGY);

        assertEquals(175, timer.end());
        assertEquals(1, timer.stage(DECODE).histogram().getCountAtValue(100));
        assertEquals(1, timer.stage(BOOK).histogram().getCountAtValue(50));
        assertEquals(1, timer.stage(STRATEGY).histogram().getCountAtValue(25));
        assertEquals(1, timer.total().histogram().getCountAtValue(175));
    }

    @Test
    void shouldMeasureFromPreviousMarkedStageWhenOneIsSkipped() {
        timer.start(1_000);
        timer.mark(DECODE, 1_040);
        timer.mark(STRATEGY, 1_100);

        assertEquals(100, timer.end());
        assertEquals(0, timer.stage(BOOK).histogram().getTotalCount());
        assertEquals(1, timer.stage(STRATEGY).histogram().getCountAtValue(60));
    }

    @Test
    void shouldForgetMarksOfThePreviousEvent() {
        timer.start(0);
        timer.mark(DECODE, 10);
        timer.mark(BOOK, 20);
        timer.end();

        timer.start(100);
        timer.mark(DECODE, 130);
        assertEquals(30, timer.end());
        assertEquals(1, timer.stage(BOOK).histogram().getTotalCount());
    }

    @Test
    void shouldIgnoreEndWithoutStartOrMarks() {
        assertEquals(-1, timer.end());
        timer.start(5);
        assertEquals(-1, timer.end());
        assertEquals(0, timer.total().histogram().getTotalCount());
    }

    @Test
    void shouldNameStagesAndRejectStageZeroRecorder() {
        assertEquals(4, timer.stageCount());
        assertEquals("book", timer.stageName(BOOK));
        assertEquals("book", timer.stage(BOOK).name());
        assertThrows(IllegalArgumentException.class, () -> timer.stage(0));
        assertThrows(IllegalArgumentException.class, () -> new StageTimer("x", clock, "only"));
    }
}
