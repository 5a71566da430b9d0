package dev.hft.net.itch;

import static dev.hft.net.itch.CrossTradeDecoder.CROSS_PRICE_OFFSET;
import static dev.hft.net.itch.CrossTradeDecoder.CROSS_TYPE_OFFSET;
import static dev.hft.net.itch.CrossTradeDecoder.MATCH_NUMBER_OFFSET;
import static dev.hft.net.itch.CrossTradeDecoder.SHARES_OFFSET;
import static dev.hft.net.itch.CrossTradeDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Cross Trade message ({@code 'Q'}, spec section 1.5.2) in place; the layout is in
 * {@link CrossTradeDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class CrossTradeEncoder {
    /** Message type byte, {@code 'Q'}. */
    public static final byte TYPE = CrossTradeDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = CrossTradeDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public CrossTradeEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public CrossTradeEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public CrossTradeEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public CrossTradeEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Shares (8-byte integer).
     *
     * @param shares the unsigned 64-bit value.
     * @return this encoder.
     */
    public CrossTradeEncoder shares(final long shares) {
        buffer.putLong(offset + SHARES_OFFSET, shares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link CrossTradeDecoder#stock()} returns them.
     * @return this encoder.
     */
    public CrossTradeEncoder stock(final long stock) {
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
    public CrossTradeEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Cross Price (4-byte Price(4)).
     *
     * @param crossPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public CrossTradeEncoder crossPrice(final long crossPrice) {
        buffer.putInt(offset + CROSS_PRICE_OFFSET, (int) crossPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Match Number (8-byte integer).
     *
     * @param matchNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public CrossTradeEncoder matchNumber(final long matchNumber) {
        buffer.putLong(offset + MATCH_NUMBER_OFFSET, matchNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Cross Type (1-byte alpha).
     *
     * @param crossType the ASCII byte.
     * @return this encoder.
     */
    public CrossTradeEncoder crossType(final byte crossType) {
        buffer.putByte(offset + CROSS_TYPE_OFFSET, crossType);
        return this;
    }
}
