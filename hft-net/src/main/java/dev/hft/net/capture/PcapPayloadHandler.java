package dev.hft.net.capture;

import org.agrona.DirectBuffer;

/**
 * Receives the transport payload of each UDP or TCP packet in a capture. The buffer is valid only during the call.
 */
@FunctionalInterface
public interface PcapPayloadHandler {
    /**
     * One packet's payload.
     *
     * @param timestampNs     capture timestamp, nanoseconds since the epoch (microsecond captures are scaled).
     * @param ipProtocol      {@link PcapReader#UDP} or {@link PcapReader#TCP}.
     * @param sourcePort      the transport source port.
     * @param destinationPort the transport destination port.
     * @param buffer          the capture's bytes.
     * @param offset          where the payload starts.
     * @param length          payload length (0 for a TCP segment that carries no data).
     */
    void onPayload(long timestampNs, int ipProtocol, int sourcePort, int destinationPort, DirectBuffer buffer,
        int offset, int length);
}
