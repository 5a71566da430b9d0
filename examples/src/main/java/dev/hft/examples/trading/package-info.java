/**
 * The trading side of the end-to-end demo (issue 8, on the engine since issue 14): the application that builds the
 * trading engine ({@code hft-engine}) from the {@code trading:} configuration and the simulated venues' endpoints,
 * runs it on one trading thread with the three strategies of {@code dev.hft.examples.strategies}, measures
 * tick-to-trade per stage through the engine's probe, and ends with the kill switch, a report (each strategy's P&amp;L)
 * and the reconciliation against the venues' own records.
 */
package dev.hft.examples.trading;
