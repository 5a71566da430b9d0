/**
 * Capture files: classic pcap ({@link dev.hft.net.capture.PcapReader}) feeding MoldUDP64/ITCH and PITCH decoders,
 * NASDAQ's daily ITCH file format, a file summary tool and the synthetic ITCH feed generator.
 */
package dev.hft.net.capture;
