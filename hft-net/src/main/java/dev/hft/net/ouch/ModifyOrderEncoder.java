package dev.hft.net.ouch;

import static dev.hft.net.ouch.ModifyOrderDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.ModifyOrderDecoder.SIDE_OFFSET;
import static dev.hft.net.ouch.ModifyOrderDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Modify Order message ({@code 'M'}, client to venue) in place; the layout is in {@link
 * ModifyOrderDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class ModifyOrderEncoder {
    /** Message type byte, {@code 'M'}. */
    public static final byte TYPE = ModifyOrderDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = ModifyOrderDecoder.LENGTH;

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
    public ModifyOrderEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public ModifyOrderEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Side.
     *
     * @param side the ASCII code.
     * @return this encoder.
     */
    public ModifyOrderEncoder side(final byte side) {
        buffer.putByte(offset + SIDE_OFFSET, side);
        return this;
    }

    /**
     * Writes Quantity.
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public ModifyOrderEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }
}
