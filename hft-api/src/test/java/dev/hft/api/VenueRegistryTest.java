package dev.hft.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VenueRegistryTest {

    private final VenueRegistry registry = new VenueRegistry();

    @Test
    void shouldAssignDenseIdsAndResolveNames() {
        final Venue ouch = registry.add("NASDAQ-OUCH", "XNAS");
        final Venue fix = registry.add("NASDAQ-FIX", "XNAS");
        final Venue sim = registry.add("SIM", "SIM1");

        assertEquals(0, ouch.id());
        assertEquals(1, fix.id());
        assertEquals(2, sim.id());
        assertEquals(3, registry.size());
        assertSame(fix, registry.byId(1));
        assertEquals(2, registry.idOf("SIM"));
        assertEquals(0, registry.idOf(new StringBuilder("NASDAQ-OUCH")));
        assertEquals(Venue.NULL_VENUE_ID, registry.idOf("XNAS"));
        assertEquals(-1, Venue.NULL_VENUE_ID);
        assertEquals("XNAS", fix.mic());
        assertEquals("NASDAQ-FIX", fix.name());
    }

    @Test
    void shouldRejectDuplicateNamesWithoutConsumingAnId() {
        registry.add("BATS", "BATS");
        assertThrows(IllegalArgumentException.class, () -> registry.add("BATS", "EDGX"));
        assertEquals(1, registry.size());
    }

    @Test
    void shouldValidateMicForm() {
        assertTrue(Venue.isValidMic("XNAS"));
        assertTrue(Venue.isValidMic("360T"));
        assertFalse(Venue.isValidMic("xnas"));
        assertFalse(Venue.isValidMic("XNA"));
        assertFalse(Venue.isValidMic("XNASD"));
        assertFalse(Venue.isValidMic("XN-S"));
        assertFalse(Venue.isValidMic(null));
        assertThrows(IllegalArgumentException.class, () -> registry.add("NASDAQ", "xnas"));
        assertThrows(IllegalArgumentException.class, () -> registry.add("NASDAQ", null));
        assertThrows(IllegalArgumentException.class, () -> registry.add("", "XNAS"));
        assertThrows(IllegalArgumentException.class, () -> registry.add("NAS DAQ", "XNAS"));
        assertEquals(0, registry.size());
    }

    @Test
    void shouldRejectIdsOutsideTheRegistry() {
        assertThrows(IllegalArgumentException.class, () -> registry.byId(0));
        registry.add("SIM", "SIM1");
        assertThrows(IllegalArgumentException.class, () -> registry.byId(-1));
        assertThrows(IllegalArgumentException.class, () -> registry.byId(1));
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        for (int i = 0; i < 100; i++) {
            assertEquals(i, registry.add("SIM" + i, "SIM1").id());
        }
        assertEquals("SIM99", registry.byId(99).name());
    }

    @Test
    void shouldCompareByValue() {
        final Venue venue = registry.add("SIM", "SIM1");
        assertEquals(venue, new VenueRegistry().add("SIM", "SIM1"));
        assertEquals(venue.hashCode(), new VenueRegistry().add("SIM", "SIM1").hashCode());
        assertNotEquals(venue, new VenueRegistry().add("SIM", "SIM2"));
        assertEquals("Venue{id=0, name=SIM, mic=SIM1}", venue.toString());
    }
}
