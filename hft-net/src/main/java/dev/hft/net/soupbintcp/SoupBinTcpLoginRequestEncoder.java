package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LENGTH_FIELD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_PASSWORD_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_SESSION_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REQUEST_USERNAME_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_LENGTH_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PASSWORD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCE_NUMBER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.USERNAME_LENGTH;

import java.nio.ByteOrder;

import org.agrona.MutableDirectBuffer;

/**
 * Builds a Login Request packet ('L', section 2.3.1; layout in {@link SoupBinTcp}) in place. Alpha values are
 * given without padding; the encoder pads them as the field requires.
 */
public final class SoupBinTcpLoginRequestEncoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_REQUEST_LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a packet: writes its length field and type.
     *
     * @param buffer where to write, {@link #LENGTH} bytes from {@code offset}.
     * @param offset where the packet starts.
     * @return this encoder.
     */
    public SoupBinTcpLoginRequestEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putShort(offset + PACKET_LENGTH_OFFSET, (short) (LENGTH - LENGTH_FIELD_LENGTH), ByteOrder.BIG_ENDIAN);
        buffer.putByte(offset + PACKET_TYPE_OFFSET, LOGIN_REQUEST);
        return this;
    }

    /**
     * Writes the username, padded on the right with spaces.
     *
     * @param username ASCII, at most {@link SoupBinTcp#USERNAME_LENGTH} bytes.
     * @return this encoder.
     */
    public SoupBinTcpLoginRequestEncoder username(final byte[] username) {
        SoupBinTcpAscii.putLeftJustified(buffer, offset + LOGIN_REQUEST_USERNAME_OFFSET, USERNAME_LENGTH, username);
        return this;
    }

    /**
     * Writes the password, padded on the right with spaces.
     *
     * @param password ASCII, at most {@link SoupBinTcp#PASSWORD_LENGTH} bytes.
     * @return this encoder.
     */
    public SoupBinTcpLoginRequestEncoder password(final byte[] password) {
        SoupBinTcpAscii.putLeftJustified(buffer, offset + LOGIN_REQUEST_PASSWORD_OFFSET, PASSWORD_LENGTH, password);
        return this;
    }

    /**
     * Writes the requested session, left-padded with spaces.
     *
     * @param session ASCII, at most {@link SoupBinTcp#SESSION_LENGTH} bytes; empty for the currently active session.
     * @return this encoder.
     */
    public SoupBinTcpLoginRequestEncoder requestedSession(final byte[] session) {
        SoupBinTcpAscii.putRightJustified(buffer, offset + LOGIN_REQUEST_SESSION_OFFSET, SESSION_LENGTH, session);
        return this;
    }

    /**
     * Writes the requested sequence number, left-padded with spaces.
     *
     * @param sequenceNumber the first sequenced message wanted, or 0 for the next new one.
     * @return this encoder.
     * @throws IllegalArgumentException if negative.
     */
    public SoupBinTcpLoginRequestEncoder requestedSequenceNumber(final long sequenceNumber) {
        SoupBinTcpAscii.putNumeric(
            buffer, offset + LOGIN_REQUEST_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH, sequenceNumber);
        return this;
    }

    /**
     * The packet's length.
     *
     * @return {@link #LENGTH}.
     */
    public int length() {
        return LENGTH;
    }
}
