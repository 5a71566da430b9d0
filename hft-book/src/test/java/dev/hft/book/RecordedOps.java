package dev.hft.book;

import dev.hft.api.Side;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.net.capture.ItchEventSink;

/** The book-changing events of a {@link SyntheticItchFeed} stream, recorded as primitive arrays for replay. */
final class RecordedOps implements ItchEventSink {
    static final byte ADD = 'A';
    static final byte EXECUTE = 'E';
    static final byte EXECUTE_WITH_PRICE = 'C';
    static final byte CANCEL = 'X';
    static final byte DELETE = 'D';
    static final byte REPLACE = 'U';

    final byte[] type;
    final int[] locate;
    final long[] reference;
    final long[] newReference;
    final Side[] side;
    final long[] shares;
    final long[] price;
    int count;

    RecordedOps(final int capacity) {
        type = new byte[capacity];
        locate = new int[capacity];
        reference = new long[capacity];
        newReference = new long[capacity];
        side = new Side[capacity];
        shares = new long[capacity];
        price = new long[capacity];
    }

    static RecordedOps generate(final SyntheticItchFeed.Config config, final int ops) {
        final RecordedOps recorded = new RecordedOps(ops);
        final SyntheticItchFeed feed = new SyntheticItchFeed(config);
        while (recorded.count < ops) {
            feed.generate(recorded, 1);
        }
        return recorded;
    }

    /** Applies op {@code i} to the book of its instrument. */
    void apply(final int i, final OrderBook book) {
        switch (type[i]) {
            case ADD:
                book.add(reference[i], side[i], price[i], shares[i]);
                break;
            case EXECUTE:
                book.execute(reference[i], shares[i]);
                break;
            case EXECUTE_WITH_PRICE:
                book.execute(reference[i], shares[i], price[i]);
                break;
            case CANCEL:
                book.cancel(reference[i], shares[i]);
                break;
            case DELETE:
                book.delete(reference[i]);
                break;
            default:
                book.replace(reference[i], newReference[i], shares[i], price[i]);
                break;
        }
    }

    private boolean full() {
        return count >= type.length;
    }

    private void record(
        final byte opType, final int stockLocate, final long orderReference, final long newOrderReference,
        final Side opSide, final long opShares, final long opPrice) {
        if (full()) {
            return;
        }
        final int i = count++;
        type[i] = opType;
        locate[i] = stockLocate;
        reference[i] = orderReference;
        newReference[i] = newOrderReference;
        side[i] = opSide;
        shares[i] = opShares;
        price[i] = opPrice;
    }

    @Override
    public void systemEvent(final long timestampNs, final byte eventCode) {
    }

    @Override
    public void stockDirectory(final long timestampNs, final int stockLocate, final long stock, final long lot) {
    }

    @Override
    public void tradingAction(final long timestampNs, final int stockLocate, final long stock, final byte state) {
    }

    @Override
    public void addOrder(
        final long timestampNs, final int stockLocate, final long orderReference, final byte buySell,
        final long orderShares, final long stock, final long orderPrice) {
        record(ADD, stockLocate, orderReference, 0, buySell == 'B' ? Side.BUY : Side.SELL, orderShares, orderPrice);
    }

    @Override
    public void orderExecuted(
        final long timestampNs, final int stockLocate, final long orderReference, final long executed,
        final long matchNumber) {
        record(EXECUTE, stockLocate, orderReference, 0, Side.UNKNOWN, executed, 0);
    }

    @Override
    public void orderExecutedWithPrice(
        final long timestampNs, final int stockLocate, final long orderReference, final long executed,
        final long matchNumber, final boolean printable, final long executionPrice) {
        record(EXECUTE_WITH_PRICE, stockLocate, orderReference, 0, Side.UNKNOWN, executed, executionPrice);
    }

    @Override
    public void orderCancel(
        final long timestampNs, final int stockLocate, final long orderReference, final long canceledShares) {
        record(CANCEL, stockLocate, orderReference, 0, Side.UNKNOWN, canceledShares, 0);
    }

    @Override
    public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
        record(DELETE, stockLocate, orderReference, 0, Side.UNKNOWN, 0, 0);
    }

    @Override
    public void orderReplace(
        final long timestampNs, final int stockLocate, final long originalOrderReference,
        final long newOrderReference, final long orderShares, final long orderPrice) {
        record(REPLACE, stockLocate, originalOrderReference, newOrderReference, Side.UNKNOWN, orderShares,
            orderPrice);
    }

    @Override
    public void trade(
        final long timestampNs, final int stockLocate, final byte buySell, final long tradeShares, final long stock,
        final long tradePrice, final long matchNumber) {
    }
}
