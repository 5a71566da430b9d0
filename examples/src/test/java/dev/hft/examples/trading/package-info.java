/**
 * Tests of the trading application: its configuration (the demo's {@code trading:} block) and the integration test
 * against the simulated venues.
 */
package dev.hft.examples.trading;
