package dev.hft.net.fix.acceptance;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Set;

import org.apache.mina.core.service.IoAcceptor;

import quickfix.Application;
import quickfix.FieldNotFound;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.UnsupportedMessageType;
import quickfix.field.ClOrdID;
import quickfix.field.MsgType;
import quickfix.field.PossResend;
import quickfix.fix44.MessageFactory;

/**
 * The reference acceptor: a QuickFIX/J 3.0.0 {@link SocketAcceptor} configured as QuickFIX/J's own acceptance suite
 * configures its server (ISLD/TW, FIX.4.4 with the bundled FIX44 dictionary, {@code ResetOnDisconnect=Y},
 * {@code ValidateUserDefinedFields=Y}, in-memory store, every other setting at its default) and an application
 * with the behaviour that suite's application has (see {@link AcceptorUnderTest}). Running the scripts against it
 * proves the harness: they pass here exactly when the harness reads them as QuickFIX/J does. One difference: the
 * FIX 4.4 message factory instead of {@code DefaultMessageFactory}, which loads the factories of every FIX version
 * (about 6 s of class loading on the CI machine) for sessions this acceptor does not have.
 */
final class QuickfixjAcceptor implements AcceptorUnderTest {
    private static final SessionID SESSION = new SessionID(SESSION_ID);
    private static final long RESET_WAIT_MS = 5_000L;

    private final EchoApplication application = new EchoApplication();
    private SocketAcceptor acceptor;
    private int port;

    @Override
    public int start(final int requestedPort) throws Exception {
        final SessionSettings settings = new SessionSettings();
        settings.setString("ConnectionType", "acceptor");
        settings.setString("SocketAcceptAddress", InetAddress.getLoopbackAddress().getHostAddress());
        settings.setString("SocketAcceptPort", Integer.toString(requestedPort));
        settings.setString("SocketTcpNoDelay", "Y");
        settings.setString("StartTime", "00:00:00");
        settings.setString("EndTime", "00:00:00");
        settings.setString("SenderCompID", SESSION.getSenderCompID());
        settings.setString("TargetCompID", SESSION.getTargetCompID());
        settings.setString("ResetOnDisconnect", "Y");
        settings.setString("ValidateUserDefinedFields", "Y");
        settings.setString(SESSION, "BeginString", SESSION.getBeginString());
        acceptor = new SocketAcceptor(application, new MemoryStoreFactory(), settings, new MessageFactory());
        acceptor.start();
        for (final IoAcceptor endpoint : acceptor.getEndpoints()) {
            port = ((InetSocketAddress) endpoint.getLocalAddress()).getPort();
        }
        return port;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void reset() throws Exception {
        final Session session = session();
        final long deadline = System.nanoTime() + RESET_WAIT_MS * 1_000_000L;
        while (session.hasResponder() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (session.hasResponder()) {
            session.disconnect("acceptance harness: reset between scripts", false);
        }
        session.reset();
        application.clear();
    }

    @Override
    public void setNextSenderMsgSeqNum(final int next) throws Exception {
        session().setNextSenderMsgSeqNum(next);
    }

    @Override
    public void setNextTargetMsgSeqNum(final int next) throws Exception {
        session().setNextTargetMsgSeqNum(next);
    }

    @Override
    public void stop() {
        if (acceptor != null) {
            acceptor.stop(true);
            acceptor = null;
        }
    }

    private static Session session() {
        final Session session = Session.lookupSession(SESSION);
        if (session == null) {
            throw new IllegalStateException("QuickFIX/J acceptor has no session " + SESSION + " (not started?)");
        }
        return session;
    }

    /**
     * Echoes NewOrderSingle (once per ClOrdID when PossResend=Y) and SecurityDefinition; rejects other application
     * messages as unsupported; resets the session when it is created.
     */
    private static final class EchoApplication implements Application {
        private final Set<String> clOrdIds = new HashSet<>();

        synchronized void clear() {
            clOrdIds.clear();
        }

        @Override
        public void onCreate(final SessionID sessionId) {
            Session.lookupSession(sessionId).reset();
        }

        @Override
        public void onLogon(final SessionID sessionId) {
        }

        @Override
        public void onLogout(final SessionID sessionId) {
            clear();
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
        public void fromApp(final Message message, final SessionID sessionId)
            throws FieldNotFound, UnsupportedMessageType {
            final String type = message.getHeader().getString(MsgType.FIELD);
            if (MsgType.NEW_ORDER_SINGLE.equals(type)) {
                final Message echo = (Message) message.clone();
                final boolean possResend = message.getHeader().isSetField(PossResend.FIELD)
                    && message.getHeader().getBoolean(PossResend.FIELD);
                final String clOrdId = message.getString(ClOrdID.FIELD);
                final boolean seen;
                synchronized (this) {
                    seen = !clOrdIds.add(clOrdId);
                }
                if (!(possResend && seen)) {
                    send(echo, sessionId);
                }
            } else if (MsgType.SECURITY_DEFINITION.equals(type)) {
                send(message, sessionId);
            } else {
                throw new UnsupportedMessageType();
            }
        }

        private static void send(final Message message, final SessionID sessionId) {
            try {
                Session.sendToTarget(message, sessionId);
            } catch (final SessionNotFound e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
