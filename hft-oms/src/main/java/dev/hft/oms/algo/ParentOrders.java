package dev.hft.oms.algo;

import dev.hft.api.FixedPoint;
import dev.hft.api.MarketDataListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.ChildOrderListener;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import org.agrona.collections.Long2LongHashMap;

import java.util.Arrays;

/**
 * Holds parent orders of local types ({@link ParentOrderType}) and works them by releasing child orders through the
 * {@link OrderManager}, so every child passes the order manager's pre-trade check and venue emulation (time in force,
 * post-only) like any order. Driven by market data ({@link #onBbo}, {@link #onTrade}: wire it as a
 * {@link MarketDataListener} of the book builder) and a timer ({@link #doWork(long)}); learns about its children as
 * the order manager's {@link ChildOrderListener} (set by the constructor).
 *
 * <ul>
 *     <li><b>Stop / stop-limit</b>: trigger when a trade prints at or above (buy) / at or below (sell) the stop
 *     price; release the remaining quantity as MARKET / LIMIT.</li>
 *     <li><b>Trailing stop</b>: the stop trails the best trade price since submission (highest for a sell, lowest for
 *     a buy) by a fixed distance; released as MARKET.</li>
 *     <li><b>Iceberg</b>: one LIMIT child of the display quantity at a time; when it fills, the next one
 *     (refresh).</li>
 *     <li><b>Pegged</b>: one LIMIT child at the reference ({@link PegReference}) plus {@code offset} toward the
 *     market ({@code price = reference + side.sign() * offset}), capped by an optional limit, rounded to the
 *     instrument's tick away from the market; replaced when the BBO moves it, at most once per minimum interval (a
 *     re-peg due inside the interval is done by {@link #doWork(long)} once the interval has passed).</li>
 *     <li><b>TWAP / VWAP</b>: the horizon {@code [start, end)} is cut into buckets (equal for TWAP; one per profile
 *     entry for VWAP). At the start of bucket {@code k} the cumulative target is {@code quantity * k / buckets}
 *     (TWAP) or {@code quantity * weight(1..k) / weight(all)} (VWAP); one child is released for the target minus
 *     what is filled and working, limited by the participation cap ({@code capBps} of the market volume printed
 *     since the start, minus what is filled and working). At the end, the parent expires once nothing works.</li>
 * </ul>
 * A child the venue cancels, expires or rejects ends a stop, iceberg or peg parent as {@link ParentState#CANCELED};
 * a TWAP/VWAP parent carries on. A child the pre-trade check refuses fails a stop or iceberg parent
 * ({@link ParentState#FAILED}); a peg or TWAP/VWAP retries at the next BBO or bucket. Counted in
 * {@link #childRejects()}.
 *
 * <p>Parents are not journaled: after a restart their children are recovered by the order manager, the parents
 * themselves must be resubmitted by the host. <b>Threading:</b> the trading thread, like the order manager.
 * Allocation-free after construction; market data and {@code doWork} cost O(active parents).
 */
public final class ParentOrders implements MarketDataListener, ChildOrderListener {

    /** Returned by {@link #find(long)} for an unknown parent id. */
    public static final int NOT_FOUND = -1;

    /** Maximum number of live children a TWAP/VWAP parent tracks at once; a slice beyond waits for the next bucket. */
    public static final int MAX_CHILDREN = 8;

    private static final ParentOrderType[] TYPES = ParentOrderType.values();
    private static final ParentState[] STATES = ParentState.values();
    private static final Side[] SIDES = Side.values();
    private static final TimeInForce[] TIFS = TimeInForce.values();
    private static final PegReference[] PEGS = PegReference.values();

    private final OrderManager orderManager;
    private final int capacity;
    private final int maxInstruments;
    private final Long2LongHashMap slotById;

    private final long[] ids;
    private final long[] quantities;
    private final long[] filled;
    private final long[] working;
    private final long[] limitPrices;
    private final long[] stopPrices;
    private final long[] trails;
    private final long[] waterMarks;
    private final long[] displayQuantities;
    private final long[] offsets;
    private final long[] minIntervalsNs;
    private final long[] lastRepegNs;
    private final long[] startsNs;
    private final long[] endsNs;
    private final long[] volumesAtStart;
    private final long[] childPrices;
    private final long[] pendingChildIds;
    private final long[] children;
    private final long[][] profiles;
    private final int[] strategyIds;
    private final int[] venueIds;
    private final int[] instrumentIds;
    private final int[] execInstructions;
    private final int[] buckets;
    private final int[] lastBuckets;
    private final int[] capsBps;
    private final byte[] types;
    private final byte[] states;
    private final byte[] sides;
    private final byte[] timesInForce;
    private final byte[] pegReferences;
    private final boolean[] repegPending;
    private final boolean[] cancelRequested;

    private final int[] active;
    private int activeCount;
    private final int[] freeSlots;
    private int freeCount;
    private final int[] retired;
    private int retiredHead;
    private int retiredCount;

    private final long[] bids;
    private final long[] asks;
    private final long[] volumes;
    private final long[] ticks;

    private long nowNs;
    private long childRejects;
    private long repegs;
    private long triggers;

    /**
     * Creates the engine and registers it as the order manager's {@link ChildOrderListener}.
     *
     * @param orderManager   releases the children.
     * @param capacity       maximum number of parents (live plus recently finished, kept readable).
     * @param maxInstruments instrument ids are {@code 0..maxInstruments-1}.
     */
    public ParentOrders(final OrderManager orderManager, final int capacity, final int maxInstruments) {
        this.orderManager = orderManager;
        this.capacity = capacity;
        this.maxInstruments = maxInstruments;
        this.slotById = new Long2LongHashMap(capacity * 2, 0.5f, NOT_FOUND);
        ids = new long[capacity];
        quantities = new long[capacity];
        filled = new long[capacity];
        working = new long[capacity];
        limitPrices = new long[capacity];
        stopPrices = new long[capacity];
        trails = new long[capacity];
        waterMarks = new long[capacity];
        displayQuantities = new long[capacity];
        offsets = new long[capacity];
        minIntervalsNs = new long[capacity];
        lastRepegNs = new long[capacity];
        startsNs = new long[capacity];
        endsNs = new long[capacity];
        volumesAtStart = new long[capacity];
        childPrices = new long[capacity];
        pendingChildIds = new long[capacity];
        children = new long[capacity * MAX_CHILDREN];
        profiles = new long[capacity][];
        strategyIds = new int[capacity];
        venueIds = new int[capacity];
        instrumentIds = new int[capacity];
        execInstructions = new int[capacity];
        buckets = new int[capacity];
        lastBuckets = new int[capacity];
        capsBps = new int[capacity];
        types = new byte[capacity];
        states = new byte[capacity];
        sides = new byte[capacity];
        timesInForce = new byte[capacity];
        pegReferences = new byte[capacity];
        repegPending = new boolean[capacity];
        cancelRequested = new boolean[capacity];
        active = new int[capacity];
        freeSlots = new int[capacity];
        retired = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
        bids = new long[maxInstruments];
        asks = new long[maxInstruments];
        volumes = new long[maxInstruments];
        ticks = new long[maxInstruments];
        Arrays.fill(bids, FixedPoint.NULL_PRICE);
        Arrays.fill(asks, FixedPoint.NULL_PRICE);
        Arrays.fill(ticks, 1);
        orderManager.childOrderListener(this);
    }

    /**
     * Sets the tick size pegged prices are rounded to (start-up; default 1, i.e. no rounding).
     *
     * @param instrumentId  instrument.
     * @param tickSizeFixed tick size, fixed-point, positive.
     * @return this.
     */
    public ParentOrders tickSize(final int instrumentId, final long tickSizeFixed) {
        ticks[instrumentId] = tickSizeFixed;
        return this;
    }

    // ------------------------------------------------------------------------------------------ submission

    /**
     * Submits a stop (MARKET when triggered) or stop-limit (LIMIT at {@code limitPriceFixed} when triggered).
     *
     * @param strategyId       strategy.
     * @param venueId          venue of the child.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         quantity.
     * @param stopPriceFixed   stop price.
     * @param limitPriceFixed  limit of the child, or {@link FixedPoint#NULL_PRICE} for a plain stop.
     * @param timeInForce      time in force of the child.
     * @param execInstructions flags of the child.
     * @return the parent id ({@code > 0}), or {@link Result#INVALID_ARGUMENT} / {@link Result#REJECTED} (no slot).
     */
    public long submitStop(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long stopPriceFixed,
        final long limitPriceFixed,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (stopPriceFixed == FixedPoint.NULL_PRICE) {
            return Result.INVALID_ARGUMENT;
        }
        final ParentOrderType type = limitPriceFixed == FixedPoint.NULL_PRICE ? ParentOrderType.STOP
            : ParentOrderType.STOP_LIMIT;
        final int slot = open(type, strategyId, venueId, instrumentId, side, quantity, timeInForce, execInstructions);
        if (slot < 0) {
            return slot;
        }
        stopPrices[slot] = stopPriceFixed;
        limitPrices[slot] = limitPriceFixed;
        return ids[slot];
    }

    /**
     * Submits a trailing stop, released as MARKET.
     *
     * @param strategyId       strategy.
     * @param venueId          venue of the child.
     * @param instrumentId     instrument.
     * @param side             side (SELL protects a long: the stop trails below the highest trade).
     * @param quantity         quantity.
     * @param trailFixed       distance of the stop from the best trade price, positive.
     * @param timeInForce      time in force of the child.
     * @param execInstructions flags of the child.
     * @return the parent id ({@code > 0}), or a negative {@link Result}.
     */
    public long submitTrailingStop(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long trailFixed,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (trailFixed <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        final int slot = open(ParentOrderType.TRAILING_STOP, strategyId, venueId, instrumentId, side, quantity,
            timeInForce, execInstructions);
        if (slot < 0) {
            return slot;
        }
        trails[slot] = trailFixed;
        waterMarks[slot] = FixedPoint.NULL_PRICE;
        stopPrices[slot] = FixedPoint.NULL_PRICE;
        return ids[slot];
    }

    /**
     * Submits an iceberg and releases its first display slice at once.
     *
     * @param strategyId       strategy.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         total quantity.
     * @param displayQuantity  quantity shown at a time, positive.
     * @param limitPriceFixed  limit price.
     * @param timeInForce      time in force of the children.
     * @param execInstructions flags of the children.
     * @return the parent id ({@code > 0}), or a negative {@link Result}; the parent is {@link ParentState#FAILED}
     *         if the first slice was refused.
     */
    public long submitIceberg(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long displayQuantity,
        final long limitPriceFixed,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (displayQuantity <= 0 || limitPriceFixed == FixedPoint.NULL_PRICE) {
            return Result.INVALID_ARGUMENT;
        }
        final int slot = open(ParentOrderType.ICEBERG, strategyId, venueId, instrumentId, side, quantity,
            timeInForce, execInstructions);
        if (slot < 0) {
            return slot;
        }
        displayQuantities[slot] = displayQuantity;
        limitPrices[slot] = limitPriceFixed;
        releaseIcebergSlice(slot);
        return ids[slot];
    }

    /**
     * Submits a pegged order; its child is released at once if the BBO is known, else on the first BBO.
     *
     * @param strategyId       strategy.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         quantity.
     * @param reference        what it follows.
     * @param offsetFixed      offset toward the market (negative: away from it).
     * @param limitCapFixed    price it never goes through, or {@link FixedPoint#NULL_PRICE}.
     * @param minRepegIntervalNs minimum time between two replaces, nanoseconds.
     * @param timeInForce      time in force of the child.
     * @param execInstructions flags of the child.
     * @return the parent id ({@code > 0}), or a negative {@link Result}.
     */
    public long submitPegged(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final PegReference reference,
        final long offsetFixed,
        final long limitCapFixed,
        final long minRepegIntervalNs,
        final TimeInForce timeInForce,
        final int execInstructions) {
        final int slot = open(ParentOrderType.PEGGED, strategyId, venueId, instrumentId, side, quantity,
            timeInForce, execInstructions);
        if (slot < 0) {
            return slot;
        }
        pegReferences[slot] = (byte) reference.ordinal();
        offsets[slot] = offsetFixed;
        limitPrices[slot] = limitCapFixed;
        minIntervalsNs[slot] = minRepegIntervalNs;
        lastRepegNs[slot] = Long.MIN_VALUE / 2;
        peg(slot, nowNs);
        return ids[slot];
    }

    /**
     * Submits a TWAP: {@code slices} equal buckets over {@code [startNs, endNs)}.
     *
     * @param strategyId       strategy.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         total quantity.
     * @param limitPriceFixed  limit of the children, or {@link FixedPoint#NULL_PRICE} for MARKET children.
     * @param startNs          start, epoch nanoseconds.
     * @param endNs            end, epoch nanoseconds, after start.
     * @param slices           number of buckets, positive.
     * @param participationCapBps maximum share of market volume since the start, basis points; {@code 0} for none.
     * @param timeInForce      time in force of the children.
     * @param execInstructions flags of the children.
     * @return the parent id ({@code > 0}), or a negative {@link Result}.
     */
    public long submitTwap(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final long startNs,
        final long endNs,
        final int slices,
        final int participationCapBps,
        final TimeInForce timeInForce,
        final int execInstructions) {
        return schedule(ParentOrderType.TWAP, strategyId, venueId, instrumentId, side, quantity, limitPriceFixed,
            startNs, endNs, slices, null, participationCapBps, timeInForce, execInstructions);
    }

    /**
     * Submits a VWAP: one bucket per entry of {@code volumeProfile} over {@code [startNs, endNs)}, each bucket's
     * share of the quantity proportional to its weight.
     *
     * @param strategyId       strategy.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         total quantity.
     * @param limitPriceFixed  limit of the children, or {@link FixedPoint#NULL_PRICE} for MARKET children.
     * @param startNs          start, epoch nanoseconds.
     * @param endNs            end, epoch nanoseconds, after start.
     * @param volumeProfile    non-negative weights per bucket with a positive sum (kept by reference: do not
     *                         modify while the parent works).
     * @param participationCapBps maximum share of market volume since the start, basis points; {@code 0} for none.
     * @param timeInForce      time in force of the children.
     * @param execInstructions flags of the children.
     * @return the parent id ({@code > 0}), or a negative {@link Result}.
     */
    public long submitVwap(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final long startNs,
        final long endNs,
        final long[] volumeProfile,
        final int participationCapBps,
        final TimeInForce timeInForce,
        final int execInstructions) {
        long total = 0;
        for (final long weight : volumeProfile) {
            if (weight < 0) {
                return Result.INVALID_ARGUMENT;
            }
            total += weight;
        }
        if (total <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        return schedule(ParentOrderType.VWAP, strategyId, venueId, instrumentId, side, quantity, limitPriceFixed,
            startNs, endNs, volumeProfile.length, volumeProfile, participationCapBps, timeInForce, execInstructions);
    }

    private long schedule(
        final ParentOrderType type,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final long startNs,
        final long endNs,
        final int slices,
        final long[] profile,
        final int capBps,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (endNs <= startNs || slices <= 0 || capBps < 0) {
            return Result.INVALID_ARGUMENT;
        }
        final int slot = open(type, strategyId, venueId, instrumentId, side, quantity, timeInForce, execInstructions);
        if (slot < 0) {
            return slot;
        }
        limitPrices[slot] = limitPriceFixed;
        startsNs[slot] = startNs;
        endsNs[slot] = endNs;
        buckets[slot] = slices;
        lastBuckets[slot] = 0;
        profiles[slot] = profile;
        capsBps[slot] = capBps;
        volumesAtStart[slot] = volumes[instrumentId];
        return ids[slot];
    }

    private int open(
        final ParentOrderType type,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final TimeInForce timeInForce,
        final int instructions) {
        if (quantity <= 0 || side == Side.UNKNOWN || instrumentId < 0 || instrumentId >= maxInstruments) {
            return Result.INVALID_ARGUMENT;
        }
        final int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else if (retiredCount > 0) {
            slot = retired[retiredHead];
            retiredHead = retiredHead + 1 == capacity ? 0 : retiredHead + 1;
            retiredCount--;
            slotById.remove(ids[slot]);
        } else {
            return Result.REJECTED;
        }
        final long id = orderManager.idGenerator().nextId();
        ids[slot] = id;
        slotById.put(id, slot);
        types[slot] = (byte) type.ordinal();
        states[slot] = (byte) ParentState.WAITING.ordinal();
        strategyIds[slot] = strategyId;
        venueIds[slot] = venueId;
        instrumentIds[slot] = instrumentId;
        sides[slot] = (byte) side.ordinal();
        quantities[slot] = quantity;
        filled[slot] = 0;
        working[slot] = 0;
        timesInForce[slot] = (byte) timeInForce.ordinal();
        execInstructions[slot] = instructions;
        pendingChildIds[slot] = 0;
        childPrices[slot] = FixedPoint.NULL_PRICE;
        repegPending[slot] = false;
        cancelRequested[slot] = false;
        profiles[slot] = null;
        Arrays.fill(children, slot * MAX_CHILDREN, (slot + 1) * MAX_CHILDREN, 0);
        active[activeCount++] = slot;
        return slot;
    }

    /**
     * Cancels a parent: no more children are released and every working child is canceled; the parent becomes
     * {@link ParentState#CANCELED} once nothing works.
     *
     * @param parentId the parent.
     * @return {@link Result#OK}, or {@link Result#UNKNOWN_ORDER} if unknown or already done.
     */
    public int cancel(final long parentId) {
        final int slot = find(parentId);
        if (slot == NOT_FOUND || STATES[states[slot]].isTerminal()) {
            return Result.UNKNOWN_ORDER;
        }
        cancelRequested[slot] = true;
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            final long child = children[base + i];
            if (child != 0) {
                final int childSlot = orderManager.find(child);
                if (childSlot != OrderManager.NOT_FOUND && isCancelable(orderManager.state(childSlot))) {
                    orderManager.cancel(child);
                }
            }
        }
        checkDone(slot);
        return Result.OK;
    }

    private static boolean isCancelable(final OrderState state) {
        return state == OrderState.PENDING_NEW || state == OrderState.NEW || state == OrderState.PARTIALLY_FILLED;
    }

    // --------------------------------------------------------------------------------------- market data

    @Override
    public void onBbo(
        final int instrumentId,
        final long bidPriceFixed,
        final long bidQuantity,
        final long askPriceFixed,
        final long askQuantity,
        final long timestampNs) {
        if (instrumentId < 0 || instrumentId >= maxInstruments) {
            return;
        }
        bids[instrumentId] = bidPriceFixed;
        asks[instrumentId] = askPriceFixed;
        nowNs = Math.max(nowNs, timestampNs);
        for (int i = activeCount - 1; i >= 0; i--) {
            final int slot = active[i];
            if (instrumentIds[slot] == instrumentId && types[slot] == ParentOrderType.PEGGED.ordinal()) {
                peg(slot, timestampNs);
            }
        }
    }

    @Override
    public void onTrade(
        final int instrumentId,
        final long priceFixed,
        final long quantity,
        final Side aggressorSide,
        final long timestampNs) {
        if (instrumentId < 0 || instrumentId >= maxInstruments) {
            return;
        }
        volumes[instrumentId] += quantity;
        nowNs = Math.max(nowNs, timestampNs);
        for (int i = activeCount - 1; i >= 0; i--) {
            final int slot = active[i];
            if (instrumentIds[slot] != instrumentId || states[slot] != ParentState.WAITING.ordinal()) {
                continue;
            }
            final int type = types[slot];
            final boolean buy = sides[slot] == Side.BUY.ordinal();
            if (type == ParentOrderType.TRAILING_STOP.ordinal()) {
                final long water = waterMarks[slot];
                if (water == FixedPoint.NULL_PRICE || (buy ? priceFixed < water : priceFixed > water)) {
                    waterMarks[slot] = priceFixed;
                }
                stopPrices[slot] = buy ? waterMarks[slot] + trails[slot] : waterMarks[slot] - trails[slot];
            } else if (type != ParentOrderType.STOP.ordinal() && type != ParentOrderType.STOP_LIMIT.ordinal()) {
                continue;
            }
            final long stop = stopPrices[slot];
            if (buy ? priceFixed >= stop : priceFixed <= stop) {
                trigger(slot);
            }
        }
    }

    private void trigger(final int slot) {
        triggers++;
        final boolean limit = types[slot] == ParentOrderType.STOP_LIMIT.ordinal();
        final long child = release(slot, quantities[slot] - filled[slot],
            limit ? limitPrices[slot] : FixedPoint.NULL_PRICE, limit ? OrderType.LIMIT : OrderType.MARKET);
        if (child < 0) {
            finish(slot, ParentState.FAILED);
        }
    }

    // ------------------------------------------------------------------------------------------- timer

    /**
     * Runs the TWAP/VWAP schedules and re-pegs that waited for their minimum interval.
     *
     * @param nowNs now, epoch nanoseconds.
     * @return number of children released or replaced.
     */
    public int doWork(final long nowNs) {
        this.nowNs = Math.max(this.nowNs, nowNs);
        int work = 0;
        for (int i = activeCount - 1; i >= 0; i--) {
            final int slot = active[i];
            final int type = types[slot];
            if (type == ParentOrderType.TWAP.ordinal() || type == ParentOrderType.VWAP.ordinal()) {
                work += runSchedule(slot, nowNs);
            } else if (type == ParentOrderType.PEGGED.ordinal() && repegPending[slot]) {
                work += peg(slot, nowNs);
            }
        }
        return work;
    }

    private int runSchedule(final int slot, final long now) {
        if (cancelRequested[slot] || now < startsNs[slot]) {
            return 0;
        }
        final int n = buckets[slot];
        final long start = startsNs[slot];
        final long end = endsNs[slot];
        // bucket k (1-based) starts at start + (k - 1) * (end - start) / n; (now - start) * n stays far below 2^63
        // for horizons up to days
        final int bucket = now >= end ? n : (int) Math.min(n, (now - start) * n / (end - start) + 1);
        int work = 0;
        if (bucket > lastBuckets[slot]) {
            lastBuckets[slot] = bucket;
            final long total = quantities[slot];
            final long target = cumulativeTarget(slot, bucket, total);
            long need = target - filled[slot] - working[slot];
            final int capBps = capsBps[slot];
            if (capBps > 0) {
                final long marketVolume = volumes[instrumentIds[slot]] - volumesAtStart[slot];
                need = Math.min(need, marketVolume * capBps / 10_000 - filled[slot] - working[slot]);
            }
            if (need > 0) {
                final long price = limitPrices[slot];
                if (release(slot, need, price, price == FixedPoint.NULL_PRICE ? OrderType.MARKET : OrderType.LIMIT)
                    > 0) {
                    work++;
                }
            }
            if (states[slot] == ParentState.WAITING.ordinal()) {
                states[slot] = (byte) ParentState.WORKING.ordinal();
            }
        }
        checkDone(slot);
        return work;
    }

    private long cumulativeTarget(final int slot, final int bucket, final long total) {
        final long[] profile = profiles[slot];
        if (profile == null) {
            return total * bucket / buckets[slot];
        }
        long sum = 0;
        long upTo = 0;
        for (int i = 0; i < profile.length; i++) {
            sum += profile[i];
            if (i < bucket) {
                upTo += profile[i];
            }
        }
        return bucket >= profile.length ? total : total * upTo / sum;
    }

    // ------------------------------------------------------------------------------------------- pegs

    private long pegPrice(final int slot) {
        final int instrumentId = instrumentIds[slot];
        final long bid = bids[instrumentId];
        final long ask = asks[instrumentId];
        final boolean buy = sides[slot] == Side.BUY.ordinal();
        final long reference;
        switch (PEGS[pegReferences[slot]]) {
            case PRIMARY:
                reference = buy ? bid : ask;
                break;
            case MID:
                reference = bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE ? FixedPoint.NULL_PRICE
                    : (bid >> 1) + (ask >> 1) + (bid & ask & 1);
                break;
            default:
                reference = buy ? ask : bid;
                break;
        }
        if (reference == FixedPoint.NULL_PRICE) {
            return FixedPoint.NULL_PRICE;
        }
        long price = buy ? reference + offsets[slot] : reference - offsets[slot];
        final long tick = ticks[instrumentId];
        if (tick > 1) {
            final long rem = Math.floorMod(price, tick);
            if (rem != 0) {
                price = buy ? price - rem : price - rem + tick;
            }
        }
        final long cap = limitPrices[slot];
        if (cap != FixedPoint.NULL_PRICE) {
            price = buy ? Math.min(price, cap) : Math.max(price, cap);
        }
        return price;
    }

    private int peg(final int slot, final long now) {
        if (cancelRequested[slot] || STATES[states[slot]].isTerminal()) {
            return 0;
        }
        final long price = pegPrice(slot);
        if (price == FixedPoint.NULL_PRICE) {
            return 0;
        }
        if (states[slot] == ParentState.WAITING.ordinal()) {
            final long child = release(slot, quantities[slot] - filled[slot], price, OrderType.LIMIT);
            if (child > 0) {
                childPrices[slot] = price;
                lastRepegNs[slot] = now;
                return 1;
            }
            return 0;
        }
        if (price == childPrices[slot]) {
            repegPending[slot] = false;
            return 0;
        }
        final long child = children[slot * MAX_CHILDREN];
        final int childSlot = orderManager.find(child);
        if (now - lastRepegNs[slot] < minIntervalsNs[slot] || childSlot == OrderManager.NOT_FOUND
            || !isReplaceable(orderManager.state(childSlot))) {
            repegPending[slot] = true;
            return 0;
        }
        final long newId = orderManager.replace(child, orderManager.quantity(childSlot), price);
        if (newId < 0) {
            childRejects++;
            repegPending[slot] = true;
            lastRepegNs[slot] = now;
            return 0;
        }
        pendingChildIds[slot] = newId;
        childPrices[slot] = price;
        lastRepegNs[slot] = now;
        repegPending[slot] = false;
        repegs++;
        return 1;
    }

    private static boolean isReplaceable(final OrderState state) {
        return state == OrderState.NEW || state == OrderState.PARTIALLY_FILLED;
    }

    // ---------------------------------------------------------------------------------------- children

    private long release(final int slot, final long quantity, final long price, final OrderType type) {
        final int base = slot * MAX_CHILDREN;
        int free = -1;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            if (children[base + i] == 0) {
                free = i;
                break;
            }
        }
        if (free < 0) {
            childRejects++;
            return Result.REJECTED;
        }
        final long child = orderManager.submit(strategyIds[slot], ids[slot], venueIds[slot], instrumentIds[slot],
            SIDES[sides[slot]], quantity, price, type, TIFS[timesInForce[slot]], execInstructions[slot], 0);
        if (child < 0) {
            childRejects++;
            return child;
        }
        working[slot] += quantity;
        children[base + free] = child;
        if (states[slot] == ParentState.WAITING.ordinal()) {
            states[slot] = (byte) ParentState.WORKING.ordinal();
        }
        return child;
    }

    private void releaseIcebergSlice(final int slot) {
        final long slice = Math.min(displayQuantities[slot], quantities[slot] - filled[slot]);
        if (release(slot, slice, limitPrices[slot], OrderType.LIMIT) < 0) {
            finish(slot, ParentState.FAILED);
        }
    }

    private int childIndex(final int slot, final long childId) {
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            if (children[base + i] == childId) {
                return base + i;
            }
        }
        return -1;
    }

    @Override
    public void onChildFill(
        final long parentOrderId,
        final long clientOrderId,
        final long priceFixed,
        final long quantity,
        final long leavesQuantity,
        final long timestampNs) {
        final int slot = find(parentOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        filled[slot] += quantity;
        working[slot] = Math.max(0, working[slot] - quantity);
        nowNs = Math.max(nowNs, timestampNs);
    }

    @Override
    public void onChildDone(
        final long parentOrderId,
        final long clientOrderId,
        final OrderState state,
        final long timestampNs) {
        final int slot = find(parentOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        final int index = childIndex(slot, clientOrderId);
        if (state == OrderState.REPLACED) {
            if (index >= 0) {
                children[index] = pendingChildIds[slot];
            }
            return;
        }
        if (index >= 0) {
            children[index] = 0;
        }
        if (state != OrderState.FILLED) {
            final int childSlot = orderManager.find(clientOrderId);
            if (childSlot != OrderManager.NOT_FOUND) {
                final long leftover = orderManager.quantity(childSlot) - orderManager.filledQuantity(childSlot);
                working[slot] = Math.max(0, working[slot] - leftover);
            }
            final int type = types[slot];
            if (!cancelRequested[slot] && type != ParentOrderType.TWAP.ordinal()
                && type != ParentOrderType.VWAP.ordinal() && !STATES[states[slot]].isTerminal()) {
                cancelRequested[slot] = true;
            }
        } else if (types[slot] == ParentOrderType.ICEBERG.ordinal() && filled[slot] < quantities[slot]
            && !cancelRequested[slot]) {
            releaseIcebergSlice(slot);
            return;
        }
        checkDone(slot);
    }

    private void checkDone(final int slot) {
        if (STATES[states[slot]].isTerminal()) {
            return;
        }
        if (filled[slot] >= quantities[slot]) {
            finish(slot, ParentState.FILLED);
        } else if (working[slot] == 0) {
            if (cancelRequested[slot]) {
                finish(slot, ParentState.CANCELED);
            } else {
                final int type = types[slot];
                if ((type == ParentOrderType.TWAP.ordinal() || type == ParentOrderType.VWAP.ordinal())
                    && nowNs >= endsNs[slot] && lastBuckets[slot] >= buckets[slot]) {
                    finish(slot, ParentState.EXPIRED);
                }
            }
        }
    }

    private void finish(final int slot, final ParentState state) {
        states[slot] = (byte) state.ordinal();
        for (int i = 0; i < activeCount; i++) {
            if (active[i] == slot) {
                active[i] = active[--activeCount];
                break;
            }
        }
        int tail = retiredHead + retiredCount;
        if (tail >= capacity) {
            tail -= capacity;
        }
        retired[tail] = slot;
        retiredCount++;
    }

    // ------------------------------------------------------------------------------------------ reads

    /**
     * Finds a parent's slot.
     *
     * @param parentId parent id.
     * @return slot, or {@link #NOT_FOUND}.
     */
    public int find(final long parentId) {
        return (int) slotById.get(parentId);
    }

    /**
     * Returns a parent's state.
     *
     * @param slot a slot.
     * @return state.
     */
    public ParentState state(final int slot) {
        return STATES[states[slot]];
    }

    /**
     * Returns a parent's type.
     *
     * @param slot a slot.
     * @return type.
     */
    public ParentOrderType type(final int slot) {
        return TYPES[types[slot]];
    }

    /**
     * Returns a parent's filled quantity.
     *
     * @param slot a slot.
     * @return filled.
     */
    public long filledQuantity(final int slot) {
        return filled[slot];
    }

    /**
     * Returns a parent's quantity in live children.
     *
     * @param slot a slot.
     * @return working quantity.
     */
    public long workingQuantity(final int slot) {
        return working[slot];
    }

    /**
     * Returns a parent's current stop price (trailing stops move it).
     *
     * @param slot a slot.
     * @return stop price, or {@link FixedPoint#NULL_PRICE}.
     */
    public long stopPrice(final int slot) {
        return stopPrices[slot];
    }

    /**
     * Returns the first live child of a parent (the only one for stop, iceberg and peg).
     *
     * @param slot a slot.
     * @return child client order id, or {@code 0}.
     */
    public long childOrderId(final int slot) {
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            if (children[base + i] != 0) {
                return children[base + i];
            }
        }
        return 0;
    }

    /**
     * Returns the price of a pegged parent's child as last sent.
     *
     * @param slot a slot.
     * @return price, or {@link FixedPoint#NULL_PRICE}.
     */
    public long childPrice(final int slot) {
        return childPrices[slot];
    }

    /**
     * Returns the number of parents not yet done.
     *
     * @return active parents.
     */
    public int activeParents() {
        return activeCount;
    }

    /**
     * Returns the number of children the order manager refused (pre-trade check, emulation, gateway).
     *
     * @return count.
     */
    public long childRejects() {
        return childRejects;
    }

    /**
     * Returns the number of re-peg replaces sent.
     *
     * @return count.
     */
    public long repegs() {
        return repegs;
    }

    /**
     * Returns the number of stops triggered.
     *
     * @return count.
     */
    public long triggers() {
        return triggers;
    }

    /**
     * Returns the reject reason of the last refused child.
     *
     * @return reason from the order manager.
     */
    public RejectReason lastChildRejectReason() {
        return orderManager.lastRejectReason();
    }
}
