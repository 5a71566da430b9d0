package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes a Sequenced Unit Header (spec §2.4) in place; the layout is in {@link SequencedUnitHeaderDecoder}. Each
 * setter writes one field and returns this encoder; nothing is checked and nothing allocated.
 * <pre>
 * header.wrap(buffer, 0).unit(1).sequence(42).count(2).length(SequencedUnitHeaderEncoder.LENGTH + 26 + 14);
 * addOrderShort.wrap(buffer, SequencedUnitHeaderEncoder.LENGTH)...;
 * </pre>
 */
public final class SequencedUnitHeaderEncoder {
    /** Length of the header in bytes. */
    public static final int LENGTH = SequencedUnitHeaderDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes (it writes nothing yet).
     *
     * @param buffer where to write.
     * @param offset where the header starts.
     * @return this encoder.
     */
    public SequencedUnitHeaderEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * Writes Hdr Length.
     *
     * @param length the length of the whole unit, this header included, 8 to 65,535 (the low 16 bits are written).
     * @return this encoder.
     */
    public SequencedUnitHeaderEncoder length(final int length) {
        buffer.putShort(offset + SequencedUnitHeaderDecoder.HDR_LENGTH_OFFSET, (short) length, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Hdr Count.
     *
     * @param count the number of messages after the header, 0 to 255 (the low 8 bits are written).
     * @return this encoder.
     */
    public SequencedUnitHeaderEncoder count(final int count) {
        buffer.putByte(offset + SequencedUnitHeaderDecoder.HDR_COUNT_OFFSET, (byte) count);
        return this;
    }

    /**
     * Writes Hdr Unit.
     *
     * @param unit the unit, 0 to 255 (the low 8 bits are written).
     * @return this encoder.
     */
    public SequencedUnitHeaderEncoder unit(final int unit) {
        buffer.putByte(offset + SequencedUnitHeaderDecoder.HDR_UNIT_OFFSET, (byte) unit);
        return this;
    }

    /**
     * Writes Hdr Sequence.
     *
     * @param sequence the sequence number of the first message, 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public SequencedUnitHeaderEncoder sequence(final long sequence) {
        buffer.putInt(offset + SequencedUnitHeaderDecoder.HDR_SEQUENCE_OFFSET, (int) sequence, LITTLE_ENDIAN);
        return this;
    }
}
