package dev.hft.oms;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.timing.ManualClock;
import dev.hft.testkit.InMemoryVenueGateway;

/**
 * An order manager on two in-memory venues, a manual clock and a counting listener.
 */
final class Fixture {
    static final int VENUE = 0;
    static final int VENUE_B = 1;
    static final int INSTRUMENT = 3;
    static final long PX = FixedPoint.SCALE * 100;

    final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
    final CountingListener listener = new CountingListener();
    final OrderManager om;
    final InMemoryVenueGateway gw;
    final InMemoryVenueGateway gwB;
    long execId = 1;

    Fixture() {
        this(64, PreTradeCheck.ACCEPT_ALL, VenueCapabilities.ALL, FeeModel.NONE);
    }

    Fixture(final int capacity, final PreTradeCheck check, final VenueCapabilities caps, final FeeModel fees) {
        om = new OrderManager(capacity, 4, 16, 64, 1024, OrderIdGenerator.forSession(1_700_000_000L, 0), check, fees,
            clock, listener);
        gw = new InMemoryVenueGateway(VENUE, om, 1024);
        gwB = new InMemoryVenueGateway(VENUE_B, om, 1024);
        om.addVenue(gw, caps);
        om.addVenue(gwB, VenueCapabilities.ALL);
    }

    long buy(final long quantity) {
        return om.submit(1, VENUE, INSTRUMENT, Side.BUY, quantity, PX, OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
    }

    long sell(final long quantity, final long price) {
        return om.submit(1, VENUE, INSTRUMENT, Side.SELL, quantity, price, OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
    }

    OrderState state(final long id) {
        final int slot = om.find(id);
        return slot == OrderManager.NOT_FOUND ? null : om.state(slot);
    }

    long filled(final long id) {
        return om.filledQuantity(om.find(id));
    }

    void accept(final long id) {
        gw.accept(id, id + 1_000_000, clock.epochNanos());
    }

    void fill(final long id, final long quantity, final long leaves) {
        gw.fill(id, execId++, PX, quantity, leaves, Liquidity.ADDED, clock.epochNanos());
    }

    void fill(final long id, final long quantity, final long price, final long leaves) {
        gw.fill(id, execId++, price, quantity, leaves, Liquidity.REMOVED, clock.epochNanos());
    }

    void canceled(final long id, final long quantity) {
        gw.canceled(id, quantity, clock.epochNanos());
    }

    void cancelRejected(final long id) {
        gw.cancelRejected(id, RejectReason.TOO_LATE_TO_CANCEL, clock.epochNanos());
    }

    long refusals() {
        return om.invalidTransitions() + om.overfills() + om.unknownOrderEvents() + om.refusedRequests();
    }

    /** Counts callbacks. */
    static final class CountingListener implements OmsListener {
        int accepted;
        int rejected;
        int fills;
        int lateFills;
        int canceled;
        int replaced;
        int cancelRejected;
        int expired;
        int invalid;
        int overfills;
        long filledQuantity;

        @Override
        public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
            accepted++;
        }

        @Override
        public void onOrderRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            rejected++;
        }

        @Override
        public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId,
            final Side side, final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
            final Liquidity liquidity, final boolean lateFill, final long timestampNs) {
            fills++;
            filledQuantity += lastQuantity;
            if (lateFill) {
                lateFills++;
            }
        }

        @Override
        public void onOrderCanceled(final int strategyId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            canceled++;
        }

        @Override
        public void onOrderReplaced(final int strategyId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long leavesQuantity, final long timestampNs) {
            replaced++;
        }

        @Override
        public void onCancelRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            cancelRejected++;
        }

        @Override
        public void onOrderExpired(final int strategyId, final long clientOrderId, final long expiredQuantity,
            final long timestampNs) {
            expired++;
        }

        @Override
        public void onInvalidEvent(final int venueId, final long clientOrderId, final OrderState state,
            final OrderEvent event) {
            invalid++;
        }

        @Override
        public void onOverfill(final int venueId, final long clientOrderId, final long executionId,
            final long lastQuantity, final long filledQuantity, final long orderQuantity) {
            overfills++;
        }
    }
}
