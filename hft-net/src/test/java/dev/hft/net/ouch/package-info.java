/**
 * Tests of the OUCH 5.0 codec (golden vectors from real captures, round-trip properties, bad input) and of the OUCH
 * venue gateway against an echo exchange and nassau's SoupBinTCP server over loopback.
 */
package dev.hft.net.ouch;
