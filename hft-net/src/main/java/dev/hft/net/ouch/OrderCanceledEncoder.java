package dev.hft.net.ouch;

import static dev.hft.net.ouch.OrderCanceledDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.OrderCanceledDecoder.REASON_OFFSET;
import static dev.hft.net.ouch.OrderCanceledDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.OrderCanceledDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Order Canceled message ({@code 'C'}, venue to client) in place; the layout is in {@link
 * OrderCanceledDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderCanceledEncoder {
    /** Message type byte, {@code 'C'}. */
    public static final byte TYPE = OrderCanceledDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = OrderCanceledDecoder.LENGTH;

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
    public OrderCanceledEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderCanceledEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public OrderCanceledEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Quantity (Decrement Shares).
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public OrderCanceledEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Reason.
     *
     * @param reason the ASCII code.
     * @return this encoder.
     */
    public OrderCanceledEncoder reason(final byte reason) {
        buffer.putByte(offset + REASON_OFFSET, reason);
        return this;
    }
}
