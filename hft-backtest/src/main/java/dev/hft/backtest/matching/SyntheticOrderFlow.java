package dev.hft.backtest.matching;

import java.util.SplittableRandom;

import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * A pre-generated, seeded stream of realistic order-entry requests for a {@link MatchingEngine}: limit orders a few
 * ticks around a mean-reverting mid price (most of them), cancels of recent orders, and marketable IOC orders that
 * take a few levels, spread over several instruments and owners. Used as background flow on simulated venues, in
 * tests and in the benchmark.
 *
 * <p>Replaying ({@link #apply(MatchingEngine, int)}) keeps a ring of the last {@code maxResting} order ids per
 * instrument; when an add overwrites a ring slot whose order still rests, that order is canceled first, so the book
 * stays bounded however long the stream is replayed. A cancel names a random ring slot; if that order is already done
 * the engine answers with a cancel reject, as a real venue would. The ring is that engine's order ids: one instance
 * drives one engine.
 *
 * <p>Generation allocates (construction); {@link #apply} does not. Single-threaded.
 */
public final class SyntheticOrderFlow {
    /** Request kind: a resting limit order (DAY). */
    public static final byte ADD = 0;
    /** Request kind: a cancel of a recent order. */
    public static final byte CANCEL = 1;
    /** Request kind: a marketable IOC limit order. */
    public static final byte TAKE = 2;

    private final int count;
    private final byte[] kinds;
    private final int[] instruments;
    private final long[] owners;
    private final byte[] sides;
    private final long[] prices;
    private final long[] quantities;
    private final int[] targets;
    private final int ringMask;
    private final long[] ringIds;
    private final long[] ringOwners;
    private final int[] ringPositions;
    private long clientOrderId;

    /**
     * Generates a stream.
     *
     * @param seed          random seed; the same seed gives the same stream.
     * @param events        number of requests.
     * @param instrumentCount instruments {@code 0} to this minus one; each must have {@code tickSizeFixed} and a
     *                      lot of 100 or a divisor of it.
     * @param ownerCount    owners {@code 1} to this.
     * @param basePrice     mid price the walk reverts to, fixed-point, a multiple of the tick.
     * @param tickSizeFixed tick size, fixed-point.
     * @param maxResting    most orders kept resting per instrument, a power of two.
     */
    public SyntheticOrderFlow(final long seed, final int events, final int instrumentCount, final int ownerCount,
        final long basePrice, final long tickSizeFixed, final int maxResting) {
        if (Integer.bitCount(maxResting) != 1 || events < 1 || instrumentCount < 1 || ownerCount < 1) {
            throw new IllegalArgumentException("events, instruments, owners positive; maxResting a power of two");
        }
        this.count = events;
        this.kinds = new byte[events];
        this.instruments = new int[events];
        this.owners = new long[events];
        this.sides = new byte[events];
        this.prices = new long[events];
        this.quantities = new long[events];
        this.targets = new int[events];
        this.ringMask = maxResting - 1;
        this.ringIds = new long[instrumentCount * maxResting];
        this.ringOwners = new long[instrumentCount * maxResting];
        this.ringPositions = new int[instrumentCount];
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] midTicks = new long[instrumentCount];
        final long baseTicks = basePrice / tickSizeFixed;
        java.util.Arrays.fill(midTicks, baseTicks);
        for (int i = 0; i < events; i++) {
            final int instrument = random.nextInt(instrumentCount);
            final long drift = midTicks[instrument] > baseTicks + 20 ? -1 : midTicks[instrument] < baseTicks - 20
                ? 1 : 0;
            final int step = random.nextInt(100);
            midTicks[instrument] += step < 3 ? drift - 1 : step < 6 ? drift + 1 : 0;
            final boolean buy = random.nextBoolean();
            final int roll = random.nextInt(100);
            instruments[i] = instrument;
            owners[i] = 1 + random.nextInt(ownerCount);
            sides[i] = (byte) (buy ? 0 : 1);
            if (roll < 55) {
                kinds[i] = ADD;
                final long offset = 1 + (long) Math.abs(random.nextGaussian() * 3);
                prices[i] = (midTicks[instrument] + (buy ? -offset : offset)) * tickSizeFixed;
                quantities[i] = 100L * (1 + random.nextInt(10));
            } else if (roll < 90) {
                kinds[i] = CANCEL;
                targets[i] = random.nextInt(maxResting);
            } else {
                kinds[i] = TAKE;
                final long reach = 1 + random.nextInt(4);
                prices[i] = (midTicks[instrument] + (buy ? reach : -reach)) * tickSizeFixed;
                quantities[i] = 100L * (1 + random.nextInt(8));
            }
        }
    }

    /**
     * Number of requests in the stream.
     *
     * @return count.
     */
    public int size() {
        return count;
    }

    /**
     * Kind of a request.
     *
     * @param index request index.
     * @return {@link #ADD}, {@link #CANCEL} or {@link #TAKE}.
     */
    public byte kind(final int index) {
        return kinds[index];
    }

    /**
     * Instrument of a request.
     *
     * @param index request index.
     * @return instrument id.
     */
    public int instrument(final int index) {
        return instruments[index];
    }

    /**
     * Owner of a request.
     *
     * @param index request index.
     * @return owner id.
     */
    public long owner(final int index) {
        return owners[index];
    }

    /**
     * Side of an {@link #ADD} or {@link #TAKE}.
     *
     * @param index request index.
     * @return {@code true} for a buy.
     */
    public boolean isBuy(final int index) {
        return sides[index] == 0;
    }

    /**
     * Limit price of an {@link #ADD} or {@link #TAKE}.
     *
     * @param index request index.
     * @return fixed-point price.
     */
    public long price(final int index) {
        return prices[index];
    }

    /**
     * Quantity of an {@link #ADD} or {@link #TAKE}.
     *
     * @param index request index.
     * @return quantity.
     */
    public long quantity(final int index) {
        return quantities[index];
    }

    /**
     * Ring slot a {@link #CANCEL} names (see the class comment).
     *
     * @param index request index.
     * @return slot, {@code 0} to {@code maxResting - 1}.
     */
    public int target(final int index) {
        return targets[index];
    }

    /**
     * Sends one request to an engine. Allocation-free.
     *
     * @param engine the engine.
     * @param index  request index, {@code 0} to {@link #size()} minus one.
     * @return the engine's result: an order id or a {@code Result} code.
     */
    public long apply(final MatchingEngine engine, final int index) {
        final int instrument = instruments[index];
        final int ringBase = instrument * (ringMask + 1);
        switch (kinds[index]) {
            case ADD: {
                final int position = ringPositions[instrument];
                ringPositions[instrument] = (position + 1) & ringMask;
                final int slot = ringBase + position;
                if (ringIds[slot] != 0 && engine.leavesQuantity(ringIds[slot]) > 0) {
                    engine.cancel(ringOwners[slot], ringIds[slot]);
                }
                final long id = engine.submit(instrument, owners[index], ++clientOrderId,
                    sides[index] == 0 ? Side.BUY : Side.SELL, OrderType.LIMIT, TimeInForce.DAY, 0, prices[index],
                    quantities[index]);
                ringIds[slot] = id > 0 ? id : 0;
                ringOwners[slot] = owners[index];
                return id;
            }
            case CANCEL: {
                final int slot = ringBase + targets[index];
                return ringIds[slot] == 0 ? 0 : engine.cancel(ringOwners[slot], ringIds[slot]);
            }
            default:
                return engine.submit(instrument, owners[index], ++clientOrderId,
                    sides[index] == 0 ? Side.BUY : Side.SELL, OrderType.LIMIT, TimeInForce.IOC, 0, prices[index],
                    quantities[index]);
        }
    }
}
