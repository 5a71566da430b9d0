package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Order Priority Update message ({@code 'T'}, venue to client): reports that the system changed an
 * order's price or display and so its priority. A flyweight: {@link #wrap} points it at the bytes and each getter reads
 * its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('T')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13       8  price     Price
 *     21       1  alpha     Display
 *     22       8  integer   Order Reference Number
 *     30                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderPriorityUpdateDecoder {
    /** Message type byte, {@code 'T'}. */
    public static final byte TYPE = 'T';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 30;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;
    /** Offset of Price (8 bytes). */
    public static final int PRICE_OFFSET = 13;
    /** Offset of Display (1 byte). */
    public static final int DISPLAY_OFFSET = 21;
    /** Offset of OrderReferenceNumber (8 bytes). */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 22;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public OrderPriorityUpdateDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * The message's length on the wire: {@link #LENGTH}.
     *
     * @return bytes.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Timestamp: nanoseconds since midnight.
     *
     * @return nanoseconds since midnight.
     */
    public long timestamp() {
        return buffer.getLong(offset + TIMESTAMP_OFFSET, BIG_ENDIAN);
    }

    /**
     * UserRefNum: the order.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price: the order's price now, 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, BIG_ENDIAN);
    }

    /**
     * Display.
     *
     * @return the ASCII code.
     */
    public byte display() {
        return buffer.getByte(offset + DISPLAY_OFFSET);
    }

    /**
     * Order Reference Number: the order's new reference number.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long orderReferenceNumber() {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    @Override
    public String toString() {
        return buffer == null ? "OrderPriorityUpdate{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderPriorityUpdate{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", price=").append(price());
        sb.append(", display=");
        Ouch50.appendChar(sb, display());
        sb.append(", orderReferenceNumber=").append(Long.toUnsignedString(orderReferenceNumber()));
        return sb.append('}');
    }
}
