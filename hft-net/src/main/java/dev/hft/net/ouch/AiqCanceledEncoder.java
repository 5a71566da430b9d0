package dev.hft.net.ouch;

import static dev.hft.net.ouch.AiqCanceledDecoder.DECREMENT_SHARES_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.EXECUTION_PRICE_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.LIQUIDITY_FLAG_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.QUANTITY_PREVENTED_FROM_TRADING_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.REASON_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.AiqCanceledDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 AIQ Canceled message ({@code 'D'}, venue to client) in place; the layout is in {@link
 * AiqCanceledDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class AiqCanceledEncoder {
    /** Message type byte, {@code 'D'}. */
    public static final byte TYPE = AiqCanceledDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = AiqCanceledDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public AiqCanceledEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH}.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public AiqCanceledEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public AiqCanceledEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Decrement Shares.
     *
     * @param decrementShares 0 to 4294967295.
     * @return this encoder.
     */
    public AiqCanceledEncoder decrementShares(final long decrementShares) {
        buffer.putInt(offset + DECREMENT_SHARES_OFFSET, (int) decrementShares, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Reason.
     *
     * @param reason the ASCII code.
     * @return this encoder.
     */
    public AiqCanceledEncoder reason(final byte reason) {
        buffer.putByte(offset + REASON_OFFSET, reason);
        return this;
    }

    /**
     * Writes Quantity Prevented from Trading.
     *
     * @param quantityPreventedFromTrading 0 to 4294967295.
     * @return this encoder.
     */
    public AiqCanceledEncoder quantityPreventedFromTrading(final long quantityPreventedFromTrading) {
        buffer.putInt(offset + QUANTITY_PREVENTED_FROM_TRADING_OFFSET, (int) quantityPreventedFromTrading, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Execution Price.
     *
     * @param executionPrice the signed value, 4 implied decimals.
     * @return this encoder.
     */
    public AiqCanceledEncoder executionPrice(final long executionPrice) {
        buffer.putLong(offset + EXECUTION_PRICE_OFFSET, executionPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Liquidity Flag.
     *
     * @param liquidityFlag the ASCII code.
     * @return this encoder.
     */
    public AiqCanceledEncoder liquidityFlag(final byte liquidityFlag) {
        buffer.putByte(offset + LIQUIDITY_FLAG_OFFSET, liquidityFlag);
        return this;
    }
}
