package dev.hft.examples.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import dev.hft.api.FixedPoint;
import org.junit.jupiter.api.Test;

final class VenuesConfigTest {

    @Test
    void shouldLoadThreeVenuesFromTheBuiltInYaml() {
        final VenuesConfig config = VenuesConfig.defaults();
        final List<VenueSpec> venues = config.venues();
        assertEquals(3, venues.size());
        assertEquals(1_000_000_000L, config.heartbeatIntervalNs());
        assertEquals(2_000, config.openingEvents());

        final VenueSpec a = venues.get(0);
        assertEquals("OUCHA", a.name());
        assertEquals(VenueProtocol.OUCH, a.protocol());
        assertEquals(FixedPoint.parse("-0.0020"), a.makerFeeFixed());
        assertEquals(FixedPoint.parse("0.0030"), a.takerFeeFixed());
        assertEquals(20_000, a.orderLatencyNs());
        assertEquals(2_000, a.flowRatePerSecond());
        assertEquals(11, a.flowSeed());
        assertEquals(0, a.orderEntryPort());
        assertEquals(1, a.accountCount());
        assertEquals("HFT", a.account(0));
        assertEquals(2, a.instrumentCount());
        assertEquals("HFTA", a.symbol(0));
        assertEquals(FixedPoint.parse("0.01"), a.tickSizeFixed(0));
        assertEquals(1, a.lotSize(0));
        assertEquals(FixedPoint.parse("100.00"), a.startPriceFixed(0));
        assertEquals("HFTB", a.symbol(1));
        assertEquals(FixedPoint.parse("50.00"), a.startPriceFixed(1));

        final VenueSpec b = venues.get(1);
        assertEquals("OUCHB", b.name());
        assertEquals(VenueProtocol.OUCH, b.protocol());
        assertEquals(FixedPoint.parse("0.0010"), b.makerFeeFixed());
        assertEquals(FixedPoint.parse("-0.0005"), b.takerFeeFixed());
        assertEquals(60_000, b.orderLatencyNs());
        assertEquals(1_500, b.flowRatePerSecond());

        final VenueSpec c = venues.get(2);
        assertEquals("FIXC", c.name());
        assertEquals(VenueProtocol.FIX, c.protocol());
        assertEquals(FixedPoint.parse("-0.0015"), c.makerFeeFixed());
        assertEquals(FixedPoint.parse("0.0025"), c.takerFeeFixed());
        assertEquals(150_000, c.orderLatencyNs());
        assertEquals(1_000, c.flowRatePerSecond());
        assertEquals(33, c.flowSeed());
        assertEquals(List.of("HFTA", "HFTB"), List.of(c.symbol(0), c.symbol(1)));
    }

    @Test
    void shouldRejectInvalidVenues() {
        assertThrows(IllegalArgumentException.class, () -> VenuesConfig.parse("venues: []\n"));
        assertThrows(IllegalArgumentException.class, () -> VenuesConfig.parse(
            "venues: [ { name: TOOLONGNAME1, instruments: [ { symbol: A } ] } ]\n"));
        assertThrows(IllegalArgumentException.class, () -> VenuesConfig.parse(
            "venues: [ { name: X, instruments: [ { symbol: A, tick: \"0.01\", startPrice: \"100.005\" } ] } ]\n"));
        assertThrows(IllegalArgumentException.class, () -> new VenuesConfig()
            .venue(new VenueSpec().name("A").instrument("X", "0.01", 1, "1.00"))
            .venue(new VenueSpec().name("A").instrument("X", "0.01", 1, "1.00")).validate());
    }

    @Test
    void shouldBuildTheSameSpecInCode() {
        final VenueSpec spec = new VenueSpec().name("OUCHA").protocol(VenueProtocol.OUCH).fees("-0.0020", "0.0030")
            .orderLatencyNs(20_000).flow(2_000, 11).accounts("HFT").instrument("HFTA", "0.01", 1, "100.00")
            .instrument("HFTB", "0.01", 1, "50.00").validate();
        assertEquals(VenuesConfig.defaults().venues().get(0), spec);
    }
}
