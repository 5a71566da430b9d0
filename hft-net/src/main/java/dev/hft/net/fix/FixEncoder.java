package dev.hft.net.fix;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import dev.hft.api.FixedPoint;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Writes FIX 4.4 messages straight into a {@link MutableDirectBuffer}. The constant part of the header
 * ({@code 8=FIX.4.4|9=} and {@code 49=sender|56=target|}) is prepared once at construction; {@link #header}
 * writes it with MsgType, MsgSeqNum and SendingTime, the {@code putXxx} methods append body fields, and
 * {@link #finish()} fills in BodyLength (9) and appends CheckSum (10). BodyLength is written in the three digits
 * reserved for it; a body shorter than 100 or longer than 999 bytes is moved once to fit its digits.
 * <pre>
 * int length = encoder.wrap(buffer, 0)
 *     .header(FixMsgType.NEW_ORDER_SINGLE, seqNum, clock.epochNanos())
 *     .putString(FixTags.CL_ORD_ID, "ORD-1").putChar(FixTags.SIDE, '1')
 *     .putLong(FixTags.ORDER_QTY, 100).putPrice(FixTags.PRICE, FixedPoint.parse("10.25"))
 *     .finish();
 * </pre>
 * The buffer must have room for the message (no bounds are checked beyond the buffer's own). Allocation-free
 * after construction; single-threaded.
 */
public final class FixEncoder {
    /** BeginString of every message. */
    public static final String BEGIN_STRING = "FIX.4.4";

    private static final byte SOH = 1;
    private static final byte[] PREFIX = ("8=" + BEGIN_STRING + "\u00019=").getBytes(StandardCharsets.US_ASCII);
    private static final int RESERVED_LENGTH_DIGITS = 3;
    private static final byte[] DIGIT_PAIRS = new byte[200];

    /** Tags below this are written from {@link #TAG_TEXT}: at most three digits and '=' fit one int. */
    private static final int TABLE_TAGS = 1000;
    /** {@code tag=} as little-endian bytes in an int, zero-padded. */
    private static final int[] TAG_TEXT = new int[TABLE_TAGS];
    /** Length of {@code tag=}. */
    private static final byte[] TAG_LENGTH = new byte[TABLE_TAGS];
    /** {@code .mmm} as little-endian bytes in an int, for every millisecond of a second. */
    private static final int[] MILLIS_TEXT = new int[1000];
    private static final long PREFIX_HEAD = new UnsafeBuffer(PREFIX).getLong(0, ByteOrder.LITTLE_ENDIAN);
    private static final int PREFIX_TAIL = new UnsafeBuffer(PREFIX).getInt(8, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int i = 0; i < 100; i++) {
            DIGIT_PAIRS[2 * i] = (byte) ('0' + i / 10);
            DIGIT_PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
        for (int tag = 0; tag < TABLE_TAGS; tag++) {
            final byte[] text = (tag + "=").getBytes(StandardCharsets.US_ASCII);
            int packed = 0;
            for (int i = text.length - 1; i >= 0; i--) {
                packed = packed << 8 | text[i];
            }
            TAG_TEXT[tag] = packed;
            TAG_LENGTH[tag] = (byte) text.length;
        }
        for (int millis = 0; millis < 1000; millis++) {
            MILLIS_TEXT[millis] = '.' | ('0' + millis / 100) << 8 | ('0' + millis / 10 % 10) << 16
                | ('0' + millis % 10) << 24;
        }
    }

    private static final int SECOND_TEXT_LENGTH = 17;

    private final byte[] compIds;
    private final UnsafeBuffer secondText = new UnsafeBuffer(new byte[FixTimestamps.MILLIS_LENGTH]);
    private long cachedSecond = Long.MIN_VALUE;
    private long secondHead;
    private long secondMiddle;
    private byte secondTail;
    private MutableDirectBuffer buffer;
    private int offset;
    private int bodyStart;
    private int position;

    /**
     * Creates an encoder for one session.
     *
     * @param senderCompId SenderCompID (49) of every message, ASCII.
     * @param targetCompId TargetCompID (56) of every message, ASCII.
     */
    public FixEncoder(final CharSequence senderCompId, final CharSequence targetCompId) {
        this.compIds = ("\u000149=" + senderCompId + "\u000156=" + targetCompId + "\u0001")
            .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Starts a message in a buffer.
     *
     * @param buffer destination.
     * @param offset where the message starts.
     * @return this encoder.
     */
    public FixEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        this.position = offset;
        this.bodyStart = offset;
        return this;
    }

    /**
     * Writes the header: BeginString, BodyLength (reserved), MsgType, SenderCompID, TargetCompID, MsgSeqNum,
     * SendingTime (milliseconds).
     *
     * @param msgType          packed MsgType ({@link FixMsgType}).
     * @param msgSeqNum        MsgSeqNum, positive.
     * @param sendingTimeNanos SendingTime, epoch nanoseconds.
     * @return this encoder.
     */
    public FixEncoder header(final int msgType, final int msgSeqNum, final long sendingTimeNanos) {
        final MutableDirectBuffer buffer = this.buffer;
        int pos = offset;
        buffer.putLong(pos, PREFIX_HEAD, ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(pos + 8, PREFIX_TAIL, ByteOrder.LITTLE_ENDIAN);
        pos += PREFIX.length;
        pos += RESERVED_LENGTH_DIGITS;
        buffer.putByte(pos++, SOH);
        bodyStart = pos;
        buffer.putByte(pos++, (byte) '3');
        buffer.putByte(pos++, (byte) '5');
        buffer.putByte(pos++, (byte) '=');
        if (msgType > 0xFF) {
            buffer.putByte(pos++, (byte) (msgType >> 8));
        }
        buffer.putByte(pos++, (byte) msgType);
        buffer.putBytes(pos, compIds);
        pos += compIds.length;
        position = pos;
        putInt(FixTags.MSG_SEQ_NUM, msgSeqNum);
        return putTimestamp(FixTags.SENDING_TIME, sendingTimeNanos);
    }

    /**
     * Appends PossDupFlag=Y and OrigSendingTime, for a message sent again; call right after {@link #header}.
     *
     * @param origSendingTimeNanos SendingTime of the original transmission, epoch nanoseconds.
     * @return this encoder.
     */
    public FixEncoder putPossDup(final long origSendingTimeNanos) {
        putChar(FixTags.POSS_DUP_FLAG, 'Y');
        return putTimestamp(FixTags.ORIG_SENDING_TIME, origSendingTimeNanos);
    }

    /**
     * Appends an integer field.
     *
     * @param tag   tag number.
     * @param value value.
     * @return this encoder.
     */
    public FixEncoder putInt(final int tag, final int value) {
        return putLong(tag, value);
    }

    /**
     * Appends an integer field.
     *
     * @param tag   tag number.
     * @param value value.
     * @return this encoder.
     */
    public FixEncoder putLong(final int tag, final long value) {
        int pos = putTag(tag);
        pos = putNatural(buffer, pos, value);
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends a decimal field (Price, Qty, Amt) from a {@link FixedPoint} value, shortest exact form
     * ({@code 10.25}, {@code 100}).
     *
     * @param tag        tag number.
     * @param fixedPoint value, not {@link FixedPoint#NULL_PRICE}.
     * @return this encoder.
     */
    public FixEncoder putPrice(final int tag, final long fixedPoint) {
        final MutableDirectBuffer buffer = this.buffer;
        int pos = putTag(tag);
        long magnitude = fixedPoint;
        if (fixedPoint < 0) {
            buffer.putByte(pos++, (byte) '-');
            magnitude = -fixedPoint;
        }
        pos = putNatural(buffer, pos, magnitude / FixedPoint.SCALE);
        long fraction = magnitude % FixedPoint.SCALE;
        if (fraction != 0) {
            buffer.putByte(pos++, (byte) '.');
            int digits = FixedPoint.DECIMALS;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (int i = digits - 1; i >= 0; i--) {
                buffer.putByte(pos + i, (byte) ('0' + fraction % 10));
                fraction /= 10;
            }
            pos += digits;
        }
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends a single-character field.
     *
     * @param tag   tag number.
     * @param value ASCII character.
     * @return this encoder.
     */
    public FixEncoder putChar(final int tag, final char value) {
        final int pos = putTag(tag);
        buffer.putShort(pos, (short) (value & 0xFF | SOH << 8), ByteOrder.LITTLE_ENDIAN);
        position = pos + 2;
        return this;
    }

    /**
     * Appends a Boolean field ({@code Y} or {@code N}).
     *
     * @param tag   tag number.
     * @param value value.
     * @return this encoder.
     */
    public FixEncoder putBoolean(final int tag, final boolean value) {
        return putChar(tag, value ? 'Y' : 'N');
    }

    /**
     * Appends a text field.
     *
     * @param tag   tag number.
     * @param value ASCII text, not empty, without SOH.
     * @return this encoder.
     */
    public FixEncoder putString(final int tag, final CharSequence value) {
        final MutableDirectBuffer buffer = this.buffer;
        int pos = putTag(tag);
        final int length = value.length();
        for (int i = 0; i < length; i++) {
            buffer.putByte(pos++, (byte) value.charAt(i));
        }
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends a text field held in a byte array (prepared at start-up).
     *
     * @param tag   tag number.
     * @param value ASCII bytes, not empty, without SOH.
     * @return this encoder.
     */
    public FixEncoder putBytes(final int tag, final byte[] value) {
        int pos = putTag(tag);
        buffer.putBytes(pos, value);
        pos += value.length;
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends a text field whose value lies in a buffer.
     *
     * @param tag    tag number.
     * @param source bytes of the value.
     * @param offset first byte.
     * @param length number of bytes, at least 1.
     * @return this encoder.
     */
    public FixEncoder putBytes(final int tag, final DirectBuffer source, final int offset, final int length) {
        int pos = putTag(tag);
        buffer.putBytes(pos, source, offset, length);
        pos += length;
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends a UTCTimestamp field with milliseconds.
     *
     * @param tag        tag number.
     * @param epochNanos time, epoch nanoseconds.
     * @return this encoder.
     */
    public FixEncoder putTimestamp(final int tag, final long epochNanos) {
        final MutableDirectBuffer buffer = this.buffer;
        int pos = putTag(tag);
        final long second = epochNanos / 1_000_000_000L;
        if (second != cachedSecond) {
            // date and time of day change once a second: format them once, copy them after
            FixTimestamps.putMillis(secondText, 0, second * 1_000_000_000L);
            secondHead = secondText.getLong(0, ByteOrder.LITTLE_ENDIAN);
            secondMiddle = secondText.getLong(8, ByteOrder.LITTLE_ENDIAN);
            secondTail = secondText.getByte(16);
            cachedSecond = second;
        }
        buffer.putLong(pos, secondHead, ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(pos + 8, secondMiddle, ByteOrder.LITTLE_ENDIAN);
        buffer.putByte(pos + 16, secondTail);
        pos += SECOND_TEXT_LENGTH;
        final int millis = (int) (epochNanos / 1_000_000L - second * 1000L);
        buffer.putInt(pos, MILLIS_TEXT[millis], ByteOrder.LITTLE_ENDIAN);
        pos += 4;
        buffer.putByte(pos++, SOH);
        position = pos;
        return this;
    }

    /**
     * Appends complete fields as they are ({@code tag=value|...}), e.g. the body of a stored message.
     *
     * @param source bytes of whole fields, each ending in SOH.
     * @param offset first byte.
     * @param length number of bytes.
     * @return this encoder.
     */
    public FixEncoder putRaw(final DirectBuffer source, final int offset, final int length) {
        buffer.putBytes(position, source, offset, length);
        position += length;
        return this;
    }

    /**
     * Bytes written so far.
     *
     * @return the current length of the message.
     */
    public int length() {
        return position - offset;
    }

    /**
     * Completes the message: fills in BodyLength and appends CheckSum.
     *
     * @return the length of the message in bytes, from {@code 8=} to the final SOH.
     */
    public int finish() {
        final MutableDirectBuffer buffer = this.buffer;
        int bodyLength = position - bodyStart;
        final int digits = bodyLength < 10 ? 1 : bodyLength < 100 ? 2 : bodyLength < 1000 ? 3
            : bodyLength < 10_000 ? 4 : bodyLength < 100_000 ? 5 : bodyLength < 1_000_000 ? 6 : 7;
        if (digits != RESERVED_LENGTH_DIGITS) {
            final int shift = digits - RESERVED_LENGTH_DIGITS;
            buffer.putBytes(bodyStart + shift, buffer, bodyStart, bodyLength);
            bodyStart += shift;
            position += shift;
            buffer.putByte(bodyStart - 1, SOH);
        }
        final int lengthEnd = bodyStart - 1;
        for (int i = 1; i <= digits; i++) {
            buffer.putByte(lengthEnd - i, (byte) ('0' + bodyLength % 10));
            bodyLength /= 10;
        }
        final int checksum = FixMessageDecoder.checksum(buffer, offset, position - offset);
        int pos = position;
        buffer.putByte(pos++, (byte) '1');
        buffer.putByte(pos++, (byte) '0');
        buffer.putByte(pos++, (byte) '=');
        buffer.putByte(pos++, (byte) ('0' + checksum / 100));
        buffer.putByte(pos++, DIGIT_PAIRS[2 * (checksum % 100)]);
        buffer.putByte(pos++, DIGIT_PAIRS[2 * (checksum % 100) + 1]);
        buffer.putByte(pos++, SOH);
        position = pos;
        return pos - offset;
    }

    private int putTag(final int tag) {
        if (tag >= 0 && tag < TABLE_TAGS) {
            // four bytes at once; the zero padding after a short tag is overwritten by the value and its SOH
            buffer.putInt(position, TAG_TEXT[tag], ByteOrder.LITTLE_ENDIAN);
            return position + TAG_LENGTH[tag];
        }
        int pos = putNatural(buffer, position, tag);
        buffer.putByte(pos++, (byte) '=');
        return pos;
    }

    private static int putNatural(final MutableDirectBuffer buffer, final int position, final long value) {
        if (value < 0) {
            buffer.putByte(position, (byte) '-');
            if (value == Long.MIN_VALUE) {
                return buffer.putStringWithoutLengthAscii(position, "-9223372036854775808") + position;
            }
            return putNatural(buffer, position + 1, -value);
        }
        if (value < 10) {
            buffer.putByte(position, (byte) ('0' + value));
            return position + 1;
        }
        if (value < 100) {
            buffer.putByte(position, DIGIT_PAIRS[(int) (2 * value)]);
            buffer.putByte(position + 1, DIGIT_PAIRS[(int) (2 * value + 1)]);
            return position + 2;
        }
        int digits = 3;
        for (long limit = 1000; digits < 19 && value >= limit; limit *= 10) {
            digits++;
        }
        long remaining = value;
        int i = position + digits;
        while (remaining >= 100) {
            final int pair = (int) (remaining % 100) << 1;
            remaining /= 100;
            i -= 2;
            buffer.putByte(i, DIGIT_PAIRS[pair]);
            buffer.putByte(i + 1, DIGIT_PAIRS[pair + 1]);
        }
        if (remaining >= 10) {
            buffer.putByte(i - 2, DIGIT_PAIRS[(int) remaining << 1]);
            buffer.putByte(i - 1, DIGIT_PAIRS[((int) remaining << 1) + 1]);
        } else {
            buffer.putByte(i - 1, (byte) ('0' + remaining));
        }
        return position + digits;
    }
}
