package dev.hft.net.ouch;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;

/**
 * The length and appendage check both OUCH dispatchers ({@link OuchMessageDispatcher} for venue messages,
 * {@link OuchRequestDispatcher} for client requests) run before they wrap a decoder over a message.
 */
final class OuchMessageCheck {
    /** The message is shorter than its type's fixed part; skipped. */
    static final int TRUNCATED = -1;
    /** The optional appendage overruns the message or has a bad option length; skipped. */
    static final int BAD_APPENDAGE = -4;

    private OuchMessageCheck() {
    }

    /**
     * Checks a message's length against its type's fixed length and, for types that carry one, its appendage. A
     * message longer than it should be is reported ({@code BAD_LENGTH}) but still delivered.
     *
     * @return 0 if the message can be decoded, {@link #TRUNCATED} or {@link #BAD_APPENDAGE} if it must be skipped.
     */
    static int check(
        final WireErrorCounters errors,
        final long sequenceNumber,
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final int fixedLength,
        final boolean hasAppendage) {
        if (length < fixedLength) {
            errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);
            return TRUNCATED;
        }
        int expected = fixedLength;
        if (hasAppendage) {
            final int lengthField = offset + fixedLength - Ouch50.APPENDAGE_LENGTH_LENGTH;
            final int appendageLength = OuchAppendage.appendageLength(buffer, lengthField);
            if (appendageLength > length - fixedLength
                || OuchAppendage.validate(buffer, lengthField, appendageLength) < 0) {
                errors.report(WireError.BAD_LENGTH, sequenceNumber, buffer, offset, length);
                return BAD_APPENDAGE;
            }
            expected += appendageLength;
        }
        if (length != expected) {
            errors.report(WireError.BAD_LENGTH, sequenceNumber, buffer, offset, length);
        }
        return 0;
    }
}
