package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Replace Order message ({@code 'U'}, client to venue): replaces an order with a new UserRefNum,
 * quantity and price. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand;
 * nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('U')
 *      1       4  integer   Orig User Ref Num
 *      5       4  integer   User Ref Num
 *      9       4  integer   Quantity
 *     13       8  price     Price
 *     21       1  alpha     Time In Force
 *     22       1  alpha     Display
 *     23       1  alpha     Inter Market Sweep Eligibility
 *     24      14  alpha     Cl Ord Id
 *     38       2  integer   Appendage Length
 *     40                    (options follow: LENGTH + Appendage Length in all)
 * </pre>
 *
 * Options the spec allows here: Min Qty, Customer Type, Max Floor, Price Type, Peg Offset, Discretion Price, Discretion
 * Price Type, Discretion Peg Offset, Post Only, Random Reserves, Expire Time, Trade Now, Handle Inst, Shares Located,
 * Locate Broker, User Ref Idx. Read them with {@link #appendage()}. Conventions are in {@link Ouch50}. Getters do not
 * check bounds: wrap only messages of at least {@link #LENGTH} bytes whose appendage fits, as {@link
 * OuchRequestDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class ReplaceOrderDecoder {
    /** Message type byte, {@code 'U'}. */
    public static final byte TYPE = 'U';
    /** Length of the fixed fields in bytes, Appendage Length included. */
    public static final int LENGTH = 40;
    /** Offset of OrigUserRefNum (4 bytes). */
    public static final int ORIG_USER_REF_NUM_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 5;
    /** Offset of Quantity (4 bytes). */
    public static final int QUANTITY_OFFSET = 9;
    /** Offset of Price (8 bytes). */
    public static final int PRICE_OFFSET = 13;
    /** Offset of TimeInForce (1 byte). */
    public static final int TIME_IN_FORCE_OFFSET = 21;
    /** Offset of Display (1 byte). */
    public static final int DISPLAY_OFFSET = 22;
    /** Offset of InterMarketSweepEligibility (1 byte). */
    public static final int INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET = 23;
    /** Offset of ClOrdId (14 bytes). */
    public static final int CL_ORD_ID_OFFSET = 24;
    /** Offset of AppendageLength (2 bytes). */
    public static final int APPENDAGE_LENGTH_OFFSET = 38;

    private DirectBuffer buffer;
    private int offset;
    private final OuchAppendageDecoder appendage = new OuchAppendageDecoder();

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public ReplaceOrderDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * The message's length on the wire: {@link #LENGTH} plus the appendage length.
     *
     * @return bytes.
     */
    public int encodedLength() {
        return LENGTH + appendageLength();
    }

    /**
     * Orig UserRefNum: the UserRefNum of the order to replace.
     *
     * @return 0 to 4294967295.
     */
    public long origUserRefNum() {
        return buffer.getInt(offset + ORIG_USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * UserRefNum: the new id of the order after the replace.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Quantity: the new open quantity (shares still to execute), not the total.
     *
     * @return 0 to 4294967295.
     */
    public long quantity() {
        return buffer.getInt(offset + QUANTITY_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price: 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, BIG_ENDIAN);
    }

    /**
     * Time in Force.
     *
     * @return the ASCII code.
     */
    public byte timeInForce() {
        return buffer.getByte(offset + TIME_IN_FORCE_OFFSET);
    }

    /**
     * Display.
     *
     * @return the ASCII code.
     */
    public byte display() {
        return buffer.getByte(offset + DISPLAY_OFFSET);
    }

    /**
     * Intermarket Sweep Eligibility: Y or N.
     *
     * @return the ASCII code.
     */
    public byte interMarketSweepEligibility() {
        return buffer.getByte(offset + INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET);
    }

    /**
     * ClOrdID: the client's free-form order token: one character.
     *
     * @param index 0 to 13.
     * @return the ASCII code of character {@code index}.
     */
    public byte clOrdIdAt(final int index) {
        return buffer.getByte(offset + CL_ORD_ID_OFFSET + index);
    }

    /**
     * ClOrdID: the client's free-form order token, read as a left-justified decimal number padded with spaces (as
     * {@link ReplaceOrderEncoder#clOrdIdNumber} writes it); no allocation.
     *
     * @return the number, or -1 if the field holds anything else (e.g. letters).
     */
    public long clOrdIdNumber() {
        return Ouch50.parseNumber(buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * ClOrdID: the client's free-form order token: copies the 14 bytes, padding included.
     *
     * @param dst       where to copy.
     * @param dstOffset where the 14 bytes go.
     */
    public void getClOrdId(final byte[] dst, final int dstOffset) {
        buffer.getBytes(offset + CL_ORD_ID_OFFSET, dst, dstOffset, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * Appendage Length: bytes of optional fields after the fixed ones.
     *
     * @return 0 to 65535.
     */
    public int appendageLength() {
        return buffer.getShort(offset + APPENDAGE_LENGTH_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * The optional appendage, wrapped over this message's option bytes (the decoder is this flyweight's own, made
     * once; valid until the next {@link #wrap}).
     *
     * @return the appendage decoder, rewound to its first option.
     */
    public OuchAppendageDecoder appendage() {
        return appendage.wrap(buffer, offset + LENGTH, appendageLength());
    }

    @Override
    public String toString() {
        return buffer == null ? "ReplaceOrder{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("ReplaceOrder{");
        sb.append("origUserRefNum=").append(origUserRefNum());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", quantity=").append(quantity());
        sb.append(", price=").append(price());
        sb.append(", timeInForce=");
        Ouch50.appendChar(sb, timeInForce());
        sb.append(", display=");
        Ouch50.appendChar(sb, display());
        sb.append(", interMarketSweepEligibility=");
        Ouch50.appendChar(sb, interMarketSweepEligibility());
        sb.append(", clOrdId=");
        Ouch50.appendAlpha(sb, buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
        sb.append(", appendage=");
        appendage().appendTo(sb);
        return sb.append('}');
    }
}
