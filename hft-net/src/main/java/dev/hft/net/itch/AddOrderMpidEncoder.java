package dev.hft.net.itch;

import static dev.hft.net.itch.AddOrderMpidDecoder.ATTRIBUTION_OFFSET;
import static dev.hft.net.itch.AddOrderMpidDecoder.BUY_SELL_INDICATOR_OFFSET;
import static dev.hft.net.itch.AddOrderMpidDecoder.ORDER_REFERENCE_NUMBER_OFFSET;
import static dev.hft.net.itch.AddOrderMpidDecoder.PRICE_OFFSET;
import static dev.hft.net.itch.AddOrderMpidDecoder.SHARES_OFFSET;
import static dev.hft.net.itch.AddOrderMpidDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Add Order with MPID Attribution message ({@code 'F'}, spec section 1.3.2) in place; the layout is in
 * {@link AddOrderMpidDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class AddOrderMpidEncoder {
    /** Message type byte, {@code 'F'}. */
    public static final byte TYPE = AddOrderMpidDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = AddOrderMpidDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public AddOrderMpidEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AddOrderMpidEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public AddOrderMpidEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public AddOrderMpidEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Order Reference Number (8-byte integer).
     *
     * @param orderReferenceNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public AddOrderMpidEncoder orderReferenceNumber(final long orderReferenceNumber) {
        buffer.putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, orderReferenceNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Buy/Sell Indicator (1-byte alpha).
     *
     * @param buySellIndicator the ASCII byte.
     * @return this encoder.
     */
    public AddOrderMpidEncoder buySellIndicator(final byte buySellIndicator) {
        buffer.putByte(offset + BUY_SELL_INDICATOR_OFFSET, buySellIndicator);
        return this;
    }

    /**
     * Writes Shares (4-byte integer).
     *
     * @param shares 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public AddOrderMpidEncoder shares(final long shares) {
        buffer.putInt(offset + SHARES_OFFSET, (int) shares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link AddOrderMpidDecoder#stock()} returns them.
     * @return this encoder.
     */
    public AddOrderMpidEncoder stock(final long stock) {
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
    public AddOrderMpidEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Price (4-byte Price(4)).
     *
     * @param price 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public AddOrderMpidEncoder price(final long price) {
        buffer.putInt(offset + PRICE_OFFSET, (int) price, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Attribution (4-byte alpha) from its packed form.
     *
     * @param attribution the 4 ASCII bytes packed big-endian, as {@link AddOrderMpidDecoder#attribution()} returns
     * them.
     * @return this encoder.
     */
    public AddOrderMpidEncoder attribution(final int attribution) {
        buffer.putInt(offset + ATTRIBUTION_OFFSET, attribution, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Attribution (4-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param attribution at most 4 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public AddOrderMpidEncoder attribution(final CharSequence attribution) {
        Itch50.putAlpha(buffer, offset + ATTRIBUTION_OFFSET, attribution, 4);
        return this;
    }
}
