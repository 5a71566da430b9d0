package dev.hft.net.itch;

import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.LOWER_PRICE_RANGE_COLLAR_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.MAXIMUM_ALLOWABLE_PRICE_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.MINIMUM_ALLOWABLE_PRICE_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.NEAR_EXECUTION_PRICE_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.NEAR_EXECUTION_TIME_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.OPEN_ELIGIBILITY_STATUS_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.STOCK_OFFSET;
import static dev.hft.net.itch.DirectListingCapitalRaiseDecoder.UPPER_PRICE_RANGE_COLLAR_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Direct Listing with Capital Raise Price Discovery message ({@code 'O'}, spec section 1.8) in place; the
 * layout is in {@link DirectListingCapitalRaiseDecoder}. {@link #wrap} writes the type byte and each setter writes its
 * field, so a field never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their
 * argument. Not thread-safe.
 */
public final class DirectListingCapitalRaiseEncoder {
    /** Message type byte, {@code 'O'}. */
    public static final byte TYPE = DirectListingCapitalRaiseDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = DirectListingCapitalRaiseDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public DirectListingCapitalRaiseEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link DirectListingCapitalRaiseDecoder#stock()} returns
     * them.
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder stock(final long stock) {
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
    public DirectListingCapitalRaiseEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Open Eligibility Status (1-byte alpha).
     *
     * @param openEligibilityStatus the ASCII byte.
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder openEligibilityStatus(final byte openEligibilityStatus) {
        buffer.putByte(offset + OPEN_ELIGIBILITY_STATUS_OFFSET, openEligibilityStatus);
        return this;
    }

    /**
     * Writes Minimum Allowable Price (4-byte Price(4)).
     *
     * @param minimumAllowablePrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder minimumAllowablePrice(final long minimumAllowablePrice) {
        buffer.putInt(offset + MINIMUM_ALLOWABLE_PRICE_OFFSET, (int) minimumAllowablePrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Maximum Allowable Price (4-byte Price(4)).
     *
     * @param maximumAllowablePrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder maximumAllowablePrice(final long maximumAllowablePrice) {
        buffer.putInt(offset + MAXIMUM_ALLOWABLE_PRICE_OFFSET, (int) maximumAllowablePrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Near Execution Price (4-byte Price(4)).
     *
     * @param nearExecutionPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder nearExecutionPrice(final long nearExecutionPrice) {
        buffer.putInt(offset + NEAR_EXECUTION_PRICE_OFFSET, (int) nearExecutionPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Near Execution Time (8-byte integer).
     *
     * @param nearExecutionTime the unsigned 64-bit value.
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder nearExecutionTime(final long nearExecutionTime) {
        buffer.putLong(offset + NEAR_EXECUTION_TIME_OFFSET, nearExecutionTime, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Lower Price Range Collar (4-byte Price(4)).
     *
     * @param lowerPriceRangeCollar 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder lowerPriceRangeCollar(final long lowerPriceRangeCollar) {
        buffer.putInt(offset + LOWER_PRICE_RANGE_COLLAR_OFFSET, (int) lowerPriceRangeCollar, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Upper Price Range Collar (4-byte Price(4)).
     *
     * @param upperPriceRangeCollar 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public DirectListingCapitalRaiseEncoder upperPriceRangeCollar(final long upperPriceRangeCollar) {
        buffer.putInt(offset + UPPER_PRICE_RANGE_COLLAR_OFFSET, (int) upperPriceRangeCollar, BIG_ENDIAN);
        return this;
    }
}
