package dev.hft.net.ouch;

import static dev.hft.net.ouch.MassCancelResponseDecoder.APPENDAGE_LENGTH_OFFSET;
import static dev.hft.net.ouch.MassCancelResponseDecoder.FIRM_OFFSET;
import static dev.hft.net.ouch.MassCancelResponseDecoder.SYMBOL_OFFSET;
import static dev.hft.net.ouch.MassCancelResponseDecoder.TIMESTAMP_OFFSET;
import static dev.hft.net.ouch.MassCancelResponseDecoder.USER_REF_NUM_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Mass Cancel Response message ({@code 'X'}, venue to client) in place; the layout is in {@link
 * MassCancelResponseDecoder}. {@link #wrap} writes the type byte and a zero Appendage Length; options are added through
 * {@link #appendage()} and each setter writes its field, so a field never set keeps whatever the buffer held. Integer
 * setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class MassCancelResponseEncoder {
    /** Message type byte, {@code 'X'}. */
    public static final byte TYPE = MassCancelResponseDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = MassCancelResponseDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;
    private final OuchAppendageEncoder appendage = new OuchAppendageEncoder();

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes (more if options follow) and
     * writes the type byte and a zero Appendage Length.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public MassCancelResponseEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        buffer.putShort(offset + APPENDAGE_LENGTH_OFFSET, (short) 0, BIG_ENDIAN);
        return this;
    }

    /**
     * The length of the message written so far: {@link #LENGTH} plus the options appended.
     *
     * @return bytes to send.
     */
    public int encodedLength() {
        return LENGTH + (buffer.getShort(offset + APPENDAGE_LENGTH_OFFSET, BIG_ENDIAN) & 0xFFFF);
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight.
     * @return this encoder.
     */
    public MassCancelResponseEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes UserRefNum.
     *
     * @param userRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public MassCancelResponseEncoder userRefNum(final long userRefNum) {
        buffer.putInt(offset + USER_REF_NUM_OFFSET, (int) userRefNum, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Firm.
     *
     * @param firm the 4 bytes packed big-endian (see {@link Ouch50#packFirm}).
     * @return this encoder.
     */
    public MassCancelResponseEncoder firm(final int firm) {
        buffer.putInt(offset + FIRM_OFFSET, firm, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Firm from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 4 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public MassCancelResponseEncoder firm(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + FIRM_OFFSET, text, Ouch50.FIRM_LENGTH);
        return this;
    }

    /**
     * Writes Symbol.
     *
     * @param symbol the 8 bytes packed big-endian (see {@link Ouch50#packSymbol}).
     * @return this encoder.
     */
    public MassCancelResponseEncoder symbol(final long symbol) {
        buffer.putLong(offset + SYMBOL_OFFSET, symbol, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Symbol from text, left-justified and padded with spaces (no allocation).
     *
     * @param text at most 8 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII.
     */
    public MassCancelResponseEncoder symbol(final CharSequence text) {
        Ouch50.putAlpha(buffer, offset + SYMBOL_OFFSET, text, Ouch50.SYMBOL_LENGTH);
        return this;
    }

    /**
     * The appendage: each option added through it is written after the options already there and counted in the
     * Appendage Length (the encoder is this flyweight's own, made once).
     *
     * @return the appendage encoder.
     */
    public OuchAppendageEncoder appendage() {
        return appendage.wrap(buffer, offset + APPENDAGE_LENGTH_OFFSET);
    }
}
