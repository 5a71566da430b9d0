/**
 * The demo's strategies, written against {@code dev.hft.api.strategy} only and run by the engine
 * ({@code hft-engine}): a market maker (quotes direct to venues or through the smart order router), a momentum
 * strategy (moving-average crossing, IOC parents through the router) and a mean-reversion strategy (the consolidated
 * microprice against its rolling mean). Parameters come from the engine configuration's {@code parameters} map.
 */
package dev.hft.examples.strategies;
