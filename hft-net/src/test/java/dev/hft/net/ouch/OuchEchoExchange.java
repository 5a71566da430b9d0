package dev.hft.net.ouch;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A matching-free test venue speaking OUCH 5.0: accepts Enter Orders (rejecting an invalid symbol, zero quantity or
 * a UserRefNum that does not increase), cancels, replaces, modifies and mass-cancels them on request, executes them
 * when the test says so, cancels the rest of an IOC at once, and cancels every live order with reason K when its
 * session is lost (cancel on disconnect). Transport-free: requests come in through {@link #onRequest} and answers go
 * out through a {@link Sink} (our SoupBinTCP server, or nassau's). Allocation-free in steady state: orders live in
 * flat arrays indexed through a primitive map.
 *
 * <p>Test scope on purpose: it has no book and no matching, so it is a protocol fixture, not a simulated venue; the
 * simulated exchange of the backtest needs price-time matching and composes the main-scope codec directly.
 */
final class OuchEchoExchange implements OuchRequestListener {
    /** Where the exchange's sequenced messages go. */
    @FunctionalInterface
    interface Sink {
        void send(DirectBuffer buffer, int offset, int length);
    }

    static final long REJECTED_SYMBOL = Ouch50.packSymbol("REJECT");
    private static final long MISSING = -1;

    private final Sink sink;
    private final OuchRequestDispatcher dispatcher;
    private final Long2LongHashMap indexByUserRefNum;
    private final long[] userRefNums;
    private final long[] openQuantities;
    private final long[] prices;
    private final long[] symbols;
    private final long[] orderReferenceNumbers;
    private final byte[] sides;
    private final boolean[] live;
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[512]);
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRejectedEncoder rejected = new OrderRejectedEncoder();
    private final OrderCanceledEncoder canceled = new OrderCanceledEncoder();
    private final OrderExecutedEncoder executed = new OrderExecutedEncoder();
    private final OrderReplacedEncoder replaced = new OrderReplacedEncoder();
    private final OrderModifiedEncoder modified = new OrderModifiedEncoder();
    private final CancelRejectEncoder cancelReject = new CancelRejectEncoder();
    private final MassCancelResponseEncoder massCancelResponse = new MassCancelResponseEncoder();
    private final AccountQueryResponseEncoder accountQueryResponse = new AccountQueryResponseEncoder();
    private final DisableOrderEntryResponseEncoder disableResponse = new DisableOrderEntryResponseEncoder();
    private final EnableOrderEntryResponseEncoder enableResponse = new EnableOrderEntryResponseEncoder();

    private int orderCount;
    private long lastUserRefNum;
    private long nextOrderReferenceNumber = 1_000;
    private long nextMatchNumber = 1;
    private long timestamp = 34_200_000_000_000L;
    private boolean orderEntryDisabled;
    boolean rejectCancels;
    boolean cancelOnDisconnect = true;
    long requests;
    long enterOrders;
    long lastEnterQuantity;
    long lastReplaceQuantity;
    byte lastReplaceDisplay;
    long lastFirm;

    OuchEchoExchange(final Sink sink, final int maxOrders) {
        this.sink = sink;
        this.dispatcher = new OuchRequestDispatcher(this, new WireErrorCounters("echo", WireErrorListener.NO_OP));
        this.indexByUserRefNum = new Long2LongHashMap(maxOrders * 4, 0.65f, MISSING);
        this.userRefNums = new long[maxOrders];
        this.openQuantities = new long[maxOrders];
        this.prices = new long[maxOrders];
        this.symbols = new long[maxOrders];
        this.orderReferenceNumbers = new long[maxOrders];
        this.sides = new byte[maxOrders];
        this.live = new boolean[maxOrders];
    }

    /** One unsequenced message from the client. */
    void onRequest(final DirectBuffer buffer, final int offset, final int length) {
        requests++;
        dispatcher.onMessage(buffer, offset, length);
    }

    WireErrorCounters errors() {
        return dispatcher.errors();
    }

    /** Executes {@code quantity} of a live order at its price (liquidity added). */
    void execute(final long userRefNum, final long quantity) {
        final int index = (int) indexByUserRefNum.get(userRefNum);
        if (index < 0 || !live[index]) {
            throw new AssertionError("no live order " + userRefNum);
        }
        final long fill = Math.min(quantity, openQuantities[index]);
        openQuantities[index] -= fill;
        live[index] = openQuantities[index] > 0;
        final OrderExecutedEncoder encoder = executed.wrap(out, 0).timestamp(++timestamp).userRefNum(userRefNum)
            .quantity(fill).price(prices[index]).liquidityFlag(Ouch50.LIQUIDITY_ADDED).matchNumber(nextMatchNumber++);
        sink.send(out, 0, encoder.encodedLength());
    }

    /** The session was lost: with cancel on disconnect, every live order is canceled (reason K). */
    void onSessionLost() {
        if (!cancelOnDisconnect) {
            return;
        }
        for (int i = 0; i < orderCount; i++) {
            if (live[i]) {
                cancel(i, Ouch50.CANCEL_REASON_DISCONNECT);
            }
        }
    }

    int liveOrders() {
        int count = 0;
        for (int i = 0; i < orderCount; i++) {
            count += live[i] ? 1 : 0;
        }
        return count;
    }

    long lastUserRefNum() {
        return lastUserRefNum;
    }

    void lastUserRefNum(final long userRefNum) {
        lastUserRefNum = userRefNum;
    }

    private void cancel(final int index, final byte reason) {
        final long quantity = openQuantities[index];
        openQuantities[index] = 0;
        live[index] = false;
        sink.send(out, 0, canceled.wrap(out, 0).timestamp(++timestamp).userRefNum(userRefNums[index])
            .quantity(quantity).reason(reason).encodedLength());
    }

    private boolean takeUserRefNum(final long userRefNum) {
        if (userRefNum <= lastUserRefNum) {
            return false;
        }
        lastUserRefNum = userRefNum;
        return true;
    }

    private void reject(final long userRefNum, final int reason, final DirectBuffer clOrdId, final int clOrdIdIndex) {
        sink.send(out, 0, rejected.wrap(out, 0).timestamp(++timestamp).userRefNum(userRefNum).reason(reason)
            .clOrdId(clOrdId, clOrdIdIndex).encodedLength());
    }

    @Override
    public void onEnterOrder(final EnterOrderDecoder message) {
        enterOrders++;
        final long userRefNum = message.userRefNum();
        final DirectBuffer buffer = message.buffer();
        final int clOrdId = message.offset() + EnterOrderDecoder.CL_ORD_ID_OFFSET;
        lastEnterQuantity = message.quantity();
        lastFirm = message.appendage().firm();
        if (!takeUserRefNum(userRefNum)) {
            reject(userRefNum, Ouch50.REJECT_OTHER, buffer, clOrdId);
            return;
        }
        if (orderEntryDisabled) {
            reject(userRefNum, Ouch50.REJECT_FIRM_NOT_AUTHORIZED, buffer, clOrdId);
            return;
        }
        if (message.symbol() == REJECTED_SYMBOL) {
            reject(userRefNum, Ouch50.REJECT_INVALID_SYMBOL, buffer, clOrdId);
            return;
        }
        if (message.quantity() == 0) {
            reject(userRefNum, Ouch50.REJECT_INVALID_QUANTITY, buffer, clOrdId);
            return;
        }
        final int index = orderCount++;
        userRefNums[index] = userRefNum;
        openQuantities[index] = message.quantity();
        prices[index] = message.price();
        symbols[index] = message.symbol();
        sides[index] = message.side();
        orderReferenceNumbers[index] = nextOrderReferenceNumber++;
        live[index] = true;
        indexByUserRefNum.put(userRefNum, index);
        final OrderAcceptedEncoder encoder = accepted.wrap(out, 0).timestamp(++timestamp).userRefNum(userRefNum)
            .side(message.side()).quantity(message.quantity()).symbol(message.symbol()).price(message.price())
            .timeInForce(message.timeInForce()).display(message.display())
            .orderReferenceNumber(orderReferenceNumbers[index]).capacity(message.capacity())
            .interMarketSweepEligibility(message.interMarketSweepEligibility()).crossType(message.crossType())
            .orderState(Ouch50.ORDER_STATE_LIVE).clOrdId(buffer, clOrdId);
        if (message.appendage().has(OuchAppendage.FIRM)) {
            encoder.appendage().firm(message.appendage().firm());
        }
        sink.send(out, 0, encoder.encodedLength());
        if (message.timeInForce() == Ouch50.TIF_IOC) {
            cancel(index, Ouch50.CANCEL_REASON_IOC);
        }
    }

    @Override
    public void onCancelOrder(final CancelOrderDecoder message) {
        final long found = indexByUserRefNum.get(message.userRefNum());
        if (found == MISSING || !live[(int) found]) {
            return;                                  // the spec: cancels of unknown or dead orders are ignored
        }
        final int index = (int) found;
        if (rejectCancels) {
            sink.send(out, 0, cancelReject.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
                .encodedLength());
            return;
        }
        final long remaining = Math.min(message.quantity(), openQuantities[index]);
        final long decrement = openQuantities[index] - remaining;
        openQuantities[index] = remaining;
        live[index] = remaining > 0;
        sink.send(out, 0, canceled.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
            .quantity(decrement).reason(Ouch50.CANCEL_REASON_USER).encodedLength());
    }

    @Override
    public void onReplaceOrder(final ReplaceOrderDecoder message) {
        final long newUserRefNum = message.userRefNum();
        final DirectBuffer buffer = message.buffer();
        final int clOrdId = message.offset() + ReplaceOrderDecoder.CL_ORD_ID_OFFSET;
        final long found = indexByUserRefNum.get(message.origUserRefNum());
        lastReplaceQuantity = message.quantity();
        lastReplaceDisplay = message.display();
        if (!takeUserRefNum(newUserRefNum) || found == MISSING || !live[(int) found]) {
            reject(newUserRefNum, Ouch50.REJECT_OTHER, buffer, clOrdId);
            return;
        }
        final int index = (int) found;
        indexByUserRefNum.remove(userRefNums[index]);
        indexByUserRefNum.put(newUserRefNum, index);
        final long origUserRefNum = userRefNums[index];
        userRefNums[index] = newUserRefNum;
        openQuantities[index] = message.quantity();
        prices[index] = message.price();
        orderReferenceNumbers[index] = nextOrderReferenceNumber++;
        live[index] = message.quantity() > 0;
        sink.send(out, 0, replaced.wrap(out, 0).timestamp(++timestamp).origUserRefNum(origUserRefNum)
            .userRefNum(newUserRefNum).side(sides[index]).quantity(message.quantity()).symbol(symbols[index])
            .price(message.price()).timeInForce(message.timeInForce()).display(message.display())
            .orderReferenceNumber(orderReferenceNumbers[index]).capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(message.interMarketSweepEligibility())
            .crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
            .orderState(live[index] ? Ouch50.ORDER_STATE_LIVE : Ouch50.ORDER_STATE_DEAD).clOrdId(buffer, clOrdId)
            .encodedLength());
    }

    @Override
    public void onModifyOrder(final ModifyOrderDecoder message) {
        final long found = indexByUserRefNum.get(message.userRefNum());
        if (found == MISSING || !live[(int) found]) {
            return;
        }
        final int index = (int) found;
        sides[index] = message.side();
        openQuantities[index] = Math.min(openQuantities[index], message.quantity());
        sink.send(out, 0, modified.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
            .side(sides[index]).quantity(openQuantities[index]).encodedLength());
    }

    @Override
    public void onMassCancelRequest(final MassCancelRequestDecoder message) {
        takeUserRefNum(message.userRefNum());
        final long symbol = message.symbol();
        final boolean all = symbol == Ouch50.packSymbol("");
        for (int i = 0; i < orderCount; i++) {
            if (live[i] && (all || symbols[i] == symbol)) {
                cancel(i, Ouch50.CANCEL_REASON_MASS_CANCEL);
            }
        }
        sink.send(out, 0, massCancelResponse.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
            .firm(message.firm()).symbol(symbol).encodedLength());
    }

    @Override
    public void onDisableOrderEntryRequest(final DisableOrderEntryRequestDecoder message) {
        takeUserRefNum(message.userRefNum());
        orderEntryDisabled = true;
        sink.send(out, 0, disableResponse.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
            .firm(message.firm()).encodedLength());
    }

    @Override
    public void onEnableOrderEntryRequest(final EnableOrderEntryRequestDecoder message) {
        takeUserRefNum(message.userRefNum());
        orderEntryDisabled = false;
        sink.send(out, 0, enableResponse.wrap(out, 0).timestamp(++timestamp).userRefNum(message.userRefNum())
            .firm(message.firm()).encodedLength());
    }

    @Override
    public void onAccountQueryRequest(final AccountQueryRequestDecoder message) {
        sink.send(out, 0, accountQueryResponse.wrap(out, 0).timestamp(++timestamp).nextUserRefNum(lastUserRefNum + 1)
            .encodedLength());
    }
}
