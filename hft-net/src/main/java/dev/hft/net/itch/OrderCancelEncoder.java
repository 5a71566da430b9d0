package dev.hft.net.itch;

import static dev.hft.net.itch.OrderCancelDecoder.CANCELLED_SHARES_OFFSET;
import static dev.hft.net.itch.OrderCancelDecoder.ORDER_REFERENCE_NUMBER_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Order Cancel message ({@code 'X'}, spec section 1.4.3) in place; the layout is in
 * {@link OrderCancelDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderCancelEncoder {
    /** Message type byte, {@code 'X'}. */
    public static final byte TYPE = OrderCancelDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = OrderCancelDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public OrderCancelEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderCancelEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public OrderCancelEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public OrderCancelEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Order Reference Number (8-byte integer).
     *
     * @param orderReferenceNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public OrderCancelEncoder orderReferenceNumber(final long orderReferenceNumber) {
        buffer.putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, orderReferenceNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Cancelled Shares (4-byte integer).
     *
     * @param cancelledShares 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public OrderCancelEncoder cancelledShares(final long cancelledShares) {
        buffer.putInt(offset + CANCELLED_SHARES_OFFSET, (int) cancelledShares, BIG_ENDIAN);
        return this;
    }
}
