package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import dev.hft.timing.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Our initiator against our acceptor, and raw bytes against our acceptor, over loopback. */
@Timeout(120)
class FixSessionTest {
    @TempDir
    Path clientDir;
    @TempDir
    Path venueDir;

    /** Venue side: answers every NewOrderSingle with an ExecutionReport; records what arrives. */
    static final class Venue implements FixSessionListener {
        FixSession session;
        final List<String> events = new ArrayList<>();
        long orders;

        @Override
        public void onLogon() {
            events.add("logon");
        }

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder message) {
            orders++;
            final FixEncoder report = session.claim(FixMsgType.EXECUTION_REPORT);
            report.putString(FixTags.ORDER_ID, "O").putBytes(FixTags.CL_ORD_ID, message.buffer(),
                message.valueOffset(message.fieldIndex(FixTags.CL_ORD_ID)),
                message.valueLength(message.fieldIndex(FixTags.CL_ORD_ID)))
                .putString(FixTags.EXEC_ID, "E").putChar(FixTags.EXEC_TYPE, 'F').putChar(FixTags.ORD_STATUS, '2')
                .putString(FixTags.SYMBOL, "AAPL").putChar(FixTags.SIDE, '1').putLong(FixTags.LEAVES_QTY, 0)
                .putLong(FixTags.CUM_QTY, 100).putPrice(FixTags.AVG_PX, message.getPrice(FixTags.PRICE));
            session.commit();
        }

        @Override
        public void onReject(final int refSeqNum, final FixSessionRejectReason reason) {
            events.add("reject " + refSeqNum + ": " + reason);
        }

        @Override
        public void onDisconnected(final FixDisconnectReason reason) {
            events.add("disconnected: " + reason);
        }
    }

    /** Client side: counts execution reports, sums their prices. */
    static final class Client implements FixSessionListener {
        long reports;
        long priceSum;
        final List<String> events = new ArrayList<>();

        @Override
        public void onLogon() {
            events.add("logon");
        }

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder message) {
            reports++;
            priceSum += message.getPrice(FixTags.AVG_PX);
        }

        @Override
        public void onDisconnected(final FixDisconnectReason reason) {
            events.add("disconnected: " + reason);
        }
    }

    private static void pollUntil(final FixAcceptor acceptor, final FixInitiator initiator,
        final BooleanSupplier done) {
        final long deadline = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean()) {
            final int work = acceptor.doWork() + (initiator == null ? 0 : initiator.doWork());
            if (work == 0) {
                Thread.yield();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
        }
    }

    private static int sendOrder(final FixSession session, final long price) {
        final FixEncoder order = session.claim(FixMsgType.NEW_ORDER_SINGLE);
        if (order == null) {
            return session.commit();
        }
        order.putString(FixTags.CL_ORD_ID, "C1").putString(FixTags.SYMBOL, "AAPL").putChar(FixTags.SIDE, '1')
            .putTimestamp(FixTags.TRANSACT_TIME, 1_700_000_000_000_000_000L).putLong(FixTags.ORDER_QTY, 100)
            .putChar(FixTags.ORD_TYPE, '2').putPrice(FixTags.PRICE, price);
        return session.commit();
    }

    private FixAcceptor acceptor(final Venue venue, final ManualClock clock) {
        final FixAcceptor acceptor = new FixAcceptor(new FixSessionConfig("VENUE", "CLIENT", venueDir)
            .credentials("trader", "s3cret"), new InetSocketAddress("127.0.0.1", 0),
            clock == null ? SystemClock.INSTANCE : clock, venue,
            new WireErrorCounters("venue", WireErrorListener.NO_OP));
        venue.session = acceptor.session();
        return acceptor;
    }

    private FixInitiator initiator(final int port, final Client client, final ManualClock clock, final String pw) {
        return new FixInitiator(new FixSessionConfig("CLIENT", "VENUE", clientDir).credentials("trader", pw)
            .heartbeatIntervalSeconds(30), new InetSocketAddress("127.0.0.1", port),
            clock == null ? SystemClock.INSTANCE : clock, client, new WireErrorCounters("client",
            WireErrorListener.NO_OP));
    }

    @Test
    void shouldTradeLogoutAndResumeSequenceNumbersAfterRestart() {
        final Venue venue = new Venue();
        final Client client = new Client();
        FixAcceptor acceptor = acceptor(venue, null);
        FixInitiator initiator = initiator(acceptor.port(), client, null, "s3cret");
        assertEquals(Result.NOT_CONNECTED, sendOrder(initiator.session(), FixedPoint.SCALE));
        final FixInitiator first = initiator;
        pollUntil(acceptor, initiator, () -> first.session().isLoggedOn());
        for (int i = 1; i <= 10; i++) {
            assertEquals(Result.OK, sendOrder(initiator.session(), i * FixedPoint.SCALE));
        }
        pollUntil(acceptor, initiator, () -> client.reports == 10);
        assertEquals(55 * FixedPoint.SCALE, client.priceSum);
        initiator.logout(null);
        final FixAcceptor venueSide = acceptor;
        pollUntil(acceptor, initiator, () -> !first.session().isConnected() && !venueSide.session().isConnected());
        assertEquals(List.of("logon", "disconnected: " + FixDisconnectReason.LOGOUT), client.events);
        final int nextClientSeq = initiator.session().nextSenderSeqNum();
        assertEquals(13, nextClientSeq); // Logon, 10 orders, Logout
        initiator.close();
        acceptor.close();

        acceptor = acceptor(venue, null);
        initiator = initiator(acceptor.port(), client, null, "s3cret");
        assertEquals(nextClientSeq, initiator.session().nextSenderSeqNum());
        final FixInitiator second = initiator;
        pollUntil(acceptor, initiator, () -> second.session().isLoggedOn());
        assertEquals(Result.OK, sendOrder(initiator.session(), FixedPoint.SCALE));
        pollUntil(acceptor, initiator, () -> client.reports == 11);
        assertEquals(0, initiator.session().errors().total() + acceptor.session().errors().total());
        initiator.close();
        acceptor.close();
    }

    @Test
    void shouldNotAllocateInSteadyState() {
        final Venue venue = new Venue();
        final Client client = new Client();
        final FixAcceptor acceptor = acceptor(venue, null);
        final FixInitiator initiator = initiator(acceptor.port(), client, null, "s3cret");
        try {
            pollUntil(acceptor, initiator, () -> initiator.session().isLoggedOn() && acceptor.session().isLoggedOn());
            final FixSession session = initiator.session();
            final Runnable roundTrips = () -> {
                for (int i = 0; i < 5_000; i++) {
                    final long want = client.reports + 1;
                    if (sendOrder(session, FixedPoint.SCALE) != Result.OK) {
                        throw new AssertionError("not sent");
                    }
                    while (client.reports < want) {
                        acceptor.doWork();
                        initiator.doWork();
                    }
                }
            };
            assertEquals(0, AllocationMeter.steadyStateBytes(roundTrips, 4, 5));
            assertEquals(0, session.errors().total() + acceptor.session().errors().total());
        } finally {
            initiator.close();
            acceptor.close();
        }
    }

    @Test
    void shouldRefuseWrongCredentials() {
        final Venue venue = new Venue();
        final Client client = new Client();
        final FixAcceptor acceptor = acceptor(venue, null);
        final FixInitiator initiator = initiator(acceptor.port(), client, null, "wrong");
        pollUntil(acceptor, initiator, () -> client.events.size() >= 1);
        assertFalse(initiator.session().isLoggedOn());
        assertEquals(1, acceptor.session().errors().count(WireError.REQUEST_FAILED));
        assertFalse(venue.events.contains("logon"));
        initiator.close();
        acceptor.close();
    }

    @Test
    void shouldHeartbeatTestRequestAndTimeOutOnTheInjectedClock() {
        final ManualClock clock = new ManualClock(0, Instant.parse("2026-11-21T12:00:00Z").toEpochMilli() * 1_000_000L);
        final Venue venue = new Venue();
        final Client client = new Client();
        final FixAcceptor acceptor = acceptor(venue, clock);
        final FixInitiator initiator = initiator(acceptor.port(), client, clock, "s3cret");
        pollUntil(acceptor, initiator, () -> initiator.session().isLoggedOn() && acceptor.session().isLoggedOn());
        final int clientSeq = initiator.session().nextSenderSeqNum();
        final int venueSeq = acceptor.session().nextSenderSeqNum();
        clock.advance(0);
        clock.epochNanos(clock.epochNanos() + 31_000_000_000L);
        pollUntil(acceptor, initiator, () -> initiator.session().nextSenderSeqNum() == clientSeq + 1
            && acceptor.session().nextSenderSeqNum() == venueSeq + 1
            && acceptor.session().nextTargetSeqNum() == clientSeq + 1);
        // the venue goes silent: the client sends a TestRequest after 1.2 heartbeats, gives up after 2.2
        clock.epochNanos(clock.epochNanos() + 37_000_000_000L);
        pollUntil(acceptor, initiator, () -> initiator.session().nextSenderSeqNum() == clientSeq + 2);
        clock.epochNanos(clock.epochNanos() + 70_000_000_000L);
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (initiator.session().isConnected() && System.nanoTime() < deadline) {
            initiator.doWork();
        }
        assertFalse(initiator.session().isConnected());
        assertEquals(1, initiator.session().errors().count(WireError.HEARTBEAT_TIMEOUT));
        assertEquals("disconnected: " + FixDisconnectReason.HEARTBEAT_TIMEOUT, client.events.get(1));
        initiator.close();
        acceptor.close();
    }

    @Test
    void shouldIgnoreGarbledRejectInvalidAndResendOnGapFromARawCounterparty() throws Exception {
        final Venue venue = new Venue();
        final FixAcceptor acceptor = new FixAcceptor(new FixSessionConfig("VENUE", "CLIENT", venueDir),
            new InetSocketAddress("127.0.0.1", 0), SystemClock.INSTANCE, venue,
            new WireErrorCounters("venue", WireErrorListener.NO_OP));
        venue.session = acceptor.session();
        try (Socket socket = new Socket("127.0.0.1", acceptor.port())) {
            socket.setSoTimeout(10_000);
            final OutputStream out = socket.getOutputStream();
            final InputStream in = socket.getInputStream();
            final Runnable poll = () -> acceptor.doWork();
            send(out, "35=A|49=CLIENT|56=VENUE|34=1|52=" + now() + "|98=0|108=30|");
            assertTrue(receive(in, poll).startsWith("8=FIX.4.4|9=") && last.contains("|35=A|"), last);
            // bad checksum: ignored, sequence number not consumed
            final String bad = FixTestMessages.complete("35=0|49=CLIENT|56=VENUE|34=2|52=" + now() + "|");
            out.write(bad.substring(0, bad.length() - 4).concat("000\u0001").getBytes(StandardCharsets.US_ASCII));
            // invalid tag: rejected, consumed
            send(out, "35=0|49=CLIENT|56=VENUE|34=2|52=" + now() + "|999=X|");
            receive(in, poll);
            assertTrue(last.contains("|35=3|") && last.contains("|45=2|") && last.contains("|371=999|")
                && last.contains("|373=0|"), last);
            // gap: 3 missing, 4 arrives -> ResendRequest 7=3
            send(out, "35=0|49=CLIENT|56=VENUE|34=4|52=" + now() + "|");
            receive(in, poll);
            assertTrue(last.contains("|35=2|") && last.contains("|7=3|") && last.contains("|16=0|"), last);
            // gap fill 3 -> 4; the queued 4 is processed; a TestRequest 5 is answered
            send(out, "35=4|49=CLIENT|56=VENUE|34=3|52=" + now() + "|43=Y|122=" + now() + "|123=Y|36=4|");
            send(out, "35=1|49=CLIENT|56=VENUE|34=5|52=" + now() + "|112=PING|");
            receive(in, poll);
            assertTrue(last.contains("|35=0|") && last.contains("|112=PING|"), last);
            assertEquals(6, acceptor.session().nextTargetSeqNum());
            // the counterparty rejects our message 2 (SessionRejectReason 5), then one without a reason and one with
            // a value FIX 4.4 does not define: reported as the enum, no answer
            send(out, "35=3|49=CLIENT|56=VENUE|34=6|52=" + now() + "|45=2|373=5|");
            send(out, "35=3|49=CLIENT|56=VENUE|34=7|52=" + now() + "|45=3|");
            send(out, "35=3|49=CLIENT|56=VENUE|34=8|52=" + now() + "|45=4|373=42|");
            final long deadline = System.nanoTime() + 10_000_000_000L;
            while (venue.events.size() < 3 && System.nanoTime() < deadline) {
                acceptor.doWork();
            }
            assertEquals(List.of("logon", "reject 2: " + FixSessionRejectReason.VALUE_IS_INCORRECT,
                "reject 3: " + FixSessionRejectReason.NONE, "reject 4: " + FixSessionRejectReason.OTHER), venue.events);
            assertEquals(9, acceptor.session().nextTargetSeqNum());
            // too low without PossDup: Logout
            send(out, "35=0|49=CLIENT|56=VENUE|34=2|52=" + now() + "|");
            receive(in, poll);
            assertTrue(last.contains("|35=5|") && last.contains("MsgSeqNum too low"), last);
            assertEquals(1, acceptor.session().errors().count(WireError.BAD_LENGTH));
        } finally {
            acceptor.close();
        }
    }

    private String last;

    private static String now() {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[32]);
        FixTimestamps.putMillis(buffer, 0, SystemClock.INSTANCE.epochNanos());
        return FixTestMessages.string(buffer, 0, FixTimestamps.MILLIS_LENGTH);
    }

    private static void send(final OutputStream out, final String body) throws Exception {
        out.write(FixTestMessages.complete(body).getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private String receive(final InputStream in, final Runnable poll) throws Exception {
        final FixFramer framer = new FixFramer(8192, 4096);
        final byte[] chunk = new byte[1];
        final long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            poll.run();
            if (in.available() > 0) {
                final int n = in.read(chunk);
                framer.append(new UnsafeBuffer(chunk), 0, n);
                if (framer.next() == FixFramer.MESSAGE) {
                    last = FixTestMessages.piped(FixTestMessages.string(framer.buffer(), framer.messageOffset(),
                        framer.messageLength()));
                    return last;
                }
            }
        }
        last = null;
        assertNull(last, "no message");
        return null;
    }
}
