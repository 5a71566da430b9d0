package dev.hft.net.fix.acceptance;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.fix.FixAcceptor;
import dev.hft.net.fix.FixDictionary;
import dev.hft.net.fix.FixEncoder;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixMsgType;
import dev.hft.net.fix.FixSession;
import dev.hft.net.fix.FixSessionConfig;
import dev.hft.net.fix.FixDisconnectReason;
import dev.hft.net.fix.FixSessionListener;
import dev.hft.net.fix.FixTags;
import dev.hft.timing.SystemClock;

/**
 * Our acceptor for the acceptance scripts: a {@link FixAcceptor} configured as {@link AcceptorUnderTest} describes
 * (ISLD/TW, validation on, SendingTime tolerance 120 s, sequence numbers reset when the connection drops), polled by
 * one thread of this test class (the library itself starts none), with the scripts' echo application. Calls from the
 * harness thread run on the polling thread through a command queue.
 */
final class HftAcceptor implements AcceptorUnderTest {
    private static final long RESET_WAIT_MS = 5_000L;

    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final EchoApplication application = new EchoApplication();
    private FixAcceptor acceptor;
    private Thread poller;
    private volatile boolean running;
    private volatile boolean connected;
    private int port;
    private Path storeDirectory;

    /** Echoes NewOrderSingle and SecurityDefinition; rejects any other application message with 35=j, 380=3. */
    private final class EchoApplication implements FixSessionListener {
        private final Set<String> clOrdIds = new HashSet<>();

        @Override
        public void onLogon() {
            clOrdIds.clear();
        }

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder message) {
            final FixSession session = acceptor.session();
            if (msgType == FixMsgType.NEW_ORDER_SINGLE || msgType == 'd') {
                if (msgType == FixMsgType.NEW_ORDER_SINGLE) {
                    final String clOrdId = message.getString(FixTags.CL_ORD_ID).toString();
                    final boolean seen = !clOrdIds.add(clOrdId);
                    if (seen && message.getChar(FixTags.POSS_RESEND) == 'Y') {
                        return;
                    }
                }
                final FixEncoder echo = session.claim(msgType);
                if (echo == null) {
                    return;
                }
                if (message.getChar(FixTags.POSS_RESEND) == 'Y') {
                    echo.putChar(FixTags.POSS_RESEND, 'Y');
                }
                final int checksumField = message.fieldCount() - 1;
                for (int i = message.firstBodyField(); i < checksumField; i++) {
                    final int tag = message.tagAt(i);
                    final boolean emptyGroup = FixDictionary.groupDelimiter(tag) != 0 && message.intAt(i) == 0;
                    if (!emptyGroup && message.valueLength(i) > 0) {
                        echo.putBytes(tag, message.buffer(), message.valueOffset(i), message.valueLength(i));
                    }
                }
                session.commit();
                return;
            }
            final FixEncoder reject = session.claim(FixMsgType.BUSINESS_MESSAGE_REJECT);
            if (reject != null) {
                reject.putInt(FixTags.REF_SEQ_NUM, message.msgSeqNum())
                    .putString(FixTags.TEXT, "Unsupported Message Type")
                    .putString(FixTags.REF_MSG_TYPE, FixMsgType.toString(msgType))
                    .putInt(FixTags.BUSINESS_REJECT_REASON, 3);
                session.commit();
            }
        }

        @Override
        public void onDisconnected(final FixDisconnectReason reason) {
            connected = false;
        }
    }

    @Override
    public int start(final int requestedPort) throws Exception {
        storeDirectory = Files.createTempDirectory("hft-fix-acceptance");
        final FixSessionConfig config = new FixSessionConfig("ISLD", "TW", storeDirectory)
            .resetOnDisconnect(true).validate(true).sendingTimeToleranceNs(120_000_000_000L);
        acceptor = new FixAcceptor(config, new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort),
            SystemClock.INSTANCE, application, new WireErrorCounters("fix-acceptance", WireErrorListener.NO_OP));
        port = acceptor.port();
        running = true;
        poller = new Thread(this::poll, "hft-fix-acceptor");
        poller.setDaemon(true);
        poller.start();
        return port;
    }

    private void poll() {
        while (running) {
            Runnable command;
            while ((command = commands.poll()) != null) {
                command.run();
            }
            final int work = acceptor.doWork();
            connected = acceptor.session().isConnected();
            if (work == 0) {
                Thread.onSpinWait();
                try {
                    Thread.sleep(0, 200_000);
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void onPoller(final Runnable action) throws Exception {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (final RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(RESET_WAIT_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void reset() throws Exception {
        final long deadline = System.nanoTime() + RESET_WAIT_MS * 1_000_000L;
        while (connected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        onPoller(() -> {
            final FixSession session = acceptor.session();
            session.disconnect();
            session.nextSenderSeqNum(1);
            session.nextTargetSeqNum(1);
            session.resetSequenceNumbers();
        });
    }

    @Override
    public void setNextSenderMsgSeqNum(final int next) throws Exception {
        onPoller(() -> acceptor.session().nextSenderSeqNum(next));
    }

    @Override
    public void setNextTargetMsgSeqNum(final int next) throws Exception {
        onPoller(() -> acceptor.session().nextTargetSeqNum(next));
    }

    @Override
    public void stop() throws Exception {
        running = false;
        if (poller != null) {
            poller.join(RESET_WAIT_MS);
        }
        if (acceptor != null) {
            acceptor.close();
        }
    }
}
