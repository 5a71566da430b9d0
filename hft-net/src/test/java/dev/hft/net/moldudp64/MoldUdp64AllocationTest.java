package dev.hft.net.moldudp64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The receive path allocates nothing in steady state: only the receiver's or arbitrator's {@code poll} is measured
 * (with the JVM's per-thread allocation counter, after a warm-up), while the sender, proxies and re-request server
 * that feed it run outside the measured intervals on the same thread.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MoldUdp64AllocationTest {
    private static final String SESSION = "ALLOC";
    private static final long MS = 1_000_000L;
    private static final int WARM_UP_ROUNDS = 3_000;
    private static final int MEASURED_ROUNDS = 1_000;
    private static final int BLOCKS = 4;
    private static final int MESSAGES_PER_ROUND = 60;

    private final com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final ManualClock clock = new ManualClock();
    private final MoldUdp64MessageStore store = new MoldUdp64MessageStore(64 << 20, 1 << 22);
    private final UnsafeBuffer message = new UnsafeBuffer(new byte[64]);
    private final TestMessages.Checker checker = new TestMessages.Checker(1);
    private DatagramChannel lineA;
    private DatagramChannel lineB;
    private DatagramChannel senderChannel;
    private DatagramChannel serverChannel;
    private MoldUdp64RequestServer server;
    private long sequence;
    private long allocated;
    private final long[] blocks = new long[BLOCKS];

    /** Closes the previous measured block (if any) and opens the next at the block boundaries after warm-up. */
    private void startBlock(final int round) {
        if (round >= WARM_UP_ROUNDS && (round - WARM_UP_ROUNDS) % MEASURED_ROUNDS == 0) {
            final int block = (round - WARM_UP_ROUNDS) / MEASURED_ROUNDS;
            if (block > 0) {
                blocks[block - 1] = allocated;
            }
            allocated = 0;
        }
    }

    /**
     * The fewest bytes allocated in one measured block of {@link #MEASURED_ROUNDS} rounds (the blocks are printed):
     * a whole block of zero proves the steady state allocates nothing, while a one-off JIT event that lands in
     * another block does not fail the test. Such events were seen under C2 only (never with C1 alone): tens to ~1.4 KB
     * once per run, at the moment this harness's own {@code measuredPoll} was recompiled.
     */
    private long leastPerBlock(final String what) {
        blocks[BLOCKS - 1] = allocated;
        final long overhead = baseline();
        long least = Long.MAX_VALUE;
        for (final long block : blocks) {
            least = Math.min(least, Math.max(0, block - overhead));
        }
        System.out.println(what + ": bytes allocated per block of " + MEASURED_ROUNDS + " rounds: "
            + java.util.Arrays.toString(blocks));
        return least;
    }

    @BeforeEach
    void open() throws IOException {
        lineA = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        lineB = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        senderChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        serverChannel = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0));
        server = new MoldUdp64RequestServer(serverChannel, SESSION, store,
            new WireErrorCounters("request-server", WireErrorListener.NO_OP), MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
    }

    @AfterEach
    void close() throws IOException {
        lineA.close();
        lineB.close();
        senderChannel.close();
        serverChannel.close();
    }

    private MoldUdp64ReceiverConfig config() throws IOException {
        return new MoldUdp64ReceiverConfig().session(SESSION).requestServer(serverChannel.getLocalAddress())
            .requestTimeoutNs(20 * MS);
    }

    private MoldUdp64Sender sender(final SocketAddress... destinations) {
        return new MoldUdp64Sender(senderChannel, destinations, SESSION, store, clock, 5 * MS,
            MoldUdp64.DEFAULT_MAX_PACKET_LENGTH);
    }

    private void offer(final MoldUdp64Sender sender) {
        for (int i = 0; i < MESSAGES_PER_ROUND; i++) {
            sequence++;
            sender.offer(message, 0, TestMessages.write(message, 0, sequence));
        }
        sender.flush();
    }

    /** Polls until the checker has every message offered so far (bounded), counting what the polls allocate. */
    private void measuredPoll(final Poller poller, final Runnable between) {
        for (int i = 0; i < 1_000 && checker.count < sequence; i++) {
            final long before = threads.getCurrentThreadAllocatedBytes();
            poller.poll();
            final long after = threads.getCurrentThreadAllocatedBytes();
            allocated += after - before;
            between.run();
        }
    }

    private long baseline() {
        long overhead = 0;
        for (int i = 0; i < 1_000; i++) {
            final long before = threads.getCurrentThreadAllocatedBytes();
            final long after = threads.getCurrentThreadAllocatedBytes();
            overhead += after - before;
        }
        return overhead;
    }

    @FunctionalInterface
    private interface Poller {
        int poll();
    }

    @Test
    void shouldReceiveInOrderPacketsWithoutAllocating() throws IOException {
        final MoldUdp64Sender sender = sender(lineA.getLocalAddress());
        final MoldUdp64Receiver receiver = new MoldUdp64Receiver(lineA, checker, clock, config());
        for (int round = 0; round < WARM_UP_ROUNDS + BLOCKS * MEASURED_ROUNDS; round++) {
            startBlock(round);
            offer(sender);
            measuredPoll(() -> receiver.poll(64), () -> { });
        }
        assertEquals(sequence, checker.count);
        assertEquals(0, checker.violations);
        assertEquals(0, leastPerBlock("in order"), "bytes allocated by MoldUdp64Receiver.poll");
    }

    @Test
    void shouldRecoverGapsWithoutAllocatingGivenADedicatedRequestChannel() throws IOException {
        try (LossyProxy proxy = new LossyProxy(lineA.getLocalAddress());
            DatagramChannel requests = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0))) {
            proxy.drop(i -> i % 5 == 2).swap(i -> i % 7 == 3);
            final MoldUdp64Sender sender = sender(proxy.address());
            final MoldUdp64Receiver receiver =
                new MoldUdp64Receiver(lineA, checker, clock, config().requestChannel(requests));
            final Runnable serve = () -> {
                clock.advance(MS);
                sender.doWork();
                poll(proxy);
                server.poll(64);
            };
            for (int round = 0; round < WARM_UP_ROUNDS + BLOCKS * MEASURED_ROUNDS; round++) {
                startBlock(round);
                offer(sender);
                poll(proxy);
                measuredPoll(() -> receiver.poll(64), serve);
            }
            assertEquals(sequence, checker.count);
            assertEquals(0, checker.violations);
            assertTrue(receiver.requestsSent() > MEASURED_ROUNDS, "requests: " + receiver.requestsSent());
            assertTrue(receiver.packetsHeld() > 0);
            assertEquals(0, leastPerBlock("gaps"), "bytes allocated by MoldUdp64Receiver.poll");
        }
    }

    @Test
    void shouldArbitrateWithoutAllocating() throws IOException {
        try (LossyProxy proxyA = new LossyProxy(lineA.getLocalAddress());
            LossyProxy proxyB = new LossyProxy(lineB.getLocalAddress());
            DatagramChannel requests = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0))) {
            proxyA.drop(i -> i % 4 == 0);
            proxyB.drop(i -> i % 6 == 0);
            final MoldUdp64Sender sender = sender(proxyA.address(), proxyB.address());
            final LineArbitrator arbitrator =
                new LineArbitrator(lineA, lineB, checker, clock, config().requestChannel(requests));
            for (int round = 0; round < WARM_UP_ROUNDS + BLOCKS * MEASURED_ROUNDS; round++) {
                startBlock(round);
                offer(sender);
                poll(proxyA);
                poll(proxyB);
                measuredPoll(() -> arbitrator.poll(64), () -> {
                    clock.advance(MS);
                    server.poll(64);
                });
            }
            assertEquals(sequence, checker.count);
            assertEquals(0, checker.violations);
            assertTrue(arbitrator.gapsFilledFromOtherLine(LineArbitrator.LINE_A) > 0);
            assertTrue(arbitrator.requestsSent() > 0, "packets lost on both lines were re-requested");
            assertEquals(0, leastPerBlock("A/B"), "bytes allocated by LineArbitrator.poll");
        }
    }

    private static void poll(final LossyProxy proxy) {
        try {
            proxy.poll();
        } catch (final IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
