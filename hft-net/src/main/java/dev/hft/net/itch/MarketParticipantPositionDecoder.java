package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the Market Participant Position message ({@code 'L'}, spec section 1.2.4): the status of one market
 * participant firm registered in one security. A flyweight: {@link #wrap} points it at the bytes and each getter reads
 * its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('L')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       4  alpha     MPID
 *     15       8  alpha     Stock
 *     23       1  alpha     Primary Market Maker
 *     24       1  alpha     Market Maker Mode
 *     25       1  alpha     Market Participant State
 *     26                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class MarketParticipantPositionDecoder {
    /** Message type byte, {@code 'L'}. */
    public static final byte TYPE = 'L';
    /** Message length in bytes (spec section 1.2.4). */
    public static final int LENGTH = 26;
    /** Offset of MPID (4-byte alpha), spec section 1.2.4. */
    public static final int MPID_OFFSET = 11;
    /** Offset of Stock (8-byte alpha), spec section 1.2.4. */
    public static final int STOCK_OFFSET = 15;
    /** Offset of Primary Market Maker (1-byte alpha), spec section 1.2.4. */
    public static final int PRIMARY_MARKET_MAKER_OFFSET = 23;
    /** Offset of Market Maker Mode (1-byte alpha), spec section 1.2.4. */
    public static final int MARKET_MAKER_MODE_OFFSET = 24;
    /** Offset of Market Participant State (1-byte alpha), spec section 1.2.4. */
    public static final int MARKET_PARTICIPANT_STATE_OFFSET = 25;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public MarketParticipantPositionDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * MPID: market participant identifier, as its 4 ASCII bytes packed big-endian (first character in the most
     * significant byte). {@link Itch50#packAlpha} and {@link Itch50#unpackAlpha} convert.
     *
     * @return the packed bytes.
     */
    public int mpid() {
        return buffer.getInt(offset + MPID_OFFSET, BIG_ENDIAN);
    }

    /**
     * Copies MPID's 4 ASCII bytes into a caller-owned array (no allocation).
     *
     * @param dst receives them at indexes 0 to 3.
     */
    public void getMpid(final byte[] dst) {
        buffer.getBytes(offset + MPID_OFFSET, dst, 0, 4);
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
     * Primary Market Maker: 'Y' primary market maker, 'N' not.
     *
     * @return the ASCII byte.
     */
    public byte primaryMarketMaker() {
        return buffer.getByte(offset + PRIMARY_MARKET_MAKER_OFFSET);
    }

    /**
     * Market Maker Mode: 'N' normal, 'P' passive, 'S' syndicate, 'R' pre-syndicate, 'L' penalty.
     *
     * @return the ASCII byte.
     */
    public byte marketMakerMode() {
        return buffer.getByte(offset + MARKET_MAKER_MODE_OFFSET);
    }

    /**
     * Market Participant State: 'A' active, 'E' excused/withdrawn, 'W' withdrawn, 'S' suspended, 'D' deleted.
     *
     * @return the ASCII byte.
     */
    public byte marketParticipantState() {
        return buffer.getByte(offset + MARKET_PARTICIPANT_STATE_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "MarketParticipantPosition{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("MarketParticipantPosition{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", mpid=");
        Itch50.appendAlpha(sb, buffer, offset + MPID_OFFSET, 4);
        sb.append(", stock=");
        Itch50.appendAlpha(sb, buffer, offset + STOCK_OFFSET, 8);
        sb.append(", primaryMarketMaker=");
        Itch50.appendAlpha(sb, buffer, offset + PRIMARY_MARKET_MAKER_OFFSET, 1);
        sb.append(", marketMakerMode=");
        Itch50.appendAlpha(sb, buffer, offset + MARKET_MAKER_MODE_OFFSET, 1);
        sb.append(", marketParticipantState=");
        Itch50.appendAlpha(sb, buffer, offset + MARKET_PARTICIPANT_STATE_OFFSET, 1);
        return sb.append('}');
    }
}
