package dev.hft.net.fix.acceptance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import org.opentest4j.AssertionFailedError;

/**
 * Plays one {@link Script} against an {@link AcceptorUnderTest} over real TCP connections on loopback. Steps run in
 * order; the first one that fails throws an {@link AssertionFailedError} naming the script, the line, what was
 * expected and what arrived, followed by the tail of the {@link Transcript}. All connections are closed at the end.
 *
 * <p>Waits are the protocol's own: an {@code E} step waits up to {@code timeoutMs} for the next message on its
 * connection (scripts with HeartBtInt 6 wait that long for a heartbeat, so the timeout must exceed it; QuickFIX/J
 * uses 10 s); an {@code eDISCONNECT} waits as long for the acceptor to close. A connect first sleeps 50 ms, as
 * QuickFIX/J's runner does, so that the acceptor has processed an earlier disconnect. Nothing is timed otherwise,
 * and messages the script does not expect (say a heartbeat after the last {@code E}) are not an error.
 */
final class ScriptRunner {
    /** Default wait for an expected message or disconnect; override with {@code -Dhft.fix.acceptance.timeoutMs}. */
    static final long DEFAULT_TIMEOUT_MS = Long.getLong("hft.fix.acceptance.timeoutMs", 10_000L);
    private static final long CONNECT_DELAY_MS = 50L;

    private final AcceptorUnderTest acceptor;
    private final Clock clock;
    private final long timeoutMs;

    /**
     * A runner.
     *
     * @param acceptor the acceptor, already started.
     * @param clock the clock for the {@code <TIME>} fields of sent messages (the acceptor checks their accuracy).
     * @param timeoutMs wait for each expected message or disconnect.
     */
    ScriptRunner(final AcceptorUnderTest acceptor, final Clock clock, final long timeoutMs) {
        this.acceptor = acceptor;
        this.clock = clock;
        this.timeoutMs = timeoutMs;
    }

    /**
     * Runs a script to its end or its first failure.
     *
     * @param script the script.
     * @throws Exception an {@link AssertionFailedError} when the acceptor does not behave as scripted.
     */
    void run(final Script script) throws Exception {
        final Transcript transcript = new Transcript();
        final Map<Integer, ScriptConnection> connections = new TreeMap<>();
        try {
            for (final Step step : script.steps()) {
                run(script, step, connections, transcript);
            }
        } finally {
            for (final ScriptConnection c : connections.values()) {
                c.close();
            }
        }
    }

    private void run(final Script script, final Step step, final Map<Integer, ScriptConnection> connections,
                     final Transcript transcript) throws Exception {
        if (step instanceof Step.Comment) {
            transcript.add(0, ((Step.Comment) step).text());
        } else if (step instanceof Step.Connect) {
            final int id = ((Step.Connect) step).connection();
            transcript.add(0, "line " + step.line() + ": connect " + id);
            Thread.sleep(CONNECT_DELAY_MS);
            final ScriptConnection old = connections.remove(id);
            if (old != null) {
                old.close();
            }
            final InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), acceptor.port());
            try {
                connections.put(id, new ScriptConnection(id, address, transcript));
            } catch (final IOException e) {
                throw failure(script, step, "cannot connect to the acceptor at " + address + ": " + e, transcript);
            }
        } else if (step instanceof Step.Send) {
            final OutboundMessage message = ((Step.Send) step).message();
            open(script, step, connections, message.connection(), transcript).send(message.render(clock.instant()));
        } else if (step instanceof Step.Expect) {
            expect(script, (Step.Expect) step, connections, transcript);
        } else if (step instanceof Step.ExpectDisconnect) {
            final int id = ((Step.ExpectDisconnect) step).connection();
            transcript.add(0, "line " + step.line() + ": expect disconnect of " + id);
            final ScriptConnection c = open(script, step, connections, id, transcript);
            if (!c.awaitDisconnect(timeoutMs)) {
                throw failure(script, step, "connection " + id + " still open " + timeoutMs
                    + " ms after the acceptor should have disconnected it", transcript);
            }
        } else if (step instanceof Step.SetSession) {
            setSession(script, (Step.SetSession) step, transcript);
        } else {
            throw new IllegalStateException("unknown step " + step);
        }
    }

    private void expect(final Script script, final Step.Expect step, final Map<Integer, ScriptConnection> connections,
                        final Transcript transcript) throws InterruptedException {
        final ExpectedMessage expected = step.message();
        transcript.add(0, "line " + step.line() + ": expect on " + expected.connection());
        final ScriptConnection c = open(script, step, connections, expected.connection(), transcript);
        final ReplyFramer.Frame frame = c.poll(timeoutMs);
        if (frame == null) {
            final String pending = c.pendingBytes();
            throw failure(script, step, (c.isDisconnected()
                ? "connection closed (" + c.disconnectCause() + ") before the expected message arrived"
                : "no message within " + timeoutMs + " ms")
                + "\n  expected: " + expected.printable()
                + (pending.isEmpty() ? "" : "\n  partial bytes received: " + pending), transcript);
        }
        final String actual = frame.text();
        if (frame.problem() != null) {
            throw new AssertionFailedError(header(script, step) + "the acceptor sent a malformed message: "
                + frame.problem() + "\n  expected: " + expected.printable() + "\n  actual:   "
                + Fix.printable(actual) + "\n" + transcript.tail(), expected.printable(), Fix.printable(actual));
        }
        final String mismatch = expected.mismatch(actual);
        if (mismatch != null) {
            throw new AssertionFailedError(header(script, step) + mismatch + "\n  expected: "
                + expected.printable() + "\n  actual:   " + Fix.printable(actual) + "\n" + transcript.tail(),
                expected.printable(), Fix.printable(actual));
        }
    }

    private void setSession(final Script script, final Step.SetSession step, final Transcript transcript)
        throws Exception {
        transcript.add(0, "line " + step.line() + ": set " + step.sessionId() + " " + step.key() + "=" + step.value());
        if (!AcceptorUnderTest.SESSION_ID.equals(step.sessionId())) {
            throw failure(script, step, "iSET_SESSION names session " + step.sessionId() + ", the acceptor has only "
                + AcceptorUnderTest.SESSION_ID, transcript);
        }
        final int value;
        try {
            value = Integer.parseInt(step.value().trim());
        } catch (final NumberFormatException e) {
            throw failure(script, step, "iSET_SESSION value is not a number: " + step.value(), transcript);
        }
        switch (step.key()) {
            case "NEXTSENDERSEQNUM":
                acceptor.setNextSenderMsgSeqNum(value);
                break;
            case "NEXTTARGETSEQNUM":
                acceptor.setNextTargetMsgSeqNum(value);
                break;
            default:
                throw failure(script, step, "unsupported iSET_SESSION key " + step.key(), transcript);
        }
    }

    private ScriptConnection open(final Script script, final Step step,
                                  final Map<Integer, ScriptConnection> connections, final int id,
                                  final Transcript transcript) {
        final ScriptConnection c = connections.get(id);
        if (c == null) {
            throw failure(script, step, "script error: connection " + id + " was never connected", transcript);
        }
        return c;
    }

    private static AssertionFailedError failure(final Script script, final Step step, final String what,
                                                final Transcript transcript) {
        return new AssertionFailedError(header(script, step) + what + "\n" + transcript.tail());
    }

    private static String header(final Script script, final Step step) {
        return script.name() + " line " + step.line() + ": ";
    }
}
