package dev.hft.net.fix;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.timing.EpochNanoClock;
import org.agrona.CloseHelper;

/**
 * The initiator side of a FIX session: connects to the counterparty without blocking, logs on, and reconnects with
 * exponential backoff (from {@link FixSessionConfig#reconnectMinBackoffNs()} doubling up to
 * {@link FixSessionConfig#reconnectMaxBackoffNs()}, back to the minimum after a logon) whenever the connection ends,
 * until {@link #close()}. Driven by {@link #doWork()}; starts no threads.
 * <pre>
 * FixInitiator initiator = new FixInitiator(config, new InetSocketAddress("venue", 9878), clock, listener, errors);
 * while (running) { idle.idle(initiator.doWork()); }
 * </pre>
 */
public final class FixInitiator implements AutoCloseable {
    private final FixSessionConfig config;
    private final InetSocketAddress address;
    private final EpochNanoClock clock;
    private final FixSession session;
    private final WireErrorCounters errors;
    private SocketChannel connecting;
    private long nextAttemptNs;
    private long backoffNs;
    private boolean closed;

    /**
     * Creates an initiator; the first connection attempt happens in the first {@link #doWork()}.
     *
     * @param config   session configuration (our CompIDs, heartbeat, store, credentials, backoff).
     * @param address  the acceptor's address.
     * @param clock    epoch clock for SendingTime and timers.
     * @param listener receives session events and application messages.
     * @param errors   counts and reports bad input.
     */
    public FixInitiator(final FixSessionConfig config, final InetSocketAddress address, final EpochNanoClock clock,
        final FixSessionListener listener, final WireErrorCounters errors) {
        this.config = config;
        this.address = address;
        this.clock = clock;
        this.errors = errors;
        this.session = new FixSession(config, true, clock, listener, errors);
        this.backoffNs = config.reconnectMinBackoffNs();
    }

    /**
     * The session, for sending ({@link FixSession#claim}) and state.
     *
     * @return the session.
     */
    public FixSession session() {
        return session;
    }

    /**
     * Does one duty cycle: connection management, then the session's work.
     *
     * @return work done.
     */
    public int doWork() {
        if (closed) {
            return 0;
        }
        if (session.isConnected()) {
            if (session.isLoggedOn()) {
                backoffNs = config.reconnectMinBackoffNs();
            }
            final int work = session.doWork();
            if (!session.isConnected()) {
                scheduleReconnect();
            }
            return work;
        }
        final long now = clock.epochNanos();
        try {
            if (connecting == null) {
                if (now < nextAttemptNs) {
                    return 0;
                }
                connecting = SocketChannel.open();
                connecting.configureBlocking(false);
                connecting.setOption(StandardSocketOptions.TCP_NODELAY, true);
                if (connecting.connect(address)) {
                    return connected();
                }
                return 1;
            }
            if (connecting.finishConnect()) {
                return connected();
            }
            return 0;
        } catch (final IOException e) {
            errors.report(WireError.DISCONNECTED, -1);
            CloseHelper.quietClose(connecting);
            connecting = null;
            scheduleReconnect();
            return 1;
        }
    }

    private int connected() {
        final SocketChannel channel = connecting;
        connecting = null;
        session.connected(channel);
        return 1;
    }

    private void scheduleReconnect() {
        nextAttemptNs = clock.epochNanos() + backoffNs;
        backoffNs = Math.min(backoffNs * 2, config.reconnectMaxBackoffNs());
    }

    /**
     * Sends Logout; the session disconnects once the counterparty answers (or the logout timeout passes), and the
     * initiator then stays disconnected.
     *
     * @param text Text (58) of the Logout, or {@code null}.
     */
    public void logout(final String text) {
        session.logout(text);
    }

    /** Closes the connection and the store; no reconnect follows. */
    @Override
    public void close() {
        closed = true;
        CloseHelper.quietClose(connecting);
        session.close();
    }
}
