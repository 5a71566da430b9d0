package dev.hft.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.hft.risk.RiskConfig;
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
    void shouldLoadTheOrderEntryRiskLimitsFromTheDemoYaml() {
        final DemoConfig config = DemoConfig.defaults();
        assertEquals(20_000, config.orderEntryOrders);
        assertEquals(2_000, config.quick().orderEntryOrders);
        assertEquals(RiskConfig.parse("""
            instruments: 2
            strategies: 1
            accounts: 1
            venues: 1
            maxOpenOrdersCapacity: 16384
            global: { maxOpenOrders: 400, maxDailyLoss: "1000000" }
            instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "5", maxOrderQuantity: 10000 }
            strategyDefaults: { maxOrderNotional: "500000", maxPosition: 5000, maxOrdersPerSecond: 100000 }
            """), config.risk);
    }

    @Test
    void shouldRejectNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> DemoConfig.parse("hiccupDurationMs: 0\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoConfig.parse("idleStrategies: \"\"\n"));
        assertThrows(IllegalArgumentException.class, () -> DemoConfig.parse("orderEntryOrders: 0\n"));
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
            feedMessages: 20000
            orderEntryOrders: 500
            """);
        config.outputDir = out.toString();
        config.trading.duration(4_000, 1_000);

        assertTrue(Demo.run(config), "interval snapshots add up to every sample; order entry and trading reconcile,"
            + " trading filled on every venue, and the kill switches leave nothing open");
        for (final String file : new String[] {"hiccups.hgrm", "hiccups.png", "wakeup.png", "wakeup-spin.hgrm",
            "wakeup-backoff.hgrm", "order-round-trip.png", "order-round-trip.hgrm", "trading-tick-to-trade.png",
            "trading-tick-to-trade.hgrm"}) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
    }
}
