package dev.hft.oms.algo;

import dev.hft.api.FixedPoint;
import dev.hft.api.MarketDataListener;
import dev.hft.api.OrderType;
import dev.hft.api.ParentOrderType;
import dev.hft.api.PegReference;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.ChildOrderListener;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
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
 * <p><b>Journal and recovery.</b> Parents are journaled through the order manager's journal
 * ({@link OrderManager#journalParentRecord}), in order with their children's records, and rebuilt by
 * {@link OrderManager#recover} (construct this engine on the new order manager before calling it): a {@code NEW}
 * record per submission (every parameter, the VWAP profile included), and a {@code STATE} record of the parent's
 * mutable state after every decision that market data, the timer or a cancel took (trigger, trailing reference move,
 * release, re-peg, slice, cancel, end). What children do to their parent (sent, send failed, filled, done,
 * replaced) is not journaled again: the order manager replays its own records into this engine's
 * {@link ChildOrderListener} methods, which rebuild filled and working quantities through the same code as live
 * (issuing no request while {@link OrderManager#isReplaying()}). A parent cancel is journaled before its children's
 * cancels are sent. Not rebuilt: market data ({@link #onBbo}, {@link #onTrade}; the participation cap's market volume
 * comes back as of the parent's last {@code STATE} record, pegs re-price on the next BBO) and the engine's clock
 * (taken from the records, then from the next event). After a stop between a child's fill and its iceberg's next
 * slice, {@link #doWork(long)} releases that slice. Records (little-endian; type and peg reference by ordinal, side
 * and time in force by code):
 * <pre>
 * 1 NEW    kind:u8 type:u8 side:u8 tif:u8 pegRef:u8 pad:u8[3] strategy:i32 venue:i32 instrument:i32 execInst:i32
 *          buckets:i32 capBps:i32 quantity:i64 limit:i64 stop:i64 trail:i64 display:i64 offset:i64
 *          minRepegIntervalNs:i64 startNs:i64 endNs:i64 profileLength:i32 pad:i32 profile:i64[profileLength]
 * 2 STATE  kind:u8 state:u8 flags:u8 (1 cancel requested, 2 re-peg pending) pad:u8 lastBucket:i32 filled:i64
 *          working:i64 stop:i64 waterMark:i64 childPrice:i64 lastRepegNs:i64 marketVolumeSinceStart:i64 nowNs:i64
 *          triggers:i64 repegs:i64 childRejects:i64 children:i64[8]
 * </pre>
 *
 * <p><b>Threading:</b> the trading thread, like the order manager. Allocation-free after construction (journaling
 * included); market data and {@code doWork} cost O(active parents).
 */
public final class ParentOrders implements MarketDataListener, ChildOrderListener {

    /** Returned by {@link #find(long)} for an unknown parent id. */
    public static final int NOT_FOUND = -1;

    /** Maximum number of live children a TWAP/VWAP parent tracks at once; a slice beyond waits for the next bucket. */
    public static final int MAX_CHILDREN = 8;

    /** Maximum number of buckets of a VWAP profile (the journal record holds them all). */
    public static final int MAX_PROFILE_BUCKETS = 1024;

    static final byte RECORD_NEW = 1;
    static final byte RECORD_STATE = 2;
    private static final int NEW_PROFILE_OFFSET = 112;
    private static final int STATE_LENGTH = 96 + 8 * MAX_CHILDREN;
    private static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
    private static final int FLAG_CANCEL_REQUESTED = 1;
    private static final int FLAG_REPEG_PENDING = 2;

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
    private final boolean[] dirty;
    private final int[] dirtySlots;
    private int dirtyCount;
    private final UnsafeBuffer record = new UnsafeBuffer(new byte[OrderJournal.MAX_PARENT_RECORD_LENGTH]);

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
    private long unknownRecords;

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
        dirty = new boolean[capacity];
        dirtySlots = new int[capacity];
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
        journalNew(slot);
        return submitted(slot);
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
        journalNew(slot);
        return submitted(slot);
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
        journalNew(slot);
        releaseIcebergSlice(slot);
        return submitted(slot);
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
        journalNew(slot);
        peg(slot, nowNs);
        return submitted(slot);
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
     * @param volumeProfile    non-negative weights per bucket with a positive sum, at most
     *                         {@link #MAX_PROFILE_BUCKETS} of them (kept by reference: do not modify while the parent
     *                         works).
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
        if (total <= 0 || volumeProfile.length > MAX_PROFILE_BUCKETS) {
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
        journalNew(slot);
        return submitted(slot);
    }

    /** Journals a submission's state after its first action; returns the id. */
    private long submitted(final int slot) {
        touch(slot);
        flush();
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
        return open(orderManager.idGenerator().nextId(), type, strategyId, venueId, instrumentId, side, quantity,
            timeInForce, instructions);
    }

    private int open(
        final long id,
        final ParentOrderType type,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final TimeInForce timeInForce,
        final int instructions) {
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
        childPrices[slot] = FixedPoint.NULL_PRICE;
        repegPending[slot] = false;
        cancelRequested[slot] = false;
        profiles[slot] = null;
        limitPrices[slot] = FixedPoint.NULL_PRICE;
        stopPrices[slot] = FixedPoint.NULL_PRICE;
        waterMarks[slot] = FixedPoint.NULL_PRICE;
        trails[slot] = 0;
        displayQuantities[slot] = 0;
        offsets[slot] = 0;
        minIntervalsNs[slot] = 0;
        lastRepegNs[slot] = Long.MIN_VALUE / 2;
        startsNs[slot] = 0;
        endsNs[slot] = 0;
        volumesAtStart[slot] = 0;
        buckets[slot] = 0;
        lastBuckets[slot] = 0;
        capsBps[slot] = 0;
        pegReferences[slot] = 0;
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
        touch(slot);
        flush(); // journaled before the children's cancels go out
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
        flush();
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
        flush();
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
                    stopPrices[slot] = buy ? priceFixed + trails[slot] : priceFixed - trails[slot];
                    touch(slot);
                }
            } else if (type != ParentOrderType.STOP.ordinal() && type != ParentOrderType.STOP_LIMIT.ordinal()) {
                continue;
            }
            final long stop = stopPrices[slot];
            if (buy ? priceFixed >= stop : priceFixed <= stop) {
                trigger(slot);
            }
        }
        flush();
    }

    private void trigger(final int slot) {
        triggers++;
        touch(slot);
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
            } else if (type == ParentOrderType.ICEBERG.ordinal() && !cancelRequested[slot]
                && working[slot] == 0 && childOrderId(slot) == 0 && filled[slot] < quantities[slot]) {
                // a slice a stop interrupted (recovered between a child's fill and the next slice)
                releaseIcebergSlice(slot);
                touch(slot);
                work++;
            }
        }
        flush();
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
            touch(slot);
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
        final long child = childOrderId(slot);
        if (child == 0) {
            touch(slot);
            if (release(slot, quantities[slot] - filled[slot], price, OrderType.LIMIT) > 0) {
                childPrices[slot] = price;
                lastRepegNs[slot] = now;
                return 1;
            }
            return 0;
        }
        if (price == childPrices[slot]) {
            if (repegPending[slot]) {
                repegPending[slot] = false;
                touch(slot);
            }
            return 0;
        }
        final int childSlot = orderManager.find(child);
        if (now - lastRepegNs[slot] < minIntervalsNs[slot] || childSlot == OrderManager.NOT_FOUND
            || !isReplaceable(orderManager.state(childSlot))) {
            if (!repegPending[slot]) {
                repegPending[slot] = true;
                touch(slot);
            }
            return 0;
        }
        touch(slot);
        final long newId = orderManager.replace(child, orderManager.quantity(childSlot), price);
        if (newId < 0) {
            childRejects++;
            repegPending[slot] = true;
            lastRepegNs[slot] = now;
            return 0;
        }
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
            touch(slot);
            return Result.REJECTED;
        }
        // the order manager links the child (onChildSent) before the gateway is called
        final long child = orderManager.submit(strategyIds[slot], ids[slot], venueIds[slot], instrumentIds[slot],
            SIDES[sides[slot]], quantity, price, type, TIFS[timesInForce[slot]], execInstructions[slot], 0);
        if (child < 0) {
            childRejects++;
            touch(slot);
        }
        return child;
    }

    @Override
    public void onChildSent(final long parentOrderId, final long clientOrderId, final long quantity) {
        final int slot = find(parentOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        final int index = childIndex(slot, 0);
        if (index < 0) {
            return;
        }
        children[index] = clientOrderId;
        working[slot] += quantity;
        if (states[slot] == ParentState.WAITING.ordinal()) {
            states[slot] = (byte) ParentState.WORKING.ordinal();
        }
    }

    @Override
    public void onChildSendFailed(final long parentOrderId, final long clientOrderId, final long quantity) {
        final int slot = find(parentOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        final int index = childIndex(slot, clientOrderId);
        if (index < 0) {
            return;
        }
        children[index] = 0;
        working[slot] = Math.max(0, working[slot] - quantity);
        if (states[slot] == ParentState.WORKING.ordinal() && filled[slot] == 0 && childOrderId(slot) == 0) {
            states[slot] = (byte) ParentState.WAITING.ordinal();
        }
    }

    @Override
    public void onChildReplaced(final long parentOrderId, final long origClientOrderId, final long newClientOrderId,
        final long timestampNs) {
        final int slot = find(parentOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        final int index = childIndex(slot, origClientOrderId);
        if (index >= 0) {
            children[index] = newClientOrderId;
        }
        nowNs = Math.max(nowNs, timestampNs);
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
        nowNs = Math.max(nowNs, timestampNs);
        final int index = childIndex(slot, clientOrderId);
        if (state == OrderState.REPLACED) {
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
                touch(slot);
            }
        } else if (types[slot] == ParentOrderType.ICEBERG.ordinal() && filled[slot] < quantities[slot]
            && !cancelRequested[slot]) {
            if (!orderManager.isReplaying()) {
                releaseIcebergSlice(slot); // replayed as the next slice's own records
                flush();
            }
            return;
        }
        checkDone(slot);
        flush();
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
        touch(slot);
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

    // ----------------------------------------------------------------------------------------- journal

    private void touch(final int slot) {
        if (!dirty[slot] && !orderManager.isReplaying()) {
            dirty[slot] = true;
            dirtySlots[dirtyCount++] = slot;
        }
    }

    private void flush() {
        for (int i = 0; i < dirtyCount; i++) {
            final int slot = dirtySlots[i];
            dirty[slot] = false;
            journalState(slot);
        }
        dirtyCount = 0;
    }

    private void journalNew(final int slot) {
        if (orderManager.isReplaying()) {
            return;
        }
        final UnsafeBuffer b = record;
        b.putByte(0, RECORD_NEW);
        b.putByte(1, types[slot]);
        b.putByte(2, SIDES[sides[slot]].code());
        b.putByte(3, TIFS[timesInForce[slot]].code());
        b.putByte(4, pegReferences[slot]);
        b.putByte(5, (byte) 0);
        b.putShort(6, (short) 0, ORDER);
        b.putInt(8, strategyIds[slot], ORDER);
        b.putInt(12, venueIds[slot], ORDER);
        b.putInt(16, instrumentIds[slot], ORDER);
        b.putInt(20, execInstructions[slot], ORDER);
        b.putInt(24, buckets[slot], ORDER);
        b.putInt(28, capsBps[slot], ORDER);
        b.putLong(32, quantities[slot], ORDER);
        b.putLong(40, limitPrices[slot], ORDER);
        b.putLong(48, stopPrices[slot], ORDER);
        b.putLong(56, trails[slot], ORDER);
        b.putLong(64, displayQuantities[slot], ORDER);
        b.putLong(72, offsets[slot], ORDER);
        b.putLong(80, minIntervalsNs[slot], ORDER);
        b.putLong(88, startsNs[slot], ORDER);
        b.putLong(96, endsNs[slot], ORDER);
        final long[] profile = profiles[slot];
        final int n = profile == null ? 0 : profile.length;
        b.putInt(104, n, ORDER);
        b.putInt(108, 0, ORDER);
        for (int i = 0; i < n; i++) {
            b.putLong(NEW_PROFILE_OFFSET + 8 * i, profile[i], ORDER);
        }
        orderManager.journalParentRecord(ids[slot], b, 0, NEW_PROFILE_OFFSET + 8 * n);
    }

    private void journalState(final int slot) {
        final UnsafeBuffer b = record;
        b.putByte(0, RECORD_STATE);
        b.putByte(1, states[slot]);
        b.putByte(2, (byte) ((cancelRequested[slot] ? FLAG_CANCEL_REQUESTED : 0)
            | (repegPending[slot] ? FLAG_REPEG_PENDING : 0)));
        b.putByte(3, (byte) 0);
        b.putInt(4, lastBuckets[slot], ORDER);
        b.putLong(8, filled[slot], ORDER);
        b.putLong(16, working[slot], ORDER);
        b.putLong(24, stopPrices[slot], ORDER);
        b.putLong(32, waterMarks[slot], ORDER);
        b.putLong(40, childPrices[slot], ORDER);
        b.putLong(48, lastRepegNs[slot], ORDER);
        b.putLong(56, volumes[instrumentIds[slot]] - volumesAtStart[slot], ORDER);
        b.putLong(64, nowNs, ORDER);
        b.putLong(72, triggers, ORDER);
        b.putLong(80, repegs, ORDER);
        b.putLong(88, childRejects, ORDER);
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            b.putLong(96 + 8 * i, children[base + i], ORDER);
        }
        orderManager.journalParentRecord(ids[slot], b, 0, STATE_LENGTH);
    }

    /**
     * Rebuilds a parent from one of its journal records; called by the order manager during
     * {@link OrderManager#recover}. A record of unknown kind, too short, or for an unknown parent is skipped and
     * counted ({@link #unknownRecords()}).
     */
    @Override
    public void onParentRecord(final long timestampNs, final long parentOrderId, final DirectBuffer buffer,
        final int offset, final int length) {
        if (length < 1) {
            unknownRecords++;
            return;
        }
        final byte kind = buffer.getByte(offset);
        if (kind == RECORD_NEW && length >= NEW_PROFILE_OFFSET) {
            replayNew(parentOrderId, buffer, offset, length);
        } else if (kind == RECORD_STATE && length >= STATE_LENGTH && find(parentOrderId) != NOT_FOUND) {
            replayState(find(parentOrderId), buffer, offset);
        } else {
            unknownRecords++;
        }
    }

    private void replayNew(final long id, final DirectBuffer b, final int o, final int length) {
        final int typeOrdinal = b.getByte(o + 1);
        final Side side = Side.fromCode(b.getByte(o + 2));
        final TimeInForce tif = TimeInForce.fromCode(b.getByte(o + 3));
        final int pegOrdinal = b.getByte(o + 4);
        final int instrumentId = b.getInt(o + 16, ORDER);
        final long quantity = b.getLong(o + 32, ORDER);
        final int n = b.getInt(o + 104, ORDER);
        if (find(id) != NOT_FOUND || typeOrdinal < 0 || typeOrdinal >= TYPES.length || pegOrdinal < 0
            || pegOrdinal >= PEGS.length || quantity <= 0 || side == Side.UNKNOWN || instrumentId < 0
            || instrumentId >= maxInstruments || n < 0 || n > MAX_PROFILE_BUCKETS
            || length < NEW_PROFILE_OFFSET + 8 * n) {
            unknownRecords++;
            return;
        }
        final int slot = open(id, TYPES[typeOrdinal], b.getInt(o + 8, ORDER), b.getInt(o + 12, ORDER), instrumentId,
            side, quantity, tif, b.getInt(o + 20, ORDER));
        if (slot < 0) {
            unknownRecords++;
            return;
        }
        pegReferences[slot] = (byte) pegOrdinal;
        buckets[slot] = b.getInt(o + 24, ORDER);
        capsBps[slot] = b.getInt(o + 28, ORDER);
        limitPrices[slot] = b.getLong(o + 40, ORDER);
        stopPrices[slot] = b.getLong(o + 48, ORDER);
        trails[slot] = b.getLong(o + 56, ORDER);
        displayQuantities[slot] = b.getLong(o + 64, ORDER);
        offsets[slot] = b.getLong(o + 72, ORDER);
        minIntervalsNs[slot] = b.getLong(o + 80, ORDER);
        startsNs[slot] = b.getLong(o + 88, ORDER);
        endsNs[slot] = b.getLong(o + 96, ORDER);
        if (n > 0) {
            final long[] profile = new long[n]; // recovery only, not the trading path
            for (int i = 0; i < n; i++) {
                profile[i] = b.getLong(o + NEW_PROFILE_OFFSET + 8 * i, ORDER);
            }
            profiles[slot] = profile;
        }
        volumesAtStart[slot] = volumes[instrumentId];
    }

    private void replayState(final int slot, final DirectBuffer b, final int o) {
        final int state = b.getByte(o + 1);
        final int flags = b.getByte(o + 2);
        cancelRequested[slot] = (flags & FLAG_CANCEL_REQUESTED) != 0;
        repegPending[slot] = (flags & FLAG_REPEG_PENDING) != 0;
        lastBuckets[slot] = b.getInt(o + 4, ORDER);
        filled[slot] = b.getLong(o + 8, ORDER);
        working[slot] = b.getLong(o + 16, ORDER);
        stopPrices[slot] = b.getLong(o + 24, ORDER);
        waterMarks[slot] = b.getLong(o + 32, ORDER);
        childPrices[slot] = b.getLong(o + 40, ORDER);
        lastRepegNs[slot] = b.getLong(o + 48, ORDER);
        volumesAtStart[slot] = volumes[instrumentIds[slot]] - b.getLong(o + 56, ORDER);
        nowNs = Math.max(nowNs, b.getLong(o + 64, ORDER));
        triggers = b.getLong(o + 72, ORDER);
        repegs = b.getLong(o + 80, ORDER);
        childRejects = b.getLong(o + 88, ORDER);
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            children[base + i] = b.getLong(o + 96 + 8 * i, ORDER);
        }
        if (state >= 0 && state < STATES.length && state != states[slot]) {
            if (STATES[state].isTerminal() && !STATES[states[slot]].isTerminal()) {
                finish(slot, STATES[state]);
            } else {
                states[slot] = (byte) state;
            }
        }
    }

    /**
     * Returns the number of journal records skipped by a recovery (unknown kind, truncated, unknown parent).
     *
     * @return count.
     */
    public long unknownRecords() {
        return unknownRecords;
    }

    /** Everything a recovery rebuilds for one parent, as text (tests). */
    String describe(final int slot) {
        final StringBuilder sb = new StringBuilder();
        sb.append(ids[slot]).append(' ').append(TYPES[types[slot]]).append(' ').append(STATES[states[slot]])
            .append(" s=").append(strategyIds[slot]).append(" v=").append(venueIds[slot]).append(" i=")
            .append(instrumentIds[slot]).append(' ').append(SIDES[sides[slot]]).append(' ')
            .append(TIFS[timesInForce[slot]]).append(" x=").append(execInstructions[slot]).append(" q=")
            .append(quantities[slot]).append(" f=").append(filled[slot]).append(" w=").append(working[slot])
            .append(" lim=").append(limitPrices[slot]).append(" stop=").append(stopPrices[slot]).append(" trail=")
            .append(trails[slot]).append(" water=").append(waterMarks[slot]).append(" disp=")
            .append(displayQuantities[slot]).append(" peg=").append(PEGS[pegReferences[slot]]).append(" off=")
            .append(offsets[slot]).append(" minInt=").append(minIntervalsNs[slot]).append(" lastRepeg=")
            .append(lastRepegNs[slot]).append(" childPx=").append(childPrices[slot]).append(" repegPending=")
            .append(repegPending[slot]).append(" cancel=").append(cancelRequested[slot]).append(" start=")
            .append(startsNs[slot]).append(" end=").append(endsNs[slot]).append(" buckets=").append(buckets[slot])
            .append(" last=").append(lastBuckets[slot]).append(" cap=").append(capsBps[slot]).append(" profile=")
            .append(Arrays.toString(profiles[slot])).append(" children=");
        final int base = slot * MAX_CHILDREN;
        for (int i = 0; i < MAX_CHILDREN; i++) {
            sb.append(children[base + i]).append(i + 1 < MAX_CHILDREN ? "," : "");
        }
        return sb.toString();
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
     * Returns the order manager that releases the children.
     *
     * @return the order manager.
     */
    public OrderManager orderManager() {
        return orderManager;
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
