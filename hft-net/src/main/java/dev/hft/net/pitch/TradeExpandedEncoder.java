package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Trade (expanded form) message, type {@code 0x30} (spec §4.5), in place; the layout is in
 * {@link TradeExpandedDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class TradeExpandedEncoder {
    /** Message Type byte. */
    public static final int TYPE = TradeExpandedDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = TradeExpandedDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public TradeExpandedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public TradeExpandedEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + TradeExpandedDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: obfuscated or real order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public TradeExpandedEncoder orderId(final long orderId) {
        buffer.putLong(offset + TradeExpandedDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: always 'B'.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public TradeExpandedEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + TradeExpandedDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares executed.
     *
     * @param quantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public TradeExpandedEncoder quantity(final long quantity) {
        buffer.putInt(offset + TradeExpandedDecoder.QUANTITY_OFFSET, (int) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public TradeExpandedEncoder symbol(final long symbol) {
        buffer.putLong(offset + TradeExpandedDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Price: execution price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public TradeExpandedEncoder price(final long price) {
        buffer.putLong(offset + TradeExpandedDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Execution Id: day-unique execution id.
     *
     * @param executionId the 64 bits to send.
     * @return this encoder.
     */
    public TradeExpandedEncoder executionId(final long executionId) {
        buffer.putLong(offset + TradeExpandedDecoder.EXECUTION_ID_OFFSET, executionId, LITTLE_ENDIAN);
        return this;
    }
}
