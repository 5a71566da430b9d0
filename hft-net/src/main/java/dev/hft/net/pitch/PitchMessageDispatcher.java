package dev.hft.net.pitch;

import java.util.Objects;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;

/**
 * Walks one PITCH UDP payload (a Sequenced Unit Header and its Hdr Count messages, layout in {@link Pitch}) and hands
 * each message to a {@link PitchListener} through a flyweight it owns. Bad input is counted and reported through the
 * {@link WireErrorCounters} given at construction, never thrown:
 * <ul>
 *     <li>a message whose type this codec does not know: {@link WireError#UNKNOWN_MESSAGE_TYPE}, skipped using its
 *     Length byte, the walk goes on;</li>
 *     <li>a known type whose Length byte is not the type's fixed length ({@link Pitch#messageLength}):
 *     {@link WireError#BAD_LENGTH}, skipped, the walk goes on;</li>
 *     <li>a packet shorter than a header or than its Hdr Length, a message running past the end of the unit:
 *     {@link WireError#TRUNCATED}, the walk stops ({@link #TRUNCATED});</li>
 *     <li>a Hdr Length below 8 or a Length byte below 2 (nothing can be skipped safely): {@link WireError#BAD_LENGTH},
 *     the walk stops ({@link #BAD_LENGTH}); bytes after the unit: {@link WireError#BAD_LENGTH} once its messages are
 *     delivered ({@link #BAD_LENGTH});</li>
 *     <li>a Hdr Count that disagrees with the messages in the unit (fewer, or bytes left after the last one):
 *     {@link WireError#BAD_LENGTH} ({@link #COUNT_MISMATCH}).</li>
 * </ul>
 * Messages before the point where a walk stops have been delivered. Errors carry the sequence number of the message
 * concerned ({@code Hdr Sequence + index}) and its bytes, or the whole packet's for header errors.
 *
 * <p>Single-threaded: call {@link #onPacket} from one thread (the one polling the socket or the capture). It allocates
 * nothing.
 */
public final class PitchMessageDispatcher {
    /** {@link #onPacket} result: the packet or a message in it is cut short; the walk stopped there. */
    public static final int TRUNCATED = -1;
    /** {@link #onPacket} result: a length field makes the rest of the packet unreadable, or bytes follow the unit. */
    public static final int BAD_LENGTH = -2;
    /** {@link #onPacket} result: the header's message count disagrees with the messages present. */
    public static final int COUNT_MISMATCH = -3;

    private final PitchListener listener;
    private final WireErrorCounters errors;
    private final SequencedUnitHeaderDecoder header = new SequencedUnitHeaderDecoder();
    private final PitchMessageSwitch messages = new PitchMessageSwitch();

    /**
     * Creates a dispatcher.
     *
     * @param listener receives the header and messages of each packet.
     * @param errors   where malformed input is counted and reported.
     */
    public PitchMessageDispatcher(final PitchListener listener, final WireErrorCounters errors) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Dispatches the messages of one packet, in order, after {@link PitchListener#onUnitHeader}.
     *
     * @param buffer the packet's bytes.
     * @param offset where the packet (its Sequenced Unit Header) starts.
     * @param length the packet's length (the UDP payload length).
     * @return the number of messages delivered to the listener (0 for a heartbeat; skipped messages are not counted)
     *         if the walk reached the end of the unit, else {@link #TRUNCATED}, {@link #BAD_LENGTH} or
     *         {@link #COUNT_MISMATCH}.
     */
    public int onPacket(final DirectBuffer buffer, final int offset, final int length) {
        final SequencedUnitHeaderDecoder header = this.header;
        if (length < SequencedUnitHeaderDecoder.LENGTH) {
            errors.report(WireError.TRUNCATED, -1, buffer, offset, Math.max(0, length));
            return TRUNCATED;
        }
        header.wrap(buffer, offset);
        final int unitLength = header.length();
        final long sequence = header.sequence();
        if (unitLength < SequencedUnitHeaderDecoder.LENGTH) {
            errors.report(WireError.BAD_LENGTH, sequence, buffer, offset, length);
            return BAD_LENGTH;
        }
        listener.onUnitHeader(header);
        final int count = header.count();
        final int end = offset + Math.min(unitLength, length);
        int position = offset + SequencedUnitHeaderDecoder.LENGTH;
        int delivered = 0;
        for (int i = 0; i < count; i++) {
            if (position == end) {
                if (unitLength > length) {
                    errors.report(WireError.TRUNCATED, sequence + i, buffer, offset, length);
                    return TRUNCATED;
                }
                errors.report(WireError.BAD_LENGTH, sequence + i, buffer, offset, length);
                return COUNT_MISMATCH;
            }
            if (position + Pitch.MESSAGE_HEADER_LENGTH > end) {
                errors.report(WireError.TRUNCATED, sequence + i, buffer, position, end - position);
                return TRUNCATED;
            }
            final int messageLength = buffer.getByte(position + Pitch.MESSAGE_LENGTH_OFFSET) & 0xFF;
            if (messageLength < Pitch.MESSAGE_HEADER_LENGTH) {
                errors.report(WireError.BAD_LENGTH, sequence + i, buffer, position, end - position);
                return BAD_LENGTH;
            }
            if (position + messageLength > end) {
                errors.report(WireError.TRUNCATED, sequence + i, buffer, position, end - position);
                return TRUNCATED;
            }
            final int type = buffer.getByte(position + Pitch.MESSAGE_TYPE_OFFSET) & 0xFF;
            final int expectedLength = Pitch.messageLength(type);
            if (expectedLength == 0) {
                errors.report(WireError.UNKNOWN_MESSAGE_TYPE, sequence + i, buffer, position, messageLength);
            } else if (messageLength != expectedLength) {
                errors.report(WireError.BAD_LENGTH, sequence + i, buffer, position, messageLength);
            } else if (dispatch(type, buffer, position)) {
                delivered++;
            }
            position += messageLength;
        }
        if (position < end) {
            errors.report(WireError.BAD_LENGTH, sequence + count, buffer, position, end - position);
            return COUNT_MISMATCH;
        }
        if (unitLength != length) {
            final boolean truncated = unitLength > length;
            errors.report(truncated ? WireError.TRUNCATED : WireError.BAD_LENGTH, sequence + count, buffer, offset,
                length);
            return truncated ? TRUNCATED : BAD_LENGTH;
        }
        return delivered;
    }

    private boolean dispatch(final int type, final DirectBuffer buffer, final int position) {
        return messages.dispatch(type, buffer, position, listener);
    }
}
