/**
 * Tests of the benchmark harnesses.
 */
package dev.hft.bench;
