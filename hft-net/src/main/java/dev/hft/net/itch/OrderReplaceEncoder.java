package dev.hft.net.itch;

import static dev.hft.net.itch.OrderReplaceDecoder.NEW_ORDER_REFERENCE_NUMBER_OFFSET;
import static dev.hft.net.itch.OrderReplaceDecoder.ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET;
import static dev.hft.net.itch.OrderReplaceDecoder.PRICE_OFFSET;
import static dev.hft.net.itch.OrderReplaceDecoder.SHARES_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Order Replace message ({@code 'U'}, spec section 1.4.5) in place; the layout is in
 * {@link OrderReplaceDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderReplaceEncoder {
    /** Message type byte, {@code 'U'}. */
    public static final byte TYPE = OrderReplaceDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = OrderReplaceDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public OrderReplaceEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderReplaceEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public OrderReplaceEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public OrderReplaceEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Original Order Reference Number (8-byte integer).
     *
     * @param originalOrderReferenceNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public OrderReplaceEncoder originalOrderReferenceNumber(final long originalOrderReferenceNumber) {
        buffer.putLong(offset + ORIGINAL_ORDER_REFERENCE_NUMBER_OFFSET, originalOrderReferenceNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes New Order Reference Number (8-byte integer).
     *
     * @param newOrderReferenceNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public OrderReplaceEncoder newOrderReferenceNumber(final long newOrderReferenceNumber) {
        buffer.putLong(offset + NEW_ORDER_REFERENCE_NUMBER_OFFSET, newOrderReferenceNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Shares (4-byte integer).
     *
     * @param shares 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public OrderReplaceEncoder shares(final long shares) {
        buffer.putInt(offset + SHARES_OFFSET, (int) shares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Price (4-byte Price(4)).
     *
     * @param price 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public OrderReplaceEncoder price(final long price) {
        buffer.putInt(offset + PRICE_OFFSET, (int) price, BIG_ENDIAN);
        return this;
    }
}
