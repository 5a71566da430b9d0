package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.END_OF_SESSION;
import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_MESSAGE_COUNT;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_COUNT_OFFSET;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;
import static dev.hft.net.moldudp64.MoldUdp64.SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.moldudp64.MoldUdp64.SESSION_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.SESSION_OFFSET;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Builds MoldUDP64 downstream and request packets in place (layout in {@link MoldUdp64}).
 * <pre>
 * encoder.wrap(buffer, 0, 1400).session(session).sequenceNumber(42);
 * while (encoder.tryAppend(src, offset, length)) { ... }
 * channel.send(buffer, encoder.length());
 * </pre>
 */
public final class MoldUdp64PacketEncoder {
    private MutableDirectBuffer buffer;
    private int offset;
    private int capacity;
    private int position;
    private int count;

    /**
     * Starts a packet with an empty message block (a heartbeat until messages are appended).
     *
     * @param buffer    where to write.
     * @param offset    where the packet starts.
     * @param capacity  the largest packet length allowed, at least {@link MoldUdp64#HEADER_LENGTH}.
     * @return this encoder.
     */
    public MoldUdp64PacketEncoder wrap(final MutableDirectBuffer buffer, final int offset, final int capacity) {
        if (capacity < HEADER_LENGTH) {
            throw new IllegalArgumentException("capacity below the header length: " + capacity);
        }
        this.buffer = buffer;
        this.offset = offset;
        this.capacity = capacity;
        this.position = offset + HEADER_LENGTH;
        this.count = 0;
        buffer.putShort(offset + MESSAGE_COUNT_OFFSET, (short) 0, ByteOrder.BIG_ENDIAN);
        return this;
    }

    /**
     * Writes the session name.
     *
     * @param session exactly {@link MoldUdp64#SESSION_LENGTH} bytes (space-padded).
     * @return this encoder.
     */
    public MoldUdp64PacketEncoder session(final byte[] session) {
        buffer.putBytes(offset + SESSION_OFFSET, session, 0, SESSION_LENGTH);
        return this;
    }

    /**
     * Writes the sequence number of the first message (or the first requested).
     *
     * @param sequenceNumber the sequence number.
     * @return this encoder.
     */
    public MoldUdp64PacketEncoder sequenceNumber(final long sequenceNumber) {
        buffer.putLong(offset + SEQUENCE_NUMBER_OFFSET, sequenceNumber, ByteOrder.BIG_ENDIAN);
        return this;
    }

    /**
     * Writes the message count directly: a request's requested count, or {@link MoldUdp64#END_OF_SESSION}.
     * Packets built with {@link #tryAppend} keep their count themselves.
     *
     * @param messageCount 0 to 0xFFFF.
     * @return this encoder.
     */
    public MoldUdp64PacketEncoder messageCount(final int messageCount) {
        buffer.putShort(offset + MESSAGE_COUNT_OFFSET, (short) messageCount, ByteOrder.BIG_ENDIAN);
        return this;
    }

    /**
     * Marks the packet as the end of the session (count 0xFFFF, no messages).
     *
     * @return this encoder.
     */
    public MoldUdp64PacketEncoder endOfSession() {
        position = offset + HEADER_LENGTH;
        count = 0;
        return messageCount(END_OF_SESSION);
    }

    /**
     * Appends a message block if it fits.
     *
     * @param src    the message bytes.
     * @param srcOffset where they start.
     * @param length the message length, 0 to 65535.
     * @return {@code true} if appended; {@code false} if the packet is full (send it and start the next).
     */
    public boolean tryAppend(final DirectBuffer src, final int srcOffset, final int length) {
        if (position + MESSAGE_LENGTH_PREFIX + length > offset + capacity || count == MAX_MESSAGE_COUNT
            || length > 0xFFFF) {
            return false;
        }
        buffer.putShort(position, (short) length, ByteOrder.BIG_ENDIAN);
        buffer.putBytes(position + MESSAGE_LENGTH_PREFIX, src, srcOffset, length);
        position += MESSAGE_LENGTH_PREFIX + length;
        buffer.putShort(offset + MESSAGE_COUNT_OFFSET, (short) ++count, ByteOrder.BIG_ENDIAN);
        return true;
    }

    /**
     * Messages appended so far.
     *
     * @return the count.
     */
    public int count() {
        return count;
    }

    /**
     * The packet's length so far.
     *
     * @return bytes from the packet's start.
     */
    public int length() {
        return position - offset;
    }
}
