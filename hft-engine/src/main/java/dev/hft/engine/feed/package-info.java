/**
 * Market-data feeds the trading agent polls: {@link dev.hft.engine.feed.ItchFeed} (ITCH 5.0 over MoldUDP64, one or
 * two lines, built from the configuration) and {@link dev.hft.engine.feed.InjectedFeed} (events a test, backtest or
 * in-process simulator queues on the trading thread); {@link dev.hft.engine.feed.ItchDecoder} decodes ITCH as the
 * first does, for a host that reads the packets itself.
 */
package dev.hft.engine.feed;
