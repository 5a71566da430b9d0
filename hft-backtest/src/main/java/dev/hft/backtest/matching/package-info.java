/**
 * A zero-allocation price-time matching engine, the core of the simulated venues and of the backtester's
 * simulated exchange: {@link dev.hft.backtest.matching.MatchingEngine} matches orders per instrument and reports to
 * an {@link dev.hft.backtest.matching.ExecutionListener} (execution reports for the order owners) and a
 * {@link dev.hft.backtest.matching.BookEventListener} (its public order book, order by order), which
 * {@link dev.hft.backtest.matching.ItchBookPublisher} turns into TotalView-ITCH 5.0.
 */
package dev.hft.backtest.matching;
