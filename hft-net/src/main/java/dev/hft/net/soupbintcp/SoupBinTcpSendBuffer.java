package dev.hft.net.soupbintcp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * A bounded, preallocated queue of bytes waiting for a non-blocking channel: packets are encoded in place at
 * {@link #claim(int)}, made visible with {@link #commit(int)} and written by {@link #flush}. Never grows, never
 * blocks; single-threaded.
 */
final class SoupBinTcpSendBuffer {
    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private final int capacity;
    private int start;
    private int end;

    SoupBinTcpSendBuffer(final int capacity) {
        this.capacity = capacity;
        this.byteBuffer = ByteBuffer.allocateDirect(capacity);
        this.buffer = new UnsafeBuffer(byteBuffer);
    }

    UnsafeBuffer buffer() {
        return buffer;
    }

    /**
     * Finds room for {@code length} bytes, moving unsent bytes to the front if that makes room.
     *
     * @return the offset to write at, or -1 if the bytes do not fit now.
     */
    int claim(final int length) {
        if (capacity - end >= length) {
            return end;
        }
        if (capacity - (end - start) < length) {
            return -1;
        }
        final ByteBuffer byteBuffer = this.byteBuffer;
        byteBuffer.limit(end).position(start);
        byteBuffer.compact();
        end -= start;
        start = 0;
        return end;
    }

    void commit(final int length) {
        end += length;
    }

    /**
     * Writes as much as the channel takes.
     *
     * @return bytes written.
     */
    int flush(final WritableByteChannel channel) throws IOException {
        if (start == end) {
            return 0;
        }
        final ByteBuffer byteBuffer = this.byteBuffer;
        byteBuffer.limit(end).position(start);
        final int written = channel.write(byteBuffer);
        start += written;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return written;
    }

    boolean isEmpty() {
        return start == end;
    }

    int pendingLength() {
        return end - start;
    }

    int capacity() {
        return capacity;
    }

    void clear() {
        start = 0;
        end = 0;
    }
}
