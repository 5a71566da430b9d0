package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.CLIENT_HEARTBEAT;
import static dev.hft.net.soupbintcp.SoupBinTcp.DEBUG;
import static dev.hft.net.soupbintcp.SoupBinTcp.END_OF_SESSION;
import static dev.hft.net.soupbintcp.SoupBinTcp.HEADER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REJECTED;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGOUT_REQUEST;
import static dev.hft.net.soupbintcp.SoupBinTcp.PASSWORD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCED_DATA;
import static dev.hft.net.soupbintcp.SoupBinTcp.SERVER_HEARTBEAT;
import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.UNSEQUENCED_DATA;
import static dev.hft.net.soupbintcp.SoupBinTcp.USERNAME_LENGTH;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.hft.api.Result;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;

/**
 * The client side of a SoupBinTCP 3.00 session over a non-blocking {@link SocketChannel}: connect and log in,
 * receive sequenced messages in order (each exactly once, across reconnects), send unsequenced messages through a
 * bounded buffer, heartbeats both ways, timeouts, end of session and logout.
 *
 * <h2>Use</h2>
 * <pre>
 * SoupBinTcpClient client = new SoupBinTcpClient(new SoupBinTcpConfig(), clock, listener, errorListener);
 * client.login("user", "secret", "", 1);          // session blank = the current one; start at message 1
 * client.connect(new InetSocketAddress(host, port));
 * while (running) {
 *     idle.idle(client.poll());                   // connect, log in, receive, heartbeats, timeouts
 *     int result = client.trySendUnsequenced(buffer, 0, length); // Result.BACK_PRESSURED: poll and retry
 * }
 * </pre>
 * After a disconnect, {@link #connect} again: the new login asks for the session the server accepted and for
 * {@link #nextSequenceNumber()}, so delivery resumes exactly where it stopped; messages the server resends below
 * that number are dropped and counted as {@link WireError#DUPLICATE}, a jump above it is reported as
 * {@link WireError#SEQUENCE_GAP}.
 *
 * <h2>Threading and allocation</h2>
 * Single-threaded: every method is called on the thread that polls; the client starts no threads and never
 * blocks. Listener callbacks come only from {@link #poll()} and {@link #close()}. Steady-state polling, receiving
 * and sending allocate nothing: the receive and send buffers are direct and made at construction; connecting
 * allocates (a new socket). Bad input is counted in {@link #errors()}, reported to the {@link WireErrorListener}
 * and closes the connection when framing or the protocol is broken; it never throws out of {@link #poll()}.
 * Credentials are kept only in the login packet encoder and never appear in {@code toString} or error reports.
 */
public final class SoupBinTcpClient implements AutoCloseable {
    /** Where the client is in its connection's life. */
    public enum State {
        /** No connection; {@link #connect} may be called. */
        DISCONNECTED,
        /** A non-blocking connect is in progress. */
        CONNECTING,
        /** Connected; the login request is sent and the answer awaited. */
        LOGIN_SENT,
        /** Logged in: sequenced messages arrive and unsequenced ones may be sent. */
        LOGGED_IN,
        /** A logout request was sent; waiting for the server to close the connection. */
        LOGGING_OUT
    }

    private static final byte[] EMPTY = new byte[0];

    private final NanoClock clock;
    private final SoupBinTcpClientListener listener;
    private final WireErrorCounters errors;
    private final long heartbeatIntervalNs;
    private final long heartbeatTimeoutNs;
    private final int maxPayloadLength;
    private final int socketSendBufferLength;
    private final int socketReceiveBufferLength;
    private final SoupBinTcpFramer framer;
    private final SoupBinTcpSendBuffer sendBuffer;
    private final SoupBinTcpPacketEncoder packetEncoder = new SoupBinTcpPacketEncoder();
    private final SoupBinTcpLoginRequestEncoder loginEncoder = new SoupBinTcpLoginRequestEncoder();
    private final SoupBinTcpLoginAcceptedDecoder acceptedDecoder = new SoupBinTcpLoginAcceptedDecoder();
    private final SoupBinTcpLoginRejectedDecoder rejectedDecoder = new SoupBinTcpLoginRejectedDecoder();
    private final byte[] sessionScratch = new byte[SESSION_LENGTH];

    private byte[] username = EMPTY;
    private byte[] password = EMPTY;
    private byte[] requestedSession = EMPTY;
    private boolean loginSet;

    private SocketChannel channel;
    private State state = State.DISCONNECTED;
    private int connectionEpoch;
    private boolean writeFailed;
    private boolean outputShutdown;
    private long nextSequenceNumber;
    private long receiveSequenceNumber;
    private long nowNs;
    private long lastReceiveNs;
    private long lastSendNs;

    /**
     * Creates a client; allocates its receive and send buffers now.
     *
     * @param config        heartbeat timing and buffer sizes (read now).
     * @param clock         the time source for heartbeats and timeouts.
     * @param listener      receives sessions events and messages.
     * @param errorListener receives bad input, timeouts and disconnects (they are counted either way).
     */
    public SoupBinTcpClient(
        final SoupBinTcpConfig config,
        final NanoClock clock,
        final SoupBinTcpClientListener listener,
        final WireErrorListener errorListener) {
        this.clock = clock;
        this.listener = listener;
        this.errors = new WireErrorCounters("soupbintcp client", errorListener);
        this.heartbeatIntervalNs = config.heartbeatIntervalNs();
        this.heartbeatTimeoutNs = config.heartbeatTimeoutNs();
        this.maxPayloadLength = config.maxPayloadLength();
        this.socketSendBufferLength = config.socketSendBufferLength();
        this.socketReceiveBufferLength = config.socketReceiveBufferLength();
        this.framer = new SoupBinTcpFramer(config.receiveBufferLength(), maxPayloadLength);
        this.sendBuffer = new SoupBinTcpSendBuffer(Math.max(config.sendBufferLength(), HEADER_LENGTH + 1));
    }

    /**
     * Sets what the next {@link #connect} logs in with. Start-up call, allowed only while disconnected.
     *
     * @param username                 ASCII, at most {@link SoupBinTcp#USERNAME_LENGTH} characters.
     * @param password                 ASCII, at most {@link SoupBinTcp#PASSWORD_LENGTH} characters.
     * @param requestedSession         at most {@link SoupBinTcp#SESSION_LENGTH} characters; blank or {@code null}
     *                                 for the server's current session.
     * @param requestedSequenceNumber  the first sequenced message wanted (1 for all); 0 for the next new one.
     * @throws IllegalArgumentException if a value does not fit its field or the sequence number is negative.
     * @throws IllegalStateException    if connected.
     */
    public void login(
        final String username, final String password, final String requestedSession,
        final long requestedSequenceNumber) {
        if (state != State.DISCONNECTED) {
            throw new IllegalStateException("login parameters change only while disconnected, not " + state);
        }
        if (requestedSequenceNumber < 0) {
            throw new IllegalArgumentException("negative requested sequence number: " + requestedSequenceNumber);
        }
        this.username = SoupBinTcpAscii.toAlpha(username, USERNAME_LENGTH, "username");
        this.password = SoupBinTcpAscii.toAlpha(password, PASSWORD_LENGTH, "password");
        this.requestedSession = SoupBinTcpAscii.toAlpha(requestedSession, SESSION_LENGTH, "requested session");
        this.nextSequenceNumber = requestedSequenceNumber;
        this.loginSet = true;
    }

    /**
     * Starts a non-blocking connect; {@link #poll()} completes it and sends the login request. The login asks
     * for the session last accepted (or the one given to {@link #login}) and for {@link #nextSequenceNumber()}.
     * Every connect that returns {@link Result#OK} ends with exactly one
     * {@link SoupBinTcpClientListener#onDisconnected} call.
     *
     * @param address the server.
     * @return {@link Result#OK}, or {@link Result#NOT_CONNECTED} if the socket could not even be opened (the
     *         failure is reported as {@link WireError#DISCONNECTED}; no listener call follows).
     * @throws IllegalStateException if not {@link State#DISCONNECTED} or {@link #login} was never called.
     * @throws java.nio.channels.UnresolvedAddressException if the address is not resolved (the client stays
     *                                                      disconnected).
     */
    public int connect(final SocketAddress address) {
        if (state != State.DISCONNECTED) {
            throw new IllegalStateException("connect while " + state + ": close first");
        }
        if (!loginSet) {
            throw new IllegalStateException("call login(...) before connect");
        }
        framer.reset();
        sendBuffer.clear();
        writeFailed = false;
        outputShutdown = false;
        connectionEpoch++;
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open();
            SoupBinTcpSockets.configure(channel, socketSendBufferLength, socketReceiveBufferLength);
            this.channel = channel;
            final long now = clock.nanoTime();
            nowNs = now;
            lastReceiveNs = now;
            lastSendNs = now;
            state = State.CONNECTING;
            if (channel.connect(address)) {
                onConnected(now);
            }
            return Result.OK;
        } catch (final IOException ex) {
            SoupBinTcpSockets.closeQuietly(channel);
            this.channel = null;
            state = State.DISCONNECTED;
            errors.report(WireError.DISCONNECTED, -1);
            return Result.NOT_CONNECTED;
        } catch (final RuntimeException ex) {
            SoupBinTcpSockets.closeQuietly(channel);
            this.channel = null;
            state = State.DISCONNECTED;
            throw ex;
        }
    }

    /**
     * Does one duty cycle: completes a connect, writes buffered packets, reads once and hands every complete
     * packet to the listener, sends a heartbeat when due and enforces the heartbeat timeout.
     *
     * @return work done: 0 when there was nothing to do (let the idle strategy back off).
     */
    public int poll() {
        final State state = this.state;
        if (state == State.DISCONNECTED) {
            return 0;
        }
        final long now = clock.nanoTime();
        nowNs = now;
        if (state == State.CONNECTING) {
            return pollConnect(now);
        }
        if (writeFailed) {
            errors.report(WireError.DISCONNECTED, nextSequenceNumber);
            disconnect(SoupBinTcpDisconnectReason.IO_ERROR);
            return 1;
        }
        final int epoch = connectionEpoch;
        int work = flush() > 0 ? 1 : 0;
        if (writeFailed) {
            return work;
        }
        if (state == State.LOGGING_OUT && sendBuffer.isEmpty() && !outputShutdown) {
            shutdownOutput();
        }
        work += receive(now, epoch);
        if (epoch == connectionEpoch) {
            work += checkTimers(now);
        }
        return work;
    }

    /**
     * Sends one unsequenced message: frames it into the send buffer and writes what the socket takes now; the rest
     * is written by later polls. Never blocks and never drops silently.
     *
     * @param buffer the message.
     * @param offset where it starts.
     * @param length its length, at most the configured maximum payload.
     * @return {@link Result#OK}; {@link Result#BACK_PRESSURED} if the send buffer is full (nothing was queued:
     *         poll and retry); {@link Result#NOT_CONNECTED} unless logged in (or if the connection just failed);
     *         {@link Result#INVALID_ARGUMENT} if the length is out of range.
     */
    public int trySendUnsequenced(final DirectBuffer buffer, final int offset, final int length) {
        if (state != State.LOGGED_IN || writeFailed) {
            return Result.NOT_CONNECTED;
        }
        if (length < 0 || length > maxPayloadLength) {
            return Result.INVALID_ARGUMENT;
        }
        final int packetLength = HEADER_LENGTH + length;
        int at = sendBuffer.claim(packetLength);
        if (at < 0) {
            flush();
            if (writeFailed) {
                return Result.NOT_CONNECTED;
            }
            at = sendBuffer.claim(packetLength);
            if (at < 0) {
                return Result.BACK_PRESSURED;
            }
        }
        packetEncoder.wrap(sendBuffer.buffer(), at).packetType(UNSEQUENCED_DATA).payload(buffer, offset, length);
        sendBuffer.commit(packetLength);
        lastSendNs = nowNs;
        flush();
        return Result.OK;
    }

    /**
     * Asks the server to end this connection's login ('O'); the server closes the connection and
     * {@link SoupBinTcpClientListener#onDisconnected} follows with {@link SoupBinTcpDisconnectReason#LOGOUT}.
     * Sequenced messages that arrive meanwhile are still delivered.
     *
     * @return {@link Result#OK}; {@link Result#BACK_PRESSURED} if the send buffer is full;
     *         {@link Result#NOT_CONNECTED} unless logging in or logged in.
     */
    public int logout() {
        if ((state != State.LOGGED_IN && state != State.LOGIN_SENT) || writeFailed) {
            return Result.NOT_CONNECTED;
        }
        if (!enqueueEmptyPacket(LOGOUT_REQUEST)) {
            flush();
            if (writeFailed || !enqueueEmptyPacket(LOGOUT_REQUEST)) {
                return writeFailed ? Result.NOT_CONNECTED : Result.BACK_PRESSURED;
            }
        }
        state = State.LOGGING_OUT;
        flush();
        return Result.OK;
    }

    /**
     * Closes the connection, if any, without logging out; the listener hears
     * {@link SoupBinTcpDisconnectReason#CLOSED_BY_HOST}. The client may connect again.
     */
    @Override
    public void close() {
        if (state != State.DISCONNECTED) {
            disconnect(SoupBinTcpDisconnectReason.CLOSED_BY_HOST);
        }
    }

    /**
     * Where the connection is.
     *
     * @return the state.
     */
    public State state() {
        return state;
    }

    /**
     * Whether sequenced messages flow and unsequenced ones may be sent.
     *
     * @return {@code true} when {@link State#LOGGED_IN}.
     */
    public boolean isLoggedIn() {
        return state == State.LOGGED_IN;
    }

    /**
     * The sequence number of the next sequenced message to deliver: one more than the last delivered, and what a
     * reconnect asks for.
     *
     * @return the number; 0 before the first login accepted if the login asked for the next new message.
     */
    public long nextSequenceNumber() {
        return nextSequenceNumber;
    }

    /**
     * The session a reconnect asks for: the one the server last accepted, or the one given to {@link #login}.
     *
     * @return the session name; empty for "the current session" (allocates; for logs and tests).
     */
    public String session() {
        return new String(requestedSession, StandardCharsets.US_ASCII);
    }

    /**
     * Bytes framed but not yet taken by the socket.
     *
     * @return bytes in the send buffer.
     */
    public int pendingSendLength() {
        return sendBuffer.pendingLength();
    }

    /**
     * The wire errors seen so far, by kind.
     *
     * @return the counters (read on the polling thread, or as monitoring reads).
     */
    public WireErrorCounters errors() {
        return errors;
    }

    @Override
    public String toString() {
        return "SoupBinTcpClient{state=" + state + ", session=" + session() + ", nextSequenceNumber="
            + nextSequenceNumber + ", " + errors + '}';
    }

    private int pollConnect(final long now) {
        try {
            if (channel.finishConnect()) {
                onConnected(now);
                return 1;
            }
        } catch (final IOException ex) {
            errors.report(WireError.DISCONNECTED, -1);
            disconnect(SoupBinTcpDisconnectReason.CONNECT_FAILED);
            return 1;
        }
        if (now - lastReceiveNs >= heartbeatTimeoutNs) {
            errors.report(WireError.HEARTBEAT_TIMEOUT, -1);
            disconnect(SoupBinTcpDisconnectReason.CONNECT_FAILED);
            return 1;
        }
        return 0;
    }

    private void onConnected(final long now) {
        final int at = sendBuffer.claim(SoupBinTcpLoginRequestEncoder.LENGTH);
        loginEncoder.wrap(sendBuffer.buffer(), at)
            .username(username)
            .password(password)
            .requestedSession(requestedSession)
            .requestedSequenceNumber(nextSequenceNumber);
        sendBuffer.commit(SoupBinTcpLoginRequestEncoder.LENGTH);
        state = State.LOGIN_SENT;
        lastReceiveNs = now;
        lastSendNs = now;
        flush();
    }

    private int receive(final long now, final int epoch) {
        final SoupBinTcpFramer framer = this.framer;
        final int read;
        try {
            read = framer.readFrom(channel);
        } catch (final IOException ex) {
            errors.report(WireError.DISCONNECTED, nextSequenceNumber);
            disconnect(SoupBinTcpDisconnectReason.IO_ERROR);
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
        int packets = 0;
        int result;
        while ((result = framer.next()) == SoupBinTcpFramer.PACKET) {
            packets++;
            onPacket(framer.packetType(), framer.buffer(), framer.packetOffset(), framer.packetLength());
            if (epoch != connectionEpoch) {
                return packets;
            }
        }
        if (result == SoupBinTcpFramer.BAD_LENGTH) {
            errors.report(WireError.BAD_LENGTH, receiveSequenceNumber, framer.buffer(), framer.packetOffset(),
                framer.packetLength());
            disconnect(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
        }
        return packets + 1;
    }

    private void onEndOfStream() {
        if (state == State.LOGGING_OUT) {
            disconnect(SoupBinTcpDisconnectReason.LOGOUT);
            return;
        }
        if (framer.pendingLength() > 0) {
            errors.report(WireError.TRUNCATED, receiveSequenceNumber, framer.buffer(), framer.pendingOffset(),
                framer.pendingLength());
        }
        errors.report(WireError.DISCONNECTED, receiveSequenceNumber);
        disconnect(SoupBinTcpDisconnectReason.PEER_CLOSED);
    }

    private void onPacket(final byte packetType, final DirectBuffer buffer, final int offset, final int length) {
        switch (packetType) {
            case SEQUENCED_DATA:
                onSequencedData(buffer, offset, length);
                break;
            case SERVER_HEARTBEAT:
            case DEBUG:
                break;
            case LOGIN_ACCEPTED:
                onLoginAccepted(buffer, offset, length);
                break;
            case LOGIN_REJECTED:
                onLoginRejected(buffer, offset, length);
                break;
            case END_OF_SESSION:
                onEndOfSession();
                break;
            default:
                errors.report(WireError.UNKNOWN_MESSAGE_TYPE, receiveSequenceNumber, buffer, offset, length);
                break;
        }
    }

    private void onSequencedData(final DirectBuffer buffer, final int offset, final int length) {
        if (state != State.LOGGED_IN && state != State.LOGGING_OUT) {
            protocolViolation(buffer, offset, length);
            return;
        }
        final long sequenceNumber = receiveSequenceNumber++;
        if (sequenceNumber < nextSequenceNumber) {
            errors.report(WireError.DUPLICATE, sequenceNumber, buffer, offset, length);
            return;
        }
        nextSequenceNumber = sequenceNumber + 1;
        listener.onSequencedMessage(sequenceNumber, buffer, offset + HEADER_LENGTH, length - HEADER_LENGTH);
    }

    private void onLoginAccepted(final DirectBuffer buffer, final int offset, final int length) {
        if (state != State.LOGIN_SENT) {
            protocolViolation(buffer, offset, length);
            return;
        }
        final SoupBinTcpLoginAcceptedDecoder decoder = acceptedDecoder;
        if (!decoder.wrap(buffer, offset, length)) {
            errors.report(WireError.BAD_LENGTH, -1, buffer, offset, length);
            disconnect(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
            return;
        }
        final long sequenceNumber = decoder.sequenceNumber();
        if (sequenceNumber < 1) {
            errors.report(WireError.BAD_FIELD, -1, buffer, offset, length);
            disconnect(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
            return;
        }
        final int sessionLength = decoder.getSession(sessionScratch);
        if (!decoder.sessionEquals(requestedSession)) {
            requestedSession = Arrays.copyOf(sessionScratch, sessionLength);
        }
        receiveSequenceNumber = sequenceNumber;
        if (nextSequenceNumber == 0) {
            nextSequenceNumber = sequenceNumber;
        } else if (sequenceNumber > nextSequenceNumber) {
            errors.report(WireError.SEQUENCE_GAP, nextSequenceNumber, buffer, offset, length);
            nextSequenceNumber = sequenceNumber;
        }
        state = State.LOGGED_IN;
        listener.onLoginAccepted(sequenceNumber);
    }

    private void onLoginRejected(final DirectBuffer buffer, final int offset, final int length) {
        if (state != State.LOGIN_SENT) {
            protocolViolation(buffer, offset, length);
            return;
        }
        if (!rejectedDecoder.wrap(buffer, offset, length)) {
            errors.report(WireError.BAD_LENGTH, -1, buffer, offset, length);
            disconnect(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
            return;
        }
        final int epoch = connectionEpoch;
        errors.report(WireError.REQUEST_FAILED, nextSequenceNumber, buffer, offset, length);
        listener.onLoginRejected(rejectedDecoder.rejectReasonCode());
        if (epoch == connectionEpoch) {
            disconnect(SoupBinTcpDisconnectReason.LOGIN_REJECTED);
        }
    }

    private void onEndOfSession() {
        final int epoch = connectionEpoch;
        listener.onEndOfSession();
        if (epoch == connectionEpoch) {
            disconnect(SoupBinTcpDisconnectReason.END_OF_SESSION);
        }
    }

    private void protocolViolation(final DirectBuffer buffer, final int offset, final int length) {
        errors.report(WireError.PROTOCOL_VIOLATION, receiveSequenceNumber, buffer, offset, length);
        disconnect(SoupBinTcpDisconnectReason.PROTOCOL_ERROR);
    }

    private int checkTimers(final long now) {
        if (now - lastReceiveNs >= heartbeatTimeoutNs) {
            if (state == State.LOGGING_OUT) {
                disconnect(SoupBinTcpDisconnectReason.LOGOUT);
                return 1;
            }
            errors.report(WireError.HEARTBEAT_TIMEOUT, nextSequenceNumber);
            disconnect(SoupBinTcpDisconnectReason.HEARTBEAT_TIMEOUT);
            return 1;
        }
        if (state == State.LOGGED_IN && now - lastSendNs >= heartbeatIntervalNs) {
            if (enqueueEmptyPacket(CLIENT_HEARTBEAT)) {
                flush();
                return 1;
            }
        }
        return 0;
    }

    private boolean enqueueEmptyPacket(final byte packetType) {
        final int at = sendBuffer.claim(HEADER_LENGTH);
        if (at < 0) {
            return false;
        }
        packetEncoder.wrap(sendBuffer.buffer(), at).packetType(packetType);
        sendBuffer.commit(HEADER_LENGTH);
        lastSendNs = nowNs;
        return true;
    }

    /** Writes what the socket takes; a failure is remembered and turned into a disconnect by the next poll. */
    private int flush() {
        try {
            return sendBuffer.flush(channel);
        } catch (final IOException ex) {
            writeFailed = true;
            return 0;
        }
    }

    private void shutdownOutput() {
        try {
            channel.shutdownOutput();
            outputShutdown = true;
        } catch (final IOException ex) {
            writeFailed = true;
        }
    }

    private void disconnect(final SoupBinTcpDisconnectReason reason) {
        SoupBinTcpSockets.closeQuietly(channel);
        channel = null;
        state = State.DISCONNECTED;
        connectionEpoch++;
        sendBuffer.clear();
        writeFailed = false;
        listener.onDisconnected(reason);
    }
}
