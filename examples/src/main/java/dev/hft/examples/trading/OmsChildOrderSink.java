package dev.hft.examples.trading;

import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.sor.ChildOrderSink;

/**
 * The smart order router's children as OMS orders: every child is an {@link OrderManager#submit} with the parent's
 * id, so it is booked, journaled, passes the OMS's pre-trade check (the {@link dev.hft.risk.RiskChecker}) and goes out
 * through the venue's gateway registered with the OMS; cancels go through {@link OrderManager#cancel}. The router is
 * then given {@link dev.hft.api.PreTradeCheck#ACCEPT_ALL}, so nothing is checked or counted twice. The gateways'
 * events must reach both the OMS and the router (an {@link dev.hft.api.OrderEventFanOut}).
 *
 * <p>{@link #peekClientOrderId()} is the id after the highest the OMS has booked (the session's first id
 * before any): exact unless the OMS refuses an
 * order in between (a refused order also uses an id); the router only uses it to name a child refused before it
 * left. Allocation-free; trading thread only.
 */
public final class OmsChildOrderSink implements ChildOrderSink {
    private final OrderManager oms;
    private RejectReason lastRejectReason = RejectReason.NONE;
    private long sent;
    private long refused;

    /**
     * Creates a sink over an order manager.
     *
     * @param oms the order manager, with every venue's gateway added.
     */
    public OmsChildOrderSink(final OrderManager oms) {
        this.oms = oms;
    }

    @Override
    public long peekClientOrderId() {
        final long highest = oms.highestOrderId();
        return highest > 0 ? highest + 1 : (oms.idGenerator().sessionPrefix() << OrderIdGenerator.COUNTER_BITS) + 1;
    }

    @Override
    public long send(
        final long parentOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        final long id = oms.submit(strategyId, parentOrderId, venueId, instrumentId, side, quantity, priceFixed, type,
            timeInForce, execInstructions, 0);
        if (id > 0) {
            lastRejectReason = RejectReason.NONE;
            sent++;
            return id;
        }
        refused++;
        lastRejectReason = id == Result.REJECTED ? oms.lastRejectReason() : RejectReason.NONE;
        return id == 0 ? Result.INVALID_ARGUMENT : id;
    }

    @Override
    public int cancel(final int venueId, final long clientOrderId) {
        return oms.cancel(clientOrderId);
    }

    @Override
    public RejectReason lastRejectReason() {
        return lastRejectReason;
    }

    /**
     * Children the OMS took.
     *
     * @return the count.
     */
    public long sent() {
        return sent;
    }

    /**
     * Children the OMS refused (pre-trade check, pool, gateway).
     *
     * @return the count.
     */
    public long refused() {
        return refused;
    }
}
