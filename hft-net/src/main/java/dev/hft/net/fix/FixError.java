package dev.hft.net.fix;

/**
 * Results of {@link FixMessageDecoder#wrap} and {@link FixValidator#validate}: {@link #OK} or a negative code naming
 * what is wrong with a message, with the FIX 4.4 {@link FixSessionRejectReason} (373) it maps to. Codes are
 * {@code int}s so the hot path neither allocates nor throws; {@link #name(int)} gives a constant name for logs.
 *
 * <p>Per the FIX session protocol (FIX 4.4 volume 2, "Message Recovery"/"Garbled messages"), a {@link #isGarbled
 * garbled} message (not framed, bad BodyLength, bad CheckSum, first three fields out of order) is ignored without
 * incrementing the expected MsgSeqNum; every other error is answered with a session-level Reject (35=3) that
 * carries {@link #sessionRejectReason(int)} and the offending tag as RefTagID (371), and the MsgSeqNum is consumed.
 */
public final class FixError {
    /** The message is well formed. */
    public static final int OK = 0;
    /** Not a FIX message: a tag that is not a number, a field without '=', a missing SOH, no CheckSum. */
    public static final int GARBLED = -1;
    /** BodyLength (9) does not match the bytes between it and CheckSum (10). */
    public static final int BAD_BODY_LENGTH = -2;
    /** CheckSum (10) does not match the sum of the bytes before it modulo 256. */
    public static final int BAD_CHECKSUM = -3;
    /** The first three fields are not BeginString (8), BodyLength (9), MsgType (35). */
    public static final int FIRST_FIELDS_OUT_OF_ORDER = -4;
    /** A tag number that is zero, negative or unknown to the dictionary (SessionRejectReason 0). */
    public static final int INVALID_TAG_NUMBER = -5;
    /** A required tag is missing (SessionRejectReason 1). */
    public static final int REQUIRED_TAG_MISSING = -6;
    /** A tag the message type does not define (SessionRejectReason 2). */
    public static final int TAG_NOT_DEFINED_FOR_MESSAGE_TYPE = -7;
    /** A tag with an empty value, {@code 58=|} (SessionRejectReason 4). */
    public static final int TAG_WITHOUT_VALUE = -8;
    /** A value outside the tag's enumeration (SessionRejectReason 5). */
    public static final int VALUE_OUT_OF_RANGE = -9;
    /** A value that does not parse as the tag's type (SessionRejectReason 6). */
    public static final int INCORRECT_DATA_FORMAT = -10;
    /** A MsgType (35) that is not a valid FIX 4.4 type (SessionRejectReason 11). */
    public static final int INVALID_MSG_TYPE = -11;
    /** A tag that appears more than once outside a repeating group (SessionRejectReason 13). */
    public static final int REPEATED_TAG = -12;
    /** A header field after a body field, or a trailer field before the end (SessionRejectReason 14). */
    public static final int TAG_OUT_OF_ORDER = -13;
    /** Fields of a repeating group entry out of order: the entry does not start with its delimiter (15). */
    public static final int GROUP_FIELDS_OUT_OF_ORDER = -14;
    /** A NumInGroup count that differs from the entries present (SessionRejectReason 16). */
    public static final int INCORRECT_NUM_IN_GROUP = -15;
    /** More fields than the decoder's field index holds (SessionRejectReason 99, other). */
    public static final int TOO_MANY_FIELDS = -16;

    private FixError() {
    }

    /**
     * Tells whether the message must be ignored as garbled (no Reject, MsgSeqNum not consumed).
     *
     * @param error a code from this class.
     * @return {@code true} for {@link #GARBLED}, {@link #BAD_BODY_LENGTH}, {@link #BAD_CHECKSUM} and
     *         {@link #FIRST_FIELDS_OUT_OF_ORDER}.
     */
    public static boolean isGarbled(final int error) {
        return error == GARBLED || error == BAD_BODY_LENGTH || error == BAD_CHECKSUM
            || error == FIRST_FIELDS_OUT_OF_ORDER;
    }

    /**
     * The SessionRejectReason (373) of a code that is answered by a Reject.
     *
     * @param error a code from this class.
     * @return the FIX 4.4 SessionRejectReason, {@link FixSessionRejectReason#OTHER} for codes without a closer one,
     *         {@link FixSessionRejectReason#NONE} for {@link #OK} and garbled codes (which are not rejected).
     */
    public static FixSessionRejectReason sessionRejectReason(final int error) {
        switch (error) {
            case INVALID_TAG_NUMBER:
                return FixSessionRejectReason.INVALID_TAG_NUMBER;
            case REQUIRED_TAG_MISSING:
                return FixSessionRejectReason.REQUIRED_TAG_MISSING;
            case TAG_NOT_DEFINED_FOR_MESSAGE_TYPE:
                return FixSessionRejectReason.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE;
            case TAG_WITHOUT_VALUE:
                return FixSessionRejectReason.TAG_SPECIFIED_WITHOUT_A_VALUE;
            case VALUE_OUT_OF_RANGE:
                return FixSessionRejectReason.VALUE_IS_INCORRECT;
            case INCORRECT_DATA_FORMAT:
                return FixSessionRejectReason.INCORRECT_DATA_FORMAT;
            case INVALID_MSG_TYPE:
                return FixSessionRejectReason.INVALID_MSG_TYPE;
            case REPEATED_TAG:
                return FixSessionRejectReason.TAG_APPEARS_MORE_THAN_ONCE;
            case TAG_OUT_OF_ORDER:
                return FixSessionRejectReason.TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER;
            case GROUP_FIELDS_OUT_OF_ORDER:
                return FixSessionRejectReason.REPEATING_GROUP_FIELDS_OUT_OF_ORDER;
            case INCORRECT_NUM_IN_GROUP:
                return FixSessionRejectReason.INCORRECT_NUM_IN_GROUP_COUNT;
            case TOO_MANY_FIELDS:
                return FixSessionRejectReason.OTHER;
            default:
                return FixSessionRejectReason.NONE;
        }
    }

    /**
     * The name of a code, as a constant (no allocation).
     *
     * @param error a code from this class.
     * @return its constant's name, or {@code "UNKNOWN"}.
     */
    public static String name(final int error) {
        switch (error) {
            case OK:
                return "OK";
            case GARBLED:
                return "GARBLED";
            case BAD_BODY_LENGTH:
                return "BAD_BODY_LENGTH";
            case BAD_CHECKSUM:
                return "BAD_CHECKSUM";
            case FIRST_FIELDS_OUT_OF_ORDER:
                return "FIRST_FIELDS_OUT_OF_ORDER";
            case INVALID_TAG_NUMBER:
                return "INVALID_TAG_NUMBER";
            case REQUIRED_TAG_MISSING:
                return "REQUIRED_TAG_MISSING";
            case TAG_NOT_DEFINED_FOR_MESSAGE_TYPE:
                return "TAG_NOT_DEFINED_FOR_MESSAGE_TYPE";
            case TAG_WITHOUT_VALUE:
                return "TAG_WITHOUT_VALUE";
            case VALUE_OUT_OF_RANGE:
                return "VALUE_OUT_OF_RANGE";
            case INCORRECT_DATA_FORMAT:
                return "INCORRECT_DATA_FORMAT";
            case INVALID_MSG_TYPE:
                return "INVALID_MSG_TYPE";
            case REPEATED_TAG:
                return "REPEATED_TAG";
            case TAG_OUT_OF_ORDER:
                return "TAG_OUT_OF_ORDER";
            case GROUP_FIELDS_OUT_OF_ORDER:
                return "GROUP_FIELDS_OUT_OF_ORDER";
            case INCORRECT_NUM_IN_GROUP:
                return "INCORRECT_NUM_IN_GROUP";
            case TOO_MANY_FIELDS:
                return "TOO_MANY_FIELDS";
            default:
                return "UNKNOWN";
        }
    }
}
