package dev.hft.net.fix;

import java.nio.file.Path;

/**
 * Configuration of one FIX 4.4 session, built in code or loaded by the host. Credentials are held here only to be
 * written into the Logon; {@link #toString()} never shows them and nothing logs them.
 * <pre>
 * FixSessionConfig config = new FixSessionConfig("CLIENT", "VENUE", Path.of("/var/fix"))
 *     .heartbeatIntervalSeconds(30).credentials(user, password);
 * </pre>
 * Mutable until handed to a session; not thread-safe.
 */
public final class FixSessionConfig {
    private final String senderCompId;
    private final String targetCompId;
    private final Path storeDirectory;
    private int heartbeatIntervalSeconds = 30;
    private long sendingTimeToleranceNs = 120_000_000_000L;
    private long storeCapacityBytes = 64L << 20;
    private int maxStoredMessages = 1 << 20;
    private int maxMessageLength = 8192;
    private int sendBufferBytes = 1 << 20;
    private long reconnectMinBackoffNs = 100_000_000L;
    private long reconnectMaxBackoffNs = 5_000_000_000L;
    private long logoutTimeoutNs = 2_000_000_000L;
    private boolean resetSeqNumOnLogon;
    private boolean validate = true;
    private boolean resetOnDisconnect;
    private String username;
    private String password;

    /**
     * Creates a configuration with defaults: heartbeat 30 s, SendingTime tolerance 120 s, 64 MiB message store, no
     * credentials, no sequence reset on logon.
     *
     * @param senderCompId   our CompID (SenderCompID on what we send).
     * @param targetCompId   the counterparty's CompID.
     * @param storeDirectory where the sequence numbers and sent messages are kept across restarts.
     */
    public FixSessionConfig(final String senderCompId, final String targetCompId, final Path storeDirectory) {
        this.senderCompId = senderCompId;
        this.targetCompId = targetCompId;
        this.storeDirectory = storeDirectory;
    }

    /**
     * Our CompID.
     *
     * @return SenderCompID (49) of outgoing messages.
     */
    public String senderCompId() {
        return senderCompId;
    }

    /**
     * The counterparty's CompID.
     *
     * @return TargetCompID (56) of outgoing messages.
     */
    public String targetCompId() {
        return targetCompId;
    }

    /**
     * Directory of the store files.
     *
     * @return the directory.
     */
    public Path storeDirectory() {
        return storeDirectory;
    }

    /**
     * HeartBtInt an initiator proposes (an acceptor adopts the initiator's).
     *
     * @return seconds.
     */
    public int heartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    /**
     * Sets the heartbeat interval.
     *
     * @param seconds HeartBtInt, positive.
     * @return this configuration.
     */
    public FixSessionConfig heartbeatIntervalSeconds(final int seconds) {
        this.heartbeatIntervalSeconds = seconds;
        return this;
    }

    /**
     * Largest accepted difference between a message's SendingTime and our clock.
     *
     * @return nanoseconds.
     */
    public long sendingTimeToleranceNs() {
        return sendingTimeToleranceNs;
    }

    /**
     * Sets the SendingTime accuracy tolerance.
     *
     * @param toleranceNs nanoseconds; {@code Long.MAX_VALUE} disables the check.
     * @return this configuration.
     */
    public FixSessionConfig sendingTimeToleranceNs(final long toleranceNs) {
        this.sendingTimeToleranceNs = toleranceNs;
        return this;
    }

    /**
     * Size of the memory-mapped store of sent application messages.
     *
     * @return bytes.
     */
    public long storeCapacityBytes() {
        return storeCapacityBytes;
    }

    /**
     * Sets the store size and the highest sequence number it indexes.
     *
     * @param bytes    mapped file size.
     * @param messages highest MsgSeqNum kept for resend (later ones are gap-filled).
     * @return this configuration.
     */
    public FixSessionConfig storeCapacity(final long bytes, final int messages) {
        this.storeCapacityBytes = bytes;
        this.maxStoredMessages = messages;
        return this;
    }

    /**
     * Highest MsgSeqNum the store keeps for resend.
     *
     * @return a count.
     */
    public int maxStoredMessages() {
        return maxStoredMessages;
    }

    /**
     * Longest message accepted or sent.
     *
     * @return bytes.
     */
    public int maxMessageLength() {
        return maxMessageLength;
    }

    /**
     * Sets the longest message accepted or sent.
     *
     * @param bytes at least 256.
     * @return this configuration.
     */
    public FixSessionConfig maxMessageLength(final int bytes) {
        this.maxMessageLength = bytes;
        return this;
    }

    /**
     * Bytes queued for the socket before sends report back pressure.
     *
     * @return bytes.
     */
    public int sendBufferBytes() {
        return sendBufferBytes;
    }

    /**
     * Sets the send queue size.
     *
     * @param bytes at least twice {@link #maxMessageLength()}.
     * @return this configuration.
     */
    public FixSessionConfig sendBufferBytes(final int bytes) {
        this.sendBufferBytes = bytes;
        return this;
    }

    /**
     * First reconnect delay of an initiator.
     *
     * @return nanoseconds.
     */
    public long reconnectMinBackoffNs() {
        return reconnectMinBackoffNs;
    }

    /**
     * Longest reconnect delay of an initiator (the delay doubles up to it).
     *
     * @return nanoseconds.
     */
    public long reconnectMaxBackoffNs() {
        return reconnectMaxBackoffNs;
    }

    /**
     * Sets the reconnect backoff of an initiator.
     *
     * @param minNs first delay.
     * @param maxNs longest delay.
     * @return this configuration.
     */
    public FixSessionConfig reconnectBackoff(final long minNs, final long maxNs) {
        this.reconnectMinBackoffNs = minNs;
        this.reconnectMaxBackoffNs = maxNs;
        return this;
    }

    /**
     * How long a Logout waits for the counterparty's Logout before disconnecting.
     *
     * @return nanoseconds.
     */
    public long logoutTimeoutNs() {
        return logoutTimeoutNs;
    }

    /**
     * Tells whether the initiator's Logon sets ResetSeqNumFlag=Y (both sides start again at 1).
     *
     * @return the flag.
     */
    public boolean resetSeqNumOnLogon() {
        return resetSeqNumOnLogon;
    }

    /**
     * Sets ResetSeqNumFlag on the initiator's Logon.
     *
     * @param reset {@code true} to reset on every logon.
     * @return this configuration.
     */
    public FixSessionConfig resetSeqNumOnLogon(final boolean reset) {
        this.resetSeqNumOnLogon = reset;
        return this;
    }

    /**
     * Tells whether received messages are checked against {@link FixDictionary} (Reject on failure).
     *
     * @return the flag.
     */
    public boolean validate() {
        return validate;
    }

    /**
     * Turns dictionary validation of received messages on or off (structure, BodyLength and CheckSum are always
     * checked).
     *
     * @param validate {@code true} to validate.
     * @return this configuration.
     */
    public FixSessionConfig validate(final boolean validate) {
        this.validate = validate;
        return this;
    }

    /**
     * Tells whether both sequence numbers go back to 1 (and the store is emptied) whenever the connection ends, as
     * for a session that lives for one connection only.
     *
     * @return the flag.
     */
    public boolean resetOnDisconnect() {
        return resetOnDisconnect;
    }

    /**
     * Sets whether sequence numbers reset when the connection ends.
     *
     * @param reset {@code true} to reset (default {@code false}: sequence numbers survive reconnects and restarts).
     * @return this configuration.
     */
    public FixSessionConfig resetOnDisconnect(final boolean reset) {
        this.resetOnDisconnect = reset;
        return this;
    }

    /**
     * Sets the credentials: an initiator sends them in its Logon (Username 553, Password 554); an acceptor requires
     * them in the counterparty's Logon. Pass values read from the host's secret store, never literals.
     *
     * @param username Username (553).
     * @param password Password (554).
     * @return this configuration.
     */
    public FixSessionConfig credentials(final String username, final String password) {
        this.username = username;
        this.password = password;
        return this;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    /**
     * Tells whether credentials are configured.
     *
     * @return {@code true} if a username is set.
     */
    public boolean hasCredentials() {
        return username != null;
    }

    @Override
    public String toString() {
        return "FixSessionConfig{" + senderCompId + "->" + targetCompId + ", heartbeat=" + heartbeatIntervalSeconds
            + "s, store=" + storeDirectory + ", credentials=" + (username == null ? "none" : "***") + '}';
    }
}
