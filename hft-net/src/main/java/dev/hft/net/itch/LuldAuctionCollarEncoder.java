package dev.hft.net.itch;

import static dev.hft.net.itch.LuldAuctionCollarDecoder.AUCTION_COLLAR_EXTENSION_OFFSET;
import static dev.hft.net.itch.LuldAuctionCollarDecoder.AUCTION_COLLAR_REFERENCE_PRICE_OFFSET;
import static dev.hft.net.itch.LuldAuctionCollarDecoder.LOWER_AUCTION_COLLAR_PRICE_OFFSET;
import static dev.hft.net.itch.LuldAuctionCollarDecoder.STOCK_OFFSET;
import static dev.hft.net.itch.LuldAuctionCollarDecoder.UPPER_AUCTION_COLLAR_PRICE_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the LULD Auction Collar message ({@code 'J'}, spec section 1.2.7) in place; the layout is in
 * {@link LuldAuctionCollarDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a field
 * never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not
 * thread-safe.
 */
public final class LuldAuctionCollarEncoder {
    /** Message type byte, {@code 'J'}. */
    public static final byte TYPE = LuldAuctionCollarDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = LuldAuctionCollarDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
        buffer.putByte(offset, TYPE);
        return this;
    }

    /**
     * Writes Stock Locate.
     *
     * @param stockLocate 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link LuldAuctionCollarDecoder#stock()} returns them.
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder stock(final long stock) {
        buffer.putLong(offset + STOCK_OFFSET, stock, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param stock at most 8 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public LuldAuctionCollarEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Auction Collar Reference Price (4-byte Price(4)).
     *
     * @param auctionCollarReferencePrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder auctionCollarReferencePrice(final long auctionCollarReferencePrice) {
        buffer.putInt(offset + AUCTION_COLLAR_REFERENCE_PRICE_OFFSET, (int) auctionCollarReferencePrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Upper Auction Collar Price (4-byte Price(4)).
     *
     * @param upperAuctionCollarPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder upperAuctionCollarPrice(final long upperAuctionCollarPrice) {
        buffer.putInt(offset + UPPER_AUCTION_COLLAR_PRICE_OFFSET, (int) upperAuctionCollarPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Lower Auction Collar Price (4-byte Price(4)).
     *
     * @param lowerAuctionCollarPrice 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder lowerAuctionCollarPrice(final long lowerAuctionCollarPrice) {
        buffer.putInt(offset + LOWER_AUCTION_COLLAR_PRICE_OFFSET, (int) lowerAuctionCollarPrice, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes Auction Collar Extension (4-byte integer).
     *
     * @param auctionCollarExtension 0 to 4294967295 (only the low 32 bits are written).
     * @return this encoder.
     */
    public LuldAuctionCollarEncoder auctionCollarExtension(final long auctionCollarExtension) {
        buffer.putInt(offset + AUCTION_COLLAR_EXTENSION_OFFSET, (int) auctionCollarExtension, BIG_ENDIAN);
        return this;
    }
}
