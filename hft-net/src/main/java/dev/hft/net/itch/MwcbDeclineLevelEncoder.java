package dev.hft.net.itch;

import static dev.hft.net.itch.MwcbDeclineLevelDecoder.LEVEL1_OFFSET;
import static dev.hft.net.itch.MwcbDeclineLevelDecoder.LEVEL2_OFFSET;
import static dev.hft.net.itch.MwcbDeclineLevelDecoder.LEVEL3_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the MWCB Decline Level message ({@code 'V'}, spec section 1.2.5.1) in place; the layout is in
 * {@link MwcbDeclineLevelDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field
 * never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not
 * thread-safe.
 */
public final class MwcbDeclineLevelEncoder {
    /** Message type byte, {@code 'V'}. */
    public static final byte TYPE = MwcbDeclineLevelDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = MwcbDeclineLevelDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public MwcbDeclineLevelEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Level 1 (8-byte Price(8)).
     *
     * @param level1 the unsigned 64-bit value.
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder level1(final long level1) {
        buffer.putLong(offset + LEVEL1_OFFSET, level1, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Level 2 (8-byte Price(8)).
     *
     * @param level2 the unsigned 64-bit value.
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder level2(final long level2) {
        buffer.putLong(offset + LEVEL2_OFFSET, level2, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Level 3 (8-byte Price(8)).
     *
     * @param level3 the unsigned 64-bit value.
     * @return this encoder.
     */
    public MwcbDeclineLevelEncoder level3(final long level3) {
        buffer.putLong(offset + LEVEL3_OFFSET, level3, BIG_ENDIAN);
        return this;
    }
}
