package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.DirectBuffer;

/**
 * Flyweight over one Auction Summary message, type {@code 0x96} (spec §4.11): the result of an auction (or the Cboe
 * Market Close price).
 *
 * <pre>
 * field                      offset  length  type         meaning
 * Length                          0       1  u8           27
 * Message Type                    1       1  u8           0x96
 * Time Offset                     2       4  u32          ns after the unit's last Time message
 * Stock Symbol                    6       8  alpha(8)     space-padded
 * Auction Type                   14       1  alpha        O, C, H, I, M, V or P as in Auction Update
 * Price                          15       8  long price   auction price
 * Shares                         23       4  u32          shares executed in the auction
 * </pre>
 * Integers are little-endian; {@link AuctionSummaryEncoder} writes the same layout. The getters read the buffer on
 * every call and allocate nothing; they are valid while the buffer holds the message (in {@link PitchListener}
 * callbacks: during the call only). {@link #wrap} does not check the length: {@link PitchMessageDispatcher} does before
 * it wraps.
 */
public final class AuctionSummaryDecoder {
    /** Message Type byte (spec §4.11). */
    public static final int TYPE = 0x96;

    /** Message length in bytes, Length and Message Type bytes included; the Length byte holds it. */
    public static final int LENGTH = 27;

    /** Offset of Time Offset (u32, 4 bytes). */
    public static final int TIME_OFFSET_OFFSET = 2;

    /** Offset of Stock Symbol (alpha(8), 8 bytes). */
    public static final int SYMBOL_OFFSET = 6;

    /** Length of Stock Symbol in bytes. */
    public static final int SYMBOL_LENGTH = 8;

    /** Offset of Auction Type (alpha, 1 byte). */
    public static final int AUCTION_TYPE_OFFSET = 14;

    /** Offset of Price (long price, 8 bytes). */
    public static final int PRICE_OFFSET = 15;

    /** Offset of Shares (u32, 4 bytes). */
    public static final int SHARES_OFFSET = 23;

    private DirectBuffer buffer;
    private int offset;

    /**
     * Points this flyweight at a message.
     *
     * @param buffer the bytes.
     * @param offset where the message's Length byte is.
     * @return this decoder.
     */
    public AuctionSummaryDecoder wrap(final DirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /**
     * The buffer this flyweight reads.
     *
     * @return the buffer.
     */
    public DirectBuffer buffer() {
        return buffer;
    }

    /**
     * Where the message starts in {@link #buffer()}.
     *
     * @return the offset of the Length byte.
     */
    public int offset() {
        return offset;
    }

    /**
     * The Length byte as sent.
     *
     * @return 0 to 255; {@link #LENGTH} in a well-formed message.
     */
    public int length() {
        return buffer.getByte(offset + Pitch.MESSAGE_LENGTH_OFFSET) & 0xFF;
    }

    /**
     * The Message Type byte as sent.
     *
     * @return {@link #TYPE} in a message this flyweight was meant for.
     */
    public int messageType() {
        return buffer.getByte(offset + Pitch.MESSAGE_TYPE_OFFSET) & 0xFF;
    }

    /**
     * Time Offset: ns after the unit's last Time message.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits).
     */
    public long timeOffset() {
        return buffer.getInt(offset + TIME_OFFSET_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }

    /**
     * Stock Symbol (8 bytes, space-padded) packed into a {@code long} without allocating: see {@link Pitch#packSymbol}.
     *
     * @return the packed symbol; equal to the packed value of the same symbol in any other message.
     */
    public long symbol() {
        return buffer.getLong(offset + SYMBOL_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Copies Stock Symbol as sent (8 ASCII bytes, space-padded) into a caller-owned array.
     *
     * @param dst at least 8 bytes; bytes 0 to 7 are overwritten.
     */
    public void getSymbol(final byte[] dst) {
        buffer.getBytes(offset + SYMBOL_OFFSET, dst, 0, SYMBOL_LENGTH);
    }

    /**
     * Auction Type: O, C, H, I, M, V or P as in Auction Update.
     *
     * @return the ASCII byte as sent.
     */
    public byte auctionType() {
        return buffer.getByte(offset + AUCTION_TYPE_OFFSET);
    }

    /**
     * Price: auction price, a Binary Long Price: unsigned 64 bits with {@value Pitch#LONG_PRICE_DECIMALS} implied
     * decimals ({@code 1025000} is $102.50).
     *
     * @return the raw wire value.
     */
    public long price() {
        return buffer.getLong(offset + PRICE_OFFSET, LITTLE_ENDIAN);
    }

    /**
     * Price as a {@link dev.hft.api.FixedPoint} value. Allocation-free.
     *
     * @return the price with {@link dev.hft.api.FixedPoint#DECIMALS} decimals, or
     *         {@link dev.hft.api.FixedPoint#NULL_PRICE} if it does not fit.
     */
    public long priceFixed() {
        return Pitch.longPriceToFixed(price());
    }

    /**
     * Shares: shares executed in the auction.
     *
     * @return 0 to 4,294,967,295 (unsigned 32 bits).
     */
    public long shares() {
        return buffer.getInt(offset + SHARES_OFFSET, LITTLE_ENDIAN) & 0xFFFF_FFFFL;
    }
}
