package dev.hft.net.itch;

import static dev.hft.net.itch.StockDirectoryDecoder.AUTHENTICITY_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ETP_FLAG_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ETP_LEVERAGE_FACTOR_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.FINANCIAL_STATUS_INDICATOR_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.INVERSE_INDICATOR_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.IPO_FLAG_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ISSUE_CLASSIFICATION_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ISSUE_SUB_TYPE_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.LULD_REFERENCE_PRICE_TIER_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.MARKET_CATEGORY_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ROUND_LOTS_ONLY_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.ROUND_LOT_SIZE_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.SHORT_SALE_THRESHOLD_INDICATOR_OFFSET;
import static dev.hft.net.itch.StockDirectoryDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Stock Directory message ({@code 'R'}, spec section 1.2.1) in place; the layout is in
 * {@link StockDirectoryDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class StockDirectoryEncoder {
    /** Message type byte, {@code 'R'}. */
    public static final byte TYPE = StockDirectoryDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = StockDirectoryDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public StockDirectoryEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public StockDirectoryEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public StockDirectoryEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public StockDirectoryEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link StockDirectoryDecoder#stock()} returns them.
     * @return this encoder.
     */
    public StockDirectoryEncoder stock(final long stock) {
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
    public StockDirectoryEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Market Category (1-byte alpha).
     *
     * @param marketCategory the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder marketCategory(final byte marketCategory) {
        buffer.putByte(offset + MARKET_CATEGORY_OFFSET, marketCategory);
        return this;
    }

    /**
     * Writes Financial Status Indicator (1-byte alpha).
     *
     * @param financialStatusIndicator the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder financialStatusIndicator(final byte financialStatusIndicator) {
        buffer.putByte(offset + FINANCIAL_STATUS_INDICATOR_OFFSET, financialStatusIndicator);
        return this;
    }

    /**
     * Writes Round Lot Size (4-byte integer).
     *
     * @param roundLotSize 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public StockDirectoryEncoder roundLotSize(final long roundLotSize) {
        buffer.putInt(offset + ROUND_LOT_SIZE_OFFSET, (int) roundLotSize, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Round Lots Only (1-byte alpha).
     *
     * @param roundLotsOnly the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder roundLotsOnly(final byte roundLotsOnly) {
        buffer.putByte(offset + ROUND_LOTS_ONLY_OFFSET, roundLotsOnly);
        return this;
    }

    /**
     * Writes Issue Classification (1-byte alpha).
     *
     * @param issueClassification the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder issueClassification(final byte issueClassification) {
        buffer.putByte(offset + ISSUE_CLASSIFICATION_OFFSET, issueClassification);
        return this;
    }

    /**
     * Writes Issue Sub-Type (2-byte alpha) from its packed form.
     *
     * @param issueSubType the 2 ASCII bytes packed big-endian, as {@link StockDirectoryDecoder#issueSubType()} returns
     * them.
     * @return this encoder.
     */
    public StockDirectoryEncoder issueSubType(final int issueSubType) {
        buffer.putShort(offset + ISSUE_SUB_TYPE_OFFSET, (short) issueSubType, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Issue Sub-Type (2-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param issueSubType at most 2 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public StockDirectoryEncoder issueSubType(final CharSequence issueSubType) {
        Itch50.putAlpha(buffer, offset + ISSUE_SUB_TYPE_OFFSET, issueSubType, 2);
        return this;
    }

    /**
     * Writes Authenticity (1-byte alpha).
     *
     * @param authenticity the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder authenticity(final byte authenticity) {
        buffer.putByte(offset + AUTHENTICITY_OFFSET, authenticity);
        return this;
    }

    /**
     * Writes Short Sale Threshold Indicator (1-byte alpha).
     *
     * @param shortSaleThresholdIndicator the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder shortSaleThresholdIndicator(final byte shortSaleThresholdIndicator) {
        buffer.putByte(offset + SHORT_SALE_THRESHOLD_INDICATOR_OFFSET, shortSaleThresholdIndicator);
        return this;
    }

    /**
     * Writes IPO Flag (1-byte alpha).
     *
     * @param ipoFlag the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder ipoFlag(final byte ipoFlag) {
        buffer.putByte(offset + IPO_FLAG_OFFSET, ipoFlag);
        return this;
    }

    /**
     * Writes LULD Reference Price Tier (1-byte alpha).
     *
     * @param luldReferencePriceTier the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder luldReferencePriceTier(final byte luldReferencePriceTier) {
        buffer.putByte(offset + LULD_REFERENCE_PRICE_TIER_OFFSET, luldReferencePriceTier);
        return this;
    }

    /**
     * Writes ETP Flag (1-byte alpha).
     *
     * @param etpFlag the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder etpFlag(final byte etpFlag) {
        buffer.putByte(offset + ETP_FLAG_OFFSET, etpFlag);
        return this;
    }

    /**
     * Writes ETP Leverage Factor (4-byte integer).
     *
     * @param etpLeverageFactor 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public StockDirectoryEncoder etpLeverageFactor(final long etpLeverageFactor) {
        buffer.putInt(offset + ETP_LEVERAGE_FACTOR_OFFSET, (int) etpLeverageFactor, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Inverse Indicator (1-byte alpha).
     *
     * @param inverseIndicator the ASCII byte.
     * @return this encoder.
     */
    public StockDirectoryEncoder inverseIndicator(final byte inverseIndicator) {
        buffer.putByte(offset + INVERSE_INDICATOR_OFFSET, inverseIndicator);
        return this;
    }
}
