package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Modify Order (short form) message, type {@code 0x28} (spec §4.4.4), in place; the layout is in
 * {@link ModifyOrderShortDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class ModifyOrderShortEncoder {
    /** Message Type byte. */
    public static final int TYPE = ModifyOrderShortDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = ModifyOrderShortDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public ModifyOrderShortEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public ModifyOrderShortEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + ModifyOrderShortDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: the modified order.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public ModifyOrderShortEncoder orderId(final long orderId) {
        buffer.putLong(offset + ModifyOrderShortDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Quantity: shares after the modify.
     *
     * @param quantity 0 to 65,535 (the low 16 bits are written).
     * @return this encoder.
     */
    public ModifyOrderShortEncoder quantity(final int quantity) {
        buffer.putShort(offset + ModifyOrderShortDecoder.QUANTITY_OFFSET, (short) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Price: limit price after the modify.
     *
     * @param price the raw Binary Short Price ({@value Pitch#SHORT_PRICE_DECIMALS} implied decimals, 0 to 65,535).
     * @return this encoder.
     */
    public ModifyOrderShortEncoder price(final int price) {
        buffer.putShort(offset + ModifyOrderShortDecoder.PRICE_OFFSET, (short) price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Modify Flags: bit 0 display, bit 1 maintain priority.
     *
     * @param modifyFlags the bit field, 0 to 255.
     * @return this encoder.
     */
    public ModifyOrderShortEncoder modifyFlags(final int modifyFlags) {
        buffer.putByte(offset + ModifyOrderShortDecoder.MODIFY_FLAGS_OFFSET, (byte) modifyFlags);
        return this;
    }
}
