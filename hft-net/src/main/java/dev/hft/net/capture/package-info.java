/**
 * Capture files: classic pcap ({@link dev.hft.net.capture.PcapReader}) feeding MoldUDP64/ITCH and PITCH decoders,
 * NASDAQ's daily ITCH file format, a file summary ({@link dev.hft.net.capture.CaptureSummary}) and ITCH order-flow
 * events ({@link dev.hft.net.capture.ItchEventSink}) with their encoder. The synthetic feed generator is in the
 * hft-testkit artifact.
 */
package dev.hft.net.capture;
