package dev.hft.net.fix;

import org.agrona.DirectBuffer;

/**
 * FIX 4.4 MsgType (35) values as packed {@code int}s: a one-character type is its character, a two-character type
 * is {@code first << 8 | second}, so a type compares and switches as a primitive. Only the codec's messages have
 * constants; any other type packs the same way ({@link #pack(CharSequence)}).
 */
public final class FixMsgType {
    /** Sentinel: no or unparseable MsgType (more than two characters, or empty). */
    public static final int NONE = 0;
    /** Heartbeat (0). */
    public static final int HEARTBEAT = '0';
    /** TestRequest (1). */
    public static final int TEST_REQUEST = '1';
    /** ResendRequest (2). */
    public static final int RESEND_REQUEST = '2';
    /** Reject (3), session level. */
    public static final int REJECT = '3';
    /** SequenceReset (4), reset or gap fill. */
    public static final int SEQUENCE_RESET = '4';
    /** Logout (5). */
    public static final int LOGOUT = '5';
    /** ExecutionReport (8). */
    public static final int EXECUTION_REPORT = '8';
    /** OrderCancelReject (9). */
    public static final int ORDER_CANCEL_REJECT = '9';
    /** Logon (A). */
    public static final int LOGON = 'A';
    /** NewOrderSingle (D). */
    public static final int NEW_ORDER_SINGLE = 'D';
    /** OrderCancelRequest (F). */
    public static final int ORDER_CANCEL_REQUEST = 'F';
    /** OrderCancelReplaceRequest (G). */
    public static final int ORDER_CANCEL_REPLACE_REQUEST = 'G';
    /** BusinessMessageReject (j). */
    public static final int BUSINESS_MESSAGE_REJECT = 'j';

    private FixMsgType() {
    }

    /**
     * Tells whether a type is a session-level (administrative) message: Heartbeat, TestRequest, ResendRequest,
     * Reject, SequenceReset, Logout or Logon.
     *
     * @param msgType packed type.
     * @return {@code true} for the seven admin types.
     */
    public static boolean isAdmin(final int msgType) {
        return msgType == LOGON || (msgType >= HEARTBEAT && msgType <= LOGOUT);
    }

    /**
     * Packs a MsgType value read from a buffer.
     *
     * @param buffer bytes.
     * @param offset first character.
     * @param length 1 or 2.
     * @return the packed type, or {@link #NONE} for any other length.
     */
    public static int pack(final DirectBuffer buffer, final int offset, final int length) {
        if (length == 1) {
            return buffer.getByte(offset) & 0xFF;
        }
        if (length == 2) {
            return (buffer.getByte(offset) & 0xFF) << 8 | (buffer.getByte(offset + 1) & 0xFF);
        }
        return NONE;
    }

    /**
     * Packs a MsgType given as text (start-up and tests).
     *
     * @param text one or two ASCII characters.
     * @return the packed type, or {@link #NONE} for any other length.
     */
    public static int pack(final CharSequence text) {
        if (text.length() == 1) {
            return text.charAt(0);
        }
        if (text.length() == 2) {
            return text.charAt(0) << 8 | text.charAt(1);
        }
        return NONE;
    }

    /**
     * Number of characters of a packed type.
     *
     * @param msgType packed type, not {@link #NONE}.
     * @return 1 or 2.
     */
    public static int length(final int msgType) {
        return msgType > 0xFF ? 2 : 1;
    }

    /**
     * The text of a packed type (logs, tests; allocates).
     *
     * @param msgType packed type.
     * @return one or two characters, or {@code ""} for {@link #NONE}.
     */
    public static String toString(final int msgType) {
        if (msgType == NONE) {
            return "";
        }
        return msgType > 0xFF ? "" + (char) (msgType >> 8) + (char) (msgType & 0xFF) : String.valueOf((char) msgType);
    }
}
