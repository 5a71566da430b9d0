package dev.hft.net.moldudp64;

import java.nio.channels.DatagramChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.timing.NanoClock;

/**
 * A MoldUDP64 receiving session over one non-blocking {@link DatagramChannel} (unicast, or multicast once the
 * caller has joined the group; see {@link MoldUdp64Channels}): follows one session and hands every message to a
 * {@link MoldUdp64MessageHandler} exactly once, in sequence order, re-requesting what the network lost.
 *
 * <h2>What it does with each packet</h2>
 * <ul>
 * <li>Shorter than a header, or a message block past the end: {@link WireError#TRUNCATED}; bytes after the last
 * block or longer than {@code maxPacketLength}: {@link WireError#BAD_LENGTH}; sequence number 0:
 * {@link WireError#BAD_FIELD}. Dropped whole, before any message of it is delivered.</li>
 * <li>Another session than the configured one (or the first one seen): {@link WireError#WRONG_SESSION}, dropped.</li>
 * <li>Already delivered: dropped and counted in {@link #duplicateMessages()} (not reported as an error: duplicates
 * are normal after re-requests).</li>
 * <li>In order (or overlapping the next expected message): delivered straight from the receive buffer.</li>
 * <li>Ahead of the next expected message: a gap. The packet is held in a preallocated reorder slot (zero copy)
 * and delivered as soon as the gap is filled; the gap is reported once as {@link WireError#SEQUENCE_GAP} and the
 * missing run is requested from the re-request server.</li>
 * <li>Heartbeats and end-of-session packets carry the next sequence number the server will send, so they reveal
 * a lost tail; the end of session is reported to {@link MoldUdp64ReceiverListener#onEndOfSession} once every
 * message before it has been delivered.</li>
 * </ul>
 *
 * <h2>Gap handling: hold, then re-request only what is missing</h2>
 * Packets ahead of a gap are kept, so a re-request asks only for the missing run {@code [next, first held packet)}
 * (at most {@code maxRequestCount} messages) and the feed never has to be replayed from the gap onward. When every
 * reorder slot is taken, further packets ahead of the gap are dropped and counted
 * ({@link #reorderOverflows()}); they are not lost, since the high-water mark still covers them, and they are
 * re-requested once the held packets have been delivered. A request with no progress for
 * {@code requestTimeoutNs} is sent again ({@link #requestRetries()}, {@link WireError#REQUEST_FAILED}); a partial
 * answer (the server fits what it can in one packet) is followed at once by a request for the rest.
 *
 * <h2>Threading</h2>
 * Single-threaded duty-cycle component: call {@link #poll(int)} from one thread (an Agrona agent or the host's
 * loop); handler and listener run on that thread, and the buffer passed to the handler is valid only during the
 * call. It starts no threads, reads time only from the injected {@link NanoClock} (once per poll), and after
 * construction allocates nothing on the receive path (gap recovery included, given a dedicated
 * {@link MoldUdp64ReceiverConfig#requestChannel request channel}; see there). Counters are plain fields: another
 * thread may read them for monitoring (eventually visible).
 */
public final class MoldUdp64Receiver {
    private final DatagramChannel channel;
    private final DatagramChannel requestChannel;
    private final NanoClock clock;
    private final MoldUdp64Sequencer sequencer;

    /**
     * Creates a receiver.
     *
     * @param channel the downstream channel: non-blocking and bound (and joined to the group for multicast).
     * @param handler receives every message once, in order.
     * @param clock   the time source for request timeouts.
     * @param config  the settings (copied).
     */
    public MoldUdp64Receiver(
        final DatagramChannel channel, final MoldUdp64MessageHandler handler, final NanoClock clock,
        final MoldUdp64ReceiverConfig config) {
        this.channel = channel;
        this.clock = clock;
        this.sequencer = new MoldUdp64Sequencer(1, channel, handler, clock.nanoTime(), config);
        final DatagramChannel requests = sequencer.requestChannel();
        this.requestChannel = requests == channel ? null : requests;
    }

    /**
     * One duty cycle: reads up to {@code limit} datagrams from the downstream channel (and up to {@code limit}
     * retransmissions from a dedicated request channel), delivers what is in order, and sends or re-sends a
     * re-request if a gap is open.
     *
     * @param limit the most datagrams to read per channel.
     * @return work done: datagrams read plus requests sent.
     */
    public int poll(final int limit) {
        final long nowNs = clock.nanoTime();
        final MoldUdp64Sequencer sequencer = this.sequencer;
        int work = 0;
        for (int i = 0; i < limit; i++) {
            if (sequencer.receive(channel, MoldUdp64Sequencer.LINE_A, nowNs) == 0) {
                break;
            }
            work++;
        }
        if (requestChannel != null) {
            for (int i = 0; i < limit; i++) {
                if (sequencer.receive(requestChannel, MoldUdp64Sequencer.RETRANSMISSION, nowNs) == 0) {
                    break;
                }
                work++;
            }
        }
        return work + sequencer.checkGap(nowNs);
    }

    /**
     * The sequence number of the next message to deliver.
     *
     * @return the next expected sequence number; 0 until the first packet when configured
     *         {@link MoldUdp64ReceiverConfig#FROM_FIRST_RECEIVED}.
     */
    public long nextSequenceNumber() {
        return sequencer.nextExpected();
    }

    /**
     * One past the highest sequence number announced by any packet (data, heartbeat or end of session).
     *
     * @return the high-water mark.
     */
    public long highWaterMark() {
        return sequencer.highWater();
    }

    /**
     * Whether messages are missing (announced but not yet delivered).
     *
     * @return {@code true} while a gap is open.
     */
    public boolean hasGap() {
        return sequencer.hasGap();
    }

    /**
     * Whether the end of session has been received and every message before it delivered.
     *
     * @return {@code true} once {@link MoldUdp64ReceiverListener#onEndOfSession} has been called.
     */
    public boolean isEndOfSession() {
        return sequencer.isEndOfSession();
    }

    /**
     * The session followed, for logs (allocates).
     *
     * @return the session name, or {@code null} before the first packet when learning it.
     */
    public String session() {
        return sequencer.session();
    }

    /**
     * Where bad packets, gaps and failed requests are counted.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return sequencer.errors();
    }

    /**
     * Datagrams read, downstream and retransmitted, good or bad.
     *
     * @return the count.
     */
    public long packetsReceived() {
        return sequencer.totalPackets();
    }

    /**
     * Datagrams read from a dedicated request channel (retransmissions); 0 when requests share the downstream
     * channel.
     *
     * @return the count.
     */
    public long retransmittedPackets() {
        return sequencer.packets(MoldUdp64Sequencer.RETRANSMISSION);
    }

    /**
     * Messages handed to the handler.
     *
     * @return the count.
     */
    public long messagesDelivered() {
        return sequencer.messagesDelivered();
    }

    /**
     * Messages received again after they had been delivered (or while an identical packet was held), dropped.
     *
     * @return the count.
     */
    public long duplicateMessages() {
        return sequencer.totalDuplicates();
    }

    /**
     * Heartbeat and end-of-session packets received.
     *
     * @return the count.
     */
    public long heartbeats() {
        return sequencer.heartbeats();
    }

    /**
     * Gaps opened (each reported once as {@link WireError#SEQUENCE_GAP}).
     *
     * @return the count.
     */
    public long gapsDetected() {
        return sequencer.gapsDetected();
    }

    /**
     * Request packets sent, first tries and retries.
     *
     * @return the count.
     */
    public long requestsSent() {
        return sequencer.requestsSent();
    }

    /**
     * Requests sent again after {@code requestTimeoutNs} without progress.
     *
     * @return the count.
     */
    public long requestRetries() {
        return sequencer.requestRetries();
    }

    /**
     * Requests the socket refused or failed to send (they are retried after the timeout).
     *
     * @return the count.
     */
    public long requestSendFailures() {
        return sequencer.requestSendFailures();
    }

    /**
     * Packets held in a reorder slot because they arrived ahead of a gap.
     *
     * @return the count since start.
     */
    public long packetsHeld() {
        return sequencer.packetsHeld();
    }

    /**
     * Packets held right now.
     *
     * @return 0 to the reorder capacity.
     */
    public int heldPackets() {
        return sequencer.heldCount();
    }

    /**
     * Packets ahead of a gap dropped because every reorder slot was taken (re-requested later).
     *
     * @return the count.
     */
    public long reorderOverflows() {
        return sequencer.reorderOverflows();
    }

    /**
     * Datagrams dropped as malformed, oversized or for another session.
     *
     * @return the count.
     */
    public long badPackets() {
        return sequencer.badPackets();
    }
}
