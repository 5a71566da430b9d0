/**
 * MoldUDP64 1.00 (NASDAQ's sequenced UDP transport): packet codec, receiving session with gap detection and
 * re-requests, A/B line arbitration, and the venue side (sender, message store, re-request server).
 *
 * <table>
 * <caption>What lives here</caption>
 * <tr><th>class</th><th>role</th></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64}</td><td>wire layout and constants</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64PacketDecoder} / {@link dev.hft.net.moldudp64.MoldUdp64PacketEncoder}
 * </td><td>flyweights over downstream and request packets</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64Receiver}</td><td>one line: session filter, exactly-once in-order
 * delivery to a {@link dev.hft.net.moldudp64.MoldUdp64MessageHandler}, packets ahead of a gap held in
 * preallocated slots, re-requests with timeout and retry</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.LineArbitrator}</td><td>two lines of one feed: first arrival wins, gaps
 * filled from the other line, silent-line failover, re-requests only for what neither line has</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64ReceiverConfig} /
 * {@link dev.hft.net.moldudp64.MoldUdp64ReceiverListener}</td><td>their settings and session / line events</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64Sender}</td><td>simulated venue: packs messages into packets,
 * heartbeats, end of session</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64MessageStore}</td><td>off-heap log of every sent message, indexed
 * by sequence number</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64RequestServer}</td><td>answers re-requests from the store</td></tr>
 * <tr><td>{@link dev.hft.net.moldudp64.MoldUdp64Channels}</td><td>opens unicast and multicast channels</td></tr>
 * </table>
 *
 * <p>Every I/O component is a single-threaded duty cycle ({@code int poll(int limit)} or {@code int doWork()}
 * returning work done) over a non-blocking {@link java.nio.channels.DatagramChannel}; none starts a thread, time
 * comes from an injected {@link dev.hft.timing.NanoClock}, and bad input is counted in
 * {@link dev.hft.net.WireErrorCounters} and dropped without stopping the loop.
 */
package dev.hft.net.moldudp64;
