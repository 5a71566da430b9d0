package dev.hft.net.fix.acceptance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.AssertionFailedError;

/** The runner fails when it should, and says why: wrong fields, no disconnect, early close, malformed frames. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptRunnerTest {
    private static final String LOGON = "I8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=ISLD|98=0|108=30|\n";
    private static final String LOGON_REPLY =
        "E8=FIX.4.4|9=61|35=A|34=1|49=ISLD|52=00000000-00:00:00.000|56=TW|98=0|108=30|10=0|\n";
    /** Short: these tests wait only for things that do not happen. */
    private static final long TIMEOUT_MS = 500;

    private final QuickfixjAcceptor quickfixj = new QuickfixjAcceptor();

    @BeforeAll
    void start() throws Exception {
        quickfixj.start(0);
    }

    @AfterAll
    void stop() {
        quickfixj.stop();
    }

    @BeforeEach
    void reset() throws Exception {
        quickfixj.reset();
    }

    private static Script script(final String text) {
        return Script.parse("inline.def", text.replace('|', '\u0001'));
    }

    private static AssertionFailedError fails(final AcceptorUnderTest acceptor, final String text) {
        return assertThrows(AssertionFailedError.class,
            () -> new ScriptRunner(acceptor, Clock.systemUTC(), TIMEOUT_MS).run(script(text)));
    }

    private static void assertContains(final String message, final String... parts) {
        for (final String part : parts) {
            assertTrue(message.contains(part), () -> "<" + part + "> not in:\n" + message);
        }
    }

    @Test
    void shouldPassALogonAndLogoutScript() throws Exception {
        new ScriptRunner(quickfixj, Clock.systemUTC(), ScriptRunner.DEFAULT_TIMEOUT_MS).run(script("iCONNECT\n"
            + LOGON + LOGON_REPLY + "I8=FIX.4.4|35=5|34=2|49=TW|52=<TIME>|56=ISLD|\n"
            + "E8=FIX.4.4|35=5|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|10=0|\neDISCONNECT\n"));
    }

    @Test
    void shouldShowExpectedAndActualWhenAFieldDiffers() {
        final AssertionFailedError e = fails(quickfixj, "iCONNECT\n" + LOGON
            + "E8=FIX.4.4|35=A|34=2|49=ISLD|52=00000000-00:00:00.000|56=TW|98=0|108=30|\n");
        assertContains(e.getMessage(), "inline.def line 3: field 34 expected <2> but was <1>",
            "expected: 8=FIX.4.4|35=A|34=2|", "actual:   8=FIX.4.4|9=61|35=A|34=1|49=ISLD|52=",
            "[1] -> 8=FIX.4.4|9=61|35=A|34=1|49=TW|52=", "[1] <- 8=FIX.4.4|9=61|35=A|34=1|");
    }

    @Test
    void shouldFailWhenTheAcceptorDoesNotDisconnect() {
        final AssertionFailedError e = fails(quickfixj, "iCONNECT\n" + LOGON + LOGON_REPLY + "eDISCONNECT\n");
        assertContains(e.getMessage(), "inline.def line 4: connection 1 still open 500 ms after");
    }

    @Test
    void shouldFailWhenNoMessageComes() {
        final AssertionFailedError e = fails(quickfixj, "iCONNECT\n" + LOGON + LOGON_REPLY + LOGON_REPLY);
        assertContains(e.getMessage(), "inline.def line 4: no message within 500 ms");
    }

    @Test
    void shouldFailFastWhenTheAcceptorClosesInsteadOfAnswering() {
        final AssertionFailedError e = fails(quickfixj,
            "iCONNECT\nI8=FIX.4.4|35=A|34=1|49=TW|52=<TIME>|56=WRONG|98=0|108=30|\n" + LOGON_REPLY);
        assertContains(e.getMessage(), "inline.def line 3: connection closed (end of stream",
            "before the expected message arrived");
    }

    @Test
    void shouldFailOnAConnectionThatWasNeverOpened() {
        final AssertionFailedError e = fails(quickfixj, "iCONNECT\nI2,8=FIX.4.4|35=A|\n");
        assertContains(e.getMessage(), "inline.def line 2: script error: connection 2 was never connected");
    }

    @Test
    void shouldFailOnAMalformedMessageFromTheAcceptor() throws Exception {
        final CannedAcceptor canned = new CannedAcceptor("8=FIX.4.4|9=5|35=A|10=000|");
        canned.start(0);
        try {
            final AssertionFailedError e = fails(canned, "iCONNECT\n" + LOGON + "E8=FIX.4.4|35=A|\n");
            assertContains(e.getMessage(), "the acceptor sent a malformed message: CheckSum 10=000 but the bytes sum");
        } finally {
            canned.stop();
        }
    }

    /** Answers anything it receives with one canned message. */
    private static final class CannedAcceptor implements AcceptorUnderTest {
        private final byte[] reply;
        private ServerSocket server;
        private Thread thread;

        CannedAcceptor(final String reply) {
            this.reply = reply.replace('|', '\u0001').getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public int start(final int port) throws IOException {
            server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "canned-acceptor");
            thread.setDaemon(true);
            thread.start();
            return server.getLocalPort();
        }

        private void serve() {
            try (Socket socket = server.accept()) {
                final InputStream in = socket.getInputStream();
                if (in.read(new byte[1024]) > 0) {
                    socket.getOutputStream().write(reply);
                }
                while (in.read(new byte[1024]) >= 0) {
                    Thread.onSpinWait();
                }
            } catch (final IOException e) {
                // the harness closed the connection
            }
        }

        @Override
        public int port() {
            return server.getLocalPort();
        }

        @Override
        public void reset() {
        }

        @Override
        public void setNextSenderMsgSeqNum(final int next) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setNextTargetMsgSeqNum(final int next) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stop() throws Exception {
            server.close();
            thread.join(5_000);
        }
    }
}
