package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.MAX_PAYLOAD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCED_DATA;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The sequenced messages of one SoupBinTCP session, numbered from 1, kept as ready-to-send Sequenced Data packets
 * in one preallocated direct buffer. A {@link SoupBinTcpServer} writes every logged-in connection straight from
 * here (a replay and the live stream are the same write from a different position), so a slow client never holds
 * up the others and a login asking for message N is served from N.
 *
 * <p>Append-only and bounded: size it for a whole session (a trading day); {@link #append} returns {@link #FULL}
 * when it cannot take a message. The store outlives a server: give the same store to a new
 * {@link SoupBinTcpServer} after a restart in the same process and reconnecting clients resume where they were.
 * Single-threaded (the server's polling thread).
 */
public final class SoupBinTcpMessageStore {
    /** {@link #append} result: no room left for the message. */
    public static final long FULL = -1;

    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private final int capacity;
    private final int[] packetPositions;
    private int count;
    private int limit;

    /**
     * Creates a store; allocates its buffer and index now.
     *
     * @param capacityBytes bytes of packets it can hold (each message takes its length plus
     *                      {@link SoupBinTcp#HEADER_LENGTH}).
     * @param maxMessages   how many messages it can hold.
     */
    public SoupBinTcpMessageStore(final int capacityBytes, final int maxMessages) {
        if (capacityBytes < HEADER_LENGTH || maxMessages < 1) {
            throw new IllegalArgumentException("store too small: " + capacityBytes + " bytes, " + maxMessages
                + " messages");
        }
        this.capacity = capacityBytes;
        this.byteBuffer = ByteBuffer.allocateDirect(capacityBytes);
        this.buffer = new UnsafeBuffer(byteBuffer);
        this.packetPositions = new int[maxMessages + 1];
    }

    /**
     * Appends a message as the next sequenced packet.
     *
     * @param src    the message.
     * @param offset where it starts.
     * @param length its length, 0 to {@link SoupBinTcp#MAX_PAYLOAD_LENGTH}.
     * @return the message's sequence number (1 for the first), or {@link #FULL}.
     * @throws IllegalArgumentException if the length is out of range.
     */
    public long append(final DirectBuffer src, final int offset, final int length) {
        if (length < 0 || length > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("message length out of range: " + length);
        }
        final int packetLength = HEADER_LENGTH + length;
        if (count == packetPositions.length - 1 || capacity - limit < packetLength) {
            return FULL;
        }
        final int position = limit;
        buffer.putShort(position, (short) (length + 1), ByteOrder.BIG_ENDIAN);
        buffer.putByte(position + SoupBinTcp.PACKET_TYPE_OFFSET, SEQUENCED_DATA);
        buffer.putBytes(position + HEADER_LENGTH, src, offset, length);
        packetPositions[count] = position;
        count++;
        limit = position + packetLength;
        packetPositions[count] = limit;
        return count;
    }

    /**
     * The number the next appended message will get.
     *
     * @return the message count plus one.
     */
    public long nextSequenceNumber() {
        return count + 1L;
    }

    /**
     * How many messages are stored.
     *
     * @return the count.
     */
    public long messageCount() {
        return count;
    }

    /**
     * The buffer holding the packets, for reading stored messages with {@link #messageOffset} and
     * {@link #messageLength}.
     *
     * @return the buffer; read-only for callers.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where a stored message starts in {@link #buffer()}.
     *
     * @param sequenceNumber 1 to {@link #messageCount()}.
     * @return the offset of the message (after its packet header).
     */
    public int messageOffset(final long sequenceNumber) {
        return packetPositions[checkStored(sequenceNumber)] + HEADER_LENGTH;
    }

    /**
     * A stored message's length.
     *
     * @param sequenceNumber 1 to {@link #messageCount()}.
     * @return bytes.
     */
    public int messageLength(final long sequenceNumber) {
        final int index = checkStored(sequenceNumber);
        return packetPositions[index + 1] - packetPositions[index] - HEADER_LENGTH;
    }

    /**
     * Bytes used.
     *
     * @return bytes of packets stored.
     */
    public int usedBytes() {
        return limit;
    }

    /**
     * Bytes the store can hold.
     *
     * @return the capacity given at construction.
     */
    public int capacityBytes() {
        return capacity;
    }

    /** Position of the packet of a message, or of the end of the store for {@link #nextSequenceNumber()}. */
    int packetPosition(final long sequenceNumber) {
        if (sequenceNumber < 1 || sequenceNumber > count + 1L) {
            throw new IndexOutOfBoundsException("sequence number " + sequenceNumber + " not in 1.." + (count + 1L));
        }
        return packetPositions[(int) (sequenceNumber - 1)];
    }

    /** End of the stored packets. */
    int limit() {
        return limit;
    }

    /** A view of the packets for one connection's writes (allocates: once per connection slot). */
    ByteBuffer newView() {
        return byteBuffer.duplicate();
    }

    private int checkStored(final long sequenceNumber) {
        if (sequenceNumber < 1 || sequenceNumber > count) {
            throw new IndexOutOfBoundsException("sequence number " + sequenceNumber + " not in 1.." + count);
        }
        return (int) (sequenceNumber - 1);
    }

    @Override
    public String toString() {
        return "SoupBinTcpMessageStore{messages=" + count + ", usedBytes=" + limit + ", capacityBytes=" + capacity
            + '}';
    }
}
