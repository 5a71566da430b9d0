package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Add Order - No MPID Attribution message ({@code 'A'}, spec section 1.3.1): a new unattributed order was
 * added to the displayable book. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on
 * demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('A')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Order Reference Number
 *     19       1  alpha     Buy/Sell Indicator
 *     20       4  integer   Shares
 *     24       8  alpha     Stock
 *     32       4  Price(4)  Price
 *     36                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class AddOrderDecoder {
    /** Message type byte, {@code 'A'}. */
    public static final byte TYPE = 'A';
    /** Message length in bytes (spec section 1.3.1). */
    public static final int LENGTH = 36;
    /** Offset of Order Reference Number (8-byte integer), spec section 1.3.1. */
    public static final int ORDER_REFERENCE_NUMBER_OFFSET = 11;
    /** Offset of Buy/Sell Indicator (1-byte alpha), spec section 1.3.1. */
    public static final int BUY_SELL_INDICATOR_OFFSET = 19;
    /** Offset of Shares (4-byte integer), spec section 1.3.1. */
    public static final int SHARES_OFFSET = 20;
    /** Offset of Stock (8-byte alpha), spec section 1.3.1. */
    public static final int STOCK_OFFSET = 24;
    /** Offset of Price (4-byte Price(4)), spec section 1.3.1. */
    public static final int PRICE_OFFSET = 32;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public AddOrderDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Order Reference Number: day-unique order reference number.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long orderReferenceNumber() {
        return buffer.getLong(offset + ORDER_REFERENCE_NUMBER_OFFSET, BIG_ENDIAN);
    }

    /**
     * Buy/Sell Indicator: 'B' buy, 'S' sell.
     *
     * @return the ASCII byte.
     */
    public byte buySellIndicator() {
        return buffer.getByte(offset + BUY_SELL_INDICATOR_OFFSET);
    }

    /**
     * Shares: displayed shares.
     *
     * @return 0 to 4294967295.
     */
    public long shares() {
        return buffer.getInt(offset + SHARES_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
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
     * Price: display price, Price(4) (4 implied decimals; {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long price() {
        return buffer.getInt(offset + PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    @Override
    public String toString() {
        return buffer == null ? "AddOrder{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("AddOrder{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", orderReferenceNumber=").append(Long.toUnsignedString(orderReferenceNumber()));
        sb.append(", buySellIndicator=");
        Itch50.appendAlpha(sb, buffer, offset + BUY_SELL_INDICATOR_OFFSET, 1);
        sb.append(", shares=").append(shares());
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", price=").append(price());
        return sb.append('}');
    }
}
