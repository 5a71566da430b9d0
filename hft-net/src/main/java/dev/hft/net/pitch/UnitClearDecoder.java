package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over one Unit Clear message, type {@code 0x97} (spec §4.2): clear every order of the unit named in the
 * Sequenced Unit Header (sent at start-up and in recovery).
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           6
 * Message Type                    1       1  u8           0x97
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * </pre>
 * Integers are little-endian; {@link UnitClearEncoder} writes the same layout. The getters read the buffer on every
 * call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener} callbacks:
 * during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before it wraps.
 */
public final class UnitClearDecoder {
    /** Message Type byte (spec §4.2). */
    public static final int TYPE = 0x97;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 6;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public UnitClearDecoder wrap(final DirectBuffer buffer, final int offset) {
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
}
