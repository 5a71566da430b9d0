package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one End of Session message, type {@code 0x2D} (spec §4.7), in place; the layout is in
 * {@link EndOfSessionDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field and
 * returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable bytes.
 */
public final class EndOfSessionEncoder {
    /** Message Type byte. */
    public static final int TYPE = EndOfSessionDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = EndOfSessionDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public EndOfSessionEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + Pitch.MESSAGE_LENGTH_OFFSET, (byte) LENGTH);
        buffer.putByte(offset + Pitch.MESSAGE_TYPE_OFFSET, (byte) TYPE);
        return this;
    }

    /**
     * Writes Time Offset: ns after the unit's last Time message.
     *
     * @param timeOffset 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public EndOfSessionEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + EndOfSessionDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }
}
