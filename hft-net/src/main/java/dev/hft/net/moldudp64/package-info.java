/**
 * MoldUDP64 1.00: packet codec, receiving session with gap detection and re-requests, re-request server and
 * sender for simulated venues, and A/B line arbitration.
 */
package dev.hft.net.moldudp64;
