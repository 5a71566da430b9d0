package dev.hft.net.itch;

import static dev.hft.net.itch.StockTradingActionDecoder.REASON_OFFSET;
import static dev.hft.net.itch.StockTradingActionDecoder.RESERVED_OFFSET;
import static dev.hft.net.itch.StockTradingActionDecoder.STOCK_OFFSET;
import static dev.hft.net.itch.StockTradingActionDecoder.TRADING_STATE_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Stock Trading Action message ({@code 'H'}, spec section 1.2.2) in place; the layout is in
 * {@link StockTradingActionDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field
 * never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not
 * thread-safe.
 */
public final class StockTradingActionEncoder {
    /** Message type byte, {@code 'H'}. */
    public static final byte TYPE = StockTradingActionDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = StockTradingActionDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public StockTradingActionEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * Writes Stock Locate.
     *
     * @param stockLocate 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public StockTradingActionEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public StockTradingActionEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public StockTradingActionEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link StockTradingActionDecoder#stock()} returns them.
     * @return this encoder.
     */
    public StockTradingActionEncoder stock(final long stock) {
        buffer.putLong(offset + STOCK_OFFSET, stock, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param stock at most 8 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public StockTradingActionEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Trading State (1-byte alpha).
     *
     * @param tradingState the ASCII byte.
     * @return this encoder.
     */
    public StockTradingActionEncoder tradingState(final byte tradingState) {
        buffer.putByte(offset + TRADING_STATE_OFFSET, tradingState);
        return this;
    }

    /**
     * Writes Reserved (1-byte alpha).
     *
     * @param reserved the ASCII byte.
     * @return this encoder.
     */
    public StockTradingActionEncoder reserved(final byte reserved) {
        buffer.putByte(offset + RESERVED_OFFSET, reserved);
        return this;
    }

    /**
     * Writes Reason (4-byte alpha) from its packed form.
     *
     * @param reason the 4 ASCII bytes packed big-endian, as {@link StockTradingActionDecoder#reason()} returns them.
     * @return this encoder.
     */
    public StockTradingActionEncoder reason(final int reason) {
        buffer.putInt(offset + REASON_OFFSET, reason, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Reason (4-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param reason at most 4 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public StockTradingActionEncoder reason(final CharSequence reason) {
        Itch50.putAlpha(buffer, offset + REASON_OFFSET, reason, 4);
        return this;
    }
}
