package dev.hft.net.itch;

import static dev.hft.net.itch.MarketParticipantPositionDecoder.MARKET_MAKER_MODE_OFFSET;
import static dev.hft.net.itch.MarketParticipantPositionDecoder.MARKET_PARTICIPANT_STATE_OFFSET;
import static dev.hft.net.itch.MarketParticipantPositionDecoder.MPID_OFFSET;
import static dev.hft.net.itch.MarketParticipantPositionDecoder.PRIMARY_MARKET_MAKER_OFFSET;
import static dev.hft.net.itch.MarketParticipantPositionDecoder.STOCK_OFFSET;
import static java.nio.ByteOrder.BIG_ENDIAN;

import org.agrona.MutableDirectBuffer;

/**
 * Encodes the Market Participant Position message ({@code 'L'}, spec section 1.2.4) in place; the layout is in
 * {@link MarketParticipantPositionDecoder}. {@link #wrap} writes the type byte and each setter writes its field, so a
 * field never set keeps whatever the buffer held. Numeric setters write the low-order bytes of their argument. Not
 * thread-safe.
 */
public final class MarketParticipantPositionEncoder {
    /** Message type byte, {@code 'L'}. */
    public static final byte TYPE = MarketParticipantPositionDecoder.TYPE;
    /** Message length in bytes. */
    public static final int LENGTH = MarketParticipantPositionDecoder.LENGTH;

    private MutableDirectBuffer buffer;
    private int offset;

    /**
     * Starts a message: points this flyweight at {@link #LENGTH} writable bytes and writes the type byte.
     *
     * @param buffer where to write.
     * @param offset where the message (its type byte) starts.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder wrap(final MutableDirectBuffer buffer, final int offset) {
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
    public MarketParticipantPositionEncoder stockLocate(final int stockLocate) {
        Itch50.putStockLocate(buffer, offset, stockLocate);
        return this;
    }

    /**
     * Writes Tracking Number.
     *
     * @param trackingNumber 0 to 65535 (only the low 16 bits are written).
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder trackingNumber(final int trackingNumber) {
        Itch50.putTrackingNumber(buffer, offset, trackingNumber);
        return this;
    }

    /**
     * Writes Timestamp.
     *
     * @param timestamp nanoseconds since midnight, 0 to 2^48 - 1 (only the low 48 bits are written).
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder timestamp(final long timestamp) {
        Itch50.putTimestamp(buffer, offset, timestamp);
        return this;
    }

    /**
     * Writes MPID (4-byte alpha) from its packed form.
     *
     * @param mpid the 4 ASCII bytes packed big-endian, as {@link MarketParticipantPositionDecoder#mpid()} returns them.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder mpid(final int mpid) {
        buffer.putInt(offset + MPID_OFFSET, mpid, BIG_ENDIAN);
        return this;
    }

    /**
     * Writes MPID (4-byte alpha) from text, padded on the right with spaces (no allocation).
     *
     * @param mpid at most 4 ASCII characters.
     * @return this encoder.
     * @throws IllegalArgumentException if the text is longer or not ASCII (a programming error).
     */
    public MarketParticipantPositionEncoder mpid(final CharSequence mpid) {
        Itch50.putAlpha(buffer, offset + MPID_OFFSET, mpid, 4);
        return this;
    }

    /**
     * Writes Stock (8-byte alpha) from its packed form.
     *
     * @param stock the 8 ASCII bytes packed big-endian, as {@link MarketParticipantPositionDecoder#stock()} returns
     * them.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder stock(final long stock) {
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
    public MarketParticipantPositionEncoder stock(final CharSequence stock) {
        Itch50.putAlpha(buffer, offset + STOCK_OFFSET, stock, 8);
        return this;
    }

    /**
     * Writes Primary Market Maker (1-byte alpha).
     *
     * @param primaryMarketMaker the ASCII byte.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder primaryMarketMaker(final byte primaryMarketMaker) {
        buffer.putByte(offset + PRIMARY_MARKET_MAKER_OFFSET, primaryMarketMaker);
        return this;
    }

    /**
     * Writes Market Maker Mode (1-byte alpha).
     *
     * @param marketMakerMode the ASCII byte.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder marketMakerMode(final byte marketMakerMode) {
        buffer.putByte(offset + MARKET_MAKER_MODE_OFFSET, marketMakerMode);
        return this;
    }

    /**
     * Writes Market Participant State (1-byte alpha).
     *
     * @param marketParticipantState the ASCII byte.
     * @return this encoder.
     */
    public MarketParticipantPositionEncoder marketParticipantState(final byte marketParticipantState) {
        buffer.putByte(offset + MARKET_PARTICIPANT_STATE_OFFSET, marketParticipantState);
        return this;
    }
}
