package dev.hft.examples.trading;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.oms.OrderManager;

/**
 * A market maker: one bid and one ask per instrument on each of its venues, sent as direct OMS orders to that venue
 * (so they pass the OMS's pre-trade check, the risk checker, but not the router). Its fair price is the consolidated
 * mid of the market without its own quotes ({@link OwnOrders#marketPrice}) moved one tick against its position per
 * {@code skewSharesPerTick} shares held; it bids {@code halfSpreadTicks} below and offers above it (rounded away from
 * the fair price onto the tick), on each venue never at or through that venue's opposite touch (the venues' books
 * drift apart, so the consolidated book may be crossed: the fair price is still the mid of the two consolidated
 * touches; a venue whose market is {@code maxClampTicks} or more away gets no quote on that side). When the target
 * price of a working quote changes it replaces the quote (new price, the same open quantity); at
 * {@code +maxPosition} it pulls its bids (cancel), at {@code -maxPosition} its offers. One request per quote at a
 * time: a quote with a request pending waits for the venue's answer; a quote refused at a price (e.g. by the risk
 * checker's price collar) is not tried again at that price.
 *
 * <p>Zero allocation; trading thread only. Its position comes from the OMS's fill callbacks ({@link #onFill}).
 */
public final class MarketMaker implements OwnOrders {
    private static final int BID = 0;
    private static final int ASK = 1;

    private final int strategyId;
    private final OrderManager oms;
    private final ConsolidatedBook[] books;
    private final long[] tickSizes;
    private final int[] venues;
    private final long quoteQuantity;
    private final int halfSpreadTicks;
    private final long skewSharesPerTick;
    private final long maxPosition;
    private final int maxClampTicks;
    private final TickProbe probe;
    /** Current and previous (replaced) order id per (instrument, venue index, side). */
    private final long[] ids;
    private final long[] previousIds;
    /** The price a quote was last refused at (risk, OMS, gateway): not tried again until its target moves. */
    private final long[] refusedPrices;
    private final long[] positions;
    private boolean enabled = true;
    private long quotesSent;
    private long replacesSent;
    private long cancelsSent;
    private long refused;
    private long fills;
    private long lastRefusal;
    private RejectReason lastRefusalReason = RejectReason.NONE;

    /**
     * Creates a market maker.
     *
     * @param strategyId        its strategy id.
     * @param oms               the order manager (every venue in {@code venues} added).
     * @param books             consolidated book per instrument id.
     * @param tickSizes         tick size per instrument id, fixed-point.
     * @param venues            venues it quotes on.
     * @param quoteQuantity     shares per quote.
     * @param halfSpreadTicks   distance of each quote from the fair price, in ticks (at least 1).
     * @param skewSharesPerTick shares held per tick of skew.
     * @param maxPosition       position bound per instrument.
     * @param maxClampTicks     a venue whose opposite touch is this many ticks or more through the target price gets
     *                          no quote on that side (its market is elsewhere: the venues drifted apart).
     * @param probe             tick-to-trade stages, or {@code null}.
     */
    public MarketMaker(final int strategyId, final OrderManager oms, final ConsolidatedBook[] books,
        final long[] tickSizes, final int[] venues, final long quoteQuantity, final int halfSpreadTicks,
        final long skewSharesPerTick, final long maxPosition, final int maxClampTicks, final TickProbe probe) {
        this.strategyId = strategyId;
        this.oms = oms;
        this.books = books.clone();
        this.tickSizes = tickSizes.clone();
        this.venues = venues.clone();
        this.quoteQuantity = quoteQuantity;
        this.halfSpreadTicks = halfSpreadTicks;
        this.skewSharesPerTick = skewSharesPerTick;
        this.maxPosition = maxPosition;
        this.maxClampTicks = maxClampTicks;
        this.probe = probe;
        this.ids = new long[books.length * venues.length * 2];
        this.previousIds = new long[ids.length];
        this.refusedPrices = new long[ids.length];
        java.util.Arrays.fill(refusedPrices, FixedPoint.NULL_PRICE);
        this.positions = new long[books.length];
    }

    /**
     * Re-evaluates one instrument's quotes after its consolidated book changed.
     *
     * @param instrumentId the instrument.
     */
    public void onBook(final int instrumentId) {
        if (!enabled) {
            return;
        }
        final ConsolidatedBook book = books[instrumentId];
        final long bestBid = OwnOrders.marketPrice(book, Side.BUY, this);
        final long bestAsk = OwnOrders.marketPrice(book, Side.SELL, this);
        if (bestBid == FixedPoint.NULL_PRICE || bestAsk == FixedPoint.NULL_PRICE) {
            return;
        }
        final long tick = tickSizes[instrumentId];
        final long maxClamp = maxClampTicks * tick;
        final long position = positions[instrumentId];
        final long twiceFair = bestBid + bestAsk - 2 * (position / skewSharesPerTick) * tick;
        final long bidTarget = position >= maxPosition ? FixedPoint.NULL_PRICE
            : floorToTick((twiceFair - 2L * halfSpreadTicks * tick) / 2, tick);
        final long askTarget = position <= -maxPosition ? FixedPoint.NULL_PRICE
            : ceilToTick((twiceFair + 2L * halfSpreadTicks * tick + 1) / 2, tick);
        for (int v = 0; v < venues.length; v++) {
            final int venueId = venues[v];
            final long venueAsk = book.venueBestAskPrice(venueId);
            final long venueBid = book.venueBestBidPrice(venueId);
            long bid = bidTarget;
            if (bid != FixedPoint.NULL_PRICE && venueAsk != FixedPoint.NULL_PRICE && bid >= venueAsk) {
                bid = bid - venueAsk >= maxClamp ? FixedPoint.NULL_PRICE : venueAsk - tick; // never take on this venue
            }
            long ask = askTarget;
            if (ask != FixedPoint.NULL_PRICE && venueBid != FixedPoint.NULL_PRICE && ask <= venueBid) {
                ask = venueBid - ask >= maxClamp ? FixedPoint.NULL_PRICE : venueBid + tick;
            }
            quote(index(instrumentId, v, BID), venueId, instrumentId, Side.BUY, bid > 0 ? bid : FixedPoint.NULL_PRICE);
            quote(index(instrumentId, v, ASK), venueId, instrumentId, Side.SELL, ask);
        }
    }

    private void quote(final int index, final int venueId, final int instrumentId, final Side side,
        final long price) {
        final int slot = liveSlot(index);
        if (price == FixedPoint.NULL_PRICE) {
            if (slot != OrderManager.NOT_FOUND && oms.isAccepted(slot) && !isPending(slot)) {
                mark();
                if (oms.cancel(ids[index]) == Result.OK) {
                    cancelsSent++;
                }
            }
            return;
        }
        if (price == refusedPrices[index]) {
            return;                                              // refused at this price: wait for the market to move
        }
        if (slot == OrderManager.NOT_FOUND) {
            mark();
            final long id = oms.submit(strategyId, venueId, instrumentId, side, quoteQuantity, price,
                OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
            if (id > 0) {
                ids[index] = id;
                previousIds[index] = 0;
                quotesSent++;
            } else {
                refused(index, price, id);
            }
            return;
        }
        if (oms.price(slot) == price || !oms.isAccepted(slot) || isPending(slot)) {
            return;
        }
        mark();
        final long id = oms.replace(ids[index], oms.filledQuantity(slot) + oms.leavesQuantity(slot), price);
        if (id > 0) {
            previousIds[index] = ids[index];
            ids[index] = id;
            replacesSent++;
        } else {
            refused(index, price, id);
        }
    }

    @Override
    public long quantityAt(final int instrumentId, final Side side, final long priceFixed) {
        long quantity = 0;
        final int first = index(instrumentId, 0, side == Side.BUY ? BID : ASK);
        for (int v = 0; v < venues.length; v++) {
            final long id = ids[first + 2 * v];
            if (id == 0) {
                continue;
            }
            final int slot = oms.find(id);
            if (slot != OrderManager.NOT_FOUND && !oms.state(slot).isTerminal() && oms.price(slot) == priceFixed) {
                quantity += oms.leavesQuantity(slot);
            }
        }
        return quantity;
    }

    private void refused(final int index, final long price, final long result) {
        refusedPrices[index] = price;
        refused++;
        lastRefusal = result;
        lastRefusalReason = oms.lastRejectReason();
    }

    /** The OMS slot of the quote's live order (following a replace that failed back to the original), or none. */
    private int liveSlot(final int index) {
        long id = ids[index];
        if (id == 0) {
            return OrderManager.NOT_FOUND;
        }
        int slot = oms.find(id);
        if (slot != OrderManager.NOT_FOUND && !oms.state(slot).isTerminal()) {
            return slot;
        }
        id = previousIds[index];
        previousIds[index] = 0;
        if (id != 0) {
            slot = oms.find(id);
            if (slot != OrderManager.NOT_FOUND && !oms.state(slot).isTerminal()) {
                ids[index] = id;
                return slot;
            }
        }
        ids[index] = 0;
        return OrderManager.NOT_FOUND;
    }

    private boolean isPending(final int slot) {
        switch (oms.state(slot)) {
            case PENDING_NEW:
            case PENDING_CANCEL:
            case PENDING_REPLACE:
                return true;
            default:
                return false;
        }
    }

    private void mark() {
        if (probe != null) {
            probe.mark(TickProbe.STRATEGY);
        }
    }

    private int index(final int instrumentId, final int venueIndex, final int side) {
        return (instrumentId * venues.length + venueIndex) * 2 + side;
    }

    /**
     * A fill of one of its orders (from the OMS's callbacks).
     *
     * @param instrumentId the instrument.
     * @param side         the order's side.
     * @param quantity     shares filled.
     */
    public void onFill(final int instrumentId, final Side side, final long quantity) {
        positions[instrumentId] += side == Side.BUY ? quantity : -quantity;
        fills++;
    }

    /** Stops quoting (kill switch or end of run); working quotes are left to the kill switch. */
    public void disable() {
        enabled = false;
    }

    static long floorToTick(final long price, final long tick) {
        return Math.floorDiv(price, tick) * tick;
    }

    static long ceilToTick(final long price, final long tick) {
        return -Math.floorDiv(-price, tick) * tick;
    }

    /**
     * Its position in one instrument, from its fills.
     *
     * @param instrumentId the instrument.
     * @return shares, negative when short.
     */
    public long position(final int instrumentId) {
        return positions[instrumentId];
    }

    /**
     * Its working order id for a quote, or {@code 0}.
     *
     * @param instrumentId the instrument.
     * @param venueIndex   index into its venues.
     * @param side         BUY or SELL.
     * @return the client order id last sent for it.
     */
    public long quoteId(final int instrumentId, final int venueIndex, final Side side) {
        return ids[index(instrumentId, venueIndex, side == Side.BUY ? BID : ASK)];
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
     * The last refusal, for the report: the OMS's result code and reject reason.
     *
     * @return e.g. {@code -3 INVALID_PRICE}, or empty.
     */
    public String lastRefusal() {
        return refused == 0 ? "" : lastRefusal + " " + lastRefusalReason;
    }

    public long fills() {
        return fills;
    }
}
