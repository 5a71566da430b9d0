package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 System Event message ({@code 'S'}, venue to client): signals a system-wide event (start or end
 * of day). A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand; nothing is
 * copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('S')
 *      1       8  integer   Timestamp
 *      9       1  alpha     Event Code
 *     10                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class SystemEventDecoder {
    /** Message type byte, {@code 'S'}. */
    public static final byte TYPE = 'S';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 10;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of EventCode (1 byte). */
    public static final int EVENT_CODE_OFFSET = 9;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public SystemEventDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Event Code: {@link Ouch50#EVENT_START_OF_DAY S} start of day, {@link Ouch50#EVENT_END_OF_DAY E} end of day.
     *
     * @return the ASCII code.
     */
    public byte eventCode() {
        return buffer.getByte(offset + EVENT_CODE_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "SystemEvent{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("SystemEvent{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", eventCode=");
        Ouch50.appendChar(sb, eventCode());
        return sb.append('}');
    }
}
