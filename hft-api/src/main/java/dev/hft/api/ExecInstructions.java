package dev.hft.api;

/**
 * Execution instructions of an order as {@code int} bit flags (no {@code EnumSet}, no allocation).
 *
 * <p>Combine with {@code |}: {@code ExecInstructions.POST_ONLY | ExecInstructions.HIDDEN}. Bits outside
 * {@link #ALL} are reserved; gateways answer {@link Result#INVALID_ARGUMENT} for them (see {@link #isValid(int)}) and
 * {@link RejectReason#UNSUPPORTED_ORDER} for a flag their venue does not support.
 */
public final class ExecInstructions {

    /** No instruction. */
    public static final int NONE = 0;

    /** Post only: cancel (or reprice, per venue) instead of taking liquidity on arrival. */
    public static final int POST_ONLY = 1;

    /** Hidden: not displayed on the venue's book. */
    public static final int HIDDEN = 1 << 1;

    /** All or none: execute the full quantity in one fill or not at all. */
    public static final int ALL_OR_NONE = 1 << 2;

    /** Intermarket sweep order (Reg NMS ISO): the sender has taken care of protected quotes elsewhere. */
    public static final int INTERMARKET_SWEEP = 1 << 3;

    /** Reduce only: may only decrease the position; risk refuses it otherwise. */
    public static final int REDUCE_ONLY = 1 << 4;

    /** Every defined flag. */
    public static final int ALL = POST_ONLY | HIDDEN | ALL_OR_NONE | INTERMARKET_SWEEP | REDUCE_ONLY;

    private static final int[] FLAGS = {POST_ONLY, HIDDEN, ALL_OR_NONE, INTERMARKET_SWEEP, REDUCE_ONLY};
    private static final String[] NAMES = {"POST_ONLY", "HIDDEN", "ALL_OR_NONE", "INTERMARKET_SWEEP", "REDUCE_ONLY"};

    private ExecInstructions() {
    }

    /**
     * Tells whether every bit of {@code flag} is set in {@code flags}. Allocation-free.
     *
     * @param flags instructions of an order.
     * @param flag  one flag, or several combined with {@code |}.
     * @return {@code true} if all bits of {@code flag} are set ({@code true} for {@link #NONE}).
     */
    public static boolean has(final int flags, final int flag) {
        return (flags & flag) == flag;
    }

    /**
     * Tells whether only defined bits are set. Allocation-free.
     *
     * @param flags instructions of an order.
     * @return {@code true} if no bit outside {@link #ALL} is set.
     */
    public static boolean isValid(final int flags) {
        return (flags & ~ALL) == 0;
    }

    /**
     * Describes flags for logs: names joined by {@code '|'}, e.g. {@code "POST_ONLY|HIDDEN"}; {@code "NONE"} for no
     * flag; undefined bits as {@code "0x..."}. Allocates; not for the hot path.
     *
     * @param flags instructions of an order.
     * @return the description.
     */
    public static String describe(final int flags) {
        final StringBuilder builder = new StringBuilder(64);
        appendTo(flags, builder);
        return builder.toString();
    }

    /**
     * Appends the text {@link #describe(int)} produces to a builder. Allocation-free when the builder has room
     * (at most 69 characters).
     *
     * @param flags   instructions of an order.
     * @param builder destination.
     * @return number of characters appended.
     */
    public static int appendTo(final int flags, final StringBuilder builder) {
        final int startLength = builder.length();
        if (flags == NONE) {
            builder.append("NONE");
            return builder.length() - startLength;
        }
        for (int i = 0; i < FLAGS.length; i++) {
            if ((flags & FLAGS[i]) != 0) {
                if (builder.length() != startLength) {
                    builder.append('|');
                }
                builder.append(NAMES[i]);
            }
        }
        final int undefined = flags & ~ALL;
        if (undefined != 0) {
            if (builder.length() != startLength) {
                builder.append('|');
            }
            builder.append("0x");
            final int firstShift = (31 - Integer.numberOfLeadingZeros(undefined)) & ~3;
            for (int shift = firstShift; shift >= 0; shift -= 4) {
                builder.append(Character.forDigit((undefined >>> shift) & 0xF, 16));
            }
        }
        return builder.length() - startLength;
    }
}
