package dev.hft.net.ouch;

import static dev.hft.net.ouch.OrderPriorityUpdateDecoder.DISPLAY_OFFSET;
import static dev.hft.net.ouch.OrderPriorityUpdateDecoder.ORDER_REFERENCE_NUMBER_OFFSET;
import static dev.hft.net.ouch.OrderPriorityUpdateDecoder.PRICE_OFFSET;
import static dev.hft.net.ouch.OrderPriorityUpdateDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.OrderPriorityUpdateDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Order Priority Update message ({@code 'T'}, venue to client) in place; the layout is in {@link
 * OrderPriorityUpdateDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderPriorityUpdateEncoder {
    /** Message type byte, {@code 'T'}. */
    public static final byte TYPE = OrderPriorityUpdateDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = OrderPriorityUpdateDecoder.LENGTH;

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
    public OrderPriorityUpdateEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderPriorityUpdateEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public OrderPriorityUpdateEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Price.
     *
     * @param price the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public OrderPriorityUpdateEncoder price(final long price) {
        buffer.putLong(offset + PRICE_OFFSET, price, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Display.
     *
     * @param display the ASCII code.
     * @return this encoder.
     */
    public OrderPriorityUpdateEncoder display(final byte display) {
        buffer.putByte(offset + DISPLAY_OFFSET, display);
        return this;
    }

    /**
     * Writes Order Reference Number.
     *
     * @param orderReferenceNumber the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     * @return this encoder.
     */
    public OrderPriorityUpdateEncoder orderReferenceNumber(final long orderReferenceNumber) {
        buffer.putLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, orderReferenceNumber, BIG_ENDIAN);
        return this;
    }
}
