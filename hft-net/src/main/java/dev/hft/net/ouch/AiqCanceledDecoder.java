package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 AIQ Canceled message ({@code 'D'}, venue to client): reports shares canceled by
 * anti-internalization (self-match prevention). A flyweight: {@link #wrap} points it at the bytes and each getter reads
 * its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('D')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13       4  integer   Decrement Shares
 *     17       1  alpha     Reason
 *     18       4  integer   Quantity Prevented From Trading
 *     22       8  price     Execution Price
 *     30       1  alpha     Liquidity Flag
 *     31                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class AiqCanceledDecoder {
    /** Message type byte, {@code 'D'}. */
    public static final byte TYPE = 'D';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 31;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;
    /** Offset of DecrementShares (4 bytes). */
    public static final int DECREMENT_SHARES_OFFSET = 13;
    /** Offset of Reason (1 byte). */
    public static final int REASON_OFFSET = 17;
    /** Offset of QuantityPreventedFromTrading (4 bytes). */
    public static final int QUANTITY_PREVENTED_FROM_TRADING_OFFSET = 18;
    /** Offset of ExecutionPrice (8 bytes). */
    public static final int EXECUTION_PRICE_OFFSET = 22;
    /** Offset of LiquidityFlag (1 byte). */
    public static final int LIQUIDITY_FLAG_OFFSET = 30;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public AiqCanceledDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * The message's length on the wire: {@link #LENGTH}.
     *
     * @return bytes.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Timestamp: nanoseconds since midnight.
     *
     * @return nanoseconds since midnight.
     */
    public long timestamp() {
        return buffer.getLong(offset + TIMESTAMP_OFFSET, BIG_ENDIAN);
    }

    /**
     * UserRefNum: the order.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Decrement Shares: shares canceled.
     *
     * @return 0 to 4294967295.
     */
    public long decrementShares() {
        return buffer.getInt(offset + DECREMENT_SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Reason: Q self-match prevention.
     *
     * @return the ASCII code.
     */
    public byte reason() {
        return buffer.getByte(offset + REASON_OFFSET);
    }

    /**
     * Quantity Prevented from Trading.
     *
     * @return 0 to 4294967295.
     */
    public long quantityPreventedFromTrading() {
        return buffer.getInt(offset + QUANTITY_PREVENTED_FROM_TRADING_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Execution Price: the price the trade would have had, 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals.
     */
    public long executionPrice() {
        return buffer.getLong(offset + EXECUTION_PRICE_OFFSET, BIG_ENDIAN);
    }

    /**
     * Liquidity Flag.
     *
     * @return the ASCII code.
     */
    public byte liquidityFlag() {
        return buffer.getByte(offset + LIQUIDITY_FLAG_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "AiqCanceled{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("AiqCanceled{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", decrementShares=").append(decrementShares());
        sb.append(", reason=");
        Ouch50.appendChar(sb, reason());
        sb.append(", quantityPreventedFromTrading=").append(quantityPreventedFromTrading());
        sb.append(", executionPrice=").append(executionPrice());
        sb.append(", liquidityFlag=");
        Ouch50.appendChar(sb, liquidityFlag());
        return sb.append('}');
    }
}
