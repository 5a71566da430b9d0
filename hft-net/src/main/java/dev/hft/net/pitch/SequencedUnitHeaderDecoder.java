package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over the Sequenced Unit Header (spec §2.4) that starts every PITCH UDP payload and every Gap Request
 * Proxy or Spin Server frame.
 *
 * <pre>
 * field          offset  length  type  meaning
 * Hdr Length          0       2  u16   bytes in the whole unit: this header and the Hdr Count messages after it
 * Hdr Count           2       1  u8    messages after this header; 0 in a heartbeat
 * Hdr Unit            3       1  u8    the unit (symbol range) the messages belong to; 0 when unsequenced
 * Hdr Sequence        4       4  u32   sequence number of the first message; 0 when unsequenced
 * </pre>
 * The messages in the unit are numbered {@link #sequence()}, {@link #sequence()} + 1, and so on. Integers are
 * little-endian; {@link SequencedUnitHeaderEncoder} writes the same layout. The getters read the buffer on every call
 * and allocate nothing.
 */
public final class SequencedUnitHeaderDecoder {
    /** Length of the header in bytes. */
    public static final int LENGTH = 8;
    /** Offset of Hdr Length (u16). */
    public static final int HDR_LENGTH_OFFSET = 0;
    /** Offset of Hdr Count (u8). */
    public static final int HDR_COUNT_OFFSET = 2;
    /** Offset of Hdr Unit (u8). */
    public static final int HDR_UNIT_OFFSET = 3;
    /** Offset of Hdr Sequence (u32). */
    public static final int HDR_SEQUENCE_OFFSET = 4;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a header; it does not check that {@link #LENGTH} bytes are there.
     *
     * @param buffer the bytes.
     * @param offset where the header starts (the start of the UDP payload).
     * @return this decoder.
     */
    public SequencedUnitHeaderDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * Where the header starts in {@link #buffer()}.
     *
     * @return the offset.
     */
    public int offset() {
        return offset;
    }

    /**
     * Hdr Length: the length of the whole unit, this header included.
     *
     * @return 0 to 65,535; at least {@link #LENGTH} in a well-formed unit.
     */
    public int length() {
        return buffer.getShort(offset + HDR_LENGTH_OFFSET, LITTLE_ENDIAN) & 0xFFFF;
    }

    /**
     * Hdr Count: how many messages follow the header.
     *
     * @return 0 to 255; 0 in a heartbeat.
     */
    public int count() {
        return buffer.getByte(offset + HDR_COUNT_OFFSET) & 0xFF;
    }

    /**
     * Hdr Unit: the unit the messages belong to; sequence numbers are per unit.
     *
     * @return 0 to 255.
     */
    public int unit() {
        return buffer.getByte(offset + HDR_UNIT_OFFSET) & 0xFF;
    }

    /**
     * Hdr Sequence: the sequence number of the first message after the header.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits); 0 for unsequenced messages.
     */
    public long sequence() {
        return buffer.getInt(offset + HDR_SEQUENCE_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }
}
