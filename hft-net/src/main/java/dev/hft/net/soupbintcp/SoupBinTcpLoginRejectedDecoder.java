package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REJECTED_REASON_OFFSET;

import org.agrona.DirectBuffer;

/**
 * Flyweight over a Login Rejected packet ('J', section 2.2.2; layout in {@link SoupBinTcp}).
 */
public final class SoupBinTcpLoginRejectedDecoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_REJECTED_LENGTH;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points the flyweight at a packet.
     *
     * @param buffer the bytes.
     * @param offset where the packet starts (its length field).
     * @param length the packet's length.
     * @return {@code true} if the length is exactly {@link #LENGTH}.
     */
    public boolean wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.offset = offset;
        return length == LENGTH;
    }

    /**
     * The reject reason.
     *
     * @return {@link SoupBinTcp#REJECT_NOT_AUTHORIZED}, {@link SoupBinTcp#REJECT_SESSION_NOT_AVAILABLE}, or another
     *         byte a server chose.
     */
    public byte rejectReasonCode() {
        return buffer.getByte(offset + LOGIN_REJECTED_REASON_OFFSET);
    }

    @Override
    public String toString() {
        return "LoginRejected{rejectReasonCode=" + (char) rejectReasonCode() + '}';
    }
}
