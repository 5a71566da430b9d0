package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.Loopback.pollRounds;
import static dev.hft.net.soupbintcp.Loopback.pollUntil;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import dev.hft.api.Result;
import dev.hft.net.WireError;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Our client against our server over real loopback sockets; time is a {@link ManualClock}. */
@Timeout(60)
class SoupBinTcpSessionTest {
    static final byte[] USER = "alice".getBytes(US_ASCII);
    static final byte[] PASSWORD = "s3cret".getBytes(US_ASCII);
    static final SoupBinTcpAuthenticator AUTHENTICATOR = (connectionId, request) ->
        request.usernameEquals(USER) && request.passwordEquals(PASSWORD)
            ? SoupBinTcpAuthenticator.ACCEPT : SoupBinTcp.REJECT_NOT_AUTHORIZED;

    private final ManualClock clock = new ManualClock();
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[16]);
    private final Recording.Server serverEvents = new Recording.Server();
    private final Recording.Errors serverErrors = new Recording.Errors();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private SoupBinTcpMessageStore store;
    private SoupBinTcpServer server;

    @BeforeEach
    void startServer() throws IOException {
        store = new SoupBinTcpMessageStore(8 << 20, 200_000);
        server = startServer(new SoupBinTcpConfig(), Loopback.anyPort());
    }

    @AfterEach
    void closeAll() throws Exception {
        for (final AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private SoupBinTcpServer startServer(final SoupBinTcpConfig config, final InetSocketAddress address)
        throws IOException {
        final SoupBinTcpServer server = new SoupBinTcpServer(
            "SESSION1", config, 4, store, clock, AUTHENTICATOR, serverEvents, serverErrors);
        resources.add(server);
        server.bind(address);
        return server;
    }

    private SoupBinTcpClient client(final Recording.Client listener, final Recording.Errors errors) {
        return client(new SoupBinTcpConfig(), listener, errors);
    }

    private SoupBinTcpClient client(
        final SoupBinTcpConfig config, final Recording.Client listener, final Recording.Errors errors) {
        final SoupBinTcpClient client = new SoupBinTcpClient(config, clock, listener, errors);
        resources.add(client);
        return client;
    }

    private UnsafeBuffer message(final long value) {
        message.putLong(0, value, ByteOrder.BIG_ENDIAN);
        message.putLong(8, ~value, ByteOrder.BIG_ENDIAN);
        return message;
    }

    private void sendSequenced(final long from, final long to) {
        for (long i = from; i <= to; i++) {
            assertEquals(Result.OK, server.trySendSequenced(message(i), 0, 16));
            if (i % 64 == 0) {
                server.poll();
            }
        }
    }

    private void loggedIn(final SoupBinTcpClient client) {
        pollUntil("login", client::isLoggedIn, client::poll, server::poll);
    }

    private static List<Long> range(final long from, final long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toList());
    }

    @Test
    void shouldLogInAndReceiveManySequencedMessagesInOrder() {
        final Recording.Client events = new Recording.Client();
        final Recording.Errors errors = new Recording.Errors();
        final SoupBinTcpClient client = client(events, errors);
        client.login("alice", "s3cret", "", 1);
        assertEquals(Result.OK, client.connect(server.localAddress()));
        loggedIn(client);

        final int count = 20_000;
        for (long i = 1; i <= count; i++) {
            assertEquals(Result.OK, server.trySendSequenced(message(i), 0, 16));
            if (i % 64 == 0) {
                server.poll();
                client.poll();
            }
        }
        pollUntil("all messages", () -> events.sequenceNumbers.size() == count, client::poll, server::poll);

        assertEquals(range(1, count), events.sequenceNumbers);
        assertEquals(range(1, count), events.values);
        assertEquals(count + 1, client.nextSequenceNumber());
        assertEquals(List.of("accepted 1"), events.events);
        assertEquals(List.of("connected 0", "accepted 0 from 1"), serverEvents.events);
        assertEquals("SESSION1", client.session());
        assertEquals(List.of(), errors.errors);
        assertEquals(List.of(), serverErrors.errors);
    }

    @Test
    void shouldDeliverManyUnsequencedMessagesToTheServer() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "SESSION1", 0);
        client.connect(server.localAddress());
        loggedIn(client);

        final int count = 20_000;
        for (long i = 0; i < count; i++) {
            int result;
            while ((result = client.trySendUnsequenced(message(i), 0, 16)) == Result.BACK_PRESSURED) {
                client.poll();
                server.poll();
            }
            assertEquals(Result.OK, result);
            if (i % 64 == 0) {
                server.poll();
            }
        }
        pollUntil("all unsequenced", () -> serverEvents.values.size() == count, client::poll, server::poll);
        assertEquals(range(0, count - 1), serverEvents.values);
        assertEquals(List.of(), serverErrors.errors);
    }

    @Test
    void shouldRefuseToSendUnlessLoggedInOrWhenTooLong() {
        final SoupBinTcpClient client = client(new Recording.Client(), new Recording.Errors());
        client.login("alice", "s3cret", "", 0);
        assertEquals(Result.NOT_CONNECTED, client.trySendUnsequenced(message(1), 0, 16));
        client.connect(server.localAddress());
        loggedIn(client);
        assertEquals(Result.INVALID_ARGUMENT, client.trySendUnsequenced(new UnsafeBuffer(new byte[70_000]), 0, 70_000));
        assertEquals(Result.INVALID_ARGUMENT, server.trySendSequenced(new UnsafeBuffer(new byte[70_000]), 0, 70_000));
    }

    @Test
    void shouldRejectAWrongPasswordWithNotAuthorized() {
        final Recording.Client events = new Recording.Client();
        final Recording.Errors errors = new Recording.Errors();
        final SoupBinTcpClient client = client(events, errors);
        client.login("alice", "wrong", "", 1);
        client.connect(server.localAddress());
        pollUntil("reject", () -> events.events.size() == 2, client::poll, server::poll);
        pollUntil("server closes", () -> server.connectionCount() == 0, server::poll);

        assertEquals(List.of("rejected A", "disconnected LOGIN_REJECTED"), events.events);
        assertEquals(List.of("REQUEST_FAILED"), errors.errors);
        assertEquals(List.of("connected 0", "disconnected 0 LOGIN_REJECTED"), serverEvents.events);
        assertEquals(SoupBinTcpClient.State.DISCONNECTED, client.state());
    }

    @Test
    void shouldRejectAnUnknownSessionWithSessionNotAvailable() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "OTHER", 1);
        client.connect(server.localAddress());
        pollUntil("reject", () -> events.events.size() == 2, client::poll, server::poll);
        assertEquals(List.of("rejected S", "disconnected LOGIN_REJECTED"), events.events);
    }

    @Test
    void shouldReplayFromTheRequestedSequenceNumberThenGoLive() {
        sendSequenced(1, 100);
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "SESSION1", 40);
        client.connect(server.localAddress());
        pollUntil("replay", () -> events.sequenceNumbers.size() == 61, client::poll, server::poll);
        sendSequenced(101, 110);
        pollUntil("live", () -> events.sequenceNumbers.size() == 71, client::poll, server::poll);

        assertEquals(range(40, 110), events.sequenceNumbers);
        assertEquals(range(40, 110), events.values);
        assertEquals(List.of("accepted 40"), events.events);
        assertEquals("accepted 0 from 40", serverEvents.events.get(1));
    }

    @Test
    void shouldStartAtTheNextNewMessageWhenRequestingZero() {
        sendSequenced(1, 50);
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 0);
        client.connect(server.localAddress());
        loggedIn(client);
        sendSequenced(51, 55);
        pollUntil("new messages", () -> events.sequenceNumbers.size() == 5, client::poll, server::poll);
        pollRounds(100, client::poll, server::poll);
        assertEquals(range(51, 55), events.sequenceNumbers);
        assertEquals(List.of("accepted 51"), events.events);
    }

    @Test
    void shouldStartAtTheNextNewMessageWhenRequestingBeyondTheEnd() {
        sendSequenced(1, 10);
        final Recording.Client events = new Recording.Client();
        final Recording.Errors errors = new Recording.Errors();
        final SoupBinTcpClient client = client(events, errors);
        client.login("alice", "s3cret", "", 500);
        client.connect(server.localAddress());
        loggedIn(client);
        sendSequenced(11, 12);
        pollRounds(200, client::poll, server::poll);
        assertEquals(List.of("accepted 11"), events.events);
        assertEquals(List.of(), events.sequenceNumbers, "11 and 12 are below the 500 the client asked for");
        assertEquals(List.of("DUPLICATE", "DUPLICATE"), errors.errors);
    }

    @Test
    void shouldSendEverySequencedMessageToEveryLoggedInClient() {
        final List<Recording.Client> listeners = new ArrayList<>();
        final List<SoupBinTcpClient> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final Recording.Client events = new Recording.Client();
            final SoupBinTcpClient client = client(events, new Recording.Errors());
            client.login("alice", "s3cret", "", 1);
            client.connect(server.localAddress());
            loggedIn(client);
            listeners.add(events);
            clients.add(client);
        }
        sendSequenced(1, 2_000);
        pollUntil("all clients", () -> listeners.stream().allMatch(l -> l.sequenceNumbers.size() == 2_000),
            clients.get(0)::poll, clients.get(1)::poll, clients.get(2)::poll, server::poll);
        for (final Recording.Client events : listeners) {
            assertEquals(range(1, 2_000), events.values);
        }
        assertEquals(3, server.loggedInCount());
    }

    @Test
    void shouldEndTheSessionAfterTheLastMessageAndRefuseLaterLogins() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(server.localAddress());
        loggedIn(client);
        sendSequenced(1, 500);
        assertEquals(Result.OK, server.endSession());
        assertEquals(Result.CLOSED, server.trySendSequenced(message(501), 0, 16));
        pollUntil("end of session", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            server::poll);
        pollUntil("server side closed", () -> server.connectionCount() == 0, server::poll);

        assertEquals(range(1, 500), events.sequenceNumbers);
        assertEquals(List.of("accepted 1", "end of session", "disconnected END_OF_SESSION"), events.events);
        assertEquals("disconnected 0 END_OF_SESSION", serverEvents.last());

        client.connect(server.localAddress());
        pollUntil("refused", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            server::poll);
        assertEquals(List.of("rejected S", "disconnected LOGIN_REJECTED"), events.events.subList(3, 5));
    }

    @Test
    void shouldLogOut() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(server.localAddress());
        loggedIn(client);
        assertEquals(Result.OK, client.logout());
        pollUntil("logged out", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            server::poll);
        pollUntil("server side closed", () -> server.connectionCount() == 0, server::poll);
        assertEquals(List.of("accepted 1", "disconnected LOGOUT"), events.events);
        assertEquals("disconnected 0 LOGOUT", serverEvents.last());
        assertEquals(0, client.errors().total());
        assertEquals(0, server.errors().total());
    }

    @Test
    void shouldKeepAnIdleSessionAliveWithHeartbeatsBothWays() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(server.localAddress());
        loggedIn(client);
        // 60 s of simulated silence: without heartbeats each side would time out after 15 s.
        for (int step = 0; step < 120; step++) {
            clock.advance(500_000_000L);
            pollRounds(20, client::poll, server::poll);
        }
        assertTrue(client.isLoggedIn());
        assertEquals(1, server.loggedInCount());
        assertEquals(List.of("accepted 1"), events.events);
        assertEquals(0, client.errors().total());
        assertEquals(0, server.errors().total());

        sendSequenced(1, 3);
        pollUntil("data after heartbeats", () -> events.sequenceNumbers.size() == 3, client::poll, server::poll);
    }

    @Test
    void shouldResumeExactlyAfterTheServerRestarts() throws IOException {
        final Recording.Client events = new Recording.Client();
        final List<String> disconnects = new ArrayList<>();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        final InetSocketAddress address = server.localAddress();
        client.connect(address);
        loggedIn(client);

        // The venue publishes 1..300 but the client reads only part of it before the server goes down.
        sendSequenced(1, 300);
        pollUntil("some messages", () -> events.sequenceNumbers.size() >= 50, client::poll, server::poll);
        server.close();
        pollUntil("client notices", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        disconnects.add(events.last());
        final long resumeAt = client.nextSequenceNumber();
        assertEquals(events.sequenceNumbers.size() + 1, resumeAt);

        // The restarted venue recovers its session (same store) and publishes more while the client is away.
        server = startServer(new SoupBinTcpConfig(), address);
        sendSequenced(301, 400);
        client.connect(address);
        pollUntil("resumed", () -> events.sequenceNumbers.size() == 400, client::poll, server::poll);
        sendSequenced(401, 450);
        pollUntil("live again", () -> events.sequenceNumbers.size() == 450, client::poll, server::poll);

        assertEquals(range(1, 450), events.sequenceNumbers, "nothing lost, nothing duplicated");
        assertEquals(range(1, 450), events.values);
        assertEquals(List.of("disconnected PEER_CLOSED"), disconnects);
        assertEquals("accepted " + resumeAt, events.events.get(2));
        assertEquals(0, client.errors().count(WireError.DUPLICATE));
    }

    @Test
    void shouldResumeExactlyAfterEachOfManyDroppedConnections() {
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(server.localAddress());
        loggedIn(client);
        long sent = 0;
        for (int drop = 0; drop < 5; drop++) {
            sendSequenced(sent + 1, sent + 200);
            sent += 200;
            pollRounds(3, client::poll, server::poll);
            if (drop % 2 == 0) {
                // the server drops the connection: the client reads what the kernel holds, then sees the close
                server.disconnect(openConnectionId());
                pollUntil("client notices", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED,
                    client::poll);
            } else {
                // the client drops it with messages still unread in its socket: those are replayed
                client.close();
                pollUntil("server notices", () -> server.connectionCount() == 0, server::poll);
            }
            client.connect(server.localAddress());
            loggedIn(client);
        }
        final long total = sent;
        pollUntil("everything", () -> events.sequenceNumbers.size() == total, client::poll, server::poll);
        assertEquals(range(1, total), events.sequenceNumbers, "nothing lost, nothing duplicated");
        assertEquals(0, client.errors().count(WireError.DUPLICATE));
    }

    private int openConnectionId() {
        for (int slot = 0; slot < server.maxSessions(); slot++) {
            if (!server.sessionAt(slot).isFree()) {
                return server.sessionAt(slot).connectionId();
            }
        }
        throw new AssertionError("no open connection");
    }

    @Test
    void shouldSurviveAListenerThatDisconnectsFromInsideItsCallback() throws IOException {
        final List<Long> seen = new ArrayList<>();
        final SoupBinTcpServer[] self = new SoupBinTcpServer[1];
        final SoupBinTcpServerListener disconnecting = new SoupBinTcpServerListener() {
            @Override
            public void onConnected(final int connectionId) {
                serverEvents.onConnected(connectionId);
            }

            @Override
            public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
                serverEvents.onLoginAccepted(connectionId, sequenceNumber);
            }

            @Override
            public void onUnsequencedMessage(final int connectionId, final org.agrona.DirectBuffer buffer,
                final int offset, final int length) {
                seen.add(Recording.value(buffer, offset, length));
                self[0].disconnect(connectionId);
            }

            @Override
            public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
                serverEvents.onDisconnected(connectionId, reason);
            }
        };
        final SoupBinTcpServer server = new SoupBinTcpServer("SESSION1", new SoupBinTcpConfig(), 2,
            new SoupBinTcpMessageStore(1 << 16, 100), clock, AUTHENTICATOR, disconnecting, serverErrors);
        resources.add(server);
        self[0] = server;
        server.bind(Loopback.anyPort());
        final Recording.Client events = new Recording.Client();
        final SoupBinTcpClient client = client(events, new Recording.Errors());
        client.login("alice", "s3cret", "", 1);
        client.connect(server.localAddress());
        pollUntil("login", client::isLoggedIn, client::poll, server::poll);
        for (long i = 1; i <= 3; i++) {
            assertEquals(Result.OK, client.trySendUnsequenced(message(i), 0, 16));
        }
        pollUntil("disconnected", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll,
            server::poll);
        assertEquals(List.of(1L), seen, "the packets after the disconnect in the same read are not delivered");
        assertEquals("disconnected 0 CLOSED_BY_HOST", serverEvents.last());
        assertEquals(0, server.connectionCount());
    }

    @Test
    void shouldReturnBackPressuredWhenTheSendBufferIsFullAndLoseNothing() throws IOException {
        final SoupBinTcpConfig config = new SoupBinTcpConfig().sendBufferLength(4096).socketSendBufferLength(4096);
        try (Loopback.RawServer raw = new Loopback.RawServer()) {
            raw.channel.setOption(StandardSocketOptions.SO_RCVBUF, 4096);
            final SoupBinTcpClient client = client(config, new Recording.Client(), new Recording.Errors());
            client.login("alice", "s3cret", "", 1);
            client.connect(raw.address());
            final Loopback.RawPeer peer = raw.accept();
            resources.add(peer);
            pollUntil("login request", () -> peer.received.size() == SoupBinTcp.LOGIN_REQUEST_LENGTH, client::poll,
                peer::pump);
            peer.send(Loopback.packet('A', "  SESSION1                   1"));
            loggedIn(client);

            long accepted = 0;
            int result = Result.OK;
            for (int attempt = 0; attempt < 1_000_000 && result == Result.OK; attempt++) {
                result = client.trySendUnsequenced(message(accepted), 0, 16);
                if (result == Result.OK) {
                    accepted++;
                }
            }
            assertEquals(Result.BACK_PRESSURED, result);
            assertTrue(client.pendingSendLength() > 4096 - 19, "the buffer is full when refusing");

            final long expected = accepted;
            pollUntil("peer drains", () -> peer.received.size() == SoupBinTcp.LOGIN_REQUEST_LENGTH + 19 * expected,
                client::poll, peer::pump);
            assertEquals(1 + expected, peer.packets().size());
            final List<byte[]> packets = peer.packets();
            for (int i = 1; i < packets.size(); i++) {
                assertEquals('U', packets.get(i)[0]);
                assertEquals(i - 1, new UnsafeBuffer(packets.get(i)).getLong(1, ByteOrder.BIG_ENDIAN),
                    "in order, none dropped");
            }
            assertEquals(Result.OK, client.trySendUnsequenced(message(accepted), 0, 16));
        }
    }
}
