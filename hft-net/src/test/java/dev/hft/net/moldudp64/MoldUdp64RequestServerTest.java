package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MoldUdp64RequestServerTest {
    private static final String SESSION = "REQ";
    private static final int MAX_PACKET = 400;

    private final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
    private final List<String> reports = new ArrayList<>();
    private final WireErrorCounters errors = new WireErrorCounters("request-server",
        (source, error, sequence, buffer, offset, length) -> reports.add(error + "@" + sequence));
    private DatagramChannel serverChannel;
    private DatagramChannel client;
    private MoldUdp64RequestServer server;

    @BeforeEach
    void open() throws IOException {
        serverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        client = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        server = new MoldUdp64RequestServer(serverChannel, SESSION, store, errors, MAX_PACKET);
        final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
        for (long sequence = 1; sequence <= 100; sequence++) {
            store.append(message, 0, TestMessages.write(message, 0, sequence));
        }
    }

    @AfterEach
    void close() throws IOException {
        serverChannel.close();
        client.close();
    }

    private ByteBuffer request(final String session, final long sequence, final int count, final int length)
        throws IOException {
        final ByteBuffer request = ByteBuffer.allocate(length);
        final ByteBuffer header = TestMessages.control(session, sequence, count);
        request.put(header.array(), 0, Math.min(20, length)).clear();
        client.send(request, serverChannel.getLocalAddress());
        for (int i = 0; i < 1000 && server.poll(8) == 0; i++) {
            Thread.yield();
        }
        final ByteBuffer response = ByteBuffer.allocate(65536);
        for (int i = 0; i < 100; i++) {
            if (client.receive(response) != null) {
                return response.flip();
            }
            Thread.yield();
        }
        return null;
    }

    private List<Long> messagesOf(final ByteBuffer response) {
        final MoldUdp64PacketDecoder decoder = new MoldUdp64PacketDecoder();
        assertTrue(decoder.wrap(new UnsafeBuffer(response), 0, response.remaining()));
        assertEquals(SESSION, decoder.session());
        final List<Long> sequences = new ArrayList<>();
        assertEquals(decoder.messageCount(), decoder.forEachMessage((sequence, buffer, offset, length) -> {
            assertTrue(TestMessages.matches(sequence, buffer, offset, length));
            sequences.add(sequence);
        }));
        return sequences;
    }

    @Test
    void shouldAnswerWithTheRequestedRun() throws IOException {
        assertEquals(List.of(10L, 11L, 12L), messagesOf(request(SESSION, 10, 3, 20)));
        assertEquals(1, server.requestsServed());
        assertEquals(3, server.messagesRetransmitted());
    }

    @Test
    void shouldAnswerWithAsManyAsFitInOnePacket() throws IOException {
        final ByteBuffer response = request(SESSION, 1, 100, 20);
        assertTrue(response.remaining() <= MAX_PACKET);
        final List<Long> sequences = messagesOf(response);
        assertTrue(sequences.size() > 5 && sequences.size() < 100, "partial: " + sequences.size());
        assertEquals(1, sequences.get(0));
    }

    @Test
    void shouldAnswerWithWhatIsStoredAtTheEnd() throws IOException {
        assertEquals(List.of(99L, 100L), messagesOf(request(SESSION, 99, 10, 20)));
    }

    @Test
    void shouldIgnoreAndCountBadRequests() throws IOException {
        assertNull(request(SESSION, 1, 1, 10));
        assertNull(request(SESSION, 1, 1, 21));
        assertNull(request("OTHER", 1, 1, 20));
        assertNull(request(SESSION, 1, 0, 20));
        assertNull(request(SESSION, 1, 0xFFFF, 20));
        assertNull(request(SESSION, 0, 1, 20));
        assertNull(request(SESSION, 101, 1, 20));
        assertEquals(List.of("TRUNCATED@-1", "BAD_LENGTH@1", "WRONG_SESSION@1", "BAD_FIELD@1", "BAD_FIELD@1",
            "BAD_FIELD@0", "BAD_FIELD@101"), reports);
        assertEquals(7, server.requestsReceived());
        assertEquals(7, server.badRequests());
        assertEquals(2, server.outOfRangeRequests());
        assertEquals(0, server.requestsServed());
        assertEquals(1, errors.count(WireError.TRUNCATED));

        assertEquals(List.of(1L), messagesOf(request(SESSION, 1, 1, 20)), "still serving");
    }
}
