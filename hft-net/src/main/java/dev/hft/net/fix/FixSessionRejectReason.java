package dev.hft.net.fix;

/**
 * FIX 4.4 SessionRejectReason (373) values: why a message was rejected at session level (Reject, 35=3). What
 * {@link FixError#sessionRejectReason(int)} maps a decoding or validation error to, what the session sends, and what
 * {@link FixSessionListener#onReject} reports when the counterparty rejects one of our messages.
 * {@link #code()} is the wire value, {@link #text()} the description FIX engines conventionally send as Text (58).
 * {@link #NONE} is the absent value (no reason given, or no reject). Lookups ({@link #of(int)}) do not allocate.
 */
public enum FixSessionRejectReason {
    /** No SessionRejectReason: the Reject carried none, or the code is not rejected (OK, garbled). */
    NONE(-1, ""),
    /** 0: Invalid tag number. */
    INVALID_TAG_NUMBER(0, "Invalid tag number"),
    /** 1: Required tag missing. */
    REQUIRED_TAG_MISSING(1, "Required tag missing"),
    /** 2: Tag not defined for this message type. */
    TAG_NOT_DEFINED_FOR_MESSAGE_TYPE(2, "Tag not defined for this message type"),
    /** 3: Undefined tag. */
    UNDEFINED_TAG(3, "Undefined Tag"),
    /** 4: Tag specified without a value. */
    TAG_SPECIFIED_WITHOUT_A_VALUE(4, "Tag specified without a value"),
    /** 5: Value is incorrect (out of range) for this tag. */
    VALUE_IS_INCORRECT(5, "Value is incorrect (out of range) for this tag"),
    /** 6: Incorrect data format for value. */
    INCORRECT_DATA_FORMAT(6, "Incorrect data format for value"),
    /** 7: Decryption problem. */
    DECRYPTION_PROBLEM(7, "Decryption problem"),
    /** 8: Signature problem. */
    SIGNATURE_PROBLEM(8, "Signature problem"),
    /** 9: CompID problem (SenderCompID/TargetCompID do not name this session). */
    COMPID_PROBLEM(9, "CompID problem"),
    /** 10: SendingTime accuracy problem (SendingTime or OrigSendingTime out of tolerance). */
    SENDING_TIME_ACCURACY_PROBLEM(10, "SendingTime accuracy problem"),
    /** 11: Invalid MsgType. */
    INVALID_MSG_TYPE(11, "Invalid MsgType"),
    /** 12: XML validation error. */
    XML_VALIDATION_ERROR(12, "XML Validation error"),
    /** 13: Tag appears more than once. */
    TAG_APPEARS_MORE_THAN_ONCE(13, "Tag appears more than once"),
    /** 14: Tag specified out of required order. */
    TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER(14, "Tag specified out of required order"),
    /** 15: Repeating group fields out of order. */
    REPEATING_GROUP_FIELDS_OUT_OF_ORDER(15, "Out of order repeating group members"),
    /** 16: Incorrect NumInGroup count for repeating group. */
    INCORRECT_NUM_IN_GROUP_COUNT(16, "Incorrect NumInGroup count for repeating group"),
    /** 17: Non-data value includes field delimiter (SOH). */
    NON_DATA_VALUE_INCLUDES_FIELD_DELIMITER(17, "Non Data Value includes Field Delimiter (SOH character)"),
    /** 99: Other; also what {@link #of(int)} returns for a code FIX 4.4 does not define. */
    OTHER(99, "Other");

    private static final int MAX_DEFINED = 17;
    private static final FixSessionRejectReason[] BY_CODE = new FixSessionRejectReason[MAX_DEFINED + 1];

    static {
        for (final FixSessionRejectReason reason : values()) {
            if (reason.code >= 0 && reason.code <= MAX_DEFINED) {
                BY_CODE[reason.code] = reason;
            }
        }
    }

    private final int code;
    private final String text;

    FixSessionRejectReason(final int code, final String text) {
        this.code = code;
        this.text = text;
    }

    /**
     * The SessionRejectReason (373) value on the wire.
     *
     * @return 0 to 17 or 99; -1 for {@link #NONE}.
     */
    public int code() {
        return code;
    }

    /**
     * The description conventionally sent as Text (58) with this reason (the FIX specification's wording, as
     * QuickFIX/J sends it).
     *
     * @return the text; empty for {@link #NONE}.
     */
    public String text() {
        return text;
    }

    /**
     * The reason with a wire value. Allocation-free.
     *
     * @param code a SessionRejectReason (373) value, or -1 for none.
     * @return the reason; {@link #NONE} for a negative code; {@link #OTHER} for 99 and for values FIX 4.4 does not
     *         define.
     */
    public static FixSessionRejectReason of(final int code) {
        if (code < 0) {
            return NONE;
        }
        return code <= MAX_DEFINED ? BY_CODE[code] : OTHER;
    }
}
