package dev.hft.oms.algo;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.PegReference;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.FeeModel;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import dev.hft.oms.Scenario;
import dev.hft.oms.VenueCapabilities;
import dev.hft.timing.ManualClock;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded random mix of parent submissions (every type), parent cancels, trades, BBOs, timer runs and venue answers to
 * the children (accepts, partial and full fills, duplicate fills, cancels, rejects, replace confirmations and
 * refusals, expiries), driven into an order manager and its parent-order engine; deterministic for a seed.
 */
final class ParentScenario {
    static final int INSTRUMENTS = 4;
    static final int PARENTS = 64;
    static final long START_NS = 1_700_000_000_000_000_000L;
    private static final long ONE = FixedPoint.SCALE;

    final ManualClock clock = new ManualClock(0, START_NS);
    final OrderManager om;
    final InMemoryVenueGateway[] gateways;
    final ParentOrders parents;
    private final SplittableRandom random;
    private final long[] requestsRead = new long[2];
    private final List<Long> children = new ArrayList<>();
    private final List<long[]> replaces = new ArrayList<>();
    private final List<Long> parentIds = new ArrayList<>();
    private long executionId = 1;
    private long lastExecutionId;

    /** A scenario on a new order manager (no journal yet). */
    ParentScenario(final long seed) {
        om = newOrderManager(clock);
        gateways = addVenues(om);
        parents = new ParentOrders(om, PARENTS, INSTRUMENTS);
        random = new SplittableRandom(seed);
    }

    static OrderManager newOrderManager(final ManualClock clock) {
        final PreTradeCheck maxQuantity = (clientOrderId, strategyId, venueId, instrumentId, side, quantity,
            priceFixed, type, timeInForce, execInstructions) ->
            quantity > 450 ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;
        return new OrderManager(512, 2, INSTRUMENTS, 64, 4096, OrderIdGenerator.forSession(1_700_000_000L, 0),
            maxQuantity, FeeModel.perUnit(-20, 30), clock, new OmsListener() {
            });
    }

    static InMemoryVenueGateway[] addVenues(final OrderManager om) {
        final InMemoryVenueGateway[] gws = {new InMemoryVenueGateway(0, om, 256), new InMemoryVenueGateway(1, om, 256)};
        om.addVenue(gws[0], VenueCapabilities.ALL);
        om.addVenue(gws[1], VenueCapabilities.of(ExecInstructions.ALL, TimeInForce.DAY, TimeInForce.GTC));
        return gws;
    }

    /** A new order manager and engine rebuilt from a journal. */
    static ParentOrders recover(final dev.hft.oms.JournalSource source, final long[] records) {
        final ManualClock clock = new ManualClock(0, START_NS);
        final OrderManager om = newOrderManager(clock);
        addVenues(om);
        final ParentOrders parents = new ParentOrders(om, PARENTS, INSTRUMENTS);
        records[0] = om.recover(source, 1_700_000_000L);
        return parents;
    }

    void journal(final OrderJournal journal) {
        om.journal(journal);
    }

    private long price() {
        return 100 * ONE + (random.nextInt(41) - 20) * ONE / 10;
    }

    /** One step: one parent request, market data event, timer run or venue answer. */
    void step() {
        final long ts = clock.advance(200_000 + random.nextInt(800_000));
        final int op = random.nextInt(100);
        final int instrument = random.nextInt(INSTRUMENTS);
        if (op < 10) {
            submit(instrument, ts);
        } else if (op < 14) {
            final int n = parentIds.size();
            if (n > 0) {
                parents.cancel(parentIds.get(n - 1 - random.nextInt(Math.min(n, PARENTS))));
            }
        } else if (op < 30) {
            final long px = price();
            parents.onTrade(instrument, px, 1 + random.nextInt(300), random.nextBoolean() ? Side.BUY : Side.SELL, ts);
        } else if (op < 42) {
            final long bid = price();
            final long ask = bid + (1 + random.nextInt(3)) * ONE / 10;
            om.onBbo(instrument, bid, 10, ask, 10, ts);
            parents.onBbo(instrument, bid, 10, ask, 10, ts);
        } else if (op < 52) {
            om.doWork(ts);
            parents.doWork(ts);
        } else {
            answer(op, ts);
        }
        readRequests();
    }

    private void submit(final int instrument, final long ts) {
        final int venue = random.nextInt(2);
        final Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        final long quantity = 10 + random.nextInt(450);
        final int strategy = random.nextInt(3);
        final TimeInForce tif = TimeInForce.DAY;
        final int kind = random.nextInt(7);
        final long id;
        switch (kind) {
            case 0:
                id = parents.submitStop(strategy, venue, instrument, side, quantity, price(), FixedPoint.NULL_PRICE,
                    tif, ExecInstructions.NONE);
                break;
            case 1:
                id = parents.submitStop(strategy, venue, instrument, side, quantity, price(), price(), tif,
                    ExecInstructions.NONE);
                break;
            case 2:
                id = parents.submitTrailingStop(strategy, venue, instrument, side, quantity,
                    (1 + random.nextInt(10)) * ONE / 10, tif, ExecInstructions.NONE);
                break;
            case 3:
                id = parents.submitIceberg(strategy, venue, instrument, side, quantity, 5 + random.nextInt(100),
                    price(), tif, ExecInstructions.NONE);
                break;
            case 4:
                id = parents.submitPegged(strategy, venue, instrument, side, quantity,
                    PegReference.values()[random.nextInt(3)], random.nextInt(3) * ONE / 100,
                    random.nextBoolean() ? FixedPoint.NULL_PRICE : price(), random.nextInt(3_000_000), tif,
                    ExecInstructions.NONE);
                break;
            case 5:
                id = parents.submitTwap(strategy, venue, instrument, side, quantity,
                    random.nextBoolean() ? FixedPoint.NULL_PRICE : price(), ts + random.nextInt(5_000_000),
                    ts + 10_000_000 + random.nextInt(50_000_000), 1 + random.nextInt(8),
                    random.nextBoolean() ? 0 : 500 + random.nextInt(5_000), tif, ExecInstructions.NONE);
                break;
            default:
                final long[] profile = new long[1 + random.nextInt(10)];
                for (int i = 0; i < profile.length; i++) {
                    profile[i] = 1 + random.nextInt(100);
                }
                id = parents.submitVwap(strategy, venue, instrument, side, quantity,
                    random.nextBoolean() ? FixedPoint.NULL_PRICE : price(), ts, ts + 5_000_000
                        + random.nextInt(50_000_000), profile, random.nextBoolean() ? 0 : 1_000, tif,
                    ExecInstructions.NONE);
                break;
        }
        if (id > 0) {
            parentIds.add(id);
        }
    }

    private void answer(final int op, final long ts) {
        if (op >= 92 && !replaces.isEmpty()) {
            final long[] replace = replaces.remove(random.nextInt(replaces.size()));
            final InMemoryVenueGateway gw = gatewayOf(replace[1]);
            if (random.nextInt(4) == 0) {
                gw.cancelRejected(replace[1], RejectReason.TOO_LATE_TO_CANCEL, ts);
            } else {
                gw.replaced(replace[1], replace[0], replace[2], Math.max(1, remaining(replace[0])), ts);
            }
            return;
        }
        prune();
        if (children.isEmpty()) {
            return;
        }
        final long id = children.get(random.nextInt(children.size()));
        final InMemoryVenueGateway gw = gatewayOf(id);
        final long remaining = remaining(id);
        final int kind = random.nextInt(100);
        if (kind < 25) {
            gw.accept(id, id ^ 0x7777, ts);
        } else if (kind < 70) {
            final long quantity = random.nextInt(3) == 0 ? remaining : 1 + random.nextInt((int) Math.max(1,
                remaining));
            final boolean duplicate = random.nextInt(12) == 0 && lastExecutionId > 0;
            final long exec = duplicate ? lastExecutionId : executionId++;
            lastExecutionId = exec;
            gw.fill(id, exec, price(), quantity, Math.max(0, remaining - quantity),
                random.nextBoolean() ? Liquidity.ADDED : Liquidity.REMOVED, ts);
        } else if (kind < 82) {
            gw.canceled(id, remaining, ts);
        } else if (kind < 90) {
            gw.reject(id, RejectReason.VENUE_REJECT, ts);
        } else if (kind < 95) {
            gw.cancelRejected(id, RejectReason.TOO_LATE_TO_CANCEL, ts);
        } else {
            gw.expired(id, remaining, ts);
        }
    }

    private void prune() {
        for (int i = children.size() - 1; i >= 0; i--) {
            final int slot = om.find(children.get(i));
            if (slot == OrderManager.NOT_FOUND || om.state(slot).isTerminal()) {
                children.remove(i);
            }
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

    private void readRequests() {
        for (int v = 0; v < gateways.length; v++) {
            final InMemoryVenueGateway gw = gateways[v];
            while (requestsRead[v] < gw.requestCount()) {
                final int offset = gw.recordOffset(requestsRead[v]++);
                final byte kind = gw.buffer().getByte(offset + InMemoryVenueGateway.KIND_OFFSET);
                final long id = gw.buffer().getLong(offset + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET);
                if (kind == InMemoryVenueGateway.NEW_ORDER) {
                    children.add(id);
                } else if (kind == InMemoryVenueGateway.REPLACE) {
                    replaces.add(new long[] {
                        gw.buffer().getLong(offset + InMemoryVenueGateway.ORIG_CLIENT_ORDER_ID_OFFSET), id,
                        gw.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET)});
                }
            }
        }
    }

    /** Everything a recovery must rebuild, orders and parents, as text. */
    static String snapshot(final ParentOrders parents, final OrderManager om) {
        final TreeMap<Long, String> byId = new TreeMap<>();
        int readable = 0;
        for (int slot = 0; slot < PARENTS; slot++) {
            final String text = parents.describe(slot);
            final long id = Long.parseLong(text.substring(0, text.indexOf(' ')));
            if (id != 0 && parents.find(id) == slot) {
                byId.put(id, text);
                readable++;
            }
        }
        final StringBuilder sb = new StringBuilder(Scenario.snapshot(om));
        byId.values().forEach(text -> sb.append(text).append('\n'));
        sb.append("parents=").append(readable).append(" active=").append(parents.activeParents()).append(" triggers=")
            .append(parents.triggers()).append(" repegs=").append(parents.repegs()).append(" childRejects=")
            .append(parents.childRejects()).append('\n');
        return sb.toString();
    }

    String snapshot() {
        return snapshot(parents, om);
    }

    /** Counts of parent states reached so far (tests check the scenario exercises them). */
    String coverage() {
        final TreeMap<String, Integer> counts = new TreeMap<>();
        for (int slot = 0; slot < PARENTS; slot++) {
            final String text = parents.describe(slot);
            final String[] words = text.split(" ");
            if ("0".equals(words[0])) {
                continue;
            }
            counts.merge(words[1] + "/" + words[2], 1, Integer::sum);
        }
        return counts.toString();
    }

    OrderState childState(final long id) {
        final int slot = om.find(id);
        return slot == OrderManager.NOT_FOUND ? null : om.state(slot);
    }
}
