package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Order Replaced message ({@code 'U'}, venue to client): acknowledges a Replace Order: the order
 * now has the new UserRefNum, quantity and price. A flyweight: {@link #wrap} points it at the bytes and each getter
 * reads its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('U')
 *      1       8  integer   Timestamp
 *      9       4  integer   Orig User Ref Num
 *     13       4  integer   User Ref Num
 *     17       1  alpha     Side
 *     18       4  integer   Quantity
 *     22       8  alpha     Symbol
 *     30       8  price     Price
 *     38       1  alpha     Time In Force
 *     39       1  alpha     Display
 *     40       8  integer   Order Reference Number
 *     48       1  alpha     Capacity
 *     49       1  alpha     Inter Market Sweep Eligibility
 *     50       1  alpha     Cross Type
 *     51       1  alpha     Order State
 *     52      14  alpha     Cl Ord Id
 *     66       2  integer   Appendage Length
 *     68                    (options follow: LENGTH + Appendage Length in all)
 * </pre>
 *
 * Options the spec may echo here: as for Order Accepted. Read them with {@link #appendage()}. Conventions are in {@link
 * Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes whose appendage fits, as
 * {@link OuchMessageDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class OrderReplacedDecoder {
    /** Message type byte, {@code 'U'}. */
    public static final byte TYPE = 'U';
    /** Length of the fixed fields in bytes, Appendage Length included. */
    public static final int LENGTH = 68;
    /** Offset of Timestamp (8 bytes). */
    public static final int TIMESTAMP_OFFSET = 1;
    /** Offset of OrigUserRefNum (4 bytes). */
    public static final int ORIG_USER_REF_NUM_OFFSET = 9;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 13;
    /** Offset of Side (1 byte). */
    public static final int SIDE_OFFSET = 17;
    /** Offset of Quantity (4 bytes). */
    public static final int QUANTITY_OFFSET = 18;
    /** Offset of Symbol (8 bytes). */
    public static final int SYMBOL_OFFSET = 22;
    /** Offset of Price (8 bytes). */
    public static final int PRICE_OFFSET = 30;
    /** Offset of TimeInForce (1 byte). */
    public static final int TIME_IN_FORCE_OFFSET = 38;
    /** Offset of Display (1 byte). */
    public static final int DISPLAY_OFFSET = 39;
    /** Offset of OrderReferenceNumber (8 bytes). */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 40;
    /** Offset of Capacity (1 byte). */
    public static final int CAPACITY_OFFSET = 48;
    /** Offset of InterMarketSweepEligibility (1 byte). */
    public static final int INTER_MARKET_SWEEP_ELIGIBILITY_OFFSET = 49;
    /** Offset of CrossType (1 byte). */
    public static final int CROSS_TYPE_OFFSET = 50;
    /** Offset of OrderState (1 byte). */
    public static final int ORDER_STATE_OFFSET = 51;
    /** Offset of ClOrdId (14 bytes). */
    public static final int CL_ORD_ID_OFFSET = 52;
    /** Offset of AppendageLength (2 bytes). */
    public static final int APPENDAGE_LENGTH_OFFSET = 66;

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
    public OrderReplacedDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Orig UserRefNum: the order's UserRefNum before the replace.
     *
     * @return 0 to 4294967295.
     */
    public long origUserRefNum() {
        return buffer.getInt(offset + ORIG_USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * UserRefNum: the order's UserRefNum from now on.
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
     * Quantity: the open quantity after the replace.
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
     * Order Reference Number: Nasdaq's new id for the order.
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
     * Order State: L live, D dead.
     *
     * @return the ASCII code.
     */
    public byte orderState() {
        return buffer.getByte(offset + ORDER_STATE_OFFSET);
    }

    /**
     * ClOrdID: from the Replace Order: one character.
     *
     * @param index 0 to 13.
     * @return the ASCII code of character {@code index}.
     */
    public byte clOrdIdAt(final int index) {
        return buffer.getByte(offset + CL_ORD_ID_OFFSET + index);
    }

    /**
     * ClOrdID: from the Replace Order, read as a left-justified decimal number padded with spaces (as {@link
     * OrderReplacedEncoder#clOrdIdNumber} writes it); no allocation.
     *
     * @return the number, or -1 if the field holds anything else (e.g. letters).
     */
    public long clOrdIdNumber() {
        return Ouch50.parseNumber(buffer, offset + CL_ORD_ID_OFFSET, Ouch50.CL_ORD_ID_LENGTH);
    }

    /**
     * ClOrdID: from the Replace Order: copies the 14 bytes, padding included.
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
        return buffer == null ? "OrderReplaced{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("OrderReplaced{");
        sb.append("timestamp=").append(timestamp());
        sb.append(", origUserRefNum=").append(origUserRefNum());
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
