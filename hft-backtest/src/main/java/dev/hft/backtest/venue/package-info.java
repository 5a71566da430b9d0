/**
 * Simulated venues on real protocols in front of the {@link dev.hft.backtest.matching.MatchingEngine}:
 * {@link dev.hft.backtest.venue.OuchVenue}, NASDAQ OUCH 5.0 order entry over SoupBinTCP 3.0 servers. Duty-cycle
 * agents: the host runs {@code doWork()} on its own thread; nothing here starts a thread.
 */
package dev.hft.backtest.venue;
