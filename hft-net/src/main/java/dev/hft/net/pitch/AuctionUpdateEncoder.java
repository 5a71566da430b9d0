package dev.hft.net.pitch;

import static java.nio.ByteOrder.LITTLE_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Writes one Auction Update message, type {@code 0x95} (spec §4.10), in place; the layout is in
 * {@link AuctionUpdateDecoder}. {@link #wrap} writes the Length and Message Type bytes; each setter writes one field
 * and returns this encoder. Nothing is checked and nothing allocated: the caller provides {@link #LENGTH} writable
 * bytes.
 */
public final class AuctionUpdateEncoder {
    /** Message Type byte. */
    public static final int TYPE = AuctionUpdateDecoder.TYPE;
    /** Message length in bytes, Length and Message Type bytes included. */
    public static final int LENGTH = AuctionUpdateDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Points this encoder at {@link #LENGTH} writable bytes and writes the Length and Message Type bytes.
     *
     * @param buffer where to write.
     * @param offset where the message's Length byte goes.
     * @return this encoder.
     */
    public AuctionUpdateEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public AuctionUpdateEncoder timeOffset(final long timeOffset) {
        buffer.putInt(offset + AuctionUpdateDecoder.TIME_OFFSET_OFFSET, (int) timeOffset, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Stock Symbol: space-padded.
     *
     * @param symbol a value from {@link Pitch#packSymbol}.
     * @return this encoder.
     */
    public AuctionUpdateEncoder symbol(final long symbol) {
        buffer.putLong(offset + AuctionUpdateDecoder.SYMBOL_OFFSET, symbol, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Auction Type: O open, C close, H halt, I IPO, M CMC, P periodic.
     *
     * @param auctionType an ASCII byte.
     * @return this encoder.
     */
    public AuctionUpdateEncoder auctionType(final byte auctionType) {
        buffer.putByte(offset + AuctionUpdateDecoder.AUCTION_TYPE_OFFSET, auctionType);
        return this;
    }

    /**
     * Writes Reference Price: collared auction price.
     *
     * @param referencePrice the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AuctionUpdateEncoder referencePrice(final long referencePrice) {
        buffer.putLong(offset + AuctionUpdateDecoder.REFERENCE_PRICE_OFFSET, referencePrice, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Buy Shares: buy shares at the reference price.
     *
     * @param buyShares 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AuctionUpdateEncoder buyShares(final long buyShares) {
        buffer.putInt(offset + AuctionUpdateDecoder.BUY_SHARES_OFFSET, (int) buyShares, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Sell Shares: sell shares at the reference price.
     *
     * @param sellShares 0 to 4,294,967,295 (the low 32 bits are written).
     * @return this encoder.
     */
    public AuctionUpdateEncoder sellShares(final long sellShares) {
        buffer.putInt(offset + AuctionUpdateDecoder.SELL_SHARES_OFFSET, (int) sellShares, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Indicative Price: auction and continuous book match price; 0 on BYX.
     *
     * @param indicativePrice the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AuctionUpdateEncoder indicativePrice(final long indicativePrice) {
        buffer.putLong(offset + AuctionUpdateDecoder.INDICATIVE_PRICE_OFFSET, indicativePrice, LITTLE_ENDIAN);
        return this;
    }

    /**
     * Writes Auction Only Price: auction-only match price; 0 on BYX.
     *
     * @param auctionOnlyPrice the raw Binary Long Price ({@value Pitch#LONG_PRICE_DECIMALS} implied decimals).
     * @return this encoder.
     */
    public AuctionUpdateEncoder auctionOnlyPrice(final long auctionOnlyPrice) {
        buffer.putLong(offset + AuctionUpdateDecoder.AUCTION_ONLY_PRICE_OFFSET, auctionOnlyPrice, LITTLE_ENDIAN);
        return this;
    }
}
