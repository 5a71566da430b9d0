package dev.hft.net.fix;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import dev.hft.api.Result;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.timing.EpochNanoClock;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The FIX 4.4 session protocol over one non-blocking TCP connection at a time, for either role; a
 * {@link FixInitiator} or {@link FixAcceptor} owns it and hands it connections. Everything happens in
 * {@link #doWork()} on the caller's thread: reading and framing, the session checks on every message (BeginString,
 * CompIDs, SendingTime accuracy, structure and dictionary validation answered by a Reject with SessionRejectReason
 * and RefTagID, MsgSeqNum gaps answered by a ResendRequest, too-low MsgSeqNum without PossDupFlag answered by a
 * Logout, PossDup duplicates dropped), Logon/Logout, heartbeats and TestRequests, answering ResendRequests by
 * replaying stored application messages with PossDupFlag=Y and OrigSendingTime and gap-filling admin messages
 * (SequenceReset-GapFill), and writing the send queue.
 *
 * <p>Sequence numbers and sent application messages live in a memory-mapped {@link FixSessionStore}, so a restart
 * resumes where the last process stopped. Application messages go out through {@link #claim(int)} (an encoder
 * positioned after the header) and {@link #commit()}; they arrive through {@link FixSessionListener#onMessage}.
 * Bad input is counted in {@link #errors()}. Single-threaded; allocation-free in steady state (a Logout text for a
 * too-low MsgSeqNum is built on that fatal path only).
 */
public final class FixSession implements AutoCloseable {
    private static final int DISCONNECTED = 0;
    private static final int AWAITING_LOGON = 1;
    private static final int ACTIVE = 2;
    private static final int LOGOUT_SENT = 3;
    private static final long SECOND_NS = 1_000_000_000L;
    private static final long LOGON_TIMEOUT_NS = 10 * SECOND_NS;
    private static final int QUEUE_MESSAGES = 256;
    private static final int NO_TAG = Integer.MIN_VALUE;
    private static final int ON_BEHALF_OF_SUB_ID = 116;
    private static final int DELIVER_TO_SUB_ID = 129;
    private static final int ON_BEHALF_OF_LOCATION_ID = 144;
    private static final int DELIVER_TO_LOCATION_ID = 145;
    private static final byte[] TEST_REQ_ID = "TEST".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final FixSessionConfig config;
    private final boolean initiator;
    private final EpochNanoClock clock;
    private final FixSessionListener listener;
    private final WireErrorCounters errors;
    private final FixSessionStore store;
    private final FixFramer framer;
    private final FixMessageDecoder decoder = new FixMessageDecoder();
    private final FixValidator validator = new FixValidator();
    private final FixEncoder encoder;
    private final ByteBuffer sendQueue;
    private final UnsafeBuffer sendBuffer;
    private final int maxMessageLength;
    private SocketChannel channel;
    private int state = DISCONNECTED;
    private int sendStart;
    private int sendEnd;
    private long heartbeatNs;
    private long connectedAtNs;
    private long lastSentNs;
    private long lastReceivedNs;
    private long logoutSentNs;
    private boolean testRequestPending;
    private int resendRequestedUpTo;
    private int claimStart = -1;
    private int claimHeaderEnd;
    private int claimMsgType;
    private long claimTimeNs;
    private boolean resetRequested;
    private final UnsafeBuffer queueBuffer;
    private final int[] queueSeqs = new int[QUEUE_MESSAGES];
    private final int[] queueOffsets = new int[QUEUE_MESSAGES];
    private final int[] queueLengths = new int[QUEUE_MESSAGES];
    private int queueCount;
    private int queueEnd;
    private boolean draining;
    private int answeredResendSeq;

    /**
     * Creates a session and opens its store.
     *
     * @param config    the session's configuration.
     * @param initiator {@code true} for the initiator role (sends the first Logon).
     * @param clock     epoch clock for SendingTime and every timer.
     * @param listener  receives the session's events.
     * @param errors    counts and reports bad input.
     */
    public FixSession(final FixSessionConfig config, final boolean initiator, final EpochNanoClock clock,
        final FixSessionListener listener, final WireErrorCounters errors) {
        this.config = config;
        this.initiator = initiator;
        this.clock = clock;
        this.listener = listener;
        this.errors = errors;
        this.maxMessageLength = config.maxMessageLength();
        this.store = new FixSessionStore(config.storeDirectory(),
            config.senderCompId() + "-" + config.targetCompId() + ".fixstore", config.storeCapacityBytes(),
            config.maxStoredMessages());
        this.framer = new FixFramer(4 * maxMessageLength, maxMessageLength);
        this.encoder = new FixEncoder(config.senderCompId(), config.targetCompId());
        this.sendQueue = ByteBuffer.allocateDirect(Math.max(config.sendBufferBytes(), 4 * maxMessageLength));
        this.sendBuffer = new UnsafeBuffer(sendQueue);
        this.heartbeatNs = config.heartbeatIntervalSeconds() * SECOND_NS;
        this.queueBuffer = new UnsafeBuffer(ByteBuffer.allocateDirect(16 * maxMessageLength));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Host API
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Starts an application message: writes the header with the next MsgSeqNum into the send queue and returns the
     * encoder positioned for the body fields; {@link #commit()} sends it. Only one message may be claimed at a time.
     *
     * @param msgType packed MsgType of an application message.
     * @return the encoder, or {@code null} if the session is not logged on or the send queue is full (nothing was
     *         claimed; {@link #commit()} then returns the reason).
     */
    public FixEncoder claim(final int msgType) {
        claimStart = -1;
        if (state != ACTIVE || !reserve()) {
            return null;
        }
        claimStart = sendEnd;
        claimMsgType = msgType;
        claimTimeNs = clock.epochNanos();
        encoder.wrap(sendBuffer, sendEnd).header(msgType, store.nextSenderSeqNum(), claimTimeNs);
        claimHeaderEnd = sendEnd + encoder.length();
        return encoder;
    }

    /**
     * Sends the message started by {@link #claim(int)}: completes it, stores it for resend, consumes its MsgSeqNum
     * and queues it for the socket.
     *
     * @return {@link Result#OK}; {@link Result#NOT_CONNECTED} if the session is not logged on, or
     *         {@link Result#BACK_PRESSURED} if the send queue was full at claim time (the message was not sent and
     *         its MsgSeqNum not consumed).
     */
    public int commit() {
        if (claimStart < 0) {
            return state != ACTIVE ? Result.NOT_CONNECTED : Result.BACK_PRESSURED;
        }
        final int seq = store.nextSenderSeqNum();
        final int bodyEnd = claimStart + encoder.length();
        if (!store.append(seq, claimMsgType, claimTimeNs, sendBuffer, claimHeaderEnd, bodyEnd - claimHeaderEnd)) {
            errors.report(WireError.REQUEST_FAILED, seq);
        }
        sendEnd = claimStart + encoder.finish();
        claimStart = -1;
        store.nextSenderSeqNum(seq + 1);
        lastSentNs = claimTimeNs;
        return Result.OK;
    }

    /**
     * Sends an application message whose body fields are already encoded (e.g. forwarded or echoed).
     *
     * @param msgType packed MsgType.
     * @param body    complete body fields ({@code tag=value|...}).
     * @param offset  first byte.
     * @param length  number of bytes.
     * @return as {@link #commit()}.
     */
    public int trySend(final int msgType, final DirectBuffer body, final int offset, final int length) {
        final FixEncoder encoder = claim(msgType);
        if (encoder == null) {
            return commit();
        }
        encoder.putRaw(body, offset, length);
        return commit();
    }

    /**
     * Starts a Logout: sends Logout and waits (in {@link #doWork()}) for the counterparty's Logout or the logout
     * timeout, then disconnects.
     *
     * @param text Text (58) of the Logout, or {@code null}.
     */
    public void logout(final String text) {
        if (state == ACTIVE || state == AWAITING_LOGON) {
            sendLogout(text);
            state = LOGOUT_SENT;
            logoutSentNs = clock.epochNanos();
        }
    }

    /**
     * Tells whether the session is logged on.
     *
     * @return {@code true} if application messages can be sent.
     */
    public boolean isLoggedOn() {
        return state == ACTIVE;
    }

    /**
     * Tells whether a connection is attached.
     *
     * @return {@code true} from {@code connected} until the disconnect.
     */
    public boolean isConnected() {
        return state != DISCONNECTED;
    }

    /**
     * MsgSeqNum of our next outgoing message.
     *
     * @return a positive number.
     */
    public int nextSenderSeqNum() {
        return store.nextSenderSeqNum();
    }

    /**
     * MsgSeqNum expected on the next incoming message.
     *
     * @return a positive number.
     */
    public int nextTargetSeqNum() {
        return store.nextTargetSeqNum();
    }

    /**
     * Sets the MsgSeqNum of our next outgoing message (operations tool, e.g. after an agreement with the
     * counterparty; not for normal operation).
     *
     * @param seqNum a positive number.
     */
    public void nextSenderSeqNum(final int seqNum) {
        store.nextSenderSeqNum(seqNum);
    }

    /**
     * Sets the MsgSeqNum expected on the next incoming message (operations tool).
     *
     * @param seqNum a positive number.
     */
    public void nextTargetSeqNum(final int seqNum) {
        store.nextTargetSeqNum(seqNum);
    }

    /**
     * Counters of bad input and session errors.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return errors;
    }

    /**
     * Asks the next Logon to reset both sequence numbers to 1 (ResetSeqNumFlag=Y) and empties the store now.
     */
    public void resetSequenceNumbers() {
        store.reset();
        resetRequested = true;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Connection handling (owner)
    // ---------------------------------------------------------------------------------------------------------------

    void connected(final SocketChannel channel) {
        this.channel = channel;
        framer.reset();
        sendStart = 0;
        sendEnd = 0;
        claimStart = -1;
        testRequestPending = false;
        resendRequestedUpTo = 0;
        queueCount = 0;
        queueEnd = 0;
        answeredResendSeq = 0;
        final long now = clock.epochNanos();
        connectedAtNs = now;
        lastReceivedNs = now;
        lastSentNs = now;
        state = AWAITING_LOGON;
        heartbeatNs = config.heartbeatIntervalSeconds() * SECOND_NS;
        if (initiator) {
            sendLogon(config.heartbeatIntervalSeconds(), config.resetSeqNumOnLogon() || resetRequested);
        }
        flush();
    }

    /**
     * Does one duty cycle: reads what arrived and handles every complete message, runs the timers, writes the send
     * queue.
     *
     * @return work done (messages handled plus bytes written), 0 when idle.
     */
    public int doWork() {
        if (state == DISCONNECTED) {
            return 0;
        }
        int work = 0;
        try {
            final int read = framer.readFrom(channel);
            if (read < 0) {
                disconnect(FixDisconnectReason.PEER_CLOSED);
                return 1;
            }
            if (read > 0) {
                int result;
                while (state != DISCONNECTED && (result = framer.next()) != FixFramer.NEED_MORE) {
                    if (result == FixFramer.MESSAGE) {
                        onMessage(framer.buffer(), framer.messageOffset(), framer.messageLength());
                    } else {
                        errors.report(WireError.BAD_FIELD, -1, framer.buffer(), framer.messageOffset(),
                            framer.messageLength());
                    }
                    work++;
                }
            }
        } catch (final IOException e) {
            disconnect(FixDisconnectReason.IO_ERROR);
            return 1;
        }
        if (state != DISCONNECTED) {
            work += timers();
            work += flush();
        }
        return work;
    }

    private int timers() {
        final long now = clock.epochNanos();
        switch (state) {
            case AWAITING_LOGON:
                if (now - connectedAtNs > LOGON_TIMEOUT_NS) {
                    errors.report(WireError.HEARTBEAT_TIMEOUT, -1);
                    disconnect(FixDisconnectReason.BAD_LOGON);
                    return 1;
                }
                return 0;
            case LOGOUT_SENT:
                if (now - logoutSentNs > config.logoutTimeoutNs()) {
                    disconnect(FixDisconnectReason.LOGOUT);
                    return 1;
                }
                return 0;
            case ACTIVE:
                if (heartbeatNs <= 0) {
                    return 0;
                }
                int work = 0;
                if (now - lastSentNs >= heartbeatNs) {
                    sendHeartbeat(null, 0, 0);
                    work++;
                }
                if (!testRequestPending && now - lastReceivedNs >= heartbeatNs + heartbeatNs / 5) {
                    sendTestRequest();
                    testRequestPending = true;
                    work++;
                } else if (testRequestPending && now - lastReceivedNs >= 2 * heartbeatNs + heartbeatNs / 5) {
                    errors.report(WireError.HEARTBEAT_TIMEOUT, -1);
                    disconnect(FixDisconnectReason.HEARTBEAT_TIMEOUT);
                    work++;
                }
                return work;
            default:
                return 0;
        }
    }

    private void disconnect(final FixDisconnectReason reason) {
        if (state == DISCONNECTED) {
            return;
        }
        flush();
        CloseHelper.quietClose(channel);
        channel = null;
        state = DISCONNECTED;
        framer.reset();
        sendStart = 0;
        sendEnd = 0;
        if (config.resetOnDisconnect()) {
            store.reset();
        }
        listener.onDisconnected(reason);
    }

    /** Drops the connection without Logout (the store stays open; a new connection may follow). */
    public void disconnect() {
        disconnect(FixDisconnectReason.CLOSED);
    }

    /** Closes the connection (without Logout) and the store. */
    @Override
    public void close() {
        disconnect(FixDisconnectReason.CLOSED);
        store.close();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Receiving
    // ---------------------------------------------------------------------------------------------------------------

    private void onMessage(final DirectBuffer buffer, final int offset, final int length) {
        final long now = clock.epochNanos();
        lastReceivedNs = now;
        testRequestPending = false;
        final FixMessageDecoder decoder = this.decoder;
        int result = decoder.wrap(buffer, offset, length);
        if (FixError.isGarbled(result)) {
            errors.report(result == FixError.BAD_CHECKSUM || result == FixError.BAD_BODY_LENGTH
                ? WireError.BAD_LENGTH : WireError.BAD_FIELD, -1, buffer, offset, length);
            if (state == AWAITING_LOGON && !initiator) {
                disconnect(FixDisconnectReason.BAD_LOGON);
            }
            return;
        }
        final int msgType = decoder.msgType();
        final int seq = decoder.msgSeqNum();
        if (!decoder.valueEquals(FixTags.BEGIN_STRING, FixEncoder.BEGIN_STRING)) {
            errors.report(WireError.WRONG_SESSION, seq, buffer, offset, length);
            fatal("Incorrect BeginString");
            return;
        }
        if (state == AWAITING_LOGON && msgType != FixMsgType.LOGON) {
            errors.report(WireError.PROTOCOL_VIOLATION, seq, buffer, offset, length);
            disconnect(FixDisconnectReason.BAD_LOGON);
            return;
        }
        if (seq == FixMessageDecoder.NULL_INT) {
            errors.report(WireError.BAD_FIELD, -1, buffer, offset, length);
            fatal("Received message without MsgSeqNum");
            return;
        }
        int errorTag = decoder.errorTag();
        if (result == FixError.OK && config.validate()) {
            result = validator.validate(decoder);
            errorTag = validator.errorTag();
        }
        if (result != FixError.OK) {
            errors.report(WireError.BAD_FIELD, seq, buffer, offset, length);
            if (state == AWAITING_LOGON) {
                disconnect(FixDisconnectReason.BAD_LOGON);
                return;
            }
            if (seq > store.nextTargetSeqNum()) {
                queueOrRequest(seq, buffer, offset, length);
                return;
            }
            final FixSessionRejectReason reason = FixError.sessionRejectReason(result);
            sendReject(seq, reason, errorTag, msgType, rejectText(reason, errorTag));
            consumeIfExpected(seq);
            return;
        }
        if (!decoder.valueEquals(FixTags.SENDER_COMP_ID, config.targetCompId())
            || !decoder.valueEquals(FixTags.TARGET_COMP_ID, config.senderCompId())) {
            errors.report(WireError.WRONG_SESSION, seq, buffer, offset, length);
            if (state == AWAITING_LOGON) {
                disconnect(FixDisconnectReason.BAD_LOGON);
                return;
            }
            sendReject(seq, FixSessionRejectReason.COMPID_PROBLEM, NO_TAG, msgType, null);
            consumeIfExpected(seq);
            fatal("CompID problem");
            return;
        }
        final long sendingTime = decoder.getTimestamp(FixTags.SENDING_TIME);
        if (Math.abs(sendingTime - now) > config.sendingTimeToleranceNs()) {
            errors.report(WireError.BAD_FIELD, seq, buffer, offset, length);
            if (state == AWAITING_LOGON) {
                sendLogout("Invalid Logon message: SendingTime accuracy problem, field=52");
                disconnect(FixDisconnectReason.BAD_LOGON);
                return;
            }
            sendReject(seq, FixSessionRejectReason.SENDING_TIME_ACCURACY_PROBLEM, FixTags.SENDING_TIME, msgType,
                null);
            consumeIfExpected(seq);
            fatal("SendingTime accuracy problem, field=52");
            return;
        }
        if (decoder.possDup() && msgType != FixMsgType.SEQUENCE_RESET) {
            final long origSendingTime = decoder.getTimestamp(FixTags.ORIG_SENDING_TIME);
            if (origSendingTime == FixTimestamps.NULL_TIMESTAMP) {
                sendReject(seq, FixSessionRejectReason.REQUIRED_TAG_MISSING, FixTags.ORIG_SENDING_TIME, msgType, null);
                consumeIfExpected(seq);
                return;
            }
            if (origSendingTime > sendingTime) {
                sendReject(seq, FixSessionRejectReason.SENDING_TIME_ACCURACY_PROBLEM, FixTags.ORIG_SENDING_TIME,
                    msgType, null);
                consumeIfExpected(seq);
                fatal("SendingTime accuracy problem, field=122");
                return;
            }
        }
        switch (msgType) {
            case FixMsgType.LOGON:
                onLogon(seq);
                drainQueue();
                return;
            case FixMsgType.SEQUENCE_RESET:
                onSequenceReset(seq);
                drainQueue();
                return;
            default:
                break;
        }
        final int expected = store.nextTargetSeqNum();
        if (seq > expected) {
            if (msgType == FixMsgType.RESEND_REQUEST) {
                onResendRequest();
                answeredResendSeq = seq;
            }
            if (msgType == FixMsgType.LOGOUT) {
                onLogout();
                return;
            }
            queueOrRequest(seq, buffer, offset, length);
            return;
        }
        if (seq < expected) {
            if (msgType == FixMsgType.LOGOUT && !decoder.possDup()) {
                onLogout();
                return;
            }
            tooLow(seq, expected);
            return;
        }
        if (!FixMsgType.isAdmin(msgType)) {
            // the application sees the message before its MsgSeqNum is persisted as received: a crash inside the
            // callback gets it again (PossDup) after restart rather than never (at least once; dedup by ExecID)
            listener.onMessage(msgType, decoder);
        }
        store.nextTargetSeqNum(seq + 1);
        if (resendRequestedUpTo != 0 && seq >= resendRequestedUpTo) {
            resendRequestedUpTo = 0;
        }
        switch (msgType) {
            case FixMsgType.HEARTBEAT:
                break;
            case FixMsgType.TEST_REQUEST:
                final int field = decoder.fieldIndex(FixTags.TEST_REQ_ID);
                sendHeartbeat(decoder.buffer(), decoder.valueOffset(field), decoder.valueLength(field));
                break;
            case FixMsgType.RESEND_REQUEST:
                if (seq != answeredResendSeq) {
                    onResendRequest();
                }
                answeredResendSeq = 0;
                break;
            case FixMsgType.REJECT:
                listener.onReject(decoder.getInt(FixTags.REF_SEQ_NUM), decoder.contains(FixTags.SESSION_REJECT_REASON)
                    ? FixSessionRejectReason.of(decoder.getInt(FixTags.SESSION_REJECT_REASON))
                    : FixSessionRejectReason.NONE);
                break;
            case FixMsgType.LOGOUT:
                onLogout();
                return;
            default:
                break;
        }
        drainQueue();
    }

    private String rejectText(final FixSessionRejectReason reason, final int errorTag) {
        if (reason == FixSessionRejectReason.INCORRECT_DATA_FORMAT) {
            return reason.text() + ", field=" + errorTag;
        }
        if (reason == FixSessionRejectReason.REPEATING_GROUP_FIELDS_OUT_OF_ORDER && validator.groupCountTag() != 0
            && validator.groupEntriesVisited() == 0) {
            return "The group " + validator.groupCountTag() + " must set the delimiter field "
                + FixDictionary.groupDelimiter(validator.groupCountTag());
        }
        return null;
    }

    /**
     * Keeps a message that arrived ahead of a gap (copied into a preallocated queue) so that it is processed once
     * the gap is filled, and asks for the missing messages.
     */
    private void queueOrRequest(final int seq, final DirectBuffer buffer, final int offset, final int length) {
        boolean queued = false;
        for (int i = 0; i < queueCount; i++) {
            if (queueSeqs[i] == seq) {
                queued = true;
                break;
            }
        }
        if (!queued && queueCount < queueSeqs.length && queueEnd + length <= queueBuffer.capacity()) {
            queueBuffer.putBytes(queueEnd, buffer, offset, length);
            queueSeqs[queueCount] = seq;
            queueOffsets[queueCount] = queueEnd;
            queueLengths[queueCount] = length;
            queueCount++;
            queueEnd += length;
        }
        requestResend(seq);
    }

    private void drainQueue() {
        while (queueCount > 0 && state != DISCONNECTED && !draining) {
            final int expected = store.nextTargetSeqNum();
            int found = -1;
            int kept = 0;
            for (int i = 0; i < queueCount; i++) {
                if (queueSeqs[i] == expected && found < 0) {
                    found = i;
                }
            }
            if (found < 0) {
                for (int i = 0; i < queueCount; i++) {
                    if (queueSeqs[i] > expected) {
                        queueSeqs[kept] = queueSeqs[i];
                        queueOffsets[kept] = queueOffsets[i];
                        queueLengths[kept] = queueLengths[i];
                        kept++;
                    }
                }
                queueCount = kept;
                if (queueCount == 0) {
                    queueEnd = 0;
                }
                return;
            }
            final int offset = queueOffsets[found];
            final int length = queueLengths[found];
            queueSeqs[found] = 0;
            draining = true;
            onMessage(queueBuffer, offset, length);
            draining = false;
        }
        if (queueCount > 0 && !draining) {
            int kept = 0;
            for (int i = 0; i < queueCount; i++) {
                if (queueSeqs[i] >= store.nextTargetSeqNum()) {
                    kept++;
                }
            }
            if (kept == 0) {
                queueCount = 0;
                queueEnd = 0;
            }
        }
    }

    private void tooLow(final int seq, final int expected) {
        if (decoder.possDup()) {
            errors.report(WireError.DUPLICATE, seq);
            return;
        }
        errors.report(WireError.SEQUENCE_GAP, seq);
        fatal("MsgSeqNum too low, expecting " + expected + " but received " + seq);
    }

    private void consumeIfExpected(final int seq) {
        if (seq == store.nextTargetSeqNum()) {
            store.nextTargetSeqNum(seq + 1);
            drainQueue();
        }
    }

    private void fatal(final String text) {
        if (state == ACTIVE) {
            sendLogout(text);
            state = LOGOUT_SENT;
            logoutSentNs = clock.epochNanos();
        } else if (state != LOGOUT_SENT) {
            disconnect(FixDisconnectReason.SESSION_ERROR);
        }
    }

    private void requestResend(final int seq) {
        errors.report(WireError.SEQUENCE_GAP, seq);
        if (resendRequestedUpTo == 0 || seq > resendRequestedUpTo) {
            final int expected = store.nextTargetSeqNum();
            if (resendRequestedUpTo == 0) {
                sendResendRequest(expected);
            }
            resendRequestedUpTo = seq;
        }
    }

    private void onLogon(final int seq) {
        if (state == ACTIVE || state == LOGOUT_SENT) {
            if (decoder.getChar(FixTags.RESET_SEQ_NUM_FLAG) == 'Y' && !initiator) {
                // in-session sequence reset requested by the counterparty: both sides start again at 1
                store.reset();
                sendLogon((int) (heartbeatNs / SECOND_NS), true);
                store.nextTargetSeqNum(seq + 1);
                return;
            }
            errors.report(WireError.PROTOCOL_VIOLATION, seq);
            consumeIfExpected(seq);
            return;
        }
        final int heartBtInt = decoder.getInt(FixTags.HEART_BT_INT);
        if (heartBtInt < 0) {
            sendLogout("HeartBtInt must not be negative");
            disconnect(FixDisconnectReason.BAD_LOGON);
            return;
        }
        if (!initiator && config.hasCredentials() && (!decoder.valueEquals(FixTags.USERNAME, config.username())
            || !decoder.valueEquals(FixTags.PASSWORD, config.password()))) {
            errors.report(WireError.REQUEST_FAILED, seq);
            sendLogout("Invalid credentials");
            disconnect(FixDisconnectReason.BAD_LOGON);
            return;
        }
        final boolean reset = decoder.getChar(FixTags.RESET_SEQ_NUM_FLAG) == 'Y';
        if (reset) {
            if (initiator) {
                store.nextTargetSeqNum(1);
            } else {
                store.reset();
            }
        }
        resetRequested = false;
        final int expected = store.nextTargetSeqNum();
        if (seq < expected) {
            sendLogout("MsgSeqNum too low, expecting " + expected + " but received " + seq);
            disconnect(FixDisconnectReason.SESSION_ERROR);
            return;
        }
        if (!initiator) {
            heartbeatNs = heartBtInt * SECOND_NS;
            sendLogon(heartBtInt, reset);
        }
        state = ACTIVE;
        listener.onLogon();
        if (seq > expected) {
            requestResend(seq);
        } else {
            store.nextTargetSeqNum(seq + 1);
        }
    }

    private void onSequenceReset(final int seq) {
        final int newSeqNo = decoder.getInt(FixTags.NEW_SEQ_NO);
        final boolean gapFill = decoder.getChar(FixTags.GAP_FILL_FLAG) == 'Y';
        final int expected = store.nextTargetSeqNum();
        if (gapFill) {
            if (seq > expected) {
                requestResend(seq);
                return;
            }
            if (seq < expected) {
                tooLow(seq, expected);
                return;
            }
        }
        if (newSeqNo > expected) {
            store.nextTargetSeqNum(newSeqNo);
            if (resendRequestedUpTo != 0 && newSeqNo > resendRequestedUpTo) {
                resendRequestedUpTo = 0;
            }
        } else if (newSeqNo < expected) {
            sendReject(seq, FixSessionRejectReason.VALUE_IS_INCORRECT, FixTags.NEW_SEQ_NO, FixMsgType.SEQUENCE_RESET,
                null);
            if (gapFill) {
                store.nextTargetSeqNum(expected + 1);
            }
        }
    }

    private void onLogout() {
        if (state != LOGOUT_SENT) {
            sendLogout(null);
        }
        disconnect(FixDisconnectReason.LOGOUT);
    }

    private void onResendRequest() {
        final int begin = decoder.getInt(FixTags.BEGIN_SEQ_NO);
        int end = decoder.getInt(FixTags.END_SEQ_NO);
        final int last = store.nextSenderSeqNum() - 1;
        if (end == 0 || end > last) {
            end = last;
        }
        int gapStart = 0;
        for (int seq = Math.max(begin, 1); seq <= end; seq++) {
            final int record = store.find(seq);
            if (record < 0) {
                if (gapStart == 0) {
                    gapStart = seq;
                }
                continue;
            }
            if (gapStart != 0) {
                sendGapFill(gapStart, seq);
                gapStart = 0;
            }
            if (!resend(seq, record)) {
                return;
            }
        }
        if (gapStart != 0) {
            sendGapFill(gapStart, end + 1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sending
    // ---------------------------------------------------------------------------------------------------------------

    private boolean reserve() {
        if (sendQueue.capacity() - sendEnd >= maxMessageLength) {
            return true;
        }
        flush();
        if (sendStart > 0) {
            final int pending = sendEnd - sendStart;
            sendBuffer.putBytes(0, sendBuffer, sendStart, pending);
            sendStart = 0;
            sendEnd = pending;
        }
        return sendQueue.capacity() - sendEnd >= maxMessageLength;
    }

    private FixEncoder admin(final int msgType, final int seq) {
        if (!reserve()) {
            errors.report(WireError.REQUEST_FAILED, seq);
            return null;
        }
        final long now = clock.epochNanos();
        lastSentNs = now;
        return encoder.wrap(sendBuffer, sendEnd).header(msgType, seq, now);
    }

    private void sendAdmin(final FixEncoder encoder, final boolean consumesSeqNum) {
        sendEnd += encoder.finish();
        if (consumesSeqNum) {
            store.nextSenderSeqNum(store.nextSenderSeqNum() + 1);
        }
    }

    private void sendLogon(final int heartBtInt, final boolean reset) {
        if (reset && initiator) {
            store.reset();
        }
        final FixEncoder encoder = admin(FixMsgType.LOGON, store.nextSenderSeqNum());
        if (encoder == null) {
            return;
        }
        encoder.putInt(FixTags.ENCRYPT_METHOD, 0).putInt(FixTags.HEART_BT_INT, heartBtInt);
        if (reset) {
            encoder.putChar(FixTags.RESET_SEQ_NUM_FLAG, 'Y');
        }
        if (initiator && config.hasCredentials()) {
            encoder.putString(FixTags.USERNAME, config.username()).putString(FixTags.PASSWORD, config.password());
        }
        sendAdmin(encoder, true);
    }

    private void sendHeartbeat(final DirectBuffer testReqId, final int offset, final int length) {
        final FixEncoder encoder = admin(FixMsgType.HEARTBEAT, store.nextSenderSeqNum());
        if (encoder != null) {
            if (length > 0) {
                encoder.putBytes(FixTags.TEST_REQ_ID, testReqId, offset, length);
            }
            sendAdmin(encoder, true);
        }
    }

    private void sendTestRequest() {
        final FixEncoder encoder = admin(FixMsgType.TEST_REQUEST, store.nextSenderSeqNum());
        if (encoder != null) {
            sendAdmin(encoder.putBytes(FixTags.TEST_REQ_ID, TEST_REQ_ID), true);
        }
    }

    private void sendResendRequest(final int begin) {
        final FixEncoder encoder = admin(FixMsgType.RESEND_REQUEST, store.nextSenderSeqNum());
        if (encoder != null) {
            sendAdmin(encoder.putInt(FixTags.BEGIN_SEQ_NO, begin).putInt(FixTags.END_SEQ_NO, 0), true);
        }
    }

    private void sendReject(
        final int refSeqNum, final FixSessionRejectReason reason, final int refTag, final int refMsgType,
        final String text) {
        final FixEncoder encoder = admin(FixMsgType.REJECT, store.nextSenderSeqNum());
        if (encoder == null) {
            return;
        }
        reverseRoute(encoder, FixTags.ON_BEHALF_OF_COMP_ID, FixTags.DELIVER_TO_COMP_ID);
        reverseRoute(encoder, FixTags.DELIVER_TO_COMP_ID, FixTags.ON_BEHALF_OF_COMP_ID);
        reverseRoute(encoder, ON_BEHALF_OF_SUB_ID, DELIVER_TO_SUB_ID);
        reverseRoute(encoder, DELIVER_TO_SUB_ID, ON_BEHALF_OF_SUB_ID);
        reverseRoute(encoder, ON_BEHALF_OF_LOCATION_ID, DELIVER_TO_LOCATION_ID);
        reverseRoute(encoder, DELIVER_TO_LOCATION_ID, ON_BEHALF_OF_LOCATION_ID);
        encoder.putInt(FixTags.REF_SEQ_NUM, refSeqNum)
            .putString(FixTags.TEXT, text != null ? text : reason.text());
        if (refTag != NO_TAG) {
            encoder.putInt(FixTags.REF_TAG_ID, refTag);
        }
        if (refMsgType != FixMsgType.NONE) {
            if (refMsgType > 0xFF) {
                encoder.putString(FixTags.REF_MSG_TYPE, FixMsgType.toString(refMsgType));
            } else {
                encoder.putChar(FixTags.REF_MSG_TYPE, (char) refMsgType);
            }
        }
        sendAdmin(encoder.putInt(FixTags.SESSION_REJECT_REASON, reason.code()), true);
    }

    /** Copies a routing field of the message being answered into its reverse-direction tag, if set. */
    private void reverseRoute(final FixEncoder encoder, final int fromTag, final int toTag) {
        final int field = decoder.fieldIndex(fromTag);
        if (field >= 0 && decoder.valueLength(field) > 0) {
            encoder.putBytes(toTag, decoder.buffer(), decoder.valueOffset(field), decoder.valueLength(field));
        }
    }

    private void sendLogout(final String text) {
        final FixEncoder encoder = admin(FixMsgType.LOGOUT, store.nextSenderSeqNum());
        if (encoder != null) {
            if (text != null) {
                encoder.putString(FixTags.TEXT, text);
            }
            sendAdmin(encoder, true);
        }
    }

    private void sendGapFill(final int seq, final int newSeqNo) {
        final FixEncoder encoder = admin(FixMsgType.SEQUENCE_RESET, seq);
        if (encoder != null) {
            encoder.putPossDup(clock.epochNanos()).putChar(FixTags.GAP_FILL_FLAG, 'Y')
                .putInt(FixTags.NEW_SEQ_NO, newSeqNo);
            sendAdmin(encoder, false);
        }
    }

    private boolean resend(final int seq, final int record) {
        final FixEncoder encoder = admin(store.msgType(record), seq);
        if (encoder == null) {
            return false;
        }
        encoder.putPossDup(store.sendingTimeNanos(record))
            .putRaw(store.buffer(), store.bodyOffset(record), store.bodyLength(record));
        sendAdmin(encoder, false);
        return true;
    }

    private int flush() {
        if (sendEnd == sendStart || channel == null) {
            return 0;
        }
        try {
            sendQueue.limit(sendEnd).position(sendStart);
            final int written = channel.write(sendQueue);
            sendStart += written;
            if (sendStart == sendEnd && claimStart < 0) {
                sendStart = 0;
                sendEnd = 0;
            }
            return written;
        } catch (final IOException e) {
            errors.report(WireError.DISCONNECTED, -1);
            final SocketChannel closing = channel;
            channel = null;
            CloseHelper.quietClose(closing);
            state = DISCONNECTED;
            framer.reset();
            sendStart = 0;
            sendEnd = 0;
            if (config.resetOnDisconnect()) {
                store.reset();
            }
            listener.onDisconnected(FixDisconnectReason.IO_ERROR);
            return 0;
        }
    }
}
