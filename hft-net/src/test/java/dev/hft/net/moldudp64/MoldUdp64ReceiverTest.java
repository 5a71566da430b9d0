package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.TestMessages.control;
import static dev.hft.net.moldudp64.TestMessages.packet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receiving session against hand-built packets over loopback UDP: a fake venue socket sends exactly the packets
 * each case needs, and a fake re-request server socket shows the requests and answers them.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MoldUdp64ReceiverTest {
    private static final String SESSION = "TEST000001";
    private static final long MS = 1_000_000L;

    private final ManualClock clock = new ManualClock();
    private final TestMessages.Recorder handler = new TestMessages.Recorder();
    private final List<String> events = new ArrayList<>();
    private final List<String> errorEvents = new ArrayList<>();
    private final WireErrorCounters errors = new WireErrorCounters("moldudp64",
        (source, error, sequence, buffer, offset, length) -> errorEvents.add(error + "@" + sequence));
    private final MoldUdp64ReceiverListener listener = new MoldUdp64ReceiverListener() {
        @Override
        public void onEndOfSession(final long nextSequenceNumber) {
            events.add("end@" + nextSequenceNumber);
        }
    };

    private DatagramChannel channel;
    private DatagramChannel venue;
    private DatagramChannel server;
    private MoldUdp64Receiver receiver;

    @BeforeEach
    void open() throws IOException {
        channel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        venue = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        server = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
    }

    @AfterEach
    void close() throws IOException {
        channel.close();
        venue.close();
        server.close();
    }

    private MoldUdp64ReceiverConfig config() throws IOException {
        return new MoldUdp64ReceiverConfig().requestServer(server.getLocalAddress()).listener(listener)
            .errors(errors).requestTimeoutNs(50 * MS);
    }

    private void start(final MoldUdp64ReceiverConfig config) {
        receiver = new MoldUdp64Receiver(channel, handler, clock, config);
    }

    private void send(final ByteBuffer packet) throws IOException {
        venue.send(packet.duplicate(), channel.getLocalAddress());
        pollUntilQuiet();
    }

    private void pollUntilQuiet() {
        int idle = 0;
        for (int i = 0; i < 1000 && idle < 3; i++) {
            if (receiver.poll(16) == 0) {
                idle++;
                Thread.yield();
            } else {
                idle = 0;
            }
        }
    }

    /** The next request the fake server received: {sequence, count}, with the requester's address. */
    private long[] nextRequest() throws IOException {
        final ByteBuffer request = ByteBuffer.allocate(64);
        for (int i = 0; i < 1000; i++) {
            final SocketAddress from = server.receive(request);
            if (from != null) {
                request.flip();
                assertEquals(MoldUdp64.REQUEST_LENGTH, request.remaining(), "request length");
                final byte[] session = new byte[10];
                request.get(session);
                assertEquals(SESSION, new String(session, java.nio.charset.StandardCharsets.US_ASCII));
                lastRequester = from;
                return new long[] {request.getLong(), request.getShort() & 0xFFFF};
            }
            Thread.yield();
        }
        return null;
    }

    private SocketAddress lastRequester;

    private ByteBuffer noRequest() throws IOException {
        final ByteBuffer request = ByteBuffer.allocate(64);
        assertNull(server.receive(request), "no request expected");
        return request;
    }

    private void answer(final ByteBuffer packet) throws IOException {
        server.send(packet.duplicate(), lastRequester);
        pollUntilQuiet();
    }

    @Test
    void shouldDeliverInOrderPacketsOnce() throws IOException {
        start(config());
        send(packet(SESSION, 1, 3));
        send(packet(SESSION, 4, 2));
        handler.assertExactlyOnceInOrder(1, 5);
        assertEquals(6, receiver.nextSequenceNumber());
        assertEquals(SESSION, receiver.session());
        assertFalse(receiver.hasGap());
        assertEquals(0, receiver.requestsSent());
        assertEquals(0, errors.total());
        noRequest();
    }

    @Test
    void shouldDropDuplicatesAndDeliverTheNewTailOfAnOverlap() throws IOException {
        start(config());
        send(packet(SESSION, 1, 3));
        send(packet(SESSION, 1, 3));
        send(packet(SESSION, 2, 4));
        handler.assertExactlyOnceInOrder(1, 5);
        assertEquals(3 + 2, receiver.duplicateMessages());
        assertEquals(0, receiver.gapsDetected());
        assertEquals(0, errors.total());
    }

    @Test
    void shouldHoldPacketsAheadOfAGapAndRequestOnlyTheMissingRun() throws IOException {
        start(config());
        send(packet(SESSION, 1, 2));
        send(packet(SESSION, 5, 2));
        send(packet(SESSION, 7, 2));
        handler.assertExactlyOnceInOrder(1, 2);
        assertTrue(receiver.hasGap());
        assertEquals(2, receiver.heldPackets());
        assertEquals(List.of("SEQUENCE_GAP@3"), errorEvents);
        final long[] request = request();
        assertEquals(3, request[0]);
        assertEquals(2, request[1], "only up to the first held packet");

        answer(packet(SESSION, 3, 2));
        handler.assertExactlyOnceInOrder(1, 8);
        assertFalse(receiver.hasGap());
        assertEquals(0, receiver.heldPackets());
        assertEquals(1, receiver.requestsSent());
        assertEquals(1, receiver.gapsDetected());
        noRequest();
    }

    private long[] request() throws IOException {
        final long[] request = nextRequest();
        assertNotNull(request, "a request");
        return request;
    }

    @Test
    void shouldDeliverReorderedPacketsInOrder() throws IOException {
        start(config().nextSequenceNumber(3));
        send(packet(SESSION, 5, 1));
        send(packet(SESSION, 4, 1));
        send(packet(SESSION, 3, 1));
        handler.assertExactlyOnceInOrder(3, 5);
        assertEquals(0, receiver.duplicateMessages());
    }

    @Test
    void shouldDetectALostTailFromAHeartbeat() throws IOException {
        start(config());
        send(packet(SESSION, 1, 2));
        send(control(SESSION, 5, MoldUdp64.HEARTBEAT));
        assertEquals(5, receiver.highWaterMark());
        final long[] request = request();
        assertEquals(3, request[0]);
        assertEquals(2, request[1]);
        answer(packet(SESSION, 3, 2));
        handler.assertExactlyOnceInOrder(1, 4);
        assertEquals(1, receiver.heartbeats());
    }

    @Test
    void shouldReportEndOfSessionOnlyAfterTheLastMessage() throws IOException {
        start(config());
        send(packet(SESSION, 1, 2));
        send(control(SESSION, 4, MoldUdp64.END_OF_SESSION));
        assertEquals(List.of(), events);
        assertFalse(receiver.isEndOfSession());
        final long[] request = request();
        assertEquals(3, request[0]);
        assertEquals(1, request[1]);
        answer(packet(SESSION, 3, 1));
        send(control(SESSION, 4, MoldUdp64.END_OF_SESSION));
        handler.assertExactlyOnceInOrder(1, 3);
        assertEquals(List.of("end@4"), events);
        assertTrue(receiver.isEndOfSession());
    }

    @Test
    void shouldRetryRequestsWhileTheServerIsDownAndRecoverWhenDataArrives() throws IOException {
        final DatagramChannel dead = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        final SocketAddress deadAddress = dead.getLocalAddress();
        dead.close();
        start(config().requestServer(deadAddress));
        send(packet(SESSION, 1, 1));
        send(packet(SESSION, 3, 1));
        assertEquals(1, receiver.requestsSent());

        clock.advance(49 * MS);
        pollUntilQuiet();
        assertEquals(1, receiver.requestsSent(), "no retry before the timeout");
        for (int i = 0; i < 5; i++) {
            clock.advance(50 * MS);
            pollUntilQuiet();
        }
        assertEquals(6, receiver.requestsSent());
        assertEquals(5, receiver.requestRetries());
        assertEquals(5, errors.count(WireError.REQUEST_FAILED));

        send(packet(SESSION, 2, 1));
        handler.assertExactlyOnceInOrder(1, 3);
        clock.advance(500 * MS);
        pollUntilQuiet();
        assertEquals(6, receiver.requestsSent(), "no more requests once the gap is filled");
    }

    @Test
    void shouldCountAndDropTruncatedAndGarbagePackets() throws IOException {
        start(config().maxPacketLength(200));
        send(packet(SESSION, 1, 1));

        send(ByteBuffer.wrap(new byte[] {1, 2, 3}));
        final ByteBuffer whole = packet(SESSION, 2, 3);
        send(ByteBuffer.wrap(whole.array(), 0, whole.remaining() - 1));
        final ByteBuffer trailing = ByteBuffer.allocate(whole.remaining() + 2);
        trailing.put(whole.duplicate()).put((byte) 0).put((byte) 0).flip();
        send(trailing);
        final ByteBuffer oversized = ByteBuffer.allocate(300);
        oversized.put(packet(SESSION, 2, 1)).clear();
        send(oversized);
        send(packet(SESSION, 0, 1));
        final byte[] garbage = new byte[150];
        new Random(42).nextBytes(garbage);
        send(ByteBuffer.wrap(garbage));

        handler.assertExactlyOnceInOrder(1, 1);
        assertEquals(2, errors.count(WireError.TRUNCATED));
        assertEquals(2, errors.count(WireError.BAD_LENGTH));
        assertEquals(1, errors.count(WireError.BAD_FIELD));
        assertEquals(1, errors.count(WireError.WRONG_SESSION));
        assertEquals(6, receiver.badPackets());
        assertFalse(receiver.hasGap(), "bad packets announce nothing");

        send(packet(SESSION, 2, 3));
        handler.assertExactlyOnceInOrder(1, 4);
    }

    @Test
    void shouldDropPacketsOfAnotherSession() throws IOException {
        start(config().session(SESSION));
        send(packet("OTHER", 1, 2));
        assertEquals(List.of("WRONG_SESSION@1"), errorEvents);
        send(packet(SESSION, 1, 2));
        handler.assertExactlyOnceInOrder(1, 2);
    }

    @Test
    void shouldFollowTheFirstSessionItSees() throws IOException {
        start(config());
        assertNull(receiver.session());
        send(packet(SESSION, 1, 1));
        send(packet("OTHER", 2, 1));
        send(packet(SESSION, 2, 1));
        handler.assertExactlyOnceInOrder(1, 2);
        assertEquals(1, errors.count(WireError.WRONG_SESSION));
    }

    @Test
    void shouldJoinALiveFeedAtTheFirstPacketWhenConfigured() throws IOException {
        start(config().nextSequenceNumber(MoldUdp64ReceiverConfig.FROM_FIRST_RECEIVED));
        assertEquals(0, receiver.nextSequenceNumber());
        send(packet(SESSION, 100, 2));
        handler.assertExactlyOnceInOrder(100, 101);
        assertEquals(0, receiver.requestsSent());
        noRequest();
    }

    @Test
    void shouldBackfillFromTheFirstMessageByDefault() throws IOException {
        start(config());
        send(packet(SESSION, 5, 1));
        final long[] request = request();
        assertEquals(1, request[0]);
        assertEquals(4, request[1]);
        answer(packet(SESSION, 1, 4));
        handler.assertExactlyOnceInOrder(1, 5);
    }

    @Test
    void shouldRecoverEverythingWhenTheReorderSlotsOverflow() throws IOException {
        start(config().reorderCapacity(2));
        send(packet(SESSION, 1, 1));
        for (int sequence = 3; sequence <= 6; sequence++) {
            send(packet(SESSION, sequence, 1));
        }
        assertEquals(2, receiver.heldPackets());
        assertEquals(2, receiver.reorderOverflows());
        long[] request = request();
        assertEquals(2, request[0]);
        assertEquals(1, request[1], "only up to the first held packet");

        answer(packet(SESSION, 2, 1));
        handler.assertExactlyOnceInOrder(1, 4);
        request = request();
        assertEquals(5, request[0], "the dropped packets are asked for at once");
        assertEquals(2, request[1]);
        answer(packet(SESSION, 5, 2));
        handler.assertExactlyOnceInOrder(1, 6);
        assertFalse(receiver.hasGap());
    }

    @Test
    void shouldCapTheRequestedCountAndAskForTheRestAfterAPartialAnswer() throws IOException {
        start(config().maxRequestCount(10));
        send(packet(SESSION, 1, 1));
        send(control(SESSION, 1000, MoldUdp64.HEARTBEAT));
        long[] request = request();
        assertEquals(2, request[0]);
        assertEquals(10, request[1]);

        answer(packet(SESSION, 2, 3));
        request = request();
        assertEquals(5, request[0], "a partial answer is followed by a request for the rest");
        assertEquals(10, request[1]);
        assertEquals(0, receiver.requestRetries());
    }

    @Test
    void shouldReadRetransmissionsFromADedicatedRequestChannel() throws IOException {
        try (DatagramChannel requests = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0))) {
            start(config().requestChannel(requests));
            send(packet(SESSION, 1, 1));
            send(packet(SESSION, 3, 1));
            request();
            assertEquals(requests.getLocalAddress(), lastRequester);
            answer(packet(SESSION, 2, 1));
            handler.assertExactlyOnceInOrder(1, 3);
            assertEquals(1, receiver.retransmittedPackets());
        }
    }

    @Test
    void shouldNotRequestWithoutARequestServer() throws IOException {
        start(config().requestServer(null));
        send(packet(SESSION, 1, 1));
        send(packet(SESSION, 3, 1));
        assertEquals(1, receiver.gapsDetected());
        assertEquals(0, receiver.requestsSent());
        send(packet(SESSION, 2, 1));
        handler.assertExactlyOnceInOrder(1, 3);
    }
}
