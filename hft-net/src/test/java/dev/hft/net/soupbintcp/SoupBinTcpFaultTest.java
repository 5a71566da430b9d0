package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.Loopback.concat;
import static dev.hft.net.soupbintcp.Loopback.packet;
import static dev.hft.net.soupbintcp.Loopback.pollRounds;
import static dev.hft.net.soupbintcp.Loopback.pollUntil;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.hft.net.WireError;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input and lost links, injected by a raw peer that writes exact bytes: each is counted, reported, handled as
 * the protocol says, and the poll loop carries on.
 */
@Timeout(60)
class SoupBinTcpFaultTest {
    private static final String GOOD_LOGIN = "alice " + "s3cret    " + "          " + "                   1";
    private static final long SECOND = 1_000_000_000L;

    private final ManualClock clock = new ManualClock();
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (final AutoCloseable resource : resources) {
            resource.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(final T resource) {
        resources.add(resource);
        return resource;
    }

    // ---------------------------------------------------------------- server side: raw client, our server

    private final Recording.Server serverEvents = new Recording.Server();
    private final Recording.Errors serverErrors = new Recording.Errors();

    private SoupBinTcpServer server(final SoupBinTcpConfig config) throws IOException {
        final SoupBinTcpServer server = closeLater(new SoupBinTcpServer("SESSION1", config, 4,
            new SoupBinTcpMessageStore(1 << 20, 10_000), clock, SoupBinTcpSessionTest.AUTHENTICATOR, serverEvents,
            serverErrors));
        server.bind(Loopback.anyPort());
        return server;
    }

    private Loopback.RawPeer rawClient(final SoupBinTcpServer server) throws IOException {
        final Loopback.RawPeer peer = closeLater(Loopback.RawPeer.connect(server.localAddress()));
        pollUntil("accept", () -> server.connectionCount() == 1, server::poll);
        return peer;
    }

    private void assertClosedByServer(final SoupBinTcpServer server, final Loopback.RawPeer peer) {
        pollUntil("server closes", () -> peer.endOfStream && server.connectionCount() == 0, server::poll,
            peer::pump);
    }

    /** A well-behaved client still logs in afterwards: the poll loop survived. */
    private void assertServerStillServes(final SoupBinTcpServer server) throws IOException {
        final Loopback.RawPeer peer = closeLater(Loopback.RawPeer.connect(server.localAddress()));
        peer.send(packet('L', GOOD_LOGIN));
        pollUntil("login accepted", () -> peer.packetTypes().equals("A"), server::poll, peer::pump);
    }

    @Test
    void shouldCloseOnAZeroLengthPacket() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(new byte[] {0, 0, 'L'});
        assertClosedByServer(server, peer);
        assertEquals(List.of("BAD_LENGTH"), serverErrors.errors);
        assertEquals(List.of("connected 0", "disconnected 0 PROTOCOL_ERROR"), serverEvents.events);
        assertServerStillServes(server);
    }

    @Test
    void shouldCloseOnALengthAboveTheMaximumPayload() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig().maxPayloadLength(1024));
        final Loopback.RawPeer peer = rawClient(server);
        peer.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(US_ASCII));
        assertClosedByServer(server, peer);
        assertEquals(List.of("BAD_LENGTH"), serverErrors.errors);
        assertServerStillServes(server);
    }

    @Test
    void shouldTimeOutGarbageThatNeverCompletesAPacket() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send("GET / HTTP/1.1\r\n".getBytes(US_ASCII)); // 'GE' reads as a length of 18245: never completes
        pollRounds(50, server::poll, peer::pump);
        assertEquals(1, server.connectionCount());
        clock.advance(15 * SECOND);
        assertClosedByServer(server, peer);
        assertEquals(List.of("HEARTBEAT_TIMEOUT"), serverErrors.errors);
        assertEquals("disconnected 0 HEARTBEAT_TIMEOUT", serverEvents.last());
    }

    @Test
    void shouldCloseOnDataBeforeLogin() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(packet('U', "order"));
        assertClosedByServer(server, peer);
        assertEquals(List.of("PROTOCOL_VIOLATION"), serverErrors.errors);
        assertEquals(List.of(), serverEvents.values);
    }

    @Test
    void shouldCloseOnASecondLogin() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(concat(packet('L', GOOD_LOGIN), packet('L', GOOD_LOGIN)));
        assertClosedByServer(server, peer);
        assertEquals(List.of("PROTOCOL_VIOLATION"), serverErrors.errors);
        assertEquals("A", peer.packetTypes());
    }

    @Test
    void shouldSkipUnknownPacketTypesAndDebugPackets() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(concat(packet('X', "what"), packet('+', "debug text"), packet('L', GOOD_LOGIN)));
        pollUntil("login accepted", () -> peer.packetTypes().equals("A"), server::poll, peer::pump);
        assertEquals(List.of("UNKNOWN_MESSAGE_TYPE"), serverErrors.errors);
        assertEquals(1, server.loggedInCount());
    }

    @Test
    void shouldCloseOnALoginOfTheWrongLength() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(packet('L', GOOD_LOGIN.substring(0, 40)));
        assertClosedByServer(server, peer);
        assertEquals(List.of("BAD_LENGTH"), serverErrors.errors);
    }

    @Test
    void shouldCloseOnALoginWithANonNumericSequenceNumber() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(packet('L', GOOD_LOGIN.substring(0, 26) + "                 1x2"));
        assertClosedByServer(server, peer);
        assertEquals(List.of("BAD_FIELD"), serverErrors.errors);
    }

    @Test
    void shouldReportATruncatedPacketWhenTheClientDisconnectsMidPacket() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(Arrays.copyOf(packet('L', GOOD_LOGIN), 20));
        pollRounds(20, server::poll);
        peer.close();
        pollUntil("server notices", () -> server.connectionCount() == 0, server::poll);
        assertEquals(List.of("TRUNCATED", "DISCONNECTED"), serverErrors.errors);
        assertEquals("disconnected 0 PEER_CLOSED", serverEvents.last());
        assertServerStillServes(server);
    }

    @Test
    void shouldSendHeartbeatsAndTimeOutASilentClient() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(packet('L', GOOD_LOGIN));
        pollUntil("login accepted", () -> peer.packetTypes().equals("A"), server::poll, peer::pump);
        clock.advance(SECOND);
        pollUntil("first heartbeat", () -> peer.packetTypes().equals("AH"), server::poll, peer::pump);
        clock.advance(SECOND / 2);
        pollRounds(20, server::poll, peer::pump);
        assertEquals("AH", peer.packetTypes(), "no heartbeat before the interval has passed again");
        clock.advance(SECOND / 2);
        pollUntil("second heartbeat", () -> peer.packetTypes().equals("AHH"), server::poll, peer::pump);

        peer.send(packet('R', ""));
        pollRounds(20, server::poll, peer::pump);
        clock.advance(14 * SECOND);
        pollRounds(20, server::poll, peer::pump);
        assertEquals(1, server.loggedInCount(), "the client heartbeat reset the timeout");
        clock.advance(SECOND);
        assertClosedByServer(server, peer);
        assertEquals(List.of("HEARTBEAT_TIMEOUT"), serverErrors.errors);
        assertEquals("disconnected 0 HEARTBEAT_TIMEOUT", serverEvents.last());
    }

    @Test
    void shouldLetARejectedClientReadTheRejectBeforeClosing() throws IOException {
        final SoupBinTcpServer server = server(new SoupBinTcpConfig());
        final Loopback.RawPeer peer = rawClient(server);
        peer.send(concat(packet('L', "alice " + "wrong     " + GOOD_LOGIN.substring(16)), packet('R', "")));
        pollUntil("reject and end of stream", () -> peer.endOfStream, server::poll, peer::pump);
        assertEquals(1, server.connectionCount(), "the server waits for the client to close");
        peer.close();
        pollUntil("server closes", () -> server.connectionCount() == 0, server::poll);
        assertEquals("J", peer.packetTypes());
        assertEquals('A', peer.packets().get(0)[1]);
        assertEquals("disconnected 0 LOGIN_REJECTED", serverEvents.last());
    }

    @Test
    void shouldRefuseConnectionsBeyondItsSlots() throws IOException {
        final SoupBinTcpServer server = closeLater(new SoupBinTcpServer("SESSION1", new SoupBinTcpConfig(), 1,
            new SoupBinTcpMessageStore(1 << 16, 100), clock, SoupBinTcpSessionTest.AUTHENTICATOR, serverEvents,
            serverErrors));
        server.bind(Loopback.anyPort());
        final Loopback.RawPeer first = rawClient(server);
        final Loopback.RawPeer second = closeLater(Loopback.RawPeer.connect(server.localAddress()));
        pollUntil("second refused", () -> second.endOfStream, server::poll, second::pump);
        assertEquals(1, server.refusedConnections());
        first.send(packet('L', GOOD_LOGIN));
        pollUntil("first still served", () -> first.packetTypes().equals("A"), server::poll, first::pump);
    }

    // ---------------------------------------------------------------- client side: our client, raw server

    private final Recording.Client clientEvents = new Recording.Client();
    private final Recording.Errors clientErrors = new Recording.Errors();

    private SoupBinTcpClient client(final long requestedSequenceNumber) {
        final SoupBinTcpClient client =
            closeLater(new SoupBinTcpClient(new SoupBinTcpConfig(), clock, clientEvents, clientErrors));
        client.login("alice", "s3cret", "", requestedSequenceNumber);
        return client;
    }

    private Loopback.RawPeer connect(final SoupBinTcpClient client) throws IOException {
        final Loopback.RawServer raw = closeLater(new Loopback.RawServer());
        client.connect(raw.address());
        final Loopback.RawPeer peer = closeLater(raw.accept());
        pollUntil("login request", () -> peer.packetTypes().equals("L"), client::poll, peer::pump);
        return peer;
    }

    private static byte[] accepted(final long sequenceNumber) {
        return packet('A', "  SESSION1" + String.format("%20d", sequenceNumber));
    }

    @Test
    void shouldSendAWellFormedLoginRequest() throws IOException {
        final SoupBinTcpClient client = client(7);
        final Loopback.RawPeer peer = connect(client);
        assertEquals("L" + "alice " + "s3cret    " + "          " + "                   7",
            new String(peer.packets().get(0), US_ASCII));
        assertEquals(SoupBinTcpClient.State.LOGIN_SENT, client.state());
    }

    @Test
    void shouldCloseOnSequencedDataBeforeLoginAccepted() throws IOException {
        final SoupBinTcpClient client = client(1);
        final Loopback.RawPeer peer = connect(client);
        peer.send(packet('S', "early"));
        pollUntil("disconnect", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("PROTOCOL_VIOLATION"), clientErrors.errors);
        assertEquals(List.of("disconnected PROTOCOL_ERROR"), clientEvents.events);
    }

    @Test
    void shouldCloseOnALoginAcceptedWithABadSequenceNumber() throws IOException {
        final SoupBinTcpClient client = client(1);
        final Loopback.RawPeer peer = connect(client);
        peer.send(packet('A', "  SESSION1" + "                 abc"));
        pollUntil("disconnect", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("BAD_FIELD"), clientErrors.errors);
    }

    @Test
    void shouldDeliverOnlyWholePacketsWhenTheServerDiesMidPacket() throws IOException {
        final SoupBinTcpClient client = client(1);
        clientEvents.recordMessagesAsEvents = true;
        final Loopback.RawPeer peer = connect(client);
        final byte[] stream = concat(accepted(1), packet('S', "one"), packet('H', ""), packet('S', "two"),
            packet('S', "three"), Arrays.copyOf(packet('S', "four"), 5));
        for (int i = 0; i < stream.length; i += 3) {  // dribble: packets cut across reads
            peer.send(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + 3)));
            pollRounds(5, client::poll);
        }
        peer.close();
        pollUntil("disconnect", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("accepted 1", "message 1 one", "message 2 two", "message 3 three",
            "disconnected PEER_CLOSED"), clientEvents.events);
        assertEquals(List.of("TRUNCATED", "DISCONNECTED"), clientErrors.errors);
        assertEquals(4, client.nextSequenceNumber());
    }

    @Test
    void shouldSendHeartbeatsAndTimeOutASilentServer() throws IOException {
        final SoupBinTcpClient client = client(1);
        final Loopback.RawPeer peer = connect(client);
        peer.send(accepted(1));
        pollUntil("logged in", client::isLoggedIn, client::poll);
        clock.advance(SECOND);
        pollUntil("heartbeat", () -> peer.packetTypes().equals("LR"), client::poll, peer::pump);
        clock.advance(13 * SECOND);
        pollRounds(20, client::poll, peer::pump);
        assertTrue(client.isLoggedIn());
        clock.advance(SECOND);
        pollUntil("timeout", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        pollUntil("peer sees the close", () -> peer.endOfStream, peer::pump);
        assertEquals(List.of("HEARTBEAT_TIMEOUT"), clientErrors.errors);
        assertEquals(List.of("accepted 1", "disconnected HEARTBEAT_TIMEOUT"), clientEvents.events);
    }

    @Test
    void shouldTimeOutALoginThatIsNeverAnswered() throws IOException {
        final SoupBinTcpClient client = client(1);
        connect(client);
        clock.advance(15 * SECOND);
        pollUntil("timeout", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("disconnected HEARTBEAT_TIMEOUT"), clientEvents.events);
    }

    @Test
    void shouldSkipDebugAndUnknownPackets() throws IOException {
        final SoupBinTcpClient client = client(1);
        final Loopback.RawPeer peer = connect(client);
        peer.send(concat(accepted(1), packet('+', "hello"), packet('Q', "???"), packet('S', "data")));
        pollUntil("message", () -> clientEvents.sequenceNumbers.size() == 1, client::poll);
        assertEquals(List.of("UNKNOWN_MESSAGE_TYPE"), clientErrors.errors);
        assertTrue(client.isLoggedIn());
    }

    @Test
    void shouldDropMessagesAServerResendsBelowTheRequestedNumber() throws IOException {
        final SoupBinTcpClient client = client(5);
        clientEvents.recordMessagesAsEvents = true;
        final Loopback.RawPeer peer = connect(client);
        peer.send(concat(accepted(3), packet('S', "m3"), packet('S', "m4"), packet('S', "m5"), packet('S', "m6")));
        pollUntil("messages", () -> client.nextSequenceNumber() == 7, client::poll);
        assertEquals(List.of("accepted 3", "message 5 m5", "message 6 m6"), clientEvents.events);
        assertEquals(List.of("DUPLICATE", "DUPLICATE"), clientErrors.errors);
    }

    @Test
    void shouldReportAGapWhenTheServerStartsAboveTheRequestedNumber() throws IOException {
        final SoupBinTcpClient client = client(5);
        clientEvents.recordMessagesAsEvents = true;
        final Loopback.RawPeer peer = connect(client);
        peer.send(concat(accepted(9), packet('S', "m9")));
        pollUntil("message", () -> client.nextSequenceNumber() == 10, client::poll);
        assertEquals(List.of("accepted 9", "message 9 m9"), clientEvents.events);
        assertEquals(List.of("SEQUENCE_GAP"), clientErrors.errors);
        assertEquals(1, client.errors().count(WireError.SEQUENCE_GAP));
    }

    @Test
    void shouldReportAConnectionRefused() throws IOException {
        final java.net.InetSocketAddress closedPort;
        try (Loopback.RawServer raw = new Loopback.RawServer()) {
            closedPort = raw.address();
        }
        final SoupBinTcpClient client = client(1);
        client.connect(closedPort);
        pollUntil("refused", () -> client.state() == SoupBinTcpClient.State.DISCONNECTED, client::poll);
        assertEquals(List.of("disconnected CONNECT_FAILED"), clientEvents.events);
    }
}
