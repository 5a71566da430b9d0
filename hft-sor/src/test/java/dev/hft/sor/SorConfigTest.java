package dev.hft.sor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.hft.api.FixedPoint;
import dev.hft.api.PreTradeCheck;
import dev.hft.timing.ManualClock;

class SorConfigTest {

    private static String yaml() throws IOException {
        try (InputStream in = SorConfigTest.class.getResourceAsStream("/sor.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldLoadVenuesRulesAndStrategiesFromYaml() throws IOException {
        final SorConfig config = SorConfig.parse(yaml());
        final VenueModel venues = config.venueModel();
        assertEquals(3, venues.venueCount());
        assertEquals(2, venues.instrumentCount());
        assertEquals(FixedPoint.parse("-0.002"), venues.makerFeeFixed(0));
        assertEquals(FixedPoint.parse("-0.0005"), venues.takerFeeFixed(1));
        assertEquals(25_000, venues.latencyNs(1));
        assertFalse(venues.isEnabled(2));
        assertTrue(venues.isRoutable(0, 0));
        assertEquals(100, venues.lotSize(0, 0));
        assertEquals(FixedPoint.parse("0.01"), venues.tickFixed(1, 0));
        assertEquals(1, venues.lotSize(1, 1));

        final RoutingParams weighted = config.params(1);
        assertEquals(RoutingPolicy.WEIGHTED, weighted.policy());
        assertEquals(FixedPoint.parse("0.01"), weighted.missCostFixed());
        assertEquals(8, weighted.maxDepth());
        assertFalse(weighted.post());
        assertEquals(RoutingPolicy.BEST_PRICE, config.params(0).policy());

        final ManualClock clock = new ManualClock();
        final SmartOrderRouter router = config.router(new RecordingSink(), PreTradeCheck.ACCEPT_ALL,
            ParentOrderListener.NO_OP, clock, clock);
        assertEquals(RoutingPolicy.BEST_PRICE, router.defaultParams().policy());
        assertEquals(3, router.venues().venueCount());
    }

    @Test
    void shouldRefuseInvalidValues() {
        assertThrows(IllegalArgumentException.class, () -> SorConfig.parse("venues: 0\n"));
        assertThrows(IllegalArgumentException.class, () -> SorConfig.parse(
            "venues: 2\nvenueSettings: [ { venue: 5 } ]\n"));
        assertThrows(IllegalArgumentException.class, () -> SorConfig.parse(
            "venues: 2\ninstrumentRules: [ { venue: 0, instrument: 0, tickSize: \"0\", lotSize: 1 } ]\n"));
        assertThrows(IllegalArgumentException.class, () -> SorConfig.parse(
            "strategies: [ { strategy: 0, missCost: \"-1\" } ]\n"));
    }
}
