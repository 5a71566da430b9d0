package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Cancel Pending message ({@code 'P'}, venue to client): answers a cancel of a cross order in its
 * late period: it will be canceled after the cross. A flyweight: {@link #wrap} points it at the bytes and each getter
 * reads its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('P')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class CancelPendingDecoder {
    /** Message type byte, {@code 'P'}. */
    public static final byte TYPE = 'P';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 13;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public CancelPendingDecoder wrap(final DirectBuffer buffer, final int offset) {
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

    @Override
    public String toString() {
        return buffer == null ? "CancelPending{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("CancelPending{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        return sb.append('}');
    }
}
