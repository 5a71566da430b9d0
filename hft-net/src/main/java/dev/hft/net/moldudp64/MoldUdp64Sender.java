package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_UDP_PAYLOAD_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

import dev.hft.api.Result;
import dev.hft.timing.NanoClock;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The downstream side of a MoldUDP64 session, for simulated venues: packs offered messages into packets of up to
 * {@code maxPacketLength} bytes, sends each packet to every destination (one for a plain feed; two for an A/B
 * pair, or a multicast group), sends a heartbeat after {@code heartbeatIntervalNs} without a packet, and repeats
 * the end-of-session packet in place of heartbeats once the session has ended. Every offered message is appended
 * to a {@link MoldUdp64MessageStore} for a {@link MoldUdp64RequestServer}.
 *
 * <p>Messages offered between two {@link #doWork()} calls share packets; a full packet goes out at once, the last
 * partial one on the next {@link #doWork()} or {@link #flush()}. A datagram the socket refuses (a full send buffer)
 * is counted in {@link #sendFailures()} and not retried: its messages are in the store, and receivers re-request
 * them, exactly as after a loss on the network.
 *
 * <p>Single-threaded; starts no threads; allocates nothing after construction (except when the store grows).
 */
public final class MoldUdp64Sender {
    /** Default heartbeat interval: one second, as NASDAQ feeds do. */
    public static final long DEFAULT_HEARTBEAT_INTERVAL_NS = 1_000_000_000L;

    private final DatagramChannel channel;
    private final SocketAddress[] destinations;
    private final byte[] session;
    private final MoldUdp64MessageStore store;
    private final NanoClock clock;
    private final long heartbeatIntervalNs;
    private final int maxPacketLength;
    private final ByteBuffer txByteBuffer;
    private final UnsafeBuffer txBuffer;
    private final MoldUdp64PacketEncoder encoder = new MoldUdp64PacketEncoder();

    private long lastSendNs;
    private boolean ended;
    private long packetsSent;
    private long messagesSent;
    private long heartbeatsSent;
    private long sendFailures;

    /**
     * Creates a sender starting at sequence number {@code store.nextSequenceNumber()}.
     *
     * @param channel             a non-blocking datagram channel; connected or not.
     * @param destinations        where each packet goes (one or more addresses; copied).
     * @param session             the session name, 1 to 10 ASCII characters.
     * @param store               where every message is kept for retransmission.
     * @param clock               the time source for heartbeats.
     * @param heartbeatIntervalNs idle time after which a heartbeat goes out.
     * @param maxPacketLength     the largest packet, {@link MoldUdp64#HEADER_LENGTH} + 2 to 65507 bytes
     *                            (e.g. {@link MoldUdp64#DEFAULT_MAX_PACKET_LENGTH}).
     */
    public MoldUdp64Sender(
        final DatagramChannel channel, final SocketAddress[] destinations, final String session,
        final MoldUdp64MessageStore store, final NanoClock clock, final long heartbeatIntervalNs,
        final int maxPacketLength) {
        if (destinations.length == 0) {
            throw new IllegalArgumentException("at least one destination");
        }
        if (maxPacketLength < HEADER_LENGTH + MESSAGE_LENGTH_PREFIX || maxPacketLength > MAX_UDP_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("max packet length out of range: " + maxPacketLength);
        }
        if (heartbeatIntervalNs <= 0) {
            throw new IllegalArgumentException("heartbeat interval must be positive: " + heartbeatIntervalNs);
        }
        this.channel = channel;
        this.destinations = destinations.clone();
        this.session = MoldUdp64.session(session);
        this.store = store;
        this.clock = clock;
        this.heartbeatIntervalNs = heartbeatIntervalNs;
        this.maxPacketLength = maxPacketLength;
        this.txByteBuffer = BufferUtil.allocateDirectAligned(align(maxPacketLength), 64);
        this.txBuffer = new UnsafeBuffer(txByteBuffer);
        this.lastSendNs = clock.nanoTime();
        startPacket(store.nextSequenceNumber());
    }

    /**
     * Appends a message to the current packet (sending the packet first if the message does not fit) and to the
     * store.
     *
     * @param buffer the message bytes.
     * @param offset where they start.
     * @param length the payload length.
     * @return the message's sequence number ({@code >= 1}); {@link Result#INVALID_ARGUMENT} if the message cannot
     *         fit an empty packet; {@link Result#CLOSED} after {@link #endOfSession()} or when the store is full.
     */
    public long offer(final DirectBuffer buffer, final int offset, final int length) {
        if (ended) {
            return Result.CLOSED;
        }
        if (length < 0 || HEADER_LENGTH + MESSAGE_LENGTH_PREFIX + length > maxPacketLength) {
            return Result.INVALID_ARGUMENT;
        }
        final long sequenceNumber = store.append(buffer, offset, length);
        if (sequenceNumber < 0) {
            return sequenceNumber;
        }
        if (!encoder.tryAppend(buffer, offset, length)) {
            sendPacket(clock.nanoTime());
            startPacket(sequenceNumber);
            encoder.tryAppend(buffer, offset, length);
        }
        return sequenceNumber;
    }

    /**
     * Sends the current packet if it holds messages.
     *
     * @return 1 if a packet went out, 0 if there was nothing to send.
     */
    public int flush() {
        if (encoder.count() == 0) {
            return 0;
        }
        sendPacket(clock.nanoTime());
        startPacket(store.nextSequenceNumber());
        return 1;
    }

    /**
     * One duty cycle: sends the pending packet, or a heartbeat (an end-of-session packet once ended) when nothing
     * has been sent for the heartbeat interval.
     *
     * @return packets sent (0 or 1).
     */
    public int doWork() {
        if (encoder.count() > 0) {
            return flush();
        }
        final long nowNs = clock.nanoTime();
        if (nowNs - lastSendNs >= heartbeatIntervalNs) {
            sendControl(nowNs);
            return 1;
        }
        return 0;
    }

    /**
     * Ends the session: sends the pending packet, then an end-of-session packet; {@link #doWork()} repeats it in
     * place of heartbeats so late receivers still learn the last sequence number. Idempotent.
     *
     * @return packets sent.
     */
    public int endOfSession() {
        if (ended) {
            return 0;
        }
        final int sent = flush();
        ended = true;
        sendControl(clock.nanoTime());
        return sent + 1;
    }

    /**
     * Whether {@link #endOfSession()} has been called.
     *
     * @return {@code true} once ended.
     */
    public boolean isEnded() {
        return ended;
    }

    /**
     * The sequence number the next offered message gets.
     *
     * @return the next sequence number.
     */
    public long nextSequenceNumber() {
        return store.nextSequenceNumber();
    }

    /**
     * Packets sent (data, heartbeats and end of session; once per packet, whatever the number of destinations).
     *
     * @return the count.
     */
    public long packetsSent() {
        return packetsSent;
    }

    /**
     * Messages sent in data packets.
     *
     * @return the count.
     */
    public long messagesSent() {
        return messagesSent;
    }

    /**
     * Heartbeat and end-of-session packets sent.
     *
     * @return the count.
     */
    public long heartbeatsSent() {
        return heartbeatsSent;
    }

    /**
     * Datagrams the socket refused or failed to send (per destination).
     *
     * @return the count.
     */
    public long sendFailures() {
        return sendFailures;
    }

    private void startPacket(final long sequenceNumber) {
        encoder.wrap(txBuffer, 0, maxPacketLength).session(session).sequenceNumber(sequenceNumber);
    }

    private void sendControl(final long nowNs) {
        encoder.wrap(txBuffer, 0, maxPacketLength).session(session).sequenceNumber(store.nextSequenceNumber());
        if (ended) {
            encoder.endOfSession();
        }
        heartbeatsSent++;
        sendPacket(nowNs);
        startPacket(store.nextSequenceNumber());
    }

    private void sendPacket(final long nowNs) {
        final int length = encoder.length();
        final ByteBuffer tx = txByteBuffer;
        for (final SocketAddress destination : destinations) {
            tx.limit(length).position(0);
            try {
                if (channel.send(tx, destination) == 0) {
                    sendFailures++;
                }
            } catch (final IOException ex) {
                sendFailures++;
            }
        }
        packetsSent++;
        messagesSent += encoder.count();
        lastSendNs = nowNs;
    }

    private static int align(final int length) {
        return (length + 63) & ~63;
    }
}
