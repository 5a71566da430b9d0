package dev.hft.risk;

import dev.hft.api.RejectReason;

/** Hears post-trade limit breaches; called on the trading thread, must not block. */
@FunctionalInterface
public interface RiskListener {

    /** A listener that ignores everything. */
    RiskListener NO_OP = (scope, entityId, limit, action, value, limitValue) -> {
    };

    /**
     * Reports a breached post-trade limit, once per limit and entity per day (until
     * {@link RiskChecker#startOfDay(int)}).
     *
     * @param scope      the breached scope.
     * @param entityId   the entity (0 for GLOBAL).
     * @param limit      {@link RejectReason#DAILY_LOSS}, {@link RejectReason#DRAWDOWN}, or
     *                   {@link RejectReason#MESSAGE_RATE} for the fill-rate anomaly.
     * @param action     what was done.
     * @param value      the loss or drawdown (fixed-point) or the fill count.
     * @param limitValue the configured limit, same unit.
     */
    void onBreach(Scope scope, int entityId, RejectReason limit, BreachAction action, long value, long limitValue);
}
