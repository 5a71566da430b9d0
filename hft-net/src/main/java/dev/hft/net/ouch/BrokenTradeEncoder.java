package dev.hft.net.ouch;

import static dev.hft.net.ouch.BrokenTradeDecoder.CL_ORD_ID_OFFSET;
import static dev.hft.net.ouch.BrokenTradeDecoder.MATCH_NUMBER_OFFSET;
import static dev.hft.net.ouch.BrokenTradeDecoder.REASON_OFFSET;
import static dev.hft.net.ouch.BrokenTradeDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.BrokenTradeDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Broken Trade message ({@code 'B'}, venue to client) in place; the layout is in {@link
 * BrokenTradeDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never set keeps
 * whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class BrokenTradeEncoder {
    /** Message type byte, {@code 'B'}. */
    public static final byte TYPE = BrokenTradeDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = BrokenTradeDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public BrokenTradeEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH}.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public BrokenTradeEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public BrokenTradeEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Match Number.
     *
     * @param matchNumber the unsigned 64-bit value (negative only above {@code Long.MAX_VALUE}).
     * @return this encoder.
     */
    public BrokenTradeEncoder matchNumber(final long matchNumber) {
        buffer.putLong(offset + MATCH_NUMBER_OFFSET, matchNumber, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Reason.
     *
     * @param reason the ASCII code.
     * @return this encoder.
     */
    public BrokenTradeEncoder reason(final byte reason) {
        buffer.putByte(offset + REASON_OFFSET, reason);
        return this;
    }

    /**
     * Writes ClOrdID from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 14 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public BrokenTradeEncoder clOrdId(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + CL_ORD_ID_OFFSET, text, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Writes ClOrdID as a left-justified decimal number padded with spaces (no allocation).
     *
     * @param number 0 to 99,999,999,999,999.
     * @return this encoder.
     * @throws IllegalArgumentException if the number is negative or has more than 14 digits.
     */
    public BrokenTradeEncoder clOrdIdNumber(final long number) {
        Ouch50.putNumber(buffer, offset + CL_ORD_ID_OFFSET, number, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }

    /**
     * Copies ClOrdID from 14 bytes of another buffer (e.g. a decoded message).
     *
     * @param src       the bytes.
     * @param srcOffset where the 14 bytes start.
     * @return this encoder.
     */
    public BrokenTradeEncoder clOrdId(final DirectBuffer src, final int srcOffset) {
        buffer.putBytes(offset + CL_ORD_ID_OFFSET, src, srcOffset, Ouch50.CL_ORD_ID_LENGTH);
        return this;
    }
}
