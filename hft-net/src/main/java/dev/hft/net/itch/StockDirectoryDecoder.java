package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Stock Directory message ({@code 'R'}, spec section 1.2.1): the start-of-day directory entry of one
 * security: locate code, listing market, lot size, flags. A flyweight: {@link #wrap} points it at the bytes and each
 * getter reads its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('R')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  alpha     Stock
 *     19       1  alpha     Market Category
 *     20       1  alpha     Financial Status Indicator
 *     21       4  integer   Round Lot Size
 *     25       1  alpha     Round Lots Only
 *     26       1  alpha     Issue Classification
 *     27       2  alpha     Issue Sub-Type
 *     29       1  alpha     Authenticity
 *     30       1  alpha     Short Sale Threshold Indicator
 *     31       1  alpha     IPO Flag
 *     32       1  alpha     LULD Reference Price Tier
 *     33       1  alpha     ETP Flag
 *     34       4  integer   ETP Leverage Factor
 *     38       1  alpha     Inverse Indicator
 *     39                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class StockDirectoryDecoder {
    /** Message type byte, {@code 'R'}. */
    public static final byte TYPE = 'R';
    /** Message length in bytes (spec section 1.2.1). */
    public static final int LENGTH = 39;
    /** Offset of Stock (8-byte alpha), spec section 1.2.1. */
    public static final int STOCK_OFFSET = 11;
    /** Offset of Market Category (1-byte alpha), spec section 1.2.1. */
    public static final int MARKET_CATEGORY_OFFSET = 19;
    /** Offset of Financial Status Indicator (1-byte alpha), spec section 1.2.1. */
    public static final int FINANCIAL_STATUS_INDICATOR_OFFSET = 20;
    /** Offset of Round Lot Size (4-byte integer), spec section 1.2.1. */
    public static final int ROUND_LOT_SIZE_OFFSET = 21;
    /** Offset of Round Lots Only (1-byte alpha), spec section 1.2.1. */
    public static final int ROUND_LOTS_ONLY_OFFSET = 25;
    /** Offset of Issue Classification (1-byte alpha), spec section 1.2.1. */
    public static final int ISSUE_CLASSIFICATION_OFFSET = 26;
    /** Offset of Issue Sub-Type (2-byte alpha), spec section 1.2.1. */
    public static final int ISSUE_SUB_TYPE_OFFSET = 27;
    /** Offset of Authenticity (1-byte alpha), spec section 1.2.1. */
    public static final int AUTHENTICITY_OFFSET = 29;
    /** Offset of Short Sale Threshold Indicator (1-byte alpha), spec section 1.2.1. */
    public static final int SHORT_SALE_THRESHOLD_INDICATOR_OFFSET = 30;
    /** Offset of IPO Flag (1-byte alpha), spec section 1.2.1. */
    public static final int IPO_FLAG_OFFSET = 31;
    /** Offset of LULD Reference Price Tier (1-byte alpha), spec section 1.2.1. */
    public static final int LULD_REFERENCE_PRICE_TIER_OFFSET = 32;
    /** Offset of ETP Flag (1-byte alpha), spec section 1.2.1. */
    public static final int ETP_FLAG_OFFSET = 33;
    /** Offset of ETP Leverage Factor (4-byte integer), spec section 1.2.1. */
    public static final int ETP_LEVERAGE_FACTOR_OFFSET = 34;
    /** Offset of Inverse Indicator (1-byte alpha), spec section 1.2.1. */
    public static final int INVERSE_INDICATOR_OFFSET = 38;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public StockDirectoryDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Market Category: listing market or tier: 'Q', 'G', 'S' (Nasdaq), 'N', 'A', 'P', 'Z', 'V', ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte marketCategory() {
        return buffer.getByte(offset + MARKET_CATEGORY_OFFSET);
    }

    /**
     * Financial Status Indicator: 'D', 'E', 'Q', 'S', 'G', 'H', 'J', 'K', 'C', 'N' normal, ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte financialStatusIndicator() {
        return buffer.getByte(offset + FINANCIAL_STATUS_INDICATOR_OFFSET);
    }

    /**
     * Round Lot Size: shares in a round lot.
     *
     * @return 0 to 4294967295.
     */
    public long roundLotSize() {
        return buffer.getInt(offset + ROUND_LOT_SIZE_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Round Lots Only: 'Y' only round lots accepted, 'N' odd and mixed lots allowed.
     *
     * @return the ASCII byte.
     */
    public byte roundLotsOnly() {
        return buffer.getByte(offset + ROUND_LOTS_ONLY_OFFSET);
    }

    /**
     * Issue Classification: security class (spec Appendix D).
     *
     * @return the ASCII byte.
     */
    public byte issueClassification() {
        return buffer.getByte(offset + ISSUE_CLASSIFICATION_OFFSET);
    }

    /**
     * Issue Sub-Type: security sub-type (spec Appendix E), as its 2 ASCII bytes packed big-endian (first character in
     * the most significant byte). {@link Itch50#packAlpha} and {@link Itch50#unpackAlpha} convert.
     *
     * @return the packed bytes.
     */
    public int issueSubType() {
        return buffer.getShort(offset + ISSUE_SUB_TYPE_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Copies Issue Sub-Type's 2 ASCII bytes into a caller-owned array (no allocation).
     *
     * @param dst receives them at indexes 0 to 1.
     */
    public void getIssueSubType(final byte[] dst) {
        buffer.getBytes(offset + ISSUE_SUB_TYPE_OFFSET, dst, 0, 2);
    }

    /**
     * Authenticity: 'P' live/production, 'T' test.
     *
     * @return the ASCII byte.
     */
    public byte authenticity() {
        return buffer.getByte(offset + AUTHENTICITY_OFFSET);
    }

    /**
     * Short Sale Threshold Indicator: 'Y' restricted under SEC Rule 203(b)(3), 'N' not restricted, ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte shortSaleThresholdIndicator() {
        return buffer.getByte(offset + SHORT_SALE_THRESHOLD_INDICATOR_OFFSET);
    }

    /**
     * IPO Flag: 'Y' set up as a new IPO security, 'N' not, ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte ipoFlag() {
        return buffer.getByte(offset + IPO_FLAG_OFFSET);
    }

    /**
     * LULD Reference Price Tier: '1' tier 1, '2' tier 2, ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte luldReferencePriceTier() {
        return buffer.getByte(offset + LULD_REFERENCE_PRICE_TIER_OFFSET);
    }

    /**
     * ETP Flag: 'Y' exchange traded product, 'N' not, ' ' not available.
     *
     * @return the ASCII byte.
     */
    public byte etpFlag() {
        return buffer.getByte(offset + ETP_FLAG_OFFSET);
    }

    /**
     * ETP Leverage Factor: integral relationship of the ETP to its underlying index.
     *
     * @return 0 to 4294967295.
     */
    public long etpLeverageFactor() {
        return buffer.getInt(offset + ETP_LEVERAGE_FACTOR_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Inverse Indicator: 'Y' inverse ETP, 'N' not inverse.
     *
     * @return the ASCII byte.
     */
    public byte inverseIndicator() {
        return buffer.getByte(offset + INVERSE_INDICATOR_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "StockDirectory{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("StockDirectory{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", marketCategory=");
        Itch50.appendAlpha(sb, buffer, offset + MARKET_CATEGORY_OFFSET, 1);
        sb.append(", financialStatusIndicator=");
        Itch50.appendAlpha(sb, buffer, offset + FINANCIAL_STATUS_INDICATOR_OFFSET, 1);
        sb.append(", roundLotSize=").append(roundLotSize());
        sb.append(", roundLotsOnly=");
        Itch50.appendAlpha(sb, buffer, offset + ROUND_LOTS_ONLY_OFFSET, 1);
        sb.append(", issueClassification=");
        Itch50.appendAlpha(sb, buffer, offset + ISSUE_CLASSIFICATION_OFFSET, 1);
        sb.append(", issueSubType=");
        Itch50.appendAlpha(sb, buffer, offset + ISSUE_SUB_TYPE_OFFSET, 2);
        sb.append(", authenticity=");
        Itch50.appendAlpha(sb, buffer, offset + AUTHENTICITY_OFFSET, 1);
        sb.append(", shortSaleThresholdIndicator=");
        Itch50.appendAlpha(sb, buffer, offset + SHORT_SALE_THRESHOLD_INDICATOR_OFFSET, 1);
        sb.append(", ipoFlag=");
        Itch50.appendAlpha(sb, buffer, offset + IPO_FLAG_OFFSET, 1);
        sb.append(", luldReferencePriceTier=");
        Itch50.appendAlpha(sb, buffer, offset + LULD_REFERENCE_PRICE_TIER_OFFSET, 1);
        sb.append(", etpFlag=");
        Itch50.appendAlpha(sb, buffer, offset + ETP_FLAG_OFFSET, 1);
        sb.append(", etpLeverageFactor=").append(etpLeverageFactor());
        sb.append(", inverseIndicator=");
        Itch50.appendAlpha(sb, buffer, offset + INVERSE_INDICATOR_OFFSET, 1);
        return sb.append('}');
    }
}
