package dev.hft.net.fix.acceptance;

/**
 * A FIX 4.4 acceptor the scripts run against, as the scripts expect it to be configured: one session, acceptor
 * SenderCompID {@code ISLD}, TargetCompID {@code TW}, BeginString {@code FIX.4.4}, any HeartBtInt the counterparty
 * proposes (the scripts use 2, 5, 6 and 30 s), SendingTime accuracy checked (QuickFIX/J's default: 120 s), message
 * validation against the FIX 4.4 dictionary including user-defined fields, sequence numbers reset when a
 * connection drops. Its application echoes every NewOrderSingle (35=D) back to the sender (unless PossResend=Y and
 * the ClOrdID was seen before on this logon) and every SecurityDefinition (35=d); any other application message
 * gets a BusinessMessageReject (35=j, 380=3 "Unsupported Message Type").
 *
 * <p>Lifecycle, driven by {@link AcceptanceSuite}: {@link #start(int)} once, {@link #reset()} before every script
 * (no script connection is open then), {@link #stop()} once at the end. Implementations run the acceptor on their
 * own threads; the runner only talks to it over TCP, except for {@code iSET_SESSION} steps.
 */
interface AcceptorUnderTest {
    /** The FIX session id of the scripts, in QuickFIX/J's {@code SessionID} text form. */
    String SESSION_ID = "FIX.4.4:ISLD->TW";

    /**
     * Starts listening on the loopback interface.
     *
     * @param port the TCP port, or 0 for any free one.
     * @return the bound port.
     * @throws Exception if it cannot start.
     */
    int start(int port) throws Exception;

    /**
     * The port it listens on now (it may change across {@link #reset()} if the implementation restarts).
     *
     * @return the bound port.
     */
    int port();

    /**
     * Brings the acceptor back to a freshly started state between scripts: no session logged on, both sequence
     * numbers 1, no persisted state of an earlier script (e.g. a fresh sequence-store directory). The previous
     * script's connections are already closed by the harness, but the acceptor may not have noticed yet: wait for
     * it (bounded) rather than race it.
     *
     * @throws Exception if the state cannot be reset.
     */
    void reset() throws Exception;

    /**
     * {@code iSET_SESSION ... NEXTSENDERSEQNUM=n}: the sequence number of the next message the acceptor sends.
     *
     * @param next the number.
     * @throws Exception if it cannot be set.
     */
    void setNextSenderMsgSeqNum(int next) throws Exception;

    /**
     * {@code iSET_SESSION ... NEXTTARGETSEQNUM=n}: the sequence number the acceptor expects next.
     *
     * @param next the number.
     * @throws Exception if it cannot be set.
     */
    void setNextTargetMsgSeqNum(int next) throws Exception;

    /**
     * Stops listening, drops every connection and releases resources (threads, files).
     *
     * @throws Exception if it cannot stop cleanly.
     */
    void stop() throws Exception;
}
