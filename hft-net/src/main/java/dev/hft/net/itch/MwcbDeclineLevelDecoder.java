package dev.hft.net.itch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the MWCB Decline Level message ({@code 'V'}, spec section 1.2.5.1): the day's market-wide circuit breaker
 * breach levels. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand; nothing
 * is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('V')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       8  Price(8)  Level 1
 *     19       8  Price(8)  Level 2
 *     27       8  Price(8)  Level 3
 *     35                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class MwcbDeclineLevelDecoder {
    /** Message type byte, {@code 'V'}. */
    public static final byte TYPE = 'V';
    /** Message length in bytes (spec section 1.2.5.1). */
    public static final int LENGTH = 35;
    /** Offset of Level 1 (8-byte Price(8)), spec section 1.2.5.1. */
    public static final int LEVEL1_OFFSET = 11;
    /** Offset of Level 2 (8-byte Price(8)), spec section 1.2.5.1. */
    public static final int LEVEL2_OFFSET = 19;
    /** Offset of Level 3 (8-byte Price(8)), spec section 1.2.5.1. */
    public static final int LEVEL3_OFFSET = 27;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public MwcbDeclineLevelDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Level 1: MWCB level 1 (8 implied decimals, the scale of {@code dev.hft.api.FixedPoint}).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long level1() {
        return buffer.getLong(offset + LEVEL1_OFFSET, BIG_ENDIAN);
    }

    /**
     * Level 2: MWCB level 2 (8 implied decimals, the scale of {@code dev.hft.api.FixedPoint}).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long level2() {
        return buffer.getLong(offset + LEVEL2_OFFSET, BIG_ENDIAN);
    }

    /**
     * Level 3: MWCB level 3 (8 implied decimals, the scale of {@code dev.hft.api.FixedPoint}).
     *
     * @return the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     */
    public long level3() {
        return buffer.getLong(offset + LEVEL3_OFFSET, BIG_ENDIAN);
    }

    @Override
    public String toString() {
        return buffer == null ? "MwcbDeclineLevel{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("MwcbDeclineLevel{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", level1=").append(Long.toUnsignedString(level1()));
        sb.append(", level2=").append(Long.toUnsignedString(level2()));
        sb.append(", level3=").append(Long.toUnsignedString(level3()));
        return sb.append('}');
    }
}
