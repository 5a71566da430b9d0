package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.Loopback.pollUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;

import dev.hft.api.Result;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The steady-state receive and send paths of both sides allocate nothing: a client sends unsequenced messages, the
 * server's listener echoes each as a sequenced message, the client receives it, heartbeats flow on the side; all on
 * this thread over loopback, measured with the JVM's per-thread allocation counter after a warm-up.
 */
@Timeout(120)
class SoupBinTcpAllocationTest {
    /** Enough round trips for C2 to settle: with 20,000 a one-off 240 B showed up in the first measured batch. */
    private static final int WARM_UP = 60_000;
    private static final int MEASURED = 50_000;
    private static final int MEASURED_RUNS = 3;
    private static final long TICK_NS = 100_000L; // 0.1 ms a round trip: a heartbeat every 10,000


    /** Counts without boxing or allocating. */
    private static final class Echo implements SoupBinTcpServerListener, SoupBinTcpClientListener {
        SoupBinTcpServer server;
        long unsequenced;
        long sequenced;
        long lastSequenceNumber;
        long lastValue;
        long disconnects;

        @Override
        public void onConnected(final int connectionId) {
        }

        @Override
        public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
        }

        @Override
        public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
            final int length) {
            unsequenced++;
            if (server.trySendSequenced(buffer, offset, length) != Result.OK) {
                throw new AssertionError("echo refused");
            }
        }

        @Override
        public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
            disconnects++;
        }

        @Override
        public void onLoginAccepted(final long sequenceNumber) {
        }

        @Override
        public void onLoginRejected(final byte rejectReasonCode) {
            disconnects++;
        }

        @Override
        public void onSequencedMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            sequenced++;
            lastSequenceNumber = sequenceNumber;
            lastValue = buffer.getLong(offset, ByteOrder.BIG_ENDIAN);
        }

        @Override
        public void onEndOfSession() {
            disconnects++;
        }

        @Override
        public void onDisconnected(final SoupBinTcpDisconnectReason reason) {
            disconnects++;
        }
    }

    @Test
    void shouldSendAndReceiveWithoutAllocating() throws IOException {
        final ManualClock clock = new ManualClock();
        final Echo echo = new Echo();
        final SoupBinTcpMessageStore store =
            new SoupBinTcpMessageStore(16 << 20, WARM_UP + MEASURED_RUNS * MEASURED + 10);
        try (SoupBinTcpServer server = new SoupBinTcpServer("ALLOC", new SoupBinTcpConfig(), 2, store, clock,
            SoupBinTcpSessionTest.AUTHENTICATOR, echo, WireErrorListener.NO_OP);
            SoupBinTcpClient client = new SoupBinTcpClient(new SoupBinTcpConfig(), clock, echo,
                WireErrorListener.NO_OP)) {
            echo.server = server;
            server.bind(Loopback.anyPort());
            client.login("alice", "s3cret", "", 1);
            client.connect(server.localAddress());
            pollUntil("login", client::isLoggedIn, client::poll, server::poll);

            final UnsafeBuffer message = new UnsafeBuffer(new byte[32]);
            final long[] value = {0};
            final Runnable roundTrips = () -> {
                final long end = value[0] + (value[0] == 0 ? WARM_UP : MEASURED);
                while (value[0] < end) {
                    final long v = ++value[0];
                    message.putLong(0, v, ByteOrder.BIG_ENDIAN);
                    while (client.trySendUnsequenced(message, 0, 32) != Result.OK) {
                        client.poll();
                        server.poll();
                    }
                    while (echo.lastValue != v) {
                        server.poll();
                        client.poll();
                    }
                    clock.advance(TICK_NS);
                }
            };

            roundTrips.run(); // the first run is the warm-up
            final long allocated = AllocationMeter.steadyStateBytes(roundTrips, 0, MEASURED_RUNS);

            assertEquals(0, (echo.sequenced - WARM_UP) % MEASURED, "every measured run completed");
            assertEquals(echo.sequenced, echo.lastSequenceNumber);
            assertEquals(0, echo.disconnects);
            assertEquals(0, client.errors().total() + server.errors().total());
            assertEquals(0, allocated, "bytes allocated by " + MEASURED + " round trips");
        }
    }
}
