package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Order Accepted message ({@code 'A'}, venue to client): acknowledges an Enter Order; the order is
 * live unless Order State is D. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on
 * demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('A')
 *      1       8  integer   Timestamp
 *      9       4  integer   User Ref Num
 *     13       1  alpha     Side
 *     14       4  integer   Quantity
 *     18       8  alpha     Symbol
 *     26       8  price     Price
 *     34       1  alpha     Time In Force
 *     35       1  alpha     Display
 *     36       8  integer   Order Reference Number
 *     44       1  alpha     Capacity
 *     45       1  alpha     Inter Market Sweep Eligibility
 *     46       1  alpha     Cross Type
 *     47       1  alpha     Order State
 *     48      14  alpha     Cl Ord Id
 *     62       2  integer   Appendage Length
 *     64                    (options follow: LENGTH + Appendage Length in all)
 * </pre>
 *
 * Options the spec may echo here: Firm, Min Qty, Customer Type, Max Floor, Price Type, Peg Offset, Discretion Price,
 * Discretion Price Type, Discretion Peg Offset, Post Only, Random Reserves, Route, Expire Time, Trade Now, Handle Inst,
 * BBO Weight Indicator, Group ID, Shares Located, Locate Broker. Read them with {@link #appendage()}. Conventions are
 * in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes whose appendage
 * fits, as {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderAcceptedDecoder {
    /** Message type byte, {@code 'A'}. */
    public static final byte TYPE = 'A';
    /** Length of the fixed fields in bytes, Appendage Length included. */
    public static final int LENGTH = 64;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 9;
    /** Offset of Side (1 byte). */
    public static final int SIDE_OFFSET = 13;
    /** Offset of Quantity (4 bytes). */
    public static final int QUANTITY_OFFSET = 14;
    /** Offset of Symbol (8 bytes). */
    public static final int SYMBOL_OFFSET = 18;
    /** Offset of Price (8 bytes). */
    public static final int PRICE_OFFSET = 26;
    /** Offset of TimeInForce (1 byte). */
    public static final int TIME_IN_FORCE_OFFSET = 34;
    /** Offset of Display (1 byte). */
    public static final int DISPLAY_OFFSET = 35;
    /** Offset of OrderReferenceNumber (8 bytes). */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 36;
    /** Offset of Capacity (1 byte). */
    public static final int CAPACITY_OFFSET = 44;
    /** Offset of InterMarketSweepEligibility (1 byte). */
    public static final int INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET = 45;
    /** Offset of CrossType (1 byte). */
    public static final int CROSS_TYPE_OFFSET = 46;
    /** Offset of OrderState (1 byte). */
    public static final int ORDER_STATE_OFFSET = 47;
    /** Offset of ClOrdId (14 bytes). */
    public static final int CL_ORD_ID_OFFSET = 48;
    /** Offset of AppendageLength (2 bytes). */
    public static final int APPENDAGE_LENGTH_OFFSET = 62;

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
    public OrderAcceptedDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Timestamp: nanoseconds since midnight.
     *
     * @return nanoseconds since midnight.
     */
    public long timestamp() {
        return buffer.getLong(offset + TIMESTAMP_OFFSET, BIG_ENDIAN);
    }

    /**
     * UserRefNum: the order's UserRefNum from the Enter Order.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Side.
     *
     * @return the ASCII code.
     */
    public byte side() {
        return buffer.getByte(offset + SIDE_OFFSET);
    }

    /**
     * Quantity: the accepted quantity.
     *
     * @return 0 to 4294967295.
     */
    public long quantity() {
        return buffer.getInt(offset + QUANTITY_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Symbol.
     *
     * @return the 8 bytes packed big-endian (see {@link Ouch50#packSymbol}).
     */
    public long symbol() {
        return buffer.getLong(offset + SYMBOL_OFFSET, BIG_ENDIAN);
    }

    /**
     * Price: the accepted price, 4 implied decimals.
     *
     * @return the signed value, 4 implied decimals.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, BIG_ENDIAN);
    }

    /**
     * Time in Force: the accepted time in force.
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
     * Order Reference Number: the day-unique id Nasdaq gave the order (as on ITCH).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long orderReferenceNumber() {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Capacity.
     *
     * @return the ASCII code.
     */
    public byte capacity() {
        return buffer.getByte(offset + CAPACITY_OFFSET);
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
     * Cross Type.
     *
     * @return the ASCII code.
     */
    public byte crossType() {
        return buffer.getByte(offset + CROSS_TYPE_OFFSET);
    }

    /**
     * Order State: {@link Ouch50#ORDER_STATE_LIVE L} live, {@link Ouch50#ORDER_STATE_DEAD D} dead.
     *
     * @return the ASCII code.
     */
    public byte orderState() {
        return buffer.getByte(offset + ORDER_STATE_OFFSET);
    }

    /**
     * ClOrdID: from the Enter Order: one character.
     *
     * @param index 0 to 13.
     * @return the ASCII code of character {@code index}.
     */
    public byte clOrdIdAt(final int index) {
        return buffer.getByte(offset + CL_ORD_ID_OFFSET + index);
    }

    /**
     * ClOrdID: from the Enter Order, read as a left-justified decimal number padded with spaces (as {@link
     * OrderAcceptedEncoder#clOrdIdNumber} writes it); no allocation.
     *
     * @return the number, or -1 if the field holds anything else (e.g. letters).
     */
    public long clOrdIdNumber() {
        return Ouch50.parseNumber(buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * ClOrdID: from the Enter Order: copies the 14 bytes, padding included.
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
        return buffer == null ? "OrderAccepted{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderAccepted{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", userRefNum=").append(userRefNum());
        sb.append(", side=");
        Ouch50.appendChar(sb, side());
        sb.append(", quantity=").append(quantity());
        sb.append(", symbol=");
        Ouch50.appendAlpha(sb, buffer, offset + SYMBOL_OFFSET, Ouch50.SYMBOL_LENGTH);
        sb.append(", price=").append(price());
        sb.append(", timeInForce=");
        Ouch50.appendChar(sb, timeInForce());
        sb.append(", display=");
        Ouch50.appendChar(sb, display());
        sb.append(", orderReferenceNumber=").append(Long.toUnsignedString(orderReferenceNumber()));
        sb.append(", capacity=");
        Ouch50.appendChar(sb, capacity());
        sb.append(", interMarketSweepEligibility=");
        Ouch50.appendChar(sb, interMarketSweepEligibility());
        sb.append(", crossType=");
        Ouch50.appendChar(sb, crossType());
        sb.append(", orderState=");
        Ouch50.appendChar(sb, orderState());
        sb.append(", clOrdId=");
        Ouch50.appendAlpha(sb, buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
        sb.append(", appendage=");
        appendage().appendTo(sb);
        return sb.append('}');
    }
}
