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

import java.util.SplittableRandom;
import dev.hft.testkit.InMemoryVenueGateway;

/**
 * A seeded random mix of requests and venue events (valid and invalid: duplicates, overfills, late fills, events in
 * the wrong state) driven into an order manager, deterministic for a seed.
 */
public final class Scenario {
    static final int INSTRUMENTS = 4;
    static final int STRATEGIES = 3;

    private final OrderManager om;
    private final InMemoryVenueGateway[] gateways;
    private final ManualClock clock;
    private final SplittableRandom random;
    private final long[] recent = new long[128];
    private int recentCount;
    private long executionId = 1;

    public Scenario(final OrderManager om, final InMemoryVenueGateway[] gateways, final ManualClock clock,
        final long seed) {
        this.om = om;
        this.gateways = gateways;
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    public static OrderManager newOrderManager(final ManualClock clock) {
        return new OrderManager(256, 2, INSTRUMENTS, 64, 4096, OrderIdGenerator.forSession(1_700_000_000L, 0),
            PreTradeCheck.ACCEPT_ALL, FeeModel.perUnit(-20, 30), clock, new OmsListener() {
            });
    }

    public static InMemoryVenueGateway[] addVenues(final OrderManager om) {
        final InMemoryVenueGateway[] gws = {new InMemoryVenueGateway(0, om, 64), new InMemoryVenueGateway(1, om, 64)};
        om.addVenue(gws[0], VenueCapabilities.ALL);
        om.addVenue(gws[1], VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.DAY, TimeInForce.GTC));
        return gws;
    }

    private long pick() {
        return recentCount == 0 ? 1 : recent[random.nextInt(Math.min(recentCount, recent.length))];
    }

    private void remember(final long id) {
        if (id > 0) {
            recent[recentCount++ % recent.length] = id;
        }
    }

    private InMemoryVenueGateway gatewayOf(final long id) {
        final int slot = om.find(id);
        return gateways[slot == OrderManager.NOT_FOUND ? 0 : om.venueId(slot)];
    }

    private long remaining(final long id) {
        final int slot = om.find(id);
        return slot == OrderManager.NOT_FOUND ? 1 : Math.max(0, om.quantity(slot) - om.filledQuantity(slot));
    }

    /** One step: one request or one venue event. */
    public void step() {
        clock.advance(1_000 + random.nextInt(1_000));
        final long ts = clock.epochNanos();
        final int op = random.nextInt(100);
        if (op < 20) {
            final int venue = random.nextInt(2);
            final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            final long price = (100 + random.nextInt(10)) * FixedPoint.SCALE + random.nextInt(100) * 1_000_000L;
            final TimeInForce tif = random.nextInt(4) == 0 ? TimeInForce.IOC : TimeInForce.DAY;
            if (random.nextInt(20) == 0) {
                gateways[venue].failNext(-1);
            }
            remember(om.submit(random.nextInt(STRATEGIES), 0, venue, random.nextInt(INSTRUMENTS), side,
                1 + random.nextInt(500), price, OrderType.LIMIT, tif, ExecInstructions.NONE, 0));
            return;
        }
        final long id = pick();
        final InMemoryVenueGateway gw = gatewayOf(id);
        if (op < 35) {
            gw.accept(id, id ^ 0x5555, ts);
        } else if (op < 65) {
            final long remaining = remaining(id);
            final long quantity = 1 + random.nextInt((int) Math.min(remaining + 2, 300));
            final long exec = random.nextInt(10) == 0 ? Math.max(1, executionId - 1 - random.nextInt(5))
                : executionId++;
            final long price = (100 + random.nextInt(10)) * FixedPoint.SCALE;
            gw.fill(id, exec, price, quantity, Math.max(0, remaining - quantity),
                random.nextBoolean() ? Liquidity.ADDED : Liquidity.REMOVED, ts);
        } else if (op < 72) {
            om.cancel(id);
        } else if (op < 78) {
            gw.canceled(id, remaining(id), ts);
        } else if (op < 84) {
            remember(om.replace(id, remaining(id) + 1 + random.nextInt(100),
                (101 + random.nextInt(5)) * FixedPoint.SCALE));
        } else if (op < 90) {
            final long newId = id + (random.nextBoolean() ? 1 : 0);
            gw.replaced(newId, id - (newId == id ? 1 : 0), 102 * FixedPoint.SCALE, 1 + random.nextInt(50), ts);
        } else if (op < 94) {
            gw.cancelRejected(id, RejectReason.TOO_LATE_TO_CANCEL, ts);
        } else if (op < 97) {
            gw.reject(id, RejectReason.VENUE_REJECT, ts);
        } else {
            gw.expired(id, remaining(id), ts);
        }
    }

    /** Everything a recovery must rebuild, as text. */
    public static String snapshot(final OrderManager om) {
        final StringBuilder sb = new StringBuilder();
        final java.util.TreeMap<Long, String> orders = new java.util.TreeMap<>();
        for (int slot = 0; slot < om.capacity(); slot++) {
            if (om.isInUse(slot)) {
                orders.put(om.clientOrderId(slot), om.state(slot) + " q=" + om.quantity(slot) + " f="
                    + om.filledQuantity(slot) + " px=" + om.price(slot) + " v=" + om.venueId(slot) + " vid="
                    + om.venueOrderId(slot) + " i=" + om.instrumentId(slot) + " s=" + om.strategyId(slot) + " "
                    + om.side(slot) + " " + om.timeInForce(slot) + " lf=" + om.localFlags(slot) + " acc="
                    + om.isAccepted(slot) + " p=" + om.parentOrderId(slot));
            }
        }
        orders.forEach((id, text) -> sb.append(id).append(' ').append(text).append('\n'));
        final Positions p = om.positions();
        for (int slot = 0; slot < p.size(); slot++) {
            sb.append("pos ").append(p.instrumentId(slot)).append('/').append(p.strategyId(slot)).append('/')
                .append(p.venueId(slot)).append(" q=").append(p.quantity(slot)).append(" cost=")
                .append(p.openCost(slot)).append(" rpnl=").append(p.realizedPnl(slot)).append(" fees=")
                .append(p.fees(slot)).append(" b=").append(p.boughtQuantity(slot)).append(" s=")
                .append(p.soldQuantity(slot)).append('\n');
        }
        sb.append("live=").append(om.liveOrders()).append(" invalid=").append(om.invalidTransitions())
            .append(" unknown=").append(om.unknownOrderEvents()).append(" dup=").append(om.duplicateFills())
            .append(" over=").append(om.overfills()).append(" late=").append(om.lateFills())
            .append(" racing=").append(om.racingFills()).append(" sendFail=").append(om.sendFailures())
            .append(" highest=").append(om.highestOrderId()).append('\n');
        return sb.toString();
    }
}
