package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.MoldUdp64.END_OF_SESSION;
import static dev.hft.net.moldudp64.MoldUdp64.HEADER_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.HEARTBEAT;
import static dev.hft.net.moldudp64.MoldUdp64.MESSAGE_LENGTH_PREFIX;
import static dev.hft.net.moldudp64.MoldUdp64.REQUEST_LENGTH;
import static dev.hft.net.moldudp64.MoldUdp64.SESSION_LENGTH;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The sequencing core shared by {@link MoldUdp64Receiver} (one downstream line) and {@link LineArbitrator} (two):
 * session filter, next expected sequence number, duplicate drop, the reorder slots that hold packets ahead of a
 * gap, gap detection and the re-request state machine, per-line counters and line liveness.
 *
 * <h2>Memory</h2>
 * One direct arena of {@code reorderCapacity + 1} slots of {@code maxPacketLength + 1} bytes (64-byte aligned). A
 * datagram is received straight into the free "receive slot"; an in-order packet is delivered from there (zero
 * copy); a packet ahead of a gap is kept by taking its slot out of the free list (still zero copy) and the next
 * free slot becomes the receive slot. A datagram that fills the slot's extra byte was longer than
 * {@code maxPacketLength} and is dropped as {@link WireError#BAD_LENGTH}.
 *
 * <h2>Gaps</h2>
 * The high-water mark is one past the highest sequence number any packet (data, heartbeat or end of session)
 * announced. While {@code next < highWater} messages are missing; the gap opens (reported once as
 * {@link WireError#SEQUENCE_GAP}) when every live line has passed {@code next} (at once for a single line) or the
 * shortfall is older than {@code gapTimeoutNs}, and the missing run {@code [next, first held packet or highWater)}
 * (capped at {@code maxRequestCount}) is then requested. Any
 * progress of {@code next} answers the outstanding request and the rest is requested at once (a server answers
 * with one packet, which may hold fewer messages than asked); no progress for {@code requestTimeoutNs} re-sends
 * the request ({@link WireError#REQUEST_FAILED}, {@link #requestRetries}).
 */
final class MoldUdp64Sequencer {
    static final int LINE_A = 0;
    static final int LINE_B = 1;
    static final int RETRANSMISSION = 2;
    static final int LINE_SLOTS = 3;

    private static final long MAX_SEQUENCE_NUMBER = Long.MAX_VALUE >> 1;

    private final int downstreamLines;
    private final MoldUdp64MessageHandler handler;
    private final MoldUdp64ReceiverListener listener;
    private final WireErrorCounters errors;
    private final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();

    private final int maxPacketLength;
    private final int slotStride;
    private final UnsafeBuffer arena;
    private final ByteBuffer[] slotViews;
    private final boolean[] slotUsed;
    private final long[] slotFirst;
    private final long[] slotEnd;
    private final int[] slotLine;
    private final int[] freeSlots;
    private int freeCount;
    private int rxSlot;
    private int heldCount;

    private final byte[] session = new byte[SESSION_LENGTH];
    private boolean sessionKnown;
    private long nextExpected;
    private long highWater;
    private long endOfSession;
    private boolean endReported;

    private final DatagramChannel requestChannel;
    private final SocketAddress requestServer;
    private final ByteBuffer requestByteBuffer;
    private final UnsafeBuffer requestBuffer;
    private final MoldUdp64PacketEncoder requestEncoder = new MoldUdp64PacketEncoder();
    private final long requestTimeoutNs;
    private final int maxRequestCount;
    private final long gapTimeoutNs;
    private final long silenceTimeoutNs;
    private boolean gapSeen;
    private long gapSeenNs;
    private boolean gapOpen;
    private boolean requestOutstanding;
    private long requestFrom;
    private long requestSentNs;

    private final long[] lineNext = new long[LINE_SLOTS];
    private final long[] lineLastNs = new long[LINE_SLOTS];
    private final boolean[] lineUp = new boolean[LINE_SLOTS];
    private final long[] pendingLineGapEnd = new long[LINE_SLOTS];
    private final long[] pendingLineGaps = new long[LINE_SLOTS];

    private final long[] packets = new long[LINE_SLOTS];
    private final long[] deliveredFirst = new long[LINE_SLOTS];
    private final long[] duplicates = new long[LINE_SLOTS];
    private final long[] lineGaps = new long[LINE_SLOTS];
    private final long[] gapsFilledFromOtherLine = new long[LINE_SLOTS];
    private final long[] lineDownEvents = new long[LINE_SLOTS];
    private final long[] lineUpEvents = new long[LINE_SLOTS];

    private long messagesDelivered;
    private long heartbeats;
    private long gapsDetected;
    private long requestsSent;
    private long requestRetries;
    private long requestSendFailures;
    private long packetsHeld;
    private long reorderOverflows;
    private long badPackets;
    private long receiveFailures;

    MoldUdp64Sequencer(
        final int downstreamLines, final DatagramChannel defaultRequestChannel,
        final MoldUdp64MessageHandler handler, final long nowNs, final MoldUdp64ReceiverConfig config) {
        this.downstreamLines = downstreamLines;
        this.handler = handler;
        this.listener = config.listener;
        this.errors = config.errorsOrDefault();
        this.maxPacketLength = config.maxPacketLength;
        this.slotStride = (config.maxPacketLength + 1 + 63) & ~63;
        final int slots = config.reorderCapacity + 1;
        final long arenaLength = (long) slots * slotStride;
        if (arenaLength > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("reorder capacity x packet length exceeds 2 GiB");
        }
        final ByteBuffer arenaByteBuffer = BufferUtil.allocateDirectAligned((int) arenaLength, 64);
        this.arena = new UnsafeBuffer(arenaByteBuffer);
        this.slotViews = new ByteBuffer[slots];
        for (int i = 0; i < slots; i++) {
            final ByteBuffer view = arenaByteBuffer.duplicate();
            view.limit(i * slotStride + config.maxPacketLength + 1).position(i * slotStride);
            slotViews[i] = view.slice();
        }
        this.slotUsed = new boolean[slots];
        this.slotFirst = new long[slots];
        this.slotEnd = new long[slots];
        this.slotLine = new int[slots];
        this.freeSlots = new int[slots];
        for (int i = slots - 1; i >= 1; i--) {
            freeSlots[freeCount++] = i;
        }
        this.rxSlot = 0;

        if (config.session != null) {
            System.arraycopy(config.session, 0, session, 0, SESSION_LENGTH);
            sessionKnown = true;
        }
        this.nextExpected = config.nextSequenceNumber;
        this.highWater = config.nextSequenceNumber;

        this.requestChannel = config.requestChannel != null ? config.requestChannel : defaultRequestChannel;
        this.requestServer = config.requestServer;
        this.requestByteBuffer = BufferUtil.allocateDirectAligned(64, 64);
        this.requestBuffer = new UnsafeBuffer(requestByteBuffer);
        this.requestTimeoutNs = config.requestTimeoutNs;
        this.maxRequestCount = config.maxRequestCount;
        this.gapTimeoutNs = config.gapTimeoutNs;
        this.silenceTimeoutNs = config.silenceTimeoutNs;

        for (int line = 0; line < LINE_SLOTS; line++) {
            lineUp[line] = true;
            lineLastNs[line] = nowNs;
            lineNext[line] = config.nextSequenceNumber;
        }
    }

    DatagramChannel requestChannel() {
        return requestChannel;
    }

    /**
     * Receives one datagram from a channel and processes it.
     *
     * @return 1 if a datagram was read, 0 if none was waiting (or the read failed).
     */
    int receive(final DatagramChannel channel, final int line, final long nowNs) {
        final ByteBuffer view = slotViews[rxSlot];
        view.clear();
        final SocketAddress source;
        try {
            source = channel.receive(view);
        } catch (final IOException ex) {
            receiveFailures++;
            errors.report(WireError.DISCONNECTED, -1);
            return 0;
        }
        if (source == null) {
            return 0;
        }
        onPacket(line, view.position(), nowNs);
        return 1;
    }

    private void onPacket(final int line, final int length, final long nowNs) {
        packets[line]++;
        if (line < downstreamLines) {
            lineLastNs[line] = nowNs;
            if (!lineUp[line]) {
                lineUp[line] = true;
                lineUpEvents[line]++;
                listener.onLineUp(line, nowNs);
            }
        }
        final int slotOffset = rxSlot * slotStride;
        final MoldUdp64PacketDecoder decoder = this.decoder;
        if (length > maxPacketLength) {
            bad(WireError.BAD_LENGTH, -1, slotOffset, maxPacketLength);
            return;
        }
        if (!decoder.wrap(arena, slotOffset, length)) {
            bad(WireError.TRUNCATED, -1, slotOffset, length);
            return;
        }
        final long first = decoder.sequenceNumber();
        if (sessionKnown && !decoder.sessionEquals(session)) {
            bad(WireError.WRONG_SESSION, first, slotOffset, length);
            return;
        }
        final int valid = decoder.validate();
        if (valid < 0) {
            bad(valid == MoldUdp64PacketDecoder.TRUNCATED ? WireError.TRUNCATED : WireError.BAD_LENGTH, first,
                slotOffset, length);
            return;
        }
        if (first < 1 || first > MAX_SEQUENCE_NUMBER) {
            bad(WireError.BAD_FIELD, first, slotOffset, length);
            return;
        }
        if (!sessionKnown) {
            decoder.getSession(session);
            sessionKnown = true;
        }
        if (nextExpected == MoldUdp64ReceiverConfig.FROM_FIRST_RECEIVED) {
            nextExpected = first;
            highWater = first;
        }
        final int count = decoder.messageCount();
        final long end;
        if (count == HEARTBEAT) {
            heartbeats++;
            end = first;
        } else if (count == END_OF_SESSION) {
            heartbeats++;
            end = first;
            if (first > endOfSession) {
                endOfSession = first;
            }
        } else {
            end = first + count;
        }
        if (line < downstreamLines) {
            trackLine(line, first, end);
        }
        if (end > highWater) {
            highWater = end;
        }
        if (count != HEARTBEAT && count != END_OF_SESSION) {
            if (end <= nextExpected) {
                duplicates[line] += count;
            } else if (first <= nextExpected) {
                deliver(slotOffset, first, count, line);
                if (heldCount > 0) {
                    drain();
                }
            } else {
                hold(first, end, count, line);
            }
        }
        if (endOfSession > 0 && !endReported && nextExpected >= endOfSession) {
            endReported = true;
            listener.onEndOfSession(endOfSession);
        }
    }

    private void trackLine(final int line, final long first, final long end) {
        final long lineNext = this.lineNext[line];
        if (lineNext != 0 && first > lineNext) {
            lineGaps[line]++;
            if (nextExpected >= first) {
                if (downstreamLines > 1) {
                    gapsFilledFromOtherLine[line]++;
                }
            } else {
                pendingLineGapEnd[line] = first;
                pendingLineGaps[line]++;
            }
        }
        if (end > lineNext) {
            this.lineNext[line] = end;
        }
    }

    private void deliver(final int slotOffset, final long first, final int count, final int line) {
        final UnsafeBuffer arena = this.arena;
        final MoldUdp64MessageHandler handler = this.handler;
        int position = slotOffset + HEADER_LENGTH;
        long sequence = first;
        long next = nextExpected;
        int delivered = 0;
        for (int i = 0; i < count; i++) {
            final int length = arena.getShort(position, ByteOrder.BIG_ENDIAN) & 0xFFFF;
            position += MESSAGE_LENGTH_PREFIX;
            if (sequence == next) {
                next++;
                nextExpected = next;
                delivered++;
                handler.onMessage(sequence, arena, position, length);
            }
            position += length;
            sequence++;
        }
        duplicates[line] += count - delivered;
        deliveredFirst[line] += delivered;
        messagesDelivered += delivered;
        resolveLineGaps(line);
    }

    private void resolveLineGaps(final int deliveringLine) {
        for (int line = 0; line < downstreamLines; line++) {
            final long gapEnd = pendingLineGapEnd[line];
            if (gapEnd != 0 && nextExpected >= gapEnd) {
                if (deliveringLine != line && deliveringLine < downstreamLines) {
                    gapsFilledFromOtherLine[line] += pendingLineGaps[line];
                }
                pendingLineGapEnd[line] = 0;
                pendingLineGaps[line] = 0;
            }
        }
    }

    private void hold(final long first, final long end, final int count, final int line) {
        final int slots = slotUsed.length;
        for (int slot = 0; slot < slots; slot++) {
            if (slotUsed[slot] && slotFirst[slot] <= first && slotEnd[slot] >= end) {
                duplicates[line] += count;
                return;
            }
        }
        if (freeCount == 0) {
            reorderOverflows++;
            return;
        }
        final int slot = rxSlot;
        slotUsed[slot] = true;
        slotFirst[slot] = first;
        slotEnd[slot] = end;
        slotLine[slot] = line;
        heldCount++;
        packetsHeld++;
        rxSlot = freeSlots[--freeCount];
    }

    private void drain() {
        final int slots = slotUsed.length;
        boolean progressed = true;
        while (progressed && heldCount > 0) {
            progressed = false;
            for (int slot = 0; slot < slots; slot++) {
                if (!slotUsed[slot]) {
                    continue;
                }
                final long first = slotFirst[slot];
                final long end = slotEnd[slot];
                if (end <= nextExpected) {
                    duplicates[slotLine[slot]] += end - first;
                    release(slot);
                } else if (first <= nextExpected) {
                    deliver(slot * slotStride, first, (int) (end - first), slotLine[slot]);
                    release(slot);
                    progressed = true;
                }
            }
        }
    }

    private void release(final int slot) {
        slotUsed[slot] = false;
        heldCount--;
        freeSlots[freeCount++] = slot;
    }

    private void bad(final WireError error, final long sequence, final int offset, final int length) {
        badPackets++;
        errors.report(error, sequence, arena, offset, length);
    }

    /**
     * Declares a line down when it has been silent for longer than the silence timeout while the other line was
     * active (arbitration only).
     *
     * @return line events raised.
     */
    int checkLines(final long nowNs) {
        if (downstreamLines < 2) {
            return 0;
        }
        int work = 0;
        for (int line = 0; line < downstreamLines; line++) {
            final int other = 1 - line;
            if (lineUp[line] && nowNs - lineLastNs[line] > silenceTimeoutNs
                && lineUp[other] && nowNs - lineLastNs[other] <= silenceTimeoutNs) {
                lineUp[line] = false;
                lineDownEvents[line]++;
                errors.report(WireError.HEARTBEAT_TIMEOUT, lineNext[line]);
                listener.onLineDown(line, nowNs);
                work++;
            }
        }
        return work;
    }

    /**
     * Opens, reports and re-requests gaps.
     *
     * @return requests sent (0 or 1).
     */
    int checkGap(final long nowNs) {
        final long next = nextExpected;
        if (next >= highWater || next == MoldUdp64ReceiverConfig.FROM_FIRST_RECEIVED) {
            gapSeen = false;
            gapOpen = false;
            requestOutstanding = false;
            return 0;
        }
        if (!gapSeen) {
            gapSeen = true;
            gapSeenNs = nowNs;
        }
        if (!gapOpen) {
            if (!liveLinesPassed(next) && nowNs - gapSeenNs < gapTimeoutNs) {
                return 0;
            }
            gapOpen = true;
            gapsDetected++;
            errors.report(WireError.SEQUENCE_GAP, next);
        }
        if (requestServer == null) {
            return 0;
        }
        if (!requestOutstanding || next != requestFrom) {
            return sendRequest(nowNs);
        }
        if (nowNs - requestSentNs >= requestTimeoutNs) {
            requestRetries++;
            errors.report(WireError.REQUEST_FAILED, next);
            return sendRequest(nowNs);
        }
        return 0;
    }

    private boolean liveLinesPassed(final long next) {
        for (int line = 0; line < downstreamLines; line++) {
            if (lineUp[line] && lineNext[line] <= next) {
                return false;
            }
        }
        return true;
    }

    private int sendRequest(final long nowNs) {
        final long from = nextExpected;
        long until = highWater;
        if (heldCount > 0) {
            final int slots = slotUsed.length;
            for (int slot = 0; slot < slots; slot++) {
                if (slotUsed[slot] && slotFirst[slot] > from && slotFirst[slot] < until) {
                    until = slotFirst[slot];
                }
            }
        }
        final int count = (int) Math.min(until - from, maxRequestCount);
        requestEncoder.wrap(requestBuffer, 0, REQUEST_LENGTH).session(session).sequenceNumber(from)
            .messageCount(count);
        final ByteBuffer tx = requestByteBuffer;
        tx.limit(REQUEST_LENGTH).position(0);
        try {
            if (requestChannel.send(tx, requestServer) == 0) {
                requestSendFailures++;
            }
        } catch (final IOException ex) {
            requestSendFailures++;
        }
        requestsSent++;
        requestOutstanding = true;
        requestFrom = from;
        requestSentNs = nowNs;
        return 1;
    }

    long nextExpected() {
        return nextExpected;
    }

    long highWater() {
        return highWater;
    }

    boolean hasGap() {
        return nextExpected < highWater && nextExpected != MoldUdp64ReceiverConfig.FROM_FIRST_RECEIVED;
    }

    boolean isEndOfSession() {
        return endReported;
    }

    boolean isSessionKnown() {
        return sessionKnown;
    }

    String session() {
        return sessionKnown ? new String(session, java.nio.charset.StandardCharsets.US_ASCII).trim() : null;
    }

    WireErrorCounters errors() {
        return errors;
    }

    long packets(final int line) {
        return packets[line];
    }

    long deliveredFirst(final int line) {
        return deliveredFirst[line];
    }

    long duplicates(final int line) {
        return duplicates[line];
    }

    long lineGaps(final int line) {
        return lineGaps[line];
    }

    long gapsFilledFromOtherLine(final int line) {
        return gapsFilledFromOtherLine[line];
    }

    long lineDownEvents(final int line) {
        return lineDownEvents[line];
    }

    long lineUpEvents(final int line) {
        return lineUpEvents[line];
    }

    boolean isLineUp(final int line) {
        return lineUp[line];
    }

    long totalPackets() {
        return packets[LINE_A] + packets[LINE_B] + packets[RETRANSMISSION];
    }

    long totalDuplicates() {
        return duplicates[LINE_A] + duplicates[LINE_B] + duplicates[RETRANSMISSION];
    }

    long messagesDelivered() {
        return messagesDelivered;
    }

    long heartbeats() {
        return heartbeats;
    }

    long gapsDetected() {
        return gapsDetected;
    }

    long requestsSent() {
        return requestsSent;
    }

    long requestRetries() {
        return requestRetries;
    }

    long requestSendFailures() {
        return requestSendFailures;
    }

    long packetsHeld() {
        return packetsHeld;
    }

    int heldCount() {
        return heldCount;
    }

    long reorderOverflows() {
        return reorderOverflows;
    }

    long badPackets() {
        return badPackets;
    }

    long receiveFailures() {
        return receiveFailures;
    }
}
