package dev.hft.net.fix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import quickfix.Application;
import quickfix.DefaultMessageFactory;
import quickfix.FileStoreFactory;
import quickfix.Message;
import quickfix.MessageStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.PossDupFlag;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.fix44.ExecutionReport;

/** A QuickFIX/J 3.0.0 acceptor (SocketAcceptor, file store) filling every NewOrderSingle with one ExecutionReport. */
final class QuickfixjVenue implements Application, AutoCloseable {
    final Set<String> orders = ConcurrentHashMap.newKeySet();
    final AtomicInteger duplicateOrders = new AtomicInteger();
    final AtomicInteger possDupOrders = new AtomicInteger();
    final AtomicInteger logons = new AtomicInteger();
    final int port;
    private final SocketAcceptor acceptor;
    volatile SessionID sessionId;

    QuickfixjVenue(final Path storeDirectory, final int port) throws Exception {
        this.port = port;
        final String settings = "[DEFAULT]\nConnectionType=acceptor\nSocketAcceptPort=" + port + "\n"
            + "StartTime=00:00:00\nEndTime=00:00:00\nHeartBtInt=30\nUseDataDictionary=Y\nDataDictionary=FIX44.xml\n"
            + "FileStorePath=" + storeDirectory + "\nSocketTcpNoDelay=Y\n"
            + "[SESSION]\nBeginString=FIX.4.4\nSenderCompID=VENUE\nTargetCompID=CLIENT\n";
        final SessionSettings sessionSettings = new SessionSettings(
            new ByteArrayInputStream(settings.getBytes(StandardCharsets.US_ASCII)));
        final MessageStoreFactory store = new FileStoreFactory(sessionSettings);
        acceptor = new SocketAcceptor(this, store, sessionSettings, new SLF4JLogFactory(sessionSettings),
            new DefaultMessageFactory());
        acceptor.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void onCreate(final SessionID sessionId) {
        this.sessionId = sessionId;
    }

    @Override
    public void onLogon(final SessionID sessionId) {
        logons.incrementAndGet();
    }

    @Override
    public void onLogout(final SessionID sessionId) {
    }

    @Override
    public void toAdmin(final Message message, final SessionID sessionId) {
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
            if (!message.getHeader().getString(MsgType.FIELD).equals("D")) {
                return;
            }
            final String clOrdId = message.getString(ClOrdID.FIELD);
            if (message.getHeader().isSetField(PossDupFlag.FIELD) && message.getHeader().getBoolean(
                PossDupFlag.FIELD)) {
                possDupOrders.incrementAndGet();
            }
            if (!orders.add(clOrdId)) {
                duplicateOrders.incrementAndGet();
                return;
            }
            final double qty = message.getDouble(OrderQty.FIELD);
            final ExecutionReport report = new ExecutionReport(new OrderID("O" + clOrdId), new ExecID("E" + clOrdId),
                new ExecType(ExecType.TRADE), new OrdStatus(OrdStatus.FILLED), new Side(message.getChar(Side.FIELD)),
                new LeavesQty(0), new CumQty(qty), new AvgPx(message.getDouble(Price.FIELD)));
            report.set(new ClOrdID(clOrdId));
            report.set(new Symbol(message.getString(Symbol.FIELD)));
            report.set(new LastQty(qty));
            report.set(new LastPx(message.getDouble(Price.FIELD)));
            Session.sendToTarget(report, sessionId);
        } catch (final Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        acceptor.stop(true);
    }
}
