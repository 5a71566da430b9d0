package dev.hft.net.moldudp64;

import static dev.hft.net.moldudp64.LineArbitrator.LINE_A;
import static dev.hft.net.moldudp64.LineArbitrator.LINE_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * A/B arbitration over loopback: one sender sends every packet to two {@link LossyProxy} instances (line A and line
 * B, each with its own losses), the arbitrator reads both lines and re-requests from a real re-request server on a
 * dedicated request channel. Time is a {@link ManualClock} moved by the test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LineArbitratorTest {
    private static final String SESSION = "ABFEED";
    private static final long MS = 1_000_000L;

    private final ManualClock clock = new ManualClock();
    private final MoldUdp64MessageStore store = new MoldUdp64MessageStore();
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
    private final List<String> events = new ArrayList<>();
    private final MoldUdp64ReceiverListener listener = new MoldUdp64ReceiverListener() {
        @Override
        public void onLineDown(final int line, final long nowNs) {
            events.add("down " + name(line) + " @" + nowNs / MS);
        }

        @Override
        public void onLineUp(final int line, final long nowNs) {
            events.add("up " + name(line) + " @" + nowNs / MS);
        }
    };
    private DatagramChannel lineA;
    private DatagramChannel lineB;
    private DatagramChannel requestChannel;
    private DatagramChannel senderChannel;
    private DatagramChannel serverChannel;
    private LossyProxy proxyA;
    private LossyProxy proxyB;
    private MoldUdp64Sender sender;
    private MoldUdp64RequestServer server;
    private long sequence;

    private static String name(final int line) {
        return line == LINE_A ? "A" : "B";
    }

    @BeforeEach
    void open() throws IOException {
        lineA = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        lineB = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        requestChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        senderChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        serverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        proxyA = new LossyProxy(lineA.getLocalAddress());
        proxyB = new LossyProxy(lineB.getLocalAddress());
        sender = new MoldUdp64Sender(senderChannel, new SocketAddress[] {proxyA.address(), proxyB.address()},
            SESSION, store, clock, 5 * MS, MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
        server = new MoldUdp64RequestServer(serverChannel, SESSION, store,
            new WireErrorCounters("request-server", WireErrorListener.NO_OP), MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
    }

    @AfterEach
    void close() throws IOException {
        lineA.close();
        lineB.close();
        requestChannel.close();
        senderChannel.close();
        serverChannel.close();
        proxyA.close();
        proxyB.close();
    }

    private LineArbitrator arbitrator(final MoldUdp64MessageHandler handler, final long gapTimeoutNs)
        throws IOException {
        return new LineArbitrator(lineA, lineB, handler, clock, new MoldUdp64ReceiverConfig().session(SESSION)
            .requestServer(serverChannel.getLocalAddress()).requestChannel(requestChannel)
            .silenceTimeoutNs(100 * MS).gapTimeoutNs(gapTimeoutNs).requestTimeoutNs(50 * MS).listener(listener));
    }

    private void send(final int messages) {
        for (int i = 0; i < messages; i++) {
            sequence++;
            assertEquals(sequence, sender.offer(message, 0, TestMessages.write(message, 0, sequence)));
        }
    }

    private void cycle(final LineArbitrator arbitrator, final long stepNs) throws IOException {
        clock.advance(stepNs);
        sender.doWork();
        proxyA.poll();
        proxyB.poll();
        arbitrator.poll(64);
        server.poll(64);
        arbitrator.poll(64);
    }

    @Test
    void shouldFillEveryGapFromTheOtherLineWithoutReRequests() throws IOException {
        proxyA.drop(i -> i % 4 == 0);
        proxyB.drop(i -> i % 4 == 2).duplicate(i -> i % 9 == 1);
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 10 * MS);
        for (int i = 0; i < 400; i++) {
            send(60);
            cycle(arbitrator, 0);
        }
        sender.flush();
        cycle(arbitrator, 0);

        final long messages = sequence;
        assertEquals(messages, checker.count, "every message");
        assertEquals(0, checker.violations, "once, in order, intact");
        assertEquals(0, arbitrator.requestsSent(), "the union of the lines covers everything");
        assertEquals(0, arbitrator.gapsDetected());
        assertTrue(proxyA.droppedPackets > 50 && proxyB.droppedPackets > 50);
        assertEquals(proxyA.droppedPackets, arbitrator.gapsFilledFromOtherLine(LINE_A));
        assertEquals(proxyB.droppedPackets, arbitrator.gapsFilledFromOtherLine(LINE_B));
        assertEquals(messages, arbitrator.messagesDeliveredFirst(LINE_A) + arbitrator.messagesDeliveredFirst(LINE_B));
        final long arrivals = 2 * messages - proxyA.droppedMessages - proxyB.droppedMessages
            + proxyB.duplicatedMessages;
        assertEquals(arrivals - messages, arbitrator.duplicates(LINE_A) + arbitrator.duplicates(LINE_B),
            "every copy after the first is a duplicate");
        assertTrue(arbitrator.duplicates(LINE_A) > 0 && arbitrator.duplicates(LINE_B) > 0);
        assertEquals(proxyA.forwardedPackets, arbitrator.packets(LINE_A));
        assertEquals(proxyB.forwardedPackets, arbitrator.packets(LINE_B));
        assertEquals(List.of(), events);
        assertEquals(0, arbitrator.errors().total());
    }

    @Test
    void shouldReRequestOnlyWhatNeitherLineHas() throws IOException {
        proxyA.drop(i -> i % 5 == 0);
        proxyB.drop(i -> i % 7 == 0);
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 10 * MS);
        for (int i = 0; i < 300; i++) {
            send(60);
            cycle(arbitrator, MS);
        }
        sender.endOfSession();
        for (int i = 0; i < 100 && !arbitrator.isEndOfSession(); i++) {
            cycle(arbitrator, MS);
        }

        assertEquals(proxyA.dataPackets, proxyB.dataPackets);
        final long both = (proxyA.dataPackets + 34) / 35;
        assertEquals(sequence, checker.count);
        assertEquals(0, checker.violations);
        assertTrue(arbitrator.isEndOfSession());
        assertEquals(both, arbitrator.gapsDetected(), "gaps on both lines");
        assertEquals(both, arbitrator.requestsSent(), "one request per packet lost on both lines");
        assertEquals(0, arbitrator.requestRetries());
        assertEquals(proxyA.droppedPackets - both, arbitrator.gapsFilledFromOtherLine(LINE_A));
        assertEquals(proxyB.droppedPackets - both, arbitrator.gapsFilledFromOtherLine(LINE_B));
        assertEquals(both, arbitrator.packets(LineArbitrator.RETRANSMISSION));
        assertEquals(sequence, arbitrator.messagesDeliveredFirst(LINE_A) + arbitrator.messagesDeliveredFirst(LINE_B)
            + arbitrator.messagesDeliveredFirst(LineArbitrator.RETRANSMISSION));
    }

    @Test
    void shouldFailOverWhenALineGoesSilentAndRecoverWhenItReturns() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 1_000 * MS);
        for (int i = 0; i < 10; i++) {
            send(10);
            cycle(arbitrator, 10 * MS);
        }
        final long lastOnBNs = clock.nanoTime();
        assertTrue(arbitrator.isLineUp(LINE_B));

        proxyB.silent(true);
        final long lostOnA = proxyA.forwardedPackets;
        proxyA.drop(i -> i == lostOnA);
        int cycles = 0;
        while (events.isEmpty() && cycles++ < 50) {
            send(10);
            cycle(arbitrator, 10 * MS);
            if (events.isEmpty()) {
                assertEquals(0, arbitrator.requestsSent(), "line B may still fill A's gap until it is down");
            }
        }
        assertEquals(List.of("down B @" + (lastOnBNs + 110 * MS) / MS), events,
            "detected on the first check after 100 ms of silence");
        assertTrue(clock.nanoTime() - lastOnBNs <= 100 * MS + 10 * MS, "within the silence window plus one step");
        assertFalse(arbitrator.isLineUp(LINE_B));
        assertEquals(1, arbitrator.requestsSent(), "failed over: A's gap re-requested at once, not after 1 s");
        assertFalse(arbitrator.hasGap());

        for (int i = 0; i < 5; i++) {
            send(10);
            cycle(arbitrator, 10 * MS);
        }
        proxyB.silent(false);
        for (int i = 0; i < 5; i++) {
            send(10);
            cycle(arbitrator, 10 * MS);
        }
        sender.flush();
        cycle(arbitrator, 10 * MS);

        assertEquals(2, events.size());
        assertTrue(events.get(1).startsWith("up B"), events.toString());
        assertTrue(arbitrator.isLineUp(LINE_B));
        assertEquals(1, arbitrator.lineDownEvents(LINE_B));
        assertEquals(1, arbitrator.lineUpEvents(LINE_B));
        assertEquals(0, arbitrator.lineDownEvents(LINE_A));
        assertEquals(0, arbitrator.lineUpEvents(LINE_A));
        assertEquals(1, arbitrator.errors().count(WireError.HEARTBEAT_TIMEOUT));
        assertEquals(sequence, checker.count);
        assertEquals(0, checker.violations);
    }

    @Test
    void shouldNotDeclareALineDownWhileTheWholeFeedIsQuiet() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 10 * MS);
        send(10);
        cycle(arbitrator, MS);
        for (int i = 0; i < 10; i++) {
            clock.advance(100 * MS);
            arbitrator.poll(64);
        }
        assertEquals(List.of(), events);
        assertTrue(arbitrator.isLineUp(LINE_A) && arbitrator.isLineUp(LINE_B));
        assertEquals(10, checker.count);
    }

    @Test
    void shouldWaitForALateLineBeforeReRequesting() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 10 * MS);
        proxyA.drop(i -> i == 1);
        send(10);
        sender.flush();
        send(10);
        sender.flush();
        send(10);
        sender.flush();
        proxyA.poll();
        arbitrator.poll(64);
        assertEquals(10, checker.count, "A delivered its first packet and holds the third");
        assertTrue(arbitrator.hasGap());
        assertEquals(0, arbitrator.gapsDetected(), "B has not passed the gap yet");

        clock.advance(9 * MS);
        arbitrator.poll(64);
        assertEquals(0, arbitrator.requestsSent());
        proxyB.poll();
        arbitrator.poll(64);
        assertEquals(30, checker.count, "B filled it");
        assertEquals(0, arbitrator.requestsSent());
        assertEquals(1, arbitrator.gapsFilledFromOtherLine(LINE_A));
        assertEquals(20, arbitrator.messagesDeliveredFirst(LINE_A));
        assertEquals(10, arbitrator.messagesDeliveredFirst(LINE_B));
        assertEquals(20, arbitrator.duplicates(LINE_B));
    }

    @Test
    void shouldReRequestAfterTheGapTimeoutWhenTheOtherLineIsLate() throws IOException {
        final TestMessages.Checker checker = new TestMessages.Checker(1);
        final LineArbitrator arbitrator = arbitrator(checker, 10 * MS);
        proxyA.drop(i -> i == 1);
        for (int i = 0; i < 3; i++) {
            send(10);
            sender.flush();
        }
        proxyA.poll();
        arbitrator.poll(64);
        clock.advance(10 * MS);
        arbitrator.poll(64);
        assertEquals(1, arbitrator.gapsDetected());
        assertEquals(1, arbitrator.requestsSent());
        server.poll(64);
        arbitrator.poll(64);
        assertEquals(30, checker.count);
        proxyB.poll();
        arbitrator.poll(64);
        assertEquals(30, checker.count);
        assertEquals(30, arbitrator.duplicates(LINE_B));
        assertEquals(0, arbitrator.gapsFilledFromOtherLine(LINE_A), "filled by the retransmission");
    }
}
