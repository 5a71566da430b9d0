package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receiver on a multicast group joined on the loopback interface (a {@link LossyProxy} multicasts the sender's
 * packets and drops some), re-requesting over unicast from the same socket, as the spec describes. Skipped (not
 * failed) where the loopback interface does not carry multicast.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MoldUdp64MulticastTest {
    private static final String SESSION = "MCAST";
    private static final long MS = 1_000_000L;

    @Test
    void shouldReceiveAMulticastFeedAndReRequestOverUnicast() throws IOException {
        final InetAddress group = InetAddress.getByName("239.255.42.99");
        final DatagramChannel member;
        try {
            member = MoldUdp64Channels.openMulticast(group, 0, "lo");
        } catch (final IOException | UnsupportedOperationException ex) {
            // a platform whose loopback has no multicast cannot run this test; CI's Linux loopback can, and does
            Assumptions.abort("multicast on loopback unavailable: " + ex);
            return;
        }
        final ManualClock clock = new ManualClock();
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final int port = ((InetSocketAddress) member.getLocalAddress()).getPort();
        try (member;
            DatagramChannel senderChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
            DatagramChannel serverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
            LossyProxy proxy = new LossyProxy(new InetSocketAddress(group, port),
                MoldUdp64Channels.openMulticastSender("lo", 1, true))) {
            proxy.drop(i -> i % 6 == 3);
            final MoldUdp64Sender sender = new MoldUdp64Sender(senderChannel, new SocketAddress[] {proxy.address()},
                SESSION, store, clock, 5 * MS, 1400);
            final MoldUdp64RequestServer server = new MoldUdp64RequestServer(serverChannel, SESSION, store,
                new WireErrorCounters("request-server", WireErrorListener.NO_OP), 1400);
            final MoldUdp64Receiver receiver = new MoldUdp64Receiver(member, checker, clock,
                new MoldUdp64ReceiverConfig().session(SESSION).requestServer(serverChannel.getLocalAddress()));
            final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);

            sender.offer(message, 0, TestMessages.write(message, 0, 1));
            sender.flush();
            proxy.poll();
            for (int i = 0; i < 200 && checker.count == 0; i++) {
                receiver.poll(16);
                Thread.yield();
            }
            assumeTrue(checker.count == 1, "multicast packets are not looped back on lo in this environment");

            long sequence = 1;
            for (int round = 0; round < 200; round++) {
                for (int i = 0; i < 20; i++) {
                    sequence++;
                    sender.offer(message, 0, TestMessages.write(message, 0, sequence));
                }
                sender.flush();
                clock.advance(MS);
                proxy.poll();
                receiver.poll(64);
                server.poll(64);
                receiver.poll(64);
            }
            for (int i = 0; i < 100 && checker.count < sequence; i++) {
                clock.advance(MS);
                sender.doWork();
                proxy.poll();
                receiver.poll(64);
                server.poll(64);
                receiver.poll(64);
            }
            assertEquals(sequence, checker.count);
            assertEquals(0, checker.violations);
            assertEquals(proxy.droppedPackets, receiver.gapsDetected(), "every multicast loss re-requested");
            assertEquals(0, receiver.retransmittedPackets(), "answers came back on the multicast socket");
        }
    }
}
