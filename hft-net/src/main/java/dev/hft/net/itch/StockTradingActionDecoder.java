package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Stock Trading Action message ({@code 'H'}, spec section 1.2.2): the trading state of a security changed
 * (halted, paused, quotation only, trading). A flyweight: {@link #wrap} points it at the bytes and each getter reads
 * its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('H')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  alpha     Stock
 *     19       1  alpha     Trading State
 *     20       1  alpha     Reserved
 *     21       4  alpha     Reason
 *     25                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class StockTradingActionDecoder {
    /** Message type byte, {@code 'H'}. */
    public static final byte TYPE = 'H';
    /** Message length in bytes (spec section 1.2.2). */
    public static final int LENGTH = 25;
    /** Offset of Stock (8-byte alpha), spec section 1.2.2. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of Trading State (1-byte alpha), spec section 1.2.2. */
    public static final int TRADING_STATE_OFFSET = 19;
    /** Offset of Reserved (1-byte alpha), spec section 1.2.2. */
    public static final int RESERVED_OFFSET = 20;
    /** Offset of Reason (4-byte alpha), spec section 1.2.2. */
    public static final int REASON_OFFSET = 21;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public StockTradingActionDecoder wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The buffer this flyweight reads.
     *
     * @return the buffer, or {@code null} before the first {@link #wrap}.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where the message starts in {@link #buffer()}.
     *
     * @return the offset of the type byte.
     */
    public int offset() {
        return offset;
    }

    /**
     * Stock Locate: the day's locate code of the security, 0 for messages about no security.
     *
     * @return 0 to 65535.
     */
    public int stockLocate() {
        return Itch50.stockLocate(buffer, offset);
    }

    /**
     * Tracking Number: Nasdaq internal tracking number.
     *
     * @return 0 to 65535.
     */
    public int trackingNumber() {
        return Itch50.trackingNumber(buffer, offset);
    }

    /**
     * Timestamp: when the message was generated.
     *
     * @return nanoseconds since midnight, 0 to 2^48 - 1.
     */
    public long timestamp() {
        return Itch50.timestamp(buffer, offset);
    }

    /**
     * Stock: security symbol, space-padded, as its 8 ASCII bytes packed big-endian (first character in the most
     * significant byte). A zero-allocation map key; {@link Itch50#packSymbol} and {@link Itch50#unpackSymbol} convert
     * at start-up.
     *
     * @return the packed bytes.
     */
    public long stock() {
        return buffer.getLong(offset + STOCK_OFFSET, BIG_ENDIAN);
    }

    /**
     * Copies Stock's 8 ASCII bytes into a caller-owned array (no allocation).
     *
     * @param dst receives them at indexes 0 to 7.
     */
    public void getStock(final byte[] dst) {
        buffer.getBytes(offset + STOCK_OFFSET, dst, 0, 8);
    }

    /**
     * Trading State: 'H' halted, 'P' paused, 'Q' quotation only, 'T' trading on Nasdaq.
     *
     * @return the ASCII byte.
     */
    public byte tradingState() {
        return buffer.getByte(offset + TRADING_STATE_OFFSET);
    }

    /**
     * Reserved: reserved.
     *
     * @return the ASCII byte.
     */
    public byte reserved() {
        return buffer.getByte(offset + RESERVED_OFFSET);
    }

    /**
     * Reason: trading action reason code (spec Appendix C), space-padded, as its 4 ASCII bytes packed big-endian (first
     * character in the most significant byte). {@link Itch50#packAlpha} and {@link Itch50#unpackAlpha} convert.
     *
     * @return the packed bytes.
     */
    public int reason() {
        return buffer.getInt(offset + REASON_OFFSET, BIG_ENDIAN);
    }

    /**
     * Copies Reason's 4 ASCII bytes into a caller-owned array (no allocation).
     *
     * @param dst receives them at indexes 0 to 3.
     */
    public void getReason(final byte[] dst) {
        buffer.getBytes(offset + REASON_OFFSET, dst, 0, 4);
    }

    @Override
    public String toString() {
        return buffer == null ? "StockTradingAction{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("StockTradingAction{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", tradingState=");
        Itch50.appendAlpha(sb, buffer, offset + TRADING_STATE_OFFSET, 1);
        sb.append(", reserved=");
        Itch50.appendAlpha(sb, buffer, offset + RESERVED_OFFSET, 1);
        sb.append(", reason=");
        Itch50.appendAlpha(sb, buffer, offset + REASON_OFFSET, 4);
        return sb.append('}');
    }
}
