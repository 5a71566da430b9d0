package dev.hft.net.soupbintcp;

/**
 * Why a SoupBinTCP connection ended. Every connection a client opens or a server accepts ends with exactly one
 * listener call carrying one of these.
 */
public enum SoupBinTcpDisconnectReason {
    /** The client logged out (client side: it sent the request; server side: it received it). */
    LOGOUT,
    /** The server ended the session ('Z') and closed the connection. */
    END_OF_SESSION,
    /** The server rejected the login ('J') and closed the connection. */
    LOGIN_REJECTED,
    /** Nothing arrived for longer than the heartbeat timeout. */
    HEARTBEAT_TIMEOUT,
    /** The peer closed the connection (end of stream), possibly in the middle of a packet. */
    PEER_CLOSED,
    /** The peer broke the protocol (bad length, bad field, a packet not allowed in the state); the error was
     *  counted and reported before the connection was closed. */
    PROTOCOL_ERROR,
    /** A read or write failed (connection reset, broken pipe). */
    IO_ERROR,
    /** The connection could not be established (refused, unreachable). */
    CONNECT_FAILED,
    /** The host closed the connection or the component. */
    CLOSED_BY_HOST
}
