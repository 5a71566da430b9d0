package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LENGTH_FIELD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.MAX_PAYLOAD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PAYLOAD_OFFSET;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Splits a TCP byte stream into SoupBinTCP packets, however the stream was cut into reads. Owns one preallocated
 * direct receive buffer: {@link #readFrom} (or {@link #append}) adds bytes, then {@link #next()} returns one
 * complete packet at a time as a slice of that buffer (no copy); a packet cut by the end of a read stays pending
 * and is completed by the next read.
 * <pre>
 * if (framer.readFrom(channel) &gt; 0) {
 *     int result;
 *     while ((result = framer.next()) == SoupBinTcpFramer.PACKET) {
 *         handle(framer.packetType(), framer.buffer(), framer.payloadOffset(), framer.payloadLength());
 *     }
 *     if (result == SoupBinTcpFramer.BAD_LENGTH) { ... framing is lost: close the connection ... }
 * }
 * </pre>
 * A packet returned by {@link #next()} stays valid until the next {@link #readFrom}, {@link #append} or
 * {@link #reset()}. A length field of 0 (no type byte) or above the configured maximum payload means framing is
 * lost; {@link #next()} then keeps returning {@link #BAD_LENGTH} until {@link #reset()}. Single-threaded; the only
 * copy is of the unfinished tail of a read, moved to the front of the buffer before the next read.
 */
public final class SoupBinTcpFramer {
    /** {@link #next()} result: a complete packet is available through the accessors. */
    public static final int PACKET = 1;
    /** {@link #next()} result: no complete packet; read more bytes. */
    public static final int NEED_MORE = 0;
    /** {@link #next()} result: a length field is impossible; the stream cannot be framed any further. */
    public static final int BAD_LENGTH = -1;

    private final ByteBuffer byteBuffer;
    private final UnsafeBuffer buffer;
    private final int capacity;
    private final int maxPayloadLength;
    private int start;
    private int end;
    private boolean broken;
    private int packetOffset;
    private int packetLength;
    private byte packetType;

    /**
     * Creates a framer with its receive buffer.
     *
     * @param capacity         receive buffer bytes, at least {@link SoupBinTcp#HEADER_LENGTH} +
     *                         {@code maxPayloadLength} so that the largest packet fits.
     * @param maxPayloadLength largest payload accepted, 0 to {@link SoupBinTcp#MAX_PAYLOAD_LENGTH}; a longer
     *                         length field is {@link #BAD_LENGTH}.
     */
    public SoupBinTcpFramer(final int capacity, final int maxPayloadLength) {
        if (maxPayloadLength < 0 || maxPayloadLength > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("maxPayloadLength out of range: " + maxPayloadLength);
        }
        if (capacity < HEADER_LENGTH + maxPayloadLength) {
            throw new IllegalArgumentException("capacity " + capacity + " cannot hold a packet with a payload of "
                + maxPayloadLength + " bytes");
        }
        this.capacity = capacity;
        this.maxPayloadLength = maxPayloadLength;
        this.byteBuffer = ByteBuffer.allocateDirect(capacity);
        this.buffer = new UnsafeBuffer(byteBuffer);
    }

    /**
     * Reads once from a channel into the free end of the receive buffer, after moving an unfinished packet to its
     * front. Invalidates the packet last returned by {@link #next()}.
     *
     * @param channel a non-blocking channel (or a blocking one, which may block).
     * @return bytes read, 0 if none were available, -1 at end of stream.
     * @throws IOException from the channel.
     */
    public int readFrom(final ReadableByteChannel channel) throws IOException {
        compact();
        final ByteBuffer byteBuffer = this.byteBuffer;
        byteBuffer.limit(capacity).position(end);
        final int read = channel.read(byteBuffer);
        if (read > 0) {
            end += read;
        }
        return read;
    }

    /**
     * Copies bytes in, as a read would (for streams that do not come from a channel, and for tests). Invalidates
     * the packet last returned by {@link #next()}.
     *
     * @param src    the bytes.
     * @param offset where they start.
     * @param length how many.
     * @return how many were taken: fewer than {@code length} when the buffer is full.
     */
    public int append(final DirectBuffer src, final int offset, final int length) {
        compact();
        final int taken = Math.min(length, capacity - end);
        buffer.putBytes(end, src, offset, taken);
        end += taken;
        return taken;
    }

    /**
     * Frames the next packet.
     *
     * @return {@link #PACKET} (see {@link #packetType()} and the other accessors), {@link #NEED_MORE}, or
     *         {@link #BAD_LENGTH}.
     */
    public int next() {
        if (broken) {
            return BAD_LENGTH;
        }
        final int available = end - start;
        if (available < LENGTH_FIELD_LENGTH) {
            return NEED_MORE;
        }
        final int lengthField = buffer.getShort(start, ByteOrder.BIG_ENDIAN) & 0xFFFF;
        if (lengthField == 0 || lengthField - 1 > maxPayloadLength) {
            broken = true;
            packetOffset = start;
            packetLength = available;
            return BAD_LENGTH;
        }
        final int length = LENGTH_FIELD_LENGTH + lengthField;
        if (available < length) {
            return NEED_MORE;
        }
        packetOffset = start;
        packetLength = length;
        packetType = buffer.getByte(start + PACKET_TYPE_OFFSET);
        start += length;
        return PACKET;
    }

    /**
     * The receive buffer the packets are slices of.
     *
     * @return the buffer; read-only for callers.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * The type of the packet last framed.
     *
     * @return the type byte.
     */
    public byte packetType() {
        return packetType;
    }

    /**
     * Where the packet last framed starts (its length field); after {@link #BAD_LENGTH}, where the bad length is.
     *
     * @return an offset in {@link #buffer()}.
     */
    public int packetOffset() {
        return packetOffset;
    }

    /**
     * The length of the packet last framed, header included; after {@link #BAD_LENGTH}, the bytes from the bad
     * length field to the end of what was received.
     *
     * @return bytes.
     */
    public int packetLength() {
        return packetLength;
    }

    /**
     * Where the payload of the packet last framed starts.
     *
     * @return an offset in {@link #buffer()}.
     */
    public int payloadOffset() {
        return packetOffset + PAYLOAD_OFFSET;
    }

    /**
     * The payload length of the packet last framed.
     *
     * @return bytes, 0 or more.
     */
    public int payloadLength() {
        return packetLength - HEADER_LENGTH;
    }

    /**
     * Bytes received but not framed yet: the start of an unfinished packet (or, after {@link #BAD_LENGTH}, the
     * unframeable rest).
     *
     * @return bytes.
     */
    public int pendingLength() {
        return end - start;
    }

    /**
     * Where the bytes counted by {@link #pendingLength()} start.
     *
     * @return an offset in {@link #buffer()}.
     */
    public int pendingOffset() {
        return start;
    }

    /**
     * Discards everything received and clears a {@link #BAD_LENGTH} state, for a new connection.
     */
    public void reset() {
        start = 0;
        end = 0;
        broken = false;
        packetOffset = 0;
        packetLength = 0;
    }

    private void compact() {
        if (start == 0) {
            return;
        }
        if (start == end) {
            start = 0;
            end = 0;
            return;
        }
        final ByteBuffer byteBuffer = this.byteBuffer;
        byteBuffer.limit(end).position(start);
        byteBuffer.compact();
        end -= start;
        start = 0;
    }
}
