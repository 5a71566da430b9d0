package dev.hft.backtest.matching;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.timing.EpochNanoClock;
import org.agrona.collections.Long2LongHashMap;

/**
 * A price-time priority matching engine for many instruments (dense {@code int} ids), the core of the simulated
 * venues and of the backtester's simulated exchange. Zero allocation in steady state.
 *
 * <h2>Rules</h2>
 * <ul>
 *     <li><b>Priority</b>: best price first, then arrival time at that price. Trades print at the resting order's
 *     price. An incoming order sweeps levels until it is filled or no longer crosses.</li>
 *     <li><b>Order types</b>: {@link OrderType#LIMIT} and {@link OrderType#MARKET}; time in force
 *     {@link TimeInForce#DAY} and {@link TimeInForce#GTC} rest their remainder (no session end here: both stay until
 *     canceled), {@link TimeInForce#IOC} cancels it ({@link CancelReason#IMMEDIATE}), {@link TimeInForce#FOK}
 *     checks before any fill that the whole quantity can execute at acceptable prices, and otherwise cancels the
 *     whole order without touching the book. A market order never rests: its remainder is canceled as for IOC.</li>
 *     <li><b>Post-only</b> ({@link ExecInstructions#POST_ONLY}, limit DAY/GTC only): if it would take on arrival,
 *     per {@link PostOnlyPolicy} it is rejected ({@link RejectReason#INVALID_PRICE}) or slid one tick away from the
 *     opposite touch. The same applies to a replace that loses priority.</li>
 *     <li><b>Validation</b> (reject reasons): unknown instrument ({@link RejectReason#UNKNOWN_INSTRUMENT}); side,
 *     type, time in force or instruction not supported ({@link RejectReason#UNSUPPORTED_ORDER}: STOP, PEGGED,
 *     OPENING, CLOSE, GTD, HIDDEN, ALL_OR_NONE, undefined flags, post-only with MARKET/IOC/FOK); quantity not
 *     positive or not a multiple of the lot ({@link RejectReason#INVALID_QUANTITY}) or above the instrument maximum
 *     ({@link RejectReason#MAX_ORDER_QUANTITY}); limit price absent, not positive, above the instrument maximum or
 *     off tick ({@link RejectReason#INVALID_PRICE}); order pool full ({@link RejectReason#MAX_OPEN_ORDERS},
 *     counted in {@link #poolFullCount()}). Interpreting bits {@link ExecInstructions#INTERMARKET_SWEEP} and
 *     {@link ExecInstructions#REDUCE_ONLY} is left to the sender's risk checks; the engine ignores them.</li>
 *     <li><b>Cancel and reduce</b>: {@link #cancel} removes the whole open quantity; {@link #reduce} lowers it and
 *     keeps the order's place (ITCH Order Cancel).</li>
 *     <li><b>Replace</b> ({@link #replace}, new price and new open quantity): the same price with a quantity not
 *     above the open quantity keeps time priority (a reduce, ITCH Order Cancel); a price change or a quantity
 *     increase loses it: the order gets a new book reference at the tail of its new level (ITCH Order Replace), or,
 *     if the new price crosses, leaves the book (ITCH Order Delete), matches as an incoming order and rests any
 *     remainder under the new reference (ITCH Add Order). The order keeps its engine id, side, time in force and
 *     instructions; its client order id becomes the new one.</li>
 *     <li><b>Self-match prevention</b> by {@code ownerId}, per {@link SelfMatchPolicy}, checked order by order as
 *     the incoming order walks the book. A FOK counts only the liquidity it could take before the first own order it
 *     meets (after skipping own orders under {@link SelfMatchPolicy#CANCEL_OLDEST}).</li>
 *     <li><b>Ids</b>: order ids, book references and match numbers come from counters starting at 1; execution ids
 *     are {@code matchNumber * 2} (maker) and {@code matchNumber * 2 + 1} (taker), unique per report.</li>
 * </ul>
 *
 * <h2>Outputs</h2>
 * Every request reports to the {@link ExecutionListener} (accepted, rejected, fills, canceled, replaced, cancel
 * rejected) and every change of a resting order to the {@link BookEventListener}, before the call returns.
 *
 * <h2>Structure and cost</h2>
 * One preallocated order pool for all instruments in parallel primitive arrays (free list, intrusive FIFO links per
 * price level), a preallocated level pool, and per instrument and side a sorted array of level ids with the best at
 * the end (lookups scan from the touch, where almost all activity is); an Agrona {@link Long2LongHashMap} from order
 * id to pool slot, sized at construction so it never resizes. Nothing allocates after construction; a full pool or
 * level array refuses and counts.
 *
 * <p><b>Threading</b>: single-threaded; one thread calls it and receives the events.
 */
public final class MatchingEngine {
    private static final int NONE = -1;
    private static final int BUY = 0;
    private static final int SELL = 1;

    private final EpochNanoClock clock;
    private final ExecutionListener executions;
    private final BookEventListener bookEvents;
    private final SelfMatchPolicy selfMatchPolicy;
    private final boolean slidePostOnly;
    private final int instrumentCount;
    private final long[] tickSizes;
    private final long[] lotSizes;
    private final long[] maxQuantities;
    private final long[] maxPrices;
    private final int maxLevelsPerSide;

    // orders: parallel arrays indexed by pool slot
    private final long[] orderIds;
    private final long[] references;
    private final long[] owners;
    private final long[] clientOrderIds;
    private final long[] prices;
    private final long[] leaves;
    private final long[] cumulative;
    private final int[] instruments;
    private final byte[] sides;
    private final boolean[] immediate;
    private final int[] flags;
    private final int[] prev;
    private final int[] next;
    private final int[] orderLevel;
    private final Long2LongHashMap orderIndex;
    private int freeOrder;
    private int liveOrders;

    // levels: parallel arrays indexed by level id
    private final long[] levelPrices;
    private final long[] levelQuantities;
    private final int[] levelCounts;
    private final int[] levelHeads;
    private final int[] levelTails;
    private int freeLevel;

    /** Per book side ({@code instrument * 2 + side}): level ids sorted, best at the end. */
    private final int[] sideLevels;
    private final int[] sideCounts;

    private long nextReference = 1;
    private long nextMatch = 1;
    private long poolFullCount;
    private long levelFullCount;
    private final long[] rejectCounts = new long[256];

    /**
     * Creates an engine and preallocates everything it will use.
     *
     * @param config     capacities, policies and instruments (at least one).
     * @param clock      engine time, read once per request.
     * @param executions receives execution reports.
     * @param bookEvents receives the public book events ({@link BookEventListener#NO_OP} for none).
     */
    public MatchingEngine(final MatchingEngineConfig config, final EpochNanoClock clock,
        final ExecutionListener executions, final BookEventListener bookEvents) {
        if (config.instrumentCount() < 1) {
            throw new IllegalArgumentException("no instrument configured");
        }
        this.clock = java.util.Objects.requireNonNull(clock, "clock");
        this.executions = java.util.Objects.requireNonNull(executions, "executions");
        this.bookEvents = java.util.Objects.requireNonNull(bookEvents, "bookEvents");
        this.selfMatchPolicy = config.selfMatchPolicy();
        this.slidePostOnly = config.postOnlyPolicy() == PostOnlyPolicy.SLIDE;
        this.instrumentCount = config.instrumentCount();
        this.tickSizes = new long[instrumentCount];
        this.lotSizes = new long[instrumentCount];
        this.maxQuantities = new long[instrumentCount];
        this.maxPrices = new long[instrumentCount];
        for (int i = 0; i < instrumentCount; i++) {
            tickSizes[i] = config.tickSize(i);
            lotSizes[i] = config.lotSize(i);
            maxQuantities[i] = config.maxOrderQuantity(i);
            maxPrices[i] = config.maxPrice(i);
        }
        this.maxLevelsPerSide = config.maxLevelsPerSide();

        final int maxOrders = config.maxOrders();
        this.orderIds = new long[maxOrders];
        this.references = new long[maxOrders];
        this.owners = new long[maxOrders];
        this.clientOrderIds = new long[maxOrders];
        this.prices = new long[maxOrders];
        this.leaves = new long[maxOrders];
        this.cumulative = new long[maxOrders];
        this.instruments = new int[maxOrders];
        this.sides = new byte[maxOrders];
        this.immediate = new boolean[maxOrders];
        this.flags = new int[maxOrders];
        this.prev = new int[maxOrders];
        this.next = new int[maxOrders];
        this.orderLevel = new int[maxOrders];
        for (int i = 0; i < maxOrders; i++) {
            next[i] = i + 1 < maxOrders ? i + 1 : NONE;
            instruments[i] = NONE;
        }
        this.freeOrder = 0;
        this.orderIndex = new Long2LongHashMap(maxOrders * 2, 0.65f, NONE);

        final int sidesTotal = instrumentCount * 2;
        final int maxLevels = sidesTotal * maxLevelsPerSide;
        this.levelPrices = new long[maxLevels];
        this.levelQuantities = new long[maxLevels];
        this.levelCounts = new int[maxLevels];
        this.levelHeads = new int[maxLevels];
        this.levelTails = new int[maxLevels];
        for (int i = 0; i < maxLevels; i++) {
            levelHeads[i] = i + 1 < maxLevels ? i + 1 : NONE;
        }
        this.freeLevel = 0;
        this.sideLevels = new int[maxLevels];
        this.sideCounts = new int[sidesTotal];
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Requests
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Submits a new order: validates it, matches it and rests, cancels or completes it, reporting every step.
     *
     * @param instrumentId     dense instrument id.
     * @param ownerId          account of the order (self-match prevention key).
     * @param clientOrderId    the owner's id of the order, echoed in every report.
     * @param side             BUY or SELL.
     * @param type             LIMIT or MARKET.
     * @param timeInForce      DAY, GTC, IOC or FOK.
     * @param execInstructions {@link ExecInstructions} flags ({@link ExecInstructions#POST_ONLY} is acted on).
     * @param priceFixed       limit price, fixed-point; ignored for MARKET.
     * @param quantity         order quantity.
     * @return the engine order id ({@code > 0}) if the order was accepted (it may already be done), or
     *     {@link Result#REJECTED} (the reason went to {@link ExecutionListener#onRejected}).
     */
    public long submit(final int instrumentId, final long ownerId, final long clientOrderId, final Side side,
        final OrderType type, final TimeInForce timeInForce, final int execInstructions, final long priceFixed,
        final long quantity) {
        final long now = clock.epochNanos();
        final RejectReason invalid =
            validateNew(instrumentId, side, type, timeInForce, execInstructions, priceFixed, quantity);
        if (invalid != RejectReason.NONE) {
            return reject(ownerId, clientOrderId, instrumentId, invalid, now);
        }
        final boolean market = type == OrderType.MARKET;
        final int sideIndex = side == Side.BUY ? BUY : SELL;
        long price = market ? FixedPoint.NULL_PRICE : priceFixed;
        if ((execInstructions & ExecInstructions.POST_ONLY) != 0 && crosses(instrumentId, sideIndex, price)) {
            price = slidePostOnly ? slide(instrumentId, sideIndex) : 0;
            if (price <= 0) {
                return reject(ownerId, clientOrderId, instrumentId, RejectReason.INVALID_PRICE, now);
            }
        }
        final int slot = freeOrder;
        if (slot == NONE) {
            poolFullCount++;
            return reject(ownerId, clientOrderId, instrumentId, RejectReason.MAX_OPEN_ORDERS, now);
        }
        freeOrder = next[slot];
        liveOrders++;
        final long orderId = nextReference++;
        orderIds[slot] = orderId;
        references[slot] = orderId;
        owners[slot] = ownerId;
        clientOrderIds[slot] = clientOrderId;
        prices[slot] = price;
        leaves[slot] = quantity;
        cumulative[slot] = 0;
        instruments[slot] = instrumentId;
        sides[slot] = (byte) sideIndex;
        immediate[slot] = market || timeInForce.isImmediate();
        flags[slot] = execInstructions;
        prev[slot] = NONE;
        next[slot] = NONE;
        orderLevel[slot] = NONE;
        orderIndex.put(orderId, slot);

        executions.onAccepted(ownerId, clientOrderId, orderId, orderId, instrumentId, side, price, quantity,
            timeInForce, execInstructions, now);
        if (timeInForce == TimeInForce.FOK && fillableQuantity(slot, quantity) < quantity) {
            cancelIncoming(slot, CancelReason.IMMEDIATE, now);
        } else {
            match(slot, now);
            finishIncoming(slot, now);
        }
        return orderId;
    }

    /**
     * Cancels the whole open quantity of a resting order.
     *
     * @param ownerId account asking; must own the order.
     * @param orderId the engine's id of the order.
     * @return {@link Result#OK}, or {@link Result#UNKNOWN_ORDER} (not live or another owner's; reported to
     *     {@link ExecutionListener#onCancelRejected}).
     */
    public int cancel(final long ownerId, final long orderId) {
        final long now = clock.epochNanos();
        final int slot = liveSlot(ownerId, orderId);
        if (slot == NONE) {
            return cancelReject(ownerId, 0, orderId, RejectReason.UNKNOWN_ORDER, now, Result.UNKNOWN_ORDER);
        }
        cancelResting(slot, CancelReason.REQUESTED, now);
        return Result.OK;
    }

    /**
     * Reduces the open quantity of a resting order, keeping its time priority; {@code 0} cancels it.
     *
     * @param ownerId        account asking; must own the order.
     * @param orderId        the engine's id of the order.
     * @param leavesQuantity the open quantity wanted, below the current one, a multiple of the lot.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER}; or {@link Result#INVALID_ARGUMENT} for a quantity
     *     that is not lower, negative or off lot (reported as {@link RejectReason#INVALID_QUANTITY}).
     */
    public int reduce(final long ownerId, final long orderId, final long leavesQuantity) {
        final long now = clock.epochNanos();
        final int slot = liveSlot(ownerId, orderId);
        if (slot == NONE) {
            return cancelReject(ownerId, 0, orderId, RejectReason.UNKNOWN_ORDER, now, Result.UNKNOWN_ORDER);
        }
        if (leavesQuantity < 0 || leavesQuantity >= leaves[slot]
            || leavesQuantity % lotSizes[instruments[slot]] != 0) {
            return cancelReject(ownerId, clientOrderIds[slot], orderId, RejectReason.INVALID_QUANTITY, now,
                Result.INVALID_ARGUMENT);
        }
        if (leavesQuantity == 0) {
            cancelResting(slot, CancelReason.REQUESTED, now);
        } else {
            decrementResting(slot, leaves[slot] - leavesQuantity, CancelReason.REQUESTED, now);
        }
        return Result.OK;
    }

    /**
     * Replaces a resting order's price and open quantity under a new client order id (see the class rules for
     * priority).
     *
     * @param ownerId          account asking; must own the order.
     * @param orderId          the engine's id of the order.
     * @param newClientOrderId the order's client order id after the replace.
     * @param priceFixed       new limit price.
     * @param leavesQuantity   new open quantity, positive.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER}; or {@link Result#INVALID_ARGUMENT} for a bad price
     *     or quantity, or a post-only replace that would take under {@link PostOnlyPolicy#REJECT} (the reason goes
     *     to {@link ExecutionListener#onCancelRejected}).
     */
    public int replace(final long ownerId, final long orderId, final long newClientOrderId, final long priceFixed,
        final long leavesQuantity) {
        final long now = clock.epochNanos();
        final int slot = liveSlot(ownerId, orderId);
        if (slot == NONE) {
            return cancelReject(ownerId, newClientOrderId, orderId, RejectReason.UNKNOWN_ORDER, now,
                Result.UNKNOWN_ORDER);
        }
        final int instrumentId = instruments[slot];
        final RejectReason invalid = validatePrice(instrumentId, priceFixed) != RejectReason.NONE
            ? RejectReason.INVALID_PRICE : validateQuantity(instrumentId, leavesQuantity);
        if (invalid != RejectReason.NONE) {
            return cancelReject(ownerId, newClientOrderId, orderId, invalid, now, Result.INVALID_ARGUMENT);
        }
        final int sideIndex = sides[slot];
        long price = priceFixed;
        if ((flags[slot] & ExecInstructions.POST_ONLY) != 0 && price != prices[slot]
            && crosses(instrumentId, sideIndex, price)) {
            price = slidePostOnly ? slide(instrumentId, sideIndex) : 0;
            if (price <= 0) {
                return cancelReject(ownerId, newClientOrderId, orderId, RejectReason.INVALID_PRICE, now,
                    Result.INVALID_ARGUMENT);
            }
        }
        final long origClientOrderId = clientOrderIds[slot];
        final long oldLeaves = leaves[slot];
        if (price == prices[slot] && leavesQuantity <= oldLeaves) {
            if (leavesQuantity < oldLeaves) {
                final long decrement = oldLeaves - leavesQuantity;
                leaves[slot] = leavesQuantity;
                levelQuantities[orderLevel[slot]] -= decrement;
                bookEvents.onOrderCanceled(instrumentId, references[slot], decrement, now);
            }
            clientOrderIds[slot] = newClientOrderId;
            executions.onReplaced(ownerId, newClientOrderId, origClientOrderId, orderId, references[slot],
                price, leavesQuantity, true, now);
            return Result.OK;
        }
        final long oldReference = references[slot];
        unlink(slot);
        final long newReference = nextReference++;
        references[slot] = newReference;
        prices[slot] = price;
        leaves[slot] = leavesQuantity;
        clientOrderIds[slot] = newClientOrderId;
        if (!crosses(instrumentId, sideIndex, price)) {
            if (link(slot)) {
                bookEvents.onOrderReplaced(instrumentId, oldReference, newReference, price, leavesQuantity, now);
                executions.onReplaced(ownerId, newClientOrderId, origClientOrderId, orderId, newReference, price,
                    leavesQuantity, false, now);
            } else {
                bookEvents.onOrderDeleted(instrumentId, oldReference, now);
                executions.onReplaced(ownerId, newClientOrderId, origClientOrderId, orderId, newReference, price,
                    leavesQuantity, false, now);
                cancelIncoming(slot, CancelReason.CAPACITY, now);
            }
            return Result.OK;
        }
        bookEvents.onOrderDeleted(instrumentId, oldReference, now);
        executions.onReplaced(ownerId, newClientOrderId, origClientOrderId, orderId, newReference, price,
            leavesQuantity, false, now);
        match(slot, now);
        finishIncoming(slot, now);
        return Result.OK;
    }

    /**
     * Cancels every resting order of an owner (a session disconnect, a kill switch), reporting each. Scans the
     * whole order pool: not for the per-message hot path.
     *
     * @param ownerId the account.
     * @return number of orders canceled.
     */
    public int cancelAll(final long ownerId) {
        final long now = clock.epochNanos();
        int canceled = 0;
        for (int slot = 0; slot < instruments.length; slot++) {
            if (instruments[slot] != NONE && owners[slot] == ownerId) {
                cancelResting(slot, CancelReason.REQUESTED, now);
                canceled++;
            }
        }
        return canceled;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Queries
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Number of instruments.
     *
     * @return count; ids are {@code 0} to this minus one.
     */
    public int instrumentCount() {
        return instrumentCount;
    }

    /**
     * Number of price levels on one side of an instrument's book.
     *
     * @param instrumentId id.
     * @param side         BUY or SELL.
     * @return levels.
     */
    public int levelCount(final int instrumentId, final Side side) {
        return sideCounts[instrumentId * 2 + (side == Side.BUY ? BUY : SELL)];
    }

    /**
     * Price of a level, {@code depth 0} being the best.
     *
     * @param instrumentId id.
     * @param side         BUY or SELL.
     * @param depth        0-based distance from the touch.
     * @return fixed-point price, or {@link FixedPoint#NULL_PRICE} if there is no such level.
     */
    public long levelPrice(final int instrumentId, final Side side, final int depth) {
        final int level = levelAt(instrumentId, side, depth);
        return level == NONE ? FixedPoint.NULL_PRICE : levelPrices[level];
    }

    /**
     * Open quantity of a level.
     *
     * @param instrumentId id.
     * @param side         BUY or SELL.
     * @param depth        0-based distance from the touch.
     * @return quantity, or {@code 0} if there is no such level.
     */
    public long levelQuantity(final int instrumentId, final Side side, final int depth) {
        final int level = levelAt(instrumentId, side, depth);
        return level == NONE ? 0 : levelQuantities[level];
    }

    /**
     * Number of orders at a level.
     *
     * @param instrumentId id.
     * @param side         BUY or SELL.
     * @param depth        0-based distance from the touch.
     * @return orders, or {@code 0} if there is no such level.
     */
    public int levelOrderCount(final int instrumentId, final Side side, final int depth) {
        final int level = levelAt(instrumentId, side, depth);
        return level == NONE ? 0 : levelCounts[level];
    }

    /**
     * Best bid price.
     *
     * @param instrumentId id.
     * @return fixed-point price, or {@link FixedPoint#NULL_PRICE} if the side is empty.
     */
    public long bestBid(final int instrumentId) {
        return levelPrice(instrumentId, Side.BUY, 0);
    }

    /**
     * Best offer price.
     *
     * @param instrumentId id.
     * @return fixed-point price, or {@link FixedPoint#NULL_PRICE} if the side is empty.
     */
    public long bestAsk(final int instrumentId) {
        return levelPrice(instrumentId, Side.SELL, 0);
    }

    /**
     * Resting orders across all instruments.
     *
     * @return count.
     */
    public int orderCount() {
        return liveOrders;
    }

    /**
     * Open quantity of a resting order.
     *
     * @param orderId the engine's id.
     * @return quantity, or {@code 0} if the order is not live.
     */
    public long leavesQuantity(final long orderId) {
        final int slot = (int) orderIndex.get(orderId);
        return slot == NONE ? 0 : leaves[slot];
    }

    /**
     * Current book reference (ITCH order reference number) of a resting order.
     *
     * @param orderId the engine's id.
     * @return the reference, or {@code 0} if the order is not live.
     */
    public long bookReference(final long orderId) {
        final int slot = (int) orderIndex.get(orderId);
        return slot == NONE ? 0 : references[slot];
    }

    /**
     * Open quantity ahead of a resting order at its level (its queue position).
     *
     * @param orderId the engine's id.
     * @return quantity ahead, or {@code -1} if the order is not live.
     */
    public long quantityAhead(final long orderId) {
        final int slot = (int) orderIndex.get(orderId);
        if (slot == NONE) {
            return -1;
        }
        long ahead = 0;
        for (int o = prev[slot]; o != NONE; o = prev[o]) {
            ahead += leaves[o];
        }
        return ahead;
    }

    /**
     * Submits refused because the order pool was full.
     *
     * @return count.
     */
    public long poolFullCount() {
        return poolFullCount;
    }

    /**
     * Remainders canceled ({@link CancelReason#CAPACITY}) because a side had no room for a new level.
     *
     * @return count.
     */
    public long levelFullCount() {
        return levelFullCount;
    }

    /**
     * Submits rejected for a reason.
     *
     * @param reason the reason.
     * @return count.
     */
    public long rejectCount(final RejectReason reason) {
        return rejectCounts[reason.code()];
    }

    /**
     * Match numbers handed out so far.
     *
     * @return number of matches (trades).
     */
    public long matchCount() {
        return nextMatch - 1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Validation
    // ---------------------------------------------------------------------------------------------------------------

    private RejectReason validateNew(final int instrumentId, final Side side, final OrderType type,
        final TimeInForce timeInForce, final int execInstructions, final long priceFixed, final long quantity) {
        if (instrumentId < 0 || instrumentId >= instrumentCount) {
            return RejectReason.UNKNOWN_INSTRUMENT;
        }
        if ((side != Side.BUY && side != Side.SELL) || (type != OrderType.LIMIT && type != OrderType.MARKET)
            || (timeInForce != TimeInForce.DAY && timeInForce != TimeInForce.GTC && timeInForce != TimeInForce.IOC
            && timeInForce != TimeInForce.FOK)
            || (execInstructions & ~(ExecInstructions.POST_ONLY | ExecInstructions.INTERMARKET_SWEEP
            | ExecInstructions.REDUCE_ONLY)) != 0) {
            return RejectReason.UNSUPPORTED_ORDER;
        }
        if ((execInstructions & ExecInstructions.POST_ONLY) != 0
            && (type == OrderType.MARKET || timeInForce.isImmediate())) {
            return RejectReason.UNSUPPORTED_ORDER;
        }
        final RejectReason badQuantity = validateQuantity(instrumentId, quantity);
        if (badQuantity != RejectReason.NONE) {
            return badQuantity;
        }
        return type == OrderType.LIMIT ? validatePrice(instrumentId, priceFixed) : RejectReason.NONE;
    }

    private RejectReason validateQuantity(final int instrumentId, final long quantity) {
        if (quantity <= 0 || quantity % lotSizes[instrumentId] != 0) {
            return RejectReason.INVALID_QUANTITY;
        }
        return quantity > maxQuantities[instrumentId] ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;
    }

    private RejectReason validatePrice(final int instrumentId, final long priceFixed) {
        if (priceFixed <= 0 || priceFixed > maxPrices[instrumentId] || priceFixed % tickSizes[instrumentId] != 0) {
            return RejectReason.INVALID_PRICE;
        }
        return RejectReason.NONE;
    }

    private long reject(final long ownerId, final long clientOrderId, final int instrumentId,
        final RejectReason reason, final long now) {
        rejectCounts[reason.code()]++;
        executions.onRejected(ownerId, clientOrderId, instrumentId, reason, now);
        return Result.REJECTED;
    }

    private int cancelReject(final long ownerId, final long clientOrderId, final long orderId,
        final RejectReason reason, final long now, final int result) {
        executions.onCancelRejected(ownerId, clientOrderId, orderId, reason, now);
        return result;
    }

    private int liveSlot(final long ownerId, final long orderId) {
        final int slot = (int) orderIndex.get(orderId);
        return slot != NONE && owners[slot] == ownerId ? slot : NONE;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Matching
    // ---------------------------------------------------------------------------------------------------------------

    private boolean crosses(final int instrumentId, final int sideIndex, final long price) {
        final int opposite = instrumentId * 2 + (1 - sideIndex);
        final int count = sideCounts[opposite];
        if (count == 0) {
            return false;
        }
        if (price == FixedPoint.NULL_PRICE) {
            return true;
        }
        final long best = levelPrices[sideLevels[opposite * maxLevelsPerSide + count - 1]];
        return sideIndex == BUY ? price >= best : price <= best;
    }

    private long slide(final int instrumentId, final int sideIndex) {
        final int opposite = instrumentId * 2 + (1 - sideIndex);
        final long best = levelPrices[sideLevels[opposite * maxLevelsPerSide + sideCounts[opposite] - 1]];
        final long tick = tickSizes[instrumentId];
        return sideIndex == BUY ? best - tick : best + tick;
    }

    /** Quantity a FOK could execute now, stopping once {@code wanted} is reached; self-match aware. */
    private long fillableQuantity(final int slot, final long wanted) {
        final int instrumentId = instruments[slot];
        final int sideIndex = sides[slot];
        final long price = prices[slot];
        final long owner = owners[slot];
        final int opposite = instrumentId * 2 + (1 - sideIndex);
        final int base = opposite * maxLevelsPerSide;
        long fillable = 0;
        for (int i = sideCounts[opposite] - 1; i >= 0; i--) {
            final int level = sideLevels[base + i];
            final long levelPrice = levelPrices[level];
            if (price != FixedPoint.NULL_PRICE && (sideIndex == BUY ? levelPrice > price : levelPrice < price)) {
                return fillable;
            }
            for (int o = levelHeads[level]; o != NONE; o = next[o]) {
                if (owners[o] == owner && selfMatchPolicy != SelfMatchPolicy.ALLOW) {
                    if (selfMatchPolicy != SelfMatchPolicy.CANCEL_OLDEST) {
                        return fillable;
                    }
                    continue;
                }
                fillable += leaves[o];
                if (fillable >= wanted) {
                    return fillable;
                }
            }
        }
        return fillable;
    }

    private void match(final int slot, final long now) {
        final int instrumentId = instruments[slot];
        final int sideIndex = sides[slot];
        final long price = prices[slot];
        final long owner = owners[slot];
        final int opposite = instrumentId * 2 + (1 - sideIndex);
        final int base = opposite * maxLevelsPerSide;
        boolean stop = false;
        while (!stop && leaves[slot] > 0 && sideCounts[opposite] > 0) {
            final int level = sideLevels[base + sideCounts[opposite] - 1];
            final long levelPrice = levelPrices[level];
            if (price != FixedPoint.NULL_PRICE && (sideIndex == BUY ? levelPrice > price : levelPrice < price)) {
                break;
            }
            int resting = levelHeads[level];
            while (resting != NONE && leaves[slot] > 0) {
                final int following = next[resting];
                if (owners[resting] == owner && selfMatchPolicy != SelfMatchPolicy.ALLOW) {
                    stop = preventSelfMatch(slot, resting, now);
                    if (stop) {
                        break;
                    }
                } else {
                    fill(slot, resting, level, levelPrice, now);
                }
                resting = following;
            }
            if (levelCounts[level] == 0) {
                removeBestLevel(opposite);
            }
        }
    }

    /** Applies the self-match policy to one pair; returns {@code true} if the incoming order stops matching. */
    private boolean preventSelfMatch(final int slot, final int resting, final long now) {
        switch (selfMatchPolicy) {
            case CANCEL_NEWEST:
                cancelIncoming(slot, CancelReason.SELF_MATCH, now);
                return true;
            case CANCEL_OLDEST:
                removeFromLevel(resting, CancelReason.SELF_MATCH, now);
                return false;
            case CANCEL_BOTH:
                removeFromLevel(resting, CancelReason.SELF_MATCH, now);
                cancelIncoming(slot, CancelReason.SELF_MATCH, now);
                return true;
            case DECREMENT_AND_CANCEL:
                final long decrement = Math.min(leaves[slot], leaves[resting]);
                if (decrement == leaves[resting]) {
                    removeFromLevel(resting, CancelReason.SELF_MATCH, now);
                } else {
                    leaves[resting] -= decrement;
                    levelQuantities[orderLevel[resting]] -= decrement;
                    bookEvents.onOrderCanceled(instruments[resting], references[resting], decrement, now);
                    executions.onCanceled(owners[resting], clientOrderIds[resting], orderIds[resting], decrement,
                        leaves[resting], CancelReason.SELF_MATCH, now);
                }
                leaves[slot] -= decrement;
                executions.onCanceled(owners[slot], clientOrderIds[slot], orderIds[slot], decrement, leaves[slot],
                    CancelReason.SELF_MATCH, now);
                return leaves[slot] == 0;
            default:
                return false;
        }
    }

    private void fill(final int slot, final int resting, final int level, final long price, final long now) {
        final long quantity = Math.min(leaves[slot], leaves[resting]);
        final long match = nextMatch++;
        final int instrumentId = instruments[slot];
        leaves[resting] -= quantity;
        cumulative[resting] += quantity;
        levelQuantities[level] -= quantity;
        leaves[slot] -= quantity;
        cumulative[slot] += quantity;
        bookEvents.onOrderExecuted(instrumentId, references[resting], quantity, price, match, now);
        final boolean restingDone = leaves[resting] == 0;
        if (restingDone) {
            unlinkFromLevel(resting, level);
        }
        executions.onFill(owners[resting], clientOrderIds[resting], orderIds[resting], instrumentId,
            sides[resting] == BUY ? Side.BUY : Side.SELL, match * 2, match, price, quantity, leaves[resting],
            cumulative[resting], Liquidity.ADDED, now);
        executions.onFill(owners[slot], clientOrderIds[slot], orderIds[slot], instrumentId,
            sides[slot] == BUY ? Side.BUY : Side.SELL, match * 2 + 1, match, price, quantity, leaves[slot],
            cumulative[slot], Liquidity.REMOVED, now);
        if (restingDone) {
            release(resting);
        }
    }

    /** After matching: rest the remainder, cancel it (immediate orders) or release a filled order. */
    private void finishIncoming(final int slot, final long now) {
        if (leaves[slot] == 0) {
            if (instruments[slot] != NONE) {
                release(slot);
            }
            return;
        }
        if (immediate[slot]) {
            cancelIncoming(slot, CancelReason.IMMEDIATE, now);
            return;
        }
        if (link(slot)) {
            bookEvents.onOrderAdded(instruments[slot], references[slot], sides[slot] == BUY ? Side.BUY : Side.SELL,
                prices[slot], leaves[slot], now);
        } else {
            cancelIncoming(slot, CancelReason.CAPACITY, now);
        }
    }

    /** Cancels the open quantity of an order that is not on the book (incoming) and releases it. */
    private void cancelIncoming(final int slot, final CancelReason reason, final long now) {
        final long canceled = leaves[slot];
        leaves[slot] = 0;
        executions.onCanceled(owners[slot], clientOrderIds[slot], orderIds[slot], canceled, 0, reason, now);
        release(slot);
    }

    /** Cancels a resting order whole outside matching: removes it, its level if emptied, and releases it. */
    private void cancelResting(final int slot, final CancelReason reason, final long now) {
        final long canceled = leaves[slot];
        final long reference = references[slot];
        final int instrumentId = instruments[slot];
        unlink(slot);
        leaves[slot] = 0;
        bookEvents.onOrderDeleted(instrumentId, reference, now);
        executions.onCanceled(owners[slot], clientOrderIds[slot], orderIds[slot], canceled, 0, reason, now);
        release(slot);
    }

    /** Cancels a resting order whole during matching: its level stays even if emptied (the match loop removes it). */
    private void removeFromLevel(final int slot, final CancelReason reason, final long now) {
        final long canceled = leaves[slot];
        final int level = orderLevel[slot];
        levelQuantities[level] -= canceled;
        unlinkFromLevel(slot, level);
        leaves[slot] = 0;
        bookEvents.onOrderDeleted(instruments[slot], references[slot], now);
        executions.onCanceled(owners[slot], clientOrderIds[slot], orderIds[slot], canceled, 0, reason, now);
        release(slot);
    }

    private void decrementResting(final int slot, final long decrement, final CancelReason reason, final long now) {
        leaves[slot] -= decrement;
        levelQuantities[orderLevel[slot]] -= decrement;
        bookEvents.onOrderCanceled(instruments[slot], references[slot], decrement, now);
        executions.onCanceled(owners[slot], clientOrderIds[slot], orderIds[slot], decrement, leaves[slot], reason,
            now);
    }

    private void release(final int slot) {
        orderIndex.remove(orderIds[slot]);
        instruments[slot] = NONE;
        next[slot] = freeOrder;
        freeOrder = slot;
        liveOrders--;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Levels
    // ---------------------------------------------------------------------------------------------------------------

    /** Appends an order to the tail of its price level, creating the level; {@code false} if the side is full. */
    private boolean link(final int slot) {
        final int bookSide = instruments[slot] * 2 + sides[slot];
        final int level = findOrCreateLevel(bookSide, sides[slot] == BUY, prices[slot]);
        if (level == NONE) {
            levelFullCount++;
            return false;
        }
        final int tail = levelTails[level];
        prev[slot] = tail;
        next[slot] = NONE;
        if (tail == NONE) {
            levelHeads[level] = slot;
        } else {
            next[tail] = slot;
        }
        levelTails[level] = slot;
        levelCounts[level]++;
        levelQuantities[level] += leaves[slot];
        orderLevel[slot] = level;
        return true;
    }

    /** Removes a resting order from its level, and the level from its side if emptied. */
    private void unlink(final int slot) {
        final int level = orderLevel[slot];
        levelQuantities[level] -= leaves[slot];
        unlinkFromLevel(slot, level);
        if (levelCounts[level] == 0) {
            removeLevel(instruments[slot] * 2 + sides[slot], level);
        }
    }

    private void unlinkFromLevel(final int slot, final int level) {
        final int before = prev[slot];
        final int after = next[slot];
        if (before == NONE) {
            levelHeads[level] = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            levelTails[level] = before;
        } else {
            prev[after] = before;
        }
        levelCounts[level]--;
        orderLevel[slot] = NONE;
        prev[slot] = NONE;
        next[slot] = NONE;
    }

    private int findOrCreateLevel(final int bookSide, final boolean bid, final long price) {
        final int base = bookSide * maxLevelsPerSide;
        final int count = sideCounts[bookSide];
        int i = count - 1;
        while (i >= 0) {
            final int level = sideLevels[base + i];
            final long levelPrice = levelPrices[level];
            if (levelPrice == price) {
                return level;
            }
            if (bid ? levelPrice < price : levelPrice > price) {
                break;
            }
            i--;
        }
        if (count == maxLevelsPerSide || freeLevel == NONE) {
            return NONE;
        }
        final int level = freeLevel;
        freeLevel = levelHeads[level];
        levelPrices[level] = price;
        levelQuantities[level] = 0;
        levelCounts[level] = 0;
        levelHeads[level] = NONE;
        levelTails[level] = NONE;
        final int position = i + 1;
        System.arraycopy(sideLevels, base + position, sideLevels, base + position + 1, count - position);
        sideLevels[base + position] = level;
        sideCounts[bookSide] = count + 1;
        return level;
    }

    private void removeBestLevel(final int bookSide) {
        final int count = sideCounts[bookSide] - 1;
        freeLevelId(sideLevels[bookSide * maxLevelsPerSide + count]);
        sideCounts[bookSide] = count;
    }

    private void removeLevel(final int bookSide, final int level) {
        final int base = bookSide * maxLevelsPerSide;
        final int count = sideCounts[bookSide];
        int i = count - 1;
        while (sideLevels[base + i] != level) {
            i--;
        }
        System.arraycopy(sideLevels, base + i + 1, sideLevels, base + i, count - 1 - i);
        sideCounts[bookSide] = count - 1;
        freeLevelId(level);
    }

    private void freeLevelId(final int level) {
        levelHeads[level] = freeLevel;
        freeLevel = level;
    }

    private int levelAt(final int instrumentId, final Side side, final int depth) {
        final int bookSide = instrumentId * 2 + (side == Side.BUY ? BUY : SELL);
        final int count = sideCounts[bookSide];
        if (depth < 0 || depth >= count) {
            return NONE;
        }
        return sideLevels[bookSide * maxLevelsPerSide + count - 1 - depth];
    }
}
