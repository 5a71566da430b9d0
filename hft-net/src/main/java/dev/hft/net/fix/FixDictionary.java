package dev.hft.net.fix;

import org.agrona.DirectBuffer;

/**
 * The FIX 4.4 facts the codec and the session check messages against: header and trailer tags, value types,
 * repeating groups (count tag, delimiter, members), required and allowed tags of the codec's message types, and the
 * enumerations of the fields an order-entry session meets. A deliberately small dictionary: tags 1 to
 * {@link #MAX_TAG} are FIX 4.4 tags, value types are known for the tags used by the codec's messages (other tags are
 * treated as strings), body tags are restricted only for the admin messages. Static, immutable, thread-safe.
 */
public final class FixDictionary {
    /** Highest tag number defined by FIX 4.4; larger tags (user-defined fields) are invalid tag numbers. */
    public static final int MAX_TAG = 956;

    /** Value type: unknown or free text. */
    public static final byte STRING = 0;
    /** Value type: integer ({@code [-]digits}): Int, Length, SeqNum, NumInGroup, TagNum. */
    public static final byte INT = 1;
    /** Value type: decimal ({@code [-]digits[.digits]}): Price, Qty, Amt, Float, Percentage. */
    public static final byte FLOAT = 2;
    /** Value type: exactly one character. */
    public static final byte CHAR = 3;
    /** Value type: Y or N. */
    public static final byte BOOLEAN = 4;
    /** Value type: UTCTimestamp {@code YYYYMMDD-HH:MM:SS[.sss]}. */
    public static final byte UTC_TIMESTAMP = 5;
    /** Value type: LocalMktDate / UTCDateOnly {@code YYYYMMDD}. */
    public static final byte DATE = 6;

    private static final int SIZE = MAX_TAG + 1;
    private static final byte[] TYPES = new byte[SIZE];
    private static final boolean[] HEADER = new boolean[SIZE];
    private static final boolean[] GROUP_MEMBER = new boolean[SIZE];
    private static final int[] GROUP_DELIMITER = new int[SIZE];
    private static final int[][] GROUP_MEMBERS = new int[SIZE][];
    private static final int[][] REQUIRED = new int[128][];
    private static final boolean[][] ALLOWED = new boolean[128][];
    private static final int[] NO_TAGS = {};

    static {
        final int[] header = {8, 9, 35, 49, 56, 115, 128, 90, 91, 34, 50, 142, 57, 143, 116, 144, 129, 145, 43, 97, 52,
            122, 212, 213, 347, 369, 627, 628, 629, 630};
        for (final int tag : header) {
            HEADER[tag] = true;
        }
        types(INT, 9, 34, 369, 627, 98, 108, 383, 789, 7, 16, 45, 36, 371, 373, 380, 102, 103, 581, 452, 384, 386,
            453, 136, 382, 215, 216, 78, 232, 454, 864, 146, 555, 711, 90, 93, 95, 212, 630, 354, 865);
        types(FLOAT, 38, 44, 99, 110, 111, 151, 14, 6, 31, 32, 12, 381, 137, 152, 80, 211, 389);
        types(CHAR, 150, 39, 54, 40, 59, 21, 29, 434, 528, 13, 447, 385, 4, 61, 77);
        types(BOOLEAN, 43, 97, 141, 123, 464, 114, 377);
        types(UTC_TIMESTAMP, 52, 122, 60, 126, 629);
        types(DATE, 75, 64, 432);

        group(627, 628, 629, 630);
        group(384, 372, 385);
        group(453, 448, 447, 452, 802);
        group(802, 523, 803);
        group(386, 336, 625);
        group(136, 137, 138, 139, 891);
        group(382, 375, 337, 437, 438, 655);
        group(215, 216, 217);
        group(78, 79, 661, 736, 467, 80);
        group(232, 233, 234);
        group(454, 455, 456);
        group(864, 865, 866, 867, 868);
        group(146, 55, 65, 48, 22, 454, 460, 461, 167, 200, 541, 201, 224, 225, 239, 226, 227, 228, 255, 543, 470,
            471, 472, 240, 202, 947, 206, 231, 223, 207, 106, 348, 349, 107, 350, 351, 691, 667, 875, 876, 873, 874,
            864);

        message(FixMsgType.LOGON, new int[] {98, 108}, 98, 108, 95, 96, 141, 789, 383, 384, 372, 385, 464, 553, 554);
        message(FixMsgType.HEARTBEAT, NO_TAGS, 112);
        message(FixMsgType.TEST_REQUEST, new int[] {112}, 112);
        message(FixMsgType.RESEND_REQUEST, new int[] {7, 16}, 7, 16);
        message(FixMsgType.REJECT, new int[] {45}, 45, 371, 372, 373, 58, 354, 355);
        message(FixMsgType.SEQUENCE_RESET, new int[] {36}, 36, 123);
        message(FixMsgType.LOGOUT, NO_TAGS, 58, 354, 355);
        REQUIRED[FixMsgType.NEW_ORDER_SINGLE] = new int[] {11, 55, 54, 60, 40};
        REQUIRED[FixMsgType.ORDER_CANCEL_REQUEST] = new int[] {41, 11, 55, 54, 60};
        REQUIRED[FixMsgType.ORDER_CANCEL_REPLACE_REQUEST] = new int[] {41, 11, 55, 54, 60, 40};
        REQUIRED[FixMsgType.EXECUTION_REPORT] = new int[] {37, 17, 150, 39, 55, 54, 151, 14, 6};
        REQUIRED[FixMsgType.ORDER_CANCEL_REJECT] = new int[] {37, 11, 41, 39, 434};
        REQUIRED[FixMsgType.BUSINESS_MESSAGE_REJECT] = new int[] {372, 380};
    }

    private FixDictionary() {
    }

    private static void types(final byte type, final int... tags) {
        for (final int tag : tags) {
            TYPES[tag] = type;
        }
    }

    private static void group(final int countTag, final int... members) {
        GROUP_DELIMITER[countTag] = members[0];
        GROUP_MEMBERS[countTag] = members;
        for (final int member : members) {
            GROUP_MEMBER[member] = true;
        }
    }

    private static void message(final int msgType, final int[] required, final int... allowed) {
        REQUIRED[msgType] = required;
        final boolean[] set = new boolean[SIZE];
        for (final int tag : allowed) {
            set[tag] = true;
        }
        ALLOWED[msgType] = set;
    }

    /**
     * Tells whether a tag number is defined by FIX 4.4.
     *
     * @param tag tag number.
     * @return {@code true} for 1 to {@link #MAX_TAG}.
     */
    public static boolean isValidTag(final int tag) {
        return tag >= 1 && tag <= MAX_TAG;
    }

    /**
     * Tells whether a tag belongs to the standard header.
     *
     * @param tag tag number.
     * @return {@code true} for header tags (8, 9, 35, 49, 56, 34, 52, 43, 97, 122, ...).
     */
    public static boolean isHeaderTag(final int tag) {
        return tag >= 0 && tag < SIZE && HEADER[tag];
    }

    /**
     * Tells whether a tag belongs to the standard trailer.
     *
     * @param tag tag number.
     * @return {@code true} for SignatureLength (93), Signature (89) and CheckSum (10).
     */
    public static boolean isTrailerTag(final int tag) {
        return tag == FixTags.CHECK_SUM || tag == FixTags.SIGNATURE_LENGTH || tag == FixTags.SIGNATURE;
    }

    /**
     * The value type of a tag.
     *
     * @param tag tag number.
     * @return one of the type constants; {@link #STRING} for tags of unknown type.
     */
    public static byte type(final int tag) {
        return tag >= 0 && tag < SIZE ? TYPES[tag] : STRING;
    }

    /**
     * Tells whether a tag is a member of some repeating group (and so may appear more than once).
     *
     * @param tag tag number.
     * @return {@code true} if some group lists it.
     */
    public static boolean isGroupMember(final int tag) {
        return tag >= 0 && tag < SIZE && GROUP_MEMBER[tag];
    }

    /**
     * The delimiter (first field of every entry) of the repeating group a NumInGroup tag counts.
     *
     * @param countTag NumInGroup tag.
     * @return the delimiter tag, or 0 if {@code countTag} counts no known group.
     */
    public static int groupDelimiter(final int countTag) {
        return countTag >= 0 && countTag < SIZE ? GROUP_DELIMITER[countTag] : 0;
    }

    /**
     * Tells whether a tag is a member of the group a NumInGroup tag counts.
     *
     * @param countTag NumInGroup tag.
     * @param tag      tag number.
     * @return {@code true} if the group lists it.
     */
    public static boolean isMemberOf(final int countTag, final int tag) {
        if (countTag < 0 || countTag >= SIZE || GROUP_MEMBERS[countTag] == null) {
            return false;
        }
        final int[] members = GROUP_MEMBERS[countTag];
        for (int i = 0; i < members.length; i++) {
            if (members[i] == tag) {
                return true;
            }
        }
        return false;
    }

    /**
     * Position of a tag in the definition of the group a NumInGroup tag counts (entries keep this order).
     *
     * @param countTag NumInGroup tag.
     * @param tag      tag number.
     * @return 0 for the delimiter, 1 and up for the other members, -1 if the tag is not a member.
     */
    public static int memberIndex(final int countTag, final int tag) {
        if (countTag < 0 || countTag >= SIZE || GROUP_MEMBERS[countTag] == null) {
            return -1;
        }
        final int[] members = GROUP_MEMBERS[countTag];
        for (int i = 0; i < members.length; i++) {
            if (members[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Body tags a message type requires.
     *
     * @param msgType packed MsgType.
     * @return the required tags (do not modify), empty for types without a definition here.
     */
    public static int[] requiredTags(final int msgType) {
        if (msgType < 0 || msgType >= REQUIRED.length || REQUIRED[msgType] == null) {
            return NO_TAGS;
        }
        return REQUIRED[msgType];
    }

    /**
     * Tells whether a body tag is defined for a message type. Only the admin types restrict their body tags.
     *
     * @param msgType packed MsgType.
     * @param tag     body tag.
     * @return {@code false} if the type is an admin type that does not define the tag.
     */
    public static boolean isDefinedFor(final int msgType, final int tag) {
        if (msgType < 0 || msgType >= ALLOWED.length || ALLOWED[msgType] == null) {
            return true;
        }
        return tag >= 0 && tag < SIZE && ALLOWED[msgType][tag];
    }

    /**
     * Tells whether a MsgType is defined by FIX 4.4: a digit, a letter, or {@code A}/{@code B} followed by an
     * upper-case letter.
     *
     * @param msgType packed MsgType.
     * @return {@code true} for a FIX 4.4 type.
     */
    public static boolean isValidMsgType(final int msgType) {
        if (msgType > 0 && msgType <= 0xFF) {
            return (msgType >= '0' && msgType <= '9') || (msgType >= 'A' && msgType <= 'Z')
                || (msgType >= 'a' && msgType <= 'z');
        }
        final int first = msgType >> 8;
        final int second = msgType & 0xFF;
        return (first == 'A' || first == 'B') && second >= 'A' && second <= 'Z';
    }

    /**
     * Tells whether a value lies within its tag's enumeration, for the enumerated fields the dictionary knows
     * (HandlInst, Side, OrdType, TimeInForce, EncryptMethod, ExecType, OrdStatus, CxlRejResponseTo, SecurityType).
     *
     * @param tag    tag number.
     * @param buffer value bytes.
     * @param offset first byte.
     * @param length value length, at least 1.
     * @return {@code false} only for a value outside a known enumeration.
     */
    public static boolean isValidEnum(
        final int tag, final DirectBuffer buffer, final int offset, final int length) {
        final int c = buffer.getByte(offset);
        switch (tag) {
            case FixTags.HANDL_INST:
                return length == 1 && c >= '1' && c <= '3';
            case FixTags.SIDE:
                return length == 1 && ((c >= '1' && c <= '9') || (c >= 'A' && c <= 'G'));
            case FixTags.ORD_TYPE:
                return length == 1 && ((c >= '1' && c <= '9') || (c >= 'A' && c <= 'Q'));
            case FixTags.TIME_IN_FORCE:
                return length == 1 && c >= '0' && c <= '7';
            case FixTags.ENCRYPT_METHOD:
                return length == 1 && c >= '0' && c <= '6';
            case FixTags.EXEC_TYPE:
                return length == 1 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'I'));
            case FixTags.ORD_STATUS:
                return length == 1 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'E'));
            case FixTags.CXL_REJ_RESPONSE_TO:
                return length == 1 && (c == '1' || c == '2');
            case FixTags.SECURITY_TYPE:
                return isSecurityType(buffer, offset, length);
            default:
                return true;
        }
    }

    private static final String[] SECURITY_TYPES = {"?", "ABS", "AMENDED", "AN", "BA", "BN", "BOX", "BRADY", "BRIDGE",
        "BUYSELL", "CB", "CD", "CL", "CMBS", "CMO", "COFO", "COFP", "CORP", "CP", "CPP", "CS", "DEFLTED", "DINP", "DN",
        "DUAL", "EUCD", "EUCORP", "EUCP", "EUSOV", "EUSUPRA", "FAC", "FADN", "FOR", "FORWARD", "FUT", "GO", "IET",
        "LOFC", "LQN", "MATURED", "MBS", "MF", "MIO", "MLEG", "MPO", "MPP", "MPT", "MT", "MTN", "NONE", "ONITE",
        "OPT", "PEF", "PFAND", "PN", "PS", "PZFJ", "RAN", "REPLACD", "REPO", "RETIRED", "REVLRP", "RVLV", "RVLVTRM",
        "SECLOAN", "SECPLEDGE", "SPCLA", "SPCLO", "SPCLT", "STN", "STRUCT", "SUPRA", "SWING", "TAN", "TAXA", "TBA",
        "TBILL", "TBOND", "TCAL", "TD", "TECP", "TERM", "TINT", "TIPS", "TNOTE", "TPRN", "TRAN", "UST", "USTB",
        "VRDN", "WAR", "WITHDRN", "XCN", "XLINKD", "YANK", "YCD", "OOP", "OOF", "CASH"};

    private static boolean isSecurityType(final DirectBuffer buffer, final int offset, final int length) {
        for (final String type : SECURITY_TYPES) {
            if (type.length() == length) {
                boolean same = true;
                for (int i = 0; i < length && same; i++) {
                    same = buffer.getByte(offset + i) == type.charAt(i);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }
}
