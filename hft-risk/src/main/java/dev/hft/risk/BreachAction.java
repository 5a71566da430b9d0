package dev.hft.risk;

/** What a breached post-trade limit (daily loss, drawdown, fill rate) or a venue disconnect does. */
public enum BreachAction {

    /** Nothing beyond the audit record and the listener call. */
    NONE,

    /** The breached scope's trading state becomes {@link TradingState#REDUCE_ONLY} (never less restrictive). */
    REDUCE_ONLY,

    /** The kill switch is triggered: every new order is refused and every open order is canceled. */
    KILL_SWITCH
}
