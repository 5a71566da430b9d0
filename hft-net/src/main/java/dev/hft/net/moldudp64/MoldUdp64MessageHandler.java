package dev.hft.net.moldudp64;

import org.agrona.DirectBuffer;

/**
 * Receives the messages of a MoldUDP64 packet, each with its sequence number. The buffer is valid only during the
 * call.
 */
@FunctionalInterface
public interface MoldUdp64MessageHandler {
    /**
     * One message.
     *
     * @param sequenceNumber the message's sequence number.
     * @param buffer         the packet's bytes.
     * @param offset         where the message payload starts (after its length prefix).
     * @param length         payload length.
     */
    void onMessage(long sequenceNumber, DirectBuffer buffer, int offset, int length);
}
