package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_PASSWORD_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_SESSION_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_USERNAME_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PASSWORD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCE_NUMBER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.USERNAME_LENGTH;

/**
 * Flyweight over a Login Request packet ('L', section 2.3.1; layout in {@link SoupBinTcp}). Alpha fields compare
 * with padding trimmed on either side. The password can be compared but not read: it never reaches a log through
 * this class ({@link #toString()} leaves it out).
 */
public final class SoupBinTcpLoginRequestDecoder extends SoupBinTcpFixedPacketDecoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_REQUEST_LENGTH;
    /** {@link #requestedSequenceNumber()} result: the field is not numeric. */
    public static final long NOT_NUMERIC = SoupBinTcpAscii.NOT_NUMERIC;

    /**
     * Creates an unwrapped decoder; {@link #wrap} checks a packet's length against {@link #LENGTH}.
     */
    public SoupBinTcpLoginRequestDecoder() {
        super(LENGTH);
    }

    /**
     * Compares the username.
     *
     * @param username the expected username, unpadded ASCII.
     * @return whether it matches.
     */
    public boolean usernameEquals(final byte[] username) {
        return SoupBinTcpAscii.alphaEquals(buffer, offset + LOGIN_REQUEST_USERNAME_OFFSET, USERNAME_LENGTH, username);
    }

    /**
     * The username, for logs and tests (allocates).
     *
     * @return the username without padding.
     */
    public String username() {
        return SoupBinTcpAscii.trimmed(buffer, offset + LOGIN_REQUEST_USERNAME_OFFSET, USERNAME_LENGTH);
    }

    /**
     * Compares the password, examining every byte whatever the first difference.
     *
     * @param password the expected password, unpadded ASCII.
     * @return whether it matches.
     */
    public boolean passwordEquals(final byte[] password) {
        return SoupBinTcpAscii.secretEquals(buffer, offset + LOGIN_REQUEST_PASSWORD_OFFSET, PASSWORD_LENGTH, password);
    }

    /**
     * Compares the requested session.
     *
     * @param session the session name, unpadded ASCII.
     * @return whether it matches.
     */
    public boolean requestedSessionEquals(final byte[] session) {
        return SoupBinTcpAscii.alphaEquals(buffer, offset + LOGIN_REQUEST_SESSION_OFFSET, SESSION_LENGTH, session);
    }

    /**
     * Whether the requested session is all blanks: the client asks for the currently active session.
     *
     * @return {@code true} if blank.
     */
    public boolean isRequestedSessionBlank() {
        return SoupBinTcpAscii.isBlank(buffer, offset + LOGIN_REQUEST_SESSION_OFFSET, SESSION_LENGTH);
    }

    /**
     * The requested session, for logs and tests (allocates).
     *
     * @return the session without padding; empty when blank.
     */
    public String requestedSession() {
        return SoupBinTcpAscii.trimmed(buffer, offset + LOGIN_REQUEST_SESSION_OFFSET, SESSION_LENGTH);
    }

    /**
     * The requested sequence number.
     *
     * @return the number (0 or blank: from the next new message), or {@link #NOT_NUMERIC}.
     */
    public long requestedSequenceNumber() {
        return SoupBinTcpAscii.parseNumeric(
            buffer, offset + LOGIN_REQUEST_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH);
    }

    @Override
    public String toString() {
        return "LoginRequest{username=" + username() + ", password=<hidden>, requestedSession=" + requestedSession()
            + ", requestedSequenceNumber=" + requestedSequenceNumber() + '}';
    }
}
