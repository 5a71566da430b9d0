package dev.hft.net.itch;

import static dev.hft.net.itch.OrderDeleteDecoder.ORDER_REFERENCE_NUMBER_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Order Delete message ({@code 'D'}, spec section 1.4.4) in place; the layout is in
 * {@link OrderDeleteDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderDeleteEncoder {
    /** Message type byte, {@code 'D'}. */
    public static final byte TYPE = OrderDeleteDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = OrderDeleteDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public OrderDeleteEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderDeleteEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public OrderDeleteEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public OrderDeleteEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Order Reference Number (8-byte integer).
     *
     * @param orderReferenceNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public OrderDeleteEncoder orderReferenceNumber(final long orderReferenceNumber) {
        buffer.putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, orderReferenceNumber, BIG_ENDIAN);
        return this;
    }
}
