/**
 * Backtesting and the simulated exchange: the price-time matching engine lives in
 * {@link dev.hft.backtest.matching}; replay and strategy metrics build on it.
 */
package dev.hft.backtest;
