package dev.hft.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class InterfaceDefaultsTest {

    @Test
    void shouldLetAStrategyOverrideOnlyTheEventsItNeeds() {
        final List<String> events = new ArrayList<>();
        final MarketDataListener strategy = new MarketDataListener() {
            @Override
            public void onBbo(
                final int instrumentId,
                final long bidPriceFixed,
                final long bidQuantity,
                final long askPriceFixed,
                final long askQuantity,
                final long timestampNs) {
                events.add("bbo " + instrumentId + " " + FixedPoint.format(bidPriceFixed) + "x" + bidQuantity
                    + " " + FixedPoint.format(askPriceFixed) + "x" + askQuantity);
            }
        };

        strategy.onBbo(3, 10_000_000_000L, 200, FixedPoint.NULL_PRICE, 0, 1L);
        strategy.onTrade(3, 10_000_000_000L, 100, Side.UNKNOWN, 2L);
        strategy.onLevelChange(3, Side.BUY, 10_000_000_000L, 0, 3L);
        strategy.onTradingStatus(3, TradingStatus.HALTED, 4L);
        strategy.onBatchEnd(5L);

        assertEquals(List.of("bbo 3 100x200 NULLx0"), events);
    }

    @Test
    void shouldLetAnOrderManagerOverrideOnlyTheReportsItNeeds() {
        final List<String> events = new ArrayList<>();
        final OrderEventListener fills = new OrderEventListener() {
            @Override
            public void onFill(
                final int venueId,
                final long clientOrderId,
                final long executionId,
                final long lastPriceFixed,
                final long lastQuantity,
                final long leavesQuantity,
                final Liquidity liquidity,
                final long timestampNs) {
                events.add("fill " + clientOrderId + " " + lastQuantity + "@" + FixedPoint.format(lastPriceFixed)
                    + " leaves " + leavesQuantity + " " + liquidity);
            }
        };

        fills.onAccepted(0, 7, 900, 1L);
        fills.onRejected(0, 8, RejectReason.VENUE_REJECT, 2L);
        fills.onFill(0, 7, 555, 10_001_000_000L, 40, 60, Liquidity.ADDED, 3L);
        fills.onCanceled(0, 7, 60, RejectReason.NONE, 4L);
        fills.onReplaced(0, 9, 7, 10_000_000_000L, 60, 5L);
        fills.onCancelRejected(0, 9, RejectReason.TOO_LATE_TO_CANCEL, 6L);
        fills.onExpired(0, 9, 60, 7L);

        assertEquals(List.of("fill 7 40@100.01 leaves 60 ADDED"), events);
    }

    @Test
    void shouldDefaultToNoMassCancelAndNoLocalReject() {
        final VenueGateway gateway = new VenueGateway() {
            @Override
            public int venueId() {
                return 0;
            }

            @Override
            public int newOrder(
                final long clientOrderId,
                final int instrumentId,
                final Side side,
                final long quantity,
                final long priceFixed,
                final OrderType type,
                final TimeInForce timeInForce,
                final int execInstructions) {
                return Result.OK;
            }

            @Override
            public int cancelOrder(final long clientOrderId) {
                return Result.UNKNOWN_ORDER;
            }

            @Override
            public int replaceOrder(
                final long origClientOrderId,
                final long newClientOrderId,
                final long quantity,
                final long priceFixed) {
                return Result.UNKNOWN_ORDER;
            }

            @Override
            public boolean isConnected() {
                return true;
            }
        };

        assertEquals(Result.UNSUPPORTED, gateway.cancelAll(Instrument.NULL_INSTRUMENT_ID));
        assertEquals(Result.UNSUPPORTED, gateway.cancelAll(0));
        assertSame(RejectReason.NONE, gateway.lastRejectReason());
    }
}
