package dev.hft.net.ouch;

import static dev.hft.net.ouch.OrderModifiedDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.OrderModifiedDecoder.SIDE_OFFSET;
import static dev.hft.net.ouch.OrderModifiedDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.OrderModifiedDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Order Modified message ({@code 'M'}, venue to client) in place; the layout is in {@link
 * OrderModifiedDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderModifiedEncoder {
    /** Message type byte, {@code 'M'}. */
    public static final byte TYPE = OrderModifiedDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = OrderModifiedDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public OrderModifiedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH}.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public OrderModifiedEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public OrderModifiedEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Side.
     *
     * @param side the ASCII code.
     * @return this encoder.
     */
    public OrderModifiedEncoder side(final byte side) {
        buffer.putByte(offset + SIDE_OFFSET, side);
        return this;
    }

    /**
     * Writes Quantity.
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public OrderModifiedEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }
}
