package dev.hft.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClockCharacteristicsTest {
    @Test
    void shouldMeasureEveryClockAndFormatReport() {
        final ClockCharacteristics.Report report = ClockCharacteristics.measure(20_000);

        assertEquals(5, report.clocks().size());
        assertFalse(report.clocksource().isEmpty());
        final ClockCharacteristics.ClockResult nanoTime = report.clock("System.nanoTime");
        assertNotNull(nanoTime);
        assertEquals(0, nanoTime.backwardSteps(), "System.nanoTime is monotonic on one thread");
        assertTrue(nanoTime.readOverheadNs() > 0);
        assertEquals(-1, report.clock("CachedClock.nanoTime (read only)").granularityNs(),
            "a cached clock does not move between updates");
        final String text = report.format();
        assertTrue(text.contains("clocksource:"), text);
        assertTrue(text.contains("targets:"), text);
    }
}
