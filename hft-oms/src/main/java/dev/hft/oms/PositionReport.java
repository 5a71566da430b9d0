package dev.hft.oms;

/**
 * A venue's or drop copy's position report, filled by the host from whatever message carries it, for
 * {@link Positions#reconcile}. Caller-owned and reusable; preallocated, allocation-free.
 */
public final class PositionReport {

    private final int[] instrumentIds;
    private final long[] quantities;
    private int size;

    /**
     * Creates an empty report.
     *
     * @param capacity maximum number of lines.
     */
    public PositionReport(final int capacity) {
        instrumentIds = new int[capacity];
        quantities = new long[capacity];
    }

    /**
     * Removes every line.
     *
     * @return this.
     */
    public PositionReport clear() {
        size = 0;
        return this;
    }

    /**
     * Adds a line.
     *
     * @param instrumentId instrument.
     * @param quantity     reported signed position.
     * @return this.
     * @throws IllegalStateException if the report is full (the host sized it too small).
     */
    public PositionReport add(final int instrumentId, final long quantity) {
        if (size == instrumentIds.length) {
            throw new IllegalStateException("position report full: " + size);
        }
        instrumentIds[size] = instrumentId;
        quantities[size] = quantity;
        size++;
        return this;
    }

    /**
     * Returns the number of lines.
     *
     * @return lines {@code 0..size()-1} are valid.
     */
    public int size() {
        return size;
    }

    /**
     * Returns the instrument of a line.
     *
     * @param index line.
     * @return instrument id.
     */
    public int instrumentId(final int index) {
        return instrumentIds[index];
    }

    /**
     * Returns the reported quantity of a line.
     *
     * @param index line.
     * @return signed quantity.
     */
    public long quantity(final int index) {
        return quantities[index];
    }
}
