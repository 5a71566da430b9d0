package dev.hft.net.itch;

import static dev.hft.net.itch.NoiiDecoder.CROSS_TYPE_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.CURRENT_REFERENCE_PRICE_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.FAR_PRICE_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.IMBALANCE_DIRECTION_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.IMBALANCE_SHARES_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.NEAR_PRICE_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.PAIRED_SHARES_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.PRICE_VARIATION_INDICATOR_OFFSET;
import static dev.hft.net.itch.NoiiDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Net Order Imbalance Indicator (NOII) message ({@code 'I'}, spec section 1.6) in place; the layout is in
 * {@link NoiiDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class NoiiEncoder {
    /** Message type byte, {@code 'I'}. */
    public static final byte TYPE = NoiiDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = NoiiDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public NoiiEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public NoiiEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public NoiiEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public NoiiEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Paired Shares (8-byte integer).
     *
     * @param pairedShares the unsigned 64-bit value.
     * @return this encoder.
     */
    public NoiiEncoder pairedShares(final long pairedShares) {
        buffer.putLong(offset + PAIRED_SHARES_OFFSET, pairedShares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Imbalance Shares (8-byte integer).
     *
     * @param imbalanceShares the unsigned 64-bit value.
     * @return this encoder.
     */
    public NoiiEncoder imbalanceShares(final long imbalanceShares) {
        buffer.putLong(offset + IMBALANCE_SHARES_OFFSET, imbalanceShares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Imbalance Direction (1-byte alpha).
     *
     * @param imbalanceDirection the ASCII byte.
     * @return this encoder.
     */
    public NoiiEncoder imbalanceDirection(final byte imbalanceDirection) {
        buffer.putByte(offset + IMBALANCE_DIRECTION_OFFSET, imbalanceDirection);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link NoiiDecoder#stock()} returns them.
     * @return this encoder.
     */
    public NoiiEncoder stock(final long stock) {
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
    public NoiiEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Far Price (4-byte Price(4)).
     *
     * @param farPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public NoiiEncoder farPrice(final long farPrice) {
        buffer.putInt(offset + FAR_PRICE_OFFSET, (int) farPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Near Price (4-byte Price(4)).
     *
     * @param nearPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public NoiiEncoder nearPrice(final long nearPrice) {
        buffer.putInt(offset + NEAR_PRICE_OFFSET, (int) nearPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Current Reference Price (4-byte Price(4)).
     *
     * @param currentReferencePrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public NoiiEncoder currentReferencePrice(final long currentReferencePrice) {
        buffer.putInt(offset + CURRENT_REFERENCE_PRICE_OFFSET, (int) currentReferencePrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Cross Type (1-byte alpha).
     *
     * @param crossType the ASCII byte.
     * @return this encoder.
     */
    public NoiiEncoder crossType(final byte crossType) {
        buffer.putByte(offset + CROSS_TYPE_OFFSET, crossType);
        return this;
    }

    /**
     * Writes Price Variation Indicator (1-byte alpha).
     *
     * @param priceVariationIndicator the ASCII byte.
     * @return this encoder.
     */
    public NoiiEncoder priceVariationIndicator(final byte priceVariationIndicator) {
        buffer.putByte(offset + PRICE_VARIATION_INDICATOR_OFFSET, priceVariationIndicator);
        return this;
    }
}
