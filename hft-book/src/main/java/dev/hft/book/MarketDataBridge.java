package dev.hft.book;

import dev.hft.api.FixedPoint;
import dev.hft.api.MarketDataListener;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.timing.EpochNanoClock;

/**
 * Forwards a {@link BookBuilder}'s events to a strategy's {@link MarketDataListener}, so the strategy sees BBO, depth,
 * trade and trading-status events in hft-api terms and never an hft-book type. Plug it in as the builder's listener
 * (or call it from the host's own {@link BookBuilderListener}).
 *
 * <ul>
 *     <li>Prices: the books hold the feed's unit ({@code priceDecimals} implied decimals: ITCH {@code Price(4)} is 4,
 *     the PITCH adapter's {@code priceFixed()} is {@link FixedPoint#DECIMALS}); the bridge multiplies them into
 *     {@link FixedPoint}; {@link FixedPoint#NULL_PRICE} stays the null price.</li>
 *     <li>Trades: the book reports the resting (executed) order's side; the aggressor is the other side
 *     ({@link Side#UNKNOWN} stays unknown, e.g. an ITCH non-displayed trade with no side).</li>
 *     <li>Instrument ids: the builder's dense ids, or the id given with {@link #mapInstrument} (the host's
 *     {@code InstrumentRegistry} id, resolved once at start-up, e.g. from {@link BookBuilderListener#onInstrument}).
 *     </li>
 *     <li>Time: every event is stamped with the injected {@link EpochNanoClock}: a receive-time clock, or a clock the
 *     feed handler advances to the exchange timestamp of each message (e.g. {@code ManualClock}).</li>
 *     <li>{@link #batchEnd()}: the host calls it after each packet or poll; it forwards
 *     {@link MarketDataListener#onBatchEnd}.</li>
 *     <li>Integrity errors and new instruments are not market data: they are counted by the builder and not
 *     forwarded.</li>
 * </ul>
 *
 * <p>Single-threaded (the builder's thread); no allocation after construction.
 */
public final class MarketDataBridge implements BookBuilderListener {
    private final MarketDataListener target;
    private final EpochNanoClock clock;
    private final long priceScale;
    private final int[] instrumentIds;

    /**
     * Creates a bridge with identity instrument ids.
     *
     * @param target         the strategy's listener.
     * @param priceDecimals  implied decimals of the books' prices, {@code 0} to {@link FixedPoint#DECIMALS}.
     * @param maxInstruments builder instrument ids it can map ({@code 0..maxInstruments - 1}); others pass unchanged.
     * @param clock          stamps the events, epoch nanoseconds.
     */
    public MarketDataBridge(final MarketDataListener target, final int priceDecimals, final int maxInstruments,
        final EpochNanoClock clock) {
        if (target == null || clock == null) {
            throw new NullPointerException(target == null ? "target" : "clock");
        }
        if (priceDecimals < 0 || priceDecimals > FixedPoint.DECIMALS || maxInstruments < 0) {
            throw new IllegalArgumentException("priceDecimals " + priceDecimals + ", maxInstruments " + maxInstruments);
        }
        this.target = target;
        this.clock = clock;
        this.priceScale = FixedPoint.powerOfTen(FixedPoint.DECIMALS - priceDecimals);
        this.instrumentIds = new int[maxInstruments];
        for (int i = 0; i < maxInstruments; i++) {
            instrumentIds[i] = i;
        }
    }

    /**
     * Forwards a builder instrument's events under another id (start-up configuration).
     *
     * @param builderInstrumentId the builder's dense id, below {@code maxInstruments}.
     * @param instrumentId        the id the strategy knows.
     */
    public void mapInstrument(final int builderInstrumentId, final int instrumentId) {
        instrumentIds[builderInstrumentId] = instrumentId;
    }

    /** Forwards the end of a batch (one packet or poll) with the clock's time. */
    public void batchEnd() {
        target.onBatchEnd(clock.epochNanos());
    }

    @Override
    public void onBbo(final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
        final long askQuantity) {
        target.onBbo(id(instrumentId), fixed(bidPrice), bidQuantity, fixed(askPrice), askQuantity,
            clock.epochNanos());
    }

    @Override
    public void onLevelChange(final int instrumentId, final Side side, final long price, final long quantity,
        final int orderCount) {
        target.onLevelChange(id(instrumentId), side, fixed(price), quantity, clock.epochNanos());
    }

    @Override
    public void onTrade(final int instrumentId, final Side restingSide, final long price, final long quantity,
        final long orderReference) {
        final Side aggressor = restingSide == Side.BUY ? Side.SELL : restingSide == Side.SELL ? Side.BUY
            : Side.UNKNOWN;
        target.onTrade(id(instrumentId), fixed(price), quantity, aggressor, clock.epochNanos());
    }

    @Override
    public void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
        target.onTradingStatus(id(instrumentId), status, clock.epochNanos());
    }

    private int id(final int builderInstrumentId) {
        return builderInstrumentId >= 0 && builderInstrumentId < instrumentIds.length
            ? instrumentIds[builderInstrumentId] : builderInstrumentId;
    }

    private long fixed(final long price) {
        return price == FixedPoint.NULL_PRICE ? FixedPoint.NULL_PRICE : price * priceScale;
    }
}
