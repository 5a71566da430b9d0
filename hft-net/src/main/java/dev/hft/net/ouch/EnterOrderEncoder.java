package dev.hft.net.ouch;

import static dev.hft.net.ouch.EnterOrderDecoder.APPENDAGE_LENGTH_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.CAPACITY_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.CL_ORD_ID_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.CROSS_TYPE_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.DISPLAY_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.PRICE_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.SIDE_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.SYMBOL_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.TIME_IN_FORCE_OFFSET;
import static dev.hft.net.ouch.EnterOrderDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Enter Order message ({@code 'O'}, client to venue) in place; the layout is in {@link
 * EnterOrderDecoder}. {@link #wrap} writes the type byte and a zero Appendage Length; options are added through {@link
 * #appendage()} and each setter writes its field, so a field never set keeps whatever the buffer held. Integer setters
 * write the low-order bytes of their argument. Not thread-safe.
 */
public final class EnterOrderEncoder {
    /** Message type byte, {@code 'O'}. */
    public static final byte TYPE = EnterOrderDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = EnterOrderDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;
    private final OuchAppendageEncoder appendage = new OuchAppendageEncoder();

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte and a zero Appendage Length.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public EnterOrderEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        buffer.putShort(offset + APPENDAGE_LENGTH_OFFSET, (short) 0, BIG_ENDIAN);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH} plus the options appended.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH + (buffer.getShort(offset + APPENDAGE_LENGTH_OFFSET, BIG_ENDIAN) & 0xFFFF);
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public EnterOrderEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Side.
     *
     * @param side the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder side(final byte side) {
        buffer.putByte(offset + SIDE_OFFSET, side);
        return this;
    }

    /**
     * Writes Quantity.
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public EnterOrderEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol.
     *
     * @param symbol the 8 bytes packed big-endian (see {@link Ouch50#packSymbol}).
     * @return this encoder.
     */
    public EnterOrderEncoder symbol(final long symbol) {
        buffer.putLong(offset + SYMBOL_OFFSET, symbol, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 8 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public EnterOrderEncoder symbol(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + SYMBOL_OFFSET, text, Ouch50.SYMBOL_LENGTH);
        return this;
    }

    /**
     * Writes Price.
     *
     * @param price the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public EnterOrderEncoder price(final long price) {
        buffer.putLong(offset + PRICE_OFFSET, price, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Time in Force.
     *
     * @param timeInForce the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder timeInForce(final byte timeInForce) {
        buffer.putByte(offset + TIME_IN_FORCE_OFFSET, timeInForce);
        return this;
    }

    /**
     * Writes Display.
     *
     * @param display the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder display(final byte display) {
        buffer.putByte(offset + DISPLAY_OFFSET, display);
        return this;
    }

    /**
     * Writes Capacity.
     *
     * @param capacity the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder capacity(final byte capacity) {
        buffer.putByte(offset + CAPACITY_OFFSET, capacity);
        return this;
    }

    /**
     * Writes Intermarket Sweep Eligibility.
     *
     * @param interMarketSweepEligibility the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder interMarketSweepEligibility(final byte interMarketSweepEligibility) {
        buffer.putByte(offset + INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET, interMarketSweepEligibility);
        return this;
    }

    /**
     * Writes Cross Type.
     *
     * @param crossType the ASCII code.
     * @return this encoder.
     */
    public EnterOrderEncoder crossType(final byte crossType) {
        buffer.putByte(offset + CROSS_TYPE_OFFSET, crossType);
        return this;
    }

    /**
     * Writes ClOrdID from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 14 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public EnterOrderEncoder clOrdId(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + CL_ORD_ID_OFFSET, text, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Writes ClOrdID as a left-justified decimal number padded with spaces (no allocation).
     *
     * @param number 0 to 99,999,999,999,999.
     * @return this encoder.
     * @throws IllegalArgumentException if the number is negative or has more than 14 digits.
     */
    public EnterOrderEncoder clOrdIdNumber(final long number) {
        Ouch50.putNumber(buffer, offset + CL_ORD_ID_OFFSET, number, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Copies ClOrdID from 14 bytes of another buffer (e.g. a decoded message).
     *
     * @param src       the bytes.
     * @param srcOffset where the 14 bytes start.
     * @return this encoder.
     */
    public EnterOrderEncoder clOrdId(final DirectBuffer src, final int srcOffset) {
        buffer.putBytes(offset + CL_ORD_ID_OFFSET, src, srcOffset, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * The appendage: each option added through it is written after the options already there and counted in the
     * Appendage Length (the encoder is this flyweight's own, made once).
     *
     * @return the appendage encoder.
     */
    public OuchAppendageEncoder appendage() {
        return appendage.wrap(buffer, offset + APPENDAGE_LENGTH_OFFSET);
    }
}
