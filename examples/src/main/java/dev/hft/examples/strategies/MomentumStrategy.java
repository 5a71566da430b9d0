package dev.hft.examples.strategies;

import java.util.Arrays;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.BookView;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.api.strategy.StrategyParameters;

/**
 * A momentum strategy: a fast and a slow exponential moving average of each instrument's consolidated mid (integer
 * fixed-point arithmetic, weights {@code 1/2^fastShift} and {@code 1/2^slowShift}, one update per batch in which the
 * consolidated BBO changed); when the fast average crosses above the slow one by more than {@code threshold} it
 * buys, below by more than the threshold it sells: one aggressive IOC parent through the smart order router, limited
 * at the far consolidated touch plus {@code aggressionTicks}, sized to stay within {@code maxPosition}. One signal per
 * crossing, at most one live parent per instrument, and a cool-down between parents.
 *
 * <p>Parameters: {@code fastShift} (1), {@code slowShift} (4), {@code threshold} ("0.002"), {@code warmUpUpdates}
 * (32), {@code quantity} (200), {@code aggressionTicks} (2), {@code maxPosition} (1000), {@code cooldownMs} (100).
 * Trading thread only; allocation-free after {@code onStart}.
 */
public final class MomentumStrategy implements Strategy {
    private StrategyContext context;
    private BookView books;
    private int fastShift;
    private int slowShift;
    private long thresholdFixed;
    private long warmUpUpdates;
    private long quantity;
    private int aggressionTicks;
    private long maxPosition;
    private long cooldownNs;
    private long[] ticks;
    private long[] lots;
    private boolean[] dirty;
    private long[] fast;
    private long[] slow;
    private long[] updates;
    private int[] lastSignal;
    private long[] lastParentNs;
    private long[] liveParent;
    private long[] liveQuantity;
    private boolean enabled = true;
    private long signals;
    private long parentsSent;
    private long parentsRefused;
    private long parentsDone;
    private long parentsFilledQuantity;
    private long parentsUnfilledQuantity;
    private long fills;
    private long childrenRejected;

    /** Creates the strategy; it is configured in {@link #onStart}. */
    public MomentumStrategy() {
    }

    @Override
    public void onStart(final StrategyContext context) {
        this.context = context;
        this.books = context.books();
        final StrategyParameters parameters = context.parameters();
        fastShift = (int) parameters.getLong("fastShift", 1);
        slowShift = (int) parameters.getLong("slowShift", 4);
        thresholdFixed = parameters.getFixed("threshold", FixedPoint.parse("0.002"));
        warmUpUpdates = parameters.getLong("warmUpUpdates", 32);
        quantity = parameters.getLong("quantity", 200);
        aggressionTicks = (int) parameters.getLong("aggressionTicks", 2);
        maxPosition = parameters.getLong("maxPosition", 1_000);
        cooldownNs = parameters.getLong("cooldownMs", 100) * 1_000_000L;
        if (fastShift < 0 || slowShift <= fastShift || slowShift > 20 || thresholdFixed <= 0 || warmUpUpdates < 0
            || quantity < 1 || aggressionTicks < 0 || maxPosition < 0 || cooldownNs < 0) {
            throw new IllegalArgumentException("momentum parameters out of range: " + parameters);
        }
        final int n = context.instruments().size();
        ticks = new long[n];
        lots = new long[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = context.instruments().byId(i).tickSizeFixed();
            lots[i] = Math.max(1, context.instruments().byId(i).lotSize());
        }
        dirty = new boolean[n];
        fast = new long[n];
        slow = new long[n];
        updates = new long[n];
        lastSignal = new int[n];
        lastParentNs = new long[n];
        liveParent = new long[n];
        liveQuantity = new long[n];
        Arrays.fill(lastParentNs, Long.MIN_VALUE / 2);
    }

    @Override
    public void onStop() {
        enabled = false;
    }

    @Override
    public void onBbo(final int venueId, final int instrumentId, final long bidPriceFixed, final long bidQuantity,
        final long askPriceFixed, final long askQuantity, final long timestampNs) {
        if (venueId == StrategyContext.CONSOLIDATED) {
            dirty[instrumentId] = true;
        }
    }

    @Override
    public void onBatchEnd(final long timestampNs) {
        for (int i = 0; i < dirty.length; i++) {
            if (dirty[i]) {
                dirty[i] = false;
                update(i);
            }
        }
    }

    private void update(final int instrumentId) {
        final long bid = books.priceFixed(StrategyContext.CONSOLIDATED, instrumentId, Side.BUY, 0);
        final long ask = books.priceFixed(StrategyContext.CONSOLIDATED, instrumentId, Side.SELL, 0);
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
        if (enabled) {
            trade(instrumentId, signal > 0 ? Side.BUY : Side.SELL, bid, ask);
        }
    }

    private void trade(final int instrumentId, final Side side, final long bid, final long ask) {
        final long now = context.nowNs();
        if (now - lastParentNs[instrumentId] < cooldownNs
            || (liveParent[instrumentId] != 0 && context.orders().isOpen(liveParent[instrumentId]))) {
            return;
        }
        final long position = context.positions().position(instrumentId);
        final long room = side == Side.BUY ? maxPosition - position : maxPosition + position;
        final long lot = lots[instrumentId];
        final long size = Math.min(quantity, room) / lot * lot;
        if (size <= 0) {
            return;
        }
        final long tick = ticks[instrumentId];
        final long limit = side == Side.BUY ? ask + aggressionTicks * tick : bid - aggressionTicks * tick;
        if (limit <= 0) {
            return;
        }
        lastParentNs[instrumentId] = now;
        final long parentId = context.parentOrder().routed().instrument(instrumentId).side(side).quantity(size)
            .limitPrice(limit).timeInForce(TimeInForce.IOC).submit();
        if (parentId > 0) {
            liveParent[instrumentId] = parentId;
            liveQuantity[instrumentId] = size;
            parentsSent++;
        } else {
            parentsRefused++;
        }
    }

    @Override
    public void onOrderFilled(final long orderId, final int venueId, final long priceFixed, final long quantity,
        final long leavesQuantity, final Liquidity liquidity, final long feeFixed, final long timestampNs) {
        fills++;
    }

    @Override
    public void onOrderRejected(final long orderId, final dev.hft.api.RejectReason reason, final long timestampNs) {
        childrenRejected++;
    }

    @Override
    public void onParentDone(final long parentId, final long filledQuantity, final long avgPriceFixed,
        final long timestampNs) {
        parentsDone++;
        parentsFilledQuantity += filledQuantity;
        for (int i = 0; i < liveParent.length; i++) {
            if (liveParent[i] == parentId) {
                parentsUnfilledQuantity += Math.max(0, liveQuantity[i] - filledQuantity);
                liveParent[i] = 0;
            }
        }
    }

    /** Stops sending parents (end of run). */
    public void disable() {
        enabled = false;
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

    public long parentsDone() {
        return parentsDone;
    }

    public long parentsFilledQuantity() {
        return parentsFilledQuantity;
    }

    public long parentsUnfilledQuantity() {
        return parentsUnfilledQuantity;
    }

    public long fills() {
        return fills;
    }

    /**
     * Children refused (locally or by a venue) as the strategy heard of them.
     *
     * @return the count.
     */
    public long childrenRejected() {
        return childrenRejected;
    }
}
