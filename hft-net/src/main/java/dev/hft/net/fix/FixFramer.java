package dev.hft.net.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Splits a TCP byte stream into FIX messages, however the stream was cut into reads (partial messages, several
 * messages per read). Owns one preallocated direct receive buffer: {@link #readFrom} or {@link #append} adds bytes,
 * then {@link #next()} returns one message at a time as a slice of that buffer (no copy) for
 * {@link FixMessageDecoder#wrap}.
 *
 * <p>A message is framed by its BodyLength (9): {@code 8=...|9=N|} then N bytes then {@code 10=ddd|}. When the
 * bytes at the announced end are not a CheckSum field, a well-formed BodyLength is taken as wrong and the message
 * ends at the first {@code |10=ddd|} at or after the announced end (a length that is too long swallows the next
 * message, as QuickFIX/J frames it: both are ignored and recovered by a ResendRequest); a missing or malformed
 * BodyLength falls back to the first {@code |10=ddd|} or the next {@code 8=FIX} start, so one bad message never
 * desynchronises the stream; the decoder then reports the message as garbled. Bytes before a {@code 8=} (noise) are
 * {@link #SKIPPED}. Single-threaded; allocation-free.
 */
public final class FixFramer {
    /** {@link #next()} result: a message is available through {@link #messageOffset()}/{@link #messageLength()}. */
    public static final int MESSAGE = 1;
    /** {@link #next()} result: no complete message; read more bytes. */
    public static final int NEED_MORE = 0;
    /** {@link #next()} result: bytes that cannot start a message were dropped ({@link #messageLength()} of them). */
    public static final int SKIPPED = -1;

    private static final byte SOH = 1;
    private static final int CHECKSUM_FIELD_LENGTH = 7;

    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private final int capacity;
    private final int maxMessageLength;
    private int start;
    private int end;
    private int messageOffset;
    private int messageLength;

    /**
     * Creates a framer.
     *
     * @param capacity         receive buffer bytes, at least {@code maxMessageLength}.
     * @param maxMessageLength longest message accepted; a message that has not ended within this many bytes is
     *                         dropped as noise.
     */
    public FixFramer(final int capacity, final int maxMessageLength) {
        if (maxMessageLength < 32 || capacity < maxMessageLength) {
            throw new IllegalArgumentException("bad sizes: capacity " + capacity + ", max " + maxMessageLength);
        }
        this.capacity = capacity;
        this.maxMessageLength = maxMessageLength;
        this.byteBuffer = ByteBuffer.allocateDirect(capacity);
        this.buffer = new UnsafeBuffer(byteBuffer);
    }

    /**
     * Reads once from a channel into the free end of the receive buffer, after moving the unfinished tail to the
     * front. Invalidates the message last returned.
     *
     * @param channel a non-blocking channel.
     * @return bytes read, 0 if none were available, -1 at end of stream.
     * @throws IOException if the read fails.
     */
    public int readFrom(final ReadableByteChannel channel) throws IOException {
        compact();
        byteBuffer.limit(capacity).position(end);
        final int read = channel.read(byteBuffer);
        if (read > 0) {
            end += read;
        }
        return read;
    }

    /**
     * Appends bytes (tests, or a transport other than a channel). Invalidates the message last returned.
     *
     * @param source bytes.
     * @param offset first byte.
     * @param length number of bytes; must fit in the free space.
     * @return bytes appended (less than {@code length} if the buffer is full).
     */
    public int append(final DirectBuffer source, final int offset, final int length) {
        compact();
        final int count = Math.min(length, capacity - end);
        buffer.putBytes(end, source, offset, count);
        end += count;
        return count;
    }

    /** Drops every buffered byte (after a disconnect). */
    public void reset() {
        start = 0;
        end = 0;
    }

    /**
     * Frames the next message.
     *
     * @return {@link #MESSAGE}, {@link #NEED_MORE} or {@link #SKIPPED}.
     */
    public int next() {
        final int available = end - start;
        if (available <= 0) {
            return NEED_MORE;
        }
        final int result = frameLength(buffer, start, available, maxMessageLength);
        if (result > 0) {
            messageOffset = start;
            messageLength = result;
            start += result;
            return MESSAGE;
        }
        if (result < 0) {
            messageOffset = start;
            messageLength = -result;
            start -= result;
            return SKIPPED;
        }
        return NEED_MORE;
    }

    /**
     * The receive buffer the messages lie in.
     *
     * @return the buffer.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Offset of the message (or skipped bytes) last returned.
     *
     * @return offset in {@link #buffer()}.
     */
    public int messageOffset() {
        return messageOffset;
    }

    /**
     * Length of the message (or skipped bytes) last returned.
     *
     * @return bytes.
     */
    public int messageLength() {
        return messageLength;
    }

    private void compact() {
        if (start > 0) {
            final int remaining = end - start;
            if (remaining > 0) {
                buffer.putBytes(0, buffer, start, remaining);
            }
            start = 0;
            end = remaining;
        }
    }

    /**
     * Length of the FIX message at the start of a byte range.
     *
     * @param buffer           bytes.
     * @param offset start of the range.
     * @param available        bytes in the range.
     * @param maxMessageLength longest message accepted.
     * @return the message length (&gt; 0), 0 if more bytes are needed, or minus the number of bytes to skip.
     */
    public static int frameLength(
        final DirectBuffer buffer, final int offset, final int available, final int maxMessageLength) {
        if (available < 2) {
            return 0;
        }
        if (buffer.getByte(offset) != '8' || buffer.getByte(offset + 1) != '=') {
            final int next = findMessageStart(buffer, offset + 1, offset + available);
            if (next < 0) {
                return available > 4 ? -(available - 4) : 0;
            }
            return -(next - offset);
        }
        final int end = offset + Math.min(available, maxMessageLength);
        // SOH after BeginString
        int pos = offset + 2;
        while (pos < end && buffer.getByte(pos) != SOH) {
            pos++;
        }
        if (pos + 3 >= end) {
            return needMoreOrSkip(available, maxMessageLength, buffer, offset);
        }
        pos++;
        if (buffer.getByte(pos) == '9' && buffer.getByte(pos + 1) == '=') {
            pos += 2;
            int bodyLength = 0;
            int digits = 0;
            byte b = 0;
            while (pos < end) {
                b = buffer.getByte(pos);
                if (b < '0' || b > '9' || digits > 7) {
                    break;
                }
                bodyLength = bodyLength * 10 + (b - '0');
                digits++;
                pos++;
            }
            if (pos >= end) {
                return needMoreOrSkip(available, maxMessageLength, buffer, offset);
            }
            if (b == SOH && digits > 0) {
                final int checksumStart = pos + 1 + bodyLength;
                final int messageEnd = checksumStart + CHECKSUM_FIELD_LENGTH;
                if (messageEnd - offset <= maxMessageLength) {
                    if (messageEnd > offset + available) {
                        return 0;
                    }
                    if (isChecksumField(buffer, checksumStart)) {
                        return messageEnd - offset;
                    }
                    // a well-formed but wrong BodyLength: the message ends at the first CheckSum field at or after
                    // the announced end, so a length that is too long swallows the next message (as QuickFIX/J
                    // frames it; both are then garbled and ignored) and one that is too short ends at its own
                    return frameToChecksumFrom(buffer, offset, available, maxMessageLength, checksumStart - 1, end);
                }
            }
        }
        // BodyLength missing, malformed or wrong: frame up to the first CheckSum field or the next message start
        for (int i = offset + 2; i < end; i++) {
            if (buffer.getByte(i) == SOH && i + 1 < end) {
                if (i + CHECKSUM_FIELD_LENGTH < end && buffer.getByte(i + 1) == '1' && isChecksumField(buffer, i + 1)) {
                    return i + 1 + CHECKSUM_FIELD_LENGTH - offset;
                }
                if (i + 3 < end && buffer.getByte(i + 1) == '8' && buffer.getByte(i + 2) == '='
                    && buffer.getByte(i + 3) == 'F') {
                    return -(i + 1 - offset);
                }
            }
        }
        return needMoreOrSkip(available, maxMessageLength, buffer, offset);
    }

    private static int frameToChecksumFrom(
        final DirectBuffer buffer,
        final int offset,
        final int available,
        final int maxMessageLength,
        final int from,
        final int end) {
        for (int i = from; i + CHECKSUM_FIELD_LENGTH < end; i++) {
            if (buffer.getByte(i) == SOH && isChecksumField(buffer, i + 1)) {
                return i + 1 + CHECKSUM_FIELD_LENGTH - offset;
            }
        }
        return needMoreOrSkip(available, maxMessageLength, buffer, offset);
    }

    private static int needMoreOrSkip(
        final int available, final int maxMessageLength, final DirectBuffer buffer, final int offset) {
        if (available < maxMessageLength) {
            return 0;
        }
        final int next = findMessageStart(buffer, offset + 1, offset + available);
        return next < 0 ? -available : -(next - offset);
    }

    private static boolean isChecksumField(final DirectBuffer buffer, final int at) {
        return buffer.getByte(at) == '1' && buffer.getByte(at + 1) == '0' && buffer.getByte(at + 2) == '='
            && isDigit(buffer.getByte(at + 3)) && isDigit(buffer.getByte(at + 4)) && isDigit(buffer.getByte(at + 5))
            && buffer.getByte(at + 6) == SOH;
    }

    private static boolean isDigit(final byte b) {
        return b >= '0' && b <= '9';
    }

    private static int findMessageStart(final DirectBuffer buffer, final int from, final int to) {
        for (int i = from; i + 4 < to; i++) {
            if (buffer.getByte(i) == '8' && buffer.getByte(i + 1) == '=' && buffer.getByte(i + 2) == 'F'
                && buffer.getByte(i + 3) == 'I' && buffer.getByte(i + 4) == 'X') {
                return i;
            }
        }
        return -1;
    }
}
