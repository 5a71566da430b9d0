package dev.hft.net.capture;

import dev.hft.net.itch.AddOrderEncoder;
import dev.hft.net.itch.OrderCancelEncoder;
import dev.hft.net.itch.OrderDeleteEncoder;
import dev.hft.net.itch.OrderExecutedEncoder;
import dev.hft.net.itch.OrderExecutedWithPriceEncoder;
import dev.hft.net.itch.OrderReplaceEncoder;
import dev.hft.net.itch.StockDirectoryEncoder;
import dev.hft.net.itch.StockTradingActionEncoder;
import dev.hft.net.itch.SystemEventEncoder;
import dev.hft.net.itch.TradeEncoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes {@link ItchEventSink} events (a synthetic feed, a matching engine's book changes) as TotalView-ITCH 5.0
 * messages into one scratch buffer and hands each message to an {@link Output} (a file writer, a MoldUDP64 sender, a
 * benchmark buffer). Allocation-free per event; tracking numbers are 0.
 */
public final class ItchEventEncoder implements ItchEventSink {
    /** Receives each encoded message; the buffer is valid only during the call. */
    @FunctionalInterface
    public interface Output {
        /**
         * One encoded message.
         *
         * @param buffer holds the message.
         * @param offset where it starts (its type byte).
         * @param length its length.
         */
        void onMessage(DirectBuffer buffer, int offset, int length);
    }

    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[64]);
    private final SystemEventEncoder systemEvent = new SystemEventEncoder();
    private final StockDirectoryEncoder stockDirectory = new StockDirectoryEncoder();
    private final StockTradingActionEncoder tradingAction = new StockTradingActionEncoder();
    private final AddOrderEncoder addOrder = new AddOrderEncoder();
    private final OrderExecutedEncoder orderExecuted = new OrderExecutedEncoder();
    private final OrderExecutedWithPriceEncoder orderExecutedWithPrice = new OrderExecutedWithPriceEncoder();
    private final OrderCancelEncoder orderCancel = new OrderCancelEncoder();
    private final OrderDeleteEncoder orderDelete = new OrderDeleteEncoder();
    private final OrderReplaceEncoder orderReplace = new OrderReplaceEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final Output output;

    /**
     * Creates an encoder writing to the given output.
     *
     * @param output receives each message.
     */
    public ItchEventEncoder(final Output output) {
        this.output = output;
    }

    @Override
    public void systemEvent(final long timestampNs, final byte eventCode) {
        systemEvent.wrap(scratch, 0).stockLocate(0).trackingNumber(0).timestamp(timestampNs).eventCode(eventCode);
        output.onMessage(scratch, 0, SystemEventEncoder.LENGTH);
    }

    @Override
    public void stockDirectory(final long timestampNs, final int stockLocate, final long stock,
        final long roundLotSize) {
        stockDirectory.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .stock(stock).marketCategory((byte) 'Q').financialStatusIndicator((byte) 'N').roundLotSize(roundLotSize)
            .roundLotsOnly((byte) 'N').issueClassification((byte) 'C').issueSubType("Z ").authenticity((byte) 'P')
            .shortSaleThresholdIndicator((byte) 'N').ipoFlag((byte) 'N').luldReferencePriceTier((byte) '1')
            .etpFlag((byte) 'N').etpLeverageFactor(0).inverseIndicator((byte) 'N');
        output.onMessage(scratch, 0, StockDirectoryEncoder.LENGTH);
    }

    @Override
    public void tradingAction(final long timestampNs, final int stockLocate, final long stock,
        final byte tradingState) {
        tradingAction.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs).stock(stock)
            .tradingState(tradingState).reserved((byte) ' ').reason("    ");
        output.onMessage(scratch, 0, StockTradingActionEncoder.LENGTH);
    }

    @Override
    public void addOrder(final long timestampNs, final int stockLocate, final long orderReference, final byte side,
        final long shares, final long stock, final long price) {
        addOrder.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(orderReference).buySellIndicator(side).shares(shares).stock(stock).price(price);
        output.onMessage(scratch, 0, AddOrderEncoder.LENGTH);
    }

    @Override
    public void orderExecuted(final long timestampNs, final int stockLocate, final long orderReference,
        final long shares, final long matchNumber) {
        orderExecuted.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(orderReference).executedShares(shares).matchNumber(matchNumber);
        output.onMessage(scratch, 0, OrderExecutedEncoder.LENGTH);
    }

    @Override
    public void orderExecutedWithPrice(final long timestampNs, final int stockLocate, final long orderReference,
        final long shares, final long matchNumber, final boolean printable, final long price) {
        orderExecutedWithPrice.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(orderReference).executedShares(shares).matchNumber(matchNumber)
            .printable(printable ? (byte) 'Y' : (byte) 'N').executionPrice(price);
        output.onMessage(scratch, 0, OrderExecutedWithPriceEncoder.LENGTH);
    }

    @Override
    public void orderCancel(final long timestampNs, final int stockLocate, final long orderReference,
        final long canceledShares) {
        orderCancel.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(orderReference).cancelledShares(canceledShares);
        output.onMessage(scratch, 0, OrderCancelEncoder.LENGTH);
    }

    @Override
    public void orderDelete(final long timestampNs, final int stockLocate, final long orderReference) {
        orderDelete.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(orderReference);
        output.onMessage(scratch, 0, OrderDeleteEncoder.LENGTH);
    }

    @Override
    public void orderReplace(final long timestampNs, final int stockLocate, final long originalOrderReference,
        final long newOrderReference, final long shares, final long price) {
        orderReplace.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .originalOrderReferenceNumber(originalOrderReference).newOrderReferenceNumber(newOrderReference)
            .shares(shares).price(price);
        output.onMessage(scratch, 0, OrderReplaceEncoder.LENGTH);
    }

    @Override
    public void trade(final long timestampNs, final int stockLocate, final byte side, final long shares,
        final long stock, final long price, final long matchNumber) {
        trade.wrap(scratch, 0).stockLocate(stockLocate).trackingNumber(0).timestamp(timestampNs)
            .orderReferenceNumber(0).buySellIndicator(side).shares(shares).stock(stock).price(price)
            .matchNumber(matchNumber);
        output.onMessage(scratch, 0, TradeEncoder.LENGTH);
    }
}
