package dev.hft.net;

import org.agrona.MutableDirectBuffer;

/**
 * Alpha (ASCII, left-justified, space-padded) fields as the big-endian protocols (ITCH 5.0, OUCH 5.0) pack, unpack
 * and write them; {@code Itch50} and {@code Ouch50} expose the packing under their own names, the generated encoders
 * write text through {@link #putAlpha}. Stateless and thread-safe.
 */
public final class WireAlpha {
    /** The padding byte. */
    public static final byte SPACE = ' ';

    private WireAlpha() {
    }

    /**
     * Packs text as an alpha field of the given length holds it: ASCII, padded on the right with spaces, big-endian
     * (first character in the most significant of the {@code length} low-order bytes). For start-up, not the hot
     * path.
     *
     * @param text   at most {@code length} ASCII characters.
     * @param length the field length, 1 to 8.
     * @return the packed value (cast to {@code int} for 4-byte fields).
     * @throws IllegalArgumentException if the length is out of range, or the text longer or not ASCII.
     */
    public static long packAlpha(final CharSequence text, final int length) {
        if (length > Long.BYTES) {
            throw new IllegalArgumentException("alpha length must be 1 to 8: " + length);
        }
        checkAlpha(text, length);
        long packed = 0;
        for (int i = 0; i < length; i++) {
            packed = (packed << 8) | (i < text.length() ? text.charAt(i) : SPACE);
        }
        return packed;
    }

    /**
     * Unpacks an alpha field (allocates; for start-up, logs and tests).
     *
     * @param packed the field's bytes packed big-endian in the {@code length} low-order bytes.
     * @param length the field length, 1 to 8.
     * @return the text without its padding spaces on the right.
     * @throws IllegalArgumentException if the length is out of range.
     */
    public static String unpackAlpha(final long packed, final int length) {
        if (length < 1 || length > Long.BYTES) {
            throw new IllegalArgumentException("alpha length must be 1 to 8: " + length);
        }
        final char[] chars = new char[length];
        int end = 0;
        for (int i = 0; i < length; i++) {
            chars[i] = (char) ((packed >>> (8 * (length - 1 - i))) & 0xFF);
            if (chars[i] != SPACE) {
                end = i + 1;
            }
        }
        return new String(chars, 0, end);
    }

    /**
     * Writes text into an alpha field, padded on the right with spaces (no allocation).
     *
     * @param buffer where to write.
     * @param index  where the field starts.
     * @param text   at most {@code length} ASCII characters.
     * @param length the field length, at least 1 (ClOrdID-style fields are longer than 8).
     * @throws IllegalArgumentException if the length is out of range, or the text longer or not ASCII.
     */
    public static void putAlpha(final MutableDirectBuffer buffer, final int index, final CharSequence text,
        final int length) {
        checkAlpha(text, length);
        final int textLength = text.length();
        for (int i = 0; i < length; i++) {
            buffer.putByte(index + i, i < textLength ? (byte) text.charAt(i) : SPACE);
        }
    }

    private static void checkAlpha(final CharSequence text, final int length) {
        if (length < 1) {
            throw new IllegalArgumentException("alpha length must be positive: " + length);
        }
        if (text.length() > length) {
            throw new IllegalArgumentException("longer than " + length + " characters: " + text);
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                throw new IllegalArgumentException("not ASCII: " + text);
            }
        }
    }
}
