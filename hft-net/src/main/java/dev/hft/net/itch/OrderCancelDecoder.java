package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Order Cancel message ({@code 'X'}, spec section 1.4.3): a resting order was partially cancelled. A
 * flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand; nothing is copied or
 * allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('X')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Order Reference Number
 *     19       4  integer   Cancelled Shares
 *     23                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderCancelDecoder {
    /** Message type byte, {@code 'X'}. */
    public static final byte TYPE = 'X';
    /** Message length in bytes (spec section 1.4.3). */
    public static final int LENGTH = 23;
    /** Offset of Order Reference Number (8-byte integer), spec section 1.4.3. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of Cancelled Shares (4-byte integer), spec section 1.4.3. */
    public static final int CANCELLED_SHARES_OFFSET = 19;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public OrderCancelDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Order Reference Number: reference number of the order.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long orderReferenceNumber() {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Cancelled Shares: shares removed from the displayed size.
     *
     * @return 0 to 4294967295.
     */
    public long cancelledShares() {
        return buffer.getInt(offset + CANCELLED_SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    @Override
    public String toString() {
        return buffer == null ? "OrderCancel{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderCancel{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", orderReferenceNumber=").append(Long.toUnsignedString(orderReferenceNumber()));
        sb.append(", cancelledShares=").append(cancelledShares());
        return sb.append('}');
    }
}
