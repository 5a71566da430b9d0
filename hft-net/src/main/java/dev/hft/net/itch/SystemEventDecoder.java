package dev.hft.net.itch;

import org.agrona.DirectBuffer;

/**
 * Decodes the System Event message ({@code 'S'}, spec section 1.1): a market or data-feed handler event (start/end of
 * messages, system hours, market hours). A flyweight: {@link #wrap} points it at the bytes and each getter reads its
 * field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('S')
 *      1       2  integer   Stock Locate
 *      3       2  integer   Tracking Number
 *      5       6  integer   Timestamp (nanoseconds since midnight)
 *     11       1  alpha     Event Code
 *     12                    (end: LENGTH)
 * </pre>
 *
 * <p>Conventions of every decoder in this package are in {@link Itch50}. Getters do not check bounds against the
 * message length: wrap only messages of at least {@link #LENGTH} bytes, as {@link ItchMessageDispatcher} does.
 * Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class SystemEventDecoder {
    /** Message type byte, {@code 'S'}. */
    public static final byte TYPE = 'S';
    /** Message length in bytes (spec section 1.1). */
    public static final int LENGTH = 12;
    /** Offset of Event Code (1-byte alpha), spec section 1.1. */
    public static final int EVENT_CODE_OFFSET = 11;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public SystemEventDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Event Code: 'O' start of messages, 'S' start of system hours, 'Q' start of market hours, 'M' end of market hours,
     * 'E' end of system hours, 'C' end of messages.
     *
     * @return the ASCII byte.
     */
    public byte eventCode() {
        return buffer.getByte(offset + EVENT_CODE_OFFSET);
    }

    @Override
    public String toString() {
        return buffer == null ? "SystemEvent{unwrapped}" : appendTo(new StringBuilder(128)).toString();
    }

    /**
     * Appends every field as {@code name=value}, alpha fields quoted with their padding, for logs and tests
     * (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("SystemEvent{stockLocate=").append(stockLocate())
            .append(", trackingNumber=").append(trackingNumber())
            .append(", timestamp=").append(timestamp());
        sb.append(", eventCode=");
        Itch50.appendAlpha(sb, buffer, offset + EVENT_CODE_OFFSET, 1);
        return sb.append('}');
    }
}
