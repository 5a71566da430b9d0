package dev.hft.net.itch;

import static dev.hft.net.itch.SystemEventDecoder.EVENT_CODE_OFFSET;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the System Event message ({@code 'S'}, spec section 1.1) in place; the layout is in
 * {@link SystemEventDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class SystemEventEncoder {
    /** Message type byte, {@code 'S'}. */
    public static final byte TYPE = SystemEventDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = SystemEventDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
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
     * Writes Stock Locate.
     *
     * @param stockLocate 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public SystemEventEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public SystemEventEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public SystemEventEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Event Code (1-byte alpha).
     *
     * @param eventCode the ASCII byte.
     * @return this encoder.
     */
    public SystemEventEncoder eventCode(final byte eventCode) {
        buffer.putByte(offset + EVENT_CODE_OFFSET, eventCode);
        return this;
    }
}
