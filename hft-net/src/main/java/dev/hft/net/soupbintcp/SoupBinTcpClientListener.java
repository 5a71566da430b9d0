package dev.hft.net.soupbintcp;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link SoupBinTcpClient} sees, one method per event, on the thread that calls
 * {@link SoupBinTcpClient#poll()} (or {@link SoupBinTcpClient#close()}). Buffer arguments are valid only during
 * the call: copy what you keep. A listener may call the client back (send, log out, close, even reconnect).
 */
public interface SoupBinTcpClientListener {
    /**
     * The server accepted the login; sequenced messages follow.
     *
     * @param sequenceNumber the number the server gave its next sequenced message. Messages below the client's
     *                       {@link SoupBinTcpClient#nextSequenceNumber()} (already delivered before a reconnect)
     *                       are dropped as duplicates rather than delivered twice.
     */
    void onLoginAccepted(long sequenceNumber);

    /**
     * The server rejected the login; {@link #onDisconnected} with {@link SoupBinTcpDisconnectReason#LOGIN_REJECTED}
     * follows.
     *
     * @param rejectReasonCode {@link SoupBinTcp#REJECT_NOT_AUTHORIZED}, {@link SoupBinTcp#REJECT_SESSION_NOT_AVAILABLE}
     *                         or another byte the server chose.
     */
    void onLoginRejected(byte rejectReasonCode);

    /**
     * One sequenced message, in order, each number exactly once across reconnects.
     *
     * @param sequenceNumber the message's sequence number.
     * @param buffer         the client's receive buffer (a zero-copy slice of it).
     * @param offset         where the message starts.
     * @param length         the message length.
     */
    void onSequencedMessage(long sequenceNumber, DirectBuffer buffer, int offset, int length);

    /**
     * The server ended the session ('Z'); {@link #onDisconnected} with
     * {@link SoupBinTcpDisconnectReason#END_OF_SESSION} follows. A new login to the same session will be refused.
     */
    void onEndOfSession();

    /**
     * The connection ended; the client is {@link SoupBinTcpClient.State#DISCONNECTED} and may connect again.
     *
     * @param reason why.
     */
    void onDisconnected(SoupBinTcpDisconnectReason reason);
}
