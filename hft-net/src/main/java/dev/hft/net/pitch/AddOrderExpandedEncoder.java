package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Add Order (expanded form) message, type {@code 0x2F} (spec §4.3), in place; the layout is in
 * {@link AddOrderExpandedDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class AddOrderExpandedEncoder {
    /** Message Type byte. */
    public static final int TYPE = AddOrderExpandedDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = AddOrderExpandedDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AddOrderExpandedEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + AddOrderExpandedDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: day-unique order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder orderId(final long orderId) {
        buffer.putLong(offset + AddOrderExpandedDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: 'B' buy, 'S' sell.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + AddOrderExpandedDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares added.
     *
     * @param quantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AddOrderExpandedEncoder quantity(final long quantity) {
        buffer.putInt(offset + AddOrderExpandedDecoder.QUANTITY_OFFSET, (int) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder symbol(final long symbol) {
        buffer.putLong(offset + AddOrderExpandedDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Price: limit price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AddOrderExpandedEncoder price(final long price) {
        buffer.putLong(offset + AddOrderExpandedDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Add Flags: bit 0 display (reserved, set, in later 2.41 revisions).
     *
     * @param addFlags the bit field, 0 to 255.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder addFlags(final int addFlags) {
        buffer.putByte(offset + AddOrderExpandedDecoder.ADD_FLAGS_OFFSET, (byte) addFlags);
        return this;
    }

    /**
     * Writes Participant ID: MPID, "RTAL" or spaces.
     *
     * @param participantId a value from {@link Pitch#packParticipantId}.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder participantId(final int participantId) {
        buffer.putInt(offset + AddOrderExpandedDecoder.PARTICIPANT_ID_OFFSET, participantId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Customer Indicator: options only; space on equities.
     *
     * @param customerIndicator an ASCII byte.
     * @return this encoder.
     */
    public AddOrderExpandedEncoder customerIndicator(final byte customerIndicator) {
        buffer.putByte(offset + AddOrderExpandedDecoder.CUSTOMER_INDICATOR_OFFSET, customerIndicator);
        return this;
    }
}
