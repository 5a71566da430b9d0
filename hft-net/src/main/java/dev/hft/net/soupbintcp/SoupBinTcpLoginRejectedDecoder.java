package dev.hft.net.soupbintcp;

import static dev.hft.net.soupbintcp.SoupBinTcp.LOGIN_REJECTED_REASON_OFFSET;

/**
 * Flyweight over a Login Rejected packet ('J', section 2.2.2; layout in {@link SoupBinTcp}).
 */
public final class SoupBinTcpLoginRejectedDecoder extends SoupBinTcpFixedPacketDecoder {
    /** Length of the whole packet. */
    public static final int LENGTH = SoupBinTcp.LOGIN_REJECTED_LENGTH;

    /**
     * Creates an unwrapped decoder; {@link #wrap} checks a packet's length against {@link #LENGTH}.
     */
    public SoupBinTcpLoginRejectedDecoder() {
        super(LENGTH);
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
