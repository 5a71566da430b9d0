package dev.hft.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {
    @Test
    void shouldLoadDefaultsFromYaml() {
        final DemoConfig config = DemoConfig.defaults();
        assertEquals(3_000, config.hiccupDurationMs);
        assertEquals("spin,yield,backoff", config.idleStrategies);
        assertEquals("true", System.getProperty(ChronicleDefaults.ANALYTICS_DISABLE),
            "Chronicle analytics are off before any Chronicle class loads");
    }

    @Test
    void shouldOverrideOnlyTheKeysAFileNames() {
        final DemoConfig config = DemoConfig.parse("hiccupDurationMs: 42\nidleStrategies: backoff\n");
        assertEquals(42, config.hiccupDurationMs);
        assertEquals("backoff", config.idleStrategies);
        assertEquals(500, config.snapshotIntervalMs);
    }

    @Test
    void shouldRejectNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> DemoConfig.parse("hiccupDurationMs: 0\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoConfig.parse("idleStrategies: \"\"\n"));
    }

    @Test
    void shouldRunEveryPhaseAndWriteReports(@TempDir final Path out) throws Exception {
        final DemoConfig config = DemoConfig.parse("""
            clockReadsPerRound: 2000
            hiccupDurationMs: 200
            snapshotIntervalMs: 50
            wakeupsPerStrategy: 200
            idleStrategies: "spin,backoff"
            measureCpu: -1
            producerCpu: -1
            """);
        config.outputDir = out.toString();

        assertTrue(Demo.run(config), "interval snapshots add up to every sample");
        for (final String file : new String[] {"hiccups.hgrm", "hiccups.png", "wakeup.png", "wakeup-spin.hgrm",
            "wakeup-backoff.hgrm"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
    }
}
