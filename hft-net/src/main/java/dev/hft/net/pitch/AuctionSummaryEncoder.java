package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Auction Summary message, type {@code 0x96} (spec §4.11), in place; the layout is in
 * {@link AuctionSummaryDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class AuctionSummaryEncoder {
    /** Message Type byte. */
    public static final int TYPE = AuctionSummaryDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = AuctionSummaryDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public AuctionSummaryEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset + Pitch.MESSAGE_LENGTH_OFFSET, (byte) LENGTH);
        buffer.putByte(offset + Pitch.MESSAGE_TYPE_OFFSET, (byte) TYPE);
        return this;
    }

    /**
     * Writes Time Offset: ns after the unit's last Time message.
     *
     * @param timeOffset 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AuctionSummaryEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + AuctionSummaryDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Stock Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public AuctionSummaryEncoder symbol(final long symbol) {
        buffer.putLong(offset + AuctionSummaryDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Auction Type: O, C, H, I, M, V or P as in Auction Update.
     *
     * @param auctionType an ASCII byte.
     * @return this encoder.
     */
    public AuctionSummaryEncoder auctionType(final byte auctionType) {
        buffer.putByte(offset + AuctionSummaryDecoder.AUCTION_TYPE_OFFSET, auctionType);
        return this;
    }

    /**
     * Writes Price: auction price.
     *
     * @param price the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AuctionSummaryEncoder price(final long price) {
        buffer.putLong(offset + AuctionSummaryDecoder.PRICE_OFFSET, price, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Shares: shares executed in the auction.
     *
     * @param shares 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AuctionSummaryEncoder shares(final long shares) {
        buffer.putInt(offset + AuctionSummaryDecoder.SHARES_OFFSET, (int) shares, LITTLE_ENDIAN);
        return this;
    }
}
