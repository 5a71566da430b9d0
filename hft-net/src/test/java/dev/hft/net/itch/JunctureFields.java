package dev.hft.net.itch;

import java.util.Map;
import java.util.function.Consumer;

import com.paritytrading.juncture.nasdaq.itch50.ITCH50;
import com.paritytrading.juncture.nasdaq.itch50.ITCH50Listener;

/**
 * Test helper: juncture's decoding of every message as the same ordered field map as {@link ItchFields} (juncture
 * names mapped to ours: {@code locateCode} is {@code stockLocate}, {@code regSHOAction} is {@code regShoAction},
 * {@code canceledShares} is {@code cancelledShares}; its split timestamp is joined). Juncture 1.0.0
 * has no Direct Listing with Capital Raise ('O') message.
 */
final class JunctureFields {
    private JunctureFields() {
    }

    static long timestamp(final int high, final long low) {
        return ((long) high << 32) | low;
    }

    static ITCH50Listener listener(final Consumer<Map<String, Long>> sink) {
        return new ITCH50Listener() {
            @Override
            public void systemEvent(final ITCH50.SystemEvent m) {
                final Map<String, Long> fields = ItchFields.header(SystemEventDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("eventCode", (long) (m.eventCode & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void stockDirectory(final ITCH50.StockDirectory m) {
                final Map<String, Long> fields = ItchFields.header(StockDirectoryDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("marketCategory", (long) (m.marketCategory & 0xFF));
                fields.put("financialStatusIndicator", (long) (m.financialStatusIndicator & 0xFF));
                fields.put("roundLotSize", m.roundLotSize);
                fields.put("roundLotsOnly", (long) (m.roundLotsOnly & 0xFF));
                fields.put("issueClassification", (long) (m.issueClassification & 0xFF));
                fields.put("issueSubType", (long) (m.issueSubType & 0xFFFF));
                fields.put("authenticity", (long) (m.authenticity & 0xFF));
                fields.put("shortSaleThresholdIndicator", (long) (m.shortSaleThresholdIndicator & 0xFF));
                fields.put("ipoFlag", (long) (m.ipoFlag & 0xFF));
                fields.put("luldReferencePriceTier", (long) (m.luldReferencePriceTier & 0xFF));
                fields.put("etpFlag", (long) (m.etpFlag & 0xFF));
                fields.put("etpLeverageFactor", m.etpLeverageFactor);
                fields.put("inverseIndicator", (long) (m.inverseIndicator & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void stockTradingAction(final ITCH50.StockTradingAction m) {
                final Map<String, Long> fields = ItchFields.header(StockTradingActionDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("tradingState", (long) (m.tradingState & 0xFF));
                fields.put("reserved", (long) (m.reserved & 0xFF));
                fields.put("reason", m.reason & 0xFFFF_FFFFL);
                sink.accept(fields);
            }

            @Override
            public void regSHORestriction(final ITCH50.RegSHORestriction m) {
                final Map<String, Long> fields = ItchFields.header(RegShoRestrictionDecoder.TYPE, m.locateCode,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("regShoAction", (long) (m.regSHOAction & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void marketParticipantPosition(final ITCH50.MarketParticipantPosition m) {
                final Map<String, Long> fields = ItchFields.header(MarketParticipantPositionDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("mpid", m.mpid & 0xFFFF_FFFFL);
                fields.put("stock", m.stock);
                fields.put("primaryMarketMaker", (long) (m.primaryMarketMaker & 0xFF));
                fields.put("marketMakerMode", (long) (m.marketMakerMode & 0xFF));
                fields.put("marketParticipantState", (long) (m.marketParticipantState & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void mwcbDeclineLevel(final ITCH50.MWCBDeclineLevel m) {
                final Map<String, Long> fields = ItchFields.header(MwcbDeclineLevelDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("level1", m.level1);
                fields.put("level2", m.level2);
                fields.put("level3", m.level3);
                sink.accept(fields);
            }

            @Override
            public void mwcbStatus(final ITCH50.MWCBStatus m) {
                final Map<String, Long> fields = ItchFields.header(MwcbStatusDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("breachedLevel", (long) (m.breachedLevel & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void ipoQuotingPeriodUpdate(final ITCH50.IPOQuotingPeriodUpdate m) {
                final Map<String, Long> fields = ItchFields.header(IpoQuotingPeriodUpdateDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("ipoQuotationReleaseTime", m.ipoQuotationReleaseTime);
                fields.put("ipoQuotationReleaseQualifier", (long) (m.ipoQuotationReleaseQualifier & 0xFF));
                fields.put("ipoPrice", m.ipoPrice);
                sink.accept(fields);
            }

            @Override
            public void luldAuctionCollar(final ITCH50.LULDAuctionCollar m) {
                final Map<String, Long> fields = ItchFields.header(LuldAuctionCollarDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("auctionCollarReferencePrice", m.auctionCollarReferencePrice);
                fields.put("upperAuctionCollarPrice", m.upperAuctionCollarPrice);
                fields.put("lowerAuctionCollarPrice", m.lowerAuctionCollarPrice);
                fields.put("auctionCollarExtension", m.auctionCollarExtension);
                sink.accept(fields);
            }

            @Override
            public void operationalHalt(final ITCH50.OperationalHalt m) {
                final Map<String, Long> fields = ItchFields.header(OperationalHaltDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("marketCode", (long) (m.marketCode & 0xFF));
                fields.put("operationalHaltAction", (long) (m.operationalHaltAction & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void addOrder(final ITCH50.AddOrder m) {
                final Map<String, Long> fields = ItchFields.header(AddOrderDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("buySellIndicator", (long) (m.buySellIndicator & 0xFF));
                fields.put("shares", m.shares);
                fields.put("stock", m.stock);
                fields.put("price", m.price);
                sink.accept(fields);
            }

            @Override
            public void addOrderMPID(final ITCH50.AddOrderMPID m) {
                final Map<String, Long> fields = ItchFields.header(AddOrderMpidDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("buySellIndicator", (long) (m.buySellIndicator & 0xFF));
                fields.put("shares", m.shares);
                fields.put("stock", m.stock);
                fields.put("price", m.price);
                fields.put("attribution", m.attribution & 0xFFFF_FFFFL);
                sink.accept(fields);
            }

            @Override
            public void orderExecuted(final ITCH50.OrderExecuted m) {
                final Map<String, Long> fields = ItchFields.header(OrderExecutedDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("executedShares", m.executedShares);
                fields.put("matchNumber", m.matchNumber);
                sink.accept(fields);
            }

            @Override
            public void orderExecutedWithPrice(final ITCH50.OrderExecutedWithPrice m) {
                final Map<String, Long> fields = ItchFields.header(OrderExecutedWithPriceDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("executedShares", m.executedShares);
                fields.put("matchNumber", m.matchNumber);
                fields.put("printable", (long) (m.printable & 0xFF));
                fields.put("executionPrice", m.executionPrice);
                sink.accept(fields);
            }

            @Override
            public void orderCancel(final ITCH50.OrderCancel m) {
                final Map<String, Long> fields = ItchFields.header(OrderCancelDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("cancelledShares", m.canceledShares);
                sink.accept(fields);
            }

            @Override
            public void orderDelete(final ITCH50.OrderDelete m) {
                final Map<String, Long> fields = ItchFields.header(OrderDeleteDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                sink.accept(fields);
            }

            @Override
            public void orderReplace(final ITCH50.OrderReplace m) {
                final Map<String, Long> fields = ItchFields.header(OrderReplaceDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("originalOrderReferenceNumber", m.originalOrderReferenceNumber);
                fields.put("newOrderReferenceNumber", m.newOrderReferenceNumber);
                fields.put("shares", m.shares);
                fields.put("price", m.price);
                sink.accept(fields);
            }

            @Override
            public void trade(final ITCH50.Trade m) {
                final Map<String, Long> fields = ItchFields.header(TradeDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("orderReferenceNumber", m.orderReferenceNumber);
                fields.put("buySellIndicator", (long) (m.buySellIndicator & 0xFF));
                fields.put("shares", m.shares);
                fields.put("stock", m.stock);
                fields.put("price", m.price);
                fields.put("matchNumber", m.matchNumber);
                sink.accept(fields);
            }

            @Override
            public void crossTrade(final ITCH50.CrossTrade m) {
                final Map<String, Long> fields = ItchFields.header(CrossTradeDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("shares", m.shares);
                fields.put("stock", m.stock);
                fields.put("crossPrice", m.crossPrice);
                fields.put("matchNumber", m.matchNumber);
                fields.put("crossType", (long) (m.crossType & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void brokenTrade(final ITCH50.BrokenTrade m) {
                final Map<String, Long> fields = ItchFields.header(BrokenTradeDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("matchNumber", m.matchNumber);
                sink.accept(fields);
            }

            @Override
            public void noii(final ITCH50.NOII m) {
                final Map<String, Long> fields = ItchFields.header(NoiiDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("pairedShares", m.pairedShares);
                fields.put("imbalanceShares", m.imbalanceShares);
                fields.put("imbalanceDirection", (long) (m.imbalanceDirection & 0xFF));
                fields.put("stock", m.stock);
                fields.put("farPrice", m.farPrice);
                fields.put("nearPrice", m.nearPrice);
                fields.put("currentReferencePrice", m.currentReferencePrice);
                fields.put("crossType", (long) (m.crossType & 0xFF));
                fields.put("priceVariationIndicator", (long) (m.priceVariationIndicator & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void rpii(final ITCH50.RPII m) {
                final Map<String, Long> fields = ItchFields.header(RpiiDecoder.TYPE, m.stockLocate,
                    m.trackingNumber, timestamp(m.timestampHigh, m.timestampLow));
                fields.put("stock", m.stock);
                fields.put("interestFlag", (long) (m.interestFlag & 0xFF));
                sink.accept(fields);
            }
        };
    }
}
