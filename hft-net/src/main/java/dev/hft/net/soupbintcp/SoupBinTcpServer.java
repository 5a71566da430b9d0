package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import dev.hft.api.Result;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;

/**
 * The server side of one SoupBinTCP 3.00 session: accepts several clients on a non-blocking server socket,
 * authenticates each login through a {@link SoupBinTcpAuthenticator}, and sends every sequenced message to every
 * logged-in client from a {@link SoupBinTcpMessageStore}, so a login requesting message N gets a replay from N
 * followed by the live stream (0 or blank asks for the next new message; a number past the end gets the next new
 * message). Unsequenced messages from clients go to a {@link SoupBinTcpServerListener}.
 *
 * <h2>Use</h2>
 * <pre>
 * SoupBinTcpServer server = new SoupBinTcpServer("SESSION1", new SoupBinTcpConfig(), 8,
 *     new SoupBinTcpMessageStore(256 &lt;&lt; 20, 4_000_000), clock, authenticator, listener, errorListener);
 * server.bind(new InetSocketAddress(port));
 * while (running) {
 *     idle.idle(server.poll());                    // accept, read, write, heartbeats, timeouts
 *     server.trySendSequenced(buffer, 0, length);  // to every logged-in client
 * }
 * server.endSession();                             // 'Z' after each client's data, then close
 * </pre>
 *
 * <h2>Protocol handling</h2>
 * Heartbeats go to a client after the heartbeat interval without sending it anything; a client silent for the
 * timeout is reported ({@link WireError#HEARTBEAT_TIMEOUT}) and closed. Malformed input is counted and reported,
 * then handled as the protocol allows: an impossible length, a malformed login, data before login or a second
 * login close that connection; an unknown packet type is skipped. A rejected login gets 'J' and the connection is
 * closed once the client has read it. A slow client lags in the store (see {@link SoupBinTcpServerSession#lagBytes()})
 * without holding up the others or the sender.
 *
 * <h2>Threading and allocation</h2>
 * Single-threaded: every method on the polling thread; no threads started, nothing blocks. Connection slots,
 * buffers and the store are made at construction; steady-state polling, receiving and sending allocate nothing
 * (accepting a connection does: the JDK makes a socket). Listener calls come from {@link #poll()},
 * {@link #disconnect(int)} and {@link #close()}, never from {@link #trySendSequenced}.
 */
public final class SoupBinTcpServer implements AutoCloseable {
    /** {@link #trySendSequenced} result: the message store is full; the session can take no more messages. */
    public static final int STORE_FULL = -101;

    private final byte[] sessionName;
    private final SoupBinTcpMessageStore store;
    private final NanoClock clock;
    private final SoupBinTcpServerListener listener;
    private final WireErrorCounters errors;
    private final int maxPayloadLength;
    private final int socketSendBufferLength;
    private final int socketReceiveBufferLength;
    private final SoupBinTcpServerSession[] sessions;
    private final Consumer<SelectionKey> onAcceptable = this::onAcceptable;

    private ServerSocketChannel serverChannel;
    private Selector selector;
    private int nextConnectionId;
    private int openSessions;
    private long refusedConnections;
    private boolean sessionEnded;
    private boolean closed;
    private long nowNs;

    /**
     * Creates a server; allocates every connection slot and its buffers now.
     *
     * @param session       the session name sent in Login Accepted, at most {@link SoupBinTcp#SESSION_LENGTH}
     *                      ASCII characters; logins must ask for it or for blank.
     * @param config        heartbeat timing and buffer sizes (read now).
     * @param maxSessions   how many connections may be open at once; more are accepted and closed at once.
     * @param store         the session's sequenced messages (may already hold some, e.g. after a restart).
     * @param clock         the time source for heartbeats and timeouts.
     * @param authenticator checks each login's credentials.
     * @param listener      receives connection events and unsequenced messages.
     * @param errorListener receives bad input, timeouts and disconnects (they are counted either way).
     */
    public SoupBinTcpServer(
        final String session,
        final SoupBinTcpConfig config,
        final int maxSessions,
        final SoupBinTcpMessageStore store,
        final NanoClock clock,
        final SoupBinTcpAuthenticator authenticator,
        final SoupBinTcpServerListener listener,
        final WireErrorListener errorListener) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive: " + maxSessions);
        }
        this.sessionName = SoupBinTcpAscii.toAlpha(session, SESSION_LENGTH, "session");
        if (sessionName.length == 0) {
            throw new IllegalArgumentException("the session name must not be blank");
        }
        this.store = store;
        this.clock = clock;
        this.listener = listener;
        this.errors = new WireErrorCounters("soupbintcp server", errorListener);
        this.maxPayloadLength = config.maxPayloadLength();
        this.socketSendBufferLength = config.socketSendBufferLength();
        this.socketReceiveBufferLength = config.socketReceiveBufferLength();
        this.sessions = new SoupBinTcpServerSession[maxSessions];
        for (int i = 0; i < maxSessions; i++) {
            sessions[i] = new SoupBinTcpServerSession(
                this, store, config, sessionName, authenticator, listener, errors);
        }
        this.nowNs = clock.nanoTime();
    }

    /**
     * Starts listening. Start-up call.
     *
     * @param address where to listen; port 0 picks a free port (see {@link #localAddress()}).
     * @throws IOException if the address cannot be bound.
     * @throws IllegalStateException if already bound or closed.
     */
    public void bind(final InetSocketAddress address) throws IOException {
        if (serverChannel != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "already bound");
        }
        final ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, Boolean.TRUE);
            channel.bind(address);
            channel.configureBlocking(false);
            final Selector selector = Selector.open();
            channel.register(selector, SelectionKey.OP_ACCEPT);
            this.selector = selector;
            this.serverChannel = channel;
        } catch (final IOException | RuntimeException ex) {
            channel.close();
            throw ex;
        }
    }

    /**
     * The address listened on.
     *
     * @return the bound address, with the actual port.
     * @throws IllegalStateException if not bound.
     */
    public InetSocketAddress localAddress() {
        if (serverChannel == null) {
            throw new IllegalStateException("not bound");
        }
        try {
            return (InetSocketAddress) serverChannel.getLocalAddress();
        } catch (final IOException ex) {
            throw new IllegalStateException("cannot read the bound address", ex);
        }
    }

    /**
     * Does one duty cycle: accepts waiting connections, then for each connection writes what is pending, reads
     * once and handles every complete packet, and sends heartbeats or enforces timeouts when due.
     *
     * @return work done: 0 when there was nothing to do.
     */
    public int poll() {
        if (closed) {
            return 0;
        }
        final long now = clock.nanoTime();
        nowNs = now;
        int work = 0;
        if (selector != null) {
            try {
                work += selector.selectNow(onAcceptable);
            } catch (final IOException ex) {
                errors.report(WireError.DISCONNECTED, -1);
            }
        }
        if (openSessions == 0) {
            return work;
        }
        for (final SoupBinTcpServerSession session : sessions) {
            if (!session.isFree()) {
                work += session.poll(now);
            }
        }
        return work;
    }

    /**
     * Appends a message to the session and writes it to every logged-in client (what a socket does not take now
     * is written by later polls, from the store). Never blocks; a slow client only lags.
     *
     * @param buffer the message.
     * @param offset where it starts.
     * @param length its length, at most the configured maximum payload.
     * @return {@link Result#OK}; {@link #STORE_FULL}; {@link Result#CLOSED} after {@link #endSession()} or
     *         {@link #close()}; {@link Result#INVALID_ARGUMENT} if the length is out of range.
     */
    public int trySendSequenced(final DirectBuffer buffer, final int offset, final int length) {
        if (sessionEnded || closed) {
            return Result.CLOSED;
        }
        if (length < 0 || length > maxPayloadLength) {
            return Result.INVALID_ARGUMENT;
        }
        if (store.append(buffer, offset, length) == SoupBinTcpMessageStore.FULL) {
            return STORE_FULL;
        }
        if (openSessions > 0) {
            final long now = nowNs;
            for (final SoupBinTcpServerSession session : sessions) {
                if (session.isLoggedIn()) {
                    session.flush(now);
                }
            }
        }
        return Result.OK;
    }

    /**
     * Ends the session: each logged-in client gets 'Z' after all its sequenced data and is then closed; later
     * logins are rejected with {@link SoupBinTcp#REJECT_SESSION_NOT_AVAILABLE}; no more messages are accepted.
     *
     * @return {@link Result#OK}, or {@link Result#CLOSED} if already ended or closed.
     */
    public int endSession() {
        if (sessionEnded || closed) {
            return Result.CLOSED;
        }
        sessionEnded = true;
        for (final SoupBinTcpServerSession session : sessions) {
            session.endSession(nowNs);
        }
        return Result.OK;
    }

    /**
     * Closes one connection at once (no logout, no end of session); the listener hears
     * {@link SoupBinTcpDisconnectReason#CLOSED_BY_HOST}.
     *
     * @param connectionId the connection.
     * @return {@link Result#OK}, or {@link Result#INVALID_ARGUMENT} if no open connection has that id.
     */
    public int disconnect(final int connectionId) {
        for (final SoupBinTcpServerSession session : sessions) {
            if (!session.isFree() && session.connectionId() == connectionId) {
                session.close(SoupBinTcpDisconnectReason.CLOSED_BY_HOST);
                return Result.OK;
            }
        }
        return Result.INVALID_ARGUMENT;
    }

    /**
     * Closes every connection (the listener hears {@link SoupBinTcpDisconnectReason#CLOSED_BY_HOST} for each) and
     * stops listening. The store is left as it is, for a new server.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (final SoupBinTcpServerSession session : sessions) {
            if (!session.isFree()) {
                session.close(SoupBinTcpDisconnectReason.CLOSED_BY_HOST);
            }
        }
        try {
            if (selector != null) {
                selector.close();
            }
            if (serverChannel != null) {
                serverChannel.close();
            }
        } catch (final IOException ex) {
            errors.report(WireError.DISCONNECTED, -1);
        }
    }

    /**
     * Whether {@link #endSession()} was called.
     *
     * @return {@code true} once the session has ended.
     */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    /**
     * The session's message store.
     *
     * @return the store given at construction.
     */
    public SoupBinTcpMessageStore store() {
        return store;
    }

    /**
     * Open connections, logged in or not.
     *
     * @return the count.
     */
    public int connectionCount() {
        return openSessions;
    }

    /**
     * Logged-in connections.
     *
     * @return the count.
     */
    public int loggedInCount() {
        int count = 0;
        for (final SoupBinTcpServerSession session : sessions) {
            if (session.isLoggedIn()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Connections accepted and closed at once because every slot was taken.
     *
     * @return the count.
     */
    public long refusedConnections() {
        return refusedConnections;
    }

    /**
     * How many connections can be open at once.
     *
     * @return the number of slots.
     */
    public int maxSessions() {
        return sessions.length;
    }

    /**
     * A connection slot, for monitoring on the polling thread.
     *
     * @param slot 0 to {@link #maxSessions()} - 1.
     * @return the slot (check {@link SoupBinTcpServerSession#state()}: it may be free).
     */
    public SoupBinTcpServerSession sessionAt(final int slot) {
        return sessions[slot];
    }

    /**
     * The wire errors seen so far on every connection, by kind.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return errors;
    }

    @Override
    public String toString() {
        return "SoupBinTcpServer{session=" + new String(sessionName, StandardCharsets.US_ASCII)
            + ", connections=" + openSessions + ", " + store + ", " + errors + '}';
    }

    void onSessionClosed() {
        openSessions--;
    }

    private void onAcceptable(final SelectionKey key) {
        SocketChannel channel;
        try {
            while ((channel = serverChannel.accept()) != null) {
                final SoupBinTcpServerSession session = freeSession();
                if (session == null) {
                    refusedConnections++;
                    SoupBinTcpSockets.closeQuietly(channel);
                    continue;
                }
                try {
                    SoupBinTcpSockets.configure(channel, socketSendBufferLength, socketReceiveBufferLength);
                } catch (final IOException ex) {
                    SoupBinTcpSockets.closeQuietly(channel);
                    errors.report(WireError.DISCONNECTED, -1);
                    continue;
                }
                final int connectionId = nextConnectionId++;
                session.open(channel, connectionId, nowNs);
                openSessions++;
                listener.onConnected(connectionId);
            }
        } catch (final IOException ex) {
            errors.report(WireError.DISCONNECTED, -1);
        }
    }

    private SoupBinTcpServerSession freeSession() {
        for (final SoupBinTcpServerSession session : sessions) {
            if (session.isFree()) {
                return session;
            }
        }
        return null;
    }
}
