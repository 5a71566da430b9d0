package dev.hft.examples.trading;

import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * The OMS's pre-trade check: the risk checker, with every refusal counted by reason and strategy for the report.
 * Allocation-free; trading thread only.
 */
final class CountingCheck implements PreTradeCheck {
    private static final RejectReason[] REASONS = RejectReason.values();

    private final PreTradeCheck check;
    private final long[] rejects;

    CountingCheck(final PreTradeCheck check, final int strategies) {
        this.check = check;
        this.rejects = new long[strategies * REASONS.length];
    }

    private RejectReason count(final int strategyId, final RejectReason reason) {
        if (reason != RejectReason.NONE && strategyId >= 0 && strategyId * REASONS.length < rejects.length) {
            rejects[strategyId * REASONS.length + reason.ordinal()]++;
        }
        return reason;
    }

    @Override
    public RejectReason check(final long clientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long quantity, final long priceFixed, final OrderType type,
        final TimeInForce timeInForce, final int execInstructions) {
        return count(strategyId, check.check(clientOrderId, strategyId, venueId, instrumentId, side, quantity,
            priceFixed, type, timeInForce, execInstructions));
    }

    @Override
    public RejectReason checkReplace(final long origClientOrderId, final long newClientOrderId, final int strategyId,
        final int venueId, final int instrumentId, final Side side, final long newQuantity, final long newPriceFixed,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        return count(strategyId, check.checkReplace(origClientOrderId, newClientOrderId, strategyId, venueId,
            instrumentId, side, newQuantity, newPriceFixed, type, timeInForce, execInstructions));
    }

    @Override
    public boolean onOrderSent(final long clientOrderId, final int strategyId, final int venueId,
        final int instrumentId, final Side side, final long quantity, final long priceFixed) {
        return check.onOrderSent(clientOrderId, strategyId, venueId, instrumentId, side, quantity, priceFixed);
    }

    @Override
    public boolean onReplaceSent(final long origClientOrderId, final long newClientOrderId, final long newQuantity,
        final long newPriceFixed) {
        return check.onReplaceSent(origClientOrderId, newClientOrderId, newQuantity, newPriceFixed);
    }

    /**
     * Refusals of one strategy for one reason.
     *
     * @param strategyId the strategy.
     * @param reason     the reason.
     * @return the count.
     */
    long rejects(final int strategyId, final RejectReason reason) {
        return rejects[strategyId * REASONS.length + reason.ordinal()];
    }
}
