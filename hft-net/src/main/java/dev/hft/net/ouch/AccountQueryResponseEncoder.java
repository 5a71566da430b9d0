package dev.hft.net.ouch;

import static dev.hft.net.ouch.AccountQueryResponseDecoder.NEXT_USER_REF_NUM_OFFSET;
import static dev.hft.net.ouch.AccountQueryResponseDecoder.TIMESTAMP_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Account Query Response message ({@code 'Q'}, venue to client) in place; the layout is in {@link
 * AccountQueryResponseDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class AccountQueryResponseEncoder {
    /** Message type byte, {@code 'Q'}. */
    public static final byte TYPE = AccountQueryResponseDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = AccountQueryResponseDecoder.LENGTH;

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
    public AccountQueryResponseEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AccountQueryResponseEncoder timestamp(final long timestamp) {
        buffer.putLong(offset + TIMESTAMP_OFFSET, timestamp, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Next UserRefNum.
     *
     * @param nextUserRefNum 0 to 4294967295.
     * @return this encoder.
     */
    public AccountQueryResponseEncoder nextUserRefNum(final long nextUserRefNum) {
        buffer.putInt(offset + NEXT_USER_REF_NUM_OFFSET, (int) nextUserRefNum, BIG_ENDIAN);
        return this;
    }
}
