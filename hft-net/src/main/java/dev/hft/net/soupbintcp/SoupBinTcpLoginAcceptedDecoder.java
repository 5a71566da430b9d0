package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED_SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED_SESSION_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCE_NUMBER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;

/**
 * Flyweight over a Login Accepted packet ('A', section 2.2.1; layout in {@link SoupBinTcp}).
 */
public final class SoupBinTcpLoginAcceptedDecoder extends SoupBinTcpFixedPacketDecoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_ACCEPTED_LENGTH;
    /** {@link #sequenceNumber()} result: the field is not numeric. */
    public static final long NOT_NUMERIC = SoupBinTcpAscii.NOT_NUMERIC;

    /**
     * Creates an unwrapped decoder; {@link #wrap} checks a packet's length against {@link #LENGTH}.
     */
    public SoupBinTcpLoginAcceptedDecoder() {
        super(LENGTH);
    }

    /**
     * Compares the session.
     *
     * @param session the session name, unpadded ASCII.
     * @return whether it matches, padding ignored.
     */
    public boolean sessionEquals(final byte[] session) {
        return SoupBinTcpAscii.alphaEquals(buffer, offset + LOGIN_ACCEPTED_SESSION_OFFSET, SESSION_LENGTH, session);
    }

    /**
     * Copies the session name, without padding, into a caller-owned array (no allocation).
     *
     * @param dst at least {@link SoupBinTcp#SESSION_LENGTH} bytes.
     * @return how many bytes were copied.
     */
    public int getSession(final byte[] dst) {
        return SoupBinTcpAscii.getTrimmed(buffer, offset + LOGIN_ACCEPTED_SESSION_OFFSET, SESSION_LENGTH, dst);
    }

    /**
     * The session, for logs and tests (allocates).
     *
     * @return the session name without padding.
     */
    public String session() {
        return SoupBinTcpAscii.trimmed(buffer, offset + LOGIN_ACCEPTED_SESSION_OFFSET, SESSION_LENGTH);
    }

    /**
     * The sequence number of the next sequenced message the server will send.
     *
     * @return the number, or {@link #NOT_NUMERIC}.
     */
    public long sequenceNumber() {
        return SoupBinTcpAscii.parseNumeric(
            buffer, offset + LOGIN_ACCEPTED_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH);
    }

    @Override
    public String toString() {
        return "LoginAccepted{session=" + session() + ", sequenceNumber=" + sequenceNumber() + '}';
    }
}
