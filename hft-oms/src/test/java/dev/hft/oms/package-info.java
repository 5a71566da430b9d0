/**
 * Tests of the order manager: lifecycle transitions, fills and positions, emulation, journal recovery, allocation.
 */
package dev.hft.oms;
