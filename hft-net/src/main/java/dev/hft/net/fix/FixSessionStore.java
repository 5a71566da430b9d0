package dev.hft.net.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The persistent state of one FIX session in one memory-mapped file: the next outgoing MsgSeqNum, the next expected
 * incoming MsgSeqNum, and every application message sent (MsgType, SendingTime, body fields), so that a restart
 * resumes the sequence numbers and a ResendRequest can be answered by replaying the messages. Admin messages are
 * not stored (they are gap-filled on resend).
 *
 * <p>Layout: a 64-byte header ({@code magic, nextSenderSeqNum, nextTargetSeqNum, writePosition}) then records
 * {@code [int msgSeqNum][int msgType][long sendingTimeNanos][int bodyLength][body][pad to 8]}. The record index
 * (MsgSeqNum to offset) lives on the heap and is rebuilt by scanning the records on open. Writes are plain stores
 * into the mapping (the OS writes them back, a process crash loses nothing; a machine crash may). Single-threaded.
 */
public final class FixSessionStore implements AutoCloseable {
    private static final int MAGIC = 0x46495834;
    private static final int MAGIC_OFFSET = 0;
    private static final int NEXT_SENDER_OFFSET = 4;
    private static final int NEXT_TARGET_OFFSET = 8;
    private static final int WRITE_POSITION_OFFSET = 16;
    private static final int HEADER_LENGTH = 64;
    private static final int RECORD_HEADER_LENGTH = 20;

    private final MappedByteBuffer mapped;
    private final UnsafeBuffer buffer;
    private final int[] offsets;
    private final long capacity;

    /**
     * Opens (or creates) the store of a session.
     *
     * @param directory   directory of the file (created if missing).
     * @param name        file name, e.g. {@code "CLIENT-VENUE.fixstore"}.
     * @param capacity    file size in bytes (at most 2 GiB).
     * @param maxMessages highest MsgSeqNum indexed for resend.
     */
    public FixSessionStore(final Path directory, final String name, final long capacity, final int maxMessages) {
        if (capacity > Integer.MAX_VALUE || capacity < HEADER_LENGTH + 1024) {
            throw new IllegalArgumentException("store capacity out of range: " + capacity);
        }
        this.capacity = capacity;
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, capacity);
            }
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot open FIX store " + directory.resolve(name), e);
        }
        buffer = new UnsafeBuffer(mapped);
        offsets = new int[maxMessages + 1];
        if (buffer.getInt(MAGIC_OFFSET) != MAGIC) {
            reset();
        } else {
            rebuildIndex();
        }
    }

    private void rebuildIndex() {
        Arrays.fill(offsets, 0);
        final long end = buffer.getLong(WRITE_POSITION_OFFSET);
        int position = HEADER_LENGTH;
        while (position + RECORD_HEADER_LENGTH <= end) {
            final int seq = buffer.getInt(position);
            final int bodyLength = buffer.getInt(position + 16);
            if (seq > 0 && seq < offsets.length) {
                offsets[seq] = position;
            }
            position = align(position + RECORD_HEADER_LENGTH + bodyLength);
        }
    }

    /** Forgets every message and sets both sequence numbers to 1 (a sequence reset or a new session). */
    public void reset() {
        buffer.putInt(NEXT_SENDER_OFFSET, 1);
        buffer.putInt(NEXT_TARGET_OFFSET, 1);
        buffer.putLong(WRITE_POSITION_OFFSET, HEADER_LENGTH);
        buffer.putInt(MAGIC_OFFSET, MAGIC);
        Arrays.fill(offsets, 0);
    }

    /**
     * The MsgSeqNum of our next outgoing message.
     *
     * @return a positive sequence number.
     */
    public int nextSenderSeqNum() {
        return buffer.getInt(NEXT_SENDER_OFFSET);
    }

    /**
     * Sets the MsgSeqNum of our next outgoing message.
     *
     * @param seqNum a positive sequence number.
     */
    public void nextSenderSeqNum(final int seqNum) {
        buffer.putInt(NEXT_SENDER_OFFSET, seqNum);
    }

    /**
     * The MsgSeqNum expected on the next incoming message.
     *
     * @return a positive sequence number.
     */
    public int nextTargetSeqNum() {
        return buffer.getInt(NEXT_TARGET_OFFSET);
    }

    /**
     * Sets the MsgSeqNum expected on the next incoming message.
     *
     * @param seqNum a positive sequence number.
     */
    public void nextTargetSeqNum(final int seqNum) {
        buffer.putInt(NEXT_TARGET_OFFSET, seqNum);
    }

    /**
     * Stores a sent application message.
     *
     * @param seqNum           its MsgSeqNum.
     * @param msgType          its packed MsgType.
     * @param sendingTimeNanos its SendingTime.
     * @param body             bytes of its body fields (after the header, before CheckSum).
     * @param offset           first byte.
     * @param length           number of bytes.
     * @return {@code true} if stored; {@code false} if the store is full or the MsgSeqNum beyond its index (the
     *         message will be gap-filled if a resend is requested).
     */
    public boolean append(
        final int seqNum, final int msgType, final long sendingTimeNanos, final DirectBuffer body, final int offset,
        final int length) {
        final int position = (int) buffer.getLong(WRITE_POSITION_OFFSET);
        final int end = align(position + RECORD_HEADER_LENGTH + length);
        if (end > capacity || seqNum <= 0 || seqNum >= offsets.length) {
            return false;
        }
        buffer.putInt(position, seqNum);
        buffer.putInt(position + 4, msgType);
        buffer.putLong(position + 8, sendingTimeNanos);
        buffer.putInt(position + 16, length);
        buffer.putBytes(position + RECORD_HEADER_LENGTH, body, offset, length);
        buffer.putLong(WRITE_POSITION_OFFSET, end);
        offsets[seqNum] = position;
        return true;
    }

    /**
     * Finds a stored message.
     *
     * @param seqNum MsgSeqNum.
     * @return a record handle for the accessors, or -1 if the message was not stored (admin or never sent).
     */
    public int find(final int seqNum) {
        if (seqNum <= 0 || seqNum >= offsets.length || offsets[seqNum] == 0) {
            return -1;
        }
        return offsets[seqNum];
    }

    /**
     * MsgType of a stored message.
     *
     * @param record a handle from {@link #find}.
     * @return the packed type.
     */
    public int msgType(final int record) {
        return buffer.getInt(record + 4);
    }

    /**
     * SendingTime of the original transmission of a stored message.
     *
     * @param record a handle from {@link #find}.
     * @return epoch nanoseconds.
     */
    public long sendingTimeNanos(final int record) {
        return buffer.getLong(record + 8);
    }

    /**
     * Offset of the body of a stored message in {@link #buffer()}.
     *
     * @param record a handle from {@link #find}.
     * @return the offset.
     */
    public int bodyOffset(final int record) {
        return record + RECORD_HEADER_LENGTH;
    }

    /**
     * Length of the body of a stored message.
     *
     * @param record a handle from {@link #find}.
     * @return bytes.
     */
    public int bodyLength(final int record) {
        return buffer.getInt(record + 16);
    }

    /**
     * The mapped bytes the records lie in.
     *
     * @return the buffer.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    private static int align(final int position) {
        return (position + 7) & ~7;
    }

    @Override
    public void close() {
        mapped.force();
        IoUtil.unmap(mapped);
    }
}
