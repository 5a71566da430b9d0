package dev.hft.net.soupbintcp;

/**
 * SoupBinTCP 3.00 wire constants (NASDAQ "SoupBinTCP", version 3.00). Integers are big-endian; alpha and numeric
 * fields are ASCII padded with spaces.
 *
 * <pre>
 * every packet (1.1)      packet length u16          @0   bytes that follow it: 1 (the type) + payload length
 *                         packet type   u8           @2
 *                         payload                    @3
 *
 * either direction
 * '+' debug (2.1)         text                       @3   free form
 *
 * server to client (2.2)
 * 'A' login accepted      session alpha(10)          @3   left-padded with spaces          (packet 33 bytes)
 *     (2.2.1)             sequence number num(20)    @13  next sequenced message, left-padded with spaces
 * 'J' login rejected      reject reason code u8      @3   'A' not authorized, 'S' session not available (4)
 *     (2.2.2)
 * 'S' sequenced data      message                    @3   numbered implicitly from the login accepted number
 *     (2.2.3)
 * 'H' server heartbeat    (no payload)                                                     (3 bytes)
 *     (2.2.4)
 * 'Z' end of session      (no payload)                                                     (3 bytes)
 *     (2.2.5)
 *
 * client to server (2.3)
 * 'L' login request       username alpha(6)          @3   padded on the right with spaces  (packet 49 bytes)
 *     (2.3.1)             password alpha(10)         @9   padded on the right with spaces
 *                         requested session alpha(10) @19 left-padded; all blanks = the currently active session
 *                         requested sequence num(20) @29  left-padded; 0 = from the next new message
 * 'U' unsequenced data    message                    @3
 *     (2.3.2)
 * 'R' client heartbeat    (no payload)                                                     (3 bytes)
 *     (2.3.3)
 * 'O' logout request      (no payload)                                                     (3 bytes)
 *     (2.3.4)
 * </pre>
 *
 * Heartbeats: each side sends its heartbeat after {@link #DEFAULT_HEARTBEAT_INTERVAL_NS} without sending anything
 * and treats {@link #DEFAULT_HEARTBEAT_TIMEOUT_NS} without receiving anything as a lost link. A rejected login, an
 * end of session and a logout request are each followed by the server closing the socket.
 */
public final class SoupBinTcp {
    /** Length of the packet length field. */
    public static final int LENGTH_FIELD_LENGTH = 2;
    /** Offset of the packet length field. */
    public static final int PACKET_LENGTH_OFFSET = 0;
    /** Offset of the packet type. */
    public static final int PACKET_TYPE_OFFSET = 2;
    /** Length of the packet header: length field and type. */
    public static final int HEADER_LENGTH = 3;
    /** Offset of the payload. */
    public static final int PAYLOAD_OFFSET = 3;
    /** Largest value of the packet length field. */
    public static final int MAX_PACKET_LENGTH_FIELD = 0xFFFF;
    /** Largest payload a packet can carry (the length field counts the type byte too). */
    public static final int MAX_PAYLOAD_LENGTH = MAX_PACKET_LENGTH_FIELD - 1;

    /** Packet type: debug text, either direction. */
    public static final byte DEBUG = '+';
    /** Packet type: login accepted (server). */
    public static final byte LOGIN_ACCEPTED = 'A';
    /** Packet type: login rejected (server). */
    public static final byte LOGIN_REJECTED = 'J';
    /** Packet type: sequenced data (server). */
    public static final byte SEQUENCED_DATA = 'S';
    /** Packet type: server heartbeat. */
    public static final byte SERVER_HEARTBEAT = 'H';
    /** Packet type: end of session (server). */
    public static final byte END_OF_SESSION = 'Z';
    /** Packet type: login request (client). */
    public static final byte LOGIN_REQUEST = 'L';
    /** Packet type: unsequenced data (client). */
    public static final byte UNSEQUENCED_DATA = 'U';
    /** Packet type: client heartbeat. */
    public static final byte CLIENT_HEARTBEAT = 'R';
    /** Packet type: logout request (client). */
    public static final byte LOGOUT_REQUEST = 'O';

    /** Login reject reason: the username and password combination was invalid. */
    public static final byte REJECT_NOT_AUTHORIZED = 'A';
    /** Login reject reason: the requested session was invalid or is not available. */
    public static final byte REJECT_SESSION_NOT_AVAILABLE = 'S';

    /** Length of the username field. */
    public static final int USERNAME_LENGTH = 6;
    /** Length of the password field. */
    public static final int PASSWORD_LENGTH = 10;
    /** Length of a session field. */
    public static final int SESSION_LENGTH = 10;
    /** Length of a sequence number field. */
    public static final int SEQUENCE_NUMBER_LENGTH = 20;

    /** Login request: offset of the username. */
    public static final int LOGIN_REQUEST_USERNAME_OFFSET = 3;
    /** Login request: offset of the password. */
    public static final int LOGIN_REQUEST_PASSWORD_OFFSET = 9;
    /** Login request: offset of the requested session. */
    public static final int LOGIN_REQUEST_SESSION_OFFSET = 19;
    /** Login request: offset of the requested sequence number. */
    public static final int LOGIN_REQUEST_SEQUENCE_NUMBER_OFFSET = 29;
    /** Login request: length of the whole packet. */
    public static final int LOGIN_REQUEST_LENGTH = 49;

    /** Login accepted: offset of the session. */
    public static final int LOGIN_ACCEPTED_SESSION_OFFSET = 3;
    /** Login accepted: offset of the sequence number. */
    public static final int LOGIN_ACCEPTED_SEQUENCE_NUMBER_OFFSET = 13;
    /** Login accepted: length of the whole packet. */
    public static final int LOGIN_ACCEPTED_LENGTH = 33;

    /** Login rejected: offset of the reject reason code. */
    public static final int LOGIN_REJECTED_REASON_OFFSET = 3;
    /** Login rejected: length of the whole packet. */
    public static final int LOGIN_REJECTED_LENGTH = 4;

    /** Default interval after which a side that sent nothing sends a heartbeat: 1 second. */
    public static final long DEFAULT_HEARTBEAT_INTERVAL_NS = 1_000_000_000L;
    /** Default silence after which a side considers the link lost: 15 seconds. */
    public static final long DEFAULT_HEARTBEAT_TIMEOUT_NS = 15_000_000_000L;

    private SoupBinTcp() {
    }

    /**
     * Names a packet type for logs, as a constant (no allocation).
     *
     * @param packetType the type byte.
     * @return e.g. {@code "SEQUENCED_DATA"}; {@code "UNKNOWN"} for a type SoupBinTCP 3.00 does not define.
     */
    public static String packetTypeName(final byte packetType) {
        switch (packetType) {
            case DEBUG:
                return "DEBUG";
            case LOGIN_ACCEPTED:
                return "LOGIN_ACCEPTED";
            case LOGIN_REJECTED:
                return "LOGIN_REJECTED";
            case SEQUENCED_DATA:
                return "SEQUENCED_DATA";
            case SERVER_HEARTBEAT:
                return "SERVER_HEARTBEAT";
            case END_OF_SESSION:
                return "END_OF_SESSION";
            case LOGIN_REQUEST:
                return "LOGIN_REQUEST";
            case UNSEQUENCED_DATA:
                return "UNSEQUENCED_DATA";
            case CLIENT_HEARTBEAT:
                return "CLIENT_HEARTBEAT";
            case LOGOUT_REQUEST:
                return "LOGOUT_REQUEST";
            default:
                return "UNKNOWN";
        }
    }
}
