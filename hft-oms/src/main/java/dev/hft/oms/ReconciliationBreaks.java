package dev.hft.oms;

/**
 * The breaks {@link Positions#reconcile} found: one line per instrument whose quantities differ. Caller-owned and
 * reusable; preallocated, allocation-free.
 */
public final class ReconciliationBreaks {

    private final int[] instrumentIds;
    private final long[] ours;
    private final long[] reported;
    private int size;
    private int dropped;

    /**
     * Creates an empty list.
     *
     * @param capacity maximum number of breaks kept.
     */
    public ReconciliationBreaks(final int capacity) {
        instrumentIds = new int[capacity];
        ours = new long[capacity];
        reported = new long[capacity];
    }

    void clear() {
        size = 0;
        dropped = 0;
    }

    void add(final int instrumentId, final long ourQuantity, final long reportedQuantity) {
        if (size == instrumentIds.length) {
            dropped++;
            return;
        }
        instrumentIds[size] = instrumentId;
        ours[size] = ourQuantity;
        reported[size] = reportedQuantity;
        size++;
    }

    /**
     * Returns the number of breaks kept.
     *
     * @return breaks {@code 0..size()-1} are valid.
     */
    public int size() {
        return size;
    }

    /**
     * Returns how many breaks did not fit.
     *
     * @return count.
     */
    public int dropped() {
        return dropped;
    }

    /**
     * Returns the instrument of a break.
     *
     * @param index break.
     * @return instrument id.
     */
    public int instrumentId(final int index) {
        return instrumentIds[index];
    }

    /**
     * Returns our quantity in a break.
     *
     * @param index break.
     * @return signed quantity.
     */
    public long ourQuantity(final int index) {
        return ours[index];
    }

    /**
     * Returns the reported quantity in a break.
     *
     * @param index break.
     * @return signed quantity.
     */
    public long reportedQuantity(final int index) {
        return reported[index];
    }

    /**
     * Returns ours minus reported for a break.
     *
     * @param index break.
     * @return difference.
     */
    public long difference(final int index) {
        return ours[index] - reported[index];
    }
}
