/**
 * Tests of the demo's strategies, run through the engine against in-process venues the test answers, with a manual
 * clock; and one strategy object against both the simulated venues over loopback and in-process venues.
 */
package dev.hft.examples.strategies;
