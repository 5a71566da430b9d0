package dev.hft.net.itch;

import static dev.hft.net.itch.MwcbStatusDecoder.BREACHED_LEVEL_OFFSET;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the MWCB Status message ({@code 'W'}, spec section 1.2.5.2) in place; the layout is in
 * {@link MwcbStatusDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class MwcbStatusEncoder {
    /** Message type byte, {@code 'W'}. */
    public static final byte TYPE = MwcbStatusDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = MwcbStatusDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public MwcbStatusEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public MwcbStatusEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public MwcbStatusEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public MwcbStatusEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Breached Level (1-byte alpha).
     *
     * @param breachedLevel the ASCII byte.
     * @return this encoder.
     */
    public MwcbStatusEncoder breachedLevel(final byte breachedLevel) {
        buffer.putByte(offset + BREACHED_LEVEL_OFFSET, breachedLevel);
        return this;
    }
}
