package dev.hft.engine;

import java.util.Arrays;

import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderType;
import dev.hft.api.PegReference;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueRegistry;
import dev.hft.api.strategy.BookView;
import dev.hft.api.strategy.OrderView;
import dev.hft.api.strategy.ParentOrderRequest;
import dev.hft.api.strategy.PositionView;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.api.strategy.StrategyParameters;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;

/**
 * One strategy's {@link StrategyContext}: order entry through the engine's order manager, router and parent orders
 * under the strategy's id, its positions, orders and books, timers and parameters. Trading thread only;
 * allocation-free except {@link OrderView#forEachOpen} over a very large pool (it sorts ids).
 */
final class StrategyRuntime implements StrategyContext, OrderView {
    final int id;
    final String name;
    final Strategy strategy;
    final StrategyPositions positions;
    final boolean[] subscribed;
    final boolean[] allowedVenues;
    boolean touched;
    boolean started;
    int[] configuredInstruments = new int[0];
    private final EngineCore core;
    private final StrategyParameters parameters;
    private final Request request = new Request();
    private final long[] openIds;
    private RejectReason lastRejectReason = RejectReason.NONE;

    StrategyRuntime(final EngineCore core, final int id, final String name, final Strategy strategy,
        final StrategyParameters parameters, final boolean[] allowedVenues) {
        this.core = core;
        this.id = id;
        this.name = name;
        this.strategy = strategy;
        this.parameters = parameters;
        this.allowedVenues = allowedVenues;
        this.positions = new StrategyPositions(core.oms.positions(), id, core.venueCount);
        this.subscribed = new boolean[core.books.length];
        this.openIds = new long[core.oms.capacity()];
    }

    @Override
    public int strategyId() {
        return id;
    }

    @Override
    public int subscribe(final int instrumentId) {
        if (instrumentId < 0 || instrumentId >= subscribed.length) {
            return Result.INVALID_ARGUMENT;
        }
        if (!subscribed[instrumentId]) {
            subscribed[instrumentId] = true;
            core.subscribe(this, instrumentId);
        }
        return Result.OK;
    }

    @Override
    public long submit(
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        core.mark(EngineProbe.DECIDED);
        if (venueId < 0 || venueId >= allowedVenues.length || !allowedVenues[venueId] || type == null
            || timeInForce == null || side == null) {
            return refused(Result.INVALID_ARGUMENT, RejectReason.NONE);
        }
        if (core.killSwitch.isEngaged()) {
            return refused(Result.REJECTED, RejectReason.KILL_SWITCH);
        }
        final long result = core.oms.submit(id, venueId, instrumentId, side, quantity, priceFixed, type, timeInForce,
            execInstructions);
        if (result > 0) {
            lastRejectReason = RejectReason.NONE;
            return result;
        }
        return refused(result == 0 ? Result.INVALID_ARGUMENT : result,
            result == Result.REJECTED ? core.oms.lastRejectReason() : RejectReason.NONE);
    }

    private long refused(final long code, final RejectReason reason) {
        lastRejectReason = reason;
        core.refused(id, reason);
        return code;
    }

    @Override
    public int cancel(final long orderId) {
        core.mark(EngineProbe.DECIDED);
        final OrderManager oms = core.oms;
        final int slot = oms.find(orderId);
        if (slot != OrderManager.NOT_FOUND) {
            if (oms.strategyId(slot) != id || oms.state(slot).isTerminal()) {
                return Result.UNKNOWN_ORDER;
            }
            final int result = oms.cancel(orderId);
            if (result == Result.REJECTED) {
                lastRejectReason = oms.lastRejectReason();
                core.refused(id, lastRejectReason);
            }
            return result;
        }
        return core.cancelParent(id, orderId);
    }

    @Override
    public long replace(final long orderId, final long quantity, final long priceFixed) {
        core.mark(EngineProbe.DECIDED);
        final OrderManager oms = core.oms;
        final int slot = oms.find(orderId);
        if (slot == OrderManager.NOT_FOUND || oms.strategyId(slot) != id || oms.state(slot).isTerminal()) {
            return Result.UNKNOWN_ORDER;
        }
        if (oms.parentOrderId(slot) != 0) {
            return Result.UNSUPPORTED;
        }
        final long result = oms.replace(orderId, quantity, priceFixed);
        if (result > 0) {
            lastRejectReason = RejectReason.NONE;
            return result;
        }
        return refused(result == 0 ? Result.INVALID_ARGUMENT : result,
            result == Result.REJECTED ? oms.lastRejectReason() : RejectReason.NONE);
    }

    @Override
    public int cancelAll(final int instrumentId) {
        int sent = core.cancelParents(id, instrumentId);
        final OrderManager oms = core.oms;
        final int capacity = oms.capacity();
        for (int slot = 0; slot < capacity; slot++) {
            if (oms.isInUse(slot) && oms.strategyId(slot) == id && isWorking(oms.state(slot))
                && oms.parentOrderId(slot) == 0
                && (instrumentId == Instrument.NULL_INSTRUMENT_ID || oms.instrumentId(slot) == instrumentId)
                && oms.cancel(oms.clientOrderId(slot)) >= 0) {
                sent++;
            }
        }
        return sent;
    }

    private static boolean isWorking(final OrderState state) {
        return state == OrderState.PENDING_NEW || state == OrderState.NEW || state == OrderState.PARTIALLY_FILLED;
    }

    @Override
    public ParentOrderRequest parentOrder() {
        return request.reset();
    }

    @Override
    public RejectReason lastRejectReason() {
        return lastRejectReason;
    }

    @Override
    public PositionView positions() {
        return positions;
    }

    @Override
    public OrderView orders() {
        return this;
    }

    @Override
    public BookView books() {
        return core.bookView;
    }

    @Override
    public long nowNs() {
        return core.epochClock.epochNanos();
    }

    @Override
    public long scheduleTimer(final long deadlineNs) {
        final long timerId = core.timers.schedule(id, deadlineNs);
        return timerId < 0 ? Result.REJECTED : timerId;
    }

    @Override
    public int cancelTimer(final long timerId) {
        return core.timers.cancel(id, timerId) ? Result.OK : Result.UNKNOWN_ORDER;
    }

    @Override
    public StrategyParameters parameters() {
        return parameters;
    }

    @Override
    public InstrumentRegistry instruments() {
        return core.instruments;
    }

    @Override
    public VenueRegistry venues() {
        return core.venues;
    }

    // ------------------------------------------------------------------------------------------- OrderView

    private int ownSlot(final long orderId) {
        final int slot = core.oms.find(orderId);
        return slot != OrderManager.NOT_FOUND && core.oms.strategyId(slot) == id ? slot : OrderManager.NOT_FOUND;
    }

    @Override
    public boolean isOpen(final long orderId) {
        final int slot = ownSlot(orderId);
        if (slot != OrderManager.NOT_FOUND) {
            return !core.oms.state(slot).isTerminal();
        }
        return core.isParentOpen(id, orderId);
    }

    @Override
    public int openOrders() {
        final OrderManager oms = core.oms;
        int count = 0;
        final int capacity = oms.capacity();
        for (int slot = 0; slot < capacity; slot++) {
            if (oms.isInUse(slot) && oms.strategyId(slot) == id && !oms.state(slot).isTerminal()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public long leavesQuantity(final long orderId) {
        final int slot = ownSlot(orderId);
        return slot == OrderManager.NOT_FOUND ? UNKNOWN : core.oms.leavesQuantity(slot);
    }

    @Override
    public long filledQuantity(final long orderId) {
        final int slot = ownSlot(orderId);
        if (slot == OrderManager.NOT_FOUND) {
            return core.parentFilled(id, orderId);
        }
        return core.oms.filledQuantity(slot);
    }

    @Override
    public long priceFixed(final long orderId) {
        final int slot = ownSlot(orderId);
        if (slot == OrderManager.NOT_FOUND) {
            return UNKNOWN;
        }
        return core.oms.orderType(slot).hasLimitPrice() ? core.oms.price(slot) : FixedPoint.NULL_PRICE;
    }

    @Override
    public Side side(final long orderId) {
        final int slot = ownSlot(orderId);
        return slot == OrderManager.NOT_FOUND ? Side.UNKNOWN : core.oms.side(slot);
    }

    @Override
    public long parentId(final long orderId) {
        final int slot = ownSlot(orderId);
        return slot == OrderManager.NOT_FOUND ? UNKNOWN : core.oms.parentOrderId(slot);
    }

    @Override
    public int forEachOpen(final OpenOrderVisitor visitor) {
        final OrderManager oms = core.oms;
        int count = 0;
        final int capacity = oms.capacity();
        for (int slot = 0; slot < capacity; slot++) {
            if (oms.isInUse(slot) && oms.strategyId(slot) == id && !oms.state(slot).isTerminal()) {
                openIds[count++] = oms.clientOrderId(slot);
            }
        }
        Arrays.sort(openIds, 0, count);
        for (int i = 0; i < count; i++) {
            final int slot = oms.find(openIds[i]);
            visitor.onOpenOrder(openIds[i], oms.venueId(slot), oms.instrumentId(slot), oms.side(slot),
                oms.price(slot), oms.leavesQuantity(slot));
        }
        return count;
    }

    // ------------------------------------------------------------------------------------- parent request

    /** The context's one {@link ParentOrderRequest}. */
    private final class Request implements ParentOrderRequest {
        private static final int ROUTED = 0;
        private static final int STOP = 1;
        private static final int TRAILING = 2;
        private static final int ICEBERG = 3;
        private static final int PEGGED = 4;
        private static final int TWAP = 5;
        private static final int VWAP = 6;
        private static final int NONE = -1;

        private int kind;
        private int venueId;
        private int instrumentId;
        private Side side;
        private long quantity;
        private long limitPrice;
        private long stopPrice;
        private long trail;
        private long display;
        private PegReference pegReference;
        private long offset;
        private long minRepegIntervalNs;
        private long startNs;
        private long endNs;
        private int slices;
        private long[] profile;
        private TimeInForce timeInForce;
        private int execInstructions;
        private int participationCapBps;
        private boolean bad;

        Request reset() {
            kind = NONE;
            venueId = -1;
            instrumentId = -1;
            side = Side.UNKNOWN;
            quantity = 0;
            limitPrice = FixedPoint.NULL_PRICE;
            stopPrice = FixedPoint.NULL_PRICE;
            trail = 0;
            display = 0;
            pegReference = null;
            offset = 0;
            minRepegIntervalNs = 0;
            startNs = 0;
            endNs = 0;
            slices = 0;
            profile = null;
            timeInForce = TimeInForce.DAY;
            execInstructions = 0;
            participationCapBps = 0;
            bad = false;
            return this;
        }

        private Request kind(final int value) {
            bad |= kind != NONE;
            kind = value;
            return this;
        }

        @Override
        public ParentOrderRequest routed() {
            return kind(ROUTED);
        }

        @Override
        public ParentOrderRequest stop(final long stopPriceFixed) {
            stopPrice = stopPriceFixed;
            return kind(STOP);
        }

        @Override
        public ParentOrderRequest trailingStop(final long trailFixed) {
            trail = trailFixed;
            return kind(TRAILING);
        }

        @Override
        public ParentOrderRequest iceberg(final long displayQuantity) {
            display = displayQuantity;
            return kind(ICEBERG);
        }

        @Override
        public ParentOrderRequest pegged(final PegReference reference, final long offsetFixed,
            final long minRepegIntervalNs) {
            this.pegReference = reference;
            this.offset = offsetFixed;
            this.minRepegIntervalNs = minRepegIntervalNs;
            return kind(PEGGED);
        }

        @Override
        public ParentOrderRequest twap(final long startNs, final long endNs, final int slices) {
            this.startNs = startNs;
            this.endNs = endNs;
            this.slices = slices;
            return kind(TWAP);
        }

        @Override
        public ParentOrderRequest vwap(final long startNs, final long endNs, final long[] volumeProfile) {
            this.startNs = startNs;
            this.endNs = endNs;
            this.profile = volumeProfile;
            return kind(VWAP);
        }

        @Override
        public ParentOrderRequest venue(final int venueId) {
            this.venueId = venueId;
            return this;
        }

        @Override
        public ParentOrderRequest instrument(final int instrumentId) {
            this.instrumentId = instrumentId;
            return this;
        }

        @Override
        public ParentOrderRequest side(final Side side) {
            this.side = side;
            return this;
        }

        @Override
        public ParentOrderRequest quantity(final long quantity) {
            this.quantity = quantity;
            return this;
        }

        @Override
        public ParentOrderRequest limitPrice(final long limitPriceFixed) {
            this.limitPrice = limitPriceFixed;
            return this;
        }

        @Override
        public ParentOrderRequest timeInForce(final TimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        @Override
        public ParentOrderRequest execInstructions(final int execInstructions) {
            this.execInstructions = execInstructions;
            return this;
        }

        @Override
        public ParentOrderRequest participationCapBps(final int participationCapBps) {
            this.participationCapBps = participationCapBps;
            return this;
        }

        @Override
        public long submit() {
            core.mark(EngineProbe.DECIDED);
            if (bad || kind == NONE || instrumentId < 0 || instrumentId >= subscribed.length
                || (side != Side.BUY && side != Side.SELL) || quantity <= 0 || timeInForce == null
                || (kind != ROUTED && (venueId < 0 || venueId >= allowedVenues.length || !allowedVenues[venueId]))) {
                return refused(Result.INVALID_ARGUMENT, RejectReason.NONE);
            }
            if (core.killSwitch.isEngaged()) {
                return refused(Result.REJECTED, RejectReason.KILL_SWITCH);
            }
            final long result = core.submitParent(StrategyRuntime.this, kind == ROUTED, this);
            if (result > 0) {
                lastRejectReason = RejectReason.NONE;
                return result;
            }
            return refused(result, result == Result.REJECTED ? RejectReason.MAX_OPEN_ORDERS : RejectReason.NONE);
        }

        long sendLocal() {
            final dev.hft.oms.algo.ParentOrders parents = core.parents;
            switch (kind) {
                case STOP:
                    return parents.submitStop(id, venueId, instrumentId, side, quantity, stopPrice, limitPrice,
                        timeInForce, execInstructions);
                case TRAILING:
                    return parents.submitTrailingStop(id, venueId, instrumentId, side, quantity, trail, timeInForce,
                        execInstructions);
                case ICEBERG:
                    return parents.submitIceberg(id, venueId, instrumentId, side, quantity, display, limitPrice,
                        timeInForce, execInstructions);
                case PEGGED:
                    return pegReference == null ? Result.INVALID_ARGUMENT : parents.submitPegged(id, venueId,
                        instrumentId, side, quantity, pegReference, offset, limitPrice, minRepegIntervalNs,
                        timeInForce, execInstructions);
                case TWAP:
                    return parents.submitTwap(id, venueId, instrumentId, side, quantity, limitPrice, startNs, endNs,
                        slices, participationCapBps, timeInForce, execInstructions);
                case VWAP:
                    return profile == null ? Result.INVALID_ARGUMENT : parents.submitVwap(id, venueId, instrumentId,
                        side, quantity, limitPrice, startNs, endNs, profile.clone(), participationCapBps,
                        timeInForce, execInstructions);
                default:
                    return Result.INVALID_ARGUMENT;
            }
        }

        int instrumentId() {
            return instrumentId;
        }

        Side side() {
            return side;
        }

        long quantity() {
            return quantity;
        }

        long limitPrice() {
            return limitPrice;
        }

        TimeInForce timeInForce() {
            return timeInForce;
        }

        int execInstructions() {
            return execInstructions;
        }
    }

    /** Exposes the request type to the core without widening it. */
    static long sendLocal(final ParentOrderRequest request) {
        return ((Request) request).sendLocal();
    }

    static int instrumentOf(final ParentOrderRequest request) {
        return ((Request) request).instrumentId();
    }

    static Side sideOf(final ParentOrderRequest request) {
        return ((Request) request).side();
    }

    static long quantityOf(final ParentOrderRequest request) {
        return ((Request) request).quantity();
    }

    static long limitOf(final ParentOrderRequest request) {
        return ((Request) request).limitPrice();
    }

    static TimeInForce timeInForceOf(final ParentOrderRequest request) {
        return ((Request) request).timeInForce();
    }

    static int execInstructionsOf(final ParentOrderRequest request) {
        return ((Request) request).execInstructions();
    }
}
