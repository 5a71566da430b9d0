package dev.hft.api;

/**
 * Local order types held by the order manager (hft-oms {@code ParentOrders}) and a strategy's parent order requests.
 */
public enum ParentOrderType {

    /** Stop: released as a MARKET child when a trade prints at or through the stop price. */
    STOP,

    /** Stop-limit: released as a LIMIT child at the limit price when a trade prints at or through the stop price. */
    STOP_LIMIT,

    /** Trailing stop: the stop follows the best trade price by a fixed distance; released as MARKET. */
    TRAILING_STOP,

    /** Iceberg: shows a display quantity at a time and refreshes it when it fills. */
    ICEBERG,

    /** Pegged: a LIMIT child at a reference price plus offset, repriced when the BBO moves. */
    PEGGED,

    /** TWAP: equal slices over a horizon. */
    TWAP,

    /** VWAP: slices over a horizon following a volume profile. */
    VWAP
}
