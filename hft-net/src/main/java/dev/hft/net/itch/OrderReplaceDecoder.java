package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Order Replace message ({@code 'U'}, spec section 1.4.5): a resting order was cancel-replaced: the
 * original leaves the book, the new one keeps its side, stock and attribution. A flyweight: {@link #wrap} points it at
 * the bytes and each getter reads its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('U')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Original Order Reference Number
 *     19       8  integer   New Order Reference Number
 *     27       4  integer   Shares
 *     31       4  Price(4)  Price
 *     35                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderReplaceDecoder {
    /** Message type byte, {@code 'U'}. */
    public static final byte TYPE = 'U';
    /** Message length in bytes (spec section 1.4.5). */
    public static final int LENGTH = 35;
    /** Offset of Original Order Reference Number (8-byte integer), spec section 1.4.5. */
    public static final int ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of New Order Reference Number (8-byte integer), spec section 1.4.5. */
    public static final int NEW_ORDER_REFERENCE_NUMBER_OFFSET = 19;
    /** Offset of Shares (4-byte integer), spec section 1.4.5. */
    public static final int SHARES_OFFSET = 27;
    /** Offset of Price (4-byte Price(4)), spec section 1.4.5. */
    public static final int PRICE_OFFSET = 31;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public OrderReplaceDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Original Order Reference Number: reference number of the replaced order.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long originalOrderReferenceNumber() {
        return buffer.getLong(offset + ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * New Order Reference Number: reference number of the replacement order.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long newOrderReferenceNumber() {
        return buffer.getLong(offset + NEW_ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Shares: new displayed shares.
     *
     * @return 0 to 4294967295.
     */
    public long shares() {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price: new display price, Price(4) (4 implied decimals; {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long price() {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    @Override
    public String toString() {
        return buffer == null ? "OrderReplace{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderReplace{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", originalOrderReferenceNumber=").append(Long.toUnsignedString(originalOrderReferenceNumber()));
        sb.append(", newOrderReferenceNumber=").append(Long.toUnsignedString(newOrderReferenceNumber()));
        sb.append(", shares=").append(shares());
        sb.append(", price=").append(price());
        return sb.append('}');
    }
}
