package dev.hft.net.ouch;

import static dev.hft.net.ouch.SystemEventDecoder.EVENT_CODE_OFFSET;
import static dev.hft.net.ouch.SystemEventDecoder.TIMESTAMP_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 System Event message ({@code 'S'}, venue to client) in place; the layout is in {@link
 * SystemEventDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class SystemEventEncoder {
    /** Message type byte, {@code 'S'}. */
    public static final byte TYPE = SystemEventDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = SystemEventDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public SystemEventEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH}.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public SystemEventEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Event Code.
     *
     * @param eventCode the ASCII code.
     * @return this encoder.
     */
    public SystemEventEncoder eventCode(final byte eventCode) {
        buffer.putByte(offset + EVENT_CODE_OFFSET, eventCode);
        return this;
    }
}
