package dev.hft.net.fix;

import java.nio.ByteOrder;
import java.util.Arrays;

import dev.hft.api.FixedPoint;
import org.agrona.AsciiSequenceView;
import org.agrona.DirectBuffer;

/**
 * Parses one complete FIX 4.4 message in place: {@link #wrap} walks the tag=value fields once, records every field
 * in flat index arrays (tag, value offset, value length; nothing is copied), checks the structure (first three
 * fields, tag syntax, empty values, repeated tags, header fields after body fields), BodyLength (9) and
 * CheckSum (10), and returns {@link FixError#OK} or the first error. Typed getters then read values from the buffer
 * on demand: by tag ({@link #getInt(int)}, {@link #getPrice(int)}, ...; the first occurrence of the tag, found in
 * O(1) for tags below 1024) or by field position ({@link #intAt(int)}, ...), and repeating groups through a
 * {@link FixGroup} flyweight.
 *
 * <p>Absent is a value: a getter for a missing tag or a malformed value returns its sentinel ({@link #NULL_INT},
 * {@link #NULL_LONG}, {@link FixedPoint#NULL_PRICE}, {@link FixTimestamps#NULL_TIMESTAMP}, {@code '\0'}, an empty
 * char sequence); {@link #contains(int)} tells them apart. Strings are {@link CharSequence} views over the buffer,
 * one reusable view per decoder (valid until the next {@code getString} or {@code wrap}), or a view the caller owns.
 * The dictionary-level checks a session needs on receipt (required tags, value types and enumerations, tags defined
 * for the type, group counts) are in {@link FixValidator}, so a parse on the hot path pays only for the structure.
 *
 * <p>Allocation-free after construction; single-threaded; the buffer must stay unchanged while the decoder is used.
 * <pre>
 * int result = decoder.wrap(buffer, offset, length);
 * if (result == FixError.OK &amp;&amp; decoder.msgType() == FixMsgType.EXECUTION_REPORT) {
 *     long lastPx = decoder.getPrice(FixTags.LAST_PX);
 *     CharSequence clOrdId = decoder.getString(FixTags.CL_ORD_ID);
 * }
 * </pre>
 */
public final class FixMessageDecoder {
    /** Sentinel of the {@code int} getters: tag absent or value not an integer that fits. */
    public static final int NULL_INT = Integer.MIN_VALUE;
    /** Sentinel of the {@code long} getters: tag absent or value not an integer that fits. */
    public static final long NULL_LONG = Long.MIN_VALUE;
    /** Default capacity of the field index. */
    public static final int DEFAULT_MAX_FIELDS = 1024;
    /** The field separator, SOH (0x01). */
    public static final byte SOH = 1;

    private static final int DIRECT_TAGS = 1024;
    private static final int MAX_TAG_DIGITS = 9;
    private static final long MAX_QUANTITY = FixedPoint.MAX_VALUE / FixedPoint.SCALE;

    private final int maxFields;
    private final int[] tags;
    private final int[] valueOffsets;
    private final int[] valueLengths;
    private final int[] tagStamps = new int[DIRECT_TAGS];
    private final int[] tagFields = new int[DIRECT_TAGS];
    private final AsciiSequenceView view = new AsciiSequenceView();
    private DirectBuffer buffer;
    private int offset;
    private int length;
    private int stamp;
    private int fieldCount;
    private int msgType;
    private int errorTag;
    private int firstBodyField;

    /** Creates a decoder with a field index of {@link #DEFAULT_MAX_FIELDS} fields. */
    public FixMessageDecoder() {
        this(DEFAULT_MAX_FIELDS);
    }

    /**
     * Creates a decoder.
     *
     * @param maxFields capacity of the field index; a message with more fields is {@link FixError#TOO_MANY_FIELDS}.
     */
    public FixMessageDecoder(final int maxFields) {
        if (maxFields < 4) {
            throw new IllegalArgumentException("maxFields must be at least 4: " + maxFields);
        }
        this.maxFields = maxFields;
        this.tags = new int[maxFields];
        this.valueOffsets = new int[maxFields];
        this.valueLengths = new int[maxFields];
    }

    /**
     * Parses one message, as framed by {@link FixFramer}: {@code length} bytes from {@code 8=} to the SOH after
     * CheckSum. On {@link FixError#OK} and on every non-garbled error the field index is complete, so a Reject can
     * be built from it; {@link #errorTag()} names the offending tag.
     *
     * @param buffer bytes of the message.
     * @param offset first byte ({@code 8}).
     * @param length bytes up to and including the SOH that ends CheckSum.
     * @return {@link FixError#OK}, or the first error found, garbled errors first: {@link FixError#GARBLED},
     *         {@link FixError#FIRST_FIELDS_OUT_OF_ORDER}, {@link FixError#BAD_BODY_LENGTH},
     *         {@link FixError#BAD_CHECKSUM}, {@link FixError#TOO_MANY_FIELDS}, then {@link FixError#TAG_WITHOUT_VALUE},
     *         {@link FixError#INVALID_TAG_NUMBER}, {@link FixError#TAG_OUT_OF_ORDER}, {@link FixError#REPEATED_TAG}.
     */
    public int wrap(final DirectBuffer buffer, final int offset, final int length) {
        this.buffer = buffer;
        this.offset = offset;
        this.length = length;
        this.fieldCount = 0;
        this.msgType = FixMsgType.NONE;
        this.errorTag = 0;
        this.firstBodyField = -1;
        int stamp = this.stamp + 1;
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(tagStamps, 0);
            stamp = 1;
        }
        this.stamp = stamp;

        final int[] tags = this.tags;
        final int[] valueOffsets = this.valueOffsets;
        final int[] valueLengths = this.valueLengths;
        final int[] tagStamps = this.tagStamps;
        final int[] tagFields = this.tagFields;
        final int end = offset + length;
        int error = FixError.OK;
        int errorTag = 0;
        int count = 0;
        int checksumFieldStart = -1;
        boolean inBody = false;
        int pos = offset;
        while (pos < end) {
            final int tagStart = pos;
            byte b = buffer.getByte(pos);
            final boolean negative = b == '-';
            if (negative) {
                pos++;
            }
            int tag = 0;
            int digits = 0;
            while (pos < end) {
                b = buffer.getByte(pos);
                if (b < '0' || b > '9') {
                    break;
                }
                tag = tag * 10 + (b - '0');
                pos++;
                digits++;
            }
            if (pos >= end || b != '=' || digits == 0 || digits > MAX_TAG_DIGITS) {
                return garbled(FixError.GARBLED, count);
            }
            if (negative) {
                tag = -tag;
            }
            final int valueStart = ++pos;
            pos = findSoh(buffer, pos, end);
            if (pos >= end) {
                return garbled(FixError.GARBLED, count);
            }
            final int valueLength = pos - valueStart;
            pos++;
            if (count == maxFields) {
                this.fieldCount = count;
                this.errorTag = tag;
                return FixError.TOO_MANY_FIELDS;
            }
            tags[count] = tag;
            valueOffsets[count] = valueStart;
            valueLengths[count] = valueLength;
            if (tag == FixTags.CHECK_SUM) {
                checksumFieldStart = tagStart;
                count++;
                if (pos != end) {
                    return garbled(FixError.GARBLED, count);
                }
                break;
            }
            if (tag > 0 && tag < DIRECT_TAGS) {
                if (tagStamps[tag] == stamp) {
                    if (error == FixError.OK && !FixDictionary.isGroupMember(tag)) {
                        error = FixError.REPEATED_TAG;
                        errorTag = tag;
                    }
                } else {
                    tagStamps[tag] = stamp;
                    tagFields[tag] = count;
                }
            }
            if (error == FixError.OK) {
                if (valueLength == 0) {
                    error = FixError.TAG_WITHOUT_VALUE;
                    errorTag = tag;
                } else if (tag <= 0) {
                    error = FixError.INVALID_TAG_NUMBER;
                    errorTag = tag;
                }
            }
            if (count >= 3) {
                if (FixDictionary.isHeaderTag(tag)) {
                    if (inBody && error == FixError.OK) {
                        error = FixError.TAG_OUT_OF_ORDER;
                        errorTag = tag;
                    }
                } else if (!inBody) {
                    inBody = true;
                    firstBodyField = count;
                }
            }
            count++;
        }
        this.fieldCount = count;
        if (checksumFieldStart < 0) {
            return garbled(FixError.GARBLED, count);
        }
        if (count < 4 || tags[0] != FixTags.BEGIN_STRING || tags[1] != FixTags.BODY_LENGTH
            || tags[2] != FixTags.MSG_TYPE) {
            return garbled(FixError.FIRST_FIELDS_OUT_OF_ORDER, count);
        }
        if (firstBodyField < 0) {
            firstBodyField = count - 1;
        }
        final int bodyStart = valueOffsets[1] + valueLengths[1] + 1;
        final int bodyLength = (int) parseLong(buffer, valueOffsets[1], valueLengths[1]);
        if (bodyLength != checksumFieldStart - bodyStart) {
            return garbled(FixError.BAD_BODY_LENGTH, count);
        }
        final int checksumField = count - 1;
        final int checksum = valueLengths[checksumField] == 3
            ? (int) parseLong(buffer, valueOffsets[checksumField], 3) : -1;
        if (checksum != checksum(buffer, offset, checksumFieldStart - offset)) {
            return garbled(FixError.BAD_CHECKSUM, count);
        }
        this.msgType = FixMsgType.pack(buffer, valueOffsets[2], valueLengths[2]);
        this.errorTag = errorTag;
        return error;
    }

    /**
     * Value of eight decimal digits (0 to 9 each) in a little-endian word, the most significant in the lowest byte;
     * leading zero bytes stand for leading zeros.
     */
    static int swarDigits(final long digits) {
        long value = (digits * 10 + (digits >>> 8)) & 0x00FF00FF00FF00FFL;
        value = (value * 100 + (value >>> 16)) & 0x0000FFFF0000FFFFL;
        return (int) ((value * 10_000 + (value >>> 32)) & 0xFFFFFFFFL);
    }

    /**
     * Position of the first SOH in {@code [from, end)}, or {@code end}: eight bytes at a time (SWAR zero-byte test
     * on {@code word ^ 0x01...}; the lowest flagged byte is always exact), then byte by byte for the tail.
     */
    private static int findSoh(final DirectBuffer buffer, final int from, final int end) {
        int pos = from;
        while (pos + 8 <= end) {
            final long word = buffer.getLong(pos, ByteOrder.LITTLE_ENDIAN) ^ 0x0101010101010101L;
            final long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
            if (zeros != 0) {
                return pos + (Long.numberOfTrailingZeros(zeros) >>> 3);
            }
            pos += 8;
        }
        while (pos < end && buffer.getByte(pos) != SOH) {
            pos++;
        }
        return pos;
    }

    private int garbled(final int error, final int count) {
        this.fieldCount = count;
        this.msgType = count > 2 && tags[2] == FixTags.MSG_TYPE
            ? FixMsgType.pack(buffer, valueOffsets[2], valueLengths[2]) : FixMsgType.NONE;
        return error;
    }

    /**
     * FIX CheckSum of a byte range: the sum of its bytes modulo 256.
     *
     * @param buffer bytes.
     * @param offset first byte.
     * @param length number of bytes.
     * @return 0 to 255.
     */
    public static int checksum(final DirectBuffer buffer, final int offset, final int length) {
        long lanes = 0;
        int i = 0;
        final int longs = length & ~7;
        while (i < longs) {
            // sum byte pairs in 16-bit lanes; at most 64 longs per chunk keeps every lane below 2^16
            final int chunkEnd = Math.min(longs, i + 512);
            long chunk = 0;
            for (; i < chunkEnd; i += 8) {
                final long word = buffer.getLong(offset + i);
                chunk += (word & 0x00FF00FF00FF00FFL) + ((word >>> 8) & 0x00FF00FF00FF00FFL);
            }
            lanes += (chunk & 0xFFFF) + ((chunk >>> 16) & 0xFFFF) + ((chunk >>> 32) & 0xFFFF) + (chunk >>> 48);
        }
        long sum = lanes;
        for (; i < length; i++) {
            sum += buffer.getByte(offset + i) & 0xFF;
        }
        return (int) (sum & 0xFF);
    }

    /**
     * The tag that caused the error {@link #wrap} returned (RefTagID of a Reject).
     *
     * @return the offending tag, or 0 when the error names none.
     */
    public int errorTag() {
        return errorTag;
    }

    /**
     * MsgType (35) of the message.
     *
     * @return the packed type ({@link FixMsgType}), or {@link FixMsgType#NONE} for a garbled message or a type of
     *         more than two characters.
     */
    public int msgType() {
        return msgType;
    }

    /**
     * MsgSeqNum (34).
     *
     * @return the sequence number, or {@link #NULL_INT} if absent or malformed.
     */
    public int msgSeqNum() {
        return getInt(FixTags.MSG_SEQ_NUM);
    }

    /**
     * Tells whether PossDupFlag (43) is {@code Y}.
     *
     * @return {@code true} for a possible duplicate.
     */
    public boolean possDup() {
        return getChar(FixTags.POSS_DUP_FLAG) == 'Y';
    }

    /**
     * The buffer the message lies in.
     *
     * @return the buffer given to {@link #wrap}.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Offset of the message.
     *
     * @return the offset given to {@link #wrap}.
     */
    public int offset() {
        return offset;
    }

    /**
     * Length of the message.
     *
     * @return the length given to {@link #wrap}.
     */
    public int length() {
        return length;
    }

    /**
     * Number of fields indexed, CheckSum included.
     *
     * @return the field count.
     */
    public int fieldCount() {
        return fieldCount;
    }

    /**
     * Position of the first body field (the first field after the header).
     *
     * @return a field position; equal to the CheckSum field's position when the body is empty.
     */
    public int firstBodyField() {
        return firstBodyField;
    }

    /**
     * Tag of the field at a position.
     *
     * @param field 0 to {@link #fieldCount()} - 1.
     * @return the tag number.
     */
    public int tagAt(final int field) {
        return tags[field];
    }

    /**
     * Offset of the value of the field at a position.
     *
     * @param field 0 to {@link #fieldCount()} - 1.
     * @return the offset of the value's first byte in {@link #buffer()}.
     */
    public int valueOffset(final int field) {
        return valueOffsets[field];
    }

    /**
     * Length of the value of the field at a position.
     *
     * @param field 0 to {@link #fieldCount()} - 1.
     * @return the value length (0 for an empty value).
     */
    public int valueLength(final int field) {
        return valueLengths[field];
    }

    /**
     * Position of the first occurrence of a tag.
     *
     * @param tag tag number.
     * @return the field position, or -1 if the tag is absent.
     */
    public int fieldIndex(final int tag) {
        if (tag > 0 && tag < DIRECT_TAGS) {
            return tagStamps[tag] == stamp && tagFields[tag] < fieldCount ? tagFields[tag] : -1;
        }
        return find(tag, 0, fieldCount);
    }

    /**
     * Position of the first occurrence of a tag in a range of fields.
     *
     * @param tag  tag number.
     * @param from first position searched.
     * @param to   one past the last position searched.
     * @return the field position, or -1 if the range does not hold the tag.
     */
    public int find(final int tag, final int from, final int to) {
        final int[] tags = this.tags;
        for (int i = from; i < to; i++) {
            if (tags[i] == tag) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Tells whether the message carries a tag.
     *
     * @param tag tag number.
     * @return {@code true} if present.
     */
    public boolean contains(final int tag) {
        return fieldIndex(tag) >= 0;
    }

    /**
     * Value of a tag as an {@code int}.
     *
     * @param tag tag number.
     * @return the value, or {@link #NULL_INT} if absent or not an integer that fits.
     */
    public int getInt(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? NULL_INT : intAt(field);
    }

    /**
     * Value of the field at a position as an {@code int}.
     *
     * @param field field position.
     * @return the value, or {@link #NULL_INT} if not an integer that fits.
     */
    public int intAt(final int field) {
        final long value = parseLong(buffer, valueOffsets[field], valueLengths[field]);
        return value >= Integer.MIN_VALUE + 1L && value <= Integer.MAX_VALUE ? (int) value : NULL_INT;
    }

    /**
     * Value of a tag as a {@code long}.
     *
     * @param tag tag number.
     * @return the value, or {@link #NULL_LONG} if absent or not an integer that fits.
     */
    public long getLong(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? NULL_LONG : longAt(field);
    }

    /**
     * Value of the field at a position as a {@code long}.
     *
     * @param field field position.
     * @return the value, or {@link #NULL_LONG} if not an integer that fits.
     */
    public long longAt(final int field) {
        return parseLong(buffer, valueOffsets[field], valueLengths[field]);
    }

    /**
     * Value of a decimal tag (Price, Qty, Amt) as a {@link FixedPoint} value.
     *
     * @param tag tag number.
     * @return the fixed-point value, or {@link FixedPoint#NULL_PRICE} if absent, malformed, out of range or with a
     *         non-zero digit beyond {@value FixedPoint#DECIMALS} decimals.
     */
    public long getPrice(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? FixedPoint.NULL_PRICE : priceAt(field);
    }

    /**
     * Value of the field at a position as a {@link FixedPoint} value.
     *
     * @param field field position.
     * @return the fixed-point value, or {@link FixedPoint#NULL_PRICE}; see {@link #getPrice(int)}.
     */
    public long priceAt(final int field) {
        return parseFixedPoint(buffer, valueOffsets[field], valueLengths[field]);
    }

    /**
     * Value of a quantity tag as a whole number: {@code 200}, {@code 200.} and {@code 200.00} are 200.
     *
     * @param tag tag number.
     * @return the quantity, or {@link #NULL_LONG} if absent, malformed or fractional.
     */
    public long getQuantity(final int tag) {
        final int field = fieldIndex(tag);
        if (field < 0) {
            return NULL_LONG;
        }
        final long whole = longAt(field);
        if (whole != NULL_LONG) {
            // plain integer (the usual form): no fixed-point round trip
            return whole <= MAX_QUANTITY && whole >= -MAX_QUANTITY ? whole : NULL_LONG;
        }
        final long fixed = priceAt(field);
        if (fixed == FixedPoint.NULL_PRICE || fixed % FixedPoint.SCALE != 0) {
            return NULL_LONG;
        }
        return fixed / FixedPoint.SCALE;
    }

    /**
     * Value of a single-character tag.
     *
     * @param tag tag number.
     * @return the character, or {@code '\0'} if absent or not exactly one character.
     */
    public char getChar(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? '\0' : charAt(field);
    }

    /**
     * Value of the field at a position as a single character.
     *
     * @param field field position.
     * @return the character, or {@code '\0'} if the value is not exactly one character.
     */
    public char charAt(final int field) {
        return valueLengths[field] == 1 ? (char) (buffer.getByte(valueOffsets[field]) & 0xFF) : '\0';
    }

    /**
     * Value of a UTCTimestamp tag.
     *
     * @param tag tag number.
     * @return epoch nanoseconds, or {@link FixTimestamps#NULL_TIMESTAMP} if absent or malformed.
     */
    public long getTimestamp(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? FixTimestamps.NULL_TIMESTAMP : timestampAt(field);
    }

    /**
     * Value of the field at a position as a UTCTimestamp.
     *
     * @param field field position.
     * @return epoch nanoseconds, or {@link FixTimestamps#NULL_TIMESTAMP} if malformed.
     */
    public long timestampAt(final int field) {
        return FixTimestamps.parse(buffer, valueOffsets[field], valueLengths[field]);
    }

    /**
     * Value of a tag as text, through the decoder's reusable view (valid until the next call of this method or
     * {@link #wrap}).
     *
     * @param tag tag number.
     * @return a view of the value; empty if the tag is absent.
     */
    public CharSequence getString(final int tag) {
        return getString(tag, view);
    }

    /**
     * Value of a tag as text, through a view the caller owns (for holding several strings at once).
     *
     * @param tag  tag number.
     * @param view the view to point at the value.
     * @return {@code view}, empty if the tag is absent.
     */
    public AsciiSequenceView getString(final int tag, final AsciiSequenceView view) {
        final int field = fieldIndex(tag);
        if (field < 0) {
            return view.wrap(buffer, offset, 0);
        }
        return view.wrap(buffer, valueOffsets[field], valueLengths[field]);
    }

    /**
     * Compares a tag's value with ASCII text, without a view.
     *
     * @param tag  tag number.
     * @param text expected value.
     * @return {@code true} if the tag is present and its value is exactly {@code text}.
     */
    public boolean valueEquals(final int tag, final CharSequence text) {
        final int field = fieldIndex(tag);
        if (field < 0 || valueLengths[field] != text.length()) {
            return false;
        }
        final int valueOffset = valueOffsets[field];
        for (int i = 0; i < text.length(); i++) {
            if (buffer.getByte(valueOffset + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Points a group flyweight at the repeating group a NumInGroup tag counts; iterate with {@link FixGroup#next()}.
     * The delimiter and members come from {@link FixDictionary}; for a group it does not know, pass the delimiter
     * to {@link #group(int, int, FixGroup)}.
     *
     * @param countTag NumInGroup tag, e.g. {@link FixTags#NO_PARTY_IDS}.
     * @param group    the flyweight to point.
     * @return {@code group}, with {@link FixGroup#count()} 0 if the message has no such group.
     */
    public FixGroup group(final int countTag, final FixGroup group) {
        return group(countTag, FixDictionary.groupDelimiter(countTag), group);
    }

    /**
     * Points a group flyweight at a repeating group with an explicit delimiter.
     *
     * @param countTag     NumInGroup tag.
     * @param delimiterTag first tag of every entry.
     * @param group        the flyweight to point.
     * @return {@code group}.
     */
    public FixGroup group(final int countTag, final int delimiterTag, final FixGroup group) {
        final int countField = fieldIndex(countTag);
        return group.wrap(this, countTag, delimiterTag, countField);
    }

    static long parseLong(final DirectBuffer buffer, final int offset, final int length) {
        if (length <= 0 || length > 19) {
            return NULL_LONG;
        }
        int i = offset;
        final int end = offset + length;
        final boolean negative = buffer.getByte(i) == '-';
        if (negative) {
            i++;
            if (i == end) {
                return NULL_LONG;
            }
        }
        long value = 0;
        for (; i < end; i++) {
            final int digit = buffer.getByte(i) - '0';
            if (digit < 0 || digit > 9) {
                return NULL_LONG;
            }
            value = value * 10 + digit;
        }
        if (value < 0) {
            return NULL_LONG;
        }
        return negative ? -value : value;
    }

    static long parseFixedPoint(final DirectBuffer buffer, final int offset, final int length) {
        if (length <= 0) {
            return FixedPoint.NULL_PRICE;
        }
        int i = offset;
        final int end = offset + length;
        final boolean negative = buffer.getByte(i) == '-';
        if (negative) {
            i++;
        }
        final int integerStart = i;
        long integer = 0;
        int b = 0;
        for (; i < end; i++) {
            b = buffer.getByte(i);
            if (b < '0' || b > '9') {
                break;
            }
            integer = integer * 10 + (b - '0');
            if (integer > FixedPoint.MAX_VALUE / FixedPoint.SCALE) {
                return FixedPoint.NULL_PRICE;
            }
        }
        final boolean hasIntegerDigits = i > integerStart;
        long fraction = 0;
        long scale = FixedPoint.SCALE;
        if (i < end) {
            if (b != '.') {
                return FixedPoint.NULL_PRICE;
            }
            i++;
            if (!hasIntegerDigits && i == end) {
                return FixedPoint.NULL_PRICE;
            }
            for (; i < end; i++) {
                final int digit = buffer.getByte(i) - '0';
                if (digit < 0 || digit > 9) {
                    return FixedPoint.NULL_PRICE;
                }
                if (scale > 1) {
                    scale /= 10;
                    fraction += digit * scale;
                } else if (digit != 0) {
                    return FixedPoint.NULL_PRICE;
                }
            }
        } else if (!hasIntegerDigits) {
            return FixedPoint.NULL_PRICE;
        }
        final long magnitude = integer * FixedPoint.SCALE;
        if (magnitude > FixedPoint.MAX_VALUE - fraction) {
            return FixedPoint.NULL_PRICE;
        }
        return negative ? -(magnitude + fraction) : magnitude + fraction;
    }
}
