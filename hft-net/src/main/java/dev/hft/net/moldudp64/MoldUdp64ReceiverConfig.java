package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.ETHERNET_MAX_PACKET_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_MESSAGE_COUNT;
import static dev.hft.net.moldudp64.MoldUdp64.MAX_UDP_PAYLOAD_LENGTH;

import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;

/**
 * Start-up settings of a {@link MoldUdp64Receiver} or {@link LineArbitrator}; every setting has a default, so
 * {@code new MoldUdp64ReceiverConfig().requestServer(address)} is a complete configuration. Read once by the
 * component's constructor (later changes have no effect on it).
 */
public final class MoldUdp64ReceiverConfig {
    /** {@link #nextSequenceNumber(long)} value: start at whatever the first packet carries (join a live feed). */
    public static final long FROM_FIRST_RECEIVED = 0;
    /** Default {@link #requestTimeoutNs(long)}: 100 ms. */
    public static final long DEFAULT_REQUEST_TIMEOUT_NS = 100_000_000L;
    /** Default {@link #gapTimeoutNs(long)}: 10 ms. */
    public static final long DEFAULT_GAP_TIMEOUT_NS = 10_000_000L;
    /** Default {@link #silenceTimeoutNs(long)}: 100 ms. */
    public static final long DEFAULT_SILENCE_TIMEOUT_NS = 100_000_000L;
    /** Default {@link #reorderCapacity(int)}: 128 packets. */
    public static final int DEFAULT_REORDER_CAPACITY = 128;

    byte[] session;
    long nextSequenceNumber = MoldUdp64.FIRST_SEQUENCE_NUMBER;
    DatagramChannel requestChannel;
    SocketAddress requestServer;
    long requestTimeoutNs = DEFAULT_REQUEST_TIMEOUT_NS;
    int maxRequestCount = MAX_MESSAGE_COUNT;
    int reorderCapacity = DEFAULT_REORDER_CAPACITY;
    int maxPacketLength = ETHERNET_MAX_PACKET_LENGTH;
    long gapTimeoutNs = DEFAULT_GAP_TIMEOUT_NS;
    long silenceTimeoutNs = DEFAULT_SILENCE_TIMEOUT_NS;
    MoldUdp64ReceiverListener listener = MoldUdp64ReceiverListener.NO_OP;
    WireErrorCounters errors;

    /**
     * The session to follow; packets of any other session are dropped as {@link dev.hft.net.WireError#WRONG_SESSION}.
     * Default: learn it from the first well-formed packet.
     *
     * @param session 1 to 10 ASCII characters, or {@code null} to learn it.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig session(final String session) {
        this.session = session == null ? null : MoldUdp64.session(session);
        return this;
    }

    /**
     * The first sequence number to deliver. Default 1: everything the session sent, re-requesting what was sent
     * before the receiver joined. {@link #FROM_FIRST_RECEIVED} starts at the first packet received; a larger value
     * resumes after messages already processed.
     *
     * @param nextSequenceNumber 0 or a sequence number {@code >= 1}.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig nextSequenceNumber(final long nextSequenceNumber) {
        if (nextSequenceNumber < 0) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + nextSequenceNumber);
        }
        this.nextSequenceNumber = nextSequenceNumber;
        return this;
    }

    /**
     * Where re-requests go (the re-request server's unicast address). Default {@code null}: never re-request
     * (gaps are reported, and filled only if the data arrives anyway, e.g. from the other line).
     *
     * @param requestServer the address, or {@code null}.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig requestServer(final SocketAddress requestServer) {
        this.requestServer = requestServer;
        return this;
    }

    /**
     * The channel requests are sent from; the server answers to its address, so the component polls it for
     * retransmissions. Default {@code null}: the (first) downstream channel, as the spec suggests (one socket for
     * the feed and the retransmissions). A dedicated channel must be non-blocking and bound.
     *
     * <p>Allocation: a JDK {@code DatagramChannel} caches the source address of the last datagram only, so a socket
     * that receives both the feed and retransmissions creates a new {@code InetSocketAddress} (about 100 bytes) each
     * time the source switches, i.e. a few times per recovered gap. A dedicated request channel keeps gap recovery
     * allocation-free as well; the in-order path allocates nothing either way.
     *
     * @param requestChannel the channel, or {@code null}.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig requestChannel(final DatagramChannel requestChannel) {
        this.requestChannel = requestChannel;
        return this;
    }

    /**
     * How long to wait for progress on a re-request before sending it again (counted as a retry and reported as
     * {@link dev.hft.net.WireError#REQUEST_FAILED}). Default 100 ms.
     *
     * @param requestTimeoutNs positive nanoseconds.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig requestTimeoutNs(final long requestTimeoutNs) {
        this.requestTimeoutNs = positive(requestTimeoutNs, "request timeout");
        return this;
    }

    /**
     * The most messages one request asks for. Default and maximum 65534 (the count field is 16 bits and 0xFFFF
     * is reserved); a server answers with as many as fit in one packet, and the receiver asks again for the rest.
     *
     * @param maxRequestCount 1 to 65534.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig maxRequestCount(final int maxRequestCount) {
        if (maxRequestCount < 1 || maxRequestCount > MAX_MESSAGE_COUNT) {
            throw new IllegalArgumentException("request count out of range: " + maxRequestCount);
        }
        this.maxRequestCount = maxRequestCount;
        return this;
    }

    /**
     * Packets that arrive ahead of a gap and are held (zero copy, in preallocated slots) until the gap is filled.
     * When the slots are full, further packets ahead of the gap are dropped and re-requested later. Default 128.
     *
     * @param reorderCapacity 1 or more packets.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig reorderCapacity(final int reorderCapacity) {
        if (reorderCapacity < 1) {
            throw new IllegalArgumentException("reorder capacity must be positive: " + reorderCapacity);
        }
        this.reorderCapacity = reorderCapacity;
        return this;
    }

    /**
     * The largest datagram accepted; longer ones are dropped as {@link dev.hft.net.WireError#BAD_LENGTH}. Default
     * 1472 (a 1500-byte Ethernet frame); raise it for feeds on jumbo frames.
     *
     * @param maxPacketLength 20 to 65507 bytes.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig maxPacketLength(final int maxPacketLength) {
        if (maxPacketLength < HEADER_LENGTH || maxPacketLength > MAX_UDP_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("max packet length out of range: " + maxPacketLength);
        }
        this.maxPacketLength = maxPacketLength;
        return this;
    }

    /**
     * Arbitration: how long a gap may wait for the other line before it is re-requested anyway. A gap is
     * re-requested at once when every live line has already passed it. A single receiver requests at once.
     * Default 10 ms.
     *
     * @param gapTimeoutNs zero or positive nanoseconds.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig gapTimeoutNs(final long gapTimeoutNs) {
        if (gapTimeoutNs < 0) {
            throw new IllegalArgumentException("gap timeout must not be negative: " + gapTimeoutNs);
        }
        this.gapTimeoutNs = gapTimeoutNs;
        return this;
    }

    /**
     * Arbitration: a line with no packet for longer than this while the other line has had one is declared down.
     * Default 100 ms.
     *
     * @param silenceTimeoutNs positive nanoseconds.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig silenceTimeoutNs(final long silenceTimeoutNs) {
        this.silenceTimeoutNs = positive(silenceTimeoutNs, "silence timeout");
        return this;
    }

    /**
     * Where session and line events go. Default {@link MoldUdp64ReceiverListener#NO_OP}.
     *
     * @param listener the listener.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig listener(final MoldUdp64ReceiverListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Where bad packets, gaps and failed requests are counted and reported. Default: counters named
     * {@code "moldudp64"} that only count.
     *
     * @param errors the counters.
     * @return this config.
     */
    public MoldUdp64ReceiverConfig errors(final WireErrorCounters errors) {
        this.errors = errors;
        return this;
    }

    WireErrorCounters errorsOrDefault() {
        return errors != null ? errors : new WireErrorCounters("moldudp64", WireErrorListener.NO_OP);
    }

    private static long positive(final long valueNs, final String what) {
        if (valueNs <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + valueNs);
        }
        return valueNs;
    }
}
