package dev.hft.engine;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;

/**
 * Where a {@link MarketDataFeed} delivers one venue's market data, in the engine's dense instrument ids and
 * fixed-point prices: level totals (the venue's book is kept by the engine), trades and trading-state changes. The
 * engine implements it, one per venue; every call updates the venue's book and the consolidated book and notifies the
 * subscribed strategies before it returns. Trading thread only; allocation-free.
 */
public interface MarketDataSink {
    /**
     * The venue's total quantity at one price changed.
     *
     * @param instrumentId the instrument.
     * @param side         BUY (bid) or SELL (offer).
     * @param priceFixed   the level's price.
     * @param quantity     the new total; 0 removes the level.
     * @param timestampNs  exchange time, epoch nanoseconds.
     */
    void onLevel(int instrumentId, Side side, long priceFixed, long quantity, long timestampNs);

    /**
     * A trade printed on the venue.
     *
     * @param instrumentId  the instrument.
     * @param priceFixed    the price.
     * @param quantity      the quantity.
     * @param aggressorSide the taking side, or {@link Side#UNKNOWN}.
     * @param timestampNs   exchange time.
     */
    void onTrade(int instrumentId, long priceFixed, long quantity, Side aggressorSide, long timestampNs);

    /**
     * The instrument's trading state changed on the venue.
     *
     * @param instrumentId the instrument.
     * @param status       the new state.
     * @param timestampNs  exchange time.
     */
    void onTradingStatus(int instrumentId, TradingStatus status, long timestampNs);
}
