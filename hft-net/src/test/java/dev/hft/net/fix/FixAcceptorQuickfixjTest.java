package dev.hft.net.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.timing.SystemClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.ClOrdID;
import quickfix.field.HandlInst;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;

/** A QuickFIX/J 3.0.0 SocketInitiator (with credentials) against our acceptor: logon, 1,000 orders, fills back. */
@Timeout(120)
class FixAcceptorQuickfixjTest {
    private static final int ORDERS = 1_000;

    @TempDir
    Path venueDir;

    /** QuickFIX/J client: sends the orders on logon, counts execution reports by ClOrdID. */
    static final class QuickfixjClient implements Application {
        final Set<String> reports = ConcurrentHashMap.newKeySet();
        final AtomicInteger logons = new AtomicInteger();

        @Override
        public void onCreate(final SessionID sessionId) {
        }

        @Override
        public void onLogon(final SessionID sessionId) {
            if (logons.incrementAndGet() > 1) {
                return;
            }
            for (int i = 0; i < ORDERS; i++) {
                final NewOrderSingle order = new NewOrderSingle(new ClOrdID("Q" + i), new Side(Side.BUY),
                    new TransactTime(LocalDateTime.now()), new OrdType(OrdType.LIMIT));
                order.set(new HandlInst('1'));
                order.set(new Symbol("AAPL"));
                order.set(new OrderQty(100));
                order.set(new Price(187.25));
                try {
                    Session.sendToTarget(order, sessionId);
                } catch (final Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void onLogout(final SessionID sessionId) {
        }

        @Override
        public void toAdmin(final Message message, final SessionID sessionId) {
            try {
                if (message.getHeader().getString(MsgType.FIELD).equals(MsgType.LOGON)) {
                    message.setString(553, "trader");
                    message.setString(554, "s3cret");
                }
            } catch (final Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void fromAdmin(final Message message, final SessionID sessionId) {
        }

        @Override
        public void toApp(final Message message, final SessionID sessionId) {
        }

        @Override
        public void fromApp(final Message message, final SessionID sessionId) {
            try {
                reports.add(message.getString(ClOrdID.FIELD));
            } catch (final Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void shouldServeAQuickfixjInitiator() throws Exception {
        final FixSessionTest.Venue venue = new FixSessionTest.Venue();
        final FixAcceptor acceptor = new FixAcceptor(new FixSessionConfig("VENUE", "CLIENT", venueDir)
            .credentials("trader", "s3cret"), new InetSocketAddress("127.0.0.1", 0), SystemClock.INSTANCE, venue,
            new WireErrorCounters("venue", WireErrorListener.NO_OP));
        venue.session = acceptor.session();
        final String settings = "[DEFAULT]\nConnectionType=initiator\nSocketConnectHost=127.0.0.1\n"
            + "SocketConnectPort=" + acceptor.port() + "\nStartTime=00:00:00\nEndTime=00:00:00\nHeartBtInt=30\n"
            + "ReconnectInterval=1\nUseDataDictionary=Y\nDataDictionary=FIX44.xml\nSocketTcpNoDelay=Y\n"
            + "[SESSION]\nBeginString=FIX.4.4\nSenderCompID=CLIENT\nTargetCompID=VENUE\n";
        final SessionSettings sessionSettings = new SessionSettings(
            new ByteArrayInputStream(settings.getBytes(StandardCharsets.US_ASCII)));
        final QuickfixjClient client = new QuickfixjClient();
        final SocketInitiator initiator = new SocketInitiator(client, new MemoryStoreFactory(), sessionSettings,
            new SLF4JLogFactory(sessionSettings), new DefaultMessageFactory());
        initiator.start();
        try {
            final long deadline = System.nanoTime() + 60_000_000_000L;
            while (client.reports.size() < ORDERS && System.nanoTime() < deadline) {
                if (acceptor.doWork() == 0) {
                    Thread.yield();
                }
            }
            assertEquals(ORDERS, client.reports.size());
            assertEquals(ORDERS, venue.orders);
            assertEquals(1, client.logons.get());
            assertEquals(0, acceptor.session().errors().total());
        } finally {
            initiator.stop(true);
            acceptor.close();
        }
    }
}
