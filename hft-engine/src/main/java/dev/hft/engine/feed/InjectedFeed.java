package dev.hft.engine.feed;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;

/**
 * Market data a test, a backtest or an in-process simulator puts in on the trading thread: a preallocated ring of
 * level, trade and status events, delivered in order by the next {@link #poll}. Allocation-free; single-threaded
 * (the thread that runs the trading agent).
 */
public final class InjectedFeed implements MarketDataFeed {
    private static final byte LEVEL = 1;
    private static final byte TRADE = 2;
    private static final byte STATUS = 3;
    private static final Side[] SIDES = Side.values();
    private static final TradingStatus[] STATUSES = TradingStatus.values();

    private final int mask;
    private final byte[] kinds;
    private final int[] instruments;
    private final byte[] enums;
    private final long[] prices;
    private final long[] quantities;
    private final long[] timestamps;
    private long head;
    private long tail;

    /**
     * Creates a feed.
     *
     * @param capacity most events waiting at once (rounded up to a power of two).
     */
    public InjectedFeed(final int capacity) {
        final int size = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1);
        mask = size - 1;
        kinds = new byte[size];
        instruments = new int[size];
        enums = new byte[size];
        prices = new long[size];
        quantities = new long[size];
        timestamps = new long[size];
    }

    /**
     * Queues a level change.
     *
     * @param instrumentId the instrument.
     * @param side         the side.
     * @param priceFixed   the price.
     * @param quantity     the new total (0 removes the level).
     * @param timestampNs  exchange time.
     * @return {@code false} if the ring is full.
     */
    public boolean level(final int instrumentId, final Side side, final long priceFixed, final long quantity,
        final long timestampNs) {
        return put(LEVEL, instrumentId, (byte) side.ordinal(), priceFixed, quantity, timestampNs);
    }

    /**
     * Queues a trade.
     *
     * @param instrumentId  the instrument.
     * @param priceFixed    the price.
     * @param quantity      the quantity.
     * @param aggressorSide the taking side.
     * @param timestampNs   exchange time.
     * @return {@code false} if the ring is full.
     */
    public boolean trade(final int instrumentId, final long priceFixed, final long quantity, final Side aggressorSide,
        final long timestampNs) {
        return put(TRADE, instrumentId, (byte) aggressorSide.ordinal(), priceFixed, quantity, timestampNs);
    }

    /**
     * Queues a trading-state change.
     *
     * @param instrumentId the instrument.
     * @param status       the state.
     * @param timestampNs  exchange time.
     * @return {@code false} if the ring is full.
     */
    public boolean status(final int instrumentId, final TradingStatus status, final long timestampNs) {
        return put(STATUS, instrumentId, (byte) status.ordinal(), 0, 0, timestampNs);
    }

    private boolean put(final byte kind, final int instrumentId, final byte value, final long price,
        final long quantity, final long timestampNs) {
        if (tail - head > mask) {
            return false;
        }
        final int i = (int) (tail++ & mask);
        kinds[i] = kind;
        instruments[i] = instrumentId;
        enums[i] = value;
        prices[i] = price;
        quantities[i] = quantity;
        timestamps[i] = timestampNs;
        return true;
    }

    @Override
    public int poll(final MarketDataSink sink, final int limit) {
        int count = 0;
        while (head < tail && count < limit) {
            final int i = (int) (head++ & mask);
            switch (kinds[i]) {
                case LEVEL:
                    sink.onLevel(instruments[i], SIDES[enums[i]], prices[i], quantities[i], timestamps[i]);
                    break;
                case TRADE:
                    sink.onTrade(instruments[i], prices[i], quantities[i], SIDES[enums[i]], timestamps[i]);
                    break;
                default:
                    sink.onTradingStatus(instruments[i], STATUSES[enums[i]], timestamps[i]);
                    break;
            }
            count++;
        }
        return count;
    }
}
