package dev.hft.net.soupbintcp;

import java.nio.charset.StandardCharsets;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The two SoupBinTCP field encodings: alpha (printable ASCII padded with spaces, on the right or on the left as
 * each field says) and numeric (ASCII decimal digits, left-padded with spaces). Reads ignore padding on either
 * side, so a peer that pads the other way still interoperates. Allocation-free except {@link #toAlpha}.
 */
final class SoupBinTcpAscii {
    /** {@link #parseNumeric} result: the field is not a non-negative decimal number. */
    static final long NOT_NUMERIC = -1;

    private static final byte SPACE = ' ';

    private SoupBinTcpAscii() {
    }

    /**
     * Checks and converts a configured alpha value (start-up only).
     *
     * @param value     the value; {@code null} is blank.
     * @param maxLength the field length.
     * @param what      the field name for the exception message (never the value: it may be a password).
     * @return the value's bytes, without surrounding spaces.
     * @throws IllegalArgumentException if the value is too long or not printable ASCII.
     */
    static byte[] toAlpha(final String value, final int maxLength, final String what) {
        final String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(what + " longer than " + maxLength + " characters");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            final char c = trimmed.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException(what + " has a character that is not printable ASCII");
            }
        }
        return trimmed.getBytes(StandardCharsets.US_ASCII);
    }

    static void checkAlpha(final byte[] value, final int maxLength) {
        if (value.length > maxLength) {
            throw new IllegalArgumentException(
                "alpha value longer than the field: " + value.length + " > " + maxLength);
        }
    }

    /** Writes the value then spaces up to the field length. */
    static void putLeftJustified(
        final MutableDirectBuffer buffer, final int offset, final int fieldLength, final byte[] value) {
        checkAlpha(value, fieldLength);
        buffer.putBytes(offset, value);
        buffer.setMemory(offset + value.length, fieldLength - value.length, SPACE);
    }

    /** Writes spaces then the value, ending at the field's end. */
    static void putRightJustified(
        final MutableDirectBuffer buffer, final int offset, final int fieldLength, final byte[] value) {
        checkAlpha(value, fieldLength);
        final int padding = fieldLength - value.length;
        buffer.setMemory(offset, padding, SPACE);
        buffer.putBytes(offset + padding, value);
    }

    /**
     * Writes a non-negative number right-justified, left-padded with spaces.
     *
     * @throws IllegalArgumentException if the value is negative (it always fits 20 digits otherwise).
     */
    static void putNumeric(
        final MutableDirectBuffer buffer, final int offset, final int fieldLength, final long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative sequence number: " + value);
        }
        long remaining = value;
        int position = offset + fieldLength - 1;
        do {
            buffer.putByte(position--, (byte) ('0' + remaining % 10));
            remaining /= 10;
        } while (remaining != 0 && position >= offset);
        while (position >= offset) {
            buffer.putByte(position--, SPACE);
        }
    }

    /**
     * Reads a numeric field: spaces, then digits, then spaces. An all-blank field reads as 0.
     *
     * @return the value, or {@link #NOT_NUMERIC} for any other character or a value above {@code Long.MAX_VALUE}.
     */
    static long parseNumeric(final DirectBuffer buffer, final int offset, final int fieldLength) {
        final int end = offset + fieldLength;
        int position = offset;
        while (position < end && buffer.getByte(position) == SPACE) {
            position++;
        }
        long value = 0;
        while (position < end) {
            final byte b = buffer.getByte(position);
            if (b < '0' || b > '9') {
                break;
            }
            final int digit = b - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                return NOT_NUMERIC;
            }
            value = value * 10 + digit;
            position++;
        }
        while (position < end) {
            if (buffer.getByte(position++) != SPACE) {
                return NOT_NUMERIC;
            }
        }
        return value;
    }

    /** Whether the field, spaces trimmed on both sides, equals the value (itself without padding). */
    static boolean alphaEquals(final DirectBuffer buffer, final int offset, final int fieldLength, final byte[] value) {
        int start = offset;
        int end = offset + fieldLength;
        while (start < end && buffer.getByte(start) == SPACE) {
            start++;
        }
        while (end > start && buffer.getByte(end - 1) == SPACE) {
            end--;
        }
        if (end - start != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (buffer.getByte(start + i) != value[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Like {@link #alphaEquals} but compares every byte of the field whatever the first difference, so the time
     * taken does not say how much of a secret matched.
     */
    static boolean secretEquals(
        final DirectBuffer buffer, final int offset, final int fieldLength, final byte[] value) {
        int end = offset + fieldLength;
        while (end > offset && buffer.getByte(end - 1) == SPACE) {
            end--;
        }
        int difference = (end - offset) ^ value.length;
        for (int i = 0; i < fieldLength; i++) {
            final byte expected = i < value.length ? value[i] : SPACE;
            difference |= buffer.getByte(offset + i) ^ expected;
        }
        return difference == 0;
    }

    /** Whether the field holds only spaces. */
    static boolean isBlank(final DirectBuffer buffer, final int offset, final int fieldLength) {
        for (int i = 0; i < fieldLength; i++) {
            if (buffer.getByte(offset + i) != SPACE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies the field's value, spaces trimmed on both sides, into a caller-owned array.
     *
     * @return the number of bytes copied.
     */
    static int getTrimmed(final DirectBuffer buffer, final int offset, final int fieldLength, final byte[] dst) {
        int start = offset;
        int end = offset + fieldLength;
        while (start < end && buffer.getByte(start) == SPACE) {
            start++;
        }
        while (end > start && buffer.getByte(end - 1) == SPACE) {
            end--;
        }
        buffer.getBytes(start, dst, 0, end - start);
        return end - start;
    }

    /** The field's value, spaces trimmed on both sides (allocates; for logs and tests). */
    static String trimmed(final DirectBuffer buffer, final int offset, final int fieldLength) {
        return buffer.getStringWithoutLengthAscii(offset, fieldLength).strip();
    }
}
