package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Add Order (short form) message, type {@code 0x22} (spec §4.3), in place; the layout is in
 * {@link AddOrderShortDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class AddOrderShortEncoder {
    /** Message Type byte. */
    public static final int TYPE = AddOrderShortDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = AddOrderShortDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public AddOrderShortEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AddOrderShortEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + AddOrderShortDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: day-unique order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public AddOrderShortEncoder orderId(final long orderId) {
        buffer.putLong(offset + AddOrderShortDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: 'B' buy, 'S' sell.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public AddOrderShortEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + AddOrderShortDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares added.
     *
     * @param quantity 0 to 65,535 (the low 16 bits are written).
     * @return this encoder.
     */
    public AddOrderShortEncoder quantity(final int quantity) {
        buffer.putShort(offset + AddOrderShortDecoder.QUANTITY_OFFSET, (short) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol} of at most 6 characters (the first 6 are written).
     * @return this encoder.
     */
    public AddOrderShortEncoder symbol(final long symbol) {
        Pitch.writeSymbol6(buffer, offset + AddOrderShortDecoder.SYMBOL_OFFSET, symbol);
        return this;
    }

    /**
     * Writes Price: limit price.
     *
     * @param price the raw Binary Short Price ({@value Pitch#SHORT_PRICE_DECIMALS} implied decimals, 0 to 65,535).
     * @return this encoder.
     */
    public AddOrderShortEncoder price(final int price) {
        buffer.putShort(offset + AddOrderShortDecoder.PRICE_OFFSET, (short) price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Add Flags: bit 0 display (reserved, set, in later 2.41 revisions).
     *
     * @param addFlags the bit field, 0 to 255.
     * @return this encoder.
     */
    public AddOrderShortEncoder addFlags(final int addFlags) {
        buffer.putByte(offset + AddOrderShortDecoder.ADD_FLAGS_OFFSET, (byte) addFlags);
        return this;
    }
}
