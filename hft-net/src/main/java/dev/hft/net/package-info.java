/**
 * Market data and order entry on the wire: what every codec and session shares. Bad input is counted in
 * {@link dev.hft.net.WireErrorCounters} and reported to a {@link dev.hft.net.WireErrorListener}; it never throws
 * and never stops a poll loop. Sub-packages: {@code itch} (NASDAQ TotalView-ITCH 5.0), {@code pitch} (Cboe PITCH),
 * {@code moldudp64}, {@code soupbintcp}, {@code capture} (pcap, NASDAQ ITCH files, synthetic feed).
 */
package dev.hft.net;
