package dev.hft.risk;

/**
 * The four kinds of scope a limit or a trading state applies to. Every order belongs to exactly one entity of each:
 * the checker as a whole, its instrument, its strategy and its account (dense {@code int} ids from 0).
 */
public enum Scope {

    /** The whole checker: one entity, id 0. Per-instrument limits at this scope apply to each instrument's total. */
    GLOBAL,

    /** One instrument, totalled over every strategy and account. */
    INSTRUMENT,

    /** One strategy; positions are per (strategy, instrument), exposure and P&amp;L per strategy. */
    STRATEGY,

    /** One account; positions are per (account, instrument), exposure and P&amp;L per account. */
    ACCOUNT
}
