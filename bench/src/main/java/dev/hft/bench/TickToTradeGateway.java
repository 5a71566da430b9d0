package dev.hft.bench;

import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.book.BookBuilder;
import dev.hft.net.ouch.EnterOrderEncoder;
import dev.hft.net.ouch.Ouch50;
import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The end of the in-process tick-to-trade path: a {@link VenueGateway} that encodes each new order as an OUCH 5.0
 * Enter Order into a preallocated buffer (nothing is sent) and marks the OMS+risk and encode stages. The orders it
 * took are remembered so the harness can play the venue's Accepted and Canceled back, outside the timed section,
 * to keep the OMS pool and the risk checker's open-order state steady.
 */
final class TickToTradeGateway implements VenueGateway {
    private static final long MAX_CL_ORD_ID = 100_000_000_000_000L;

    private final int venueId;
    private final BookBuilder book;
    private final StageTimer timer;
    private final NanoClock clock;
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[256]);
    private final EnterOrderEncoder enterOrder = new EnterOrderEncoder();
    private final long[] pendingIds;
    private final long[] pendingQuantities;
    private int pending;
    private long nextUserRefNum = 1;
    private long encoded;
    private long encodedBytes;
    private long lastEncodeEndNs;
    private long checksum;

    TickToTradeGateway(final int venueId, final BookBuilder book, final StageTimer timer, final NanoClock clock,
        final int maxPending) {
        this.venueId = venueId;
        this.book = book;
        this.timer = timer;
        this.clock = clock;
        this.pendingIds = new long[maxPending];
        this.pendingQuantities = new long[maxPending];
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        timer.mark(TickToTrade.OMS_RISK);
        if (pending == pendingIds.length) {
            return Result.BACK_PRESSURED;
        }
        final EnterOrderEncoder encoder = enterOrder.wrap(out, 0)
            .userRefNum(nextUserRefNum++)
            .side(side == Side.BUY ? Ouch50.SIDE_BUY : Ouch50.SIDE_SELL)
            .quantity(quantity)
            .symbol(book.symbol(instrumentId))
            .price(Ouch50.fixedPointToPrice4(priceFixed))
            .timeInForce(timeInForce == TimeInForce.IOC ? Ouch50.TIF_IOC : Ouch50.TIF_DAY)
            .display(Ouch50.DISPLAY_VISIBLE)
            .capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(Ouch50.NO)
            .crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
            .clOrdIdNumber(clientOrderId % MAX_CL_ORD_ID);
        final int length = encoder.encodedLength();
        final long now = clock.nanoTime();
        timer.mark(TickToTrade.ENCODE, now);
        lastEncodeEndNs = now;
        checksum += out.getByte(length - 1);
        encoded++;
        encodedBytes += length;
        pendingIds[pending] = clientOrderId;
        pendingQuantities[pending] = quantity;
        pending++;
        return Result.OK;
    }

    /**
     * Plays the venue's side for every order taken since the last call: accepted, then canceled (not timed).
     *
     * @param events receives the events (the OMS and the risk checker).
     * @param nowNs  event timestamp.
     * @return the number of orders answered.
     */
    int answerPending(final OrderEventListener events, final long nowNs) {
        final int count = pending;
        for (int i = 0; i < count; i++) {
            final long id = pendingIds[i];
            events.onAccepted(venueId, id, id, nowNs);
            events.onCanceled(venueId, id, pendingQuantities[i], RejectReason.NONE, nowNs);
        }
        pending = 0;
        return count;
    }

    /**
     * Plays the venue's side for the most recent order taken: accepted, then canceled (not timed).
     *
     * @param events receives the events (the OMS and the risk checker).
     * @param nowNs  event timestamp.
     * @return 1 if an order was answered, 0 if none was pending.
     */
    int answerOne(final OrderEventListener events, final long nowNs) {
        if (pending == 0) {
            return 0;
        }
        final int i = --pending;
        final long id = pendingIds[i];
        events.onAccepted(venueId, id, id, nowNs);
        events.onCanceled(venueId, id, pendingQuantities[i], RejectReason.NONE, nowNs);
        return 1;
    }

    int pending() {
        return pending;
    }

    long lastEncodeEndNs() {
        return lastEncodeEndNs;
    }

    long encoded() {
        return encoded;
    }

    long encodedBytes() {
        return encodedBytes;
    }

    long checksum() {
        return checksum;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        return Result.UNSUPPORTED;
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        return Result.UNSUPPORTED;
    }

    @Override
    public boolean isConnected() {
        return true;
    }
}
