/**
 * Pre-trade risk, post-trade limits and the kill switch.
 *
 * <p>{@link dev.hft.risk.RiskChecker} checks every child order against limits configured per instrument, strategy,
 * account and globally ({@link dev.hft.risk.RiskConfig}, {@link dev.hft.risk.Limits}, loadable from YAML through
 * Chronicle Wire), keeps aggregates only (open orders, positions, exposure, P&amp;L) from the order ledger's deltas,
 * runs the post-trade limits (daily loss, drawdown, fill rate) and audits every decision through
 * {@link dev.hft.risk.audit.AuditLog}. {@link dev.hft.risk.KillSwitch} blocks new orders from any thread at once and
 * cancels every open order on every venue on the trading thread's next duty cycle.
 *
 * <p>Everything here runs on the trading thread and allocates nothing in steady state, except
 * {@link dev.hft.risk.KillSwitch#trigger} (any thread) and configuration (start-up).
 */
package dev.hft.risk;
