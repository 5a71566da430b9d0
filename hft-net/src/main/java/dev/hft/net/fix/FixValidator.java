package dev.hft.net.fix;

import dev.hft.api.FixedPoint;
import org.agrona.DirectBuffer;

/**
 * The dictionary checks a session applies to a message {@link FixMessageDecoder#wrap} accepted, in the order
 * QuickFIX/J applies them: MsgType valid, header tags present (49, 56, 34, 52), tag numbers valid, tags defined for
 * the type (admin types), value formats (int, decimal, char, Boolean, UTCTimestamp, date), enumerations, repeating
 * group counts and entry order, required body tags. Stateless apart from a reusable group flyweight;
 * allocation-free; single-threaded.
 */
public final class FixValidator {
    private static final int[] REQUIRED_HEADER = {FixTags.SENDER_COMP_ID, FixTags.TARGET_COMP_ID,
        FixTags.MSG_SEQ_NUM, FixTags.SENDING_TIME};

    private final FixGroup group = new FixGroup();
    private int errorTag;
    private int groupCountTag;
    private int groupEntriesVisited;

    /**
     * Validates a parsed message.
     *
     * @param decoder a decoder whose last {@link FixMessageDecoder#wrap} returned {@link FixError#OK}.
     * @return {@link FixError#OK}, {@link FixError#INVALID_MSG_TYPE}, {@link FixError#REQUIRED_TAG_MISSING},
     *         {@link FixError#INVALID_TAG_NUMBER}, {@link FixError#TAG_NOT_DEFINED_FOR_MESSAGE_TYPE},
     *         {@link FixError#INCORRECT_DATA_FORMAT}, {@link FixError#VALUE_OUT_OF_RANGE},
     *         {@link FixError#INCORRECT_NUM_IN_GROUP} or {@link FixError#GROUP_FIELDS_OUT_OF_ORDER};
     *         {@link #errorTag()} names the tag.
     */
    public int validate(final FixMessageDecoder decoder) {
        errorTag = 0;
        groupCountTag = 0;
        groupEntriesVisited = 0;
        final int msgType = decoder.msgType();
        if (!FixDictionary.isValidMsgType(msgType)) {
            errorTag = FixTags.MSG_TYPE;
            return FixError.INVALID_MSG_TYPE;
        }
        for (final int tag : REQUIRED_HEADER) {
            if (!decoder.contains(tag)) {
                errorTag = tag;
                return FixError.REQUIRED_TAG_MISSING;
            }
        }
        final DirectBuffer buffer = decoder.buffer();
        final int last = decoder.fieldCount() - 1;
        final int firstBody = decoder.firstBodyField();
        for (int field = 3; field < last; field++) {
            final int tag = decoder.tagAt(field);
            if (!FixDictionary.isValidTag(tag)) {
                errorTag = tag;
                return FixError.INVALID_TAG_NUMBER;
            }
            if (field >= firstBody && !FixDictionary.isHeaderTag(tag) && !FixDictionary.isTrailerTag(tag)
                && !FixDictionary.isDefinedFor(msgType, tag)) {
                errorTag = tag;
                return FixError.TAG_NOT_DEFINED_FOR_MESSAGE_TYPE;
            }
            final int offset = decoder.valueOffset(field);
            final int length = decoder.valueLength(field);
            if (!isWellFormed(FixDictionary.type(tag), buffer, offset, length)) {
                errorTag = tag;
                return FixError.INCORRECT_DATA_FORMAT;
            }
            if (!FixDictionary.isValidEnum(tag, buffer, offset, length)) {
                errorTag = tag;
                return FixError.VALUE_OUT_OF_RANGE;
            }
        }
        for (int field = firstBody; field < last; field++) {
            final int tag = decoder.tagAt(field);
            final int delimiter = FixDictionary.groupDelimiter(tag);
            if (delimiter != 0 && FixDictionary.type(tag) == FixDictionary.INT) {
                final int result = checkGroup(decoder, tag, delimiter, field);
                if (result != FixError.OK) {
                    return result;
                }
            }
        }
        final int[] required = FixDictionary.requiredTags(msgType);
        for (final int tag : required) {
            if (!decoder.contains(tag)) {
                errorTag = tag;
                return FixError.REQUIRED_TAG_MISSING;
            }
        }
        return FixError.OK;
    }

    private int checkGroup(final FixMessageDecoder decoder, final int countTag, final int delimiter, final int field) {
        final FixGroup group = this.group.wrap(decoder, countTag, delimiter, field);
        while (group.next()) {
            int previous = 0;
            for (int i = group.entryStart() + 1; i < group.entryEnd(); i++) {
                final int tag = decoder.tagAt(i);
                final int index = FixDictionary.memberIndex(countTag, tag);
                if (index < previous) {
                    errorTag = tag;
                    return FixError.GROUP_FIELDS_OUT_OF_ORDER;
                }
                previous = index;
            }
        }
        final int end = group.endField();
        if (group.entriesVisited() != group.count()) {
            groupCountTag = countTag;
            groupEntriesVisited = group.entriesVisited();
            if (end < decoder.fieldCount() - 1) {
                final int tag = decoder.tagAt(end);
                if (FixDictionary.isMemberOf(countTag, tag)) {
                    errorTag = tag;
                    return FixError.GROUP_FIELDS_OUT_OF_ORDER;
                }
            }
            errorTag = countTag;
            return FixError.INCORRECT_NUM_IN_GROUP;
        }
        return FixError.OK;
    }

    /**
     * The NumInGroup tag of the group the last failed {@link #validate} found wrong.
     *
     * @return the count tag, or 0 if the error was not in a group.
     */
    public int groupCountTag() {
        return groupCountTag;
    }

    /**
     * Entries of that group found before the error.
     *
     * @return a count.
     */
    public int groupEntriesVisited() {
        return groupEntriesVisited;
    }

    /**
     * The tag the last failed {@link #validate} names (RefTagID of the Reject).
     *
     * @return a tag number, or 0.
     */
    public int errorTag() {
        return errorTag;
    }

    /**
     * Tells whether a value has the format of its type.
     *
     * @param type   a {@link FixDictionary} type.
     * @param buffer bytes.
     * @param offset first byte of the value.
     * @param length value length, at least 1.
     * @return {@code true} if the value parses as the type.
     */
    public static boolean isWellFormed(final byte type, final DirectBuffer buffer, final int offset, final int length) {
        switch (type) {
            case FixDictionary.INT:
                return FixMessageDecoder.parseLong(buffer, offset, length) != FixMessageDecoder.NULL_LONG;
            case FixDictionary.FLOAT:
                return FixMessageDecoder.parseFixedPoint(buffer, offset, length) != FixedPoint.NULL_PRICE
                    || isLongDecimal(buffer, offset, length);
            case FixDictionary.CHAR:
                return length == 1;
            case FixDictionary.BOOLEAN:
                return length == 1 && (buffer.getByte(offset) == 'Y' || buffer.getByte(offset) == 'N');
            case FixDictionary.UTC_TIMESTAMP:
                return FixTimestamps.parse(buffer, offset, length) != FixTimestamps.NULL_TIMESTAMP;
            case FixDictionary.DATE:
                return length == 8 && FixTimestamps.parse8(buffer, offset);
            default:
                return true;
        }
    }

    private static boolean isLongDecimal(final DirectBuffer buffer, final int offset, final int length) {
        int i = offset;
        final int end = offset + length;
        if (buffer.getByte(i) == '-') {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        for (; i < end; i++) {
            final byte b = buffer.getByte(i);
            if (b == '.' && !dot) {
                dot = true;
            } else if (b >= '0' && b <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
