package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Trade (short form) message, type {@code 0x2B} (spec §4.5), in place; the layout is in
 * {@link TradeShortDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field and
 * returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable bytes.
 */
public final class TradeShortEncoder {
    /** Message Type byte. */
    public static final int TYPE = TradeShortDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = TradeShortDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public TradeShortEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public TradeShortEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + TradeShortDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: obfuscated or real order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public TradeShortEncoder orderId(final long orderId) {
        buffer.putLong(offset + TradeShortDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: always 'B'.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public TradeShortEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + TradeShortDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares executed.
     *
     * @param quantity 0 to 65,535 (the low 16 bits are written).
     * @return this encoder.
     */
    public TradeShortEncoder quantity(final int quantity) {
        buffer.putShort(offset + TradeShortDecoder.QUANTITY_OFFSET, (short) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol} of at most 6 characters (the first 6 are written).
     * @return this encoder.
     */
    public TradeShortEncoder symbol(final long symbol) {
        Pitch.writeSymbol6(buffer, offset + TradeShortDecoder.SYMBOL_OFFSET, symbol);
        return this;
    }

    /**
     * Writes Price: execution price.
     *
     * @param price the raw Binary Short Price ({@value Pitch#SHORT_PRICE_DECIMALS} implied decimals, 0 to 65,535).
     * @return this encoder.
     */
    public TradeShortEncoder price(final int price) {
        buffer.putShort(offset + TradeShortDecoder.PRICE_OFFSET, (short) price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Execution Id: day-unique execution id.
     *
     * @param executionId the 64 bits to send.
     * @return this encoder.
     */
    public TradeShortEncoder executionId(final long executionId) {
        buffer.putLong(offset + TradeShortDecoder.EXECUTION_ID_OFFSET, executionId, LITTLE_ENDIAN);
        return this;
    }
}
