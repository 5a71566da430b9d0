package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.FIRST_SEQUENCE_NUMBER;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_MESSAGE_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;

import java.nio.ByteOrder;
import java.util.Arrays;

import dev.hft.api.Result;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Every message of one MoldUDP64 session, by sequence number, for a re-request server: an off-heap log of message
 * blocks in wire form ({@code length u16 BE | payload}, as in a downstream packet) plus an index of block offsets.
 * A run of consecutive messages is one contiguous byte range of the log, so a retransmission copies it with one
 * {@code putBytes}.
 *
 * <p>Both the log and the index are preallocated at the given capacities and double when full (the only
 * allocation, amortised; size them for the session to keep appends allocation-free). The log holds at most
 * {@link ExpandableDirectByteBuffer#MAX_BUFFER_LENGTH} bytes (about 2 GiB): a session's worth.
 *
 * <p>Single-threaded: the sender appends and the request server reads on the same thread (the venue's duty cycle).
 */
public final class MoldUdp64MessageStore {
    /** Default initial log capacity: 1 MiB. */
    public static final int DEFAULT_LOG_CAPACITY = 1 << 20;
    /** Default initial index capacity: 64 Ki messages. */
    public static final int DEFAULT_INDEX_CAPACITY = 1 << 16;

    private final ExpandableDirectByteBuffer log;
    private int[] blockOffsets;
    private int logLength;
    private int count;

    /**
     * Creates a store with the default capacities.
     */
    public MoldUdp64MessageStore() {
        this(DEFAULT_LOG_CAPACITY, DEFAULT_INDEX_CAPACITY);
    }

    /**
     * Creates a store.
     *
     * @param initialLogCapacity   bytes preallocated for message blocks (payload + 2 per message).
     * @param initialIndexCapacity messages preallocated in the index.
     */
    public MoldUdp64MessageStore(final int initialLogCapacity, final int initialIndexCapacity) {
        if (initialLogCapacity < 1 || initialIndexCapacity < 1) {
            throw new IllegalArgumentException("capacities must be positive: " + initialLogCapacity + ", "
                + initialIndexCapacity);
        }
        this.log = new ExpandableDirectByteBuffer(initialLogCapacity);
        this.blockOffsets = new int[initialIndexCapacity];
    }

    /**
     * Appends a message and assigns it the next sequence number.
     *
     * @param buffer the message bytes.
     * @param offset where they start.
     * @param length the payload length, 0 to {@link MoldUdp64#MAX_MESSAGE_LENGTH}.
     * @return the message's sequence number ({@code >= 1}); {@link Result#INVALID_ARGUMENT} if the length is out of
     *         range; {@link Result#CLOSED} if the log is full (about 2 GiB).
     */
    public long append(final DirectBuffer buffer, final int offset, final int length) {
        if (length < 0 || length > MAX_MESSAGE_LENGTH) {
            return Result.INVALID_ARGUMENT;
        }
        final long newLength = (long) logLength + MESSAGE_LENGTH_PREFIX + length;
        if (newLength > ExpandableDirectByteBuffer.MAX_BUFFER_LENGTH || count == Integer.MAX_VALUE - 1) {
            return Result.CLOSED;
        }
        if (count == blockOffsets.length) {
            blockOffsets = Arrays.copyOf(blockOffsets, (int) Math.min(Integer.MAX_VALUE - 1, 2L * count));
        }
        final int position = logLength;
        log.putShort(position, (short) length, ByteOrder.BIG_ENDIAN);
        log.putBytes(position + MESSAGE_LENGTH_PREFIX, buffer, offset, length);
        blockOffsets[count] = position;
        logLength = (int) newLength;
        return FIRST_SEQUENCE_NUMBER + count++;
    }

    /**
     * Copies a run of message blocks (wire form) into a packet being built: as many consecutive messages from
     * {@code sequenceNumber} as are stored, requested and fit.
     *
     * @param sequenceNumber the first message wanted.
     * @param maxCount       at most this many messages.
     * @param dst            where to write the blocks.
     * @param dstOffset      where the first block goes.
     * @param maxLength      at most this many bytes.
     * @return the number of messages copied; 0 if the first one is not stored or does not fit.
     */
    public int copyBlocks(
        final long sequenceNumber, final int maxCount, final MutableDirectBuffer dst, final int dstOffset,
        final int maxLength) {
        if (!contains(sequenceNumber) || maxCount <= 0) {
            return 0;
        }
        final int first = (int) (sequenceNumber - FIRST_SEQUENCE_NUMBER);
        final int last = (int) Math.min(count, (long) first + maxCount);
        final int start = blockOffsets[first];
        int end = start;
        int copied = 0;
        for (int i = first; i < last; i++) {
            final int blockEnd = i + 1 < count ? blockOffsets[i + 1] : logLength;
            if (blockEnd - start > maxLength) {
                break;
            }
            end = blockEnd;
            copied++;
        }
        if (copied > 0) {
            dst.putBytes(dstOffset, log, start, end - start);
        }
        return copied;
    }

    /**
     * Bytes taken by a run of stored message blocks (payloads plus their length prefixes), as
     * {@link #copyBlocks} writes them.
     *
     * @param sequenceNumber the first message of the run.
     * @param count          how many messages; the run must be stored.
     * @return the length in bytes, or -1 if the run is not stored.
     */
    public int blocksLength(final long sequenceNumber, final int count) {
        if (count < 0 || !contains(sequenceNumber) || (count > 0 && !contains(sequenceNumber + count - 1))) {
            return -1;
        }
        final int first = (int) (sequenceNumber - FIRST_SEQUENCE_NUMBER);
        final int end = first + count < this.count ? blockOffsets[first + count] : logLength;
        return end - blockOffsets[first];
    }

    /**
     * Whether a message is stored.
     *
     * @param sequenceNumber a sequence number.
     * @return {@code true} for 1 to {@link #nextSequenceNumber()} - 1.
     */
    public boolean contains(final long sequenceNumber) {
        return sequenceNumber >= FIRST_SEQUENCE_NUMBER && sequenceNumber < FIRST_SEQUENCE_NUMBER + count;
    }

    /**
     * The sequence number the next appended message gets.
     *
     * @return 1 for an empty store.
     */
    public long nextSequenceNumber() {
        return FIRST_SEQUENCE_NUMBER + count;
    }

    /**
     * Messages stored.
     *
     * @return the count.
     */
    public long size() {
        return count;
    }

    /**
     * The log holding the message blocks, for zero-copy reads with {@link #payloadOffset(long)}; valid until the
     * next append (which may move the log when it grows).
     *
     * @return the log buffer.
     */
    public DirectBuffer buffer() {
        return log;
    }

    /**
     * Where a message's payload starts in {@link #buffer()}.
     *
     * @param sequenceNumber a stored sequence number.
     * @return the offset, or -1 if the message is not stored.
     */
    public int payloadOffset(final long sequenceNumber) {
        if (!contains(sequenceNumber)) {
            return -1;
        }
        return blockOffsets[(int) (sequenceNumber - FIRST_SEQUENCE_NUMBER)] + MESSAGE_LENGTH_PREFIX;
    }

    /**
     * A message's payload length.
     *
     * @param sequenceNumber a stored sequence number.
     * @return the length, or -1 if the message is not stored.
     */
    public int payloadLength(final long sequenceNumber) {
        if (!contains(sequenceNumber)) {
            return -1;
        }
        return log.getShort(blockOffsets[(int) (sequenceNumber - FIRST_SEQUENCE_NUMBER)], ByteOrder.BIG_ENDIAN)
            & 0xFFFF;
    }

    /**
     * Bytes of message blocks stored.
     *
     * @return the log's used length.
     */
    public long logLength() {
        return logLength;
    }
}
