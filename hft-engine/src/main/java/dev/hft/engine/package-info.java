/**
 * The trading engine: {@link dev.hft.engine.Engine} builds the composition feed -&gt; book -&gt; strategy -&gt; order
 * manager (pre-trade risk, kill switch) -&gt; parent orders and smart order router -&gt; venue gateways from an
 * {@link dev.hft.engine.config.EngineConfig} and hands the host duty-cycle agents; it starts no threads. Strategies
 * implement {@link dev.hft.api.strategy.Strategy} and see only {@link dev.hft.api.strategy.StrategyContext}, so one
 * strategy runs unchanged against real venues, simulators and in-process venues. Hosts plug in their own gateways
 * ({@link dev.hft.engine.GatewayFactory}) and market data ({@link dev.hft.engine.MarketDataFeed}).
 */
package dev.hft.engine;
