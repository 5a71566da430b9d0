package dev.hft.net.ouch;

import static dev.hft.net.ouch.OrderExecutedDecoder.APPENDAGE_LENGTH_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.LIQUIDITY_FLAG_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.MATCH_NUMBER_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.PRICE_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.QUANTITY_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.OrderExecutedDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Order Executed message ({@code 'E'}, venue to client) in place; the layout is in {@link
 * OrderExecutedDecoder}. {@link #wrap} writes the type byte and a zero Appendage Length; options are added through
 * {@link #appendage()} and each setter writes its field, so a field never set keeps whatever the buffer held. Integer
 * setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class OrderExecutedEncoder {
    /** Message type byte, {@code 'E'}. */
    public static final byte TYPE = OrderExecutedDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = OrderExecutedDecoder.LENGTH;

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
    public OrderExecutedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public OrderExecutedEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public OrderExecutedEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Quantity.
     *
     * @param quantity 0 to 4294967295.
     * @return this encoder.
     */
    public OrderExecutedEncoder quantity(final long quantity) {
        buffer.putInt(offset + QUANTITY_OFFSET, (int) quantity, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Price.
     *
     * @param price the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public OrderExecutedEncoder price(final long price) {
        buffer.putLong(offset + PRICE_OFFSET, price, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Liquidity Flag.
     *
     * @param liquidityFlag the ASCII code.
     * @return this encoder.
     */
    public OrderExecutedEncoder liquidityFlag(final byte liquidityFlag) {
        buffer.putByte(offset + LIQUIDITY_FLAG_OFFSET, liquidityFlag);
        return this;
    }

    /**
     * Writes Match Number.
     *
     * @param matchNumber the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     * @return this encoder.
     */
    public OrderExecutedEncoder matchNumber(final long matchNumber) {
        buffer.putLong(offset + MATCH_NUMBER_OFFSET, matchNumber, BIG_ENDIAN);
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
