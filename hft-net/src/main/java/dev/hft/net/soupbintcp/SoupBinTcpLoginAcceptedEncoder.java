package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LENGTH_FIELD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED_SEQUENCE_NUMBER_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_ACCEPTED_SESSION_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_LENGTH_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.SEQUENCE_NUMBER_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.SESSION_LENGTH;

import java.nio.ByteOrder;

import org.agrona.MutableDirectBuffer;

/**
 * Builds a Login Accepted packet ('A', section 2.2.1; layout in {@link SoupBinTcp}) in place.
 */
public final class SoupBinTcpLoginAcceptedEncoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_ACCEPTED_LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a packet: writes its length field and type.
     *
     * @param buffer where to write, {@link #LENGTH} bytes from {@code offset}.
     * @param offset where the packet starts.
     * @return this encoder.
     */
    public SoupBinTcpLoginAcceptedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putShort(offset + PACKET_LENGTH_OFFSET, (short) (LENGTH - LENGTH_FIELD_LENGTH), ByteOrder.BIG_ENDIAN);
        buffer.putByte(offset + PACKET_TYPE_OFFSET, LOGIN_ACCEPTED);
        return this;
    }

    /**
     * Writes the session, left-padded with spaces.
     *
     * @param session ASCII, at most {@link SoupBinTcp#SESSION_LENGTH} bytes.
     * @return this encoder.
     */
    public SoupBinTcpLoginAcceptedEncoder session(final byte[] session) {
        SoupBinTcpAscii.putRightJustified(buffer, offset + LOGIN_ACCEPTED_SESSION_OFFSET, SESSION_LENGTH, session);
        return this;
    }

    /**
     * Writes the sequence number of the next sequenced message the server will send, left-padded with spaces.
     *
     * @param sequenceNumber 1 or more.
     * @return this encoder.
     * @throws IllegalArgumentException if negative.
     */
    public SoupBinTcpLoginAcceptedEncoder sequenceNumber(final long sequenceNumber) {
        SoupBinTcpAscii.putNumeric(
            buffer, offset + LOGIN_ACCEPTED_SEQUENCE_NUMBER_OFFSET, SEQUENCE_NUMBER_LENGTH, sequenceNumber);
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
