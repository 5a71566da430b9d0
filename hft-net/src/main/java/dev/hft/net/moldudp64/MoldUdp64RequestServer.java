package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.END_OF_SESSION;
import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.HEARTBEAT;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_UDP_PAYLOAD_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;
import static dev.hft.net.moldudp64.MoldUdp64.REQUEST_LENGTH;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A MoldUDP64 re-request server: answers each request packet ({@code session | sequence | count}, exactly
 * {@link MoldUdp64#REQUEST_LENGTH} bytes) with one downstream packet unicast back to the requester's address,
 * holding as many of the requested messages from a {@link MoldUdp64MessageStore} as fit in
 * {@code maxPacketLength} bytes. The requester asks again for the rest.
 *
 * <p>Bad requests are counted, reported to the {@link WireErrorCounters} and ignored: shorter than a request
 * ({@link WireError#TRUNCATED}), longer ({@link WireError#BAD_LENGTH}), another session
 * ({@link WireError#WRONG_SESSION}), a count of 0 or 0xFFFF ({@link WireError#BAD_FIELD}), or a first sequence
 * number that is not stored yet or below 1 ({@link WireError#BAD_FIELD}, also counted in
 * {@link #outOfRangeRequests()}). A response the socket refuses is counted in {@link #sendFailures()}; the requester
 * retries after its timeout.
 *
 * <p>Single-threaded duty-cycle component ({@link #poll(int)}); shares its thread with the
 * {@link MoldUdp64Sender} that fills the store. The socket's source address of each request is reused by the JDK
 * when it repeats, so serving a steady requester allocates nothing.
 */
public final class MoldUdp64RequestServer {
    private static final int RX_CAPACITY = 64;

    private final DatagramChannel channel;
    private final byte[] session;
    private final MoldUdp64MessageStore store;
    private final WireErrorCounters errors;
    private final int maxPacketLength;
    private final ByteBuffer rxByteBuffer;
    private final UnsafeBuffer rxBuffer;
    private final ByteBuffer txByteBuffer;
    private final UnsafeBuffer txBuffer;
    private final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
    private final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();

    private long requestsReceived;
    private long requestsServed;
    private long messagesRetransmitted;
    private long badRequests;
    private long outOfRangeRequests;
    private long sendFailures;

    /**
     * Creates a request server.
     *
     * @param channel         a non-blocking datagram channel bound to the request address, not connected.
     * @param session         the session served, 1 to 10 ASCII characters.
     * @param store           the session's messages.
     * @param errors          where bad requests are counted and reported.
     * @param maxPacketLength the largest response packet; at least the sender's (otherwise a message may never
     *                        fit), at most 65507.
     */
    public MoldUdp64RequestServer(
        final DatagramChannel channel, final String session, final MoldUdp64MessageStore store,
        final WireErrorCounters errors, final int maxPacketLength) {
        if (maxPacketLength < HEADER_LENGTH + MESSAGE_LENGTH_PREFIX || maxPacketLength > MAX_UDP_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("max packet length out of range: " + maxPacketLength);
        }
        this.channel = channel;
        this.session = MoldUdp64.session(session);
        this.store = store;
        this.errors = errors;
        this.maxPacketLength = maxPacketLength;
        this.rxByteBuffer = BufferUtil.allocateDirectAligned(RX_CAPACITY, 64);
        this.rxBuffer = new UnsafeBuffer(rxByteBuffer);
        this.txByteBuffer = BufferUtil.allocateDirectAligned((maxPacketLength + 63) & ~63, 64);
        this.txBuffer = new UnsafeBuffer(txByteBuffer);
    }

    /**
     * Answers up to {@code limit} waiting requests.
     *
     * @param limit the most requests to read in this call.
     * @return requests read (valid or not).
     */
    public int poll(final int limit) {
        int work = 0;
        while (work < limit) {
            final ByteBuffer rx = rxByteBuffer;
            rx.clear();
            final SocketAddress requester;
            try {
                requester = channel.receive(rx);
            } catch (final IOException ex) {
                errors.report(WireError.DISCONNECTED, -1);
                break;
            }
            if (requester == null) {
                break;
            }
            work++;
            requestsReceived++;
            serve(requester, rx.position());
        }
        return work;
    }

    private void serve(final SocketAddress requester, final int length) {
        final MoldUdp64PacketDecoder decoder = this.decoder;
        if (!decoder.wrap(rxBuffer, 0, length)) {
            reject(WireError.TRUNCATED, -1, length);
            return;
        }
        final long sequenceNumber = decoder.sequenceNumber();
        if (length != REQUEST_LENGTH) {
            reject(WireError.BAD_LENGTH, sequenceNumber, length);
            return;
        }
        if (!decoder.sessionEquals(session)) {
            reject(WireError.WRONG_SESSION, sequenceNumber, length);
            return;
        }
        final int requested = decoder.messageCount();
        if (requested == HEARTBEAT || requested == END_OF_SESSION) {
            reject(WireError.BAD_FIELD, sequenceNumber, length);
            return;
        }
        if (!store.contains(sequenceNumber)) {
            outOfRangeRequests++;
            reject(WireError.BAD_FIELD, sequenceNumber, length);
            return;
        }
        final MoldUdp64PacketEncoder encoder = this.encoder;
        encoder.wrap(txBuffer, 0, maxPacketLength).session(session).sequenceNumber(sequenceNumber);
        final int count = store.copyBlocks(
            sequenceNumber, requested, txBuffer, HEADER_LENGTH, maxPacketLength - HEADER_LENGTH);
        if (count == 0) {
            reject(WireError.BAD_LENGTH, sequenceNumber, length);
            return;
        }
        encoder.messageCount(count);
        final int responseLength = HEADER_LENGTH + store.blocksLength(sequenceNumber, count);
        final ByteBuffer tx = txByteBuffer;
        tx.limit(responseLength).position(0);
        try {
            if (channel.send(tx, requester) == 0) {
                sendFailures++;
                return;
            }
        } catch (final IOException ex) {
            sendFailures++;
            return;
        }
        requestsServed++;
        messagesRetransmitted += count;
    }

    private void reject(final WireError error, final long sequenceNumber, final int length) {
        badRequests++;
        errors.report(error, sequenceNumber, rxBuffer, 0, Math.min(length, RX_CAPACITY));
    }

    /**
     * Request datagrams received, valid or not.
     *
     * @return the count.
     */
    public long requestsReceived() {
        return requestsReceived;
    }

    /**
     * Requests answered with a retransmission.
     *
     * @return the count.
     */
    public long requestsServed() {
        return requestsServed;
    }

    /**
     * Messages retransmitted in all responses.
     *
     * @return the count.
     */
    public long messagesRetransmitted() {
        return messagesRetransmitted;
    }

    /**
     * Requests ignored as malformed, for another session, or out of range.
     *
     * @return the count.
     */
    public long badRequests() {
        return badRequests;
    }

    /**
     * Requests whose first sequence number is not stored (below 1 or not sent yet); included in
     * {@link #badRequests()}.
     *
     * @return the count.
     */
    public long outOfRangeRequests() {
        return outOfRangeRequests;
    }

    /**
     * Responses the socket refused or failed to send.
     *
     * @return the count.
     */
    public long sendFailures() {
        return sendFailures;
    }
}
