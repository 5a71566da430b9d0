package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static dev.hft.net.fix.FixError.sessionRejectReason;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** SessionRejectReason (373) values against the FIX 4.4 specification, and the decoder errors that map to them. */
class FixSessionRejectReasonTest {

    @Test
    void shouldCarryTheFix44WireValues() {
        final Map<FixSessionRejectReason, Integer> spec = new LinkedHashMap<>();
        spec.put(FixSessionRejectReason.INVALID_TAG_NUMBER, 0);
        spec.put(FixSessionRejectReason.REQUIRED_TAG_MISSING, 1);
        spec.put(FixSessionRejectReason.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE, 2);
        spec.put(FixSessionRejectReason.UNDEFINED_TAG, 3);
        spec.put(FixSessionRejectReason.TAG_SPECIFIED_WITHOUT_A_VALUE, 4);
        spec.put(FixSessionRejectReason.VALUE_IS_INCORRECT, 5);
        spec.put(FixSessionRejectReason.INCORRECT_DATA_FORMAT, 6);
        spec.put(FixSessionRejectReason.DECRYPTION_PROBLEM, 7);
        spec.put(FixSessionRejectReason.SIGNATURE_PROBLEM, 8);
        spec.put(FixSessionRejectReason.COMPID_PROBLEM, 9);
        spec.put(FixSessionRejectReason.SENDING_TIME_ACCURACY_PROBLEM, 10);
        spec.put(FixSessionRejectReason.INVALID_MSG_TYPE, 11);
        spec.put(FixSessionRejectReason.XML_VALIDATION_ERROR, 12);
        spec.put(FixSessionRejectReason.TAG_APPEARS_MORE_THAN_ONCE, 13);
        spec.put(FixSessionRejectReason.TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER, 14);
        spec.put(FixSessionRejectReason.REPEATING_GROUP_FIELDS_OUT_OF_ORDER, 15);
        spec.put(FixSessionRejectReason.INCORRECT_NUM_IN_GROUP_COUNT, 16);
        spec.put(FixSessionRejectReason.NON_DATA_VALUE_INCLUDES_FIELD_DELIMITER, 17);
        spec.put(FixSessionRejectReason.OTHER, 99);
        spec.put(FixSessionRejectReason.NONE, -1);
        assertEquals(FixSessionRejectReason.values().length, spec.size());
        spec.forEach((reason, code) -> {
            assertEquals(code, reason.code(), reason.name());
            assertSame(reason, FixSessionRejectReason.of(code), reason.name());
        });
    }

    @Test
    void shouldMapUndefinedValuesToOtherAndAbsentToNone() {
        assertSame(FixSessionRejectReason.OTHER, FixSessionRejectReason.of(18));
        assertSame(FixSessionRejectReason.OTHER, FixSessionRejectReason.of(42));
        assertSame(FixSessionRejectReason.NONE, FixSessionRejectReason.of(-1));
    }

    @Test
    void shouldSendTheSpecificationTexts() {
        assertEquals("Invalid tag number", FixSessionRejectReason.INVALID_TAG_NUMBER.text());
        assertEquals("Value is incorrect (out of range) for this tag",
            FixSessionRejectReason.VALUE_IS_INCORRECT.text());
        assertEquals("CompID problem", FixSessionRejectReason.COMPID_PROBLEM.text());
        assertEquals("SendingTime accuracy problem", FixSessionRejectReason.SENDING_TIME_ACCURACY_PROBLEM.text());
        assertEquals("Other", FixSessionRejectReason.OTHER.text());
    }

    @Test
    void shouldMapEveryRejectedDecoderErrorToItsReason() {
        assertSame(FixSessionRejectReason.INVALID_TAG_NUMBER, sessionRejectReason(FixError.INVALID_TAG_NUMBER));
        assertSame(FixSessionRejectReason.REQUIRED_TAG_MISSING,
            sessionRejectReason(FixError.REQUIRED_TAG_MISSING));
        assertSame(FixSessionRejectReason.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE,
            sessionRejectReason(FixError.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE));
        assertSame(FixSessionRejectReason.TAG_SPECIFIED_WITHOUT_A_VALUE,
            sessionRejectReason(FixError.TAG_WITHOUT_VALUE));
        assertSame(FixSessionRejectReason.VALUE_IS_INCORRECT, sessionRejectReason(FixError.VALUE_OUT_OF_RANGE));
        assertSame(FixSessionRejectReason.INCORRECT_DATA_FORMAT,
            sessionRejectReason(FixError.INCORRECT_DATA_FORMAT));
        assertSame(FixSessionRejectReason.INVALID_MSG_TYPE, sessionRejectReason(FixError.INVALID_MSG_TYPE));
        assertSame(FixSessionRejectReason.TAG_APPEARS_MORE_THAN_ONCE, sessionRejectReason(FixError.REPEATED_TAG));
        assertSame(FixSessionRejectReason.TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER,
            sessionRejectReason(FixError.TAG_OUT_OF_ORDER));
        assertSame(FixSessionRejectReason.REPEATING_GROUP_FIELDS_OUT_OF_ORDER,
            sessionRejectReason(FixError.GROUP_FIELDS_OUT_OF_ORDER));
        assertSame(FixSessionRejectReason.INCORRECT_NUM_IN_GROUP_COUNT,
            sessionRejectReason(FixError.INCORRECT_NUM_IN_GROUP));
        assertSame(FixSessionRejectReason.OTHER, sessionRejectReason(FixError.TOO_MANY_FIELDS));
        for (final int notRejected : new int[] {FixError.OK, FixError.GARBLED, FixError.BAD_BODY_LENGTH,
            FixError.BAD_CHECKSUM, FixError.FIRST_FIELDS_OUT_OF_ORDER}) {
            assertSame(FixSessionRejectReason.NONE, sessionRejectReason(notRejected), FixError.name(notRejected));
        }
    }
}
