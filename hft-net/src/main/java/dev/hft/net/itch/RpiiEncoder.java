package dev.hft.net.itch;

import static dev.hft.net.itch.RpiiDecoder.INTEREST_FLAG_OFFSET;
import static dev.hft.net.itch.RpiiDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Retail Price Improvement Indicator (RPII) message ({@code 'N'}, spec section 1.7) in place; the layout is
 * in {@link RpiiDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class RpiiEncoder {
    /** Message type byte, {@code 'N'}. */
    public static final byte TYPE = RpiiDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = RpiiDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public RpiiEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public RpiiEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public RpiiEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public RpiiEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link RpiiDecoder#stock()} returns them.
     * @return this encoder.
     */
    public RpiiEncoder stock(final long stock) {
        buffer.putLong(offset + STOCK_OFFSET, stock, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param stock at most 8 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public RpiiEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Interest Flag (1-byte alpha).
     *
     * @param interestFlag the ASCII byte.
     * @return this encoder.
     */
    public RpiiEncoder interestFlag(final byte interestFlag) {
        buffer.putByte(offset + INTEREST_FLAG_OFFSET, interestFlag);
        return this;
    }
}
