package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Net Order Imbalance Indicator (NOII) message ({@code 'I'}, spec section 1.6): indicative clearing prices
 * and imbalance before a cross. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on
 * demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('I')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  integer   Paired Shares
 *     19       8  integer   Imbalance Shares
 *     27       1  alpha     Imbalance Direction
 *     28       8  alpha     Stock
 *     36       4  Price(4)  Far Price
 *     40       4  Price(4)  Near Price
 *     44       4  Price(4)  Current Reference Price
 *     48       1  alpha     Cross Type
 *     49       1  alpha     Price Variation Indicator
 *     50                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class NoiiDecoder {
    /** Message type byte, {@code 'I'}. */
    public static final byte TYPE = 'I';
    /** Message length in bytes (spec section 1.6). */
    public static final int LENGTH = 50;
    /** Offset of Paired Shares (8-byte integer), spec section 1.6. */
    public static final int PAIRED_SHARES_OFFSET = 11;
    /** Offset of Imbalance Shares (8-byte integer), spec section 1.6. */
    public static final int IMBALANCE_SHARES_OFFSET = 19;
    /** Offset of Imbalance Direction (1-byte alpha), spec section 1.6. */
    public static final int IMBALANCE_DIRECTION_OFFSET = 27;
    /** Offset of Stock (8-byte alpha), spec section 1.6. */
    public static final int STOCK_OFFSET = 28;
    /** Offset of Far Price (4-byte Price(4)), spec section 1.6. */
    public static final int FAR_PRICE_OFFSET = 36;
    /** Offset of Near Price (4-byte Price(4)), spec section 1.6. */
    public static final int NEAR_PRICE_OFFSET = 40;
    /** Offset of Current Reference Price (4-byte Price(4)), spec section 1.6. */
    public static final int CURRENT_REFERENCE_PRICE_OFFSET = 44;
    /** Offset of Cross Type (1-byte alpha), spec section 1.6. */
    public static final int CROSS_TYPE_OFFSET = 48;
    /** Offset of Price Variation Indicator (1-byte alpha), spec section 1.6. */
    public static final int PRICE_VARIATION_INDICATOR_OFFSET = 49;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public NoiiDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Paired Shares: shares eligible to match at the current reference price.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long pairedShares() {
        return buffer.getLong(offset + PAIRED_SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Imbalance Shares: shares not paired at the current reference price.
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long imbalanceShares() {
        return buffer.getLong(offset + IMBALANCE_SHARES_OFFSET, BIG_ENDIAN);
    }

    /**
     * Imbalance Direction: 'B' buy, 'S' sell, 'N' none, 'O' insufficient orders, 'P' paused.
     *
     * @return the ASCII byte.
     */
    public byte imbalanceDirection() {
        return buffer.getByte(offset + IMBALANCE_DIRECTION_OFFSET);
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
     * Far Price: auction-clearing price for cross orders only, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long farPrice() {
        return buffer.getInt(offset + FAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Near Price: auction-clearing price for cross and continuous orders, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long nearPrice() {
        return buffer.getInt(offset + NEAR_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Current Reference Price: price at which the NOII shares are calculated, Price(4) (4 implied decimals;
     * {@link Itch50#price4ToFixedPoint} converts).
     *
     * @return 0 to 4294967295.
     */
    public long currentReferencePrice() {
        return buffer.getInt(offset + CURRENT_REFERENCE_PRICE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Cross Type: 'O' opening, 'C' closing, 'H' IPO or halted/paused, 'A' extended trading close.
     *
     * @return the ASCII byte.
     */
    public byte crossType() {
        return buffer.getByte(offset + CROSS_TYPE_OFFSET);
    }

    /**
     * Price Variation Indicator: deviation of the near price from the reference price: 'L', '1'-'9', 'A', 'B', 'C', '
     * '.
     *
     * @return the ASCII byte.
     */
    public byte priceVariationIndicator() {
        return buffer.getByte(offset + PRICE_VARIATION_INDICATOR_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "Noii{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("Noii{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", pairedShares=").append(Long.toUnsignedString(pairedShares()));
        sb.append(", imbalanceShares=").append(Long.toUnsignedString(imbalanceShares()));
        sb.append(", imbalanceDirection=");
        Itch50.appendAlpha(sb, buffer, offset + IMBALANCE_DIRECTION_OFFSET, 1);
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", farPrice=").append(farPrice());
        sb.append(", nearPrice=").append(nearPrice());
        sb.append(", currentReferencePrice=").append(currentReferencePrice());
        sb.append(", crossType=");
        Itch50.appendAlpha(sb, buffer, offset + CROSS_TYPE_OFFSET, 1);
        sb.append(", priceVariationIndicator=");
        Itch50.appendAlpha(sb, buffer, offset + PRICE_VARIATION_INDICATOR_OFFSET, 1);
        return sb.append('}');
    }
}
