package dev.hft.backtest.matching;

import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.SyntheticOrderFlow;

/** A {@link MatchingEngine} as the test kit's {@link SyntheticOrderFlow.Engine}: every call forwarded. */
final class FlowEngine implements SyntheticOrderFlow.Engine {
    private final MatchingEngine engine;

    FlowEngine(final MatchingEngine engine) {
        this.engine = engine;
    }

    @Override
    public long submit(final int instrumentId, final long ownerId, final long clientOrderId, final Side side,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions, final long priceFixed,
        final long quantity) {
        return engine.submit(instrumentId, ownerId, clientOrderId, side, type, timeInForce, execInstructions,
            priceFixed, quantity);
    }

    @Override
    public long cancel(final long ownerId, final long orderId) {
        return engine.cancel(ownerId, orderId);
    }

    @Override
    public long leavesQuantity(final long orderId) {
        return engine.leavesQuantity(orderId);
    }
}
