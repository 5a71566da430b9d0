package dev.hft.net.itch;

import static dev.hft.net.itch.IpoQuotingPeriodUpdateDecoder.IPO_PRICE_OFFSET;
import static dev.hft.net.itch.IpoQuotingPeriodUpdateDecoder.IPO_QUOTATION_RELEASE_QUALIFIER_OFFSET;
import static dev.hft.net.itch.IpoQuotingPeriodUpdateDecoder.IPO_QUOTATION_RELEASE_TIME_OFFSET;
import static dev.hft.net.itch.IpoQuotingPeriodUpdateDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the IPO Quoting Period Update message ({@code 'K'}, spec section 1.2.6) in place; the layout is in
 * {@link IpoQuotingPeriodUpdateDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a
 * field never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not
 * thread-safe.
 */
public final class IpoQuotingPeriodUpdateEncoder {
    /** Message type byte, {@code 'K'}. */
    public static final byte TYPE = IpoQuotingPeriodUpdateDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = IpoQuotingPeriodUpdateDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public IpoQuotingPeriodUpdateEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link IpoQuotingPeriodUpdateDecoder#stock()} returns them.
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder stock(final long stock) {
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
    public IpoQuotingPeriodUpdateEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes IPO Quotation Release Time (4-byte integer).
     *
     * @param ipoQuotationReleaseTime 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder ipoQuotationReleaseTime(final long ipoQuotationReleaseTime) {
        buffer.putInt(offset + IPO_QUOTATION_RELEASE_TIME_OFFSET, (int) ipoQuotationReleaseTime, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes IPO Quotation Release Qualifier (1-byte alpha).
     *
     * @param ipoQuotationReleaseQualifier the ASCII byte.
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder ipoQuotationReleaseQualifier(final byte ipoQuotationReleaseQualifier) {
        buffer.putByte(offset + IPO_QUOTATION_RELEASE_QUALIFIER_OFFSET, ipoQuotationReleaseQualifier);
        return this;
    }

    /**
     * Writes IPO Price (4-byte Price(4)).
     *
     * @param ipoPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public IpoQuotingPeriodUpdateEncoder ipoPrice(final long ipoPrice) {
        buffer.putInt(offset + IPO_PRICE_OFFSET, (int) ipoPrice, BIG_ENDIAN);
        return this;
    }
}
