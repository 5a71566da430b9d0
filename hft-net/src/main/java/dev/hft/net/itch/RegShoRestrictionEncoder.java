package dev.hft.net.itch;

import static dev.hft.net.itch.RegShoRestrictionDecoder.REG_SHO_ACTION_OFFSET;
import static dev.hft.net.itch.RegShoRestrictionDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Reg SHO Short Sale Price Test Restricted Indicator message ({@code 'Y'}, spec section 1.2.3) in place;
 * the layout is in {@link RegShoRestrictionDecoder}. {@link #wrap} writes the type byte and each setter writes its
 * field, so a field never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their
 * argument. Not thread-safe.
 */
public final class RegShoRestrictionEncoder {
    /** Message type byte, {@code 'Y'}. */
    public static final byte TYPE = RegShoRestrictionDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = RegShoRestrictionDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public RegShoRestrictionEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public RegShoRestrictionEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public RegShoRestrictionEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public RegShoRestrictionEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link RegShoRestrictionDecoder#stock()} returns them.
     * @return this encoder.
     */
    public RegShoRestrictionEncoder stock(final long stock) {
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
    public RegShoRestrictionEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Reg SHO Action (1-byte alpha).
     *
     * @param regShoAction the ASCII byte.
     * @return this encoder.
     */
    public RegShoRestrictionEncoder regShoAction(final byte regShoAction) {
        buffer.putByte(offset + REG_SHO_ACTION_OFFSET, regShoAction);
        return this;
    }
}
