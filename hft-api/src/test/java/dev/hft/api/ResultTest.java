package dev.hft.api;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultTest {

    private static final int[] FAILURES = {
        Result.BACK_PRESSURED, Result.NOT_CONNECTED, Result.REJECTED, Result.UNKNOWN_ORDER, Result.INVALID_ARGUMENT,
        Result.THROTTLED, Result.UNSUPPORTED, Result.CLOSED};

    private static final String[] NAMES = {
        "BACK_PRESSURED", "NOT_CONNECTED", "REJECTED", "UNKNOWN_ORDER", "INVALID_ARGUMENT", "THROTTLED",
        "UNSUPPORTED", "CLOSED"};

    @Test
    void shouldTreatZeroAndPositiveAsSuccess() {
        assertEquals(0, Result.OK);
        assertTrue(Result.isSuccess(Result.OK));
        assertTrue(Result.isSuccess(42));
        for (final int failure : FAILURES) {
            assertFalse(Result.isSuccess(failure), Result.name(failure));
        }
    }

    @Test
    void shouldUseDistinctNegativeFailureCodes() {
        final Set<Integer> codes = new HashSet<>();
        for (final int failure : FAILURES) {
            assertTrue(failure < 0);
            assertTrue(codes.add(failure));
        }
    }

    @Test
    void shouldTreatOnlyBackPressureAndThrottlingAsTransient() {
        assertTrue(Result.isTransient(Result.BACK_PRESSURED));
        assertTrue(Result.isTransient(Result.THROTTLED));
        assertFalse(Result.isTransient(Result.NOT_CONNECTED));
        assertFalse(Result.isTransient(Result.REJECTED));
        assertFalse(Result.isTransient(Result.CLOSED));
        assertFalse(Result.isTransient(Result.OK));
        assertFalse(Result.isTransient(-1000));
    }

    @Test
    void shouldNameResultsWithConstants() {
        for (int i = 0; i < FAILURES.length; i++) {
            assertEquals(NAMES[i], Result.name(FAILURES[i]));
            assertSame(Result.name(FAILURES[i]), Result.name(FAILURES[i]));
        }
        assertEquals("OK", Result.name(Result.OK));
        assertEquals("OK", Result.name(7));
        assertEquals("UNKNOWN", Result.name(-1000));
    }
}
