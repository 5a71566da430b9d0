package dev.hft.net.fix;

import dev.hft.api.FixedPoint;
import org.agrona.AsciiSequenceView;

/**
 * A flyweight over one repeating group of a message parsed by {@link FixMessageDecoder}: {@link #next()} steps
 * through the entries, the getters read tags of the current entry. An entry starts at an occurrence of the
 * delimiter tag and ends before the next delimiter, or at the first tag that is not a member of the group (when
 * {@link FixDictionary} knows the group), or at the trailer. Reusable; allocation-free.
 * <pre>
 * FixGroup parties = decoder.group(FixTags.NO_PARTY_IDS, this.parties);
 * while (parties.next()) {
 *     CharSequence partyId = parties.getString(FixTags.PARTY_ID);
 * }
 * </pre>
 */
public final class FixGroup {
    private final AsciiSequenceView view = new AsciiSequenceView();
    private FixMessageDecoder decoder;
    private int countTag;
    private int delimiterTag;
    private int count;
    private int entryStart;
    private int entryEnd;
    private int nextStart;
    private int entries;

    FixGroup wrap(final FixMessageDecoder decoder, final int countTag, final int delimiterTag, final int countField) {
        this.decoder = decoder;
        this.countTag = countTag;
        this.delimiterTag = delimiterTag;
        this.entries = 0;
        this.entryStart = -1;
        this.entryEnd = -1;
        if (countField < 0) {
            this.count = 0;
            this.nextStart = -1;
        } else {
            final int value = decoder.intAt(countField);
            this.count = value < 0 ? 0 : value;
            this.nextStart = countField + 1;
        }
        return this;
    }

    /**
     * NumInGroup as the message states it.
     *
     * @return the count field's value, 0 if absent or malformed.
     */
    public int count() {
        return count;
    }

    /**
     * Moves to the next entry.
     *
     * @return {@code true} if there is one (the getters now read it); {@code false} after the last entry, or when
     *         the next field is not the delimiter.
     */
    public boolean next() {
        final int limit = decoder.fieldCount() - 1;
        if (nextStart < 0 || nextStart >= limit || decoder.tagAt(nextStart) != delimiterTag) {
            return false;
        }
        final boolean known = FixDictionary.groupDelimiter(countTag) == delimiterTag;
        int end = nextStart + 1;
        while (end < limit) {
            final int tag = decoder.tagAt(end);
            if (tag == delimiterTag || FixDictionary.isTrailerTag(tag) || (known && !FixDictionary.isMemberOf(countTag,
                tag))) {
                break;
            }
            end++;
        }
        entryStart = nextStart;
        entryEnd = end;
        nextStart = end;
        entries++;
        return true;
    }

    int entryStart() {
        return entryStart;
    }

    int entryEnd() {
        return entryEnd;
    }

    /**
     * Number of entries {@link #next()} has stepped through so far.
     *
     * @return entries visited.
     */
    public int entriesVisited() {
        return entries;
    }

    /**
     * Position of the first field after the group's entries seen so far (after the last entry once
     * {@link #next()} returned {@code false}).
     *
     * @return a field position, or -1 if the message has no such group.
     */
    public int endField() {
        return nextStart;
    }

    /**
     * Position of a tag in the current entry.
     *
     * @param tag tag number.
     * @return the field position in the message, or -1 if the entry lacks it.
     */
    public int fieldIndex(final int tag) {
        return entryStart < 0 ? -1 : decoder.find(tag, entryStart, entryEnd);
    }

    /**
     * Value of a tag of the current entry as an {@code int}.
     *
     * @param tag tag number.
     * @return the value, or {@link FixMessageDecoder#NULL_INT}.
     */
    public int getInt(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? FixMessageDecoder.NULL_INT : decoder.intAt(field);
    }

    /**
     * Value of a tag of the current entry as a {@code long}.
     *
     * @param tag tag number.
     * @return the value, or {@link FixMessageDecoder#NULL_LONG}.
     */
    public long getLong(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? FixMessageDecoder.NULL_LONG : decoder.longAt(field);
    }

    /**
     * Value of a decimal tag of the current entry as a {@link FixedPoint} value.
     *
     * @param tag tag number.
     * @return the value, or {@link FixedPoint#NULL_PRICE}.
     */
    public long getPrice(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? FixedPoint.NULL_PRICE : decoder.priceAt(field);
    }

    /**
     * Value of a single-character tag of the current entry.
     *
     * @param tag tag number.
     * @return the character, or {@code '\0'}.
     */
    public char getChar(final int tag) {
        final int field = fieldIndex(tag);
        return field < 0 ? '\0' : decoder.charAt(field);
    }

    /**
     * Value of a tag of the current entry as text, through the group's reusable view.
     *
     * @param tag tag number.
     * @return a view of the value, empty if the entry lacks the tag.
     */
    public CharSequence getString(final int tag) {
        final int field = fieldIndex(tag);
        if (field < 0) {
            return view.wrap(decoder.buffer(), decoder.offset(), 0);
        }
        return view.wrap(decoder.buffer(), decoder.valueOffset(field), decoder.valueLength(field));
    }
}
