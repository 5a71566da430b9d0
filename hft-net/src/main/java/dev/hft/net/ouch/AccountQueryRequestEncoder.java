package dev.hft.net.ouch;


import org.agrona.MutableDirectBuffer;

/**
 * Encodes the OUCH 5.0 Account Query Request message ({@code 'Q'}, client to venue) in place; the layout is in {@link
 * AccountQueryRequestDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field never
 * set keeps whatever the buffer held. Integer setters write the low-order bytes of their argument. Not thread-safe.
 */
public final class AccountQueryRequestEncoder {
    /** Message type byte, {@code 'Q'}. */
    public static final byte TYPE = AccountQueryRequestDecoder.TYPE;
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = AccountQueryRequestDecoder.LENGTH;

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
    public AccountQueryRequestEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
}
