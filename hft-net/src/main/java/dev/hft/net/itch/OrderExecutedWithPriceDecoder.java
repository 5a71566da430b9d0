package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Order Executed With Price message ({@code 'C'}, spec section 1.4.2): a resting order was executed at a
 * price other than its display price. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field
 * on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('C')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Order Reference Number
 *     19       4  integer   Executed Shares
 *     23       8  integer   Match Number
 *     31       1  alpha     Printable
 *     32       4  Price(4)  Execution Price
 *     36                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderExecutedWithPriceDecoder {
    /** Message type byte, {@code 'C'}. */
    public static final byte TYPE = 'C';
    /** Message length in bytes (spec section 1.4.2). */
    public static final int LENGTH = 36;
    /** Offset of Order Reference Number (8-byte integer), spec section 1.4.2. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of Executed Shares (4-byte integer), spec section 1.4.2. */
    public static final int EXECUTED_SHARES_OFFSET = 19;
    /** Offset of Match Number (8-byte integer), spec section 1.4.2. */
    public static final int MATCH_NUMBER_OFFSET = 23;
    /** Offset of Printable (1-byte alpha), spec section 1.4.2. */
    public static final int PRINTABLE_OFFSET = 31;
    /** Offset of Execution Price (4-byte Price(4)), spec section 1.4.2. */
    public static final int EXECUTION_PRICE_OFFSET = 32;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public OrderExecutedWithPriceDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Order Reference Number: reference number of the executed order.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long orderReferenceNumber() {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Executed Shares: shares executed.
     *
     * @return 0 to 4294967295.
     */
    public long executedShares() {
        return buffer.getInt(offset + EXECUTED_SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
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
     * Printable: 'Y' printable, 'N' non-printable (left out of time-and-sales and volume).
     *
     * @return the ASCII byte.
     */
    public byte printable() {
        return buffer.getByte(offset + PRINTABLE_OFFSET);
    }

    /**
     * Execution Price: execution price, Price(4) (4 implied decimals; {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long executionPrice() {
        return buffer.getInt(offset + EXECUTION_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    @Override
    public String toString() {
        return buffer == null ? "OrderExecutedWithPrice{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderExecutedWithPrice{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", orderReferenceNumber=").append(Long.toUnsignedString(orderReferenceNumber()));
        sb.append(", executedShares=").append(executedShares());
        sb.append(", matchNumber=").append(Long.toUnsignedString(matchNumber()));
        sb.append(", printable=");
        Itch50.appendAlpha(sb, buffer, offset + PRINTABLE_OFFSET, 1);
        sb.append(", executionPrice=").append(executionPrice());
        return sb.append('}');
    }
}
