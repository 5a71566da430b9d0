package dev.hft.examples.venue;

import java.util.SplittableRandom;

import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.backtest.matching.MatchingEngine;

/**
 * Background order flow for a simulated venue, generated as it is applied: per instrument a "fair" price that takes
 * a random walk with trending regimes (so books move and a momentum strategy has something to follow), limit orders
 * resting a few ticks around it, cancels, and small marketable IOC orders that push the book toward the fair price
 * (so resting quotes at the touch get hit). Offers two ticks or more below the fair price (bids above it) are taken
 * first, and a side with nothing within three ticks of it gets an order one tick away, so the book follows the price
 * and both sides stay populated near the touch.
 *
 * <p>Owners are {@code 1} to {@code owners}; each instrument keeps a ring of its last {@value #RING} resting orders and
 * cancels the one a new order overwrites, so the book stays bounded. Single-threaded (the venue's thread);
 * allocation-free after construction.
 */
public final class DriftingOrderFlow {
    static final int RING = 256;
    private static final long NULL = FixedPoint.NULL_PRICE;

    private final MatchingEngine engine;
    private final SplittableRandom random;
    private final int instruments;
    private final int owners;
    private final long[] tick;
    private final long[] lotQuantity;
    private final long[] fairTicks;
    private final long[] minTicks;
    private final long[] maxTicks;
    private final int[] trend;
    private final long[] ringIds;
    private final long[] ringOwners;
    private final int[] ringHeads;
    private long clientOrderId;
    private long applied;

    /**
     * Creates a flow for an engine.
     *
     * @param engine the venue's engine.
     * @param spec   the venue: instruments (tick, lot, start price) and seed.
     * @param owners background owners, {@code 1} to this; must stay below the order-entry owners.
     */
    public DriftingOrderFlow(final MatchingEngine engine, final VenueSpec spec, final int owners) {
        this.engine = engine;
        this.random = new SplittableRandom(spec.flowSeed());
        this.instruments = spec.instrumentCount();
        this.owners = owners;
        this.tick = new long[instruments];
        this.lotQuantity = new long[instruments];
        this.fairTicks = new long[instruments];
        this.minTicks = new long[instruments];
        this.maxTicks = new long[instruments];
        this.trend = new int[instruments];
        for (int i = 0; i < instruments; i++) {
            tick[i] = spec.tickSizeFixed(i);
            final long lot = spec.lotSize(i);
            lotQuantity[i] = (100 + lot - 1) / lot * lot;
            fairTicks[i] = spec.startPriceFixed(i) / tick[i];
            minTicks[i] = Math.max(10, fairTicks[i] / 2);
            maxTicks[i] = fairTicks[i] * 2;
        }
        this.ringIds = new long[instruments * RING];
        this.ringOwners = new long[instruments * RING];
        this.ringHeads = new int[instruments];
    }

    /**
     * Applies one request to the engine (and, if it emptied a side of the book, an order that refills it).
     *
     * @return the engine's answer to the request (an order id, a result code), or 0 for a cancel of nothing.
     */
    public long step() {
        applied++;
        final int i = instruments == 1 ? 0 : random.nextInt(instruments);
        final long result = step(i);
        if (engine.bestBid(i) == NULL) {                        // a take emptied a side: refill it at once
            add(i, Side.BUY, (fairTicks[i] - 1) * tick[i]);
        }
        if (engine.bestAsk(i) == NULL) {
            add(i, Side.SELL, (fairTicks[i] + 1) * tick[i]);
        }
        return result;
    }

    private long step(final int i) {
        walk(i);
        final long fair = fairTicks[i];
        final long t = tick[i];
        final long bid = engine.bestBid(i);
        final long ask = engine.bestAsk(i);
        if (ask != NULL && ask <= (fair - 2) * t) {            // stale offers below the fair price: lift them
            return take(i, Side.BUY, (fair - 1) * t, 5);
        }
        if (bid != NULL && bid >= (fair + 2) * t) {            // stale bids above it: hit them
            return take(i, Side.SELL, (fair + 1) * t, 5);
        }
        if (bid == NULL || bid < (fair - 3) * t) {
            return add(i, Side.BUY, (fair - 1) * t);
        }
        if (ask == NULL || ask > (fair + 3) * t) {
            return add(i, Side.SELL, (fair + 1) * t);
        }
        final int roll = random.nextInt(100);
        if (roll < 60) {
            final boolean buy = random.nextBoolean();
            final long offset = 1 + Math.min(6, (long) Math.abs(random.nextGaussian() * 2));
            return add(i, buy ? Side.BUY : Side.SELL, (buy ? fair - offset : fair + offset) * t);
        }
        if (roll < 85) {
            final int slot = i * RING + random.nextInt(RING);
            return ringIds[slot] != 0 && engine.leavesQuantity(ringIds[slot]) > 0
                ? engine.cancel(ringOwners[slot], ringIds[slot]) : 0;
        }
        final long bookMidTwice = bid + ask;
        final long fairTwice = 2 * fair * t;
        final boolean buy = fairTwice > bookMidTwice || (fairTwice == bookMidTwice && random.nextBoolean());
        return take(i, buy ? Side.BUY : Side.SELL, (buy ? fair + 1 : fair - 1) * t, 1 + random.nextInt(3));
    }

    private long take(final int i, final Side side, final long price, final int lots) {
        return engine.submit(i, owner(), ++clientOrderId, side, OrderType.LIMIT, TimeInForce.IOC, 0, price,
            lotQuantity[i] * lots);
    }

    private void walk(final int i) {
        if (random.nextInt(200) == 0) {
            trend[i] = random.nextInt(3) - 1;                   // a new regime: down, flat or up
        }
        if (random.nextInt(6) == 0) {
            final int upPercent = 50 + 20 * trend[i];
            final long next = fairTicks[i] + (random.nextInt(100) < upPercent ? 1 : -1);
            fairTicks[i] = Math.max(minTicks[i], Math.min(maxTicks[i], next));
        }
    }

    private long add(final int i, final Side side, final long price) {
        final int slot = i * RING + ringHeads[i];
        ringHeads[i] = (ringHeads[i] + 1) & (RING - 1);
        if (ringIds[slot] != 0 && engine.leavesQuantity(ringIds[slot]) > 0) {
            engine.cancel(ringOwners[slot], ringIds[slot]);
        }
        final long owner = owner();
        final long id = engine.submit(i, owner, ++clientOrderId, side, OrderType.LIMIT, TimeInForce.DAY, 0,
            Math.max(tick[i], price), lotQuantity[i] * (1 + random.nextInt(5)));
        ringIds[slot] = id > 0 ? id : 0;
        ringOwners[slot] = owner;
        return id;
    }

    private long owner() {
        return 1 + random.nextInt(owners);
    }

    /**
     * The current fair price of an instrument, the centre of the flow.
     *
     * @param instrument venue instrument id.
     * @return fixed-point price.
     */
    public long fairPrice(final int instrument) {
        return fairTicks[instrument] * tick[instrument];
    }

    /**
     * Requests applied so far.
     *
     * @return count.
     */
    public long applied() {
        return applied;
    }
}
