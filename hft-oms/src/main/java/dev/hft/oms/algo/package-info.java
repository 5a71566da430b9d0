/**
 * Parent orders with local order types (stop, stop-limit, trailing stop, iceberg, pegged, TWAP, VWAP): held and
 * worked by {@link dev.hft.oms.algo.ParentOrders}, which releases child orders through the
 * {@link dev.hft.oms.OrderManager} (and so through its pre-trade check), driven by market data and a timer.
 */
package dev.hft.oms.algo;
