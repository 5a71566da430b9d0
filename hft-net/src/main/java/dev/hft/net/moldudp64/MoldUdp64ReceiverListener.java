package dev.hft.net.moldudp64;

/**
 * Session and line events of a {@link MoldUdp64Receiver} or {@link LineArbitrator}, on the polling thread. Every
 * method has an empty default, so a listener implements only what it needs.
 */
public interface MoldUdp64ReceiverListener {
    /** A listener that ignores every event. */
    MoldUdp64ReceiverListener NO_OP = new MoldUdp64ReceiverListener() {
    };

    /**
     * The session has ended and every message up to its end has been delivered: called once, after the last
     * message.
     *
     * @param nextSequenceNumber the sequence number the end-of-session packet carried (one past the last message).
     */
    default void onEndOfSession(final long nextSequenceNumber) {
    }

    /**
     * A line went silent (no packet for longer than the silence timeout while the other line was active); the
     * arbitrator stops waiting for it before re-requesting gaps.
     *
     * @param line  {@link LineArbitrator#LINE_A} or {@link LineArbitrator#LINE_B}.
     * @param nowNs the clock reading when it was detected.
     */
    default void onLineDown(final int line, final long nowNs) {
    }

    /**
     * A line that was down delivered a packet again.
     *
     * @param line  {@link LineArbitrator#LINE_A} or {@link LineArbitrator#LINE_B}.
     * @param nowNs the clock reading when it was detected.
     */
    default void onLineUp(final int line, final long nowNs) {
    }
}
