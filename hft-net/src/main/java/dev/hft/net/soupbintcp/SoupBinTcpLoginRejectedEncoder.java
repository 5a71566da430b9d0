package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LENGTH_FIELD_LENGTH;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REJECTED;
import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REJECTED_REASON_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_LENGTH_OFFSET;
import static dev.hft.net.soupbintcp.SoupBinTcp.PACKET_TYPE_OFFSET;

import java.nio.ByteOrder;

import org.agrona.MutableDirectBuffer;

/**
 * Builds a Login Rejected packet ('J', section 2.2.2; layout in {@link SoupBinTcp}) in place.
 */
public final class SoupBinTcpLoginRejectedEncoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_REJECTED_LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a packet: writes its length field and type.
     *
     * @param buffer where to write, {@link #LENGTH} bytes from {@code offset}.
     * @param offset where the packet starts.
     * @return this encoder.
     */
    public SoupBinTcpLoginRejectedEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putShort(offset + PACKET_LENGTH_OFFSET, (short) (LENGTH - LENGTH_FIELD_LENGTH), ByteOrder.BIG_ENDIAN);
        buffer.putByte(offset + PACKET_TYPE_OFFSET, LOGIN_REJECTED);
        return this;
    }

    /**
     * Writes the reject reason.
     *
     * @param rejectReasonCode {@link SoupBinTcp#REJECT_NOT_AUTHORIZED} or
     *                         {@link SoupBinTcp#REJECT_SESSION_NOT_AVAILABLE}.
     * @return this encoder.
     */
    public SoupBinTcpLoginRejectedEncoder rejectReasonCode(final byte rejectReasonCode) {
        buffer.putByte(offset + LOGIN_REJECTED_REASON_OFFSET, rejectReasonCode);
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
