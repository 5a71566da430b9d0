package dev.hft.net.ouch;

import static dev.hft.net.ouch.CancelOrderDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.CancelOrderDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Cancel Order message ({@code 'X'}, client to venue) in place; the layout is in {@link
 * CancelOrderDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class CancelOrderEncoder {
    /** Message type byte, {@code 'X'}. */
    public static final byte TYPE = CancelOrderDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = CancelOrderDecoder.LENGTH;

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
    public CancelOrderEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public CancelOrderEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Quantity.
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public CancelOrderEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }
}
