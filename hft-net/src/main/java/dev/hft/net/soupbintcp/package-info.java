/**
 * SoupBinTCP 3.00: packet flyweights ({@link dev.hft.net.soupbintcp.SoupBinTcp} has the wire layout), a stream
 * framer, and non-blocking sessions over NIO sockets: {@link dev.hft.net.soupbintcp.SoupBinTcpClient} (login,
 * sequenced delivery resuming exactly across reconnects, bounded unsequenced sending, heartbeats, timeouts, logout)
 * and {@link dev.hft.net.soupbintcp.SoupBinTcpServer} (several clients of one session, authentication callback,
 * replay from a {@link dev.hft.net.soupbintcp.SoupBinTcpMessageStore}, heartbeats, timeouts, end of session).
 * Components expose {@code int poll()}, start no threads, allocate nothing in steady state and report bad input
 * through {@link dev.hft.net.WireErrorCounters}.
 */
package dev.hft.net.soupbintcp;
