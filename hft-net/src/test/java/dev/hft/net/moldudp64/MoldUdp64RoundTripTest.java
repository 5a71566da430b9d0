package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sender, re-request server and receiver over real loopback sockets, with a {@link LossyProxy} on the downstream
 * path. Everything runs on the test thread in one duty-cycle loop; the manual clock moves 1 ms per cycle, so
 * heartbeats (every 5 ms) and request timeouts (20 ms) happen deterministically.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MoldUdp64RoundTripTest {
    private static final String SESSION = "ROUNDTRIP";
    private static final long MS = 1_000_000L;

    private final ManualClock clock = new ManualClock();
    private final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
    private final List<String> events = new ArrayList<>();
    private DatagramChannel receiverChannel;
    private DatagramChannel senderChannel;
    private DatagramChannel serverChannel;
    private LossyProxy proxy;
    private MoldUdp64Sender sender;
    private MoldUdp64RequestServer server;

    @BeforeEach
    void open() throws IOException {
        receiverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        senderChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        serverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        proxy = new LossyProxy(receiverChannel.getLocalAddress());
        sender = new MoldUdp64Sender(senderChannel, new SocketAddress[] {proxy.address()}, SESSION, store, clock,
            5 * MS, MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
        server = new MoldUdp64RequestServer(serverChannel, SESSION, store,
            new WireErrorCounters("request-server", WireErrorListener.NO_OP), MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
    }

    @AfterEach
    void close() throws IOException {
        receiverChannel.close();
        senderChannel.close();
        serverChannel.close();
        proxy.close();
    }

    private MoldUdp64Receiver receiver(final MoldUdp64MessageHandler handler) throws IOException {
        return new MoldUdp64Receiver(receiverChannel, handler, clock, new MoldUdp64ReceiverConfig()
            .session(SESSION).requestServer(serverChannel.getLocalAddress()).requestTimeoutNs(20 * MS)
            .listener(new MoldUdp64ReceiverListener() {
                @Override
                public void onEndOfSession(final long nextSequenceNumber) {
                    events.add("end@" + nextSequenceNumber);
                }
            }));
    }

    private void cycle(final MoldUdp64Receiver receiver) throws IOException {
        clock.advance(MS);
        sender.doWork();
        proxy.poll();
        receiver.poll(64);
        server.poll(64);
        receiver.poll(64);
    }

    private void run(final MoldUdp64Receiver receiver, final int messages, final int perCycle) throws IOException {
        for (long sequence = 1; sequence <= messages; sequence++) {
            assertEquals(sequence, sender.offer(message, 0, TestMessages.write(message, 0, sequence)));
            if (sequence % perCycle == 0) {
                cycle(receiver);
            }
        }
        sender.endOfSession();
        for (int i = 0; i < 5_000 && !receiver.isEndOfSession(); i++) {
            cycle(receiver);
        }
    }

    @Test
    void shouldDeliverEveryMessageOnceInOrderOverACleanPath() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final MoldUdp64Receiver receiver = receiver(checker);
        run(receiver, 50_000, 60);
        assertEquals(50_000, checker.count);
        assertEquals(0, checker.violations);
        assertEquals(List.of("end@50001"), events);
        assertEquals(0, receiver.requestsSent());
        assertEquals(0, receiver.duplicateMessages());
        assertEquals(0, receiver.errors().total());
    }

    @Test
    void shouldRecoverFromDropsDuplicatesAndSwapsThroughReRequests() throws IOException {
        final IntPredicate drop = i -> i % 7 == 3;
        proxy.drop(drop).duplicate(i -> i % 11 == 5).swap(i -> i % 13 == 8);
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final MoldUdp64Receiver receiver = receiver(checker);
        run(receiver, 30_000, 60);

        assertEquals(30_000, checker.count, "every message delivered");
        assertEquals(0, checker.violations, "exactly once, in order, intact");
        assertEquals(List.of("end@30001"), events);
        assertTrue(proxy.droppedPackets > 100, "the proxy dropped packets: " + proxy.droppedPackets);
        assertTrue(proxy.duplicatedPackets > 50 && proxy.swappedPackets > 50,
            "duplicated " + proxy.duplicatedPackets + ", swapped " + proxy.swappedPackets);
        assertTrue(receiver.requestsSent() >= receiver.gapsDetected());
        assertTrue(receiver.gapsDetected() >= proxy.droppedPackets / 2, "gaps: " + receiver.gapsDetected());
        assertTrue(receiver.duplicateMessages() > 0);
        assertTrue(server.messagesRetransmitted() >= proxy.droppedMessages);
        assertEquals(receiver.gapsDetected(), receiver.errors().count(WireError.SEQUENCE_GAP));
        System.out.printf("round trip: %d packets dropped, %d duplicated, %d swapped; %d gaps, %d requests"
            + " (%d retries), %d duplicate messages, %d held, %d retransmitted%n", proxy.droppedPackets,
            proxy.duplicatedPackets, proxy.swappedPackets, receiver.gapsDetected(), receiver.requestsSent(),
            receiver.requestRetries(), receiver.duplicateMessages(), receiver.packetsHeld(),
            server.messagesRetransmitted());
        assertEquals(0, receiver.badPackets());
    }

    @Test
    void shouldRecoverALostTailFromHeartbeats() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final MoldUdp64Receiver receiver = receiver(checker);
        for (long sequence = 1; sequence <= 100; sequence++) {
            sender.offer(message, 0, TestMessages.write(message, 0, sequence));
        }
        proxy.drop(i -> true);
        for (int i = 0; i < 3; i++) {
            cycle(receiver);
        }
        assertEquals(0, checker.count);
        proxy.drop(i -> false);
        for (int i = 0; i < 20 && checker.count < 100; i++) {
            cycle(receiver);
        }
        assertEquals(100, checker.count);
        assertEquals(0, checker.violations);
        assertTrue(receiver.heartbeats() > 0);
    }
}
