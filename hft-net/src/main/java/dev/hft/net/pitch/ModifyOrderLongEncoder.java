package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Modify Order (long form) message, type {@code 0x27} (spec §4.4.4), in place; the layout is in
 * {@link ModifyOrderLongDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class ModifyOrderLongEncoder {
    /** Message Type byte. */
    public static final int TYPE = ModifyOrderLongDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = ModifyOrderLongDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public ModifyOrderLongEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public ModifyOrderLongEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + ModifyOrderLongDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: the modified order.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public ModifyOrderLongEncoder orderId(final long orderId) {
        buffer.putLong(offset + ModifyOrderLongDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Quantity: shares after the modify.
     *
     * @param quantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public ModifyOrderLongEncoder quantity(final long quantity) {
        buffer.putInt(offset + ModifyOrderLongDecoder.QUANTITY_OFFSET, (int) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Price: limit price after the modify.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public ModifyOrderLongEncoder price(final long price) {
        buffer.putLong(offset + ModifyOrderLongDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Modify Flags: bit 0 display, bit 1 maintain priority.
     *
     * @param modifyFlags the bit field, 0 to 255.
     * @return this encoder.
     */
    public ModifyOrderLongEncoder modifyFlags(final int modifyFlags) {
        buffer.putByte(offset + ModifyOrderLongDecoder.MODIFY_FLAGS_OFFSET, (byte) modifyFlags);
        return this;
    }
}
