package dev.hft.net.fix.acceptance;

/**
 * One line of an acceptance script that does something. Connection numbers start at 1 (a line without a
 * {@code n,} prefix means connection 1); {@code line} is the 1-based line number in the script file.
 */
sealed interface Step {
    /** The 1-based line number of this step in its script. */
    int line();

    /** {@code iCONNECT} / {@code i<n>,CONNECT}: open a TCP connection to the acceptor. */
    record Connect(int line, int connection) implements Step {
    }

    /** {@code eDISCONNECT} / {@code e<n>,DISCONNECT}: the acceptor must close the connection. */
    record ExpectDisconnect(int line, int connection) implements Step {
    }

    /** {@code iSET_SESSION <sessionId> <key>=<value>}: change the acceptor's session state directly. */
    record SetSession(int line, String sessionId, String key, String value) implements Step {
    }

    /** An {@code I} line: a message to send, rendered at send time (see {@link OutboundMessage}). */
    record Send(int line, OutboundMessage message) implements Step {
        @Override
        public String toString() {
            return "Send[line=" + line + ", " + message + "]";
        }
    }

    /** An {@code E} line: the next message the acceptor must send on the connection. */
    record Expect(int line, ExpectedMessage message) implements Step {
        @Override
        public String toString() {
            return "Expect[line=" + line + ", " + message + "]";
        }
    }

    /** A {@code #} line, kept for the transcript. */
    record Comment(int line, String text) implements Step {
    }
}
