package dev.hft.net.moldudp64;

/**
 * MoldUDP64 1.00 wire constants (NASDAQ "MoldUDP64 Protocol Specification", version 1.00). All integers are
 * big-endian.
 *
 * <pre>
 * downstream packet  session       alpha(10) @0   space-padded
 *                    sequence      u64       @10  sequence number of the first message in the packet
 *                    count         u16       @18  messages in the packet; 0 = heartbeat, 0xFFFF = end of session
 *                    message block length u16 + payload, repeated count times, from @20
 * request packet     session       alpha(10) @0
 *                    sequence      u64       @10  first message requested
 *                    count         u16       @18  how many messages are requested
 * </pre>
 */
public final class MoldUdp64 {
    /** Length of the session field. */
    public static final int SESSION_LENGTH = 10;
    /** Offset of the session field. */
    public static final int SESSION_OFFSET = 0;
    /** Offset of the sequence number field. */
    public static final int SEQUENCE_NUMBER_OFFSET = 10;
    /** Offset of the message count field. */
    public static final int MESSAGE_COUNT_OFFSET = 18;
    /** Length of a downstream or request packet header. */
    public static final int HEADER_LENGTH = 20;
    /** Length of a message block's length prefix. */
    public static final int MESSAGE_LENGTH_PREFIX = 2;
    /** Message count that marks a heartbeat. */
    public static final int HEARTBEAT = 0;
    /** Message count that marks the end of the session. */
    public static final int END_OF_SESSION = 0xFFFF;
    /** Largest message count a data packet may carry. */
    public static final int MAX_MESSAGE_COUNT = 0xFFFE;
    /** Largest UDP payload the codec builds by default (fits a 1500-byte Ethernet MTU). */
    public static final int DEFAULT_MAX_PACKET_LENGTH = 1400;

    private MoldUdp64() {
    }
}
