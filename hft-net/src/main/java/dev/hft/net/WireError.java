package dev.hft.net;

/**
 * What was wrong with input from the wire. Every codec and session counts each occurrence in a
 * {@link WireErrorCounters} and reports it to a {@link WireErrorListener}, then skips the input or answers as its
 * protocol says; none of them throws or stops polling.
 */
public enum WireError {
    /** Fewer bytes than the message or header needs. */
    TRUNCATED,
    /** A length field that disagrees with the message type or the enclosing packet. */
    BAD_LENGTH,
    /** A message type byte the codec does not know. */
    UNKNOWN_MESSAGE_TYPE,
    /** A field outside its allowed values (e.g. a side that is neither 'B' nor 'S'). */
    BAD_FIELD,
    /** A packet for another session than the one being followed. */
    WRONG_SESSION,
    /** Sequence numbers skipped: messages are missing (and are re-requested where the protocol allows). */
    SEQUENCE_GAP,
    /** A message already received (dropped). */
    DUPLICATE,
    /** A message the protocol does not allow in the current state (e.g. data before login). */
    PROTOCOL_VIOLATION,
    /** The peer sent nothing for longer than its heartbeat timeout. */
    HEARTBEAT_TIMEOUT,
    /** The connection closed or failed, possibly in the middle of a message. */
    DISCONNECTED,
    /** A request to the peer was refused or failed (e.g. a login reject, a re-request that went unanswered). */
    REQUEST_FAILED;

    private static final WireError[] VALUES = values();

    /**
     * The error with the given ordinal, for counters indexed by ordinal.
     *
     * @param ordinal 0 to {@link #count()} - 1.
     * @return the error.
     */
    public static WireError get(final int ordinal) {
        return VALUES[ordinal];
    }

    /**
     * Number of error kinds.
     *
     * @return the count.
     */
    public static int count() {
        return VALUES.length;
    }
}
