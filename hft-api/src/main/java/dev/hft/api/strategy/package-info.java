/**
 * The strategy contract: what a strategy team implements ({@link dev.hft.api.strategy.Strategy}) and what the engine
 * hands it ({@link dev.hft.api.strategy.StrategyContext}). The same strategy object runs live, against in-process
 * venues and in the backtester, because it sees only these interfaces.
 *
 * <p>Threading: every callback of a strategy and every call on its context happen on one thread, the engine's
 * trading thread (the thread that runs the trading agent's {@code doWork}). Arguments are primitives and enums;
 * nothing is allocated by the engine to call a strategy, and a strategy on the hot path should allocate nothing
 * either. Failures are result codes ({@link dev.hft.api.Result}), never exceptions.
 *
 * <p>Identifiers: instruments and venues are the dense ids of {@link dev.hft.api.InstrumentRegistry} and
 * {@link dev.hft.api.VenueRegistry}; {@link dev.hft.api.strategy.StrategyContext#CONSOLIDATED} stands for the
 * consolidated (all venues) view. Orders are named by the positive ids the context returns on submission; an id is
 * never reused in a session, so a stale id reads as unknown rather than as somebody else's order.
 */
package dev.hft.api.strategy;
