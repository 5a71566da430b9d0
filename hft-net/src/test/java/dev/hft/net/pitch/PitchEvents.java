package dev.hft.net.pitch;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import org.agrona.DirectBuffer;

/**
 * Test listener that records every callback as readable text (every field, prices raw and as FixedPoint) and every
 * delivered message as a copy of its bytes.
 */
final class PitchEvents implements PitchListener {
    final List<String> events = new ArrayList<>();
    final List<byte[]> messages = new ArrayList<>();

    static String hex(final long value) {
        return "0x" + Long.toHexString(value).toUpperCase();
    }

    static String flags(final int value) {
        return String.format("0x%02X", value);
    }

    static String price(final long raw, final long fixed) {
        return raw + "(" + FixedPoint.format(fixed) + ")";
    }

    void clear() {
        events.clear();
        messages.clear();
    }

    private void record(final DirectBuffer buffer, final int offset, final int length, final String event) {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        messages.add(bytes);
        events.add(event);
    }

    @Override
    public void onUnitHeader(final SequencedUnitHeaderDecoder h) {
        events.add("UnitHeader[length=" + h.length() + ", count=" + h.count() + ", unit=" + h.unit() + ", sequence="
            + h.sequence() + "]");
    }

    @Override
    public void onTime(final TimeDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "Time[" + "time=" + m.time() + "]");
    }

    @Override
    public void onUnitClear(final UnitClearDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "UnitClear[" + "timeOffset=" + m.timeOffset() + "]");
    }

    @Override
    public void onAddOrderLong(final AddOrderLongDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "AddOrderLong[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "addFlags=" + flags(m.addFlags()) + "]");
    }

    @Override
    public void onAddOrderShort(final AddOrderShortDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "AddOrderShort[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "addFlags=" + flags(m.addFlags()) + "]");
    }

    @Override
    public void onAddOrderExpanded(final AddOrderExpandedDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "AddOrderExpanded[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "addFlags=" + flags(m.addFlags()) + ", "
            + "participantId=" + Pitch.participantIdToString(m.participantId()) + ", "
            + "customerIndicator=" + (char) m.customerIndicator() + "]");
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "OrderExecuted[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "executedQuantity=" + m.executedQuantity() + ", "
            + "executionId=" + hex(m.executionId()) + "]");
    }

    @Override
    public void onOrderExecutedAtPriceSize(final OrderExecutedAtPriceSizeDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "OrderExecutedAtPriceSize[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "executedQuantity=" + m.executedQuantity() + ", "
            + "remainingQuantity=" + m.remainingQuantity() + ", "
            + "executionId=" + hex(m.executionId()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + "]");
    }

    @Override
    public void onReduceSizeLong(final ReduceSizeLongDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "ReduceSizeLong[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "canceledQuantity=" + m.canceledQuantity() + "]");
    }

    @Override
    public void onReduceSizeShort(final ReduceSizeShortDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "ReduceSizeShort[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "canceledQuantity=" + m.canceledQuantity() + "]");
    }

    @Override
    public void onModifyOrderLong(final ModifyOrderLongDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "ModifyOrderLong[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "quantity=" + m.quantity() + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "modifyFlags=" + flags(m.modifyFlags()) + "]");
    }

    @Override
    public void onModifyOrderShort(final ModifyOrderShortDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "ModifyOrderShort[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "quantity=" + m.quantity() + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "modifyFlags=" + flags(m.modifyFlags()) + "]");
    }

    @Override
    public void onDeleteOrder(final DeleteOrderDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "DeleteOrder[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + "]");
    }

    @Override
    public void onTradeLong(final TradeLongDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "TradeLong[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "executionId=" + hex(m.executionId()) + "]");
    }

    @Override
    public void onTradeShort(final TradeShortDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "TradeShort[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "executionId=" + hex(m.executionId()) + "]");
    }

    @Override
    public void onTradeExpanded(final TradeExpandedDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "TradeExpanded[" + "timeOffset=" + m.timeOffset() + ", "
            + "orderId=" + hex(m.orderId()) + ", "
            + "sideIndicator=" + (char) m.sideIndicator() + ", "
            + "quantity=" + m.quantity() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "executionId=" + hex(m.executionId()) + "]");
    }

    @Override
    public void onTradeBreak(final TradeBreakDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "TradeBreak[" + "timeOffset=" + m.timeOffset() + ", "
            + "executionId=" + hex(m.executionId()) + "]");
    }

    @Override
    public void onEndOfSession(final EndOfSessionDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "EndOfSession[" + "timeOffset=" + m.timeOffset() + "]");
    }

    @Override
    public void onTradingStatus(final TradingStatusDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "TradingStatus[" + "timeOffset=" + m.timeOffset() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "tradingStatus=" + (char) m.tradingStatus() + ", "
            + "regShoAction=" + (char) m.regShoAction() + "]");
    }

    @Override
    public void onAuctionUpdate(final AuctionUpdateDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "AuctionUpdate[" + "timeOffset=" + m.timeOffset() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "auctionType=" + (char) m.auctionType() + ", "
            + "referencePrice=" + price(m.referencePrice(), m.referencePriceFixed()) + ", "
            + "buyShares=" + m.buyShares() + ", "
            + "sellShares=" + m.sellShares() + ", "
            + "indicativePrice=" + price(m.indicativePrice(), m.indicativePriceFixed()) + ", "
            + "auctionOnlyPrice=" + price(m.auctionOnlyPrice(), m.auctionOnlyPriceFixed()) + "]");
    }

    @Override
    public void onAuctionSummary(final AuctionSummaryDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "AuctionSummary[" + "timeOffset=" + m.timeOffset() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "auctionType=" + (char) m.auctionType() + ", "
            + "price=" + price(m.price(), m.priceFixed()) + ", "
            + "shares=" + m.shares() + "]");
    }

    @Override
    public void onRetailPriceImprovement(final RetailPriceImprovementDecoder m) {
        record(m.buffer(), m.offset(), m.length(), "RetailPriceImprovement[" + "timeOffset=" + m.timeOffset() + ", "
            + "symbol=" + Pitch.symbolToString(m.symbol()) + ", "
            + "retailPriceImprovement=" + (char) m.retailPriceImprovement() + "]");
    }
}
