package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Trade Correction message ({@code 'F'}, venue to client): reports that an execution's price or
 * quantity was corrected. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand;
 * nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('F')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13       4  integer   Quantity
 *     17       8  price     Price
 *     25       1  alpha     Liquidity Flag
 *     26       8  integer   Match Number
 *     34       1  alpha     Reason
 *     35      14  alpha     Cl Ord Id
 *     49                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class TradeCorrectionDecoder {
    /** Message type byte, {@code 'F'}. */
    public static final byte TYPE = 'F';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 49;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;
    /** Offset of Quantity (4 bytes). */
    public static final int QUANTITY_OFFSET = 13;
    /** Offset of Price (8 bytes). */
    public static final int PRICE_OFFSET = 17;
    /** Offset of LiquidityFlag (1 byte). */
    public static final int LIQUIDITY_FLAG_OFFSET = 25;
    /** Offset of MatchNumber (8 bytes). */
    public static final int MATCH_NUMBER_OFFSET = 26;
    /** Offset of Reason (1 byte). */
    public static final int REASON_OFFSET = 34;
    /** Offset of ClOrdId (14 bytes). */
    public static final int CL_ORD_ID_OFFSET = 35;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public TradeCorrectionDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Quantity: the corrected quantity.
     *
     * @return 0 to 4294967295.
     */
    public long quantity() {
        return buffer.getInt(offset + QUANTITY_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price: the corrected price, 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, BIG_ENDIAN);
    }

    /**
     * Liquidity Flag.
     *
     * @return the ASCII code.
     */
    public byte liquidityFlag() {
        return buffer.getByte(offset + LIQUIDITY_FLAG_OFFSET);
    }

    /**
     * Match Number: the corrected execution.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long matchNumber() {
        return buffer.getLong(offset + MATCH_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Reason: N adjusted to NAV.
     *
     * @return the ASCII code.
     */
    public byte reason() {
        return buffer.getByte(offset + REASON_OFFSET);
    }

    /**
     * ClOrdID: the order's token: one character.
     *
     * @param index 0 to 13.
     * @return the ASCII code of character {@code index}.
     */
    public byte clOrdIdAt(final int index) {
        return buffer.getByte(offset + CL_ORD_ID_OFFSET + index);
    }

    /**
     * ClOrdID: the order's token, read as a left-justified decimal number padded with spaces (as {@link
     * TradeCorrectionEncoder#clOrdIdNumber} writes it); no allocation.
     *
     * @return the number, or -1 if the field holds anything else (e.g. letters).
     */
    public long clOrdIdNumber() {
        return Ouch50.parseNumber(buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * ClOrdID: the order's token: copies the 14 bytes, padding included.
     *
     * @param dst       where to copy.
     * @param dstOffset where the 14 bytes go.
     */
    public void getClOrdId(final byte[] dst, final int dstOffset) {
        buffer.getBytes(offset + CL_ORD_ID_OFFSET, dst, dstOffset, Ouch50.CL_ORD_ID_LENGTH);
    }

    @Override
    public String toString() {
        return buffer == null ? "TradeCorrection{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("TradeCorrection{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", quantity=").append(quantity());
        sb.append(", price=").append(price());
        sb.append(", liquidityFlag=");
        Ouch50.appendChar(sb, liquidityFlag());
        sb.append(", matchNumber=").append(Long.toUnsignedString(matchNumber()));
        sb.append(", reason=");
        Ouch50.appendChar(sb, reason());
        sb.append(", clOrdId=");
        Ouch50.appendAlpha(sb, buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
        return sb.append('}');
    }
}
