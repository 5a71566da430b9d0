package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.paritytrading.nassau.moldudp64.MoldUDP64Client;
import com.paritytrading.nassau.moldudp64.MoldUDP64ClientState;
import com.paritytrading.nassau.moldudp64.MoldUDP64ClientStatusListener;
import com.paritytrading.nassau.moldudp64.MoldUDP64DefaultMessageStore;
import com.paritytrading.nassau.moldudp64.MoldUDP64DownstreamPacket;
import com.paritytrading.nassau.moldudp64.MoldUDP64RequestServer;
import com.paritytrading.nassau.moldudp64.MoldUDP64Server;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Interoperability with nassau 1.0.0 (paritytrading's MoldUDP64 implementation) over loopback UDP, both ways, with
 * a {@link LossyProxy} dropping downstream packets so that the re-request path is exercised across implementations:
 * <ul>
 * <li>nassau {@link MoldUDP64Server} + {@link MoldUDP64RequestServer} (over {@link MoldUDP64DefaultMessageStore})
 * feeding our {@link MoldUdp64Receiver};</li>
 * <li>our {@link MoldUdp64Sender} + {@link MoldUdp64RequestServer} feeding nassau's {@link MoldUDP64Client}.</li>
 * </ul>
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NassauInteropTest {
    private static final String SESSION = "NASSAU";
    private static final long MS = 1_000_000L;
    private static final int MESSAGES = 5_000;

    private final ManualClock clock = new ManualClock();

    private static DatagramChannel open() throws IOException {
        return MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
    }

    @Test
    void shouldReceiveFromNassauServerAndReRequestDropsFromNassauRequestServer() throws IOException {
        final List<String> events = new ArrayList<>();
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        try (DatagramChannel receiverChannel = open();
            DatagramChannel serverChannel = open();
            DatagramChannel requestChannel = open();
            LossyProxy proxy = new LossyProxy(receiverChannel.getLocalAddress())) {
            proxy.drop(i -> i % 5 == 4).swap(i -> i % 11 == 3).duplicate(i -> i % 13 == 7);
            serverChannel.connect(proxy.address());
            final MoldUDP64Server nassauServer =
                new MoldUDP64Server(() -> clock.nanoTime() / MS, serverChannel, SESSION);
            final MoldUDP64RequestServer nassauRequestServer = new MoldUDP64RequestServer(requestChannel);
            final MoldUDP64DefaultMessageStore nassauStore = new MoldUDP64DefaultMessageStore();
            final MoldUdp64Receiver receiver = new MoldUdp64Receiver(receiverChannel, checker, clock,
                new MoldUdp64ReceiverConfig().session(SESSION).requestServer(requestChannel.getLocalAddress())
                    .requestTimeoutNs(20 * MS).listener(new MoldUdp64ReceiverListener() {
                        @Override
                        public void onEndOfSession(final long nextSequenceNumber) {
                            events.add("end@" + nextSequenceNumber);
                        }
                    }));

            final MoldUDP64DownstreamPacket packet = new MoldUDP64DownstreamPacket();
            final UnsafeBuffer message = new UnsafeBuffer(ByteBuffer.allocate(64));
            for (long sequence = 1; sequence <= MESSAGES; sequence++) {
                final int length = TestMessages.write(message, 0, sequence);
                final ByteBuffer bytes = ByteBuffer.wrap(message.byteArray(), 0, length);
                nassauStore.put(bytes.duplicate());
                if (packet.remaining() < length) {
                    nassauServer.send(packet);
                    packet.clear();
                    cycle(proxy, receiver, nassauRequestServer, nassauStore);
                }
                packet.put(bytes);
            }
            nassauServer.send(packet);
            nassauServer.sendHeartbeat();
            for (int i = 0; i < 1_000 && checker.count < MESSAGES; i++) {
                cycle(proxy, receiver, nassauRequestServer, nassauStore);
                nassauServer.sendHeartbeat();
            }
            nassauServer.sendEndOfSession();
            for (int i = 0; i < 100 && events.isEmpty(); i++) {
                cycle(proxy, receiver, nassauRequestServer, nassauStore);
            }

            assertEquals(MESSAGES, checker.count);
            assertEquals(0, checker.violations);
            assertEquals(List.of("end@" + (MESSAGES + 1)), events);
            assertTrue(proxy.droppedPackets >= 10 && proxy.swappedPackets > 0, "dropped " + proxy.droppedPackets);
            assertTrue(receiver.requestsSent() >= proxy.droppedPackets / 2);
            assertEquals(0, receiver.badPackets());
            System.out.printf("nassau server -> hft receiver: %d dropped, %d swapped, %d duplicated; %d gaps,"
                + " %d requests (%d retries), %d duplicate messages%n", proxy.droppedPackets, proxy.swappedPackets,
                proxy.duplicatedPackets, receiver.gapsDetected(), receiver.requestsSent(), receiver.requestRetries(),
                receiver.duplicateMessages());
        }
    }

    private void cycle(
        final LossyProxy proxy, final MoldUdp64Receiver receiver, final MoldUDP64RequestServer requestServer,
        final MoldUDP64DefaultMessageStore store) throws IOException {
        clock.advance(MS);
        proxy.poll();
        receiver.poll(64);
        for (int i = 0; i < 8; i++) {
            requestServer.serve(store);
        }
        receiver.poll(64);
    }

    @Test
    void shouldFeedNassauClientAndAnswerItsReRequests() throws IOException {
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
        final List<String> requests = new ArrayList<>();
        final boolean[] ended = {false};
        final long[] received = {0, 0};
        try (DatagramChannel clientChannel = open();
            DatagramChannel clientRequestChannel = open();
            DatagramChannel senderChannel = open();
            DatagramChannel serverChannel = open();
            LossyProxy proxy = new LossyProxy(clientChannel.getLocalAddress())) {
            proxy.drop(i -> i % 8 == 5).duplicate(i -> i % 19 == 2);
            final MoldUdp64Sender sender = new MoldUdp64Sender(senderChannel,
                new SocketAddress[] {proxy.address()}, SESSION, store, clock, 5 * MS,
                MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
            final MoldUdp64RequestServer server = new MoldUdp64RequestServer(serverChannel, SESSION, store,
                new WireErrorCounters("request-server", WireErrorListener.NO_OP), MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
            final MoldUDP64Client client = new MoldUDP64Client(clientChannel, clientRequestChannel,
                serverChannel.getLocalAddress(), buffer -> {
                    final long expected = received[0] + 1;
                    final int length = buffer.remaining();
                    final boolean intact = TestMessages.matches(expected, new UnsafeBuffer(buffer), buffer.position(),
                        length);
                    received[0] = expected;
                    received[1] += intact ? 0 : 1;
                }, new MoldUDP64ClientStatusListener() {
                    @Override
                    public void state(final MoldUDP64Client session, final MoldUDP64ClientState next) {
                    }

                    @Override
                    public void downstream(final MoldUDP64Client session, final long sequenceNumber,
                        final int messageCount) {
                    }

                    @Override
                    public void request(final MoldUDP64Client session, final long sequenceNumber,
                        final int requestedMessageCount) {
                        requests.add(sequenceNumber + "+" + requestedMessageCount);
                    }

                    @Override
                    public void endOfSession(final MoldUDP64Client session) {
                        ended[0] = true;
                    }
                }, 1);

            final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
            for (long sequence = 1; sequence <= MESSAGES; sequence++) {
                sender.offer(message, 0, TestMessages.write(message, 0, sequence));
                if (sequence % 50 == 0) {
                    nassauCycle(sender, proxy, client, server);
                }
            }
            sender.endOfSession();
            for (int i = 0; i < 2_000 && !(ended[0] && received[0] == MESSAGES); i++) {
                nassauCycle(sender, proxy, client, server);
            }

            assertEquals(MESSAGES, received[0], "every message, in order");
            assertEquals(0, received[1], "payloads intact");
            assertTrue(ended[0], "nassau saw the end of session");
            assertTrue(proxy.droppedPackets > 10);
            assertTrue(requests.size() >= proxy.droppedPackets / 2, "nassau re-requested: " + requests.size());
            assertEquals(0, server.badRequests());
            assertTrue(server.requestsServed() > 0);
            System.out.printf("hft sender -> nassau client: %d dropped, %d duplicated; nassau sent %d requests,"
                + " hft server answered %d with %d messages%n", proxy.droppedPackets, proxy.duplicatedPackets,
                requests.size(), server.requestsServed(), server.messagesRetransmitted());
        }
    }

    private void nassauCycle(
        final MoldUdp64Sender sender, final LossyProxy proxy, final MoldUDP64Client client,
        final MoldUdp64RequestServer server) throws IOException {
        clock.advance(MS);
        sender.doWork();
        proxy.poll();
        for (int i = 0; i < 64 && client.receive(); i++) {
            Thread.onSpinWait();
        }
        server.poll(64);
        for (int i = 0; i < 64 && client.receiveResponse(); i++) {
            Thread.onSpinWait();
        }
    }
}
