package dev.hft.engine;

import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventFanOut;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.TradingStatus;
import dev.hft.api.VenueGateway;
import dev.hft.api.VenueRegistry;
import dev.hft.api.strategy.BookView;
import dev.hft.api.strategy.ParentOrderRequest;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;
import dev.hft.book.OrderBookListener;
import dev.hft.book.PriceLevelBook;
import dev.hft.engine.config.EngineConfig;
import dev.hft.oms.FeeModel;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderEvent;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import dev.hft.oms.algo.ParentOrders;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditLog;
import dev.hft.sor.ChildOrderSink;
import dev.hft.sor.ParentOrderListener;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.sor.VenueModel;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.collections.Long2LongHashMap;

/**
 * The engine's components and the wiring between them, all on the trading thread: market data from each venue's
 * {@link MarketDataFeed} into the venue's {@link PriceLevelBook} and the instrument's {@link ConsolidatedBook}, then
 * to the subscribed strategies, to pre-trade risk (collar reference), to the order manager (post-only emulation) and
 * to the parent orders (pegs, stops); strategies' orders into the {@link OrderManager} (pre-trade check: the
 * {@link RiskChecker}), its parents into the {@link SmartOrderRouter} (children through the order manager) or
 * {@link ParentOrders}; the gateways' execution reports into the order manager, which passes what it accepted on to
 * risk and router and tells the engine (an {@link OmsListener}) per strategy; the engine queues them and delivers
 * them to the owning strategy in the same duty cycle. Allocation-free after construction.
 */
final class EngineCore implements OmsListener, ParentOrderListener, ConsolidatedBookListener,
    EventQueue.Handler, TimerQueue.Handler {
    private static final byte ROUTED = 1;
    private static final byte LOCAL = 2;
    private static final byte DONE = 3;
    private static final long MISSING = -1;
    private static final Side[] SIDES = {Side.BUY, Side.SELL};

    final EngineConfig config;
    final NanoClock clock;
    final EpochNanoClock epochClock;
    final InstrumentRegistry instruments;
    final VenueRegistry venues;
    final int venueCount;
    final int instrumentCount;
    final ConsolidatedBook[] books;
    final PriceLevelBook[][] venueBooks;
    final VenueModel venueModel;
    final FeeModel feeModel;
    final KillSwitch killSwitch;
    final AuditLog auditLog;
    final RiskChecker risk;
    final OrderManager oms;
    final ParentOrders parents;
    final SmartOrderRouter sor;
    final VenueGateway[] gateways;
    final Session[] sessions;
    final MarketDataFeed[] feeds;
    final VenueMarketData[] sinks;
    final TimerQueue timers;
    final EventQueue queue;
    final BookView bookView = new Books();
    StrategyRuntime[] strategies = new StrategyRuntime[0];
    /** The host's stage marks, or {@code null}. */
    EngineProbe probe;
    /** The host's view of every order event, after the engine's own handling. */
    OmsListener observer = NO_OBSERVER;
    private static final OmsListener NO_OBSERVER = new OmsListener() {
    };
    private static final RejectReason[] REASONS = RejectReason.values();
    private long[] refusals = new long[0];
    private final int[][] subscribers;
    private final int[] subscriberCounts;

    private final Long2LongHashMap parentSlots;
    private final long[] parentIds;
    private final int[] parentStrategies;
    private final byte[] parentKinds;
    private final long[] parentFilled;
    private final long[] parentNotional;
    private final int[] freeParents;
    private int freeParentCount;
    private final int[] activeLocal;
    private int activeLocalCount;
    private final int[] routedDone;
    private int routedDoneCount;

    private boolean killHandled;
    private boolean started;
    private boolean stopped;
    private long currentTimestampNs;

    EngineCore(final EngineConfig config, final NanoClock clock, final EpochNanoClock epochClock) {
        this.config = config;
        this.clock = clock;
        this.epochClock = epochClock;
        this.instrumentCount = config.instruments().size();
        this.venueCount = config.venues().size();
        this.instruments = new InstrumentRegistry();
        for (final dev.hft.engine.config.InstrumentConfig instrument : config.instruments()) {
            instruments.add(instrument.symbol(), instrument.tickSizeFixed(), instrument.lotSize(),
                instrument.priceDecimals());
        }
        this.venues = new VenueRegistry();
        for (final dev.hft.engine.config.VenueConfig venue : config.venues()) {
            venues.add(venue.name(), venue.mic());
        }
        this.books = new ConsolidatedBook[instrumentCount];
        this.venueBooks = new PriceLevelBook[venueCount][instrumentCount];
        this.subscribers = new int[instrumentCount][Math.max(1, config.strategies().size())];
        this.subscriberCounts = new int[instrumentCount];
        for (int i = 0; i < instrumentCount; i++) {
            books[i] = new ConsolidatedBook(i, venueCount, config.maxLevelsPerSide(), this);
        }
        this.sinks = new VenueMarketData[venueCount];
        for (int v = 0; v < venueCount; v++) {
            sinks[v] = new VenueMarketData(v);
            for (int i = 0; i < instrumentCount; i++) {
                venueBooks[v][i] = new PriceLevelBook(i, config.maxLevelsPerSide(), sinks[v]);
            }
        }

        this.feeModel = this::fee;

        this.killSwitch = new KillSwitch(clock, venueCount, report -> { });
        this.auditLog = new AuditLog(config.auditCapacityBytes());
        this.risk = new RiskChecker(config.risk(), epochClock, killSwitch, auditLog, RiskListener.NO_OP);
        this.oms = new OrderManager(config.maxOrders(), venueCount, instrumentCount,
            Math.max(64, instrumentCount * Math.max(1, config.strategies().size()) * venueCount),
            config.executionIdWindow(),
            OrderIdGenerator.forSession(epochClock.epochNanos() / 1_000_000_000L, 0), risk, feeModel, epochClock,
            this);
        this.parents = new ParentOrders(oms, config.maxParents(), instrumentCount);
        for (int i = 0; i < instrumentCount; i++) {
            parents.tickSize(i, instruments.byId(i).tickSizeFixed());
        }
        this.sor = config.sor().router(new Children(), PreTradeCheck.ACCEPT_ALL, this, clock, epochClock);
        this.venueModel = sor.venues();
        for (int v = 0; v < venueCount; v++) {
            for (int i = 0; i < instrumentCount; i++) {
                if (venueModel.tickFixed(v, i) == VenueModel.DEFAULT_TICK_FIXED
                    && venueModel.lotSize(v, i) == VenueModel.DEFAULT_LOT_SIZE) {
                    venueModel.instrumentRules(v, i, instruments.byId(i).tickSizeFixed(),
                        instruments.byId(i).lotSize());
                }
            }
        }
        for (int i = 0; i < instrumentCount; i++) {
            sor.book(books[i]);
        }
        oms.downstream(new OrderEventFanOut(risk, sor));
        this.gateways = new VenueGateway[venueCount];
        this.sessions = new Session[venueCount];
        this.feeds = new MarketDataFeed[venueCount];
        this.timers = new TimerQueue(config.maxTimers());
        this.queue = new EventQueue(config.eventQueueCapacity());

        final int maxParents = 2 * config.maxParents();
        this.parentSlots = new Long2LongHashMap(maxParents * 2, 0.5f, MISSING);
        this.parentIds = new long[maxParents];
        this.parentStrategies = new int[maxParents];
        this.parentKinds = new byte[maxParents];
        this.parentFilled = new long[maxParents];
        this.parentNotional = new long[maxParents];
        this.freeParents = new int[maxParents];
        this.activeLocal = new int[maxParents];
        this.routedDone = new int[maxParents];
        for (int i = 0; i < maxParents; i++) {
            freeParents[i] = maxParents - 1 - i;
        }
        freeParentCount = maxParents;
    }

    private long fee(final int venueId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final Liquidity liquidity) {
        return quantity * (liquidity == Liquidity.ADDED ? venueModel.makerFeeFixed(venueId)
            : venueModel.takerFeeFixed(venueId));
    }

    /** A venue session's duty cycle. */
    @FunctionalInterface
    interface Session {
        int poll();
    }

    void gateway(final int venueId, final VenueGateway gateway, final Session session,
        final dev.hft.oms.VenueCapabilities capabilities) {
        if (gateway.venueId() != venueId) {
            throw new IllegalArgumentException("gateway of venue " + venueId + " answers venueId() "
                + gateway.venueId());
        }
        gateways[venueId] = gateway;
        sessions[venueId] = session;
        oms.addVenue(probe == null ? gateway : new ProbedGateway(gateway, probe), capabilities);
        killSwitch.addVenue(gateway);
        venueModel.gateway(venueId, gateway);
    }

    void mark(final int stage) {
        final EngineProbe probe = this.probe;
        if (probe != null) {
            probe.onStage(stage);
        }
    }

    void refused(final int strategyId, final RejectReason reason) {
        if (reason != RejectReason.NONE && strategyId >= 0 && strategyId * REASONS.length < refusals.length) {
            refusals[strategyId * REASONS.length + reason.ordinal()]++;
        }
    }

    long refusals(final int strategyId, final RejectReason reason) {
        final int index = strategyId * REASONS.length + reason.ordinal();
        return strategyId >= 0 && index < refusals.length ? refusals[index] : 0;
    }

    void strategies(final StrategyRuntime[] runtimes) {
        strategies = runtimes;
        refusals = new long[runtimes.length * REASONS.length];
    }

    void subscribe(final StrategyRuntime runtime, final int instrumentId) {
        subscribers[instrumentId][subscriberCounts[instrumentId]++] = runtime.id;
    }

    // ------------------------------------------------------------------------------------------ duty cycle

    void start() {
        if (started) {
            return;
        }
        started = true;
        for (final StrategyRuntime runtime : strategies) {
            for (final int instrumentId : runtime.configuredInstruments) {
                runtime.subscribe(instrumentId);
            }
        }
        for (final StrategyRuntime runtime : strategies) {
            runtime.started = true;
            runtime.strategy.onStart(runtime);
        }
    }

    boolean isStarted() {
        return started;
    }

    private boolean allConnected() {
        for (final VenueGateway gateway : gateways) {
            if (gateway == null || !gateway.isConnected()) {
                return false;
            }
        }
        return true;
    }

    void startIfReady() {
        if (!started && (!config.startWhenConnected() || allConnected())) {
            start();
        }
    }

    int doWork() {
        startIfReady();
        if (stopped) {
            return 0;
        }
        int work = 0;
        final int limit = config.pollLimit();
        final MarketDataFeed[] feeds = this.feeds;
        final EngineProbe probe = this.probe;
        for (int v = 0; v < feeds.length; v++) {
            final MarketDataFeed feed = feeds[v];
            if (feed != null) {
                if (probe != null) {
                    probe.onPollStart();
                }
                work += feed.poll(sinks[v], limit);
            }
        }
        work += batchEnd();
        if (probe != null) {
            probe.onMarketDataEnd();
        }
        final Session[] sessions = this.sessions;
        for (final Session session : sessions) {
            if (session != null) {
                work += session.poll();
            }
        }
        work += sor.doWork();
        final long nowNs = epochClock.epochNanos();
        work += oms.doWork(nowNs);
        work += parents.doWork(nowNs);
        work += killSwitch.doWork();
        if (killSwitch.isEngaged() && !killHandled) {
            killHandled = true;
            work += cancelParents(-1, Instrument.NULL_INSTRUMENT_ID);
        }
        work += checkLocalParents(nowNs);
        work += queue.drain(this);
        work += timers.poll(epochClock.epochNanos(), this, 1024);
        work += queue.drain(this);
        return work;
    }

    private int batchEnd() {
        int work = 0;
        long nowNs = 0;
        for (final StrategyRuntime runtime : strategies) {
            if (runtime.touched) {
                runtime.touched = false;
                if (nowNs == 0) {
                    nowNs = epochClock.epochNanos();
                    mark(EngineProbe.BOOKED);
                }
                runtime.strategy.onBatchEnd(nowNs);
                work++;
            }
        }
        return work;
    }

    void stop() {
        if (stopped || !started) {
            stopped = true;
            return;
        }
        for (final StrategyRuntime runtime : strategies) {
            runtime.strategy.onStop();
            runtime.cancelAll(Instrument.NULL_INSTRUMENT_ID);
        }
        stopped = true;
    }

    // -------------------------------------------------------------------------------------------- parents

    long submitParent(final StrategyRuntime runtime, final boolean routed, final ParentOrderRequest request) {
        if (freeParentCount == 0) {
            return Result.REJECTED;
        }
        final long parentId;
        if (routed) {
            parentId = oms.idGenerator().nextId();
            final int slot = openParent(parentId, runtime.id, ROUTED);
            final int result = sor.submit(parentId, runtime.id, StrategyRuntime.instrumentOf(request),
                StrategyRuntime.sideOf(request), StrategyRuntime.quantityOf(request),
                StrategyRuntime.limitOf(request), StrategyRuntime.timeInForceOf(request),
                StrategyRuntime.execInstructionsOf(request));
            if (result < 0) {
                closeParent(slot);
                return result;
            }
            return parentId;
        }
        parentId = StrategyRuntime.sendLocal(request);
        if (parentId <= 0) {
            return parentId == 0 ? Result.INVALID_ARGUMENT : parentId;
        }
        final int slot = openParent(parentId, runtime.id, LOCAL);
        activeLocal[activeLocalCount++] = slot;
        return parentId;
    }

    private int openParent(final long parentId, final int strategyId, final byte kind) {
        final int slot = freeParents[--freeParentCount];
        parentSlots.put(parentId, slot);
        parentIds[slot] = parentId;
        parentStrategies[slot] = strategyId;
        parentKinds[slot] = kind;
        parentFilled[slot] = 0;
        parentNotional[slot] = 0;
        return slot;
    }

    private void closeParent(final int slot) {
        parentSlots.remove(parentIds[slot]);
        parentIds[slot] = 0;
        parentKinds[slot] = 0;
        freeParents[freeParentCount++] = slot;
    }

    int cancelParent(final int strategyId, final long parentId) {
        final long slotValue = parentSlots.get(parentId);
        if (slotValue == MISSING || parentStrategies[(int) slotValue] != strategyId
            || parentKinds[(int) slotValue] == DONE) {
            return Result.UNKNOWN_ORDER;
        }
        return parentKinds[(int) slotValue] == ROUTED ? sor.cancel(parentId) : parents.cancel(parentId);
    }

    int cancelParents(final int strategyId, final int instrumentId) {
        int sent = 0;
        for (int slot = 0; slot < parentIds.length; slot++) {
            final boolean live = parentKinds[slot] == ROUTED || parentKinds[slot] == LOCAL;
            if (live && (strategyId < 0 || parentStrategies[slot] == strategyId)) {
                final long id = parentIds[slot];
                if (instrumentId != Instrument.NULL_INSTRUMENT_ID && !parentOn(id, instrumentId)) {
                    continue;
                }
                if ((parentKinds[slot] == ROUTED ? sor.cancel(id) : parents.cancel(id)) >= 0) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean parentOn(final long parentId, final int instrumentId) {
        final int capacity = oms.capacity();
        for (int slot = 0; slot < capacity; slot++) {
            if (oms.isInUse(slot) && oms.parentOrderId(slot) == parentId) {
                return oms.instrumentId(slot) == instrumentId;
            }
        }
        return true;
    }

    boolean isParentOpen(final int strategyId, final long parentId) {
        final long slotValue = parentSlots.get(parentId);
        return slotValue != MISSING && parentStrategies[(int) slotValue] == strategyId
            && parentKinds[(int) slotValue] != DONE;
    }

    long parentFilled(final int strategyId, final long parentId) {
        final long slotValue = parentSlots.get(parentId);
        return slotValue == MISSING || parentStrategies[(int) slotValue] != strategyId
            ? dev.hft.api.strategy.OrderView.UNKNOWN : parentFilled[(int) slotValue];
    }

    private int checkLocalParents(final long nowNs) {
        int done = routedDoneCount;
        for (int i = 0; i < routedDoneCount; i++) {
            parentDone(routedDone[i], nowNs);
        }
        routedDoneCount = 0;
        for (int i = activeLocalCount - 1; i >= 0; i--) {
            final int slot = activeLocal[i];
            final long id = parentIds[slot];
            final int parentSlot = parents.find(id);
            if (parentSlot != ParentOrders.NOT_FOUND && !parents.state(parentSlot).isTerminal()) {
                continue;
            }
            activeLocal[i] = activeLocal[--activeLocalCount];
            parentDone(slot, nowNs);
            done++;
        }
        return done;
    }

    private void parentDone(final int slot, final long timestampNs) {
        final long filled = parentFilled[slot];
        final int q = add(EventQueue.PARENT_DONE, parentStrategies[slot], parentIds[slot], timestampNs);
        queue.quantities[q] = filled;
        queue.prices[q] = filled == 0 ? FixedPoint.NULL_PRICE : parentNotional[slot] / filled;
        closeParent(slot);
    }

    @Override
    public void onParentDone(final long parentOrderId, final long filledQuantity, final long unfilledQuantity,
        final long averagePriceFixed, final long feesFixed, final long timestampNs) {
        final long slotValue = parentSlots.get(parentOrderId);
        if (slotValue != MISSING && parentKinds[(int) slotValue] == ROUTED) {
            // delivered after the children's events of this cycle, which the order manager reports after the router
            parentKinds[(int) slotValue] = DONE;
            routedDone[routedDoneCount++] = (int) slotValue;
        }
    }

    @Override
    public void onChildRejected(final long parentOrderId, final int venueId, final long clientOrderId,
        final long quantity, final RejectReason reason, final boolean local, final long timestampNs) {
        final long slotValue = parentSlots.get(parentOrderId);
        if (local && slotValue != MISSING) {
            final int q = add(EventQueue.REJECTED, parentStrategies[(int) slotValue], clientOrderId, timestampNs);
            queue.reasons[q] = (byte) reason.code();
            queue.venues[q] = venueId;
        }
    }

    /** The router's children as order-manager orders (booked, journaled, risk-checked once). */
    private final class Children implements ChildOrderSink {
        private RejectReason lastRejectReason = RejectReason.NONE;

        @Override
        public long peekClientOrderId() {
            return oms.idGenerator().peekNextId();
        }

        @Override
        public long send(final long parentOrderId, final int strategyId, final int venueId, final int instrumentId,
            final Side side, final long quantity, final long priceFixed, final OrderType type,
            final TimeInForce timeInForce, final int execInstructions) {
            final long id = oms.submit(strategyId, parentOrderId, venueId, instrumentId, side, quantity, priceFixed,
                type, timeInForce, execInstructions, 0);
            lastRejectReason = id == Result.REJECTED ? oms.lastRejectReason() : RejectReason.NONE;
            refused(strategyId, lastRejectReason);
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
    }

    // ----------------------------------------------------------------------------------- own-order events

    private int add(final byte kind, final int strategyId, final long orderId, final long timestampNs) {
        int q = queue.add(kind, strategyId, orderId, timestampNs);
        if (q < 0) {
            queue.drain(this);
            q = queue.add(kind, strategyId, orderId, timestampNs);
        }
        return q;
    }

    private int venueOf(final long clientOrderId) {
        final int slot = oms.find(clientOrderId);
        return slot == OrderManager.NOT_FOUND ? -1 : oms.venueId(slot);
    }

    @Override
    public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
        final int q = add(EventQueue.ACCEPTED, strategyId, clientOrderId, timestampNs);
        queue.venues[q] = venueOf(clientOrderId);
        observer.onOrderAccepted(strategyId, clientOrderId, timestampNs);
    }

    @Override
    public void onOrderRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        final int q = add(EventQueue.REJECTED, strategyId, clientOrderId, timestampNs);
        queue.reasons[q] = (byte) reason.code();
        observer.onOrderRejected(strategyId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId, final Side side,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final boolean lateFill, final long timestampNs) {
        final int slot = oms.find(clientOrderId);
        final int venueId = slot == OrderManager.NOT_FOUND ? -1 : oms.venueId(slot);
        final long fee = venueId < 0 ? 0
            : feeModel.fee(venueId, instrumentId, side, lastQuantity, lastPriceFixed, liquidity);
        if (slot != OrderManager.NOT_FOUND) {
            final long parentValue = parentSlots.get(oms.parentOrderId(slot));
            if (parentValue != MISSING) {
                parentFilled[(int) parentValue] += lastQuantity;
                parentNotional[(int) parentValue] += lastPriceFixed * lastQuantity;
            }
        }
        final int q = add(EventQueue.FILLED, strategyId, clientOrderId, timestampNs);
        queue.venues[q] = venueId;
        queue.prices[q] = lastPriceFixed;
        queue.quantities[q] = lastQuantity;
        queue.leaves[q] = leavesQuantity;
        queue.liquidities[q] = (byte) liquidity.ordinal();
        queue.fees[q] = fee;
        observer.onOrderFill(strategyId, clientOrderId, instrumentId, side, lastPriceFixed, lastQuantity,
            leavesQuantity, liquidity, lateFill, timestampNs);
    }

    @Override
    public void onOrderCanceled(final int strategyId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        final int q = add(EventQueue.CANCELED, strategyId, clientOrderId, timestampNs);
        queue.quantities[q] = canceledQuantity;
        queue.reasons[q] = (byte) reason.code();
        observer.onOrderCanceled(strategyId, clientOrderId, canceledQuantity, reason, timestampNs);
    }

    @Override
    public void onOrderReplaced(final int strategyId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long leavesQuantity, final long timestampNs) {
        final int q = add(EventQueue.REPLACED, strategyId, clientOrderId, timestampNs);
        queue.otherIds[q] = origClientOrderId;
        queue.prices[q] = priceFixed;
        queue.leaves[q] = leavesQuantity;
        observer.onOrderReplaced(strategyId, clientOrderId, origClientOrderId, priceFixed, leavesQuantity,
            timestampNs);
    }

    @Override
    public void onCancelRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        final int q = add(EventQueue.CANCEL_REJECTED, strategyId, clientOrderId, timestampNs);
        queue.reasons[q] = (byte) reason.code();
        observer.onCancelRejected(strategyId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onOrderExpired(final int strategyId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        final int q = add(EventQueue.EXPIRED, strategyId, clientOrderId, timestampNs);
        queue.quantities[q] = expiredQuantity;
        observer.onOrderExpired(strategyId, clientOrderId, expiredQuantity, timestampNs);
    }

    @Override
    public void onInvalidEvent(final int venueId, final long clientOrderId, final OrderState state,
        final OrderEvent event) {
        observer.onInvalidEvent(venueId, clientOrderId, state, event);
    }

    @Override
    public void onOverfill(final int venueId, final long clientOrderId, final long executionId,
        final long lastQuantity, final long filledQuantity, final long orderQuantity) {
        observer.onOverfill(venueId, clientOrderId, executionId, lastQuantity, filledQuantity, orderQuantity);
    }

    @Override
    public void onEvent(final EventQueue q, final int i) {
        final int strategyId = q.strategies[i];
        if (strategyId < 0 || strategyId >= strategies.length) {
            return;
        }
        final Strategy strategy = strategies[strategyId].strategy;
        final long orderId = q.orderIds[i];
        final long timestampNs = q.timestamps[i];
        switch (q.kinds[i]) {
            case EventQueue.ACCEPTED:
                strategy.onOrderAccepted(orderId, q.venues[i], timestampNs);
                break;
            case EventQueue.REJECTED:
                strategy.onOrderRejected(orderId, q.reason(i), timestampNs);
                break;
            case EventQueue.FILLED:
                strategy.onOrderFilled(orderId, q.venues[i], q.prices[i], q.quantities[i], q.leaves[i],
                    q.liquidity(i), q.fees[i], timestampNs);
                break;
            case EventQueue.CANCELED:
                strategy.onOrderCanceled(orderId, q.quantities[i], q.reason(i), timestampNs);
                break;
            case EventQueue.REPLACED:
                strategy.onOrderReplaced(orderId, q.otherIds[i], q.prices[i], q.leaves[i], timestampNs);
                break;
            case EventQueue.CANCEL_REJECTED:
                strategy.onCancelRejected(orderId, q.reason(i), timestampNs);
                break;
            case EventQueue.EXPIRED:
                strategy.onOrderExpired(orderId, q.quantities[i], timestampNs);
                break;
            case EventQueue.PARENT_DONE:
                strategy.onParentDone(orderId, q.quantities[i], q.prices[i], timestampNs);
                break;
            default:
                break;
        }
    }

    @Override
    public void onTimer(final int owner, final long timerId, final long nowNs) {
        if (owner >= 0 && owner < strategies.length) {
            strategies[owner].strategy.onTimer(timerId, nowNs);
        }
    }

    // ------------------------------------------------------------------------------------------ market data

    @Override
    public void onNbbo(final int instrumentId, final long bidPrice, final long bidQuantity, final long bidVenueMask,
        final long askPrice, final long askQuantity, final long askVenueMask) {
        final long timestampNs = currentTimestampNs;
        if (bidPrice != FixedPoint.NULL_PRICE && askPrice != FixedPoint.NULL_PRICE) {
            risk.onBbo(instrumentId, bidPrice, askPrice);
        }
        oms.onBbo(instrumentId, bidPrice, bidQuantity, askPrice, askQuantity, timestampNs);
        parents.onBbo(instrumentId, bidPrice, bidQuantity, askPrice, askQuantity, timestampNs);
        mark(EngineProbe.BOOKED);
        final int[] list = subscribers[instrumentId];
        for (int k = 0, n = subscriberCounts[instrumentId]; k < n; k++) {
            final StrategyRuntime runtime = strategies[list[k]];
            runtime.touched = true;
            runtime.strategy.onBbo(StrategyContext.CONSOLIDATED, instrumentId, bidPrice, bidQuantity, askPrice,
                askQuantity, timestampNs);
        }
    }

    /** One venue's sink: its books, then the consolidated book, then the strategies. */
    final class VenueMarketData implements MarketDataSink, OrderBookListener {
        private final int venueId;

        VenueMarketData(final int venueId) {
            this.venueId = venueId;
        }

        @Override
        public void onLevel(final int instrumentId, final Side side, final long priceFixed, final long quantity,
            final long timestampNs) {
            if (instrumentId < 0 || instrumentId >= instrumentCount) {
                return;
            }
            currentTimestampNs = timestampNs;
            mark(EngineProbe.RECEIVED);
            venueBooks[venueId][instrumentId].set(side, priceFixed, quantity);
            final ConsolidatedBook book = books[instrumentId];
            book.onLevel(venueId, side, priceFixed, quantity);
            final int n = subscriberCounts[instrumentId];
            if (n > 0) {
                mark(EngineProbe.BOOKED);
                long total = 0;
                for (int v = 0; v < venueCount; v++) {
                    total += book.venueQuantityAt(v, side, priceFixed);
                }
                final int[] list = subscribers[instrumentId];
                for (int k = 0; k < n; k++) {
                    strategies[list[k]].strategy.onLevelChange(StrategyContext.CONSOLIDATED, instrumentId, side,
                        priceFixed, total, timestampNs);
                }
            }
        }

        @Override
        public void onTrade(final int instrumentId, final long priceFixed, final long quantity,
            final Side aggressorSide, final long timestampNs) {
            if (instrumentId < 0 || instrumentId >= instrumentCount) {
                return;
            }
            mark(EngineProbe.RECEIVED);
            mark(EngineProbe.BOOKED);
            risk.onLastTrade(instrumentId, priceFixed);
            parents.onTrade(instrumentId, priceFixed, quantity, aggressorSide, timestampNs);
            final int[] list = subscribers[instrumentId];
            for (int k = 0, n = subscriberCounts[instrumentId]; k < n; k++) {
                final StrategyRuntime runtime = strategies[list[k]];
                runtime.touched = true;
                runtime.strategy.onTrade(venueId, instrumentId, priceFixed, quantity, aggressorSide, timestampNs);
            }
        }

        @Override
        public void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
            if (instrumentId < 0 || instrumentId >= instrumentCount) {
                return;
            }
            final int[] list = subscribers[instrumentId];
            for (int k = 0, n = subscriberCounts[instrumentId]; k < n; k++) {
                final StrategyRuntime runtime = strategies[list[k]];
                runtime.touched = true;
                runtime.strategy.onTradingStatus(venueId, instrumentId, status, timestampNs);
            }
        }

        @Override
        public void onBbo(final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
            final long askQuantity) {
            mark(EngineProbe.BOOKED);
            final int[] list = subscribers[instrumentId];
            for (int k = 0, n = subscriberCounts[instrumentId]; k < n; k++) {
                final StrategyRuntime runtime = strategies[list[k]];
                runtime.touched = true;
                runtime.strategy.onBbo(venueId, instrumentId, bidPrice, bidQuantity, askPrice, askQuantity,
                    currentTimestampNs);
            }
        }

        @Override
        public void onLevelChange(final int instrumentId, final Side side, final long price, final long quantity,
            final int orderCount) {
            mark(EngineProbe.BOOKED);
            final int[] list = subscribers[instrumentId];
            for (int k = 0, n = subscriberCounts[instrumentId]; k < n; k++) {
                final StrategyRuntime runtime = strategies[list[k]];
                runtime.touched = true;
                runtime.strategy.onLevelChange(venueId, instrumentId, side, price, quantity, currentTimestampNs);
            }
        }
    }

    /** The books as strategies see them. */
    private final class Books implements BookView {
        @Override
        public long priceFixed(final int venueId, final int instrumentId, final Side side, final int level) {
            if (instrumentId < 0 || instrumentId >= instrumentCount || level < 0 || !isSide(side)) {
                return FixedPoint.NULL_PRICE;
            }
            if (venueId == StrategyContext.CONSOLIDATED) {
                return books[instrumentId].levelPrice(side, level);
            }
            return venueId >= 0 && venueId < venueCount ? venueBooks[venueId][instrumentId].levelPrice(side, level)
                : FixedPoint.NULL_PRICE;
        }

        @Override
        public long quantity(final int venueId, final int instrumentId, final Side side, final int level) {
            if (instrumentId < 0 || instrumentId >= instrumentCount || level < 0 || !isSide(side)) {
                return 0;
            }
            if (venueId == StrategyContext.CONSOLIDATED) {
                return level < books[instrumentId].levelCount(side) ? books[instrumentId].levelQuantity(side, level)
                    : 0;
            }
            if (venueId < 0 || venueId >= venueCount) {
                return 0;
            }
            final PriceLevelBook book = venueBooks[venueId][instrumentId];
            return level < book.levelCount(side) ? book.levelQuantity(side, level) : 0;
        }

        @Override
        public int depth(final int venueId, final int instrumentId, final Side side) {
            if (instrumentId < 0 || instrumentId >= instrumentCount || !isSide(side)) {
                return 0;
            }
            if (venueId == StrategyContext.CONSOLIDATED) {
                return books[instrumentId].levelCount(side);
            }
            return venueId >= 0 && venueId < venueCount ? venueBooks[venueId][instrumentId].levelCount(side) : 0;
        }

        @Override
        public long midPriceFixed(final int instrumentId) {
            if (instrumentId < 0 || instrumentId >= instrumentCount) {
                return FixedPoint.NULL_PRICE;
            }
            final long bid = books[instrumentId].bestBidPrice();
            final long ask = books[instrumentId].bestAskPrice();
            return bid == FixedPoint.NULL_PRICE || ask == FixedPoint.NULL_PRICE ? FixedPoint.NULL_PRICE
                : (bid + ask) / 2;
        }

        private boolean isSide(final Side side) {
            return side == SIDES[0] || side == SIDES[1];
        }
    }
}
