package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.Loopback.pollRounds;
import static dev.hft.net.soupbintcp.Loopback.pollUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import com.paritytrading.nassau.Clock;
import com.paritytrading.nassau.MessageListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCP;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClient;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClientStatusListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServer;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServerStatusListener;
import dev.hft.api.Result;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interoperability with an independent implementation, nassau-core 1.0.0 ({@code com.paritytrading.nassau
 * .soupbintcp}): our client against nassau's {@code SoupBinTCPServer}, and nassau's {@code SoupBinTCPClient}
 * against our server, over loopback. Messages carry a big-endian long so either side can read them.
 */
@Timeout(60)
class SoupBinTcpNassauInteropTest {
    private static final long SECOND = 1_000_000_000L;

    private final ManualClock clock = new ManualClock();
    /** nassau's clock, in milliseconds, moved with ours. */
    private final Clock nassauClock = () -> clock.nanoTime() / 1_000_000L;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[16]);
    private final ByteBuffer nassauMessage = ByteBuffer.allocate(16);

    @AfterEach
    void closeAll() throws Exception {
        for (final AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private UnsafeBuffer message(final long value) {
        message.putLong(0, value, ByteOrder.BIG_ENDIAN);
        message.putLong(8, ~value, ByteOrder.BIG_ENDIAN);
        return message;
    }

    private ByteBuffer nassauMessage(final long value) {
        nassauMessage.clear();
        nassauMessage.putLong(value).putLong(~value).flip();
        return nassauMessage;
    }

    private static List<Long> range(final long from, final long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
    }

    private static int receive(final SoupBinTCPClient client) {
        try {
            return Math.max(0, client.receive());
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static int receive(final SoupBinTCPServer server) {
        try {
            return Math.max(0, server.receive());
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    // ------------------------------------------------------------------ our client, nassau's server

    /** A venue built on nassau's server: keeps its messages and answers a login from the requested number. */
    private final class NassauVenue implements SoupBinTCPServerStatusListener, MessageListener {
        final List<Long> received = new ArrayList<>();
        final List<String> logins = new ArrayList<>();
        final List<Long> published = new ArrayList<>();
        final ServerSocketChannel acceptor;
        SoupBinTCPServer session;
        boolean rejectAll;
        boolean loggedOut;

        NassauVenue() throws IOException {
            acceptor = ServerSocketChannel.open();
            acceptor.bind(Loopback.anyPort());
            resources.add(acceptor);
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) acceptor.getLocalAddress();
        }

        /** Accepts the next connection (the client's non-blocking connect is already complete in the kernel). */
        SoupBinTCPServer accept() throws IOException {
            final SocketChannel channel = acceptor.accept();
            channel.configureBlocking(false);
            session = new SoupBinTCPServer(nassauClock, channel, 1024, this, this);
            resources.add(session);
            return session;
        }

        void publish(final long value) throws IOException {
            published.add(value);
            session.send(nassauMessage(value));
        }

        @Override
        public void message(final ByteBuffer buffer) {
            received.add(buffer.getLong(buffer.position()));
        }

        @Override
        public void loginRequest(final SoupBinTCPServer server, final SoupBinTCP.LoginRequest request)
            throws IOException {
            logins.add(request.getUsername().strip() + "/" + request.getPassword().strip() + "/"
                + request.getRequestedSession().strip() + "/" + request.getRequestedSequenceNumber());
            if (rejectAll) {
                final SoupBinTCP.LoginRejected rejected = new SoupBinTCP.LoginRejected();
                rejected.setRejectReasonCode(SoupBinTCP.LOGIN_REJECT_CODE_NOT_AUTHORIZED);
                server.reject(rejected);
                return;
            }
            final long requested = request.getRequestedSequenceNumber();
            final long next = published.size() + 1L;
            final long first = requested == 0 || requested > next ? next : requested;
            final SoupBinTCP.LoginAccepted accepted = new SoupBinTCP.LoginAccepted();
            accepted.setSession("NASSAU");
            accepted.setSequenceNumber(first);
            server.accept(accepted);
            for (long sequence = first; sequence < next; sequence++) {
                server.send(nassauMessage(published.get((int) (sequence - 1))));
            }
        }

        @Override
        public void logoutRequest(final SoupBinTCPServer server) throws IOException {
            loggedOut = true;
            server.close();
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPServer server) {
            throw new AssertionError("nassau server timed out");
        }
    }

    private SoupBinTcpClient ourClient(final Recording.Client events, final Recording.Errors errors) {
        final SoupBinTcpClient client = new SoupBinTcpClient(new SoupBinTcpConfig(), clock, events, errors);
        resources.add(client);
        return client;
    }

    @Test
    void ourClientShouldLogInExchangeDataAndHeartbeatWithNassauServer() throws IOException {
        final NassauVenue venue = new NassauVenue();
        final Recording.Client events = new Recording.Client();
        final Recording.Errors errors = new Recording.Errors();
        final SoupBinTcpClient client = ourClient(events, errors);
        client.login("alice", "s3cret", "", 1);
        client.connect(venue.address());
        final SoupBinTCPServer nassau = venue.accept();
        pollUntil("login", client::isLoggedIn, client::poll, () -> receive(nassau));
        assertEquals(List.of("alice/s3cret//1"), venue.logins);
        assertEquals("NASSAU", client.session());

        for (long i = 1; i <= 1_000; i++) {
            venue.publish(i * 3);
            assertEquals(Result.OK, client.trySendUnsequenced(message(i * 7), 0, 16));
            if (i % 50 == 0) {
                pollRounds(3, client::poll, () -> receive(nassau));
            }
        }
        pollUntil("both ways", () -> events.values.size() == 1_000 && venue.received.size() == 1_000,
            client::poll, () -> receive(nassau));
        assertEquals(range(1, 1_000), events.sequenceNumbers);
        assertEquals(range(1, 1_000).stream().map(v -> v * 3).collect(Collectors.toList()), events.values);
        assertEquals(range(1, 1_000).stream().map(v -> v * 7).collect(Collectors.toList()), venue.received);

        // 30 s of silence on both sides: nassau sends 'H', we send 'R'; neither times out.
        for (int step = 0; step < 60; step++) {
            clock.advance(SECOND / 2);
            nassau.keepAlive();
            pollRounds(10, client::poll, () -> receive(nassau));
        }
        assertTrue(client.isLoggedIn());
        assertEquals(List.of(), errors.errors);

        nassau.endSession();
        pollUntil("end of session", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("accepted 1", "end of session", "disconnected END_OF_SESSION"), events.events);
    }

    @Test
    void ourClientShouldResumeExactlyWhenReconnectingToNassauServer() throws IOException {
        final NassauVenue venue = new NassauVenue();
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = ourClient(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(venue.address());
        SoupBinTCPServer nassau = venue.accept();
        pollUntil("login", client::isLoggedIn, client::poll, () -> receive(nassau));
        for (long i = 1; i <= 300; i++) {
            venue.publish(i);
        }
        pollUntil("part of it", () -> events.values.size() >= 100, client::poll);
        client.close();
        for (long i = 301; i <= 400; i++) {
            venue.published.add(i); // published while the client is away
        }
        final long resumeAt = client.nextSequenceNumber();

        client.connect(venue.address());
        final SoupBinTCPServer second = venue.accept();
        pollUntil("resumed", () -> events.values.size() == 400, client::poll, () -> receive(second));
        assertEquals(List.of("alice/s3cret//1", "alice/s3cret/NASSAU/" + resumeAt), venue.logins);
        assertEquals(range(1, 400), events.sequenceNumbers);
        assertEquals(range(1, 400), events.values);
    }

    @Test
    void ourClientShouldHearNassauServerRejectAndLogOutCleanly() throws IOException {
        final NassauVenue venue = new NassauVenue();
        venue.rejectAll = true;
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = ourClient(events, new Recording.Errors());
        client.login("eve", "guess", "", 1);
        client.connect(venue.address());
        final SoupBinTCPServer nassau = venue.accept();
        pollUntil("reject", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            () -> receive(nassau));
        assertEquals(List.of("rejected A", "disconnected LOGIN_REJECTED"), events.events);

        venue.rejectAll = false;
        client.login("alice", "s3cret", "", 1);
        client.connect(venue.address());
        final SoupBinTCPServer second = venue.accept();
        pollUntil("login", client::isLoggedIn, client::poll, () -> receive(second));
        assertEquals(Result.OK, client.logout());
        pollUntil("logout", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            () -> venue.loggedOut ? 0 : receive(second));
        assertTrue(venue.loggedOut);
        assertEquals("disconnected LOGOUT", events.last());
    }

    // ------------------------------------------------------------------ nassau's client, our server

    /** Records what nassau's client sees. */
    private static final class NassauClientEvents implements SoupBinTCPClientStatusListener, MessageListener {
        final List<String> events = new ArrayList<>();
        final List<Long> values = new ArrayList<>();

        @Override
        public void message(final ByteBuffer buffer) {
            values.add(buffer.getLong(buffer.position()));
        }

        @Override
        public void loginAccepted(final SoupBinTCPClient client, final SoupBinTCP.LoginAccepted payload) {
            events.add("accepted " + payload.getSession().strip() + " " + payload.getSequenceNumber());
        }

        @Override
        public void loginRejected(final SoupBinTCPClient client, final SoupBinTCP.LoginRejected payload) {
            events.add("rejected " + (char) payload.getRejectReasonCode());
        }

        @Override
        public void endOfSession(final SoupBinTCPClient client) {
            events.add("end of session");
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPClient client) {
            events.add("heartbeat timeout");
        }
    }

    private final Recording.Server serverEvents = new Recording.Server();
    private final Recording.Errors serverErrors = new Recording.Errors();
    private final SoupBinTcpMessageStore store = new SoupBinTcpMessageStore(1 << 20, 10_000);

    private SoupBinTcpServer ourServer() throws IOException {
        final SoupBinTcpServer server = new SoupBinTcpServer("SESSION1", new SoupBinTcpConfig(), 4, store, clock,
            SoupBinTcpSessionTest.AUTHENTICATOR, serverEvents, serverErrors);
        resources.add(server);
        server.bind(Loopback.anyPort());
        return server;
    }

    private SoupBinTCPClient nassauClient(final SoupBinTcpServer server, final NassauClientEvents events,
        final String username, final String password, final String session, final long sequenceNumber)
        throws IOException {
        final SocketChannel channel = SocketChannel.open(server.localAddress());
        channel.configureBlocking(false);
        final SoupBinTCPClient client = new SoupBinTCPClient(nassauClock, channel, 1024, events, events);
        resources.add(client);
        final SoupBinTCP.LoginRequest request = new SoupBinTCP.LoginRequest();
        request.setUsername(username);
        request.setPassword(password);
        request.setRequestedSession(session);
        request.setRequestedSequenceNumber(sequenceNumber);
        client.login(request);
        return client;
    }

    @Test
    void nassauClientShouldLogInExchangeDataAndHeartbeatWithOurServer() throws IOException {
        final SoupBinTcpServer server = ourServer();
        final NassauClientEvents events = new NassauClientEvents();
        final SoupBinTCPClient nassau = nassauClient(server, events, "alice", "s3cret", "SESSION1", 1);
        pollUntil("login", () -> !events.events.isEmpty(), server::poll, () -> receive(nassau));
        assertEquals(List.of("accepted SESSION1 1"), events.events);

        for (long i = 1; i <= 1_000; i++) {
            assertEquals(Result.OK, server.trySendSequenced(message(i * 3), 0, 16));
            nassau.send(nassauMessage(i * 7));
            if (i % 50 == 0) {
                pollRounds(3, server::poll, () -> receive(nassau));
            }
        }
        pollUntil("both ways", () -> events.values.size() == 1_000 && serverEvents.values.size() == 1_000,
            server::poll, () -> receive(nassau));
        assertEquals(range(1, 1_000).stream().map(v -> v * 3).collect(Collectors.toList()), events.values);
        assertEquals(range(1, 1_000).stream().map(v -> v * 7).collect(Collectors.toList()), serverEvents.values);

        for (int step = 0; step < 60; step++) {
            clock.advance(SECOND / 2);
            nassau.keepAlive();
            pollRounds(10, server::poll, () -> receive(nassau));
        }
        assertEquals(1, server.loggedInCount());
        assertEquals(List.of("accepted SESSION1 1"), events.events);
        assertEquals(List.of(), serverErrors.errors);

        nassau.logout();
        pollUntil("logout", () -> server.connectionCount() == 0, server::poll);
        assertEquals("disconnected 0 LOGOUT", serverEvents.last());
    }

    @Test
    void nassauClientShouldGetAReplayFromItsRequestedSequenceNumber() throws IOException {
        final SoupBinTcpServer server = ourServer();
        for (long i = 1; i <= 100; i++) {
            server.trySendSequenced(message(i), 0, 16);
        }
        final NassauClientEvents events = new NassauClientEvents();
        final SoupBinTCPClient nassau = nassauClient(server, events, "alice", "s3cret", "", 40);
        pollUntil("replay", () -> events.values.size() == 61, server::poll, () -> receive(nassau));
        server.trySendSequenced(message(101), 0, 16);
        pollUntil("live", () -> events.values.size() == 62, server::poll, () -> receive(nassau));
        assertEquals(List.of("accepted SESSION1 40"), events.events);
        assertEquals(range(40, 101), events.values);

        server.endSession();
        pollUntil("end of session", () -> events.events.size() == 2, server::poll, () -> receive(nassau));
        assertEquals("end of session", events.events.get(1));
    }

    @Test
    void nassauClientShouldBeRejectedWithTheRightCodes() throws IOException {
        final SoupBinTcpServer server = ourServer();
        final NassauClientEvents badPassword = new NassauClientEvents();
        final SoupBinTCPClient first = nassauClient(server, badPassword, "alice", "nope", "", 1);
        pollUntil("reject A", () -> !badPassword.events.isEmpty(), server::poll, () -> receive(first));
        final NassauClientEvents badSession = new NassauClientEvents();
        final SoupBinTCPClient second = nassauClient(server, badSession, "alice", "s3cret", "NOSUCH", 1);
        pollUntil("reject S", () -> !badSession.events.isEmpty(), server::poll, () -> receive(second));
        assertEquals(List.of("rejected A"), badPassword.events);
        assertEquals(List.of("rejected S"), badSession.events);
    }
}
