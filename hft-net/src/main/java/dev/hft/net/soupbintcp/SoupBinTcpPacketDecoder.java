package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LENGTH_FIELD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_LENGTH_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PAYLOAD_OFFSET;

import java.nio.ByteOrder;

import org.agrona.DirectBuffer;

/**
 * Flyweight over the header of any SoupBinTCP packet (layout in {@link SoupBinTcp}): length, type and where the
 * payload is. A stream of packets is split with {@link SoupBinTcpFramer}; this decoder reads one packet already
 * delimited.
 */
public final class SoupBinTcpPacketDecoder {
    private DirectBuffer buffer;
    private int offset;
    private int length;

    /**
     * Points the flyweight at a packet.
     *
     * @param buffer the bytes.
     * @param offset where the packet starts (its length field).
     * @param length bytes available from {@code offset}.
     * @return {@code true} if a header fits and its length field matches {@code length} exactly.
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        return length >= HEADER_LENGTH && packetLength() == length;
    }

    /**
     * The whole packet's length, from its length field.
     *
     * @return the length field plus {@link SoupBinTcp#LENGTH_FIELD_LENGTH}.
     */
    public int packetLength() {
        return (buffer.getShort(offset + PACKET_LENGTH_OFFSET, ByteOrder.BIG_ENDIAN) & 0xFFFF) + LENGTH_FIELD_LENGTH;
    }

    /**
     * The packet type.
     *
     * @return one of the type constants in {@link SoupBinTcp}, or an unknown byte.
     */
    public byte packetType() {
        return buffer.getByte(offset + PACKET_TYPE_OFFSET);
    }

    /**
     * Where the payload starts in {@link #buffer()}.
     *
     * @return the offset.
     */
    public int payloadOffset() {
        return offset + PAYLOAD_OFFSET;
    }

    /**
     * The payload's length.
     *
     * @return {@link #packetLength()} minus {@link SoupBinTcp#HEADER_LENGTH}.
     */
    public int payloadLength() {
        return packetLength() - HEADER_LENGTH;
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
     * The length given to {@link #wrap}.
     *
     * @return bytes.
     */
    public int length() {
        return length;
    }
}
