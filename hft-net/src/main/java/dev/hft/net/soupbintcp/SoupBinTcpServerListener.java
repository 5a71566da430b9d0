package dev.hft.net.soupbintcp;

import org.agrona.DirectBuffer;

/**
 * Receives what a {@link SoupBinTcpServer} sees, one method per event, on the thread that calls
 * {@link SoupBinTcpServer#poll()} (or {@link SoupBinTcpServer#close()} and
 * {@link SoupBinTcpServer#disconnect(int)}). Buffer arguments are valid only during the call. A listener may call
 * the server back (send sequenced messages, disconnect a connection).
 */
public interface SoupBinTcpServerListener {
    /**
     * A connection was accepted; its login is awaited.
     *
     * @param connectionId the connection's id, unique for the server's life.
     */
    void onConnected(int connectionId);

    /**
     * A login was accepted; sequenced messages from {@code sequenceNumber} on are being sent to it.
     *
     * @param connectionId   the connection.
     * @param sequenceNumber the first sequenced message it gets (a replay when below the store's next number).
     */
    void onLoginAccepted(int connectionId, long sequenceNumber);

    /**
     * One unsequenced message from a logged-in client.
     *
     * @param connectionId the connection.
     * @param buffer       the connection's receive buffer (a zero-copy slice of it).
     * @param offset       where the message starts.
     * @param length       the message length.
     */
    void onUnsequencedMessage(int connectionId, DirectBuffer buffer, int offset, int length);

    /**
     * A connection ended; its id will not be used again.
     *
     * @param connectionId the connection.
     * @param reason       why.
     */
    void onDisconnected(int connectionId, SoupBinTcpDisconnectReason reason);
}
