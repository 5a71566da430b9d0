package dev.hft.bench;

import java.util.Arrays;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;

/**
 * The harnesses' strategy ({@link Strategy}, run by the engine): on every consolidated BBO change (price or size)
 * of the instruments it trades (ids 1, 1 + {@code subset}, 1 + 2 {@code subset}...; all of them for {@code subset}
 * 1) joins the side that changed: a buy at the best bid if the bid moved, else a sell at the best ask (the quantity
 * varies, so the risk checker's duplicate check mostly passes). At most one order per packet
 * ({@link #beginPacket}). Marks the end of the book stage (its first consolidated BBO of a packet) and of the
 * strategy stage (before {@code submit}), and for a refusal by the OMS or risk the OMS+risk stage, through the probe
 * when one is given. Shared by
 * {@link TickToTrade}, {@link WireToWire} and {@link TickToTradeBenchmark}.
 */
final class TickToTradeStrategy implements Strategy {
    private static final long NULL = FixedPoint.NULL_PRICE;

    private final int subset;
    private final TickToTradeProbe probe;
    private final long[] bids;
    private final long[] asks;
    private final long[] bidQuantities;
    private final long[] rejectsByReason = new long[RejectReason.values().length];
    private StrategyContext context;
    private boolean ordered;
    private long submitted;
    private long rejected;
    private int quantityStep;

    /**
     * Creates the strategy.
     *
     * @param maxInstruments instrument ids are below this.
     * @param subset         trades ids {@code 1 mod subset}.
     * @param probe          the stage marks, or {@code null} for none.
     */
    TickToTradeStrategy(final int maxInstruments, final int subset, final TickToTradeProbe probe) {
        this.subset = subset;
        this.probe = probe;
        this.bids = new long[maxInstruments];
        this.asks = new long[maxInstruments];
        this.bidQuantities = new long[maxInstruments];
        Arrays.fill(bids, NULL);
        Arrays.fill(asks, NULL);
    }

    @Override
    public void onStart(final StrategyContext value) {
        this.context = value;
    }

    /** Allows one more order; called before each packet. */
    void beginPacket() {
        ordered = false;
    }

    boolean ordered() {
        return ordered;
    }

    long[] rejectsByReason() {
        return rejectsByReason;
    }

    long submitted() {
        return submitted;
    }

    long rejected() {
        return rejected;
    }

    @Override
    public void onBbo(final int venueId, final int instrumentId, final long bidPrice, final long bidQuantity,
        final long askPrice, final long askQuantity, final long timestampNs) {
        if (venueId != StrategyContext.CONSOLIDATED) {
            return;
        }
        if (probe != null) {
            probe.booked();
        }
        if ((instrumentId + subset - 1) % subset != 0 || ordered || instrumentId >= bids.length) {
            return;
        }
        final long oldBid = bids[instrumentId];
        final long oldAsk = asks[instrumentId];
        final long oldBidQuantity = bidQuantities[instrumentId];
        bids[instrumentId] = bidQuantity > 0 ? bidPrice : NULL;
        asks[instrumentId] = askQuantity > 0 ? askPrice : NULL;
        bidQuantities[instrumentId] = bidQuantity;
        if (bidQuantity <= 0 || askQuantity <= 0) {
            return;
        }
        final Side side;
        final long price;
        if (bidPrice != oldBid || (askPrice == oldAsk && bidQuantity != oldBidQuantity)) {
            side = Side.BUY;
            price = bidPrice;
        } else {
            side = Side.SELL;
            price = askPrice;
        }
        ordered = true;
        final long quantity = 100 + (quantityStep++ & 63);
        if (probe != null) {
            probe.submitting();
        }
        final long id = context.submit(0, instrumentId, side, quantity, price, OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
        if (id < 0) {
            if (probe != null) {
                probe.rejected();
            }
            rejected++;
            rejectsByReason[context.lastRejectReason().ordinal()]++;
            ordered = false;
        } else {
            submitted++;
        }
    }
}
