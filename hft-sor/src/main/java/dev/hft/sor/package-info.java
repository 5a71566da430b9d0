/**
 * Smart order routing across venues: a {@link dev.hft.sor.VenueModel} per venue (fees and rebates, measured
 * latency, fill statistics, lot and tick rules, enabled / throttled / connected state), a {@link dev.hft.sor.Router}
 * that turns a parent order and a {@link dev.hft.book.ConsolidatedBook} into child orders under a
 * {@link dev.hft.sor.RoutingPolicy}, and the {@link dev.hft.sor.SmartOrderRouter} that owns parent and child orders:
 * it sends children through a {@link dev.hft.api.PreTradeCheck} and a {@link dev.hft.sor.ChildOrderSink}, re-routes
 * what comes back unfilled or rejected, and rolls fills up into the parent exactly once
 * ({@link dev.hft.sor.ParentOrderListener}).
 *
 * <p>Everything is preallocated; routing decisions and event handling allocate nothing. Single-threaded: one trading
 * thread makes every call.
 */
package dev.hft.sor;
