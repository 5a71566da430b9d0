package dev.hft.net.pitch;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;

/**
 * Cboe US Equities Multicast Depth of Book (PITCH) 2.41 wire constants and the helpers every message flyweight
 * shares. All integers are little-endian.
 *
 * <p>A UDP payload is one {@link SequencedUnitHeaderDecoder Sequenced Unit Header} (spec §2.4) followed by Hdr Count
 * messages, each starting with a Length byte (the whole message, these two bytes included) and a Message Type byte.
 * The message types of chapter 4, "PITCH 2.X Messages", for equities, and their lengths are listed in
 * {@link PitchMessages}. The decoders, encoders, {@link PitchListener}, {@link PitchMessages} and the dispatcher's type
 * switch are generated at build time by hft-codegen from {@code hft-net/src/main/codecs/pitch241.xml}; this class
 * holds what is written by hand: the data types, the conversions and the symbol packing.
 *
 * <p>Data types (spec §2.2): a Binary Long Price is an unsigned 64-bit integer with {@value #LONG_PRICE_DECIMALS}
 * implied decimals, a Binary Short Price an unsigned 16-bit integer with {@value #SHORT_PRICE_DECIMALS}; alphanumeric
 * fields are ASCII, left-aligned and space-padded. Symbols and participant ids are handed out packed into a
 * {@code long} / {@code int} (first character in the lowest byte, see {@link #packSymbol}), so reading them allocates
 * nothing and a symbol compares with {@code ==}.
 *
 * <p>All methods are static, stateless and thread-safe.
 */
public final class Pitch {
    /** Offset of the Length byte in every message. */
    public static final int MESSAGE_LENGTH_OFFSET = 0;
    /** Offset of the Message Type byte in every message. */
    public static final int MESSAGE_TYPE_OFFSET = 1;
    /** Length of the Length and Message Type bytes that start every message. */
    public static final int MESSAGE_HEADER_LENGTH = 2;
    /** Implied decimals of a Binary Long Price ({@code 1025000} is $102.50). */
    public static final int LONG_PRICE_DECIMALS = 4;
    /** Implied decimals of a Binary Short Price ({@code 10250} is $102.50). */
    public static final int SHORT_PRICE_DECIMALS = 2;
    /** Side Indicator of a buy order. */
    public static final byte SIDE_BUY = 'B';
    /** Side Indicator of a sell order. */
    public static final byte SIDE_SELL = 'S';
    /** Add Flags bit 0: displayed (2.41.29 wording; later revisions reserve it, always set). */
    public static final int ADD_FLAG_DISPLAY = 0x01;
    /** Modify Flags bit 0: the order is aggregated in the Cboe SIP quote (displayed). */
    public static final int MODIFY_FLAG_DISPLAY = 0x01;
    /** Modify Flags bit 1: the order kept its time priority. */
    public static final int MODIFY_FLAG_MAINTAIN_PRIORITY = 0x02;
    /** A packed symbol of eight spaces: no symbol. */
    public static final long NO_SYMBOL = 0x2020_2020_2020_2020L;
    /** A packed participant id of four spaces: no attribution. */
    public static final int NO_PARTICIPANT_ID = 0x2020_2020;
    /** Longest symbol an 8-byte (expanded) field holds. */
    public static final int MAX_SYMBOL_LENGTH = 8;
    /** Longest symbol a 6-byte (long and short form) field holds. */
    public static final int MAX_SHORT_SYMBOL_LENGTH = 6;

    private static final long SHORT_SYMBOL_PADDING = 0x2020_0000_0000_0000L;
    private static final long LONG_PRICE_SCALE = FixedPoint.powerOfTen(FixedPoint.DECIMALS - LONG_PRICE_DECIMALS);
    private static final long SHORT_PRICE_SCALE = FixedPoint.powerOfTen(FixedPoint.DECIMALS - SHORT_PRICE_DECIMALS);
    private static final long MAX_LONG_PRICE = FixedPoint.MAX_VALUE / LONG_PRICE_SCALE;

    private Pitch() {
    }

    /**
     * The fixed length of a message type, Length and Message Type bytes included.
     *
     * @param messageType the Message Type byte, 0 to 255.
     * @return the length from {@link PitchMessages}, or 0 for a type this codec does not know.
     */
    public static int messageLength(final int messageType) {
        return PitchMessages.messageLength(messageType);
    }

    /**
     * Converts a Binary Long Price to a {@link FixedPoint} value. Allocation-free.
     *
     * @param rawPrice the wire value ({@value #LONG_PRICE_DECIMALS} implied decimals, unsigned).
     * @return the price with {@link FixedPoint#DECIMALS} decimals, or {@link FixedPoint#NULL_PRICE} if the unsigned
     *         wire value does not fit.
     */
    public static long longPriceToFixed(final long rawPrice) {
        return rawPrice < 0 || rawPrice > MAX_LONG_PRICE ? FixedPoint.NULL_PRICE : rawPrice * LONG_PRICE_SCALE;
    }

    /**
     * Converts a Binary Short Price to a {@link FixedPoint} value. Allocation-free.
     *
     * @param rawPrice the wire value ({@value #SHORT_PRICE_DECIMALS} implied decimals); only its low 16 bits count.
     * @return the price with {@link FixedPoint#DECIMALS} decimals (always representable).
     */
    public static long shortPriceToFixed(final int rawPrice) {
        return (rawPrice & 0xFFFF) * SHORT_PRICE_SCALE;
    }

    /**
     * Maps a Side Indicator byte to a {@link Side}. Allocation-free.
     *
     * @param sideIndicator the wire byte.
     * @return {@link Side#BUY} for 'B', {@link Side#SELL} for 'S', {@link Side#UNKNOWN} otherwise.
     */
    public static Side side(final byte sideIndicator) {
        return sideIndicator == SIDE_BUY ? Side.BUY : sideIndicator == SIDE_SELL ? Side.SELL : Side.UNKNOWN;
    }

    /**
     * Packs a symbol the way the decoders hand it out: eight ASCII bytes, space-padded, the first character in the
     * lowest byte (the little-endian reading of an 8-byte symbol field). A 6-byte field reads as the same value, so
     * {@code "AAPL"} packs equally from an Add Order short and an Add Order expanded message. Allocation-free; meant
     * for start-up (resolving symbols to instrument ids) and tests.
     *
     * @param symbol up to {@value #MAX_SYMBOL_LENGTH} ASCII characters.
     * @return the packed symbol; {@link #NO_SYMBOL} for an empty one.
     * @throws IllegalArgumentException if the symbol is longer than 8 characters or not ASCII (a programmer error).
     */
    public static long packSymbol(final CharSequence symbol) {
        return packAscii(symbol, MAX_SYMBOL_LENGTH);
    }

    /**
     * Unpacks a symbol for logs and tests (allocates).
     *
     * @param packedSymbol a value from {@link #packSymbol} or a decoder's {@code symbol()}.
     * @return the symbol without its trailing spaces.
     */
    public static String symbolToString(final long packedSymbol) {
        return unpackAscii(packedSymbol, MAX_SYMBOL_LENGTH);
    }

    /**
     * Packs a participant id (MPID) like {@link #packSymbol}, into four bytes. Allocation-free.
     *
     * @param participantId up to 4 ASCII characters.
     * @return the packed id; {@link #NO_PARTICIPANT_ID} for an empty one.
     * @throws IllegalArgumentException if it is longer than 4 characters or not ASCII (a programmer error).
     */
    public static int packParticipantId(final CharSequence participantId) {
        return (int) packAscii(participantId, 4);
    }

    /**
     * Unpacks a participant id for logs and tests (allocates).
     *
     * @param packedParticipantId a value from {@link #packParticipantId} or a decoder.
     * @return the id without its trailing spaces.
     */
    public static String participantIdToString(final int packedParticipantId) {
        return unpackAscii(packedParticipantId & 0xFFFF_FFFFL, 4);
    }

    /**
     * Whether a packed symbol fits a 6-byte symbol field (the long and short message forms).
     *
     * @param packedSymbol a value from {@link #packSymbol}.
     * @return {@code true} if its characters 7 and 8 are spaces.
     */
    public static boolean fitsShortSymbol(final long packedSymbol) {
        return (packedSymbol & 0xFFFF_0000_0000_0000L) == SHORT_SYMBOL_PADDING;
    }

    private static long packAscii(final CharSequence text, final int width) {
        final int length = text.length();
        if (length > width) {
            throw new IllegalArgumentException("longer than " + width + " characters: '" + text + "'");
        }
        long packed = 0;
        for (int i = 0; i < width; i++) {
            final char c = i < length ? text.charAt(i) : ' ';
            if (c > 0x7F) {
                throw new IllegalArgumentException("not ASCII: '" + text + "'");
            }
            packed |= (long) c << (8 * i);
        }
        return packed;
    }

    private static String unpackAscii(final long packed, final int width) {
        final char[] chars = new char[width];
        int end = 0;
        for (int i = 0; i < width; i++) {
            chars[i] = (char) ((packed >>> (8 * i)) & 0xFF);
            if (chars[i] != ' ') {
                end = i + 1;
            }
        }
        return new String(chars, 0, end);
    }
}
