package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Direct Listing with Capital Raise Price Discovery message ({@code 'O'}, spec section 1.8): price
 * discovery of a Direct Listing with Capital Raise (DLCR) security, once a second after its volatility test passed. A
 * flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand; nothing is copied or
 * allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('O')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  alpha     Stock
 *     19       1  alpha     Open Eligibility Status
 *     20       4  Price(4)  Minimum Allowable Price
 *     24       4  Price(4)  Maximum Allowable Price
 *     28       4  Price(4)  Near Execution Price
 *     32       8  integer   Near Execution Time
 *     40       4  Price(4)  Lower Price Range Collar
 *     44       4  Price(4)  Upper Price Range Collar
 *     48                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class DirectListingCapitalRaiseDecoder {
    /** Message type byte, {@code 'O'}. */
    public static final byte TYPE = 'O';
    /** Message length in bytes (spec section 1.8). */
    public static final int LENGTH = 48;
    /** Offset of Stock (8-byte alpha), spec section 1.8. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of Open Eligibility Status (1-byte alpha), spec section 1.8. */
    public static final int OPEN_ELIGIBILITY_STATUS_OFFSET = 19;
    /** Offset of Minimum Allowable Price (4-byte Price(4)), spec section 1.8. */
    public static final int MINIMUM_ALLOWABLE_PRICE_OFFSET = 20;
    /** Offset of Maximum Allowable Price (4-byte Price(4)), spec section 1.8. */
    public static final int MAXIMUM_ALLOWABLE_PRICE_OFFSET = 24;
    /** Offset of Near Execution Price (4-byte Price(4)), spec section 1.8. */
    public static final int NEAR_EXECUTION_PRICE_OFFSET = 28;
    /** Offset of Near Execution Time (8-byte integer), spec section 1.8. */
    public static final int NEAR_EXECUTION_TIME_OFFSET = 32;
    /** Offset of Lower Price Range Collar (4-byte Price(4)), spec section 1.8. */
    public static final int LOWER_PRICE_RANGE_COLLAR_OFFSET = 40;
    /** Offset of Upper Price Range Collar (4-byte Price(4)), spec section 1.8. */
    public static final int UPPER_PRICE_RANGE_COLLAR_OFFSET = 44;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public DirectListingCapitalRaiseDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Open Eligibility Status: 'Y' eligible to be released for trading, 'N' not eligible.
     *
     * @return the ASCII byte.
     */
    public byte openEligibilityStatus() {
        return buffer.getByte(offset + OPEN_ELIGIBILITY_STATUS_OFFSET);
    }

    /**
     * Minimum Allowable Price: 20% below the registration statement lowest price, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long minimumAllowablePrice() {
        return buffer.getInt(offset + MINIMUM_ALLOWABLE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Maximum Allowable Price: 80% above the registration statement highest price, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long maximumAllowablePrice() {
        return buffer.getInt(offset + MAXIMUM_ALLOWABLE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Near Execution Price: current reference price when the volatility test passed, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long nearExecutionPrice() {
        return buffer.getInt(offset + NEAR_EXECUTION_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Near Execution Time: when the near execution price was set (nanoseconds since midnight).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long nearExecutionTime() {
        return buffer.getLong(offset + NEAR_EXECUTION_TIME_OFFSET, BIG_ENDIAN);
    }

    /**
     * Lower Price Range Collar: 10% below the near execution price, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long lowerPriceRangeCollar() {
        return buffer.getInt(offset + LOWER_PRICE_RANGE_COLLAR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Upper Price Range Collar: 10% above the near execution price, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long upperPriceRangeCollar() {
        return buffer.getInt(offset + UPPER_PRICE_RANGE_COLLAR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    @Override
    public String toString() {
        return buffer == null ? "DirectListingCapitalRaise{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("DirectListingCapitalRaise{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", openEligibilityStatus=");
        Itch50.appendAlpha(sb, buffer, offset + OPEN_ELIGIBILITY_STATUS_OFFSET, 1);
        sb.append(", minimumAllowablePrice=").append(minimumAllowablePrice());
        sb.append(", maximumAllowablePrice=").append(maximumAllowablePrice());
        sb.append(", nearExecutionPrice=").append(nearExecutionPrice());
        sb.append(", nearExecutionTime=").append(Long.toUnsignedString(nearExecutionTime()));
        sb.append(", lowerPriceRangeCollar=").append(lowerPriceRangeCollar());
        sb.append(", upperPriceRangeCollar=").append(upperPriceRangeCollar());
        return sb.append('}');
    }
}
