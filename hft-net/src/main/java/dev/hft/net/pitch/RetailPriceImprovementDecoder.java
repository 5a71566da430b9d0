package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over one Retail Price Improvement message, type {@code 0x98} (spec §4.15): BYX retail liquidity indicator:
 * which sides have a price-improving retail order.
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           15
 * Message Type                    1       1  u8           0x98
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * Symbol                          6       8  alpha(8)     space-padded
 * Retail Price Improvement       14       1  alpha        B buy, S sell, A both, N none
 * </pre>
 * Integers are little-endian; {@link RetailPriceImprovementEncoder} writes the same layout. The getters read the buffer
 * on every call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener}
 * callbacks: during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before
 * it wraps.
 */
public final class RetailPriceImprovementDecoder {
    /** Message Type byte (spec §4.15). */
    public static final int TYPE = 0x98;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 15;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    /** Offset of Symbol (alpha(8), 8 bytes). */
    public static final int SYMBOL_OFFSET = 6;

    /** Length of Symbol in bytes. */
    public static final int SYMBOL_LENGTH = 8;

    /** Offset of Retail Price Improvement (alpha, 1 byte). */
    public static final int RETAIL_PRICE_IMPROVEMENT_OFFSET = 14;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public RetailPriceImprovementDecoder wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The buffer this flyweight reads.
     *
     * @return the buffer.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where the message starts in {@link #buffer()}.
     *
     * @return the offset of the Length byte.
     */
    public int offset() {
        return offset;
    }

    /**
     * The Length byte as sent.
     *
     * @return 0 to 255; {@link #LENGTH} in a well-formed message.
     */
    public int length() {
        return buffer.getByte(offset + Pitch.MESSAGE_LENGTH_OFFSET) & 0xFF;
    }

    /**
     * The Message Type byte as sent.
     *
     * @return {@link #TYPE} in a message this flyweight was meant for.
     */
    public int messageType() {
        return buffer.getByte(offset + Pitch.MESSAGE_TYPE_OFFSET) & 0xFF;
    }

    /**
     * Time Offset: ns after the unit's last Time message.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits).
     */
    public long timeOffset() {
        return buffer.getInt(offset + TIME_OFFSET_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Symbol (8 bytes, space-padded) packed into a {@code long} without allocating: see {@link Pitch#packSymbol}.
     *
     * @return the packed symbol; equal to the packed value of the same symbol in any other message.
     */
    public long symbol() {
        return buffer.getLong(offset + SYMBOL_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Copies Symbol as sent (8 ASCII bytes, space-padded) into a caller-owned array.
     *
     * @param dst at least 8 bytes; bytes 0 to 7 are overwritten.
     */
    public void getSymbol(final byte[] dst) {
        buffer.getBytes(offset + SYMBOL_OFFSET, dst, 0, SYMBOL_LENGTH);
    }

    /**
     * Retail Price Improvement: B buy, S sell, A both, N none.
     *
     * @return the ASCII byte as sent.
     */
    public byte retailPriceImprovement() {
        return buffer.getByte(offset + RETAIL_PRICE_IMPROVEMENT_OFFSET);
    }
}
