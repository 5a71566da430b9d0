package dev.hft.net.moldudp64;

/**
 * MoldUDP64 1.00 wire constants (NASDAQ "MoldUDP64 Protocol Specification", version 1.00). All integers are
 * big-endian. Sequence numbers count messages from 1 within a session; a heartbeat and an end-of-session packet
 * carry the sequence number of the next message the server will send. A request is answered with one ordinary
 * downstream packet, unicast to the requester's address, holding as many of the requested messages as fit.
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
    /** Padding byte of the session field. */
    public static final byte SESSION_PAD = ' ';
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
    /** Largest UDP payload of one 1500-byte Ethernet frame (1500 - 20 IPv4 - 8 UDP): the receivers' default. */
    public static final int ETHERNET_MAX_PACKET_LENGTH = 1472;
    /** Largest UDP payload over IPv4 (65535 - 20 - 8). */
    public static final int MAX_UDP_PAYLOAD_LENGTH = 65507;
    /** Length of a request packet: exactly a header (the count field holds the requested message count). */
    public static final int REQUEST_LENGTH = HEADER_LENGTH;
    /** Sequence number of the first message of a session. */
    public static final long FIRST_SEQUENCE_NUMBER = 1;
    /** Largest message payload a message block can carry (its length prefix is an unsigned 16-bit integer). */
    public static final int MAX_MESSAGE_LENGTH = 0xFFFF;

    private MoldUdp64() {
    }

    /**
     * Encodes a session name as the wire's space-padded ten ASCII bytes (start-up use; allocates).
     *
     * @param session one to ten ASCII characters.
     * @return a new array of {@link #SESSION_LENGTH} bytes.
     * @throws IllegalArgumentException if the name is empty, too long or not ASCII.
     */
    public static byte[] session(final String session) {
        if (session.isEmpty() || session.length() > SESSION_LENGTH) {
            throw new IllegalArgumentException("a session name has 1 to 10 characters: '" + session + "'");
        }
        final byte[] bytes = new byte[SESSION_LENGTH];
        for (int i = 0; i < SESSION_LENGTH; i++) {
            if (i < session.length()) {
                final char c = session.charAt(i);
                if (c < 0x20 || c > 0x7E) {
                    throw new IllegalArgumentException("a session name is printable ASCII: '" + session + "'");
                }
                bytes[i] = (byte) c;
            } else {
                bytes[i] = SESSION_PAD;
            }
        }
        return bytes;
    }
}
