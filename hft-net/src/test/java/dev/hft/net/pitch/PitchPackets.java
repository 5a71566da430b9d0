package dev.hft.net.pitch;

import java.util.List;
import java.util.stream.IntStream;

import org.agrona.concurrent.UnsafeBuffer;

/** Test helper: builds PITCH packets (unit header + raw messages) into a buffer. */
final class PitchPackets {
    static final int[] KNOWN_TYPES = knownTypes(true);
    static final int[] UNKNOWN_TYPES = knownTypes(false);

    private PitchPackets() {
    }

    private static int[] knownTypes(final boolean known) {
        return IntStream.range(0, 256)
            .filter(type -> (Pitch.messageLength(type) != 0) == known)
            .toArray();
    }

    /** A message of the given type and length: Length and Type bytes, then the payload (repeated or cut to fit). */
    static byte[] message(final int type, final int length, final byte[] payload) {
        final byte[] bytes = new byte[length];
        bytes[0] = (byte) length;
        bytes[1] = (byte) type;
        for (int i = 2; i < length && payload.length > 0; i++) {
            bytes[i] = payload[(i - 2) % payload.length];
        }
        return bytes;
    }

    /** Writes a unit with the true Hdr Length and Hdr Count; returns the packet length. */
    static int write(final UnsafeBuffer buffer, final int offset, final int unit, final long sequence,
        final List<byte[]> messages) {
        int length = SequencedUnitHeaderDecoder.LENGTH;
        for (final byte[] message : messages) {
            buffer.putBytes(offset + length, message);
            length += message.length;
        }
        new SequencedUnitHeaderEncoder().wrap(buffer, offset).length(length).count(messages.size()).unit(unit)
            .sequence(sequence);
        return length;
    }
}
