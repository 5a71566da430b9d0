package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Trading Status message, type {@code 0x31} (spec §4.9), in place; the layout is in
 * {@link TradingStatusDecoder}. {@link #wrap} writes the Length and Message Type bytes and zeroes the reserved bytes;
 * each setter writes one field and returns this encoder. Nothing is checked and nothing allocated: the caller provides
 * {@link #LENGTH} writable bytes.
 */
public final class TradingStatusEncoder {
    /** Message Type byte. */
    public static final int TYPE = TradingStatusDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = TradingStatusDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes and zeroes the
     * reserved bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public TradingStatusEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + Pitch.MESSAGE_LENGTH_OFFSET, (byte) LENGTH);
        buffer.putByte(offset + Pitch.MESSAGE_TYPE_OFFSET, (byte) TYPE);
        buffer.putShort(offset + TradingStatusDecoder.RESERVED_OFFSET, (short) 0, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Time Offset: ns after the unit's last Time message.
     *
     * @param timeOffset 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public TradingStatusEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + TradingStatusDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public TradingStatusEncoder symbol(final long symbol) {
        buffer.putLong(offset + TradingStatusDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Trading Status: A queuing, H halted, Q quote-only, S suspended, T trading.
     *
     * @param tradingStatus an ASCII byte.
     * @return this encoder.
     */
    public TradingStatusEncoder tradingStatus(final byte tradingStatus) {
        buffer.putByte(offset + TradingStatusDecoder.TRADING_STATUS_OFFSET, tradingStatus);
        return this;
    }

    /**
     * Writes Reg SHO Action: '0' no price test, '1' Reg SHO price test in effect.
     *
     * @param regShoAction an ASCII byte.
     * @return this encoder.
     */
    public TradingStatusEncoder regShoAction(final byte regShoAction) {
        buffer.putByte(offset + TradingStatusDecoder.REG_SHO_ACTION_OFFSET, regShoAction);
        return this;
    }
}
