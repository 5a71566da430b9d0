package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Retail Price Improvement message, type {@code 0x98} (spec §4.15), in place; the layout is in
 * {@link RetailPriceImprovementDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one
 * field and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH}
 * writable bytes.
 */
public final class RetailPriceImprovementEncoder {
    /** Message Type byte. */
    public static final int TYPE = RetailPriceImprovementDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = RetailPriceImprovementDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public RetailPriceImprovementEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public RetailPriceImprovementEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + RetailPriceImprovementDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public RetailPriceImprovementEncoder symbol(final long symbol) {
        buffer.putLong(offset + RetailPriceImprovementDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Retail Price Improvement: B buy, S sell, A both, N none.
     *
     * @param retailPriceImprovement an ASCII byte.
     * @return this encoder.
     */
    public RetailPriceImprovementEncoder retailPriceImprovement(final byte retailPriceImprovement) {
        buffer.putByte(offset + RetailPriceImprovementDecoder.RETAIL_PRICE_IMPROVEMENT_OFFSET, retailPriceImprovement);
        return this;
    }
}
