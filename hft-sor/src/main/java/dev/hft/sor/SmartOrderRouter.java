package dev.hft.sor;

import java.math.RoundingMode;
import java.util.Arrays;

import org.agrona.collections.Long2LongHashMap;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;

/**
 * Owns parent orders and their children across venues: routes each parent with a {@link Router} over its
 * instrument's {@link ConsolidatedBook}, sends every child through the {@link PreTradeCheck} and the
 * {@link ChildOrderSink}, takes the children's execution reports (it is an {@link OrderEventListener}: wire the
 * gateways' events, or the OMS's, to it), re-routes what comes back unfilled or rejected, and rolls fills up into the
 * parent exactly once ({@link ParentOrderListener}).
 *
 * <p><b>Never overfilled.</b> Per parent the router tracks {@code filled} and {@code working} (children sent and not
 * yet accounted for) and never routes more than {@code quantity - filled - working}. A child's quantity stays
 * working until the venue accounts for it: a cancel or expiry releases only the quantity the venue says it canceled,
 * so a fill still in flight when an IOC's remainder is canceled stays reserved until it arrives (a late fill); a
 * reject releases the whole child. Children stay known until their parent is done, so a fill that arrives after
 * its child was accounted for still reaches the parent: if it is beyond what the child had working (a venue that
 * misreported a cancel) it is booked, counted ({@link #excessFills()}) and reduces what is routed next, and if filled
 * plus working then exceed the parent's quantity the router cancels the parent's resting children (what they give
 * back is routed again within what is left). A fill after the parent is done is an orphan
 * ({@link ParentOrderListener#onOrphanFill}).
 *
 * <p><b>Re-routing.</b> Quantity released by a child (IOC remainder, reject, expiry, a refused send) is routed again
 * in {@link #doWork()} (never from inside an event handler, so a gateway is never re-entered from its own poll), at
 * most {@link #maxRouteAttempts(int)} decisions per parent. A venue that rejected a child is excluded for the rest of
 * that parent; a venue whose sink answered {@link Result#THROTTLED}, {@link Result#BACK_PRESSURED} or
 * {@link Result#NOT_CONNECTED} is throttled in the {@link VenueModel} for {@link #throttleBackoffNs(long)}. A parent
 * is done when it is filled, canceled and every child accounted for, or when nothing more can be routed (an IOC or
 * market parent after its sweeps, no routable venue, attempts used up, only an odd lot left).
 *
 * <p><b>Venue model.</b> The router feeds the model's latency (send to the venue's first answer, on the injected
 * {@link NanoClock}) and fill statistics (each child's filled over sent quantity when it is done).
 *
 * <p>Everything is preallocated (parents, children, id maps, the decision); submit, events and {@code doWork}
 * allocate nothing. Single-threaded: one trading thread makes every call.
 */
public final class SmartOrderRouter implements OrderEventListener {

    /** Default most routing decisions per parent. */
    public static final int DEFAULT_MAX_ROUTE_ATTEMPTS = 8;

    /** Default time a venue is skipped after its sink throttled or back-pressured a child: 1 ms. */
    public static final long DEFAULT_THROTTLE_BACKOFF_NS = 1_000_000L;

    /** Default execution ids remembered per venue for duplicate detection. */
    public static final int DEFAULT_EXECUTION_ID_WINDOW = 65_536;

    private static final long MISSING = -1L;
    private static final int NONE = -1;
    private static final byte FREE = 0;
    private static final byte ACTIVE = 1;
    private static final byte CANCELING = 2;

    private final VenueModel venues;
    private final Router router;
    private final ChildOrderSink sink;
    private final PreTradeCheck check;
    private final ParentOrderListener listener;
    private final NanoClock clock;
    private final EpochNanoClock epochClock;
    private final int venueCount;
    private final ConsolidatedBook[] books;
    private final RoutingParams[] strategyParams;
    private final RoutingParams defaultParams = new RoutingParams();
    private final RoutingDecision decision;
    private final ExecutionIdWindow[] executionIds;
    /** Per instrument and side (index {@code instrument * 2 + (BUY ? 0 : 1)}), IOC quantity in flight per venue. */
    private final long[][] takingInFlight;

    private final Long2LongHashMap parentSlots;
    private final long[] parentId;
    private final int[] parentStrategy;
    private final int[] parentInstrument;
    private final Side[] parentSide;
    private final long[] parentQuantity;
    private final long[] parentLimit;
    private final TimeInForce[] parentTimeInForce;
    private final int[] parentExecInstructions;
    private final long[] parentFilled;
    private final long[] parentWorking;
    private final long[] parentNotional;
    private final long[] parentFees;
    private final byte[] parentState;
    private final int[] parentAttempts;
    private final long[] parentExcluded;
    private final boolean[] parentQueued;
    private final int[] parentFirstChild;
    private final long[] venueFilled;
    private final long[] venueNotional;
    private final long[] venueFees;
    private final int[] freeParents;
    private int freeParentCount;
    private final int[] workQueue;
    private int workHead;
    private int workCount;

    private final Long2LongHashMap childSlots;
    private final long[] childId;
    private final int[] childParent;
    private final int[] childVenue;
    private final long[] childQuantity;
    private final long[] childFilled;
    private final long[] childReleased;
    private final boolean[] childResting;
    private final boolean[] childAnswered;
    private final boolean[] childDone;
    private final boolean[] childCancelSent;
    private final long[] childSentNs;
    private final int[] childNext;
    private final int[] childPrev;
    private final int[] freeChildren;
    private int freeChildCount;

    private int maxRouteAttempts = DEFAULT_MAX_ROUTE_ATTEMPTS;
    private long throttleBackoffNs = DEFAULT_THROTTLE_BACKOFF_NS;

    private long childrenSent;
    private long decisions;
    private long preTradeRejects;
    private long sendFailures;
    private long venueRejects;
    private long duplicateFills;
    private long excessFills;
    private long orphanFills;
    private long unknownChildEvents;
    private long invalidEvents;
    private long poolExhausted;

    /**
     * Creates a router with every pool preallocated.
     *
     * @param venues         the venue model (shared with nobody else on another thread).
     * @param sink           where children go.
     * @param check          the pre-trade check every child passes.
     * @param listener       receives parent fills, child rejects and parent completions.
     * @param clock          monotonic clock: latency measurement and throttles.
     * @param epochClock     timestamps of events the router itself originates.
     * @param maxParents     parents live at once.
     * @param maxChildren    children live at once, over all parents.
     * @param maxStrategies  strategy ids {@code 0..maxStrategies-1} that can have their own {@link RoutingParams}.
     */
    public SmartOrderRouter(
        final VenueModel venues,
        final ChildOrderSink sink,
        final PreTradeCheck check,
        final ParentOrderListener listener,
        final NanoClock clock,
        final EpochNanoClock epochClock,
        final int maxParents,
        final int maxChildren,
        final int maxStrategies) {
        if (maxParents < 1 || maxChildren < 1 || maxStrategies < 1) {
            throw new IllegalArgumentException("pool sizes must be positive: " + maxParents + ", " + maxChildren
                + ", " + maxStrategies);
        }
        if (venues == null || sink == null || check == null || listener == null || clock == null
            || epochClock == null) {
            throw new NullPointerException("venues, sink, check, listener and clocks are required");
        }
        this.venues = venues;
        this.router = new Router(venues);
        this.sink = sink;
        this.check = check;
        this.listener = listener;
        this.clock = clock;
        this.epochClock = epochClock;
        this.venueCount = venues.venueCount();
        this.books = new ConsolidatedBook[venues.instrumentCount()];
        this.strategyParams = new RoutingParams[maxStrategies];
        this.decision = new RoutingDecision(venueCount + 1);
        this.takingInFlight = new long[venues.instrumentCount() * 2][venueCount];
        this.executionIds = new ExecutionIdWindow[venueCount];
        for (int v = 0; v < venueCount; v++) {
            executionIds[v] = new ExecutionIdWindow(DEFAULT_EXECUTION_ID_WINDOW);
        }

        parentSlots = new Long2LongHashMap(maxParents * 2, 0.65f, MISSING);
        parentId = new long[maxParents];
        parentStrategy = new int[maxParents];
        parentInstrument = new int[maxParents];
        parentSide = new Side[maxParents];
        parentQuantity = new long[maxParents];
        parentLimit = new long[maxParents];
        parentTimeInForce = new TimeInForce[maxParents];
        parentExecInstructions = new int[maxParents];
        parentFilled = new long[maxParents];
        parentWorking = new long[maxParents];
        parentNotional = new long[maxParents];
        parentFees = new long[maxParents];
        parentState = new byte[maxParents];
        parentAttempts = new int[maxParents];
        parentExcluded = new long[maxParents];
        parentQueued = new boolean[maxParents];
        parentFirstChild = new int[maxParents];
        Arrays.fill(parentFirstChild, NONE);
        venueFilled = new long[maxParents * venueCount];
        venueNotional = new long[maxParents * venueCount];
        venueFees = new long[maxParents * venueCount];
        freeParents = new int[maxParents];
        for (int i = 0; i < maxParents; i++) {
            freeParents[i] = maxParents - 1 - i;
        }
        freeParentCount = maxParents;
        workQueue = new int[maxParents];

        childSlots = new Long2LongHashMap(maxChildren * 2, 0.65f, MISSING);
        childId = new long[maxChildren];
        childParent = new int[maxChildren];
        childVenue = new int[maxChildren];
        childQuantity = new long[maxChildren];
        childFilled = new long[maxChildren];
        childReleased = new long[maxChildren];
        childResting = new boolean[maxChildren];
        childAnswered = new boolean[maxChildren];
        childDone = new boolean[maxChildren];
        childCancelSent = new boolean[maxChildren];
        childSentNs = new long[maxChildren];
        childNext = new int[maxChildren];
        childPrev = new int[maxChildren];
        freeChildren = new int[maxChildren];
        for (int i = 0; i < maxChildren; i++) {
            freeChildren[i] = maxChildren - 1 - i;
        }
        freeChildCount = maxChildren;
    }

    // ------------------------------------------------------------------------------------------------ set-up

    /**
     * Registers the consolidated book of an instrument (its {@link ConsolidatedBook#instrumentId()}).
     *
     * @param book the book; its venue ids must be the venue model's.
     * @return this.
     */
    public SmartOrderRouter book(final ConsolidatedBook book) {
        if (book.instrumentId() < 0 || book.instrumentId() >= books.length || book.venueCount() > venueCount) {
            throw new IllegalArgumentException("book of instrument " + book.instrumentId() + " over "
                + book.venueCount() + " venues does not fit the venue model");
        }
        books[book.instrumentId()] = book;
        return this;
    }

    /**
     * Sets a strategy's routing settings (read at every decision; the object is kept, not copied).
     *
     * @param strategyId the strategy, {@code 0..maxStrategies-1}.
     * @param params     its settings.
     * @return this.
     */
    public SmartOrderRouter strategy(final int strategyId, final RoutingParams params) {
        if (params == null) {
            throw new NullPointerException("params");
        }
        strategyParams[strategyId] = params;
        return this;
    }

    /**
     * The settings used for strategies without their own.
     *
     * @return the default settings (mutable).
     */
    public RoutingParams defaultParams() {
        return defaultParams;
    }

    /**
     * Sets the most routing decisions per parent (the first included).
     *
     * @param attempts positive.
     * @return this.
     */
    public SmartOrderRouter maxRouteAttempts(final int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive: " + attempts);
        }
        this.maxRouteAttempts = attempts;
        return this;
    }

    /**
     * Sets how long a venue is skipped after its sink throttled, back-pressured or was not connected.
     *
     * @param backoffNs nanoseconds, {@code >= 0}.
     * @return this.
     */
    public SmartOrderRouter throttleBackoffNs(final long backoffNs) {
        if (backoffNs < 0) {
            throw new IllegalArgumentException("backoffNs must not be negative: " + backoffNs);
        }
        this.throttleBackoffNs = backoffNs;
        return this;
    }

    /**
     * The venue model.
     *
     * @return the model.
     */
    public VenueModel venues() {
        return venues;
    }

    /**
     * The router that makes the decisions.
     *
     * @return the router.
     */
    public Router router() {
        return router;
    }

    // ------------------------------------------------------------------------------------------------ requests

    /**
     * Accepts a parent order and routes it at once: sweep children and possibly a posted child leave through the
     * pre-trade check and the sink before this returns. If nothing can be routed the parent is done at once
     * ({@link ParentOrderListener#onParentDone} is called before this returns). Allocation-free.
     *
     * @param parentOrderId    the parent's id, positive and not live (the OMS's parent id).
     * @param strategyId       owning strategy, {@code >= 0}; its {@link RoutingParams} apply.
     * @param instrumentId     instrument with a registered book.
     * @param side             BUY or SELL.
     * @param quantity         positive quantity.
     * @param limitPriceFixed  limit, or {@link FixedPoint#NULL_PRICE} for a market parent (swept, never posted).
     * @param timeInForce      IOC or FOK: sweep only; DAY, GTC and the rest: sweep, then post the remainder.
     * @param execInstructions {@link ExecInstructions} flags passed to every child.
     * @return {@link Result#OK}; {@link Result#INVALID_ARGUMENT} for a bad argument, an unknown instrument or a
     *     parent id already live; {@link Result#REJECTED} if the parent pool is full.
     */
    public int submit(
        final long parentOrderId,
        final int strategyId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (parentOrderId <= 0 || strategyId < 0 || instrumentId < 0 || instrumentId >= books.length
            || books[instrumentId] == null || (side != Side.BUY && side != Side.SELL) || quantity <= 0
            || quantity > ConsolidatedBook.MAX_QUANTITY || timeInForce == null || timeInForce == TimeInForce.UNKNOWN
            || !ExecInstructions.isValid(execInstructions) || parentSlots.get(parentOrderId) != MISSING) {
            return Result.INVALID_ARGUMENT;
        }
        if (freeParentCount == 0) {
            poolExhausted++;
            return Result.REJECTED;
        }
        final int slot = freeParents[--freeParentCount];
        parentSlots.put(parentOrderId, slot);
        parentId[slot] = parentOrderId;
        parentStrategy[slot] = strategyId;
        parentInstrument[slot] = instrumentId;
        parentSide[slot] = side;
        parentQuantity[slot] = quantity;
        parentLimit[slot] = limitPriceFixed;
        parentTimeInForce[slot] = timeInForce;
        parentExecInstructions[slot] = execInstructions;
        parentFilled[slot] = 0;
        parentWorking[slot] = 0;
        parentNotional[slot] = 0;
        parentFees[slot] = 0;
        parentState[slot] = ACTIVE;
        parentAttempts[slot] = 0;
        parentExcluded[slot] = 0;
        parentQueued[slot] = false;
        parentFirstChild[slot] = NONE;
        final int base = slot * venueCount;
        Arrays.fill(venueFilled, base, base + venueCount, 0);
        Arrays.fill(venueNotional, base, base + venueCount, 0);
        Arrays.fill(venueFees, base, base + venueCount, 0);
        route(slot);
        return Result.OK;
    }

    /**
     * Cancels a parent: cancels its working children; the parent is done when every child is accounted for
     * ({@link ParentOrderListener#onParentDone}, possibly before this returns). Allocation-free.
     *
     * @param parentOrderId the parent.
     * @return {@link Result#OK}; {@link Result#UNKNOWN_ORDER} if no such parent is live.
     */
    public int cancel(final long parentOrderId) {
        final long slotValue = parentSlots.get(parentOrderId);
        if (slotValue == MISSING) {
            return Result.UNKNOWN_ORDER;
        }
        final int slot = (int) slotValue;
        parentState[slot] = CANCELING;
        cancelChildren(slot, false);
        if (parentWorking[slot] == 0) {
            done(slot, epochClock.epochNanos());
        }
        return Result.OK;
    }

    /**
     * Re-routes the parents whose children came back unfilled or rejected since the last call. Call it from the
     * trading thread's duty cycle. Allocation-free.
     *
     * @return the number of parents routed.
     */
    public int doWork() {
        int work = 0;
        for (int n = workCount; n > 0 && workCount > 0; n--) {
            final int slot = workQueue[workHead];
            workHead = workHead + 1 == workQueue.length ? 0 : workHead + 1;
            workCount--;
            parentQueued[slot] = false;
            if (parentState[slot] == ACTIVE) {
                route(slot);
                work++;
            }
        }
        return work;
    }

    // ------------------------------------------------------------------------------------------------ routing

    private void route(final int slot) {
        final long open = parentQuantity[slot] - parentFilled[slot] - parentWorking[slot];
        if (open <= 0) {
            finishIfIdle(slot);
            return;
        }
        if (parentAttempts[slot] >= maxRouteAttempts) {
            finishIfIdle(slot);
            return;
        }
        parentAttempts[slot]++;
        decisions++;
        final int strategy = parentStrategy[slot];
        final RoutingParams params = strategy < strategyParams.length && strategyParams[strategy] != null
            ? strategyParams[strategy] : defaultParams;
        final long nowNs = clock.nanoTime();
        final RoutingDecision decision = this.decision;
        final int count = router.decide(books[parentInstrument[slot]], parentSide[slot], open, parentLimit[slot],
            parentTimeInForce[slot], parentExcluded[slot], params, nowNs, inFlight(slot), decision);
        int sent = 0;
        for (int i = 0; i < count; i++) {
            if (send(slot, decision.venueId(i), decision.quantity(i), decision.price(i), decision.orderType(i),
                decision.timeInForce(i), nowNs)) {
                sent++;
            }
        }
        if (parentWorking[slot] == 0) {
            if (count > 0 && sent == 0 && parentAttempts[slot] < maxRouteAttempts) {
                enqueue(slot);
            } else {
                done(slot, epochClock.epochNanos());
            }
        }
    }

    private boolean send(
        final int slot, final int venueId, final long quantity, final long price, final OrderType type,
        final TimeInForce timeInForce, final long nowNs) {
        final long parent = parentId[slot];
        final long id = sink.peekClientOrderId();
        final RejectReason reason = check.check(id, parentStrategy[slot], venueId, parentInstrument[slot],
            parentSide[slot], quantity, price, type, timeInForce, parentExecInstructions[slot]);
        if (reason != RejectReason.NONE) {
            preTradeRejects++;
            listener.onChildRejected(parent, venueId, id, quantity, reason, true, epochClock.epochNanos());
            return false;
        }
        if (freeChildCount == 0) {
            poolExhausted++;
            listener.onChildRejected(parent, venueId, id, quantity, RejectReason.OTHER, true,
                epochClock.epochNanos());
            return false;
        }
        final long result = sink.send(parent, parentStrategy[slot], venueId, parentInstrument[slot],
            parentSide[slot], quantity, price, type, timeInForce, parentExecInstructions[slot]);
        if (result <= 0) {
            sendFailures++;
            final RejectReason why;
            if (result == Result.THROTTLED || result == Result.BACK_PRESSURED) {
                venues.throttle(venueId, nowNs + throttleBackoffNs);
                why = RejectReason.THROTTLED;
            } else if (result == Result.NOT_CONNECTED || result == Result.CLOSED) {
                venues.throttle(venueId, nowNs + throttleBackoffNs);
                why = RejectReason.VENUE_DISCONNECTED;
            } else {
                parentExcluded[slot] |= 1L << venueId;
                final RejectReason sinkReason = sink.lastRejectReason();
                why = sinkReason == RejectReason.NONE ? RejectReason.OTHER : sinkReason;
            }
            listener.onChildRejected(parent, venueId, id, quantity, why, true, epochClock.epochNanos());
            return false;
        }
        // keeps a risk checker's open-order and exposure state in step; when the sink is the OMS, which runs its own
        // check and notifies it, the router is given PreTradeCheck.ACCEPT_ALL so nothing is counted twice
        check.onOrderSent(result, parentStrategy[slot], venueId, parentInstrument[slot], parentSide[slot], quantity,
            price);
        final int child = freeChildren[--freeChildCount];
        childSlots.put(result, child);
        childId[child] = result;
        childParent[child] = slot;
        childVenue[child] = venueId;
        childQuantity[child] = quantity;
        childFilled[child] = 0;
        childReleased[child] = 0;
        childResting[child] = !timeInForce.isImmediate();
        childAnswered[child] = false;
        childDone[child] = false;
        childCancelSent[child] = false;
        childSentNs[child] = nowNs;
        final int head = parentFirstChild[slot];
        childPrev[child] = NONE;
        childNext[child] = head;
        if (head != NONE) {
            childPrev[head] = child;
        }
        parentFirstChild[slot] = child;
        parentWorking[slot] += quantity;
        if (!childResting[child]) {
            inFlight(slot)[venueId] += quantity;
        }
        venues.onChildSent(venueId, quantity);
        childrenSent++;
        return true;
    }

    private long[] inFlight(final int slot) {
        return takingInFlight[parentInstrument[slot] * 2 + (parentSide[slot] == Side.BUY ? 0 : 1)];
    }

    /** A child's open quantity shrinks by {@code quantity}: an IOC's no longer takes displayed liquidity. */
    private void settle(final int child, final long quantity) {
        final int slot = childParent[child];
        parentWorking[slot] -= quantity;
        if (!childResting[child]) {
            inFlight(slot)[childVenue[child]] -= quantity;
        }
    }

    private void enqueue(final int slot) {
        if (parentQueued[slot]) {
            return;
        }
        parentQueued[slot] = true;
        int tail = workHead + workCount;
        if (tail >= workQueue.length) {
            tail -= workQueue.length;
        }
        workQueue[tail] = slot;
        workCount++;
    }

    private void cancelChildren(final int slot, final boolean restingOnly) {
        for (int child = parentFirstChild[slot]; child != NONE; child = childNext[child]) {
            if (!childDone[child] && !childCancelSent[child] && (!restingOnly || childResting[child])) {
                childCancelSent[child] = true;
                sink.cancel(childVenue[child], childId[child]);
            }
        }
    }

    private void finishIfIdle(final int slot) {
        if (parentWorking[slot] == 0) {
            done(slot, epochClock.epochNanos());
        }
    }

    private void done(final int slot, final long timestampNs) {
        if (parentState[slot] == FREE) {
            return;
        }
        final long filled = parentFilled[slot];
        final long average = filled == 0 ? FixedPoint.NULL_PRICE
            : FixedPoint.divide(parentNotional[slot], filled, RoundingMode.HALF_EVEN);
        listener.onParentDone(parentId[slot], filled, Math.max(0, parentQuantity[slot] - filled), average,
            parentFees[slot], timestampNs);
        for (int child = parentFirstChild[slot]; child != NONE; ) {
            final int next = childNext[child];
            final long open = childOpen(child);
            if (open > 0 && !childResting[child]) {
                inFlight(slot)[childVenue[child]] -= open;
            }
            releaseChild(child);
            child = next;
        }
        parentFirstChild[slot] = NONE;
        parentState[slot] = FREE;
        parentSlots.remove(parentId[slot]);
        freeParents[freeParentCount++] = slot;
    }

    /** Takes a child out of the map and its parent's list and returns it to the pool. */
    private void releaseChild(final int child) {
        childSlots.remove(childId[child]);
        final int slot = childParent[child];
        final int prev = childPrev[child];
        final int next = childNext[child];
        if (prev == NONE) {
            parentFirstChild[slot] = next;
        } else {
            childNext[prev] = next;
        }
        if (next != NONE) {
            childPrev[next] = prev;
        }
        freeChildren[freeChildCount++] = child;
    }

    /**
     * Marks a child whose quantity is fully accounted for as done and feeds the venue's fill statistics. The child
     * stays known until its parent is done, so a late fill still reaches the parent.
     */
    private void retire(final int child) {
        if (!childDone[child]) {
            childDone[child] = true;
            venues.onChildDone(childVenue[child], childQuantity[child], childFilled[child], childResting[child]);
        }
    }

    private int child(final int venueId, final long clientOrderId) {
        final long value = childSlots.get(clientOrderId);
        if (value == MISSING) {
            unknownChildEvents++;
            return NONE;
        }
        final int child = (int) value;
        if (childVenue[child] != venueId) {
            invalidEvents++;
            return NONE;
        }
        if (!childAnswered[child]) {
            childAnswered[child] = true;
            venues.onRoundTrip(venueId, clock.nanoTime() - childSentNs[child]);
        }
        return child;
    }

    private long childOpen(final int child) {
        return Math.max(0, childQuantity[child] - childFilled[child] - childReleased[child]);
    }

    /** Gives back {@code quantity} of a child to its parent (canceled, expired, rejected). */
    private void release(final int child, final long quantity, final long timestampNs) {
        final long released = Math.min(Math.max(0, quantity), childOpen(child));
        final int slot = childParent[child];
        childReleased[child] += released;
        settle(child, released);
        if (childOpen(child) == 0) {
            retire(child);
        }
        afterChange(slot, released > 0, timestampNs);
    }

    private void afterChange(final int slot, final boolean reroute, final long timestampNs) {
        if (parentState[slot] == CANCELING || parentFilled[slot] >= parentQuantity[slot]) {
            if (parentWorking[slot] == 0) {
                done(slot, timestampNs);
            }
        } else if (parentState[slot] == ACTIVE && (reroute || parentWorking[slot] == 0)) {
            enqueue(slot);
        }
    }

    // ------------------------------------------------------------------------------------------------ events

    @Override
    public void onAccepted(
        final int venueId, final long clientOrderId, final long venueOrderId, final long timestampNs) {
        child(venueId, clientOrderId);
    }

    @Override
    public void onRejected(
        final int venueId, final long clientOrderId, final RejectReason reason, final long timestampNs) {
        final int child = child(venueId, clientOrderId);
        if (child == NONE) {
            return;
        }
        if (childDone[child]) {
            invalidEvents++;
            return;
        }
        venueRejects++;
        final int slot = childParent[child];
        parentExcluded[slot] |= 1L << venueId;
        listener.onChildRejected(parentId[slot], venueId, clientOrderId, childQuantity[child], reason, false,
            timestampNs);
        release(child, childOpen(child), timestampNs);
    }

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
        if (venueId < 0 || venueId >= venueCount || lastQuantity <= 0 || lastPriceFixed == FixedPoint.NULL_PRICE) {
            invalidEvents++;
            return;
        }
        if (!executionIds[venueId].add(executionId)) {
            duplicateFills++;
            return;
        }
        final long value = childSlots.get(clientOrderId);
        if (value == MISSING) {
            orphanFills++;
            listener.onOrphanFill(venueId, clientOrderId, executionId, lastPriceFixed, lastQuantity, liquidity,
                timestampNs);
            return;
        }
        final int child = child(venueId, clientOrderId);
        if (child == NONE) {
            return;
        }
        final int slot = childParent[child];
        final long open = childOpen(child);
        if (lastQuantity > open) {
            excessFills++;
        }
        childFilled[child] += lastQuantity;
        settle(child, Math.min(lastQuantity, open));
        parentFilled[slot] += lastQuantity;
        final long notional = FixedPoint.notional(lastPriceFixed, lastQuantity);
        final long fee = lastQuantity * (liquidity == Liquidity.ADDED ? venues.makerFeeFixed(venueId)
            : venues.takerFeeFixed(venueId));
        parentNotional[slot] = FixedPoint.addSaturated(parentNotional[slot], notional);
        parentFees[slot] += fee;
        final int index = slot * venueCount + venueId;
        venueFilled[index] += lastQuantity;
        venueNotional[index] = FixedPoint.addSaturated(venueNotional[index], notional);
        venueFees[index] += fee;
        final long filled = parentFilled[slot];
        listener.onParentFill(parentId[slot], parentStrategy[slot], parentInstrument[slot], parentSide[slot], venueId,
            clientOrderId, executionId, lastPriceFixed, lastQuantity, liquidity, fee, filled,
            Math.max(0, parentQuantity[slot] - filled), timestampNs);
        if (parentState[slot] == FREE) {
            return;
        }
        if (childOpen(child) == 0) {
            retire(child);
        }
        if (filled + parentWorking[slot] > parentQuantity[slot]) {
            cancelChildren(slot, true);
        }
        afterChange(slot, false, timestampNs);
    }

    @Override
    public void onCanceled(
        final int venueId,
        final long clientOrderId,
        final long canceledQuantity,
        final RejectReason reason,
        final long timestampNs) {
        final int child = child(venueId, clientOrderId);
        if (child != NONE) {
            release(child, canceledQuantity, timestampNs);
        }
    }

    @Override
    public void onExpired(
        final int venueId, final long clientOrderId, final long expiredQuantity, final long timestampNs) {
        final int child = child(venueId, clientOrderId);
        if (child != NONE) {
            release(child, expiredQuantity, timestampNs);
        }
    }

    // ------------------------------------------------------------------------------------------------ queries

    private int slotOf(final long parentOrderId) {
        final long value = parentSlots.get(parentOrderId);
        return value == MISSING ? NONE : (int) value;
    }

    /**
     * Whether a parent is live (not yet done).
     *
     * @param parentOrderId the parent.
     * @return {@code true} if live.
     */
    public boolean isLive(final long parentOrderId) {
        return slotOf(parentOrderId) != NONE;
    }

    /**
     * A live parent's filled quantity.
     *
     * @param parentOrderId the parent.
     * @return the quantity, {@code -1} if the parent is not live.
     */
    public long filledQuantity(final long parentOrderId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE ? -1 : parentFilled[slot];
    }

    /**
     * A live parent's working quantity: sent to venues and not yet filled, canceled or rejected.
     *
     * @param parentOrderId the parent.
     * @return the quantity, {@code -1} if the parent is not live.
     */
    public long workingQuantity(final long parentOrderId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE ? -1 : parentWorking[slot];
    }

    /**
     * A live parent's volume-weighted average fill price.
     *
     * @param parentOrderId the parent.
     * @return fixed-point price, {@link FixedPoint#NULL_PRICE} if not live or nothing filled.
     */
    public long averagePriceFixed(final long parentOrderId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE || parentFilled[slot] == 0 ? FixedPoint.NULL_PRICE
            : FixedPoint.divide(parentNotional[slot], parentFilled[slot], RoundingMode.HALF_EVEN);
    }

    /**
     * A live parent's total fees.
     *
     * @param parentOrderId the parent.
     * @return fixed-point money (negative: net rebate), {@code 0} if not live.
     */
    public long feesFixed(final long parentOrderId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE ? 0 : parentFees[slot];
    }

    /**
     * A live parent's filled quantity on one venue.
     *
     * @param parentOrderId the parent.
     * @param venueId       the venue.
     * @return the quantity, {@code 0} if not live.
     */
    public long venueFilledQuantity(final long parentOrderId, final int venueId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE ? 0 : venueFilled[slot * venueCount + venueId];
    }

    /**
     * A live parent's average fill price on one venue.
     *
     * @param parentOrderId the parent.
     * @param venueId       the venue.
     * @return fixed-point price, {@link FixedPoint#NULL_PRICE} if not live or nothing filled there.
     */
    public long venueAveragePriceFixed(final long parentOrderId, final int venueId) {
        final int slot = slotOf(parentOrderId);
        if (slot == NONE) {
            return FixedPoint.NULL_PRICE;
        }
        final int index = slot * venueCount + venueId;
        return venueFilled[index] == 0 ? FixedPoint.NULL_PRICE
            : FixedPoint.divide(venueNotional[index], venueFilled[index], RoundingMode.HALF_EVEN);
    }

    /**
     * A live parent's fees on one venue.
     *
     * @param parentOrderId the parent.
     * @param venueId       the venue.
     * @return fixed-point money, {@code 0} if not live.
     */
    public long venueFeesFixed(final long parentOrderId, final int venueId) {
        final int slot = slotOf(parentOrderId);
        return slot == NONE ? 0 : venueFees[slot * venueCount + venueId];
    }

    /**
     * Quantity of our IOC children in flight on one instrument, side and venue: displayed liquidity they are about
     * to take, which decisions do not count again.
     *
     * @param instrumentId the instrument.
     * @param side         the children's side, BUY or SELL.
     * @param venueId      the venue.
     * @return the quantity.
     */
    public long takingInFlightQuantity(final int instrumentId, final Side side, final int venueId) {
        return takingInFlight[instrumentId * 2 + (side == Side.BUY ? 0 : 1)][venueId];
    }

    /**
     * Parents live now.
     *
     * @return the count.
     */
    public int liveParents() {
        return parentSlots.size();
    }

    /**
     * Children known now: sent, and their parent not done (a child stays known after it is done, for late fills).
     *
     * @return the count.
     */
    public int liveChildren() {
        return childSlots.size();
    }

    /**
     * Children sent since construction.
     *
     * @return the count.
     */
    public long childrenSent() {
        return childrenSent;
    }

    /**
     * Routing decisions made since construction.
     *
     * @return the count.
     */
    public long decisions() {
        return decisions;
    }

    /**
     * Children refused by the pre-trade check.
     *
     * @return the count.
     */
    public long preTradeRejects() {
        return preTradeRejects;
    }

    /**
     * Children the sink refused to send.
     *
     * @return the count.
     */
    public long sendFailures() {
        return sendFailures;
    }

    /**
     * Children the venues rejected.
     *
     * @return the count.
     */
    public long venueRejects() {
        return venueRejects;
    }

    /**
     * Fills dropped as duplicates (same venue and execution id).
     *
     * @return the count.
     */
    public long duplicateFills() {
        return duplicateFills;
    }

    /**
     * Fills larger than what their child had working (the venue misreported a cancel): booked, and the parent's
     * resting children canceled.
     *
     * @return the count.
     */
    public long excessFills() {
        return excessFills;
    }

    /**
     * Fills for children no longer known (reported through {@link ParentOrderListener#onOrphanFill}).
     *
     * @return the count.
     */
    public long orphanFills() {
        return orphanFills;
    }

    /**
     * Events other than fills for unknown client order ids (ignored).
     *
     * @return the count.
     */
    public long unknownChildEvents() {
        return unknownChildEvents;
    }

    /**
     * Events with invalid fields (a venue id that does not match the child's, a non-positive fill quantity, a null
     * price), ignored.
     *
     * @return the count.
     */
    public long invalidEvents() {
        return invalidEvents;
    }

    /**
     * Parents or children refused because a pool was full.
     *
     * @return the count.
     */
    public long poolExhausted() {
        return poolExhausted;
    }
}
