package dev.hft.net.capture;

import org.agrona.DirectBuffer;

/**
 * Receives the messages of a capture file, each numbered from 1 in file order (the numbering MoldUDP64 gives the
 * same messages on the wire). The buffer is valid only during the call.
 */
@FunctionalInterface
public interface CaptureMessageHandler {
    /**
     * One message.
     *
     * @param sequenceNumber the message's number in the file, from 1.
     * @param buffer         holds the message.
     * @param offset         where the message starts (its type byte).
     * @param length         the message length.
     */
    void onMessage(long sequenceNumber, DirectBuffer buffer, int offset, int length);
}
