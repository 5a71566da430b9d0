package dev.hft.net.moldudp64;

import java.nio.channels.DatagramChannel;

import dev.hft.net.WireErrorCounters;
import dev.hft.timing.NanoClock;

/**
 * A/B line arbitration of one MoldUDP64 session: two channels carry the same packets (line A and line B), and
 * every message is delivered once, in order, from whichever line brings it first.
 *
 * <ul>
 * <li>First arrival wins; the later copy is dropped and counted per line ({@link #duplicates(int)}).</li>
 * <li>A gap on one line is filled from the other without a re-request: packets ahead of the gap are held (as in
 * {@link MoldUdp64Receiver}) until the other line's copy arrives. Each loss run on a line that the other line
 * covered is counted in {@link #gapsFilledFromOtherLine(int)}.</li>
 * <li>A gap is re-requested only when neither line fills it: once every live line has passed the missing
 * sequence number, or after {@code gapTimeoutNs} (the other line may simply be late).</li>
 * <li>A line with no packet (data or heartbeat) for more than {@code silenceTimeoutNs} while the other line has
 * had one is declared down ({@link MoldUdp64ReceiverListener#onLineDown}, {@link #lineDownEvents(int)}, and
 * {@link dev.hft.net.WireError#HEARTBEAT_TIMEOUT} with the line's next sequence number); the
 * arbitrator then fails over: gaps no longer wait for the silent line. Its next packet brings it back up
 * ({@link MoldUdp64ReceiverListener#onLineUp}, {@link #lineUpEvents(int)}). When both lines are quiet (an idle
 * feed) neither is declared down.</li>
 * </ul>
 *
 * <p>Retransmissions are read from the request channel ({@link MoldUdp64ReceiverConfig#requestChannel}); with
 * the default (line A's channel) they count as line A packets, so give it a dedicated channel for clean per-line
 * counters. Single-threaded duty-cycle component with the same model as {@link MoldUdp64Receiver}: one
 * {@link #poll(int)} thread, the injected clock read once per poll, no allocation after construction.
 */
public final class LineArbitrator {
    /** Index of line A in the per-line counters. */
    public static final int LINE_A = MoldUdp64Sequencer.LINE_A;
    /** Index of line B in the per-line counters. */
    public static final int LINE_B = MoldUdp64Sequencer.LINE_B;
    /** Index of the request channel (retransmissions) in the per-line counters. */
    public static final int RETRANSMISSION = MoldUdp64Sequencer.RETRANSMISSION;

    private final DatagramChannel lineA;
    private final DatagramChannel lineB;
    private final DatagramChannel requestChannel;
    private final NanoClock clock;
    private final MoldUdp64Sequencer sequencer;

    /**
     * Creates an arbitrator.
     *
     * @param lineA   line A's channel: non-blocking, bound (and joined for multicast).
     * @param lineB   line B's channel, likewise.
     * @param handler receives every message once, in order.
     * @param clock   the time source for silence, gap and request timeouts.
     * @param config  the settings (copied).
     */
    public LineArbitrator(
        final DatagramChannel lineA, final DatagramChannel lineB, final MoldUdp64MessageHandler handler,
        final NanoClock clock, final MoldUdp64ReceiverConfig config) {
        if (lineA == lineB) {
            throw new IllegalArgumentException("line A and line B must be different channels");
        }
        this.lineA = lineA;
        this.lineB = lineB;
        this.clock = clock;
        this.sequencer = new MoldUdp64Sequencer(2, lineA, handler, clock.nanoTime(), config);
        final DatagramChannel requests = sequencer.requestChannel();
        this.requestChannel = requests == lineA || requests == lineB ? null : requests;
    }

    /**
     * One duty cycle: reads up to {@code limit} datagrams from each line, alternating between them so that
     * arrival order decides, then retransmissions, then checks line liveness and gaps.
     *
     * @param limit the most datagrams to read per channel.
     * @return work done: datagrams read, line events and requests sent.
     */
    public int poll(final int limit) {
        final long nowNs = clock.nanoTime();
        final MoldUdp64Sequencer sequencer = this.sequencer;
        int work = 0;
        int readA = 0;
        int readB = 0;
        boolean moreA = true;
        boolean moreB = true;
        while (moreA || moreB) {
            if (moreA) {
                moreA = readA < limit && sequencer.receive(lineA, LINE_A, nowNs) == 1;
                readA += moreA ? 1 : 0;
            }
            if (moreB) {
                moreB = readB < limit && sequencer.receive(lineB, LINE_B, nowNs) == 1;
                readB += moreB ? 1 : 0;
            }
        }
        work += readA + readB;
        if (requestChannel != null) {
            for (int i = 0; i < limit; i++) {
                if (sequencer.receive(requestChannel, RETRANSMISSION, nowNs) == 0) {
                    break;
                }
                work++;
            }
        }
        work += sequencer.checkLines(nowNs);
        return work + sequencer.checkGap(nowNs);
    }

    /**
     * The sequence number of the next message to deliver.
     *
     * @return the next expected sequence number (0 until the first packet when joining from the first received).
     */
    public long nextSequenceNumber() {
        return sequencer.nextExpected();
    }

    /**
     * One past the highest sequence number announced on either line.
     *
     * @return the high-water mark.
     */
    public long highWaterMark() {
        return sequencer.highWater();
    }

    /**
     * Whether messages are missing on both lines so far.
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
     * Whether a line is considered live.
     *
     * @param line {@link #LINE_A} or {@link #LINE_B}.
     * @return {@code false} between a line-down and the next line-up event.
     */
    public boolean isLineUp(final int line) {
        return sequencer.isLineUp(line);
    }

    /**
     * Datagrams read on a line (good or bad).
     *
     * @param line {@link #LINE_A}, {@link #LINE_B} or {@link #RETRANSMISSION}.
     * @return the count.
     */
    public long packets(final int line) {
        return sequencer.packets(line);
    }

    /**
     * Messages delivered from a line's packets because that line brought them first.
     *
     * @param line {@link #LINE_A}, {@link #LINE_B} or {@link #RETRANSMISSION}.
     * @return the count.
     */
    public long messagesDeliveredFirst(final int line) {
        return sequencer.deliveredFirst(line);
    }

    /**
     * Messages a line brought after they had been delivered (or were held) from the other line, dropped.
     *
     * @param line {@link #LINE_A}, {@link #LINE_B} or {@link #RETRANSMISSION}.
     * @return the count.
     */
    public long duplicates(final int line) {
        return sequencer.duplicates(line);
    }

    /**
     * Loss runs seen on a line (its own sequence numbers jumped forward).
     *
     * @param line {@link #LINE_A} or {@link #LINE_B}.
     * @return the count.
     */
    public long lineGaps(final int line) {
        return sequencer.lineGaps(line);
    }

    /**
     * Loss runs on a line that the other line filled (the messages came from the other line, not from a
     * re-request).
     *
     * @param line {@link #LINE_A} or {@link #LINE_B}.
     * @return the count.
     */
    public long gapsFilledFromOtherLine(final int line) {
        return sequencer.gapsFilledFromOtherLine(line);
    }

    /**
     * Times a line was declared down.
     *
     * @param line {@link #LINE_A} or {@link #LINE_B}.
     * @return the count.
     */
    public long lineDownEvents(final int line) {
        return sequencer.lineDownEvents(line);
    }

    /**
     * Times a line came back up after being down.
     *
     * @param line {@link #LINE_A} or {@link #LINE_B}.
     * @return the count.
     */
    public long lineUpEvents(final int line) {
        return sequencer.lineUpEvents(line);
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
     * Gaps neither line had filled when they were checked (each reported once as a sequence gap).
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
     * Requests sent again after the request timeout without progress.
     *
     * @return the count.
     */
    public long requestRetries() {
        return sequencer.requestRetries();
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
     * Datagrams dropped as malformed, oversized or for another session, on either line.
     *
     * @return the count.
     */
    public long badPackets() {
        return sequencer.badPackets();
    }

    /**
     * Where bad packets, gaps and failed requests are counted.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return sequencer.errors();
    }
}
