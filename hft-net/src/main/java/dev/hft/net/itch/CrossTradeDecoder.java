package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Cross Trade message ({@code 'Q'}, spec section 1.5.2): the opening, closing or halt/IPO cross of a
 * security completed (bulk print). A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on
 * demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('Q')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Shares
 *     19       8  alpha     Stock
 *     27       4  Price(4)  Cross Price
 *     31       8  integer   Match Number
 *     39       1  alpha     Cross Type
 *     40                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class CrossTradeDecoder {
    /** Message type byte, {@code 'Q'}. */
    public static final byte TYPE = 'Q';
    /** Message length in bytes (spec section 1.5.2). */
    public static final int LENGTH = 40;
    /** Offset of Shares (8-byte integer), spec section 1.5.2. */
    public static final int SHARES_OFFSET = 11;
    /** Offset of Stock (8-byte alpha), spec section 1.5.2. */
    public static final int STOCK_OFFSET = 19;
    /** Offset of Cross Price (4-byte Price(4)), spec section 1.5.2. */
    public static final int CROSS_PRICE_OFFSET = 27;
    /** Offset of Match Number (8-byte integer), spec section 1.5.2. */
    public static final int MATCH_NUMBER_OFFSET = 31;
    /** Offset of Cross Type (1-byte alpha), spec section 1.5.2. */
    public static final int CROSS_TYPE_OFFSET = 39;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public CrossTradeDecoder wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The buffer this flyweight reads.
     *
     * @return the buffer, or {@code null} before the first {@link #wrap}.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where the message starts in {@link #buffer()}.
     *
     * @return the offset of the type byte.
     */
    public int offset() {
        return offset;
    }

    /**
     * Stock Locate: the day's locate code of the security, 0 for messages about no security.
     *
     * @return 0 to 65535.
     */
    public int stockLocate() {
        return Itch50.stockLocate(buffer, offset);
    }

    /**
     * Tracking Number: Nasdaq internal tracking number.
     *
     * @return 0 to 65535.
     */
    public int trackingNumber() {
        return Itch50.trackingNumber(buffer, offset);
    }

    /**
     * Timestamp: when the message was generated.
     *
     * @return nanoseconds since midnight, 0 to 2^48 - 1.
     */
    public long timestamp() {
        return Itch50.timestamp(buffer, offset);
    }

    /**
     * Shares: shares matched in the cross (8 bytes, unlike every other Shares field).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long shares() {
        return buffer.getLong(offset + SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Stock: security symbol, space-padded, as its 8 ASCII bytes packed big-endian (first character in the most
     * significant byte). A zero-allocation map key; {@link Itch50#packSymbol} and {@link Itch50#unpackSymbol} convert
     * at start-up.
     *
     * @return the packed bytes.
     */
    public long stock() {
        return buffer.getLong(offset + STOCK_OFFSET, BIG_ENDIAN);
    }

    /**
     * Copies Stock's 8 ASCII bytes into a caller-owned array (no allocation).
     *
     * @param dst receives them at indexes 0 to 7.
     */
    public void getStock(final byte[] dst) {
        buffer.getBytes(offset + STOCK_OFFSET, dst, 0, 8);
    }

    /**
     * Cross Price: cross price, Price(4) (4 implied decimals; {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long crossPrice() {
        return buffer.getInt(offset + CROSS_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Match Number: day-unique match number.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long matchNumber() {
        return buffer.getLong(offset + MATCH_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Cross Type: 'O' opening, 'C' closing, 'H' IPO or halted/paused, 'I' intraday.
     *
     * @return the ASCII byte.
     */
    public byte crossType() {
        return buffer.getByte(offset + CROSS_TYPE_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "CrossTrade{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("CrossTrade{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", shares=").append(Long.toUnsignedString(shares()));
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", crossPrice=").append(crossPrice());
        sb.append(", matchNumber=").append(Long.toUnsignedString(matchNumber()));
        sb.append(", crossType=");
        Itch50.appendAlpha(sb, buffer, offset + CROSS_TYPE_OFFSET, 1);
        return sb.append('}');
    }
}
