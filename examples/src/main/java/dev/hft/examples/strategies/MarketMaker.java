package dev.hft.examples.strategies;

import java.util.Arrays;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.BookView;
import dev.hft.api.strategy.OrderView;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.api.strategy.StrategyParameters;

/**
 * A market maker: one bid and one ask per instrument it subscribes to. Its fair price is the consolidated mid of the
 * market without its own quotes (the venues' feeds show our orders like everyone else's) moved one tick against its
 * position per {@code skewSharesPerTick} shares held; it bids {@code halfSpreadTicks} below and offers above it
 * (rounded away from the fair price onto the tick). At {@code +maxPosition} it pulls its bids, at {@code -maxPosition}
 * its offers.
 *
 * <p>With {@code direct: true} (the default) it quotes on each of its {@code venues} as a direct order to that venue:
 * never at or through that venue's opposite touch (the venues drift apart, so the consolidated book may be crossed; a
 * venue whose market is {@code maxClampTicks} or more away gets no quote on that side), and when a quote's target
 * price changes it replaces it (new price, same quantity). With {@code direct: false} each quote is one DAY parent
 * through the smart order router, which takes what is better than its limit and posts the rest; a new target price
 * cancels the parent and quotes again once it is done.
 *
 * <p>One request per quote at a time: a quote with a request pending waits for the venue's answer (and is re-priced
 * as soon as it arrives); a quote refused locally at a price (e.g. by the risk checker's price collar) is not tried
 * again at that price. Parameters: {@code quantity} (100), {@code halfSpreadTicks} (1), {@code skewSharesPerTick}
 * (200), {@code maxPosition} (1000), {@code maxClampTicks} (5), {@code venues} (comma-separated names; empty: every
 * venue), {@code direct} (true).
 *
 * <p>Trading thread only; allocation-free after {@code onStart}.
 */
public final class MarketMaker implements Strategy {
    private static final int BID = 0;
    private static final int ASK = 1;

    private StrategyContext context;
    private BookView books;
    private OrderView orders;
    private boolean direct;
    private long quoteQuantity;
    private int halfSpreadTicks;
    private long skewSharesPerTick;
    private long maxPosition;
    private int maxClampTicks;
    private int[] venues;
    private int slots;
    private long[] ticks;
    private boolean[] dirty;
    /** Current and previous (replaced) order id per (instrument, venue index, side); parents when not direct. */
    private long[] ids;
    private long[] previousIds;
    private long[] prices;
    private boolean[] pending;
    /** The price a quote was last refused at locally: not tried again until its target moves. */
    private long[] refusedPrices;
    private boolean enabled = true;
    private long quotesSent;
    private long replacesSent;
    private long cancelsSent;
    private long refused;
    private long fills;
    private long filledQuantity;
    private long lastRefusal;
    private RejectReason lastRefusalReason = RejectReason.NONE;

    /** Creates the strategy; it is configured in {@link #onStart}. */
    public MarketMaker() {
    }

    @Override
    public void onStart(final StrategyContext context) {
        this.context = context;
        this.books = context.books();
        this.orders = context.orders();
        final StrategyParameters parameters = context.parameters();
        direct = parameters.getBoolean("direct", true);
        quoteQuantity = parameters.getLong("quantity", 100);
        halfSpreadTicks = (int) parameters.getLong("halfSpreadTicks", 1);
        skewSharesPerTick = parameters.getLong("skewSharesPerTick", 200);
        maxPosition = parameters.getLong("maxPosition", 1_000);
        maxClampTicks = (int) parameters.getLong("maxClampTicks", 5);
        if (quoteQuantity < 1 || halfSpreadTicks < 1 || skewSharesPerTick < 1 || maxPosition < 0
            || maxClampTicks < 1) {
            throw new IllegalArgumentException("market maker parameters out of range: " + parameters);
        }
        final String names = parameters.getString("venues", "").trim();
        if (names.isEmpty()) {
            venues = new int[context.venues().size()];
            for (int v = 0; v < venues.length; v++) {
                venues[v] = v;
            }
        } else {
            final String[] parts = names.split(",");
            venues = new int[parts.length];
            for (int v = 0; v < parts.length; v++) {
                venues[v] = context.venues().idOf(parts[v].trim());
                if (venues[v] < 0) {
                    throw new IllegalArgumentException("market maker: unknown venue " + parts[v]);
                }
            }
        }
        slots = direct ? venues.length : 1;
        final int instruments = context.instruments().size();
        ticks = new long[instruments];
        for (int i = 0; i < instruments; i++) {
            ticks[i] = context.instruments().byId(i).tickSizeFixed();
        }
        dirty = new boolean[instruments];
        ids = new long[instruments * slots * 2];
        previousIds = new long[ids.length];
        prices = new long[ids.length];
        pending = new boolean[ids.length];
        refusedPrices = new long[ids.length];
        Arrays.fill(refusedPrices, FixedPoint.NULL_PRICE);
    }

    @Override
    public void onStop() {
        enabled = false;
    }

    @Override
    public void onBbo(final int venueId, final int instrumentId, final long bidPriceFixed, final long bidQuantity,
        final long askPriceFixed, final long askQuantity, final long timestampNs) {
        dirty[instrumentId] = true;
    }

    @Override
    public void onBatchEnd(final long timestampNs) {
        for (int i = 0; i < dirty.length; i++) {
            if (dirty[i]) {
                dirty[i] = false;
                requote(i);
            }
        }
    }

    /**
     * Re-evaluates one instrument's quotes (after its book changed or a venue answered).
     *
     * @param instrumentId the instrument.
     */
    void requote(final int instrumentId) {
        if (!enabled) {
            return;
        }
        final long bestBid = marketPrice(instrumentId, Side.BUY);
        final long bestAsk = marketPrice(instrumentId, Side.SELL);
        if (bestBid == FixedPoint.NULL_PRICE || bestAsk == FixedPoint.NULL_PRICE) {
            return;
        }
        final long tick = ticks[instrumentId];
        final long position = context.positions().position(instrumentId);
        final long twiceFair = bestBid + bestAsk - 2 * (position / skewSharesPerTick) * tick;
        final long bidTarget = position >= maxPosition ? FixedPoint.NULL_PRICE
            : floorToTick((twiceFair - 2L * halfSpreadTicks * tick) / 2, tick);
        final long askTarget = position <= -maxPosition ? FixedPoint.NULL_PRICE
            : ceilToTick((twiceFair + 2L * halfSpreadTicks * tick + 1) / 2, tick);
        if (!direct) {
            quote(index(instrumentId, 0, BID), -1, instrumentId, Side.BUY,
                bidTarget > 0 ? bidTarget : FixedPoint.NULL_PRICE);
            quote(index(instrumentId, 0, ASK), -1, instrumentId, Side.SELL, askTarget);
            return;
        }
        final long maxClamp = maxClampTicks * tick;
        for (int v = 0; v < venues.length; v++) {
            final int venueId = venues[v];
            final long venueAsk = books.priceFixed(venueId, instrumentId, Side.SELL, 0);
            final long venueBid = books.priceFixed(venueId, instrumentId, Side.BUY, 0);
            long bid = bidTarget;
            if (bid != FixedPoint.NULL_PRICE && venueAsk != FixedPoint.NULL_PRICE && bid >= venueAsk) {
                bid = bid - venueAsk >= maxClamp ? FixedPoint.NULL_PRICE : venueAsk - tick; // never take on this venue
            }
            long ask = askTarget;
            if (ask != FixedPoint.NULL_PRICE && venueBid != FixedPoint.NULL_PRICE && ask <= venueBid) {
                ask = venueBid - ask >= maxClamp ? FixedPoint.NULL_PRICE : venueBid + tick;
            }
            quote(index(instrumentId, v, BID), venueId, instrumentId, Side.BUY,
                bid > 0 ? bid : FixedPoint.NULL_PRICE);
            quote(index(instrumentId, v, ASK), venueId, instrumentId, Side.SELL, ask);
        }
    }

    private void quote(final int index, final int venueId, final int instrumentId, final Side side,
        final long price) {
        final long id = liveId(index);
        if (price == FixedPoint.NULL_PRICE) {
            if (id != 0 && !pending[index] && context.cancel(id) == Result.OK) {
                pending[index] = true;
                cancelsSent++;
            }
            return;
        }
        if (price == refusedPrices[index]) {
            return;                                              // refused at this price: wait for the market to move
        }
        if (id == 0) {
            final long newId = direct
                ? context.submit(venueId, instrumentId, side, quoteQuantity, price, OrderType.LIMIT, TimeInForce.DAY,
                    ExecInstructions.NONE)
                : context.parentOrder().routed().instrument(instrumentId).side(side).quantity(quoteQuantity)
                    .limitPrice(price).timeInForce(TimeInForce.DAY).submit();
            if (newId > 0) {
                ids[index] = newId;
                previousIds[index] = 0;
                prices[index] = price;
                pending[index] = direct;
                quotesSent++;
            } else {
                refused(index, price, newId);
            }
            return;
        }
        if (prices[index] == price || pending[index]) {
            return;
        }
        if (!direct) {
            if (context.cancel(id) == Result.OK) {                 // quote again once the parent is done
                pending[index] = true;
                cancelsSent++;
            }
            return;
        }
        final long newId = context.replace(id, orders.filledQuantity(id) + orders.leavesQuantity(id), price);
        if (newId > 0) {
            previousIds[index] = id;
            ids[index] = newId;
            prices[index] = price;
            pending[index] = true;
            replacesSent++;
        } else {
            refused(index, price, newId);
        }
    }

    /** The quote's open order (following a replace that failed back to the original), or 0. */
    private long liveId(final int index) {
        final long id = ids[index];
        if (id == 0) {
            return 0;
        }
        if (orders.isOpen(id)) {
            return id;
        }
        final long previous = previousIds[index];
        previousIds[index] = 0;
        if (previous != 0 && orders.isOpen(previous)) {
            ids[index] = previous;
            pending[index] = false;
            prices[index] = orders.priceFixed(previous);
            return previous;
        }
        ids[index] = 0;
        pending[index] = false;
        return 0;
    }

    private void refused(final int index, final long price, final long result) {
        refusedPrices[index] = price;
        refused++;
        lastRefusal = result;
        lastRefusalReason = context.lastRejectReason();
    }

    /** The best price of one consolidated side with our own quotes taken out, or NULL_PRICE. */
    private long marketPrice(final int instrumentId, final Side side) {
        final int levels = books.depth(StrategyContext.CONSOLIDATED, instrumentId, side);
        for (int depth = 0; depth < levels; depth++) {
            final long price = books.priceFixed(StrategyContext.CONSOLIDATED, instrumentId, side, depth);
            if (books.quantity(StrategyContext.CONSOLIDATED, instrumentId, side, depth)
                > ownQuantityAt(instrumentId, side, price)) {
                return price;
            }
        }
        return FixedPoint.NULL_PRICE;
    }

    private long ownQuantityAt(final int instrumentId, final Side side, final long price) {
        long quantity = 0;
        final int first = index(instrumentId, 0, side == Side.BUY ? BID : ASK);
        for (int v = 0; v < slots; v++) {
            final int index = first + 2 * v;
            final long id = ids[index];
            if (id == 0 || prices[index] != price || !orders.isOpen(id)) {
                continue;
            }
            final long filled = orders.filledQuantity(id);
            quantity += direct ? orders.leavesQuantity(id) : quoteQuantity - Math.max(0, filled);
        }
        return quantity;
    }

    private int find(final long orderId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == orderId || previousIds[i] == orderId) {
                return i;
            }
        }
        return -1;
    }

    private void answered(final long orderId) {
        final int index = find(orderId);
        if (index >= 0) {
            pending[index] = false;
            requote(index / (2 * slots));
        }
    }

    @Override
    public void onOrderAccepted(final long orderId, final int venueId, final long timestampNs) {
        answered(orderId);
    }

    @Override
    public void onOrderReplaced(final long orderId, final long origOrderId, final long priceFixed,
        final long leavesQuantity, final long timestampNs) {
        final int index = find(orderId);
        if (index >= 0 && previousIds[index] == origOrderId) {
            previousIds[index] = 0;
        }
        answered(orderId);
    }

    @Override
    public void onOrderCanceled(final long orderId, final long canceledQuantity, final RejectReason reason,
        final long timestampNs) {
        answered(orderId);
    }

    @Override
    public void onOrderExpired(final long orderId, final long expiredQuantity, final long timestampNs) {
        answered(orderId);
    }

    @Override
    public void onCancelRejected(final long orderId, final RejectReason reason, final long timestampNs) {
        final int index = find(orderId);
        if (index >= 0) {
            pending[index] = false;
        }
    }

    @Override
    public void onOrderRejected(final long orderId, final RejectReason reason, final long timestampNs) {
        final int index = find(orderId);
        if (index >= 0) {
            pending[index] = false;                       // a venue's refusal: wait for the market to move
        }
    }

    @Override
    public void onOrderFilled(final long orderId, final int venueId, final long priceFixed, final long quantity,
        final long leavesQuantity, final Liquidity liquidity, final long feeFixed, final long timestampNs) {
        fills++;
        filledQuantity += quantity;
        final int index = find(orderId);
        if (index >= 0) {
            requote(index / (2 * slots));                      // the position moved: skew
        }
    }

    @Override
    public void onParentDone(final long parentId, final long filledQuantity, final long avgPriceFixed,
        final long timestampNs) {
        answered(parentId);
    }

    private int index(final int instrumentId, final int venueIndex, final int side) {
        return (instrumentId * slots + venueIndex) * 2 + side;
    }

    static long floorToTick(final long price, final long tick) {
        return Math.floorDiv(price, tick) * tick;
    }

    static long ceilToTick(final long price, final long tick) {
        return -Math.floorDiv(-price, tick) * tick;
    }

    /** Stops quoting (end of run); working quotes are left to the kill switch or the engine's stop. */
    public void disable() {
        enabled = false;
    }

    /**
     * Its working order (or parent) id for a quote, or {@code 0}.
     *
     * @param instrumentId the instrument.
     * @param venueIndex   index into its venues (0 when quoting through the router).
     * @param side         BUY or SELL.
     * @return the id last sent for it.
     */
    public long quoteId(final int instrumentId, final int venueIndex, final Side side) {
        return ids[index(instrumentId, venueIndex, side == Side.BUY ? BID : ASK)];
    }

    /**
     * Whether it quotes direct to venues (else through the router).
     *
     * @return {@code true} when direct.
     */
    public boolean direct() {
        return direct;
    }

    /**
     * The venues it quotes on.
     *
     * @return venue ids (a copy).
     */
    public int[] venues() {
        return venues.clone();
    }

    public long quotesSent() {
        return quotesSent;
    }

    public long replacesSent() {
        return replacesSent;
    }

    public long cancelsSent() {
        return cancelsSent;
    }

    public long refused() {
        return refused;
    }

    /**
     * The last local refusal, for the report: the result code and reject reason.
     *
     * @return e.g. {@code -3 INVALID_PRICE}, or empty.
     */
    public String lastRefusal() {
        return refused == 0 ? "" : lastRefusal + " " + lastRefusalReason;
    }

    public long fills() {
        return fills;
    }

    public long filledQuantity() {
        return filledQuantity;
    }
}
