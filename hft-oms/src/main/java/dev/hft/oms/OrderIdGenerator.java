package dev.hft.oms;

/**
 * Generates client order ids that are unique across restarts, one increment per id (no clock read, no allocation,
 * no atomic: one generator per trading thread).
 *
 * <p><b>Layout</b> of the positive 64-bit id:
 * <pre>
 * bit 63     | bits 62..32                               | bits 31..0
 * 0 (sign)   | session prefix: seconds since 2020-01-01Z  | counter, 1..2^32-1 within the prefix
 * </pre>
 *
 * <p><b>Guarantee.</b> A session takes as its prefix the start time in seconds since {@link #EPOCH_SECONDS}, or one
 * more than the highest prefix the previous session used if that is later ({@link #forSession(long, long)}, with the
 * previous highest id from the journal replay). Within a session ids strictly increase; when a prefix's 2^32-1
 * counter values are used up the prefix moves on by one. A session therefore never uses a prefix above
 * {@code start + ids / 2^32}, which is below any later wall-clock second unless the session issued more than 4.29
 * billion ids per second of its life. So ids never repeat across sessions provided that either the restart reads the
 * previous highest id from the journal (exact, whatever the clocks do), or the wall clock at the restart is past the
 * previous session's start (true unless the clock was stepped back). Prefixes last until 2088.
 */
public final class OrderIdGenerator {

    /** Origin of the prefix: 2020-01-01T00:00:00Z in Unix epoch seconds. */
    public static final long EPOCH_SECONDS = 1_577_836_800L;

    /** Number of counter bits. */
    public static final int COUNTER_BITS = 32;

    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
    private static final long MAX_PREFIX = (1L << (63 - COUNTER_BITS)) - 1;

    private long prefixBits;
    private long counter;

    /**
     * Creates a generator for a session prefix.
     *
     * @param sessionPrefix prefix, {@code 0 < sessionPrefix < 2^31}.
     * @throws IllegalArgumentException if the prefix is out of range.
     */
    public OrderIdGenerator(final long sessionPrefix) {
        if (sessionPrefix <= 0 || sessionPrefix > MAX_PREFIX) {
            throw new IllegalArgumentException("session prefix out of range: " + sessionPrefix);
        }
        this.prefixBits = sessionPrefix << COUNTER_BITS;
    }

    /**
     * Creates the generator of a new session: the prefix is the start time in seconds since {@link #EPOCH_SECONDS},
     * or one more than the prefix of {@code previousHighestId} if that is not lower.
     *
     * @param startEpochSeconds  session start, Unix epoch seconds (from the injected epoch clock).
     * @param previousHighestId  the highest id any earlier session issued (e.g. {@link OrderManager#highestOrderId()}
     *                           after replaying the journal), or {@code 0} if none is known.
     * @return the generator.
     */
    public static OrderIdGenerator forSession(final long startEpochSeconds, final long previousHighestId) {
        final long fromClock = startEpochSeconds - EPOCH_SECONDS;
        final long fromJournal = previousHighestId > 0 ? prefixOf(previousHighestId) + 1 : 0;
        return new OrderIdGenerator(Math.max(Math.max(fromClock, fromJournal), 1));
    }

    /**
     * Returns the id the next {@link #nextId()} will return, without consuming it (for a caller that must name an
     * order before the order manager assigns its id, such as a smart order router's pre-trade check).
     *
     * @return the next id.
     */
    public long peekNextId() {
        final long next = counter + 1;
        return next > COUNTER_MASK ? (prefixBits + (1L << COUNTER_BITS)) | 1 : prefixBits | next;
    }

    /**
     * Returns the next id. Allocation-free, a few nanoseconds.
     *
     * @return a positive id, higher than every id this generator returned before.
     */
    public long nextId() {
        long next = counter + 1;
        if (next > COUNTER_MASK) {
            prefixBits += 1L << COUNTER_BITS;
            next = 1;
        }
        counter = next;
        return prefixBits | next;
    }

    /**
     * Returns the prefix of the ids this generator issues now.
     *
     * @return the session prefix.
     */
    public long sessionPrefix() {
        return prefixBits >>> COUNTER_BITS;
    }

    /**
     * Returns the prefix of an id.
     *
     * @param id an id from a generator.
     * @return its prefix (seconds since {@link #EPOCH_SECONDS} at its session's start, or later after a roll).
     */
    public static long prefixOf(final long id) {
        return id >>> COUNTER_BITS;
    }
}
