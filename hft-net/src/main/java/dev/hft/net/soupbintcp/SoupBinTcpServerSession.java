package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.CLIENT_HEARTBEAT;
import static dev.hft.net.soupbintcp.SoupBinTcp.DEBUG;
import static dev.hft.net.soupbintcp.SoupBinTcp.END_OF_SESSION;
import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGOUT_REQUEST;
import static dev.hft.net.soupbintcp.SoupBinTcp.REJECT_SESSION_NOT_AVAILABLE;
import static dev.hft.net.soupbintcp.SoupBinTcp.SERVER_HEARTBEAT;
import static dev.hft.net.soupbintcp.SoupBinTcp.UNSEQUENCED_DATA;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;

/**
 * One connection slot of a {@link SoupBinTcpServer}: the accepted socket, its receive buffer and framer, a small
 * buffer for control packets (login answers, heartbeats, end of session), and its position in the session's
 * {@link SoupBinTcpMessageStore}, from which its sequenced data is written directly. Slots are made at server
 * construction and reused; only the server mutates them, on its polling thread. Public methods are read-only
 * views for monitoring on that thread.
 */
public final class SoupBinTcpServerSession {
    /** Where a slot's connection is. */
    public enum State {
        /** No connection in this slot. */
        FREE,
        /** Connected; the login request is awaited. */
        AWAITING_LOGIN,
        /** Logged in: sequenced data flows, unsequenced data is accepted. */
        LOGGED_IN,
        /** A final packet (login rejected or end of session) is being written; input is ignored. */
        CLOSING,
        /** The final packet is written and the output shut down; waiting for the client to close. */
        LINGERING
    }

    private static final int CONTROL_BUFFER_LENGTH = 128;

    private final SoupBinTcpServer server;
    private final SoupBinTcpMessageStore store;
    private final WireErrorCounters errors;
    private final SoupBinTcpServerListener listener;
    private final SoupBinTcpAuthenticator authenticator;
    private final byte[] sessionName;
    private final long heartbeatIntervalNs;
    private final long heartbeatTimeoutNs;
    private final SoupBinTcpFramer framer;
    private final SoupBinTcpSendBuffer control = new SoupBinTcpSendBuffer(CONTROL_BUFFER_LENGTH);
    private final ByteBuffer storeView;
    private final SoupBinTcpPacketEncoder packetEncoder = new SoupBinTcpPacketEncoder();
    private final SoupBinTcpLoginAcceptedEncoder acceptedEncoder = new SoupBinTcpLoginAcceptedEncoder();
    private final SoupBinTcpLoginRejectedEncoder rejectedEncoder = new SoupBinTcpLoginRejectedEncoder();
    private final SoupBinTcpLoginRequestDecoder loginDecoder = new SoupBinTcpLoginRequestDecoder();

    private SocketChannel channel;
    private State state = State.FREE;
    private int connectionId = -1;
    private int epoch;
    private boolean writeFailed;
    private boolean endOfSessionPending;
    private SoupBinTcpDisconnectReason closeReason;
    private int storePosition;
    private long lastReceiveNs;
    private long lastSendNs;

    SoupBinTcpServerSession(
        final SoupBinTcpServer server,
        final SoupBinTcpMessageStore store,
        final SoupBinTcpConfig config,
        final byte[] sessionName,
        final SoupBinTcpAuthenticator authenticator,
        final SoupBinTcpServerListener listener,
        final WireErrorCounters errors) {
        this.server = server;
        this.store = store;
        this.errors = errors;
        this.listener = listener;
        this.authenticator = authenticator;
        this.sessionName = sessionName;
        this.heartbeatIntervalNs = config.heartbeatIntervalNs();
        this.heartbeatTimeoutNs = config.heartbeatTimeoutNs();
        this.framer = new SoupBinTcpFramer(config.receiveBufferLength(), config.maxPayloadLength());
        this.storeView = store.newView();
    }

    /**
     * The id of the connection in this slot.
     *
     * @return the id, or -1 when the slot is free.
     */
    public int connectionId() {
        return connectionId;
    }

    /**
     * Where the connection is.
     *
     * @return the state; {@link State#FREE} when the slot is empty.
     */
    public State state() {
        return state;
    }

    /**
     * Whether the connection is logged in.
     *
     * @return {@code true} when {@link State#LOGGED_IN}.
     */
    public boolean isLoggedIn() {
        return state == State.LOGGED_IN;
    }

    /**
     * How far this connection lags the session: stored sequenced data not yet taken by its socket.
     *
     * @return bytes; 0 unless logged in.
     */
    public int lagBytes() {
        return state == State.LOGGED_IN ? store.limit() - storePosition : 0;
    }

    @Override
    public String toString() {
        return "SoupBinTcpServerSession{connectionId=" + connectionId + ", state=" + state + '}';
    }

    boolean isFree() {
        return state == State.FREE;
    }

    void open(final SocketChannel channel, final int connectionId, final long now) {
        this.channel = channel;
        this.connectionId = connectionId;
        this.state = State.AWAITING_LOGIN;
        this.writeFailed = false;
        this.endOfSessionPending = false;
        this.closeReason = null;
        this.storePosition = 0;
        this.lastReceiveNs = now;
        this.lastSendNs = now;
        framer.reset();
        control.clear();
    }

    int poll(final long now) {
        if (writeFailed) {
            errors.report(WireError.DISCONNECTED, -1);
            close(SoupBinTcpDisconnectReason.IO_ERROR);
            return 1;
        }
        final int epoch = this.epoch;
        int work = flush(now) > 0 ? 1 : 0;
        if (epoch != this.epoch) {
            return 1;
        }
        work += receive(now, epoch);
        if (epoch == this.epoch) {
            work += checkTimers(now);
        }
        return work;
    }

    /**
     * Writes pending control bytes, then stored sequenced data; finishes a pending end of session. A write
     * failure is remembered and becomes a disconnect at the next poll, so this may run inside the host's send.
     *
     * @return bytes written.
     */
    int flush(final long now) {
        if (writeFailed) {
            return 0;
        }
        int written = 0;
        try {
            final SoupBinTcpSendBuffer control = this.control;
            if (!control.isEmpty()) {
                written += control.flush(channel);
                if (!control.isEmpty()) {
                    return sent(written, now);
                }
            }
            if (state == State.LOGGED_IN) {
                final int limit = store.limit();
                if (storePosition < limit) {
                    final ByteBuffer view = storeView;
                    view.limit(limit).position(storePosition);
                    final int n = channel.write(view);
                    storePosition += n;
                    written += n;
                }
                if (endOfSessionPending && storePosition == limit) {
                    endOfSessionPending = false;
                    enqueueEmptyPacket(END_OF_SESSION);
                    state = State.CLOSING;
                    closeReason = SoupBinTcpDisconnectReason.END_OF_SESSION;
                    written += control.flush(channel);
                }
            }
            if (state == State.CLOSING && control.isEmpty()) {
                channel.shutdownOutput();
                state = State.LINGERING;
            }
        } catch (final IOException ex) {
            writeFailed = true;
        }
        return sent(written, now);
    }

    void endSession(final long now) {
        if (state == State.LOGGED_IN) {
            endOfSessionPending = true;
            flush(now);
        }
    }

    void close(final SoupBinTcpDisconnectReason reason) {
        SoupBinTcpSockets.closeQuietly(channel);
        final int id = connectionId;
        channel = null;
        state = State.FREE;
        connectionId = -1;
        epoch++;
        control.clear();
        framer.reset();
        server.onSessionClosed();
        listener.onDisconnected(id, reason);
    }

    private int sent(final int written, final long now) {
        if (written > 0) {
            lastSendNs = now;
        }
        return written;
    }

    private int receive(final long now, final int epoch) {
        final SoupBinTcpFramer framer = this.framer;
        final int read;
        try {
            read = framer.readFrom(channel);
        } catch (final IOException ex) {
            if (state == State.LINGERING) {
                close(closeReason);
                return 1;
            }
            errors.report(WireError.DISCONNECTED, -1);
            close(SoupBinTcpDisconnectReason.IO_ERROR);
            return 1;
        }
        if (read == 0) {
            return 0;
        }
        if (read < 0) {
            onEndOfStream();
            return 1;
        }
        lastReceiveNs = now;
        if (state == State.CLOSING || state == State.LINGERING) {
            framer.reset();
            return 1;
        }
        int packets = 0;
        int result;
        while ((result = framer.next()) == SoupBinTcpFramer.PACKET) {
            packets++;
            onPacket(framer.packetType(), framer.buffer(), framer.packetOffset(), framer.packetLength(), now);
            if (epoch != this.epoch || state == State.CLOSING || state == State.LINGERING) {
                return packets;
            }
        }
        if (result == SoupBinTcpFramer.BAD_LENGTH) {
            errors.report(WireError.BAD_LENGTH, -1, framer.buffer(), framer.packetOffset(), framer.packetLength());
            close(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
        }
        return packets + 1;
    }

    private void onEndOfStream() {
        if (state == State.LINGERING || state == State.CLOSING) {
            close(closeReason);
            return;
        }
        if (framer.pendingLength() > 0) {
            errors.report(WireError.TRUNCATED, -1, framer.buffer(), framer.pendingOffset(), framer.pendingLength());
        }
        errors.report(WireError.DISCONNECTED, -1);
        close(SoupBinTcpDisconnectReason.PEER_CLOSED);
    }

    private void onPacket(
        final byte packetType, final DirectBuffer buffer, final int offset, final int length, final long now) {
        switch (packetType) {
            case UNSEQUENCED_DATA:
                if (state != State.LOGGED_IN) {
                    protocolViolation(buffer, offset, length);
                    return;
                }
                listener.onUnsequencedMessage(connectionId, buffer, offset + HEADER_LENGTH, length - HEADER_LENGTH);
                break;
            case CLIENT_HEARTBEAT:
            case DEBUG:
                break;
            case LOGIN_REQUEST:
                onLoginRequest(buffer, offset, length, now);
                break;
            case LOGOUT_REQUEST:
                close(SoupBinTcpDisconnectReason.LOGOUT);
                break;
            default:
                errors.report(WireError.UNKNOWN_MESSAGE_TYPE, -1, buffer, offset, length);
                break;
        }
    }

    private void onLoginRequest(final DirectBuffer buffer, final int offset, final int length, final long now) {
        if (state != State.AWAITING_LOGIN) {
            protocolViolation(buffer, offset, length);
            return;
        }
        final SoupBinTcpLoginRequestDecoder request = loginDecoder;
        if (!request.wrap(buffer, offset, length)) {
            errors.report(WireError.BAD_LENGTH, -1, buffer, offset, length);
            close(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
            return;
        }
        final long requested = request.requestedSequenceNumber();
        if (requested == SoupBinTcpLoginRequestDecoder.NOT_NUMERIC) {
            errors.report(WireError.BAD_FIELD, -1, buffer, offset, length);
            close(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
            return;
        }
        final int epoch = this.epoch;
        byte code = authenticator.authenticate(connectionId, request);
        if (epoch != this.epoch) {
            return;
        }
        if (code == SoupBinTcpAuthenticator.ACCEPT
            && (server.isSessionEnded() || !(request.isRequestedSessionBlank() || request.requestedSessionEquals(
                sessionName)))) {
            code = REJECT_SESSION_NOT_AVAILABLE;
        }
        if (code != SoupBinTcpAuthenticator.ACCEPT) {
            errors.report(WireError.REQUEST_FAILED, requested);
            final int at = control.claim(SoupBinTcpLoginRejectedEncoder.LENGTH);
            rejectedEncoder.wrap(control.buffer(), at).rejectReasonCode(code);
            control.commit(SoupBinTcpLoginRejectedEncoder.LENGTH);
            state = State.CLOSING;
            closeReason = SoupBinTcpDisconnectReason.LOGIN_REJECTED;
            flush(now);
            return;
        }
        final long next = store.nextSequenceNumber();
        final long first = requested == 0 || requested > next ? next : requested;
        final int at = control.claim(SoupBinTcpLoginAcceptedEncoder.LENGTH);
        acceptedEncoder.wrap(control.buffer(), at).session(sessionName).sequenceNumber(first);
        control.commit(SoupBinTcpLoginAcceptedEncoder.LENGTH);
        storePosition = store.packetPosition(first);
        state = State.LOGGED_IN;
        endOfSessionPending = server.isSessionEnded();
        listener.onLoginAccepted(connectionId, first);
        if (epoch == this.epoch) {
            flush(now);
        }
    }

    private void protocolViolation(final DirectBuffer buffer, final int offset, final int length) {
        errors.report(WireError.PROTOCOL_VIOLATION, -1, buffer, offset, length);
        close(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
    }

    private int checkTimers(final long now) {
        if (now - lastReceiveNs >= heartbeatTimeoutNs) {
            if (state == State.LINGERING || state == State.CLOSING) {
                close(closeReason);
                return 1;
            }
            errors.report(WireError.HEARTBEAT_TIMEOUT, -1);
            close(SoupBinTcpDisconnectReason.HEARTBEAT_TIMEOUT);
            return 1;
        }
        if (state == State.LOGGED_IN && now - lastSendNs >= heartbeatIntervalNs && control.isEmpty()
            && storePosition == store.limit() && !endOfSessionPending) {
            enqueueEmptyPacket(SERVER_HEARTBEAT);
            flush(now);
            return 1;
        }
        return 0;
    }

    private void enqueueEmptyPacket(final byte packetType) {
        final int at = control.claim(HEADER_LENGTH);
        packetEncoder.wrap(control.buffer(), at).packetType(packetType);
        control.commit(HEADER_LENGTH);
    }
}
