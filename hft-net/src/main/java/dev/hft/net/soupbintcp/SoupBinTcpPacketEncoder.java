package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.MAX_PAYLOAD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_LENGTH_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PAYLOAD_OFFSET;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Builds any SoupBinTCP packet whose payload is opaque or empty (debug, sequenced and unsequenced data,
 * heartbeats, end of session, logout request) in place (layout in {@link SoupBinTcp}).
 * <pre>
 * encoder.wrap(buffer, 0).packetType(SoupBinTcp.UNSEQUENCED_DATA).payload(message, 0, messageLength);
 * channel.write(..., encoder.length());
 * </pre>
 * The login packets have their own encoders ({@link SoupBinTcpLoginRequestEncoder} and friends).
 */
public final class SoupBinTcpPacketEncoder {
    private MutableDirectBuffer buffer;
    private int offset;
    private int payloadLength;

    /**
     * Starts a packet with an empty payload.
     *
     * @param buffer where to write; needs {@link SoupBinTcp#HEADER_LENGTH} plus the payload length from
     *               {@code offset}.
     * @param offset where the packet starts.
     * @return this encoder.
     */
    public SoupBinTcpPacketEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return payloadLength(0);
    }

    /**
     * Writes the packet type.
     *
     * @param packetType one of the type constants in {@link SoupBinTcp}.
     * @return this encoder.
     */
    public SoupBinTcpPacketEncoder packetType(final byte packetType) {
        buffer.putByte(offset + PACKET_TYPE_OFFSET, packetType);
        return this;
    }

    /**
     * Copies the payload in and sets the length field.
     *
     * @param src       the payload bytes.
     * @param srcOffset where they start.
     * @param length    how many, 0 to {@link SoupBinTcp#MAX_PAYLOAD_LENGTH}.
     * @return this encoder.
     * @throws IllegalArgumentException if the payload is longer than a packet can carry.
     */
    public SoupBinTcpPacketEncoder payload(final DirectBuffer src, final int srcOffset, final int length) {
        payloadLength(length);
        buffer.putBytes(offset + PAYLOAD_OFFSET, src, srcOffset, length);
        return this;
    }

    /**
     * Sets the length field for a payload written directly at {@link #payloadOffset()}.
     *
     * @param length the payload length, 0 to {@link SoupBinTcp#MAX_PAYLOAD_LENGTH}.
     * @return this encoder.
     * @throws IllegalArgumentException if the payload is longer than a packet can carry.
     */
    public SoupBinTcpPacketEncoder payloadLength(final int length) {
        if (length < 0 || length > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("payload length out of range: " + length);
        }
        payloadLength = length;
        buffer.putShort(offset + PACKET_LENGTH_OFFSET, (short) (length + 1), ByteOrder.BIG_ENDIAN);
        return this;
    }

    /**
     * Where the payload starts in the wrapped buffer.
     *
     * @return the offset.
     */
    public int payloadOffset() {
        return offset + PAYLOAD_OFFSET;
    }

    /**
     * The whole packet's length.
     *
     * @return {@link SoupBinTcp#HEADER_LENGTH} plus the payload length.
     */
    public int length() {
        return HEADER_LENGTH + payloadLength;
    }
}
