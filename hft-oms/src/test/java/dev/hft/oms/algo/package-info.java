/**
 * Tests of the parent-order engine: every local order type, the pre-trade hook on every child, cancel.
 */
package dev.hft.oms.algo;
