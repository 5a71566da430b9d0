package dev.hft.engine;

/**
 * One venue's market-data source, polled by the trading agent: a MoldUDP64/ITCH feed built from the configuration
 * ({@link dev.hft.engine.feed.ItchFeed}), events a test or backtest injects ({@link dev.hft.engine.feed.InjectedFeed}),
 * or any other adapter a host supplies through {@link Engine.Builder#feed}. Trading thread only; {@link #poll} must
 * not block or allocate.
 */
public interface MarketDataFeed extends AutoCloseable {
    /**
     * Reads what has arrived and delivers it to the venue's sink.
     *
     * @param sink  the engine's sink for this venue.
     * @param limit the most datagrams (or events) to read.
     * @return work done ({@code 0} when nothing arrived).
     */
    int poll(MarketDataSink sink, int limit);

    /** Releases the feed's sockets; the default does nothing. */
    @Override
    default void close() {
    }
}
