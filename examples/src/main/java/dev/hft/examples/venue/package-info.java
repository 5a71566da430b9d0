/**
 * Simulated venues on loopback for the demo and its tests: each a {@code MatchingEngine} behind a real order-entry
 * server (OUCH 5.0 over SoupBinTCP, or FIX 4.4 on a QuickFIX/J acceptor) with ITCH 5.0 market data over MoldUDP64
 * and a re-request server, background order flow around a drifting price, and the venue's own records for
 * reconciliation. {@link dev.hft.examples.venue.SimulatedVenues} runs them all on one thread.
 */
package dev.hft.examples.venue;
