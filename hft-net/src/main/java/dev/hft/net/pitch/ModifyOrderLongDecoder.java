package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over one Modify Order (long form) message, type {@code 0x27} (spec §4.4.4): a visible order's new quantity
 * and price, used when they do not fit the short form.
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           27
 * Message Type                    1       1  u8           0x27
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * Order Id                        6       8  u64          the modified order
 * Quantity                       14       4  u32          shares after the modify
 * Price                          18       8  long price   limit price after the modify
 * Modify Flags                   26       1  bit field    bit 0 display, bit 1 maintain priority
 * </pre>
 * Integers are little-endian; {@link ModifyOrderLongEncoder} writes the same layout. The getters read the buffer on
 * every call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener}
 * callbacks: during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before
 * it wraps.
 */
public final class ModifyOrderLongDecoder {
    /** Message Type byte (spec §4.4.4). */
    public static final int TYPE = 0x27;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 27;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    /** Offset of Order Id (u64, 8 bytes). */
    public static final int ORDER_ID_OFFSET = 6;

    /** Offset of Quantity (u32, 4 bytes). */
    public static final int QUANTITY_OFFSET = 14;

    /** Offset of Price (long price, 8 bytes). */
    public static final int PRICE_OFFSET = 18;

    /** Offset of Modify Flags (bit field, 1 byte). */
    public static final int MODIFY_FLAGS_OFFSET = 26;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public ModifyOrderLongDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Order Id: the modified order.
     *
     * @return the 64 bits as sent (unsigned on the wire: compare with {@link Long#compareUnsigned}).
     */
    public long orderId() {
        return buffer.getLong(offset + ORDER_ID_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Quantity: shares after the modify.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits).
     */
    public long quantity() {
        return buffer.getInt(offset + QUANTITY_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Price: limit price after the modify, a Binary Long Price: unsigned 64 bits with
     * {@value Pitch#LONG_PRICE_DECIMALS} implied decimals ({@code 1025000} is $102.50).
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
     * Modify Flags: bit 0 display, bit 1 maintain priority.
     *
     * @return the bit field, 0 to 255.
     */
    public int modifyFlags() {
        return buffer.getByte(offset + MODIFY_FLAGS_OFFSET) & 0xFF;
    }
}
