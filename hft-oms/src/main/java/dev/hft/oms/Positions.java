package dev.hft.oms;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.Venue;
import org.agrona.collections.Long2LongHashMap;

import java.util.Arrays;

/**
 * Positions per (instrument, strategy, venue): signed quantity, average price of the open quantity, realized and
 * unrealized P&amp;L and fees, all {@code long} fixed-point ({@link FixedPoint}, 8 decimals) in the quote currency.
 *
 * <p>Accounting: the open cost is the sum of {@code price * quantity} of the open quantity (signed like the
 * position). A fill that adds to the position adds its cost; a fill that reduces it realizes
 * {@code closed * (price - average)} (signs per side) and removes the average cost of the closed quantity; the whole
 * remaining cost is removed when the position goes flat, so rounding never accumulates across round trips.
 * Unrealized P&amp;L is {@code quantity * mark - openCost} with the mark the host sets per instrument
 * ({@link #mark(int, long)}, e.g. from the book's mid or last trade). A product that overflows 64 bits saturates and
 * is counted in {@link #overflows()}; it does not happen below ~92 billion of notional per fill.
 *
 * <p>Slots are preallocated; a slot is created on the first fill of a key and kept. Read methods are public;
 * mutation is the {@link OrderManager}'s. <b>Threading:</b> single trading thread.
 */
public final class Positions {

    /** Returned by {@link #find(int, int, int)} for a key with no position. */
    public static final int NOT_FOUND = -1;

    private final int capacity;
    private final int maxInstruments;
    private final Long2LongHashMap slotByKey;
    private final int[] instrumentIds;
    private final int[] strategyIds;
    private final int[] venueIds;
    private final long[] quantities;
    private final long[] openCosts;
    private final long[] realized;
    private final long[] fees;
    private final long[] boughtQuantities;
    private final long[] soldQuantities;
    private final long[] marks;
    private final long[] netByInstrument;
    private final long[] scratchQuantity;
    private final int[] scratchEpoch;
    private final int[] seenEpoch;
    private final int[] touched;
    private int epoch;
    private int size;
    private long overflows;
    private long refusedFull;

    /**
     * Creates positions.
     *
     * @param capacity       maximum number of (instrument, strategy, venue) keys.
     * @param maxInstruments instrument ids are {@code 0..maxInstruments-1}.
     */
    public Positions(final int capacity, final int maxInstruments) {
        this.capacity = capacity;
        this.maxInstruments = maxInstruments;
        this.slotByKey = new Long2LongHashMap(capacity * 2, 0.5f, NOT_FOUND);
        this.instrumentIds = new int[capacity];
        this.strategyIds = new int[capacity];
        this.venueIds = new int[capacity];
        this.quantities = new long[capacity];
        this.openCosts = new long[capacity];
        this.realized = new long[capacity];
        this.fees = new long[capacity];
        this.boughtQuantities = new long[capacity];
        this.soldQuantities = new long[capacity];
        this.marks = new long[maxInstruments];
        Arrays.fill(marks, FixedPoint.NULL_PRICE);
        this.netByInstrument = new long[maxInstruments];
        this.scratchQuantity = new long[maxInstruments];
        this.scratchEpoch = new int[maxInstruments];
        this.seenEpoch = new int[maxInstruments];
        this.touched = new int[maxInstruments];
    }

    private static long key(final int instrumentId, final int strategyId, final int venueId) {
        return ((long) instrumentId << 32) | ((long) (strategyId & 0xFFFF) << 16) | (venueId & 0xFFFF);
    }

    /**
     * Finds the slot of a key.
     *
     * @param instrumentId instrument.
     * @param strategyId   strategy.
     * @param venueId      venue.
     * @return the slot, or {@link #NOT_FOUND}.
     */
    public int find(final int instrumentId, final int strategyId, final int venueId) {
        return (int) slotByKey.get(key(instrumentId, strategyId, venueId));
    }

    /**
     * Books a fill. Allocation-free.
     *
     * @param instrumentId instrument, {@code 0..maxInstruments-1}.
     * @param strategyId   strategy, {@code 0..65535}.
     * @param venueId      venue, {@code 0..65535}.
     * @param side         side of our order.
     * @param quantity     executed quantity, positive.
     * @param priceFixed   execution price.
     * @param fee          fee from the {@link FeeModel}.
     * @return the position's slot, or {@link #NOT_FOUND} if the key is new and every slot is taken (counted).
     */
    int onFill(
        final int instrumentId,
        final int strategyId,
        final int venueId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final long fee) {
        final long key = key(instrumentId, strategyId, venueId);
        int slot = (int) slotByKey.get(key);
        if (slot == NOT_FOUND) {
            if (size == capacity) {
                refusedFull++;
                return NOT_FOUND;
            }
            slot = size++;
            slotByKey.put(key, slot);
            instrumentIds[slot] = instrumentId;
            strategyIds[slot] = strategyId;
            venueIds[slot] = venueId;
        }
        final long delta = side == Side.BUY ? quantity : -quantity;
        if (delta > 0) {
            boughtQuantities[slot] += quantity;
        } else {
            soldQuantities[slot] += quantity;
        }
        fees[slot] += fee;
        netByInstrument[instrumentId] += delta;
        final long position = quantities[slot];
        if (position == 0 || (position > 0) == (delta > 0)) {
            quantities[slot] = position + delta;
            openCosts[slot] += multiply(delta, priceFixed);
            return slot;
        }
        final long open = Math.abs(position);
        final long closed = Math.min(quantity, open);
        final long removedCost = closed == open ? openCosts[slot] : (openCosts[slot] / open) * closed;
        final long proceeds = multiply(position > 0 ? closed : -closed, priceFixed);
        realized[slot] += proceeds - removedCost;
        openCosts[slot] -= removedCost;
        final long remainder = quantity - closed;
        final long newPosition = position + (delta > 0 ? closed : -closed);
        if (remainder == 0) {
            quantities[slot] = newPosition;
        } else {
            final long flip = delta > 0 ? remainder : -remainder;
            quantities[slot] = flip;
            openCosts[slot] = multiply(flip, priceFixed);
        }
        return slot;
    }

    private long multiply(final long a, final long b) {
        final long low = a * b;
        final long high = Math.multiplyHigh(a, b);
        if (high != (low >> 63)) {
            overflows++;
            return (high < 0) ? FixedPoint.MIN_VALUE : FixedPoint.MAX_VALUE;
        }
        return low;
    }

    /**
     * Sets the reference price unrealized P&amp;L is marked to.
     *
     * @param instrumentId instrument.
     * @param priceFixed   mark price, or {@link FixedPoint#NULL_PRICE} for none (unrealized is then 0).
     */
    public void mark(final int instrumentId, final long priceFixed) {
        marks[instrumentId] = priceFixed;
    }

    /**
     * Returns the mark price of an instrument.
     *
     * @param instrumentId instrument.
     * @return mark, or {@link FixedPoint#NULL_PRICE}.
     */
    public long markPrice(final int instrumentId) {
        return marks[instrumentId];
    }

    /**
     * Returns the number of position slots in use.
     *
     * @return slots {@code 0..size()-1} are valid.
     */
    public int size() {
        return size;
    }

    /**
     * Returns the instrument of a slot.
     *
     * @param slot a slot.
     * @return instrument id.
     */
    public int instrumentId(final int slot) {
        return instrumentIds[slot];
    }

    /**
     * Returns the strategy of a slot.
     *
     * @param slot a slot.
     * @return strategy id.
     */
    public int strategyId(final int slot) {
        return strategyIds[slot];
    }

    /**
     * Returns the venue of a slot.
     *
     * @param slot a slot.
     * @return venue id.
     */
    public int venueId(final int slot) {
        return venueIds[slot];
    }

    /**
     * Returns the signed position of a slot.
     *
     * @param slot a slot.
     * @return positive long, negative short.
     */
    public long quantity(final int slot) {
        return quantities[slot];
    }

    /**
     * Returns the open cost of a slot: sum of price times signed quantity of the open position.
     *
     * @param slot a slot.
     * @return open cost, fixed-point.
     */
    public long openCost(final int slot) {
        return openCosts[slot];
    }

    /**
     * Returns the average price of the open position of a slot.
     *
     * @param slot a slot.
     * @return average price (truncated), or {@link FixedPoint#NULL_PRICE} if flat.
     */
    public long averagePrice(final int slot) {
        final long position = quantities[slot];
        return position == 0 ? FixedPoint.NULL_PRICE : openCosts[slot] / position;
    }

    /**
     * Returns the realized P&amp;L of a slot, before fees.
     *
     * @param slot a slot.
     * @return realized P&amp;L, fixed-point.
     */
    public long realizedPnl(final int slot) {
        return realized[slot];
    }

    /**
     * Returns the unrealized P&amp;L of a slot at the instrument's mark.
     *
     * @param slot a slot.
     * @return {@code quantity * mark - openCost}, or 0 if flat or no mark is set.
     */
    public long unrealizedPnl(final int slot) {
        final long mark = marks[instrumentIds[slot]];
        final long position = quantities[slot];
        if (position == 0 || mark == FixedPoint.NULL_PRICE) {
            return 0;
        }
        return multiply(position, mark) - openCosts[slot];
    }

    /**
     * Returns the fees booked in a slot.
     *
     * @param slot a slot.
     * @return fees (negative: net rebate), fixed-point.
     */
    public long fees(final int slot) {
        return fees[slot];
    }

    /**
     * Returns the quantity bought in a slot.
     *
     * @param slot a slot.
     * @return total bought.
     */
    public long boughtQuantity(final int slot) {
        return boughtQuantities[slot];
    }

    /**
     * Returns the quantity sold in a slot.
     *
     * @param slot a slot.
     * @return total sold.
     */
    public long soldQuantity(final int slot) {
        return soldQuantities[slot];
    }

    /**
     * Returns the net position of an instrument over every strategy and venue.
     *
     * @param instrumentId instrument.
     * @return signed quantity.
     */
    public long netQuantity(final int instrumentId) {
        return netByInstrument[instrumentId];
    }

    /**
     * Returns the total P&amp;L over every slot: realized plus unrealized minus fees.
     *
     * @return P&amp;L, fixed-point.
     */
    public long totalPnl() {
        long total = 0;
        for (int slot = 0; slot < size; slot++) {
            total += realized[slot] + unrealizedPnl(slot) - fees[slot];
        }
        return total;
    }

    /**
     * Returns how many products saturated instead of overflowing.
     *
     * @return count.
     */
    public long overflows() {
        return overflows;
    }

    /**
     * Returns how many fills were not booked because every slot was taken.
     *
     * @return count.
     */
    public long refusedFull() {
        return refusedFull;
    }

    /**
     * Compares our positions with a venue's or drop copy's position report and lists every instrument whose
     * quantities differ, our side summed over strategies. Instruments absent from the report count as reported
     * flat. Allocation-free.
     *
     * @param venueId venue the report is from, or {@link Venue#NULL_VENUE_ID} to compare against our positions summed
     *                over every venue (an account-wide drop copy).
     * @param report  the report (caller-owned).
     * @param breaks  cleared, then filled with the breaks (caller-owned).
     * @return number of breaks found (may exceed what {@code breaks} could hold; see
     *         {@link ReconciliationBreaks#dropped()}).
     */
    public int reconcile(final int venueId, final PositionReport report, final ReconciliationBreaks breaks) {
        breaks.clear();
        final int e = ++epoch;
        int touchedCount = 0;
        for (int slot = 0; slot < size; slot++) {
            if (venueId != Venue.NULL_VENUE_ID && venueIds[slot] != venueId) {
                continue;
            }
            final int instrumentId = instrumentIds[slot];
            if (scratchEpoch[instrumentId] != e) {
                scratchEpoch[instrumentId] = e;
                scratchQuantity[instrumentId] = 0;
                touched[touchedCount++] = instrumentId;
            }
            scratchQuantity[instrumentId] += quantities[slot];
        }
        int found = 0;
        for (int i = 0; i < report.size(); i++) {
            final int instrumentId = report.instrumentId(i);
            final long reported = report.quantity(i);
            if (instrumentId < 0 || instrumentId >= maxInstruments) {
                breaks.add(instrumentId, 0, reported);
                found++;
                continue;
            }
            final long ours = scratchEpoch[instrumentId] == e ? scratchQuantity[instrumentId] : 0;
            seenEpoch[instrumentId] = e;
            if (ours != reported) {
                breaks.add(instrumentId, ours, reported);
                found++;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            final int instrumentId = touched[i];
            if (seenEpoch[instrumentId] != e && scratchQuantity[instrumentId] != 0) {
                breaks.add(instrumentId, scratchQuantity[instrumentId], 0);
                found++;
            }
        }
        return found;
    }

    void reset() {
        slotByKey.clear();
        Arrays.fill(quantities, 0);
        Arrays.fill(openCosts, 0);
        Arrays.fill(realized, 0);
        Arrays.fill(fees, 0);
        Arrays.fill(boughtQuantities, 0);
        Arrays.fill(soldQuantities, 0);
        Arrays.fill(netByInstrument, 0);
        size = 0;
        overflows = 0;
        refusedFull = 0;
    }
}
