package dev.hft.net.fix;

/**
 * Receives the events of a FIX session on the thread that calls its {@code doWork()}. Every method has an empty
 * default. The decoder passed to {@link #onMessage} is valid only during the call.
 */
public interface FixSessionListener {
    /** The session is logged on: application messages can be sent. */
    default void onLogon() {
    }

    /**
     * An application message arrived in sequence (or was resent and not seen before).
     *
     * @param msgType packed MsgType ({@link FixMsgType}).
     * @param message the parsed message; {@link FixMessageDecoder#possDup()} tells a resent one.
     */
    default void onMessage(final int msgType, final FixMessageDecoder message) {
    }

    /**
     * The counterparty rejected one of our messages at session level (Reject, 35=3).
     *
     * @param refSeqNum RefSeqNum (45) of the rejected message.
     * @param reason    SessionRejectReason (373); {@link FixSessionRejectReason#NONE} if absent,
     *                  {@link FixSessionRejectReason#OTHER} for a value FIX 4.4 does not define.
     */
    default void onReject(final int refSeqNum, final FixSessionRejectReason reason) {
    }

    /**
     * The connection is gone (after a Logout, an error or a timeout).
     *
     * @param reason why.
     */
    default void onDisconnected(final FixDisconnectReason reason) {
    }
}
