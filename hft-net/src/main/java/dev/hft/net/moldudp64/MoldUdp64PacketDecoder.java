package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.END_OF_SESSION;
import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.HEARTBEAT;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_COUNT_OFFSET;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;
import static dev.hft.net.moldudp64.MoldUdp64.SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.moldudp64.MoldUdp64.SESSION_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.SESSION_OFFSET;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;

/**
 * Flyweight over a MoldUDP64 downstream or request packet (layout in {@link MoldUdp64}).
 * {@link #wrap(DirectBuffer, int, int)} checks only that the header fits; {@link #forEachMessage} checks every
 * message block against the packet's end.
 */
public final class MoldUdp64PacketDecoder {
    /** {@link #forEachMessage} result: a message block runs past the end of the packet. */
    public static final int TRUNCATED = -1;
    /** {@link #forEachMessage} result: the packet has bytes after its last message block. */
    public static final int TRAILING_BYTES = -2;

    private DirectBuffer buffer;
    private int offset;
    private int length;

    /**
     * Points the flyweight at a packet.
     *
     * @param buffer the bytes.
     * @param offset where the packet starts.
     * @param length the packet's length (the UDP payload length).
     * @return {@code true} if the header fits; {@code false} if the packet is shorter than
     *         {@link MoldUdp64#HEADER_LENGTH}.
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return length >= HEADER_LENGTH;
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
     * Where the packet starts.
     *
     * @return the offset.
     */
    public int offset() {
        return offset;
    }

    /**
     * The packet's length.
     *
     * @return bytes.
     */
    public int length() {
        return length;
    }

    /**
     * Copies the session name into a caller-owned array (no allocation).
     *
     * @param dst at least {@link MoldUdp64#SESSION_LENGTH} bytes.
     */
    public void getSession(final byte[] dst) {
        buffer.getBytes(offset + SESSION_OFFSET, dst, 0, SESSION_LENGTH);
    }

    /**
     * Compares the session name with an expected one without copying.
     *
     * @param session {@link MoldUdp64#SESSION_LENGTH} bytes.
     * @return whether they are equal.
     */
    public boolean sessionEquals(final byte[] session) {
        for (int i = 0; i < SESSION_LENGTH; i++) {
            if (buffer.getByte(offset + SESSION_OFFSET + i) != session[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The session name, for logs and tests (allocates).
     *
     * @return the ten-character session name, trailing spaces trimmed.
     */
    public String session() {
        return buffer.getStringWithoutLengthAscii(offset + SESSION_OFFSET, SESSION_LENGTH).trim();
    }

    /**
     * The sequence number of the first message (downstream) or of the first message requested (request).
     *
     * @return the sequence number.
     */
    public long sequenceNumber() {
        return buffer.getLong(offset + SEQUENCE_NUMBER_OFFSET, ByteOrder.BIG_ENDIAN);
    }

    /**
     * The message count: 0 is a heartbeat, 0xFFFF the end of session.
     *
     * @return 0 to 65535.
     */
    public int messageCount() {
        return buffer.getShort(offset + MESSAGE_COUNT_OFFSET, ByteOrder.BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * Whether this packet is a heartbeat.
     *
     * @return {@code true} for a message count of 0.
     */
    public boolean isHeartbeat() {
        return messageCount() == HEARTBEAT;
    }

    /**
     * Whether this packet marks the end of the session.
     *
     * @return {@code true} for a message count of 0xFFFF.
     */
    public boolean isEndOfSession() {
        return messageCount() == END_OF_SESSION;
    }

    /**
     * Hands every message of a data packet to the handler, numbered from {@link #sequenceNumber()}; stops at the
     * first malformed block (messages before it have been delivered).
     *
     * @param handler receives each message.
     * @return the number of messages delivered if the packet is well formed, {@link #TRUNCATED} or
     *         {@link #TRAILING_BYTES} otherwise. Heartbeats and end-of-session packets deliver 0.
     */
    public int forEachMessage(final MoldUdp64MessageHandler handler) {
        final int count = messageCount();
        if (count == HEARTBEAT || count == END_OF_SESSION) {
            return 0;
        }
        final DirectBuffer buffer = this.buffer;
        final int end = offset + length;
        long sequence = sequenceNumber();
        int position = offset + HEADER_LENGTH;
        for (int i = 0; i < count; i++) {
            if (position + MESSAGE_LENGTH_PREFIX > end) {
                return TRUNCATED;
            }
            final int messageLength = buffer.getShort(position, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            position += MESSAGE_LENGTH_PREFIX;
            if (position + messageLength > end) {
                return TRUNCATED;
            }
            handler.onMessage(sequence++, buffer, position, messageLength);
            position += messageLength;
        }
        return position == end ? count : TRAILING_BYTES;
    }
}
