package dev.hft.net.ouch;

import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Decodes the OUCH 5.0 Disable Order Entry Request message ({@code 'D'}, client to venue): stops the account from
 * entering new orders (its open orders stay). A flyweight: {@link #wrap} points it at the bytes and each getter reads
 * its field on demand; nothing is copied or allocated.
 *
 * <pre>
 * offset  length  type      field
 *      0       1  alpha     Message Type ('D')
 *      1       4  integer   User Ref Num
 *      5       4  alpha     Firm
 *      9       2  integer   Appendage Length
 *     11                    (options follow: LENGTH + Appendage Length in all)
 * </pre>
 *
 * Options the spec allows here: User Ref Idx. Read them with {@link #appendage()}. Conventions are in {@link Ouch50}.
 * Getters do not check bounds: wrap only messages of at least {@link #LENGTH} bytes whose appendage fits, as {@link
 * OuchRequestDispatcher} does. Not thread-safe; a wrapped decoder is valid only while its bytes are.
 */
public final class DisableOrderEntryRequestDecoder {
    /** Message type byte, {@code 'D'}. */
    public static final byte TYPE = 'D';
    /** Length of the fixed fields in bytes, Appendage Length included. */
    public static final int LENGTH = 11;
    /** Offset of UserRefNum (4 bytes). */
    public static final int USER_REF_NUM_OFFSET = 1;
    /** Offset of Firm (4 bytes). */
    public static final int FIRM_OFFSET = 5;
    /** Offset of AppendageLength (2 bytes). */
    public static final int APPENDAGE_LENGTH_OFFSET = 9;

    private DirectBuffer buffer;
    private int offset;
    private final OuchAppendageDecoder appendage = new OuchAppendageDecoder();

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @return this decoder.
     */
    public DisableOrderEntryRequestDecoder wrap(final DirectBuffer buffer, final int offset) {
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
     * The message's length on the wire: {@link #LENGTH} plus the appendage length.
     *
     * @return bytes.
     */
    public int encodedLength() {
        return LENGTH + appendageLength();
    }

    /**
     * UserRefNum: a new UserRefNum identifying this request.
     *
     * @return 0 to 4294967295.
     */
    public long userRefNum() {
        return buffer.getInt(offset + USER_REF_NUM_OFFSET, BIG_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Firm: the MPID to disable.
     *
     * @return the 4 bytes packed big-endian (see {@link Ouch50#packFirm}).
     */
    public int firm() {
        return buffer.getInt(offset + FIRM_OFFSET, BIG_ENDIAN);
    }

    /**
     * Appendage Length: bytes of optional fields after the fixed ones.
     *
     * @return 0 to 65535.
     */
    public int appendageLength() {
        return buffer.getShort(offset + APPENDAGE_LENGTH_OFFSET, BIG_ENDIAN) & 0xFFFF;
    }

    /**
     * The optional appendage, wrapped over this message's option bytes (the decoder is this flyweight's own, made
     * once; valid until the next {@link #wrap}).
     *
     * @return the appendage decoder, rewound to its first option.
     */
    public OuchAppendageDecoder appendage() {
        return appendage.wrap(buffer, offset + LENGTH, appendageLength());
    }

    @Override
    public String toString() {
        return buffer == null ? "DisableOrderEntryRequest{unwrapped}" : appendTo(new StringBuilder(160)).toString();
    }

    /**
     * Appends every field as {@code name=value}, for logs and tests (allocates: not for the hot path).
     *
     * @param sb where to append.
     * @return {@code sb}.
     */
    public StringBuilder appendTo(final StringBuilder sb) {
        sb.append("DisableOrderEntryRequest{");
        sb.append("userRefNum=").append(userRefNum());
        sb.append(", firm=");
        Ouch50.appendAlpha(sb, buffer, offset + FIRM_OFFSET, Ouch50.FIRM_LENGTH);
        sb.append(", appendage=");
        appendage().appendTo(sb);
        return sb.append('}');
    }
}
