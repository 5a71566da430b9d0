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
 * Mean reversion of the consolidated microprice: per instrument the microprice
 * {@code (bid * askQty + ask * bidQty) / (bidQty + askQty)} of the consolidated touch (the touch leaning towards the
 * side with less size) and its rolling mean over the last {@code window} updates (one update per batch in which the
 * consolidated BBO changed). Flat, when the microprice is more than {@code entryTicks} ticks from the mean it takes
 * the other side (rich: sell, cheap: buy) for {@code quantity}; in a position it exits everything when the microprice
 * is back at the mean, or at a stop when it has moved {@code stopTicks} ticks against the entry. Every order is an IOC
 * parent through the smart order router limited at the far touch plus {@code aggressionTicks}; at most one live
 * parent per instrument and a cool-down of {@code cooldownMs} between entries.
 *
 * <p>Parameters: {@code window} (64), {@code entryTicks} (3), {@code stopTicks} (6), {@code quantity} (100),
 * {@code aggressionTicks} (1), {@code cooldownMs} (50). Trading thread only; allocation-free after {@code onStart}.
 */
public final class MeanReversionStrategy implements Strategy {
    private StrategyContext context;
    private BookView books;
    private int window;
    private long entryTicks;
    private long stopTicks;
    private long quantity;
    private int aggressionTicks;
    private long cooldownNs;
    private long[] ticks;
    private long[] lots;
    private boolean[] dirty;
    /** The last {@code window} microprices per instrument, a ring. */
    private long[] samples;
    private long[] sums;
    private long[] updates;
    private long[] micro;
    private long[] entryPrice;
    private long[] lastEntryNs;
    private long[] liveParent;
    private boolean enabled = true;
    private long entries;
    private long exits;
    private long stops;
    private long parentsSent;
    private long parentsRefused;
    private long fills;

    /** Creates the strategy; it is configured in {@link #onStart}. */
    public MeanReversionStrategy() {
    }

    @Override
    public void onStart(final StrategyContext context) {
        this.context = context;
        this.books = context.books();
        final StrategyParameters parameters = context.parameters();
        window = (int) parameters.getLong("window", 64);
        entryTicks = parameters.getLong("entryTicks", 3);
        stopTicks = parameters.getLong("stopTicks", 6);
        quantity = parameters.getLong("quantity", 100);
        aggressionTicks = (int) parameters.getLong("aggressionTicks", 1);
        cooldownNs = parameters.getLong("cooldownMs", 50) * 1_000_000L;
        if (window < 2 || window > 1 << 16 || entryTicks < 1 || stopTicks < 1 || quantity < 1 || aggressionTicks < 0
            || cooldownNs < 0) {
            throw new IllegalArgumentException("mean reversion parameters out of range: " + parameters);
        }
        final int n = context.instruments().size();
        ticks = new long[n];
        lots = new long[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = context.instruments().byId(i).tickSizeFixed();
            lots[i] = Math.max(1, context.instruments().byId(i).lotSize());
        }
        dirty = new boolean[n];
        samples = new long[n * window];
        sums = new long[n];
        updates = new long[n];
        micro = new long[n];
        entryPrice = new long[n];
        lastEntryNs = new long[n];
        liveParent = new long[n];
        Arrays.fill(micro, FixedPoint.NULL_PRICE);
        Arrays.fill(entryPrice, FixedPoint.NULL_PRICE);
        Arrays.fill(lastEntryNs, Long.MIN_VALUE / 2);
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

    /**
     * The microprice of a touch: {@code (bid * askQty + ask * bidQty) / (bidQty + askQty)}, computed as
     * {@code bid + (ask - bid) * bidQty / (bidQty + askQty)} so that it cannot overflow.
     *
     * @param bid      the best bid, fixed-point.
     * @param bidQty   its quantity.
     * @param ask      the best ask, fixed-point.
     * @param askQty   its quantity.
     * @return the microprice, fixed-point, or {@link FixedPoint#NULL_PRICE} when a side is empty.
     */
    static long microprice(final long bid, final long bidQty, final long ask, final long askQty) {
        if (bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE || bidQty + askQty <= 0) {
            return FixedPoint.NULL_PRICE;
        }
        return bid + (ask - bid) * bidQty / (bidQty + askQty);
    }

    private void update(final int i) {
        final long bid = books.priceFixed(StrategyContext.CONSOLIDATED, i, Side.BUY, 0);
        final long ask = books.priceFixed(StrategyContext.CONSOLIDATED, i, Side.SELL, 0);
        final long price = microprice(bid, books.quantity(StrategyContext.CONSOLIDATED, i, Side.BUY, 0), ask,
            books.quantity(StrategyContext.CONSOLIDATED, i, Side.SELL, 0));
        if (price == FixedPoint.NULL_PRICE) {
            return;
        }
        micro[i] = price;
        final int slot = i * window + (int) (updates[i] % window);
        if (updates[i] >= window) {
            sums[i] -= samples[slot];
        }
        samples[slot] = price;
        sums[i] += price;
        updates[i]++;
        if (updates[i] < window || !enabled) {
            return;
        }
        final long mean = sums[i] / window;
        final long tick = ticks[i];
        if (liveParent[i] != 0) {
            if (context.orders().isOpen(liveParent[i])) {
                return;
            }
            liveParent[i] = 0;
        }
        final long position = context.positions().position(i);
        if (position == 0) {
            final long deviation = price - mean;
            if (Math.abs(deviation) <= entryTicks * tick || context.nowNs() - lastEntryNs[i] < cooldownNs) {
                return;
            }
            final Side side = deviation > 0 ? Side.SELL : Side.BUY;
            final long size = quantity / lots[i] * lots[i];
            if (size > 0 && send(i, side, size, bid, ask)) {
                lastEntryNs[i] = context.nowNs();
                entryPrice[i] = price;
                entries++;
            }
            return;
        }
        final long entry = entryPrice[i] == FixedPoint.NULL_PRICE ? mean : entryPrice[i];
        final boolean reverted = position > 0 ? price >= mean : price <= mean;
        final boolean stopped = position > 0 ? price <= entry - stopTicks * tick : price >= entry + stopTicks * tick;
        if ((reverted || stopped) && send(i, position > 0 ? Side.SELL : Side.BUY, Math.abs(position), bid, ask)) {
            if (reverted) {
                exits++;
            } else {
                stops++;
            }
        }
    }

    private boolean send(final int i, final Side side, final long size, final long bid, final long ask) {
        final long tick = ticks[i];
        final long limit = side == Side.BUY ? ask + aggressionTicks * tick : bid - aggressionTicks * tick;
        if (limit <= 0) {
            return false;
        }
        final long parentId = context.parentOrder().routed().instrument(i).side(side).quantity(size)
            .limitPrice(limit).timeInForce(TimeInForce.IOC).submit();
        if (parentId > 0) {
            liveParent[i] = parentId;
            parentsSent++;
            return true;
        }
        parentsRefused++;
        return false;
    }

    @Override
    public void onOrderFilled(final long orderId, final int venueId, final long priceFixed, final long quantity,
        final long leavesQuantity, final Liquidity liquidity, final long feeFixed, final long timestampNs) {
        fills++;
    }

    @Override
    public void onParentDone(final long parentId, final long filledQuantity, final long avgPriceFixed,
        final long timestampNs) {
        for (int i = 0; i < liveParent.length; i++) {
            if (liveParent[i] == parentId) {
                liveParent[i] = 0;
                if (context.positions().position(i) == 0) {
                    entryPrice[i] = FixedPoint.NULL_PRICE;
                } else if (avgPriceFixed != FixedPoint.NULL_PRICE && entryPrice[i] != FixedPoint.NULL_PRICE
                    && filledQuantity > 0 && Math.abs(context.positions().position(i)) == filledQuantity) {
                    entryPrice[i] = avgPriceFixed;              // the entry filled: stop from the price we got
                }
            }
        }
    }

    /** Stops sending orders (end of run). */
    public void disable() {
        enabled = false;
    }

    /**
     * The rolling mean of an instrument's microprice.
     *
     * @param instrumentId the instrument.
     * @return fixed-point, or {@link FixedPoint#NULL_PRICE} before {@code window} updates.
     */
    public long mean(final int instrumentId) {
        return updates[instrumentId] < window ? FixedPoint.NULL_PRICE : sums[instrumentId] / window;
    }

    /**
     * The last microprice of an instrument.
     *
     * @param instrumentId the instrument.
     * @return fixed-point, or {@link FixedPoint#NULL_PRICE}.
     */
    public long microprice(final int instrumentId) {
        return micro[instrumentId];
    }

    public long entries() {
        return entries;
    }

    public long exits() {
        return exits;
    }

    public long stops() {
        return stops;
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
