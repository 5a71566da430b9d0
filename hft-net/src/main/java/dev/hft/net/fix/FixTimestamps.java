package dev.hft.net.fix;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * FIX UTCTimestamp text ({@code YYYYMMDD-HH:MM:SS}, optionally {@code .sss}, {@code .ssssss} or
 * {@code .sssssssss}) to and from epoch nanoseconds, allocation-free, proleptic Gregorian calendar, years 1970 to
 * 9999. Static and thread-safe.
 */
public final class FixTimestamps {
    /** Sentinel returned for text that is not a valid UTCTimestamp. */
    public static final long NULL_TIMESTAMP = Long.MIN_VALUE;
    /** Length of a timestamp with milliseconds, as {@link #putMillis} writes it. */
    public static final int MILLIS_LENGTH = 21;

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400L * NANOS_PER_SECOND;
    /** The digit bytes of {@code HH:MM:SS} in a little-endian word. */
    private static final long TIME_DIGITS = 0xFFFF00FFFF00FFFFL;
    /** The two colons of {@code HH:MM:SS} in a little-endian word. */
    private static final long TIME_COLONS = 0x00003A00003A0000L;

    private FixTimestamps() {
    }

    /**
     * Parses a UTCTimestamp.
     *
     * @param buffer bytes.
     * @param offset first byte.
     * @param length 17, 21, 24 or 27.
     * @return epoch nanoseconds, or {@link #NULL_TIMESTAMP} for malformed text or an impossible date or time.
     */
    public static long parse(final DirectBuffer buffer, final int offset, final int length) {
        if (length != 17 && length != 21 && length != 24 && length != 27) {
            return NULL_TIMESTAMP;
        }
        // YYYYMMDD and HH:MM:SS as two little-endian words: digits checked and converted eight at a time
        final long date = buffer.getLong(offset, ByteOrder.LITTLE_ENDIAN);
        final long time = buffer.getLong(offset + 9, ByteOrder.LITTLE_ENDIAN);
        final long dateDigits = date - 0x3030303030303030L;
        final long timeDigits = (time - 0x3030303030303030L) & TIME_DIGITS;
        if ((((dateDigits | (date + 0x4646464646464646L)) & 0x8080808080808080L)
            | ((timeDigits | (time + 0x4646464646464646L)) & 0x8080808080808080L & TIME_DIGITS)) != 0
            || (time & ~TIME_DIGITS) != TIME_COLONS || buffer.getByte(offset + 8) != '-') {
            return NULL_TIMESTAMP;
        }
        final int yyyymmdd = FixMessageDecoder.swarDigits(dateDigits);
        final int year = yyyymmdd / 10_000;
        final int month = yyyymmdd / 100 % 100;
        final int day = yyyymmdd % 100;
        final int hour = (int) ((timeDigits & 0xFF) * 10 + (timeDigits >>> 8 & 0xFF));
        final int minute = (int) ((timeDigits >>> 24 & 0xFF) * 10 + (timeDigits >>> 32 & 0xFF));
        final int second = (int) ((timeDigits >>> 48 & 0xFF) * 10 + (timeDigits >>> 56));
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60 || year < 1970) {
            return NULL_TIMESTAMP;
        }
        long fraction = 0;
        if (length > 17) {
            if (buffer.getByte(offset + 17) != '.') {
                return NULL_TIMESTAMP;
            }
            final int fractionDigits = length - 18;
            final int value = digits(buffer, offset + 18, fractionDigits);
            if (value < 0) {
                return NULL_TIMESTAMP;
            }
            fraction = fractionDigits == 3 ? value * 1_000_000L : fractionDigits == 6 ? value * 1_000L : value;
        }
        final long days = daysFromCivil(year, month, day);
        return days * NANOS_PER_DAY + ((hour * 60L + minute) * 60L + second) * NANOS_PER_SECOND + fraction;
    }

    /**
     * Writes epoch nanoseconds as a UTCTimestamp with milliseconds ({@value #MILLIS_LENGTH} bytes).
     *
     * @param buffer     destination.
     * @param offset     first byte.
     * @param epochNanos time, not before 1970.
     * @return {@value #MILLIS_LENGTH}.
     */
    public static int putMillis(final MutableDirectBuffer buffer, final int offset, final long epochNanos) {
        final long days = epochNanos / NANOS_PER_DAY;
        final long nanosOfDay = epochNanos - days * NANOS_PER_DAY;
        // civil from days (H. Hinnant), era-based, valid for all days >= 0
        final long z = days + 719_468;
        final long era = z / 146_097;
        final long doe = z - era * 146_097;
        final long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        final long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        final long mp = (5 * doy + 2) / 153;
        final int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        final int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        final int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        final int millisOfDay = (int) (nanosOfDay / 1_000_000L);
        final int secondsOfDay = millisOfDay / 1000;
        put4(buffer, offset, year);
        put2(buffer, offset + 4, month);
        put2(buffer, offset + 6, day);
        buffer.putByte(offset + 8, (byte) '-');
        put2(buffer, offset + 9, secondsOfDay / 3600);
        buffer.putByte(offset + 11, (byte) ':');
        put2(buffer, offset + 12, secondsOfDay / 60 % 60);
        buffer.putByte(offset + 14, (byte) ':');
        put2(buffer, offset + 15, secondsOfDay % 60);
        buffer.putByte(offset + 17, (byte) '.');
        final int millis = millisOfDay % 1000;
        buffer.putByte(offset + 18, (byte) ('0' + millis / 100));
        put2(buffer, offset + 19, millis % 100);
        return MILLIS_LENGTH;
    }

    /**
     * Tells whether 8 bytes are a valid date {@code YYYYMMDD} (LocalMktDate, UTCDateOnly).
     *
     * @param buffer bytes.
     * @param offset first byte.
     * @return {@code true} for a valid calendar date.
     */
    public static boolean parse8(final DirectBuffer buffer, final int offset) {
        final int year = digits(buffer, offset, 4);
        final int month = digits(buffer, offset + 4, 2);
        final int day = digits(buffer, offset + 6, 2);
        return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    }

    /**
     * Days since 1970-01-01 of a civil date.
     *
     * @param year  year.
     * @param month 1 to 12.
     * @param day   1 to 31.
     * @return epoch day.
     */
    public static long daysFromCivil(final int year, final int month, final int day) {
        final int y = month <= 2 ? year - 1 : year;
        final int era = (y >= 0 ? y : y - 399) / 400;
        final int yoe = y - era * 400;
        final int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        final int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    private static int daysInMonth(final int year, final int month) {
        if (month == 2) {
            return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        }
        return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    }

    private static int digits(final DirectBuffer buffer, final int offset, final int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            final int digit = buffer.getByte(offset + i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static void put2(final MutableDirectBuffer buffer, final int offset, final int value) {
        buffer.putByte(offset, (byte) ('0' + value / 10));
        buffer.putByte(offset + 1, (byte) ('0' + value % 10));
    }

    private static void put4(final MutableDirectBuffer buffer, final int offset, final int value) {
        put2(buffer, offset, value / 100);
        put2(buffer, offset + 2, value % 100);
    }
}
