package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Add Order (long form) message, type {@code 0x21} (spec §4.3), in place; the layout is in
 * {@link AddOrderLongDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field and
 * returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable bytes.
 */
public final class AddOrderLongEncoder {
    /** Message Type byte. */
    public static final int TYPE = AddOrderLongDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = AddOrderLongDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public AddOrderLongEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AddOrderLongEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + AddOrderLongDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: day-unique order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public AddOrderLongEncoder orderId(final long orderId) {
        buffer.putLong(offset + AddOrderLongDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: 'B' buy, 'S' sell.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public AddOrderLongEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + AddOrderLongDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares added.
     *
     * @param quantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AddOrderLongEncoder quantity(final long quantity) {
        buffer.putInt(offset + AddOrderLongDecoder.QUANTITY_OFFSET, (int) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol} of at most 6 characters (the first 6 are written).
     * @return this encoder.
     */
    public AddOrderLongEncoder symbol(final long symbol) {
        Pitch.writeSymbol6(buffer, offset + AddOrderLongDecoder.SYMBOL_OFFSET, symbol);
        return this;
    }

    /**
     * Writes Price: limit price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AddOrderLongEncoder price(final long price) {
        buffer.putLong(offset + AddOrderLongDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Add Flags: bit 0 display (reserved, set, in later 2.41 revisions).
     *
     * @param addFlags the bit field, 0 to 255.
     * @return this encoder.
     */
    public AddOrderLongEncoder addFlags(final int addFlags) {
        buffer.putByte(offset + AddOrderLongDecoder.ADD_FLAGS_OFFSET, (byte) addFlags);
        return this;
    }
}
