package dev.hft.oms;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.MarketDataListener;
import dev.hft.api.OrderDeltaListener;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderLedgerView;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.Venue;
import dev.hft.api.VenueGateway;
import dev.hft.timing.EpochNanoClock;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;

import java.util.Arrays;

/**
 * The order manager: assigns order ids, runs every order through the {@link PreTradeCheck} (and tells it what was
 * sent: {@link PreTradeCheck#onOrderSent}, {@link PreTradeCheck#onReplaceSent}), journals and sends it
 * through the venue's {@link VenueGateway}, and drives each order's lifecycle ({@link OrderStateMachine}) from the
 * gateways' execution reports, which it receives as the {@link OrderEventListener} of every gateway. Fills are
 * deduplicated by execution id per venue, checked for overfills and booked in {@link #positions()}; outcomes go to
 * the host's {@link OmsListener} and, for child orders, to the parent-order engine's {@link ChildOrderListener}; the
 * venue events it accepted go on, unchanged, to a {@link #downstream(OrderEventListener)} listener (a risk checker's
 * exposure state), so nothing the order manager drops (duplicates, overfills, refused transitions) is counted there;
 * an {@link OrderDeltaListener} there hears each step's delta and reads this {@link OrderLedgerView}: no order table.
 *
 * <p><b>Orders</b> live in a preallocated pool of flat arrays, addressed by slot ({@link #find(long)}); client order
 * id to slot and (venue, venue order id) to slot are Agrona primitive maps. A slot whose order reached a terminal
 * state stays readable (so late fills are still booked) until the pool needs it again: terminal slots are reused
 * oldest first. An event for an order no longer in the pool is counted in {@link #unknownOrderEvents()}.
 *
 * <p><b>Invalid input</b> never throws: an event the lifecycle does not allow in the order's state is refused
 * (no state change, nothing booked), counted in {@link #invalidTransitions()} and reported to
 * {@link OmsListener#onInvalidEvent}; a duplicate fill (an execution id already booked on that venue) is dropped and
 * counted; an overfill is refused, counted and reported (a refused execution's id is not remembered).
 *
 * <p><b>Time in force and post-only</b> are passed to the venue when its {@link VenueCapabilities} say it supports
 * them, and otherwise emulated: IOC is sent as DAY (or GTC) and canceled as soon as the venue accepts it; DAY and
 * GTD are sent as GTC and canceled by {@link #doWork(long)} at {@link #dayEndNs(long)} or the order's expiry time;
 * post-only is stripped and enforced against the last BBO ({@link #onBbo}): an order that would take is refused with
 * {@link RejectReason#OTHER}; FOK, OPENING and CLOSE cannot be emulated and are refused with
 * {@link RejectReason#UNSUPPORTED_ORDER}.
 *
 * <p><b>Threading:</b> one trading thread makes every call, gateways' events included. Steady state allocates
 * nothing.
 */
public final class OrderManager implements OrderEventListener, MarketDataListener, OrderLedgerView {

    /** Returned by {@link #find(long)} for an id not in the pool. */
    public static final int NOT_FOUND = -1;

    /** Local flag: the order emulates IOC (cancel on accept). */
    public static final int LOCAL_IOC = 1;

    /** Local flag: the order's expiry is enforced locally by {@link #doWork(long)}. */
    public static final int LOCAL_EXPIRY = 2;

    private static final int FLAG_ACCEPTED = 1 << 8;
    private static final int FLAG_REPLACE_CHILD = 1 << 9;
    private static final int FLAG_TIMED = 1 << 10;
    private static final int LOCAL_FLAGS = LOCAL_IOC | LOCAL_EXPIRY;

    private static final OrderEventListener NO_DOWNSTREAM = new OrderEventListener() {
    };
    private static final Side[] SIDES = Side.values();
    private static final OrderType[] TYPES = OrderType.values();
    private static final TimeInForce[] TIFS = TimeInForce.values();
    private static final int PN = OrderState.PENDING_NEW.ordinal();
    private static final int NW = OrderState.NEW.ordinal();
    private static final int PF = OrderState.PARTIALLY_FILLED.ordinal();
    private static final int PC = OrderState.PENDING_CANCEL.ordinal();
    private static final int PR = OrderState.PENDING_REPLACE.ordinal();
    private static final int RJ = OrderState.REJECTED.ordinal();
    private static final int CX = OrderState.CANCELED.ordinal();
    private static final int EX = OrderState.EXPIRED.ordinal();

    private final int capacity;
    final int maxVenues;
    private final int maxInstruments;
    private final PreTradeCheck preTradeCheck;
    private final EpochNanoClock clock;
    private final OmsListener listener;
    private final FeeModel feeModel;
    private final Positions positions;
    private final VenueGateway[] gateways;
    final VenueCapabilities[] capabilities;
    private final ExecutionIdWindow[] executionIds;
    private final Long2LongHashMap[] slotByVenueOrderId;
    private final int executionIdWindow;
    // client order id -> slot: ids are consecutive, so a direct-mapped table indexed by the id's low bits holds
    // almost all of them without hashing; an id whose entry is taken by another live id goes to the overflow map
    private final int[] slotByIdLowBits;
    private final int idMask;
    private final Long2LongHashMap slotByClientId;

    // order pool, one entry per slot
    private final long[] clientIds;
    private final long[] parentIds;
    private final long[] venueOrderIds;
    private final long[] quantities;
    private final long[] prices;
    private final long[] filled;
    private final long[] expireAtNs;
    private final long[] updatedNs;
    private final int[] strategyIds;
    private final int[] venueIds;
    private final int[] instrumentIds;
    private final int[] execInstructions;
    private final int[] flags;
    private final int[] links;
    private final byte[] sides;
    private final byte[] types;
    private final byte[] timesInForce;
    private final byte[] states;

    private final int[] freeSlots;
    private int freeCount;
    private final int[] retired;
    private int retiredHead;
    private int retiredCount;
    private final int[] timedSlots;
    private int timedCount;

    private final long[] bids;
    private final long[] asks;

    private OrderIdGenerator idGenerator;
    private OrderJournal journal = OrderJournal.NULL;
    ChildOrderListener childListener;
    private OrderEventListener downstream = NO_DOWNSTREAM;
    private OrderDeltaListener deltas = OrderDeltaListener.NO_OP;
    private boolean replaying;
    private long dayEndNs;
    long highestOrderId;
    private RejectReason lastRejectReason = RejectReason.NONE;
    private int liveCount;

    private long invalidTransitions;
    private long refusedRequests;
    private long unknownOrderEvents;
    private long duplicateFills;
    private long overfills;
    private long lateFills;
    private long racingFills;
    private long leavesMismatches;
    private long invalidFills;
    private long preTradeRejects;
    private long sendFailures;
    private long poolExhausted;
    private long localExpiries;

    /**
     * Creates an order manager.
     *
     * @param capacity          order pool size: live orders plus recently terminated ones kept for late fills.
     * @param maxVenues         venue ids are {@code 0..maxVenues-1}; at most 65,536 (the journal stores 16 bits).
     * @param maxInstruments    instrument ids are {@code 0..maxInstruments-1}.
     * @param maxPositions      number of (instrument, strategy, venue) positions.
     * @param executionIdWindow number of execution ids remembered per venue for duplicate detection.
     * @param idGenerator       order id source (replaced after a recovery, see {@link #recover}).
     * @param preTradeCheck     run on every order and replace before it is sent.
     * @param feeModel          fee of every fill.
     * @param clock             epoch clock for request timestamps.
     * @param listener          host callbacks.
     * @throws IllegalArgumentException if {@code maxVenues} is not in {@code 1..65536}.
     */
    public OrderManager(
        final int capacity,
        final int maxVenues,
        final int maxInstruments,
        final int maxPositions,
        final int executionIdWindow,
        final OrderIdGenerator idGenerator,
        final PreTradeCheck preTradeCheck,
        final FeeModel feeModel,
        final EpochNanoClock clock,
        final OmsListener listener) {
        this.capacity = capacity;
        if (maxVenues < 1 || maxVenues > 65_536) {
            throw new IllegalArgumentException("maxVenues " + maxVenues);
        }
        this.maxVenues = maxVenues;
        this.maxInstruments = maxInstruments;
        this.executionIdWindow = executionIdWindow;
        this.idGenerator = idGenerator;
        this.preTradeCheck = preTradeCheck;
        this.feeModel = feeModel;
        this.clock = clock;
        this.listener = listener;
        this.positions = new Positions(maxPositions, maxInstruments);
        this.gateways = new VenueGateway[maxVenues];
        this.capabilities = new VenueCapabilities[maxVenues];
        this.executionIds = new ExecutionIdWindow[maxVenues];
        this.slotByVenueOrderId = new Long2LongHashMap[maxVenues];
        this.slotByClientId = new Long2LongHashMap(capacity * 2, 0.5f, NOT_FOUND);
        final int tableSize = Integer.highestOneBit(Math.max(2, capacity) * 4 - 1);
        this.slotByIdLowBits = new int[tableSize];
        this.idMask = tableSize - 1;
        Arrays.fill(slotByIdLowBits, NOT_FOUND);
        clientIds = new long[capacity];
        parentIds = new long[capacity];
        venueOrderIds = new long[capacity];
        quantities = new long[capacity];
        prices = new long[capacity];
        filled = new long[capacity];
        expireAtNs = new long[capacity];
        updatedNs = new long[capacity];
        strategyIds = new int[capacity];
        venueIds = new int[capacity];
        instrumentIds = new int[capacity];
        execInstructions = new int[capacity];
        flags = new int[capacity];
        links = new int[capacity];
        sides = new byte[capacity];
        types = new byte[capacity];
        timesInForce = new byte[capacity];
        states = new byte[capacity];
        freeSlots = new int[capacity];
        retired = new int[capacity];
        timedSlots = new int[capacity];
        bids = new long[maxInstruments];
        asks = new long[maxInstruments];
        Arrays.fill(bids, FixedPoint.NULL_PRICE);
        Arrays.fill(asks, FixedPoint.NULL_PRICE);
        for (int i = 0; i < capacity; i++) {
            freeSlots[i] = capacity - 1 - i;
        }
        freeCount = capacity;
    }

    /**
     * Registers a venue's gateway (start-up). The gateway must deliver its events to this order manager.
     *
     * @param gateway      the gateway; its {@link VenueGateway#venueId()} is the venue id.
     * @param capabilities what the venue supports natively.
     * @return this.
     */
    public OrderManager addVenue(final VenueGateway gateway, final VenueCapabilities capabilities) {
        final int venueId = gateway.venueId();
        addVenue(venueId, capabilities);
        gateways[venueId] = gateway;
        return this;
    }

    void addVenue(final int venueId, final VenueCapabilities caps) {
        if (venueId < 0 || venueId >= maxVenues) {
            throw new IllegalArgumentException("venue id out of range: " + venueId);
        }
        capabilities[venueId] = caps;
        if (executionIds[venueId] == null) {
            executionIds[venueId] = new ExecutionIdWindow(executionIdWindow);
            slotByVenueOrderId[venueId] = new Long2LongHashMap(capacity * 2, 0.5f, NOT_FOUND);
        }
    }

    /**
     * Sets the journal every request and event is written to (start-up, after {@link #recover}).
     *
     * @param journal the journal, or {@link OrderJournal#NULL}.
     * @return this.
     */
    public OrderManager journal(final OrderJournal journal) {
        this.journal = journal;
        return this;
    }

    /**
     * Sets the listener that receives the venue events this order manager accepted, after it applied each one:
     * duplicates (by execution id), overfills, invalid fills, events for unknown orders and events the lifecycle
     * refuses are not forwarded; late fills are. Each event is forwarded unchanged (the venue's arguments), before the
     * host's {@link OmsListener} and the {@link ChildOrderListener} hear of it, so a risk checker wired here
     * ({@code oms.downstream(riskChecker)}, the gateways delivering to the order manager alone) has counted a fill
     * before the strategy reacts to it. Not called during {@link #recover}. Use an
     * {@link dev.hft.api.OrderEventFanOut} for several listeners. An {@link OrderDeltaListener} (a risk checker, or a
     * fan-out holding one) also hears every step's delta, this view, and at once a booking of every live order.
     *
     * @param downstream the listener, or {@code null} for none.
     * @return this.
     */
    public OrderManager downstream(final OrderEventListener downstream) {
        this.downstream = downstream == null ? NO_DOWNSTREAM : downstream;
        this.deltas = downstream instanceof OrderDeltaListener ? (OrderDeltaListener) downstream
            : OrderDeltaListener.NO_OP;
        deltas.onLedgerView(this);
        rebook();
        return this;
    }

    /**
     * Sets the parent-order engine told about child orders.
     *
     * @param childListener the engine, or {@code null}.
     * @return this.
     */
    public OrderManager childOrderListener(final ChildOrderListener childListener) {
        this.childListener = childListener;
        return this;
    }

    /**
     * Sets the end of the trading day, at which locally emulated DAY orders are canceled.
     *
     * @param dayEndNs epoch nanoseconds, or {@code 0} for none (DAY is then refused on venues without it).
     * @return this.
     */
    public OrderManager dayEndNs(final long dayEndNs) {
        this.dayEndNs = dayEndNs;
        return this;
    }

    /**
     * Rebuilds orders, positions and counters by replaying a journal into this (new, empty) order manager, then
     * moves the id generator past every replayed id. Call at start-up after {@link #addVenue} for every venue that
     * appears in the journal, and before {@link #journal(OrderJournal)}. No gateway is called and no host callback
     * fires during the replay; the {@link ChildOrderListener} (a parent-order engine constructed on this order manager
     * beforehand) receives its parent records and its children's events, so that parents are rebuilt too.
     *
     * @param source            the journal to read.
     * @param startEpochSeconds now, for {@link OrderIdGenerator#forSession(long, long)}.
     * @return number of records replayed.
     * @throws IllegalArgumentException if a record names a venue id outside {@code 0..maxVenues-1} (a journal
     *                                  written with another configuration).
     */
    public long recover(final JournalSource source, final long startEpochSeconds) {
        replaying = true;
        final long records;
        try {
            records = source.replay(new JournalReplay(this));
        } finally {
            replaying = false;
        }
        rebook();
        idGenerator = OrderIdGenerator.forSession(startEpochSeconds, highestOrderId);
        return records;
    }

    /**
     * Tells whether {@link #recover} is replaying a journal (for a {@link ChildOrderListener}: update state only).
     *
     * @return {@code true} during a replay.
     */
    public boolean isReplaying() {
        return replaying;
    }

    /**
     * Appends a parent-order engine's record to the journal, stamped with this order manager's clock; replayed to
     * the {@link ChildOrderListener#onParentRecord} during {@link #recover}, in order with the order records. The
     * parent id counts for {@link #highestOrderId()} (ids unique across restarts). Does nothing while replaying.
     * Allocation-free if the journal's append is.
     *
     * @param parentOrderId the parent, an id of this order manager's {@link #idGenerator()}.
     * @param buffer        the record.
     * @param offset        its offset.
     * @param length        its length, at most {@link OrderJournal#MAX_PARENT_RECORD_LENGTH}.
     */
    public void journalParentRecord(final long parentOrderId, final DirectBuffer buffer, final int offset,
        final int length) {
        if (replaying) {
            return;
        }
        if (parentOrderId > highestOrderId) {
            highestOrderId = parentOrderId;
        }
        journal.onParentRecord(clock.epochNanos(), parentOrderId, buffer, offset, length);
    }

    // ------------------------------------------------------------------------------------------------ requests

    /**
     * Submits a new order with no parent and no expiry; see
     * {@link #submit(int, long, int, int, Side, long, long, OrderType, TimeInForce, int, long)}.
     *
     * @param strategyId       owning strategy, {@code 0..65535}.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             BUY or SELL.
     * @param quantity         quantity, positive.
     * @param priceFixed       limit price, or {@link FixedPoint#NULL_PRICE} for MARKET.
     * @param type             LIMIT or MARKET (stops and pegs are local types of the parent-order engine).
     * @param timeInForce      time in force.
     * @param execInstructions {@link ExecInstructions} flags.
     * @return the new client order id ({@code > 0}), or a negative {@link Result} code.
     */
    public long submit(
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        return submit(strategyId, 0, venueId, instrumentId, side, quantity, priceFixed, type, timeInForce,
            execInstructions, 0);
    }

    /**
     * Submits a new order: assigns its id, emulates what the venue lacks, runs the pre-trade check, journals it,
     * books it as {@link OrderState#PENDING_NEW} and sends it. Allocation-free.
     *
     * @param strategyId       owning strategy, {@code 0..65535}.
     * @param parentOrderId    parent order id, or {@code 0}.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             BUY or SELL.
     * @param quantity         quantity, positive.
     * @param priceFixed       limit price, or {@link FixedPoint#NULL_PRICE} for MARKET.
     * @param type             order type sent to the venue.
     * @param timeInForce      time in force.
     * @param execInstructions {@link ExecInstructions} flags.
     * @param expireAtNs       expiry of a GTD order, epoch nanoseconds, or {@code 0}.
     * @return the new client order id ({@code > 0}); or {@link Result#INVALID_ARGUMENT} for a bad argument or an
     *         unknown venue; {@link Result#REJECTED} if the pre-trade check, the emulation or a full pool refused it
     *         (see {@link #lastRejectReason()}); or the gateway's failure code.
     */
    public long submit(
        final int strategyId,
        final long parentOrderId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions,
        final long expireAtNs) {
        if (venueId < 0 || venueId >= maxVenues || gateways[venueId] == null || instrumentId < 0
            || instrumentId >= maxInstruments || quantity <= 0 || side == Side.UNKNOWN
            || (type.hasLimitPrice() && priceFixed == FixedPoint.NULL_PRICE)
            || !ExecInstructions.isValid(execInstructions) || (strategyId & ~0xFFFF) != 0) {
            return Result.INVALID_ARGUMENT;
        }
        final VenueCapabilities caps = capabilities[venueId];
        TimeInForce sentTif = timeInForce;
        int sentInstructions = execInstructions;
        int localFlags = 0;
        long expiry = 0;
        if (!caps.supports(timeInForce)) {
            switch (timeInForce) {
                case IOC:
                    sentTif = caps.supports(TimeInForce.DAY) ? TimeInForce.DAY : TimeInForce.GTC;
                    localFlags = LOCAL_IOC;
                    break;
                case DAY:
                    if (dayEndNs == 0 || !caps.supports(TimeInForce.GTC)) {
                        return reject(RejectReason.UNSUPPORTED_ORDER);
                    }
                    sentTif = TimeInForce.GTC;
                    localFlags = LOCAL_EXPIRY;
                    expiry = dayEndNs;
                    break;
                case GTD:
                    if (expireAtNs <= 0 || !caps.supports(TimeInForce.GTC)) {
                        return reject(RejectReason.UNSUPPORTED_ORDER);
                    }
                    sentTif = TimeInForce.GTC;
                    localFlags = LOCAL_EXPIRY;
                    expiry = expireAtNs;
                    break;
                default:
                    return reject(RejectReason.UNSUPPORTED_ORDER);
            }
        }
        if ((execInstructions & ExecInstructions.POST_ONLY) != 0
            && !caps.supportsInstructions(ExecInstructions.POST_ONLY)) {
            sentInstructions &= ~ExecInstructions.POST_ONLY;
            if (wouldTake(instrumentId, side, priceFixed, type)) {
                return reject(RejectReason.OTHER);
            }
        }
        if (!caps.supportsInstructions(sentInstructions)) {
            return reject(RejectReason.UNSUPPORTED_ORDER);
        }
        if (freeCount == 0 && retiredCount == 0) {
            poolExhausted++;
            return reject(RejectReason.MAX_OPEN_ORDERS);
        }
        final long clientOrderId = idGenerator.nextId();
        final RejectReason reason = preTradeCheck.check(clientOrderId, strategyId, venueId, instrumentId, side,
            quantity, priceFixed, type, sentTif, sentInstructions);
        if (reason != RejectReason.NONE) {
            preTradeRejects++;
            return reject(reason);
        }
        final long now = clock.epochNanos();
        journal.onNewOrder(now, clientOrderId, parentOrderId, strategyId, venueId, instrumentId, side, quantity,
            priceFixed, type, sentTif, sentInstructions, localFlags, expiry);
        applyNewOrder(now, clientOrderId, parentOrderId, strategyId, venueId, instrumentId, side, quantity,
            priceFixed, type, sentTif, sentInstructions, localFlags, expiry);
        final int result = gateways[venueId].newOrder(clientOrderId, instrumentId, side, quantity, priceFixed, type,
            sentTif, sentInstructions);
        if (result < 0) {
            journal.onSendFailed(now, clientOrderId, OrderJournal.REQUEST_NEW);
            applySendFailed(clientOrderId, OrderJournal.REQUEST_NEW);
            if (result == Result.REJECTED) {
                lastRejectReason = gateways[venueId].lastRejectReason();
            }
            return result;
        }
        preTradeCheck.onOrderSent(clientOrderId, strategyId, venueId, instrumentId, side, quantity, priceFixed);
        deltas.onOrderBooked(clientOrderId, strategyId, venueId, instrumentId, side, priceFixed, quantity);
        return clientOrderId;
    }

    private boolean wouldTake(final int instrumentId, final Side side, final long priceFixed, final OrderType type) {
        if (type == OrderType.MARKET) {
            return true;
        }
        final long opposite = side == Side.BUY ? asks[instrumentId] : bids[instrumentId];
        if (opposite == FixedPoint.NULL_PRICE) {
            return false;
        }
        return side == Side.BUY ? priceFixed >= opposite : priceFixed <= opposite;
    }

    private long reject(final RejectReason reason) {
        lastRejectReason = reason;
        return Result.REJECTED;
    }

    /**
     * Requests the cancel of a live order. Allocation-free.
     *
     * @param clientOrderId the order.
     * @return {@link Result#OK} if sent; {@link Result#UNKNOWN_ORDER} if the id is not in the pool;
     *         {@link Result#REJECTED} if the order's state does not allow a cancel (done, or a cancel or replace is
     *         pending: counted in {@link #refusedRequests()}); {@link Result#NOT_CONNECTED} if the venue has no
     *         gateway (an order recovered from the journal for a venue not added); or the gateway's failure code.
     */
    public int cancel(final long clientOrderId) {
        final int slot = find(clientOrderId);
        if (slot == NOT_FOUND) {
            refusedRequests++;
            return Result.UNKNOWN_ORDER;
        }
        if (next(slot, OrderEvent.CANCEL_REQUEST) == OrderStateMachine.INVALID) {
            refuseRequest(slot, OrderEvent.CANCEL_REQUEST);
            lastRejectReason = RejectReason.UNKNOWN_ORDER;
            return Result.REJECTED;
        }
        final VenueGateway gateway = gateways[venueIds[slot]];
        if (gateway == null) {
            return Result.NOT_CONNECTED;
        }
        final long now = clock.epochNanos();
        journal.onCancelRequest(now, clientOrderId);
        applyCancelRequest(clientOrderId);
        final int result = gateway.cancelOrder(clientOrderId);
        if (result < 0) {
            journal.onSendFailed(now, clientOrderId, OrderJournal.REQUEST_CANCEL);
            applySendFailed(clientOrderId, OrderJournal.REQUEST_CANCEL);
        }
        return result;
    }

    /**
     * Requests a replace of a working order's quantity and price; the order continues under a new id once the venue
     * confirms. Runs the pre-trade check. Allocation-free.
     *
     * @param clientOrderId the working order.
     * @param quantity      new total quantity (filled included), above the filled quantity.
     * @param priceFixed    new price.
     * @return the new client order id ({@code > 0}); {@link Result#UNKNOWN_ORDER} if the id is not in the pool;
     *         {@link Result#INVALID_ARGUMENT} for a quantity not above the filled quantity;
     *         {@link Result#REJECTED} if the state does not allow it, the pool is full or the check refused it (see
     *         {@link #lastRejectReason()}); or the gateway's failure code.
     */
    public long replace(final long clientOrderId, final long quantity, final long priceFixed) {
        final int slot = find(clientOrderId);
        if (slot == NOT_FOUND) {
            refusedRequests++;
            return Result.UNKNOWN_ORDER;
        }
        if ((flags[slot] & FLAG_REPLACE_CHILD) != 0 // a pending replace: replace the order once it is confirmed
            || next(slot, OrderEvent.REPLACE_REQUEST) == OrderStateMachine.INVALID) {
            refuseRequest(slot, OrderEvent.REPLACE_REQUEST);
            return reject(RejectReason.UNKNOWN_ORDER);
        }
        if (quantity <= filled[slot] || (TYPES[types[slot]].hasLimitPrice() && priceFixed == FixedPoint.NULL_PRICE)) {
            return Result.INVALID_ARGUMENT;
        }
        final VenueGateway gateway = gateways[venueIds[slot]];
        if (gateway == null) {
            return Result.NOT_CONNECTED;
        }
        if (freeCount == 0 && retiredCount == 0) {
            poolExhausted++;
            return reject(RejectReason.MAX_OPEN_ORDERS);
        }
        final long newId = idGenerator.nextId();
        final RejectReason reason = preTradeCheck.checkReplace(clientOrderId, newId, strategyIds[slot],
            venueIds[slot], instrumentIds[slot], SIDES[sides[slot]], quantity, priceFixed, TYPES[types[slot]],
            TIFS[timesInForce[slot]], execInstructions[slot]);
        if (reason != RejectReason.NONE) {
            preTradeRejects++;
            return reject(reason);
        }
        final long now = clock.epochNanos();
        journal.onReplaceRequest(now, clientOrderId, newId, quantity, priceFixed);
        applyReplaceRequest(clientOrderId, newId, quantity, priceFixed);
        final int result = gateway.replaceOrder(clientOrderId, newId, quantity, priceFixed);
        if (result < 0) {
            journal.onSendFailed(now, newId, OrderJournal.REQUEST_REPLACE);
            applySendFailed(newId, OrderJournal.REQUEST_REPLACE);
            return result;
        }
        preTradeCheck.onReplaceSent(clientOrderId, newId, quantity, priceFixed);
        deltas.onReplaceBooked(clientOrderId, newId, strategyIds[slot], venueIds[slot], instrumentIds[slot],
            SIDES[sides[slot]], priceFixed, Math.max(0, quantity - quantities[slot]));
        return newId;
    }

    /**
     * Requests the cancel of every live order that can be canceled now (pending-new, new, partially filled), on one
     * venue or all, one {@link #cancel(long)} each (journaled, state {@link OrderState#PENDING_CANCEL}). For a kill
     * switch. Allocation-free; O(pool capacity).
     *
     * @param venueId a venue, or {@link Venue#NULL_VENUE_ID} for every venue.
     * @return number of cancels sent; orders whose cancel failed to send stay as they were (retry).
     */
    public int cancelAll(final int venueId) {
        int sent = 0;
        for (int slot = 0; slot < capacity; slot++) {
            final int state = states[slot];
            if ((state == PN || state == NW || state == PF) && clientIds[slot] != 0
                && (venueId == Venue.NULL_VENUE_ID || venueIds[slot] == venueId)
                && find(clientIds[slot]) == slot && cancel(clientIds[slot]) >= 0) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Runs timers: cancels locally timed orders (emulated DAY/GTD) whose expiry has passed.
     *
     * @param nowNs now, epoch nanoseconds.
     * @return number of cancels sent.
     */
    public int doWork(final long nowNs) {
        int work = 0;
        for (int i = timedCount - 1; i >= 0; i--) {
            final int slot = timedSlots[i];
            final int state = states[slot];
            final boolean done = OrderState.fromOrdinal(state).isTerminal();
            final long expiry = expireAtNs[slot];
            if (done || expiry == 0 || nowNs >= expiry) {
                timedSlots[i] = timedSlots[--timedCount];
                flags[slot] &= ~FLAG_TIMED;
                if (!done && expiry != 0 && (state == PN || state == NW || state == PF)) {
                    localExpiries++;
                    if (cancel(clientIds[slot]) >= 0) {
                        work++;
                    }
                }
            }
        }
        return work;
    }

    // ------------------------------------------------------------------------------------------ market data

    /**
     * Records the BBO (for post-only emulation) and marks positions to the mid when both sides are present.
     *
     * @param instrumentId  instrument.
     * @param bidPriceFixed best bid or {@link FixedPoint#NULL_PRICE}.
     * @param bidQuantity   quantity at the bid.
     * @param askPriceFixed best ask or {@link FixedPoint#NULL_PRICE}.
     * @param askQuantity   quantity at the ask.
     * @param timestampNs   event time.
     */
    @Override
    public void onBbo(
        final int instrumentId,
        final long bidPriceFixed,
        final long bidQuantity,
        final long askPriceFixed,
        final long askQuantity,
        final long timestampNs) {
        if (instrumentId < 0 || instrumentId >= maxInstruments) {
            return;
        }
        bids[instrumentId] = bidPriceFixed;
        asks[instrumentId] = askPriceFixed;
        if (bidPriceFixed != FixedPoint.NULL_PRICE && askPriceFixed != FixedPoint.NULL_PRICE) {
            final long mid = (bidPriceFixed >> 1) + (askPriceFixed >> 1) + (bidPriceFixed & askPriceFixed & 1);
            positions.mark(instrumentId, mid);
        }
    }

    // --------------------------------------------------------------------------------------- venue events

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        journal.onAccepted(venueId, clientOrderId, venueOrderId, timestampNs);
        applyAccepted(venueId, clientOrderId, venueOrderId, timestampNs);
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        journal.onRejected(venueId, clientOrderId, reason, timestampNs);
        applyRejected(venueId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final long timestampNs) {
        journal.onFill(venueId, clientOrderId, executionId, lastPriceFixed, lastQuantity, leavesQuantity, liquidity,
            timestampNs);
        applyFill(venueId, clientOrderId, executionId, lastPriceFixed, lastQuantity, leavesQuantity, liquidity,
            timestampNs);
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        journal.onCanceled(venueId, clientOrderId, canceledQuantity, reason, timestampNs);
        applyDone(venueId, clientOrderId, OrderEvent.CANCELED, canceledQuantity, reason, timestampNs);
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        journal.onReplaced(venueId, clientOrderId, origClientOrderId, priceFixed, quantity, timestampNs);
        applyReplaced(venueId, clientOrderId, origClientOrderId, priceFixed, quantity, timestampNs);
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        journal.onCancelRejected(venueId, clientOrderId, reason, timestampNs);
        applyCancelRejected(venueId, clientOrderId, reason, timestampNs);
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        journal.onExpired(venueId, clientOrderId, expiredQuantity, timestampNs);
        applyDone(venueId, clientOrderId, OrderEvent.EXPIRED, expiredQuantity, RejectReason.NONE, timestampNs);
    }

    // ------------------------------------------------------------------------------------- state changes

    void applyNewOrder(
        final long timestampNs,
        final long clientOrderId,
        final long parentOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int instructions,
        final int localFlags,
        final long expiry) {
        final int slot = allocate(clientOrderId);
        if (slot == NOT_FOUND) {
            return;
        }
        parentIds[slot] = parentOrderId;
        strategyIds[slot] = strategyId;
        venueIds[slot] = venueId;
        instrumentIds[slot] = instrumentId;
        sides[slot] = (byte) side.ordinal();
        quantities[slot] = quantity;
        prices[slot] = priceFixed;
        types[slot] = (byte) type.ordinal();
        timesInForce[slot] = (byte) timeInForce.ordinal();
        execInstructions[slot] = instructions;
        flags[slot] = localFlags & LOCAL_FLAGS;
        expireAtNs[slot] = expiry;
        updatedNs[slot] = timestampNs;
        if (expiry != 0) {
            addTimed(slot);
        }
        if (parentOrderId != 0 && childListener != null) {
            childListener.onChildSent(parentOrderId, clientOrderId, quantity);
        }
    }

    private void addTimed(final int slot) {
        if ((flags[slot] & FLAG_TIMED) == 0) {
            flags[slot] |= FLAG_TIMED;
            timedSlots[timedCount++] = slot;
        }
    }

    void applyCancelRequest(final long clientOrderId) {
        final int slot = find(clientOrderId);
        if (slot == NOT_FOUND) {
            unknownOrderEvents++;
            return;
        }
        transition(-1, slot, OrderEvent.CANCEL_REQUEST);
    }

    void applyReplaceRequest(final long origId, final long newId, final long quantity, final long price) {
        final int orig = find(origId);
        if (orig == NOT_FOUND) {
            unknownOrderEvents++;
            return;
        }
        if (!transition(-1, orig, OrderEvent.REPLACE_REQUEST)) {
            return;
        }
        final int child = allocate(newId);
        if (child == NOT_FOUND) {
            setState(orig, restoreState(orig));
            return;
        }
        parentIds[child] = parentIds[orig];
        strategyIds[child] = strategyIds[orig];
        venueIds[child] = venueIds[orig];
        instrumentIds[child] = instrumentIds[orig];
        sides[child] = sides[orig];
        quantities[child] = quantity;
        prices[child] = price;
        types[child] = types[orig];
        timesInForce[child] = timesInForce[orig];
        execInstructions[child] = execInstructions[orig];
        flags[child] = (flags[orig] & LOCAL_FLAGS) | FLAG_REPLACE_CHILD;
        expireAtNs[child] = expireAtNs[orig];
        updatedNs[child] = updatedNs[orig];
        links[child] = orig;
        links[orig] = child;
    }

    void applySendFailed(final long clientOrderId, final int requestKind) {
        final int slot = find(clientOrderId);
        if (slot == NOT_FOUND) {
            unknownOrderEvents++;
            return;
        }
        sendFailures++;
        switch (requestKind) {
            case OrderJournal.REQUEST_NEW:
                if (parentIds[slot] != 0 && childListener != null) {
                    childListener.onChildSendFailed(parentIds[slot], clientOrderId, quantities[slot]);
                }
                release(slot);
                break;
            case OrderJournal.REQUEST_CANCEL:
                if (states[slot] == PC) {
                    setState(slot, restoreState(slot));
                }
                break;
            default:
                if ((flags[slot] & FLAG_REPLACE_CHILD) != 0) {
                    final int orig = links[slot];
                    release(slot);
                    if (orig != NOT_FOUND && states[orig] == PR) {
                        links[orig] = NOT_FOUND;
                        setState(orig, restoreState(orig));
                    }
                }
                break;
        }
    }

    void applyAccepted(final int venueId, final long clientOrderId, final long venueOrderId, final long ts) {
        final int slot = lookup(venueId, clientOrderId, OrderEvent.ACCEPTED);
        if (slot == NOT_FOUND || !transition(venueId, slot, OrderEvent.ACCEPTED)) {
            return;
        }
        flags[slot] |= FLAG_ACCEPTED;
        updatedNs[slot] = ts;
        if (venueOrderId != 0) {
            venueOrderIds[slot] = venueOrderId;
            slotByVenueOrderId[venueId].put(venueOrderId, slot);
        }
        if (!replaying) {
            downstream.onAccepted(venueId, clientOrderId, venueOrderId, ts);
            listener.onOrderAccepted(strategyIds[slot], clientOrderId, ts);
            if ((flags[slot] & LOCAL_IOC) != 0 && states[slot] == NW) {
                cancel(clientOrderId);
            }
        }
    }

    void applyRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long ts) {
        final int slot = lookup(venueId, clientOrderId, OrderEvent.REJECTED);
        if (slot == NOT_FOUND) {
            return;
        }
        if ((flags[slot] & FLAG_REPLACE_CHILD) != 0) {
            refuseReplace(slot, reason, ts, true);
            return;
        }
        if (!transition(venueId, slot, OrderEvent.REJECTED)) {
            return;
        }
        updatedNs[slot] = ts;
        if (!replaying) {
            downstream.onRejected(venueId, clientOrderId, reason, ts);
            deltas.onOrderDone(clientOrderId, strategyIds[slot], venueId, instrumentIds[slot], SIDES[sides[slot]],
                quantities[slot] - filled[slot]);
            listener.onOrderRejected(strategyIds[slot], clientOrderId, reason, ts);
        }
        notifyChildDone(slot, ts);
    }

    void applyFill(final int venueId, final long clientOrderId, final long executionId, final long price,
        final long quantity, final long leaves, final Liquidity liquidity, final long ts) {
        final int slot = lookup(venueId, clientOrderId, OrderEvent.PARTIAL_FILL);
        if (slot == NOT_FOUND) {
            return;
        }
        if (quantity <= 0 || price == FixedPoint.NULL_PRICE) {
            invalidFills++;
            return;
        }
        final ExecutionIdWindow seen = executionIds[venueId];
        if (seen.contains(executionId)) {
            duplicateFills++;
            return;
        }
        final long before = filled[slot];
        final long orderQuantity = quantities[slot];
        if (quantity > orderQuantity - before) {
            overfills++;
            if (!replaying) {
                listener.onOverfill(venueId, clientOrderId, executionId, quantity, before, orderQuantity);
            }
            return;
        }
        final long after = before + quantity;
        final OrderEvent event = after == orderQuantity ? OrderEvent.FULL_FILL : OrderEvent.PARTIAL_FILL;
        final int state = states[slot];
        if (!transition(venueId, slot, event)) {
            return;
        }
        seen.add(executionId);
        final boolean late = state == CX || state == EX;
        if (late) {
            lateFills++;
        } else if (state == PC || state == PR) {
            racingFills++;
        }
        filled[slot] = after;
        flags[slot] |= FLAG_ACCEPTED;
        updatedNs[slot] = ts;
        final long expectedLeaves = orderQuantity - after;
        if (!late && leaves != expectedLeaves) {
            leavesMismatches++;
        }
        final int instrumentId = instrumentIds[slot];
        final int strategyId = strategyIds[slot];
        final Side side = SIDES[sides[slot]];
        positions.onFill(instrumentId, strategyId, venueId, side, quantity, price,
            feeModel.fee(venueId, instrumentId, side, quantity, price, liquidity));
        if (!replaying) {
            downstream.onFill(venueId, clientOrderId, executionId, price, quantity, leaves, liquidity, ts);
            final boolean open = !late && (flags[slot] & FLAG_REPLACE_CHILD) == 0; // a pending replace: not open
            deltas.onOrderFilled(clientOrderId, strategyId, venueId, instrumentId, side, price, quantity,
                open ? quantity : 0, open && expectedLeaves == 0);
            if ((flags[slot] & LOCAL_IOC) != 0 && states[slot] == PF) {
                cancel(clientOrderId);
            }
            listener.onOrderFill(strategyId, clientOrderId, instrumentId, side, price, quantity,
                late ? 0 : expectedLeaves, liquidity, late, ts);
        }
        final long parentId = parentIds[slot];
        if (parentId != 0 && childListener != null) {
            childListener.onChildFill(parentId, clientOrderId, price, quantity, late ? 0 : expectedLeaves, ts);
            if (!late && expectedLeaves == 0) {
                childListener.onChildDone(parentId, clientOrderId, OrderState.FILLED, ts);
            }
        }
    }

    void applyDone(final int venueId, final long clientOrderId, final OrderEvent event,
        final long doneQuantity, final RejectReason reason, final long ts) {
        final int slot = lookup(venueId, clientOrderId, event);
        if (slot == NOT_FOUND || !transition(venueId, slot, event)) {
            return;
        }
        updatedNs[slot] = ts;
        if (!replaying) {
            if ((flags[slot] & FLAG_REPLACE_CHILD) == 0) { // a pending replace is not an open order of its own
                deltas.onOrderDone(clientOrderId, strategyIds[slot], venueId, instrumentIds[slot],
                    SIDES[sides[slot]], quantities[slot] - filled[slot]);
            }
            if (event == OrderEvent.CANCELED) {
                downstream.onCanceled(venueId, clientOrderId, doneQuantity, reason, ts);
                listener.onOrderCanceled(strategyIds[slot], clientOrderId, doneQuantity, reason, ts);
            } else {
                downstream.onExpired(venueId, clientOrderId, doneQuantity, ts);
                listener.onOrderExpired(strategyIds[slot], clientOrderId, doneQuantity, ts);
            }
        }
        notifyChildDone(slot, ts);
    }

    void applyReplaced(final int venueId, final long newId, final long origId, final long price,
        final long leaves, final long ts) {
        final int child = lookup(venueId, newId, OrderEvent.REPLACED);
        if (child == NOT_FOUND) {
            return;
        }
        final int orig = links[child];
        if ((flags[child] & FLAG_REPLACE_CHILD) == 0 || states[child] != PN || orig == NOT_FOUND
            || clientIds[orig] != origId || links[orig] != child) {
            refuse(venueId, child, OrderEvent.REPLACED);
            return;
        }
        final long oldOpen = quantities[orig] - filled[orig] + Math.max(0, quantities[child] - quantities[orig]);
        if (!transition(venueId, orig, OrderEvent.REPLACED)) {
            return;
        }
        final long done = filled[orig];
        filled[child] = done;
        quantities[child] = done + leaves;
        prices[child] = price;
        flags[child] = (flags[child] & ~FLAG_REPLACE_CHILD) | FLAG_ACCEPTED;
        links[child] = NOT_FOUND;
        links[orig] = NOT_FOUND;
        updatedNs[child] = ts;
        final long venueOrderId = venueOrderIds[orig];
        if (venueOrderId != 0) {
            venueOrderIds[child] = venueOrderId;
            slotByVenueOrderId[venueId].put(venueOrderId, child);
        }
        setState(child, done == 0 ? NW : PF);
        if (expireAtNs[child] != 0) {
            addTimed(child);
        }
        if (!replaying) {
            downstream.onReplaced(venueId, newId, origId, price, leaves, ts);
            deltas.onOrderReplaced(newId, origId, strategyIds[child], venueId, instrumentIds[child],
                SIDES[sides[child]], price, leaves - oldOpen);
            listener.onOrderReplaced(strategyIds[child], newId, origId, price, leaves, ts);
        }
        final long parentId = parentIds[child];
        if (parentId != 0 && childListener != null) {
            childListener.onChildReplaced(parentId, origId, newId, ts);
        }
    }

    void applyCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long ts) {
        final int slot = lookup(venueId, clientOrderId, OrderEvent.CANCEL_REJECTED);
        if (slot == NOT_FOUND) {
            return;
        }
        if ((flags[slot] & FLAG_REPLACE_CHILD) != 0) {
            refuseReplace(slot, reason, ts, false);
            return;
        }
        if (!transition(venueId, slot, OrderEvent.CANCEL_REJECTED)) {
            return;
        }
        if (!replaying) {
            downstream.onCancelRejected(venueId, clientOrderId, reason, ts);
            listener.onCancelRejected(strategyIds[slot], clientOrderId, reason, ts);
        }
    }

    private void refuseReplace(final int child, final RejectReason reason, final long ts, final boolean rejected) {
        final int orig = links[child];
        if (states[child] != PN || orig == NOT_FOUND) {
            refuse(venueIds[child], child, OrderEvent.CANCEL_REJECTED);
            return;
        }
        final boolean linked = links[orig] == child;
        setState(child, RJ); // the replace lapses: unlinked, its raise released
        links[child] = NOT_FOUND;
        if (linked) {
            links[orig] = NOT_FOUND;
            transition(venueIds[orig], orig, OrderEvent.CANCEL_REJECTED);
        }
        if (!replaying) {
            if (rejected) {
                downstream.onRejected(venueIds[child], clientIds[child], reason, ts);
            } else {
                downstream.onCancelRejected(venueIds[child], clientIds[child], reason, ts);
            }
            listener.onCancelRejected(strategyIds[orig], clientIds[orig], reason, ts);
        }
    }

    private void notifyChildDone(final int slot, final long ts) {
        final long parentId = parentIds[slot];
        if (parentId != 0 && childListener != null) {
            childListener.onChildDone(parentId, clientIds[slot], OrderState.fromOrdinal(states[slot]), ts);
        }
    }

    private int lookup(final int venueId, final long clientOrderId, final OrderEvent event) {
        final int slot = find(clientOrderId);
        if (slot == NOT_FOUND || venueIds[slot] != venueId) {
            unknownOrderEvents++;
            if (!replaying) {
                listener.onInvalidEvent(venueId, clientOrderId, null, event);
            }
            return NOT_FOUND;
        }
        return slot;
    }

    private int next(final int slot, final OrderEvent event) {
        return OrderStateMachine.next(states[slot], event.ordinal(), (flags[slot] & FLAG_ACCEPTED) != 0,
            filled[slot]);
    }

    private boolean transition(final int venueId, final int slot, final OrderEvent event) {
        final int next = next(slot, event);
        if (next == OrderStateMachine.INVALID) {
            refuse(venueId, slot, event);
            return false;
        }
        setState(slot, next);
        return true;
    }

    private void refuseRequest(final int slot, final OrderEvent event) {
        refusedRequests++;
        listener.onInvalidEvent(-1, clientIds[slot], OrderState.fromOrdinal(states[slot]), event);
    }

    private void refuse(final int venueId, final int slot, final OrderEvent event) {
        invalidTransitions++;
        if (!replaying) {
            listener.onInvalidEvent(venueId, clientIds[slot], OrderState.fromOrdinal(states[slot]), event);
        }
    }

    private int restoreState(final int slot) {
        return (flags[slot] & FLAG_ACCEPTED) == 0 ? PN : filled[slot] == 0 ? NW : PF;
    }

    private void setState(final int slot, final int next) {
        final int previous = states[slot];
        states[slot] = (byte) next;
        if (previous == PR && next != PR && next != OrderState.REPLACED.ordinal()) {
            final int child = links[slot];
            if (child != NOT_FOUND && links[child] == slot && (flags[child] & FLAG_REPLACE_CHILD) != 0) {
                lapse(slot, child);
                if (states[child] == PN) {
                    setState(child, RJ);
                }
            }
        }
        final boolean wasTerminal = OrderState.fromOrdinal(previous).isTerminal();
        final boolean isTerminal = OrderState.fromOrdinal(next).isTerminal();
        if (!wasTerminal && isTerminal) {
            lapseChild(slot); // a pending replace ended (refused, canceled, filled) before the venue confirmed it
            retire(slot);
        }
    }

    private void lapseChild(final int child) {
        final int orig = links[child];
        if ((flags[child] & FLAG_REPLACE_CHILD) != 0 && orig != NOT_FOUND && links[orig] == child
            && states[orig] == PR) {
            lapse(orig, child);
        }
    }

    /** A pending replace lapsed (refused, or one side ended first): unlinks it and releases its raise. */
    private void lapse(final int orig, final int child) {
        links[orig] = NOT_FOUND;
        links[child] = NOT_FOUND;
        if (!replaying) {
            deltas.onReplaceRefused(clientIds[orig], clientIds[child], strategyIds[orig], venueIds[orig],
                instrumentIds[orig], SIDES[sides[orig]], Math.max(0, quantities[child] - quantities[orig]));
        }
    }

    // -------------------------------------------------------------------------------------------- pool

    private int allocate(final long clientOrderId) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else if (retiredCount > 0) {
            slot = retired[retiredHead];
            retiredHead = retiredHead + 1 == capacity ? 0 : retiredHead + 1;
            retiredCount--;
            evict(slot);
        } else {
            poolExhausted++;
            return NOT_FOUND;
        }
        clientIds[slot] = clientOrderId;
        final int index = (int) clientOrderId & idMask;
        if (slotByIdLowBits[index] == NOT_FOUND) {
            slotByIdLowBits[index] = slot;
        } else {
            slotByClientId.put(clientOrderId, slot);
        }
        states[slot] = (byte) PN;
        filled[slot] = 0;
        venueOrderIds[slot] = 0;
        links[slot] = NOT_FOUND;
        liveCount++;
        if (clientOrderId > highestOrderId) {
            highestOrderId = clientOrderId;
        }
        return slot;
    }

    private void evict(final int slot) {
        final long id = clientIds[slot];
        final int index = (int) id & idMask;
        if (slotByIdLowBits[index] == slot) {
            slotByIdLowBits[index] = NOT_FOUND;
        } else {
            slotByClientId.remove(id);
        }
        final long venueOrderId = venueOrderIds[slot];
        if (venueOrderId != 0) {
            final Long2LongHashMap byVenue = slotByVenueOrderId[venueIds[slot]];
            if (byVenue.get(venueOrderId) == slot) {
                byVenue.remove(venueOrderId);
            }
        }
        if ((flags[slot] & FLAG_TIMED) != 0) {
            flags[slot] &= ~FLAG_TIMED;
            for (int i = 0; i < timedCount; i++) {
                if (timedSlots[i] == slot) {
                    timedSlots[i] = timedSlots[--timedCount];
                    break;
                }
            }
        }
    }

    private void retire(final int slot) {
        liveCount--;
        int tail = retiredHead + retiredCount;
        if (tail >= capacity) {
            tail -= capacity;
        }
        retired[tail] = slot;
        retiredCount++;
    }

    private void release(final int slot) {
        // an order that never existed (its send failed): back to the free list, not kept for late fills
        evict(slot);
        liveCount--;
        freeSlots[freeCount++] = slot;
    }

    // ------------------------------------------------------------------------------------------- reads

    /**
     * Finds the pool slot of an order.
     *
     * @param clientOrderId the id.
     * @return the slot, or {@link #NOT_FOUND} if the id was never used or its slot was reused.
     */
    public int find(final long clientOrderId) {
        final int slot = slotByIdLowBits[(int) clientOrderId & idMask];
        if (slot != NOT_FOUND && clientIds[slot] == clientOrderId) {
            return slot;
        }
        return slotByClientId.size() == 0 ? NOT_FOUND : (int) slotByClientId.get(clientOrderId);
    }

    /**
     * Finds the pool slot of an order by the venue's id for it.
     *
     * @param venueId      venue.
     * @param venueOrderId the venue's order id.
     * @return the slot, or {@link #NOT_FOUND}.
     */
    public int findByVenueOrderId(final int venueId, final long venueOrderId) {
        final Long2LongHashMap byVenue = venueId >= 0 && venueId < maxVenues ? slotByVenueOrderId[venueId] : null;
        return byVenue == null ? NOT_FOUND : (int) byVenue.get(venueOrderId);
    }

    /**
     * Returns the state of an order.
     *
     * @param slot a slot from {@link #find(long)}.
     * @return the state.
     */
    public OrderState state(final int slot) {
        return OrderState.fromOrdinal(states[slot]);
    }

    /**
     * Returns the client order id of a slot.
     *
     * @param slot a slot.
     * @return the id.
     */
    public long clientOrderId(final int slot) {
        return clientIds[slot];
    }

    /**
     * Returns the venue's order id of a slot.
     *
     * @param slot a slot.
     * @return the id, or {@code 0} if none is known.
     */
    public long venueOrderId(final int slot) {
        return venueOrderIds[slot];
    }

    /**
     * Returns the parent order id of a slot.
     *
     * @param slot a slot.
     * @return parent id, or {@code 0}.
     */
    public long parentOrderId(final int slot) {
        return parentIds[slot];
    }

    /**
     * Returns the strategy of a slot.
     *
     * @param slot a slot.
     * @return strategy id.
     */
    public int strategyId(final int slot) {
        return strategyIds[slot];
    }

    /**
     * Returns the venue of a slot.
     *
     * @param slot a slot.
     * @return venue id.
     */
    public int venueId(final int slot) {
        return venueIds[slot];
    }

    /**
     * Returns the instrument of a slot.
     *
     * @param slot a slot.
     * @return instrument id.
     */
    public int instrumentId(final int slot) {
        return instrumentIds[slot];
    }

    /**
     * Returns the side of a slot.
     *
     * @param slot a slot.
     * @return side.
     */
    public Side side(final int slot) {
        return SIDES[sides[slot]];
    }

    /**
     * Returns the order type sent for a slot.
     *
     * @param slot a slot.
     * @return type.
     */
    public OrderType orderType(final int slot) {
        return TYPES[types[slot]];
    }

    /**
     * Returns the time in force sent to the venue for a slot (may differ from the requested one when emulated).
     *
     * @param slot a slot.
     * @return time in force.
     */
    public TimeInForce timeInForce(final int slot) {
        return TIFS[timesInForce[slot]];
    }

    /**
     * Returns the execution instructions sent for a slot.
     *
     * @param slot a slot.
     * @return flags.
     */
    public int execInstructions(final int slot) {
        return execInstructions[slot];
    }

    /**
     * Returns the local emulation flags of a slot ({@link #LOCAL_IOC}, {@link #LOCAL_EXPIRY}).
     *
     * @param slot a slot.
     * @return flags.
     */
    public int localFlags(final int slot) {
        return flags[slot] & LOCAL_FLAGS;
    }

    /**
     * Returns the local expiry of a slot.
     *
     * @param slot a slot.
     * @return epoch nanoseconds, or {@code 0}.
     */
    public long expireAtNs(final int slot) {
        return expireAtNs[slot];
    }

    /**
     * Returns the order quantity of a slot (filled included).
     *
     * @param slot a slot.
     * @return quantity.
     */
    public long quantity(final int slot) {
        return quantities[slot];
    }

    /**
     * Returns the price of a slot.
     *
     * @param slot a slot.
     * @return price, or {@link FixedPoint#NULL_PRICE}.
     */
    public long price(final int slot) {
        return prices[slot];
    }

    /**
     * Returns the filled quantity of a slot.
     *
     * @param slot a slot.
     * @return filled quantity.
     */
    public long filledQuantity(final int slot) {
        return filled[slot];
    }

    /**
     * Returns the quantity still working of a slot.
     *
     * @param slot a slot.
     * @return leaves, {@code 0} when terminal.
     */
    public long leavesQuantity(final int slot) {
        return state(slot).isTerminal() ? 0 : quantities[slot] - filled[slot];
    }

    /**
     * Tells whether the venue has acknowledged an order (accept or fill).
     *
     * @param slot a slot.
     * @return {@code true} once acknowledged.
     */
    public boolean isAccepted(final int slot) {
        return (flags[slot] & FLAG_ACCEPTED) != 0;
    }

    /**
     * Returns the time of the last change of a slot.
     *
     * @param slot a slot.
     * @return epoch nanoseconds.
     */
    public long updatedNs(final int slot) {
        return updatedNs[slot];
    }

    /**
     * Returns the pool capacity.
     *
     * @return capacity.
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Returns the number of orders not in a terminal state.
     *
     * @return live orders.
     */
    public int liveOrders() {
        return liveCount;
    }

    /**
     * Returns the slot of the {@code index}-th order in the pool, live or retired, for iteration:
     * {@code for (int i = 0; i < capacity(); i++) if (isInUse(i)) ...}.
     *
     * @param slot a slot index {@code 0..capacity()-1}.
     * @return {@code true} if the slot holds an order (live or kept after its end).
     */
    public boolean isInUse(final int slot) {
        final long id = clientIds[slot];
        return id != 0 && find(id) == slot;
    }

    /**
     * Returns the positions booked from fills.
     *
     * @return positions.
     */
    public Positions positions() {
        return positions;
    }

    /**
     * Returns the highest client order id ever booked (submitted or replayed).
     *
     * @return id, or {@code 0}.
     */
    public long highestOrderId() {
        return highestOrderId;
    }

    /**
     * Returns the id generator in use.
     *
     * @return generator.
     */
    public OrderIdGenerator idGenerator() {
        return idGenerator;
    }

    /**
     * Returns why the last request returning {@link Result#REJECTED} was refused.
     *
     * @return reason.
     */
    public RejectReason lastRejectReason() {
        return lastRejectReason;
    }

    /**
     * Returns the number of venue events refused by the lifecycle (journaled, so a replay counts them again).
     *
     * @return count.
     */
    public long invalidTransitions() {
        return invalidTransitions;
    }

    /**
     * Returns the number of cancel and replace requests of the owner refused because the order is unknown or its
     * state does not allow the request (nothing journaled or sent; not rebuilt by a replay).
     *
     * @return count.
     */
    public long refusedRequests() {
        return refusedRequests;
    }

    /**
     * Returns the number of venue events for ids not in the pool (or from the wrong venue).
     *
     * @return count.
     */
    public long unknownOrderEvents() {
        return unknownOrderEvents;
    }

    /**
     * Returns the number of fills dropped as duplicates of an execution id.
     *
     * @return count.
     */
    public long duplicateFills() {
        return duplicateFills;
    }

    /**
     * Returns the number of fills refused as overfills.
     *
     * @return count.
     */
    public long overfills() {
        return overfills;
    }

    /**
     * Returns the number of fills booked on canceled or expired orders.
     *
     * @return count.
     */
    public long lateFills() {
        return lateFills;
    }

    /**
     * Returns the number of fills booked while a cancel or replace was pending.
     *
     * @return count.
     */
    public long racingFills() {
        return racingFills;
    }

    /**
     * Returns the number of fills whose leaves quantity disagreed with ours.
     *
     * @return count.
     */
    public long leavesMismatches() {
        return leavesMismatches;
    }

    /**
     * Returns the number of fills refused for a non-positive quantity or absent price.
     *
     * @return count.
     */
    public long invalidFills() {
        return invalidFills;
    }

    /**
     * Returns the number of orders and replaces the pre-trade check refused.
     *
     * @return count.
     */
    public long preTradeRejects() {
        return preTradeRejects;
    }

    /**
     * Returns the number of requests the gateway refused to send.
     *
     * @return count.
     */
    public long sendFailures() {
        return sendFailures;
    }

    /**
     * Returns the number of requests refused because every pool slot held a live order.
     *
     * @return count.
     */
    public long poolExhausted() {
        return poolExhausted;
    }

    /**
     * Returns the number of locally emulated expiries (DAY/GTD) that led to a cancel.
     *
     * @return count.
     */
    public long localExpiries() {
        return localExpiries;
    }

    private boolean isOpen(final int slot, final int venueId) {
        final long id = clientIds[slot];
        return venueIds[slot] == venueId && id != 0 && (flags[slot] & FLAG_REPLACE_CHILD) == 0
            && !OrderState.fromOrdinal(states[slot]).isTerminal() && find(id) == slot;
    }

    @Override
    public int openOrderCount(final int venueId) {
        int count = 0;
        for (int slot = 0; slot < capacity; slot++) {
            count += isOpen(slot, venueId) ? 1 : 0;
        }
        return count;
    }

    @Override
    public int copyOpenOrderIds(final int venueId, final long[] destination) {
        int count = 0;
        for (int slot = 0; slot < capacity && count < destination.length; slot++) {
            if (isOpen(slot, venueId)) {
                destination[count++] = clientIds[slot];
            }
        }
        return count;
    }

    private void rebook() {
        for (int slot = 0; slot < capacity && deltas != OrderDeltaListener.NO_OP && !replaying; slot++) {
            if (isOpen(slot, venueIds[slot])) {
                final int child = states[slot] == PR && links[slot] != NOT_FOUND && links[links[slot]] == slot
                    ? links[slot] : NOT_FOUND;
                deltas.onOrderBooked(clientIds[slot], strategyIds[slot], venueIds[slot], instrumentIds[slot],
                    SIDES[sides[slot]], prices[slot], quantities[slot] - filled[slot]);
                if (child != NOT_FOUND) {
                    deltas.onReplaceBooked(clientIds[slot], clientIds[child], strategyIds[slot], venueIds[slot],
                        instrumentIds[slot], SIDES[sides[slot]], prices[child],
                        Math.max(0, quantities[child] - quantities[slot]));
                }
            }
        }
    }
}
