package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over one Trading Status message, type {@code 0x31} (spec §4.9): a symbol's trading status and Reg SHO state
 * changed.
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           18
 * Message Type                    1       1  u8           0x31
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * Symbol                          6       8  alpha(8)     space-padded
 * Trading Status                 14       1  alpha        A queuing, H halted, Q quote-only, S suspended, T trading
 * Reg SHO Action                 15       1  alpha        '0' no price test, '1' Reg SHO price test in effect
 * Reserved                       16       2  reserved
 * </pre>
 * Integers are little-endian; {@link TradingStatusEncoder} writes the same layout. The getters read the buffer on every
 * call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener} callbacks:
 * during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before it wraps.
 */
public final class TradingStatusDecoder {
    /** Message Type byte (spec §4.9). */
    public static final int TYPE = 0x31;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 18;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    /** Offset of Symbol (alpha(8), 8 bytes). */
    public static final int SYMBOL_OFFSET = 6;

    /** Length of Symbol in bytes. */
    public static final int SYMBOL_LENGTH = 8;

    /** Offset of Trading Status (alpha, 1 byte). */
    public static final int TRADING_STATUS_OFFSET = 14;

    /** Offset of Reg SHO Action (alpha, 1 byte). */
    public static final int REG_SHO_ACTION_OFFSET = 15;

    /** Offset of Reserved (reserved, 2 bytes). */
    public static final int RESERVED_OFFSET = 16;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public TradingStatusDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Trading Status: A queuing, H halted, Q quote-only, S suspended, T trading.
     *
     * @return the ASCII byte as sent.
     */
    public byte tradingStatus() {
        return buffer.getByte(offset + TRADING_STATUS_OFFSET);
    }

    /**
     * Reg SHO Action: '0' no price test, '1' Reg SHO price test in effect.
     *
     * @return the ASCII byte as sent.
     */
    public byte regShoAction() {
        return buffer.getByte(offset + REG_SHO_ACTION_OFFSET);
    }
}
