package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import dev.hft.api.Side;
import org.agrona.DirectBuffer;

/**
 * Flyweight over one Add Order (long form) message, type {@code 0x21} (spec §4.3): a new visible order, used when the
 * price or quantity does not fit the short form.
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           34
 * Message Type                    1       1  u8           0x21
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * Order Id                        6       8  u64          day-unique order id
 * Side Indicator                 14       1  alpha        'B' buy, 'S' sell
 * Quantity                       15       4  u32          shares added
 * Symbol                         19       6  alpha(6)     space-padded
 * Price                          25       8  long price   limit price
 * Add Flags                      33       1  bit field    bit 0 display (reserved, set, in later 2.41 revisions)
 * </pre>
 * Integers are little-endian; {@link AddOrderLongEncoder} writes the same layout. The getters read the buffer on every
 * call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener} callbacks:
 * during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before it wraps.
 */
public final class AddOrderLongDecoder {
    /** Message Type byte (spec §4.3). */
    public static final int TYPE = 0x21;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 34;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    /** Offset of Order Id (u64, 8 bytes). */
    public static final int ORDER_ID_OFFSET = 6;

    /** Offset of Side Indicator (alpha, 1 byte). */
    public static final int SIDE_INDICATOR_OFFSET = 14;

    /** Offset of Quantity (u32, 4 bytes). */
    public static final int QUANTITY_OFFSET = 15;

    /** Offset of Symbol (alpha(6), 6 bytes). */
    public static final int SYMBOL_OFFSET = 19;

    /** Length of Symbol in bytes. */
    public static final int SYMBOL_LENGTH = 6;

    /** Offset of Price (long price, 8 bytes). */
    public static final int PRICE_OFFSET = 25;

    /** Offset of Add Flags (bit field, 1 byte). */
    public static final int ADD_FLAGS_OFFSET = 33;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public AddOrderLongDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Order Id: day-unique order id.
     *
     * @return the 64 bits as sent (unsigned on the wire: compare with {@link Long#compareUnsigned}).
     */
    public long orderId() {
        return buffer.getLong(offset + ORDER_ID_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Side Indicator: 'B' buy, 'S' sell.
     *
     * @return the ASCII byte as sent.
     */
    public byte sideIndicator() {
        return buffer.getByte(offset + SIDE_INDICATOR_OFFSET);
    }

    /**
     * Side Indicator as a {@link Side}. Allocation-free.
     *
     * @return {@link Side#BUY} for 'B', {@link Side#SELL} for 'S', {@link Side#UNKNOWN} otherwise.
     */
    public Side side() {
        return Pitch.side(buffer.getByte(offset + SIDE_INDICATOR_OFFSET));
    }

    /**
     * Quantity: shares added.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits).
     */
    public long quantity() {
        return buffer.getInt(offset + QUANTITY_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Symbol (6 bytes, space-padded) packed into a {@code long} without allocating: see {@link Pitch#packSymbol}.
     *
     * @return the packed symbol; equal to the packed value of the same symbol in any other message.
     */
    public long symbol() {
        return Pitch.readSymbol6(buffer, offset + SYMBOL_OFFSET);
    }

    /**
     * Copies Symbol as sent (6 ASCII bytes, space-padded) into a caller-owned array.
     *
     * @param dst at least 6 bytes; bytes 0 to 5 are overwritten.
     */
    public void getSymbol(final byte[] dst) {
        buffer.getBytes(offset + SYMBOL_OFFSET, dst, 0, SYMBOL_LENGTH);
    }

    /**
     * Price: limit price, a Binary Long Price: unsigned 64 bits with {@value Pitch#LONG_PRICE_DECIMALS} implied
     * decimals ({@code 1025000} is $102.50).
     *
     * @return the raw wire value.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Price as a {@link dev.hft.api.FixedPoint} value. Allocation-free.
     *
     * @return the price with {@link dev.hft.api.FixedPoint#DECIMALS} decimals, or
     *         {@link dev.hft.api.FixedPoint#NULL_PRICE} if it does not fit.
     */
    public long priceFixed() {
        return Pitch.longPriceToFixed(price());
    }

    /**
     * Add Flags: bit 0 display (reserved, set, in later 2.41 revisions).
     *
     * @return the bit field, 0 to 255.
     */
    public int addFlags() {
        return buffer.getByte(offset + ADD_FLAGS_OFFSET) & 0xFF;
    }
}
