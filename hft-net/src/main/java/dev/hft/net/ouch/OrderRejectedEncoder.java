package dev.hft.net.ouch;

import static dev.hft.net.ouch.OrderRejectedDecoder.CL_ORD_ID_OFFSET;
import static dev.hft.net.ouch.OrderRejectedDecoder.REASON_OFFSET;
import static dev.hft.net.ouch.OrderRejectedDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.OrderRejectedDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Order Rejected message ({@code 'J'}, venue to client) in place; the layout is in {@link
 * OrderRejectedDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set
 * keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderRejectedEncoder {
    /** Message type byte, {@code 'J'}. */
    public static final byte TYPE = OrderRejectedDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = OrderRejectedDecoder.LENGTH;

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
    public OrderRejectedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public OrderRejectedEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public OrderRejectedEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Reason.
     *
     * @param reason 0 to 65535.
     * @return this encoder.
     */
    public OrderRejectedEncoder reason(final int reason) {
        buffer.putShort(offset + REASON_OFFSET, (short) reason, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes ClOrdID from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 14 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public OrderRejectedEncoder clOrdId(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + CL_ORD_ID_OFFSET, text, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Writes ClOrdID as a left-justified decimal number padded with spaces (no allocation).
     *
     * @param number 0 to 99,999,999,999,999.
     * @return this encoder.
     * @throws IllegalArgumentException if the number is negative or has more than 14 digits.
     */
    public OrderRejectedEncoder clOrdIdNumber(final long number) {
        Ouch50.putNumber(buffer, offset + CL_ORD_ID_OFFSET, number, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Copies ClOrdID from 14 bytes of another buffer (e.g. a decoded message).
     *
     * @param src       the bytes.
     * @param srcOffset where the 14 bytes start.
     * @return this encoder.
     */
    public OrderRejectedEncoder clOrdId(final DirectBuffer src, final int srcOffset) {
        buffer.putBytes(offset + CL_ORD_ID_OFFSET, src, srcOffset, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }
}
