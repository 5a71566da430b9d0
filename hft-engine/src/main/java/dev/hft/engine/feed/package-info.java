/**
 * Market-data feeds the trading agent polls: {@link dev.hft.engine.feed.ItchFeed} (ITCH 5.0 over MoldUDP64, one or
 * two lines, built from the configuration) and {@link dev.hft.engine.feed.InjectedFeed} (events a test, backtest or
 * in-process simulator queues on the trading thread).
 */
package dev.hft.engine.feed;
