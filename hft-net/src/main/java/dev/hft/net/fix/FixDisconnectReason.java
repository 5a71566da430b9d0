package dev.hft.net.fix;

/**
 * Why a FIX session's connection ended. Every connection a {@link FixSession} holds ends with exactly one
 * {@link FixSessionListener#onDisconnected} call carrying one of these.
 */
public enum FixDisconnectReason {
    /** A Logout exchange completed (either side started it). */
    LOGOUT,
    /** The counterparty closed the connection. */
    PEER_CLOSED,
    /** Nothing was received within the heartbeat timeout (after a TestRequest went unanswered). */
    HEARTBEAT_TIMEOUT,
    /** The first message was not a valid Logon (bad structure, CompIDs, SendingTime, HeartBtInt, credentials). */
    BAD_LOGON,
    /** A fatal session error after logon: CompID problem, MsgSeqNum too low, SendingTime accuracy. */
    SESSION_ERROR,
    /** A read or write failed. */
    IO_ERROR,
    /** The session's owner closed the connection or the session. */
    CLOSED
}
