package dev.hft.net.fix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.timing.EpochNanoClock;
import org.agrona.CloseHelper;

/**
 * The acceptor side of one FIX session: listens on a port, attaches the first connection to the session (which
 * then expects a Logon), and refuses further connections while the session is connected (a duplicate logon of the
 * same identity). Driven by {@link #doWork()}; starts no threads.
 */
public final class FixAcceptor implements AutoCloseable {
    private static final long ACCEPT_INTERVAL_NS = 50_000_000L;

    private final ServerSocketChannel server;
    private final FixSession session;
    private final WireErrorCounters errors;
    private final EpochNanoClock clock;
    private long lastAcceptNs;
    private final Selector selector;

    /**
     * Binds the listening socket and opens the session's store.
     *
     * @param config   session configuration (our CompIDs, store, required credentials).
     * @param address  where to listen; port 0 picks a free port ({@link #port()}).
     * @param clock    epoch clock for SendingTime and timers.
     * @param listener receives session events and application messages.
     * @param errors   counts and reports bad input.
     */
    public FixAcceptor(final FixSessionConfig config, final InetSocketAddress address, final EpochNanoClock clock,
        final FixSessionListener listener, final WireErrorCounters errors) {
        this.errors = errors;
        this.clock = clock;
        try {
            server = ServerSocketChannel.open();
            server.configureBlocking(false);
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(address);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot listen on " + address, e);
        }
        this.session = new FixSession(config, false, clock, listener, errors);
    }

    /**
     * The port the acceptor listens on.
     *
     * @return the bound port.
     */
    public int port() {
        try {
            return ((InetSocketAddress) server.getLocalAddress()).getPort();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * Does one duty cycle: accepts a pending connection, then the session's work.
     *
     * @return work done.
     */
    public int doWork() {
        int work = 0;
        if (session.isConnected()) {
            // ServerSocketChannel.accept() allocates even when nothing is pending: while a connection is live, look
            // for (and refuse) a second one every ACCEPT_INTERVAL_NS, through a selector (no garbage when idle)
            final long now = clock.epochNanos();
            if (now - lastAcceptNs < ACCEPT_INTERVAL_NS) {
                return session.doWork();
            }
            lastAcceptNs = now;
            try {
                if (selector.selectNow() == 0) {
                    return session.doWork();
                }
                selector.selectedKeys().clear();
            } catch (final IOException e) {
                errors.report(WireError.DISCONNECTED, -1);
                return session.doWork();
            }
        }
        try {
            final SocketChannel channel = server.accept();
            if (channel != null) {
                work++;
                if (session.isConnected()) {
                    errors.report(WireError.PROTOCOL_VIOLATION, -1);
                    CloseHelper.quietClose(channel);
                } else {
                    channel.configureBlocking(false);
                    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    session.connected(channel);
                }
            }
        } catch (final IOException e) {
            errors.report(WireError.DISCONNECTED, -1);
        }
        return work + session.doWork();
    }

    /** Stops listening, closes the connection and the store. */
    @Override
    public void close() {
        CloseHelper.quietClose(selector);
        CloseHelper.quietClose(server);
        session.close();
    }
}
