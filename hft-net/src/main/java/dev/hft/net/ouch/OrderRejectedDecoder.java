package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Order Rejected message ({@code 'J'}, venue to client): rejects an Enter Order or Replace Order;
 * the UserRefNum may not be used again. A flyweight: {@link #wrap} points it at the bytes and each getter reads its
 * field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('J')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13       2  integer   Reason
 *     15      14  alpha     Cl Ord Id
 *     29                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderRejectedDecoder {
    /** Message type byte, {@code 'J'}. */
    public static final byte TYPE = 'J';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 29;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;
    /** Offset of Reason (2 bytes). */
    public static final int REASON_OFFSET = 13;
    /** Offset of ClOrdId (14 bytes). */
    public static final int CL_ORD_ID_OFFSET = 15;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public OrderRejectedDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * UserRefNum: of the rejected request.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Reason: a reject code, e.g. {@link Ouch50#REJECT_INVALID_SYMBOL}.
     *
     * @return 0 to 65535.
     */
    public int reason() {
        return buffer.getShort(offset + REASON_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * ClOrdID: of the rejected request: one character.
     *
     * @param index 0 to 13.
     * @return the ASCII code of character {@code index}.
     */
    public byte clOrdIdAt(final int index) {
        return buffer.getByte(offset + CL_ORD_ID_OFFSET + index);
    }

    /**
     * ClOrdID: of the rejected request, read as a left-justified decimal number padded with spaces (as {@link
     * OrderRejectedEncoder#clOrdIdNumber} writes it); no allocation.
     *
     * @return the number, or -1 if the field holds anything else (e.g. letters).
     */
    public long clOrdIdNumber() {
        return Ouch50.parseNumber(buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * ClOrdID: of the rejected request: copies the 14 bytes, padding included.
     *
     * @param dst       where to copy.
     * @param dstOffset where the 14 bytes go.
     */
    public void getClOrdId(final byte[] dst, final int dstOffset) {
        buffer.getBytes(offset + CL_ORD_ID_OFFSET, dst, dstOffset, Ouch50.CL_ORD_ID_LENGTH);
    }

    @Override
    public String toString() {
        return buffer == null ? "OrderRejected{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderRejected{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", reason=").append(reason());
        sb.append(", clOrdId=");
        Ouch50.appendAlpha(sb, buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
        return sb.append('}');
    }
}
