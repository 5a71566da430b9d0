package dev.hft.net.ouch;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Account Query Request message ({@code 'Q'}, client to venue): asks for the account's next
 * expected UserRefNum (answered by Account Query Response). A flyweight: {@link #wrap} points it at the bytes and each
 * getter reads its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('Q')
 *      1                    (end of fixed fields: LENGTH)
 * </pre>
 *
 * Conventions are in {@link Ouch50}. Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes,
 * as {@link OuchRequestDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class AccountQueryRequestDecoder {
    /** Message type byte, {@code 'Q'}. */
    public static final byte TYPE = 'Q';
    /** Length of the fixed fields in bytes. */
    public static final int LENGTH = 1;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public AccountQueryRequestDecoder wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The buffer this flyweight reads.
     *
     * @return the buffer, or {@code null} before the first {@link #wrap}.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where the message starts in {@link #buffer()}.
     *
     * @return the offset of the type byte.
     */
    public int offset() {
        return offset;
    }

    /**
     * The message's length on the wire: {@link #LENGTH}.
     *
     * @return bytes.
     */
    public int encodedLength() {
        return LENGTH;
    }

    @Override
    public String toString() {
        return buffer == null ? "AccountQueryRequest{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("AccountQueryRequest{");
        return sb.append('}');
    }
}
