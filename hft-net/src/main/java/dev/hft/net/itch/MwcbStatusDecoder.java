package dev.hft.net.itch;

import org.agrona.DirectBuffer;

/**
 * Decodes the MWCB Status message ({@code 'W'}, spec section 1.2.5.2): a market-wide circuit breaker level was
 * breached. A flyweight: {@link #wrap} points it at the bytes and each getter reads its field on demand; nothing is
 * copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('W')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       1  alpha     Breached Level
 *     12                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class MwcbStatusDecoder {
    /** Message type byte, {@code 'W'}. */
    public static final byte TYPE = 'W';
    /** Message length in bytes (spec section 1.2.5.2). */
    public static final int LENGTH = 12;
    /** Offset of Breached Level (1-byte alpha), spec section 1.2.5.2. */
    public static final int BREACHED_LEVEL_OFFSET = 11;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public MwcbStatusDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Breached Level: '1', '2' or '3'.
     *
     * @return the ASCII byte.
     */
    public byte breachedLevel() {
        return buffer.getByte(offset + BREACHED_LEVEL_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "MwcbStatus{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("MwcbStatus{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", breachedLevel=");
        Itch50.appendAlpha(sb, buffer, offset + BREACHED_LEVEL_OFFSET, 1);
        return sb.append('}');
    }
}
