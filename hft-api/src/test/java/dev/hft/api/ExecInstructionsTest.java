package dev.hft.api;

import org.junit.jupiter.api.Test;

import static dev.hft.api.ExecInstructions.ALL;
import static dev.hft.api.ExecInstructions.ALL_OR_NONE;
import static dev.hft.api.ExecInstructions.HIDDEN;
import static dev.hft.api.ExecInstructions.INTERMARKET_SWEEP;
import static dev.hft.api.ExecInstructions.NONE;
import static dev.hft.api.ExecInstructions.POST_ONLY;
import static dev.hft.api.ExecInstructions.REDUCE_ONLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecInstructionsTest {

    private static final int[] FLAGS = {POST_ONLY, HIDDEN, ALL_OR_NONE, INTERMARKET_SWEEP, REDUCE_ONLY};

    @Test
    void shouldDefineDistinctSingleBitFlags() {
        assertEquals(0, NONE);
        int union = 0;
        for (final int flag : FLAGS) {
            assertEquals(1, Integer.bitCount(flag));
            assertEquals(0, union & flag);
            union |= flag;
        }
        assertEquals(ALL, union);
    }

    @Test
    void shouldTestFlags() {
        final int flags = POST_ONLY | HIDDEN;
        assertTrue(ExecInstructions.has(flags, POST_ONLY));
        assertTrue(ExecInstructions.has(flags, HIDDEN));
        assertTrue(ExecInstructions.has(flags, POST_ONLY | HIDDEN));
        assertFalse(ExecInstructions.has(flags, POST_ONLY | REDUCE_ONLY));
        assertFalse(ExecInstructions.has(flags, ALL_OR_NONE));
        assertTrue(ExecInstructions.has(flags, NONE));
        assertFalse(ExecInstructions.has(NONE, POST_ONLY));
    }

    @Test
    void shouldRejectUndefinedBits() {
        assertTrue(ExecInstructions.isValid(NONE));
        assertTrue(ExecInstructions.isValid(ALL));
        assertFalse(ExecInstructions.isValid(1 << 5));
        assertFalse(ExecInstructions.isValid(POST_ONLY | Integer.MIN_VALUE));
    }

    @Test
    void shouldDescribeFlagsForLogs() {
        assertEquals("NONE", ExecInstructions.describe(NONE));
        assertEquals("POST_ONLY|HIDDEN", ExecInstructions.describe(HIDDEN | POST_ONLY));
        assertEquals("POST_ONLY|HIDDEN|ALL_OR_NONE|INTERMARKET_SWEEP|REDUCE_ONLY", ExecInstructions.describe(ALL));
        assertEquals("0x20", ExecInstructions.describe(1 << 5));
        assertEquals("REDUCE_ONLY|0x100", ExecInstructions.describe(REDUCE_ONLY | 1 << 8));
        assertEquals("POST_ONLY|0x80000000", ExecInstructions.describe(POST_ONLY | Integer.MIN_VALUE));
        assertEquals(69, ExecInstructions.describe(-1).length());
    }

    @Test
    void shouldAppendDescriptionAndReturnLength() {
        final StringBuilder builder = new StringBuilder("flags=");
        assertEquals(9, ExecInstructions.appendTo(POST_ONLY, builder));
        assertEquals("flags=POST_ONLY", builder.toString());
    }
}
