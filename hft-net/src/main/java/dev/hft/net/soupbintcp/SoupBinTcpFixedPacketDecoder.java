package dev.hft.net.soupbintcp;

import org.agrona.DirectBuffer;

/**
 * What the fixed-length login packet decoders share: the flyweight state and {@code wrap}, which checks the packet's
 * length against its type's. Package-private: each decoder is used through its own public class.
 */
abstract class SoupBinTcpFixedPacketDecoder {
    /** The buffer given to the last {@code wrap}. */
    DirectBuffer buffer;
    /** Where the packet starts (its length field) in {@link #buffer}. */
    int offset;
    private final int packetLength;

    SoupBinTcpFixedPacketDecoder(final int packetLength) {
        this.packetLength = packetLength;
    }

    /**
     * Points the flyweight at a packet.
     *
     * @param buffer the bytes.
     * @param offset where the packet starts (its length field).
     * @param length the packet's length.
     * @return {@code true} if the length is exactly the packet type's fixed length ({@code LENGTH}).
     */
    public final boolean wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.offset = offset;
        return length == packetLength;
    }
}
