package dev.hft.bench;

import java.util.Arrays;

import dev.hft.api.ExecInstructions;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.BookBuilderListener;
import dev.hft.oms.OrderManager;
import dev.hft.risk.RiskChecker;
import dev.hft.timing.StageTimer;

/**
 * The harness's strategy: listens to the book's BBO events, and on every BBO change (price or size) of the
 * instruments it trades (ids 1, 1 + {@code subset}, 1 + 2 {@code subset}...; all of them for {@code subset} 1) joins
 * the side that changed: a buy at the best bid if the bid moved, else a sell at the best ask (the quantity varies,
 * so the risk checker's duplicate check mostly passes). At most one order per packet. Book prices are ITCH
 * {@code Price(4)}; the OMS and risk take 8-decimal fixed point. Marks the end of the book stage ({@code bookStage}:
 * the BBO event), of the strategy stage ({@code bookStage + 1}: the call to {@link OrderManager#submit}) and, for a
 * rejected order, of the OMS+risk stage ({@code bookStage + 2}). Shared by {@link TickToTrade} and
 * {@link WireToWire}.
 */
final class TickToTradeStrategy implements BookBuilderListener {
    private static final long PRICE4_TO_FIXED = 10_000L;
    private static final long NULL = -1;

    private final int subset;
    private final StageTimer timer;
    private final int bookStage;
    private final long[] bids;
    private final long[] asks;
    private final long[] bidQuantities;
    private final long[] rejectsByReason = new long[RejectReason.values().length];
    private OrderManager oms;
    private RiskChecker risk;
    private boolean bookMarked;
    private boolean ordered;
    private long submitted;
    private long rejected;
    private int quantityStep;

    TickToTradeStrategy(final int maxInstruments, final int subset, final StageTimer timer, final int bookStage) {
        this.subset = subset;
        this.timer = timer;
        this.bookStage = bookStage;
        this.bids = new long[maxInstruments];
        this.asks = new long[maxInstruments];
        this.bidQuantities = new long[maxInstruments];
        Arrays.fill(bids, NULL);
        Arrays.fill(asks, NULL);
    }

    void wire(final OrderManager orderManager, final RiskChecker riskChecker) {
        this.oms = orderManager;
        this.risk = riskChecker;
    }

    /** Resets the per-packet flags; called before each packet. */
    void beginPacket() {
        bookMarked = false;
        ordered = false;
    }

    boolean bookMarked() {
        return bookMarked;
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
    public void onBbo(final int instrumentId, final long bidPrice, final long bidQuantity, final long askPrice,
        final long askQuantity) {
        if (!bookMarked) {
            timer.mark(bookStage);
            bookMarked = true;
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
        final long bidFixed = bidPrice * PRICE4_TO_FIXED;
        final long askFixed = askPrice * PRICE4_TO_FIXED;
        risk.onBbo(instrumentId, bidFixed, askFixed);
        oms.onBbo(instrumentId, bidFixed, bidQuantity, askFixed, askQuantity, 0);
        final Side side;
        final long price;
        if (bidPrice != oldBid || (askPrice == oldAsk && bidQuantity != oldBidQuantity)) {
            side = Side.BUY;
            price = bidFixed;
        } else {
            side = Side.SELL;
            price = askFixed;
        }
        ordered = true;
        final long quantity = 100 + (quantityStep++ & 63);
        timer.mark(bookStage + 1);
        final long id = oms.submit(0, 0, instrumentId, side, quantity, price, OrderType.LIMIT, TimeInForce.DAY,
            ExecInstructions.NONE);
        if (id < 0) {
            timer.mark(bookStage + 2);
            rejected++;
            rejectsByReason[oms.lastRejectReason().ordinal()]++;
            ordered = false;
        } else {
            submitted++;
        }
    }
}
