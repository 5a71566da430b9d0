package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Reduce Size (short form) message, type {@code 0x26} (spec §4.4.3), in place; the layout is in
 * {@link ReduceSizeShortDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class ReduceSizeShortEncoder {
    /** Message Type byte. */
    public static final int TYPE = ReduceSizeShortDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = ReduceSizeShortDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public ReduceSizeShortEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + Pitch.MESSAGE_LENGTH_OFFSET, (byte) LENGTH);
        buffer.putByte(offset + Pitch.MESSAGE_TYPE_OFFSET, (byte) TYPE);
        return this;
    }

    /**
     * Writes Time Offset: ns after the unit's last Time message.
     *
     * @param timeOffset 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public ReduceSizeShortEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + ReduceSizeShortDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: the reduced order.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public ReduceSizeShortEncoder orderId(final long orderId) {
        buffer.putLong(offset + ReduceSizeShortDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Canceled Quantity: shares cancelled.
     *
     * @param canceledQuantity 0 to 65,535 (the low 16 bits are written).
     * @return this encoder.
     */
    public ReduceSizeShortEncoder canceledQuantity(final int canceledQuantity) {
        buffer.putShort(offset + ReduceSizeShortDecoder.CANCELED_QUANTITY_OFFSET, (short) canceledQuantity,
            LITTLE_ENDIAN);
        return this;
    }
}
