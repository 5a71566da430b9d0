package dev.hft.net.ouch;

import dev.hft.api.FixedPoint;
import dev.hft.net.WireAlpha;
import org.agrona.DirectBuffer;
import org.agrona.UnsafeApi;

/**
 * Wire constants and conventions shared by every OUCH 5.0 codec in this package.
 *
 * <p>Conventions:
 * <ul>
 *     <li>Integers are big-endian and unsigned on the wire; 4-byte ones are widened to {@code long}, 2-byte ones to
 *     {@code int}, 8-byte ones are returned as the raw {@code long} (negative only above {@code Long.MAX_VALUE}).</li>
 *     <li>Prices are 8-byte signed integers with 4 implied decimals ({@link #PRICE4_SCALE}); convert with
 *     {@link #price4ToFixedPoint(long)} and {@link #fixedPointToPrice4(long)}. Peg offsets are 4-byte signed with 4
 *     implied decimals.</li>
 *     <li>Alpha fields are ASCII, left-justified and padded with spaces: Symbol (8) is packed big-endian into a
 *     {@code long}, Firm, Route and Locate Broker (4) into an {@code int}, so they compare and hash without
 *     allocation ({@link #packAlpha}); ClOrdID (14) is read and written byte by byte.</li>
 *     <li>Timestamps are nanoseconds since midnight (8 bytes).</li>
 *     <li>Messages with optional appendages carry a 2-byte Appendage Length after their fixed fields, followed by
 *     that many bytes of options, each {@code length (1) | tag (1) | value (length - 1)}; see
 *     {@link OuchAppendage}.</li>
 * </ul>
 */
public final class Ouch50 {
    /** Implied decimal places of every OUCH price. */
    public static final int PRICE4_DECIMALS = 4;
    /** Scale of an OUCH price: 1.0000 is {@code 10_000}. */
    public static final long PRICE4_SCALE = 10_000L;
    /** Length of the Symbol field. */
    public static final int SYMBOL_LENGTH = 8;
    /** Length of the Firm field. */
    public static final int FIRM_LENGTH = 4;
    /** Length of the ClOrdID field. */
    public static final int CL_ORD_ID_LENGTH = 14;
    /** Length of the Appendage Length field. */
    public static final int APPENDAGE_LENGTH_LENGTH = 2;
    /** Largest OUCH message this package encodes or accepts (fixed fields plus appendage). */
    public static final int MAX_MESSAGE_LENGTH = 1024;
    /** Side: buy. */
    public static final byte SIDE_BUY = 'B';
    /** Side: sell. */
    public static final byte SIDE_SELL = 'S';
    /** Side: sell short. */
    public static final byte SIDE_SELL_SHORT = 'T';
    /** Side: sell short exempt. */
    public static final byte SIDE_SELL_SHORT_EXEMPT = 'E';
    /** Time in force: day (market hours). */
    public static final byte TIF_DAY = '0';
    /** Time in force: immediate or cancel. */
    public static final byte TIF_IOC = '3';
    /** Time in force: good till extended hours (GTX). */
    public static final byte TIF_GTX = '5';
    /** Time in force: good till time (with the Expire Time option). */
    public static final byte TIF_GTT = '6';
    /** Time in force: after hours. */
    public static final byte TIF_AFTER_HOURS = 'E';
    /** Display: visible. */
    public static final byte DISPLAY_VISIBLE = 'Y';
    /** Display: hidden. */
    public static final byte DISPLAY_HIDDEN = 'N';
    /** Display: attributable. */
    public static final byte DISPLAY_ATTRIBUTABLE = 'A';
    /** Capacity: agency. */
    public static final byte CAPACITY_AGENCY = 'A';
    /** Capacity: principal. */
    public static final byte CAPACITY_PRINCIPAL = 'P';
    /** Capacity: riskless principal. */
    public static final byte CAPACITY_RISKLESS = 'R';
    /** Capacity: other. */
    public static final byte CAPACITY_OTHER = 'O';
    /** Yes, for Intermarket Sweep Eligibility and yes/no options. */
    public static final byte YES = 'Y';
    /** No, for Intermarket Sweep Eligibility and yes/no options. */
    public static final byte NO = 'N';
    /** Cross type: continuous market. */
    public static final byte CROSS_TYPE_CONTINUOUS = 'N';
    /** Cross type: opening cross. */
    public static final byte CROSS_TYPE_OPENING = 'O';
    /** Cross type: closing cross. */
    public static final byte CROSS_TYPE_CLOSING = 'C';
    /** Order state: live. */
    public static final byte ORDER_STATE_LIVE = 'L';
    /** Order state: dead. */
    public static final byte ORDER_STATE_DEAD = 'D';
    /** Cancel reason: user requested. */
    public static final byte CANCEL_REASON_USER = 'U';
    /** Cancel reason: immediate or cancel order (unfilled remainder). */
    public static final byte CANCEL_REASON_IOC = 'I';
    /** Cancel reason: timeout (Time in Force expired). */
    public static final byte CANCEL_REASON_TIMEOUT = 'T';
    /** Cancel reason: supervisory (Nasdaq operations). */
    public static final byte CANCEL_REASON_SUPERVISORY = 'S';
    /** Cancel reason: regulatory restriction. */
    public static final byte CANCEL_REASON_REGULATORY = 'D';
    /** Cancel reason: self-match prevention. */
    public static final byte CANCEL_REASON_SELF_MATCH = 'Q';
    /** Cancel reason: system cancel (e.g. the order could not be placed). */
    public static final byte CANCEL_REASON_SYSTEM = 'Z';
    /** Cancel reason: halted. */
    public static final byte CANCEL_REASON_HALTED = 'H';
    /** Cancel reason: cancel on disconnect (the session was lost). */
    public static final byte CANCEL_REASON_DISCONNECT = 'K';
    /** Cancel reason: mass cancel. */
    public static final byte CANCEL_REASON_MASS_CANCEL = 'X';
    /** Liquidity flag: added. */
    public static final byte LIQUIDITY_ADDED = 'A';
    /** Liquidity flag: removed. */
    public static final byte LIQUIDITY_REMOVED = 'R';
    /** System event code: start of day. */
    public static final byte EVENT_START_OF_DAY = 'S';
    /** System event code: end of day. */
    public static final byte EVENT_END_OF_DAY = 'E';
    /** Rejected Order reason: quote unavailable. */
    public static final int REJECT_QUOTE_UNAVAILABLE = 0x0001;
    /** Rejected Order reason: destination closed. */
    public static final int REJECT_DESTINATION_CLOSED = 0x0002;
    /** Rejected Order reason: halted. */
    public static final int REJECT_HALTED = 0x0007;
    /** Rejected Order reason: invalid side. */
    public static final int REJECT_INVALID_SIDE = 0x0009;
    /** Rejected Order reason: firm not authorized (e.g. order entry disabled). */
    public static final int REJECT_FIRM_NOT_AUTHORIZED = 0x000C;
    /** Rejected Order reason: other. */
    public static final int REJECT_OTHER = 0x000F;
    /** Rejected Order reason: invalid quantity. */
    public static final int REJECT_INVALID_QUANTITY = 0x0013;
    /** Rejected Order reason: invalid symbol. */
    public static final int REJECT_INVALID_SYMBOL = 0x0017;
    /** Rejected Order reason: invalid price. */
    public static final int REJECT_INVALID_PRICE = 0x001D;

    private static final long PRICE4_TO_FIXED_POINT = FixedPoint.SCALE / PRICE4_SCALE;
    private static final byte SPACE = ' ';
    private static final long SPACES_8 = 0x2020_2020_2020_2020L;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L, 1_000_000_000_000_000_000L};
    /** "00" to "99" as shorts that a native-order {@code putShort} writes as two ASCII digits. */
    private static final short[] DIGIT_PAIRS = new short[100];

    static {
        final boolean littleEndian = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
        for (int i = 0; i < 100; i++) {
            final int tens = '0' + i / 10;
            final int ones = '0' + i % 10;
            DIGIT_PAIRS[i] = (short) (littleEndian ? ones << 8 | tens : tens << 8 | ones);
        }
    }

    private Ouch50() {
    }

    /**
     * Converts an OUCH price (4 implied decimals) to a {@link FixedPoint} value (8 decimals).
     *
     * @param price4 the wire value.
     * @return the fixed-point value.
     */
    public static long price4ToFixedPoint(final long price4) {
        return price4 * PRICE4_TO_FIXED_POINT;
    }

    /**
     * Converts a {@link FixedPoint} value to an OUCH price, truncating digits beyond the 4th decimal.
     *
     * @param priceFixed the fixed-point value.
     * @return the wire value.
     */
    public static long fixedPointToPrice4(final long priceFixed) {
        return priceFixed / PRICE4_TO_FIXED_POINT;
    }

    /**
     * Tells whether a {@link FixedPoint} value is exactly representable with 4 decimals.
     *
     * @param priceFixed the fixed-point value.
     * @return {@code true} if no digits beyond the 4th decimal are set.
     */
    public static boolean isPrice4(final long priceFixed) {
        return priceFixed % PRICE4_TO_FIXED_POINT == 0;
    }

    /**
     * Packs text as an alpha field of up to 8 bytes holds it (ASCII, right-padded with spaces, big-endian). For
     * start-up, not the hot path.
     *
     * @param text   at most {@code length} ASCII characters.
     * @param length the field length, 1 to 8.
     * @return the packed value (cast to {@code int} for 4-byte fields).
     * @throws IllegalArgumentException if the length is out of range or the text too long or not ASCII.
     */
    public static long packAlpha(final CharSequence text, final int length) {
        return WireAlpha.packAlpha(text, length);
    }

    /**
     * Unpacks an alpha field packed by {@link #packAlpha} (allocates; for start-up, logs and tests).
     *
     * @param packed the packed field.
     * @param length the field length, 1 to 8.
     * @return the text without its padding spaces.
     */
    public static String unpackAlpha(final long packed, final int length) {
        return WireAlpha.unpackAlpha(packed, length);
    }

    /**
     * Packs a symbol as the Symbol field holds it.
     *
     * @param symbol at most 8 ASCII characters.
     * @return the packed value, as {@code symbol()} getters return it.
     */
    public static long packSymbol(final CharSequence symbol) {
        return packAlpha(symbol, SYMBOL_LENGTH);
    }

    /**
     * Packs a firm (MPID) as the Firm field holds it.
     *
     * @param firm at most 4 ASCII characters.
     * @return the packed value, as {@code firm()} getters return it.
     */
    public static int packFirm(final CharSequence firm) {
        return (int) packAlpha(firm, FIRM_LENGTH);
    }

    /**
     * Writes a number as left-justified decimal digits padded with spaces, at an address a flyweight has checked
     * (its {@code wrap} checked the whole message against the buffer): no bounds check per byte.
     */
    static void putNumber(final byte[] array, final long address, final long number, final int length) {
        if (number < 0) {
            throw new IllegalArgumentException("negative number: " + number);
        }
        final int log2 = 63 - Long.numberOfLeadingZeros(number | 1);
        int digits = (log2 * 1233 >>> 12) + 1;
        if (digits < POWERS_OF_TEN.length && number >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        if (digits > length) {
            throw new IllegalArgumentException("number does not fit " + length + " characters: " + number);
        }
        if (length == CL_ORD_ID_LENGTH) {
            UnsafeApi.putLong(array, address, SPACES_8);
            UnsafeApi.putInt(array, address + 8, (int) SPACES_8);
            UnsafeApi.putShort(array, address + 12, (short) SPACES_8);
        } else {
            for (int i = 0; i < length; i++) {
                UnsafeApi.putByte(array, address + i, SPACE);
            }
        }
        long at = address + digits;
        long rest = number;
        while (rest >= 100) {
            final long quotient = rest / 100;
            at -= 2;
            UnsafeApi.putShort(array, at, DIGIT_PAIRS[(int) (rest - quotient * 100)]);
            rest = quotient;
        }
        if (rest >= 10) {
            UnsafeApi.putShort(array, at - 2, DIGIT_PAIRS[(int) rest]);
        } else {
            UnsafeApi.putByte(array, at - 1, (byte) ('0' + rest));
        }
    }

    static long parseNumber(final DirectBuffer buffer, final int index, final int length) {
        long value = 0;
        int i = 0;
        for (; i < length; i++) {
            final byte b = buffer.getByte(index + i);
            if (b == SPACE) {
                break;
            }
            if (b < '0' || b > '9' || i >= 18) {
                return -1;
            }
            value = value * 10 + (b - '0');
        }
        if (i == 0) {
            return -1;
        }
        for (int j = i; j < length; j++) {
            if (buffer.getByte(index + j) != SPACE) {
                return -1;
            }
        }
        return value;
    }

    static void appendAlpha(final StringBuilder sb, final DirectBuffer buffer, final int index, final int length) {
        sb.append('\'');
        for (int i = 0; i < length; i++) {
            sb.append((char) (buffer.getByte(index + i) & 0xFF));
        }
        sb.append('\'');
    }

    static void appendChar(final StringBuilder sb, final byte value) {
        sb.append('\'').append((char) (value & 0xFF)).append('\'');
    }
}
