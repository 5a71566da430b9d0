package dev.hft.net.itch;

import static dev.hft.net.itch.BrokenTradeDecoder.MATCH_NUMBER_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Broken Trade / Order Execution message ({@code 'B'}, spec section 1.5.3) in place; the layout is in
 * {@link BrokenTradeDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class BrokenTradeEncoder {
    /** Message type byte, {@code 'B'}. */
    public static final byte TYPE = BrokenTradeDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = BrokenTradeDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public BrokenTradeEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public BrokenTradeEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public BrokenTradeEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public BrokenTradeEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Match Number (8-byte integer).
     *
     * @param matchNumber the unsigned 64-bit value.
     * @return this encoder.
     */
    public BrokenTradeEncoder matchNumber(final long matchNumber) {
        buffer.putLong(offset + MATCH_NUMBER_OFFSET, matchNumber, BIG_ENDIAN);
        return this;
    }
}
