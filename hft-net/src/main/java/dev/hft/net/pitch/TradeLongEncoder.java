package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Trade (long form) message, type {@code 0x2A} (spec §4.5), in place; the layout is in
 * {@link TradeLongDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field and
 * returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable bytes.
 */
public final class TradeLongEncoder {
    /** Message Type byte. */
    public static final int TYPE = TradeLongDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = TradeLongDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public TradeLongEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public TradeLongEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + TradeLongDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Order Id: obfuscated or real order id.
     *
     * @param orderId the 64 bits to send.
     * @return this encoder.
     */
    public TradeLongEncoder orderId(final long orderId) {
        buffer.putLong(offset + TradeLongDecoder.ORDER_ID_OFFSET, orderId, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Side Indicator: always 'B'.
     *
     * @param sideIndicator an ASCII byte.
     * @return this encoder.
     */
    public TradeLongEncoder sideIndicator(final byte sideIndicator) {
        buffer.putByte(offset + TradeLongDecoder.SIDE_INDICATOR_OFFSET, sideIndicator);
        return this;
    }

    /**
     * Writes Quantity: shares executed.
     *
     * @param quantity 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public TradeLongEncoder quantity(final long quantity) {
        buffer.putInt(offset + TradeLongDecoder.QUANTITY_OFFSET, (int) quantity, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol} of at most 6 characters (the first 6 are written).
     * @return this encoder.
     */
    public TradeLongEncoder symbol(final long symbol) {
        Pitch.writeSymbol6(buffer, offset + TradeLongDecoder.SYMBOL_OFFSET, symbol);
        return this;
    }

    /**
     * Writes Price: execution price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public TradeLongEncoder price(final long price) {
        buffer.putLong(offset + TradeLongDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Execution Id: day-unique execution id.
     *
     * @param executionId the 64 bits to send.
     * @return this encoder.
     */
    public TradeLongEncoder executionId(final long executionId) {
        buffer.putLong(offset + TradeLongDecoder.EXECUTION_ID_OFFSET, executionId, LITTLE_ENDIAN);
        return this;
    }
}
