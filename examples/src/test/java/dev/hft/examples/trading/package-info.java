/**
 * Tests of the trading demo: strategies on a driven book with a manual clock, the OMS child-order sink, the zero
 * allocation of a duty cycle, and the integration test against the simulated venues.
 */
package dev.hft.examples.trading;
