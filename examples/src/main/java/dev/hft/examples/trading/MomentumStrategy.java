package dev.hft.examples.trading;

import java.util.Arrays;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.timing.NanoClock;

/**
 * A momentum strategy: a fast and a slow exponential moving average of each instrument's consolidated mid (without
 * our own resting quotes, {@link #ownOrders}; integer
 * fixed-point arithmetic, weights {@code 1/2^fastShift} and {@code 1/2^slowShift}); when the fast average crosses
 * above the slow one by more than the threshold it buys, below by more than the threshold it sells: one aggressive
 * IOC parent order through the smart order router, limited at the far consolidated touch plus
 * {@code aggressionTicks}, sized to stay within {@code maxPosition}. One signal per crossing, at most one live parent
 * per instrument, and a cool-down between parents.
 *
 * <p>Zero allocation; trading thread only. Its position comes from the OMS's fill callbacks ({@link #onFill}).
 */
public final class MomentumStrategy {
    private final int strategyId;
    private final SmartOrderRouter sor;
    private final ConsolidatedBook[] books;
    private final long[] tickSizes;
    private final NanoClock clock;
    private final int fastShift;
    private final int slowShift;
    private final long thresholdFixed;
    private final int warmUpUpdates;
    private final long quantity;
    private final long lotSize;
    private final int aggressionTicks;
    private final long maxPosition;
    private final long cooldownNs;
    private final TickProbe probe;
    private OwnOrders own = OwnOrders.NONE;
    private final long[] fast;
    private final long[] slow;
    private final long[] updates;
    private final int[] lastSignal;
    private final long[] lastParentNs;
    private final long[] liveParent;
    private final long[] positions;
    private long nextParentId;
    private boolean enabled = true;
    private long signals;
    private long parentsSent;
    private long parentsRefused;
    private long fills;

    /**
     * Creates the strategy.
     *
     * @param strategyId      its strategy id.
     * @param sor             the router (a book registered for every instrument).
     * @param books           consolidated book per instrument id.
     * @param tickSizes       tick size per instrument id, fixed-point.
     * @param clock           for the cool-down.
     * @param fastShift       fast EMA weight {@code 1/2^fastShift}.
     * @param slowShift       slow EMA weight {@code 1/2^slowShift}, above {@code fastShift}.
     * @param thresholdFixed  fast - slow distance that signals, fixed-point.
     * @param warmUpUpdates   mid updates before the first signal.
     * @param quantity        shares per parent.
     * @param lotSize         parents are multiples of it.
     * @param aggressionTicks ticks beyond the far touch for the parent's limit.
     * @param maxPosition     position bound per instrument.
     * @param cooldownNs      least time between two parents of one instrument.
     * @param firstParentId   the first parent id (positive; ids then increase).
     * @param probe           tick-to-trade stages, or {@code null}.
     */
    public MomentumStrategy(final int strategyId, final SmartOrderRouter sor, final ConsolidatedBook[] books,
        final long[] tickSizes, final NanoClock clock, final int fastShift, final int slowShift,
        final long thresholdFixed, final int warmUpUpdates, final long quantity, final long lotSize,
        final int aggressionTicks, final long maxPosition, final long cooldownNs, final long firstParentId,
        final TickProbe probe) {
        this.strategyId = strategyId;
        this.sor = sor;
        this.books = books.clone();
        this.tickSizes = tickSizes.clone();
        this.clock = clock;
        this.fastShift = fastShift;
        this.slowShift = slowShift;
        this.thresholdFixed = thresholdFixed;
        this.warmUpUpdates = warmUpUpdates;
        this.quantity = quantity;
        this.lotSize = Math.max(1, lotSize);
        this.aggressionTicks = aggressionTicks;
        this.maxPosition = maxPosition;
        this.cooldownNs = cooldownNs;
        this.nextParentId = firstParentId;
        this.probe = probe;
        final int n = books.length;
        fast = new long[n];
        slow = new long[n];
        updates = new long[n];
        lastSignal = new int[n];
        lastParentNs = new long[n];
        liveParent = new long[n];
        positions = new long[n];
        Arrays.fill(lastParentNs, Long.MIN_VALUE / 2);
    }

    /**
     * Updates the averages of one instrument after its consolidated book changed, and trades on a crossing.
     *
     * @param instrumentId the instrument.
     */
    public void onBook(final int instrumentId) {
        final ConsolidatedBook book = books[instrumentId];
        final long bid = OwnOrders.marketPrice(book, Side.BUY, own);
        final long ask = OwnOrders.marketPrice(book, Side.SELL, own);
        if (bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE) {
            return;                                          // a crossed consolidated book still has a mid
        }
        final long mid = (bid >> 1) + (ask >> 1) + (bid & ask & 1);
        final long count = updates[instrumentId]++;
        if (count == 0) {
            fast[instrumentId] = mid;
            slow[instrumentId] = mid;
            return;
        }
        if (mid == fast[instrumentId] && mid == slow[instrumentId]) {
            return;
        }
        fast[instrumentId] += (mid - fast[instrumentId]) >> fastShift;
        slow[instrumentId] += (mid - slow[instrumentId]) >> slowShift;
        if (count < warmUpUpdates) {
            return;
        }
        final long diff = fast[instrumentId] - slow[instrumentId];
        final int signal = diff > thresholdFixed ? 1 : diff < -thresholdFixed ? -1 : 0;
        if (signal == 0 || signal == lastSignal[instrumentId]) {
            return;
        }
        lastSignal[instrumentId] = signal;
        signals++;
        if (!enabled) {
            return;
        }
        final long now = clock.nanoTime();
        if (now - lastParentNs[instrumentId] < cooldownNs
            || (liveParent[instrumentId] != 0 && sor.isLive(liveParent[instrumentId]))) {
            return;
        }
        final Side side = signal > 0 ? Side.BUY : Side.SELL;
        final long position = positions[instrumentId];
        final long room = side == Side.BUY ? maxPosition - position : maxPosition + position;
        final long size = Math.min(quantity, room) / lotSize * lotSize;
        if (size <= 0) {
            return;
        }
        final long tick = tickSizes[instrumentId];
        final long limit = side == Side.BUY ? ask + aggressionTicks * tick : bid - aggressionTicks * tick;
        if (limit <= 0) {
            return;
        }
        if (probe != null) {
            probe.mark(TickProbe.STRATEGY);
        }
        final long parentId = nextParentId++;
        lastParentNs[instrumentId] = now;
        if (sor.submit(parentId, strategyId, instrumentId, side, size, limit, TimeInForce.IOC,
            ExecInstructions.NONE) == Result.OK) {
            liveParent[instrumentId] = parentId;
            parentsSent++;
        } else {
            parentsRefused++;
        }
    }

    /**
     * A fill of one of its child orders (from the OMS's callbacks).
     *
     * @param instrumentId the instrument.
     * @param side         the order's side.
     * @param quantity     shares filled.
     */
    public void onFill(final int instrumentId, final Side side, final long quantity) {
        positions[instrumentId] += side == Side.BUY ? quantity : -quantity;
        fills++;
    }

    /**
     * Our resting orders (the market maker's quotes), left out of the mid this strategy follows.
     *
     * @param own our orders.
     * @return this.
     */
    public MomentumStrategy ownOrders(final OwnOrders own) {
        this.own = own;
        return this;
    }

    /** Stops sending parents (kill switch or end of run). */
    public void disable() {
        enabled = false;
    }

    public long position(final int instrumentId) {
        return positions[instrumentId];
    }

    public long fastAverage(final int instrumentId) {
        return fast[instrumentId];
    }

    public long slowAverage(final int instrumentId) {
        return slow[instrumentId];
    }

    public long signals() {
        return signals;
    }

    public long parentsSent() {
        return parentsSent;
    }

    public long parentsRefused() {
        return parentsRefused;
    }

    public long fills() {
        return fills;
    }
}
