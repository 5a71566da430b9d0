package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our initiator against a QuickFIX/J 3.0.0 acceptor over loopback: logon, orders out, execution reports back, a
 * connection dropped mid-stream and our process "restarted" (session rebuilt from its memory-mapped store), QuickFIX/J
 * restarted from its file store: no order lost or duplicated, no execution report lost or duplicated.
 */
@Timeout(300)
class FixSessionInteropTest {
    private static final int ORDERS = 10_000;

    @TempDir
    Path ours;
    @TempDir
    Path theirs;

    /** Records execution reports by ExecID. */
    private static final class Client implements FixSessionListener {
        final Set<String> execIds = new HashSet<>();
        int duplicateReports;
        int possDupReports;
        int logons;

        @Override
        public void onLogon() {
            logons++;
        }

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder message) {
            if (msgType == FixMsgType.EXECUTION_REPORT) {
                if (message.possDup()) {
                    possDupReports++;
                }
                if (!execIds.add(message.getString(FixTags.EXEC_ID).toString())) {
                    duplicateReports++;
                }
            }
        }
    }

    private FixSessionConfig config() {
        return new FixSessionConfig("CLIENT", "VENUE", ours).heartbeatIntervalSeconds(30)
            .reconnectBackoff(50_000_000L, 500_000_000L);
    }

    private static boolean send(final FixInitiator initiator, final int i) {
        final FixEncoder order = initiator.session().claim(FixMsgType.NEW_ORDER_SINGLE);
        if (order == null) {
            return false;
        }
        order.putString(FixTags.CL_ORD_ID, "C" + i).putChar(FixTags.HANDL_INST, '1')
            .putString(FixTags.SYMBOL, "AAPL").putChar(FixTags.SIDE, '1')
            .putTimestamp(FixTags.TRANSACT_TIME, SystemClock.INSTANCE.epochNanos())
            .putLong(FixTags.ORDER_QTY, 100).putChar(FixTags.ORD_TYPE, '2')
            .putPrice(FixTags.PRICE, FixedPoint.parse("187.25"));
        return initiator.session().commit() == Result.OK;
    }

    private static void pollUntil(final FixInitiator initiator, final BooleanSupplier done) {
        final long deadline = System.nanoTime() + 120_000_000_000L;
        while (!done.getAsBoolean()) {
            if (initiator.doWork() == 0) {
                Thread.onSpinWait();
                Thread.yield();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
        }
    }

    @Test
    void shouldExchangeOrdersAndSurviveDisconnectAndRestartsWithoutLossOrDuplicates() throws Exception {
        final int port = QuickfixjVenue.freePort();
        final InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
        final WireErrorCounters errors = new WireErrorCounters("fix", WireErrorListener.NO_OP);
        final Client client = new Client();
        QuickfixjVenue venue = new QuickfixjVenue(theirs, port);
        FixInitiator initiator = new FixInitiator(config(), address, SystemClock.INSTANCE, client, errors);
        try {
            final FixInitiator first = initiator;
            pollUntil(first, () -> first.session().isLoggedOn());
            int next = 0;
            // phase 1: a third of the orders, then our process dies with messages in flight (no Logout)
            while (next < ORDERS / 3) {
                if (send(initiator, next)) {
                    next++;
                }
                initiator.doWork();
            }
            initiator.close();
            initiator = new FixInitiator(config(), address, SystemClock.INSTANCE, client, errors);
            final FixInitiator second = initiator;
            pollUntil(second, () -> second.session().isLoggedOn());
            // phase 2: another third, then QuickFIX/J restarts from its file store
            while (next < 2 * ORDERS / 3) {
                if (send(initiator, next)) {
                    next++;
                }
                initiator.doWork();
            }
            final QuickfixjVenue stopping = venue;
            venue.close();
            venue = new QuickfixjVenue(theirs, port);
            final QuickfixjVenue restarted = venue;
            pollUntil(second, () -> !second.session().isLoggedOn() || restarted.logons.get() > 0);
            // phase 3: the rest, sent whenever the session is logged on again (reconnect with backoff)
            while (next < ORDERS) {
                if (initiator.session().isLoggedOn() && send(initiator, next)) {
                    next++;
                }
                initiator.doWork();
            }
            final Set<String> received = new HashSet<>(stopping.orders);
            received.addAll(restarted.orders);
            pollUntil(second, () -> client.execIds.size() >= ORDERS
                && stopping.orders.size() + restarted.orders.size() >= ORDERS);
            for (int i = 0; i < 200; i++) {
                initiator.doWork();
                Thread.sleep(1);
            }
            received.addAll(stopping.orders);
            received.addAll(restarted.orders);
            System.out.println("interop: client logons " + client.logons + ", possdup reports " + client.possDupReports
                + ", venue possdup orders " + (stopping.possDupOrders.get() + restarted.possDupOrders.get())
                + ", venue orders " + stopping.orders.size() + "+" + restarted.orders.size() + ", " + errors);
            assertEquals(ORDERS, received.size(), "orders at the venue");
            assertEquals(0, stopping.duplicateOrders.get() + restarted.duplicateOrders.get());
            assertEquals(ORDERS, client.execIds.size(), "execution reports at the client");
            assertEquals(0, client.duplicateReports);
            assertTrue(client.logons >= 3, "logons: " + client.logons);
            assertFalse(stopping.orders.stream().anyMatch(restarted.orders::contains), "an order reached both");
        } finally {
            initiator.close();
            venue.close();
        }
    }
}
