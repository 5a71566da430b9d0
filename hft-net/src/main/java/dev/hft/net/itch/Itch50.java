package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import dev.hft.api.FixedPoint;
import dev.hft.net.WireAlpha;
import org.agrona.DirectBuffer;

/**
 * NASDAQ TotalView-ITCH 5.0 wire constants and what every decoder and encoder of this package shares. Section
 * numbers are those of the current specification ("Nasdaq TotalView-ITCH 5.0", 2023 revision: 1.1 to 1.8); older
 * revisions, and peers such as juncture, number the same sections 4.1 to 4.8.
 *
 * <h2>Common header (every message)</h2>
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type
 *      1       2  integer   Stock Locate      (0 for messages about no security)
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp         (nanoseconds since midnight)
 *     11                    (end of header, message-specific fields follow)
 * </pre>
 *
 * <h2>Messages</h2>
 * Every message type has a fixed length: {@link Itch50Messages} lists them with their spec sections. The decoders,
 * encoders, {@link ItchListener}, {@link ItchMessageDispatcher} and {@link Itch50Messages} are generated at build time
 * by hft-codegen from {@code hft-net/src/main/codecs/itch50.xml}; this class holds what is written by hand: the common
 * header, the conversions and the alpha packing.
 *
 * <h2>Conventions of the decoders and encoders</h2>
 * <ul>
 *     <li>Integers are big-endian and unsigned. A 2-byte field is returned as an {@code int}, a 4-byte field as a
 *     {@code long} (0 to 4294967295), an 8-byte field as a {@code long} holding its 64 bits (negative only above
 *     {@code Long.MAX_VALUE}: print it with {@code Long.toUnsignedString}).</li>
 *     <li>Prices are integers with implied decimals: Price(4) fields (4 decimals, every price but the MWCB levels)
 *     as a {@code long} from 0 to 4294967295, which {@link #price4ToFixedPoint} turns into the project's 8-decimal
 *     fixed point; Price(8) fields (the MWCB levels) already have the scale of {@link FixedPoint}.</li>
 *     <li>Alpha fields are ASCII, left-justified and padded on the right with spaces. A 1-byte field is returned as
 *     its {@code byte}; a 2-, 4- or 8-byte field as its bytes packed big-endian into an {@code int} or {@code long}
 *     (first character in the most significant byte), so a symbol is a zero-allocation map key: resolve symbols at
 *     start-up with {@link #packSymbol} and look packed values up on the hot path. {@code getXxx(byte[])} copies the
 *     bytes instead.</li>
 *     <li>Enumerated values (sides, states, codes) are returned as they are on the wire, not validated: the
 *     consumer decides what an unexpected value means.</li>
 * </ul>
 */
public final class Itch50 {
    /** Offset of Message Type in every message. */
    public static final int MESSAGE_TYPE_OFFSET = 0;
    /** Offset of Stock Locate (2-byte integer) in every message. */
    public static final int STOCK_LOCATE_OFFSET = 1;
    /** Offset of Tracking Number (2-byte integer) in every message. */
    public static final int TRACKING_NUMBER_OFFSET = 3;
    /** Offset of Timestamp (6-byte integer, nanoseconds since midnight) in every message. */
    public static final int TIMESTAMP_OFFSET = 5;
    /** Length of the common header. */
    public static final int HEADER_LENGTH = 11;
    /** Shortest message (System Event, MWCB Status). */
    public static final int MIN_MESSAGE_LENGTH = Itch50Messages.MIN_LENGTH;
    /** Longest message (NOII). */
    public static final int MAX_MESSAGE_LENGTH = Itch50Messages.MAX_LENGTH;
    /** Length of every Stock field. */
    public static final int STOCK_LENGTH = 8;
    /** Length of an MPID (Attribution, MPID fields). */
    public static final int MPID_LENGTH = 4;
    /** {@link #messageLength} result for a type byte that is not an ITCH 5.0 message type. */
    public static final int UNKNOWN_TYPE = -1;
    /** Price(4) value of one currency unit: prices have 4 implied decimals. */
    public static final long PRICE4_SCALE = 10_000L;
    /** Largest timestamp a 6-byte field holds. */
    public static final long MAX_TIMESTAMP = 0xFFFF_FFFF_FFFFL;

    private static final long PRICE4_TO_FIXED_POINT = FixedPoint.SCALE / PRICE4_SCALE;
    private static final long TIMESTAMP_MASK = 0xFFFF_FFFF_FFFFL;
    private static final int TRACKING_AND_TIMESTAMP_OFFSET = 3;

    private Itch50() {
    }

    /**
     * The length of a message type: every ITCH 5.0 message has a fixed length.
     *
     * @param type the message type byte.
     * @return the type's {@code LENGTH}, or {@link #UNKNOWN_TYPE} if the byte is not an ITCH 5.0 message type.
     */
    public static int messageLength(final byte type) {
        return Itch50Messages.messageLength(type);
    }

    /**
     * Reads the type byte of a message.
     *
     * @param buffer the bytes.
     * @param offset where the message starts.
     * @return the type byte.
     */
    public static byte messageType(final DirectBuffer buffer, final int offset) {
        return buffer.getByte(offset + MESSAGE_TYPE_OFFSET);
    }

    /**
     * Reads Stock Locate, which sits at the same offset in every message so feeds can be filtered before decoding.
     *
     * @param buffer the bytes.
     * @param offset where the message starts.
     * @return 0 to 65535.
     */
    public static int stockLocate(final DirectBuffer buffer, final int offset) {
        return buffer.getShort(offset + STOCK_LOCATE_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Reads Tracking Number.
     *
     * @param buffer the bytes.
     * @param offset where the message starts.
     * @return 0 to 65535.
     */
    public static int trackingNumber(final DirectBuffer buffer, final int offset) {
        return buffer.getShort(offset + TRACKING_NUMBER_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Reads Timestamp (one 8-byte read over Tracking Number and Timestamp, masked to the low 6 bytes).
     *
     * @param buffer the bytes.
     * @param offset where the message starts; at least {@link #HEADER_LENGTH} bytes must be readable.
     * @return nanoseconds since midnight, 0 to {@link #MAX_TIMESTAMP}.
     */
    public static long timestamp(final DirectBuffer buffer, final int offset) {
        return buffer.getLong(offset + TRACKING_AND_TIMESTAMP_OFFSET, BIG_ENDIAN) & TIMESTAMP_MASK;
    }

    /**
     * Converts a Price(4) value (4 implied decimals) to the project's fixed point ({@link FixedPoint}, 8 implied
     * decimals). Exact for every value a Price(4) field holds.
     *
     * @param price4 a Price(4) value, e.g. {@code 1_234_500} for 123.45.
     * @return the fixed-point value, e.g. {@code 12_345_000_000L}.
     */
    public static long price4ToFixedPoint(final long price4) {
        return price4 * PRICE4_TO_FIXED_POINT;
    }

    /**
     * Packs a symbol as a Stock field holds it (8 ASCII bytes, space-padded, big-endian): the key to compare
     * {@code stock()} values with. For start-up, not the hot path.
     *
     * @param symbol at most 8 ASCII characters, e.g. {@code "AAPL"}.
     * @return the packed value, equal to what {@code stock()} returns for that symbol.
     * @throws IllegalArgumentException if the symbol is longer than 8 characters or not ASCII.
     */
    public static long packSymbol(final CharSequence symbol) {
        return packAlpha(symbol, STOCK_LENGTH);
    }

    /**
     * Unpacks a Stock value, for start-up, logs and tests (allocates).
     *
     * @param stock a packed Stock field, as {@code stock()} returns it.
     * @return the symbol without its padding spaces.
     */
    public static String unpackSymbol(final long stock) {
        return unpackAlpha(stock, STOCK_LENGTH);
    }

    /**
     * Packs an MPID as an Attribution or MPID field holds it (4 ASCII bytes, space-padded, big-endian).
     *
     * @param mpid at most 4 ASCII characters, e.g. {@code "NSDQ"}.
     * @return the packed value, equal to what {@code attribution()} or {@code mpid()} returns for it.
     * @throws IllegalArgumentException if the text is longer than 4 characters or not ASCII.
     */
    public static int packMpid(final CharSequence mpid) {
        return (int) packAlpha(mpid, MPID_LENGTH);
    }

    /**
     * Unpacks an Attribution or MPID value (allocates).
     *
     * @param mpid the packed field.
     * @return the text without its padding spaces.
     */
    public static String unpackMpid(final int mpid) {
        return unpackAlpha(mpid, MPID_LENGTH);
    }

    /**
     * Packs text as an alpha field of the given length holds it: ASCII, padded on the right with spaces, big-endian
     * (first character in the most significant of the {@code length} low-order bytes).
     *
     * @param text   at most {@code length} ASCII characters.
     * @param length the field length, 1 to 8.
     * @return the packed value (cast to {@code int} for 4-byte fields).
     * @throws IllegalArgumentException if the length is out of range, or the text longer or not ASCII.
     */
    public static long packAlpha(final CharSequence text, final int length) {
        return WireAlpha.packAlpha(text, length);
    }

    /**
     * Unpacks an alpha field (allocates).
     *
     * @param packed the field's bytes packed big-endian in the {@code length} low-order bytes.
     * @param length the field length, 1 to 8.
     * @return the text without its padding spaces on the right.
     */
    public static String unpackAlpha(final long packed, final int length) {
        return WireAlpha.unpackAlpha(packed, length);
    }

    static void appendAlpha(final StringBuilder sb, final DirectBuffer buffer, final int index, final int length) {
        sb.append('\'');
        for (int i = 0; i < length; i++) {
            final int b = buffer.getByte(index + i) & 0xFF;
            if (b >= 0x20 && b < 0x7F && b != '\'' && b != '\\') {
                sb.append((char) b);
            } else {
                sb.append("\\x").append(Character.forDigit(b >>> 4, 16)).append(Character.forDigit(b & 0xF, 16));
            }
        }
        sb.append('\'');
    }
}
