package dev.hft.net.soupbintcp;

/**
 * Decides whether a login request may log in, on the server's polling thread. The request flyweight is valid only
 * during the call; compare credentials with {@link SoupBinTcpLoginRequestDecoder#usernameEquals} and
 * {@link SoupBinTcpLoginRequestDecoder#passwordEquals} (no allocation, and the password never becomes a string).
 * The server checks the requested session itself after an {@link #ACCEPT}.
 */
@FunctionalInterface
public interface SoupBinTcpAuthenticator {
    /** Result: the credentials are good. */
    byte ACCEPT = 0;

    /**
     * Checks one login request.
     *
     * @param connectionId the connection asking.
     * @param request      the login request.
     * @return {@link #ACCEPT}, {@link SoupBinTcp#REJECT_NOT_AUTHORIZED},
     *         {@link SoupBinTcp#REJECT_SESSION_NOT_AVAILABLE}, or another non-zero reject code to send as is.
     */
    byte authenticate(int connectionId, SoupBinTcpLoginRequestDecoder request);
}
