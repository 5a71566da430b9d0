package dev.hft.net.pitch;

/**
 * Test listener that reads every field of every message (as a book builder would) into a sum, allocation-free; also
 * used by bench.
 */
public final class FieldSummingListener implements PitchListener {
    /** The running sum of every field read. */
    public long sum;

    @Override
    public void onUnitHeader(final SequencedUnitHeaderDecoder m) {
        sum += m.length() + m.count() + m.unit() + m.sequence();
    }

    @Override
    public void onTime(final TimeDecoder m) {
        sum += m.time();
    }

    @Override
    public void onUnitClear(final UnitClearDecoder m) {
        sum += m.timeOffset();
    }

    @Override
    public void onAddOrderLong(final AddOrderLongDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.addFlags();
    }

    @Override
    public void onAddOrderShort(final AddOrderShortDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.addFlags();
    }

    @Override
    public void onAddOrderExpanded(final AddOrderExpandedDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.addFlags() + m.participantId() + m.customerIndicator();
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.executedQuantity() + m.executionId();
    }

    @Override
    public void onOrderExecutedAtPriceSize(final OrderExecutedAtPriceSizeDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.executedQuantity() + m.remainingQuantity() + m.executionId()
            + m.price() + m.priceFixed();
    }

    @Override
    public void onReduceSizeLong(final ReduceSizeLongDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.canceledQuantity();
    }

    @Override
    public void onReduceSizeShort(final ReduceSizeShortDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.canceledQuantity();
    }

    @Override
    public void onModifyOrderLong(final ModifyOrderLongDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.quantity() + m.price() + m.priceFixed() + m.modifyFlags();
    }

    @Override
    public void onModifyOrderShort(final ModifyOrderShortDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.quantity() + m.price() + m.priceFixed() + m.modifyFlags();
    }

    @Override
    public void onDeleteOrder(final DeleteOrderDecoder m) {
        sum += m.timeOffset() + m.orderId();
    }

    @Override
    public void onTradeLong(final TradeLongDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.executionId();
    }

    @Override
    public void onTradeShort(final TradeShortDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.executionId();
    }

    @Override
    public void onTradeExpanded(final TradeExpandedDecoder m) {
        sum += m.timeOffset() + m.orderId() + m.sideIndicator() + m.side().ordinal() + m.quantity() + m.symbol()
            + m.price() + m.priceFixed() + m.executionId();
    }

    @Override
    public void onTradeBreak(final TradeBreakDecoder m) {
        sum += m.timeOffset() + m.executionId();
    }

    @Override
    public void onEndOfSession(final EndOfSessionDecoder m) {
        sum += m.timeOffset();
    }

    @Override
    public void onTradingStatus(final TradingStatusDecoder m) {
        sum += m.timeOffset() + m.symbol() + m.tradingStatus() + m.regShoAction();
    }

    @Override
    public void onAuctionUpdate(final AuctionUpdateDecoder m) {
        sum += m.timeOffset() + m.symbol() + m.auctionType() + m.referencePrice() + m.referencePriceFixed()
            + m.buyShares() + m.sellShares() + m.indicativePrice() + m.indicativePriceFixed() + m.auctionOnlyPrice()
            + m.auctionOnlyPriceFixed();
    }

    @Override
    public void onAuctionSummary(final AuctionSummaryDecoder m) {
        sum += m.timeOffset() + m.symbol() + m.auctionType() + m.price() + m.priceFixed() + m.shares();
    }

    @Override
    public void onRetailPriceImprovement(final RetailPriceImprovementDecoder m) {
        sum += m.timeOffset() + m.symbol() + m.retailPriceImprovement();
    }
}
