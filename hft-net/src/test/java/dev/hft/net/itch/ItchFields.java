package dev.hft.net.itch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Test helper: every field of every message, read through this package's getters, as an ordered map of field name to
 * value widened to {@code long} (alpha fields as their packed unsigned bytes), for comparing with juncture
 * ({@link JunctureFields}) and with encoder inputs.
 */
final class ItchFields {
    private ItchFields() {
    }

    static Map<String, Long> header(final byte type, final long stockLocate, final long trackingNumber,
        final long timestamp) {
        final Map<String, Long> fields = new LinkedHashMap<>();
        fields.put("type", (long) type);
        fields.put("stockLocate", stockLocate);
        fields.put("trackingNumber", trackingNumber);
        fields.put("timestamp", timestamp);
        return fields;
    }

    /** A listener that hands the fields of every message it receives to a sink. */
    static ItchListener listener(final Consumer<Map<String, Long>> sink) {
        return new ItchListener() {
            @Override
            public void onSystemEvent(final SystemEventDecoder m) {
                final Map<String, Long> fields =
                    header(SystemEventDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("eventCode", (long) (m.eventCode() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onStockDirectory(final StockDirectoryDecoder m) {
                final Map<String, Long> fields =
                    header(StockDirectoryDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("marketCategory", (long) (m.marketCategory() & 0xFF));
                fields.put("financialStatusIndicator", (long) (m.financialStatusIndicator() & 0xFF));
                fields.put("roundLotSize", m.roundLotSize());
                fields.put("roundLotsOnly", (long) (m.roundLotsOnly() & 0xFF));
                fields.put("issueClassification", (long) (m.issueClassification() & 0xFF));
                fields.put("issueSubType", (long) (m.issueSubType()));
                fields.put("authenticity", (long) (m.authenticity() & 0xFF));
                fields.put("shortSaleThresholdIndicator", (long) (m.shortSaleThresholdIndicator() & 0xFF));
                fields.put("ipoFlag", (long) (m.ipoFlag() & 0xFF));
                fields.put("luldReferencePriceTier", (long) (m.luldReferencePriceTier() & 0xFF));
                fields.put("etpFlag", (long) (m.etpFlag() & 0xFF));
                fields.put("etpLeverageFactor", m.etpLeverageFactor());
                fields.put("inverseIndicator", (long) (m.inverseIndicator() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onStockTradingAction(final StockTradingActionDecoder m) {
                final Map<String, Long> fields =
                    header(StockTradingActionDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("tradingState", (long) (m.tradingState() & 0xFF));
                fields.put("reserved", (long) (m.reserved() & 0xFF));
                fields.put("reason", m.reason() & 0xFFFF_FFFFL);
                sink.accept(fields);
            }

            @Override
            public void onRegShoRestriction(final RegShoRestrictionDecoder m) {
                final Map<String, Long> fields =
                    header(RegShoRestrictionDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("regShoAction", (long) (m.regShoAction() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onMarketParticipantPosition(final MarketParticipantPositionDecoder m) {
                final Map<String, Long> fields =
                    header(MarketParticipantPositionDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("mpid", m.mpid() & 0xFFFF_FFFFL);
                fields.put("stock", m.stock());
                fields.put("primaryMarketMaker", (long) (m.primaryMarketMaker() & 0xFF));
                fields.put("marketMakerMode", (long) (m.marketMakerMode() & 0xFF));
                fields.put("marketParticipantState", (long) (m.marketParticipantState() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder m) {
                final Map<String, Long> fields =
                    header(MwcbDeclineLevelDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("level1", m.level1());
                fields.put("level2", m.level2());
                fields.put("level3", m.level3());
                sink.accept(fields);
            }

            @Override
            public void onMwcbStatus(final MwcbStatusDecoder m) {
                final Map<String, Long> fields =
                    header(MwcbStatusDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("breachedLevel", (long) (m.breachedLevel() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder m) {
                final Map<String, Long> fields =
                    header(IpoQuotingPeriodUpdateDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("ipoQuotationReleaseTime", m.ipoQuotationReleaseTime());
                fields.put("ipoQuotationReleaseQualifier", (long) (m.ipoQuotationReleaseQualifier() & 0xFF));
                fields.put("ipoPrice", m.ipoPrice());
                sink.accept(fields);
            }

            @Override
            public void onLuldAuctionCollar(final LuldAuctionCollarDecoder m) {
                final Map<String, Long> fields =
                    header(LuldAuctionCollarDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("auctionCollarReferencePrice", m.auctionCollarReferencePrice());
                fields.put("upperAuctionCollarPrice", m.upperAuctionCollarPrice());
                fields.put("lowerAuctionCollarPrice", m.lowerAuctionCollarPrice());
                fields.put("auctionCollarExtension", m.auctionCollarExtension());
                sink.accept(fields);
            }

            @Override
            public void onOperationalHalt(final OperationalHaltDecoder m) {
                final Map<String, Long> fields =
                    header(OperationalHaltDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("marketCode", (long) (m.marketCode() & 0xFF));
                fields.put("operationalHaltAction", (long) (m.operationalHaltAction() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onAddOrder(final AddOrderDecoder m) {
                final Map<String, Long> fields =
                    header(AddOrderDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("buySellIndicator", (long) (m.buySellIndicator() & 0xFF));
                fields.put("shares", m.shares());
                fields.put("stock", m.stock());
                fields.put("price", m.price());
                sink.accept(fields);
            }

            @Override
            public void onAddOrderMpid(final AddOrderMpidDecoder m) {
                final Map<String, Long> fields =
                    header(AddOrderMpidDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("buySellIndicator", (long) (m.buySellIndicator() & 0xFF));
                fields.put("shares", m.shares());
                fields.put("stock", m.stock());
                fields.put("price", m.price());
                fields.put("attribution", m.attribution() & 0xFFFF_FFFFL);
                sink.accept(fields);
            }

            @Override
            public void onOrderExecuted(final OrderExecutedDecoder m) {
                final Map<String, Long> fields =
                    header(OrderExecutedDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("executedShares", m.executedShares());
                fields.put("matchNumber", m.matchNumber());
                sink.accept(fields);
            }

            @Override
            public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder m) {
                final Map<String, Long> fields =
                    header(OrderExecutedWithPriceDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("executedShares", m.executedShares());
                fields.put("matchNumber", m.matchNumber());
                fields.put("printable", (long) (m.printable() & 0xFF));
                fields.put("executionPrice", m.executionPrice());
                sink.accept(fields);
            }

            @Override
            public void onOrderCancel(final OrderCancelDecoder m) {
                final Map<String, Long> fields =
                    header(OrderCancelDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("cancelledShares", m.cancelledShares());
                sink.accept(fields);
            }

            @Override
            public void onOrderDelete(final OrderDeleteDecoder m) {
                final Map<String, Long> fields =
                    header(OrderDeleteDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                sink.accept(fields);
            }

            @Override
            public void onOrderReplace(final OrderReplaceDecoder m) {
                final Map<String, Long> fields =
                    header(OrderReplaceDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("originalOrderReferenceNumber", m.originalOrderReferenceNumber());
                fields.put("newOrderReferenceNumber", m.newOrderReferenceNumber());
                fields.put("shares", m.shares());
                fields.put("price", m.price());
                sink.accept(fields);
            }

            @Override
            public void onTrade(final TradeDecoder m) {
                final Map<String, Long> fields =
                    header(TradeDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("orderReferenceNumber", m.orderReferenceNumber());
                fields.put("buySellIndicator", (long) (m.buySellIndicator() & 0xFF));
                fields.put("shares", m.shares());
                fields.put("stock", m.stock());
                fields.put("price", m.price());
                fields.put("matchNumber", m.matchNumber());
                sink.accept(fields);
            }

            @Override
            public void onCrossTrade(final CrossTradeDecoder m) {
                final Map<String, Long> fields =
                    header(CrossTradeDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("shares", m.shares());
                fields.put("stock", m.stock());
                fields.put("crossPrice", m.crossPrice());
                fields.put("matchNumber", m.matchNumber());
                fields.put("crossType", (long) (m.crossType() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onBrokenTrade(final BrokenTradeDecoder m) {
                final Map<String, Long> fields =
                    header(BrokenTradeDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("matchNumber", m.matchNumber());
                sink.accept(fields);
            }

            @Override
            public void onNoii(final NoiiDecoder m) {
                final Map<String, Long> fields =
                    header(NoiiDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("pairedShares", m.pairedShares());
                fields.put("imbalanceShares", m.imbalanceShares());
                fields.put("imbalanceDirection", (long) (m.imbalanceDirection() & 0xFF));
                fields.put("stock", m.stock());
                fields.put("farPrice", m.farPrice());
                fields.put("nearPrice", m.nearPrice());
                fields.put("currentReferencePrice", m.currentReferencePrice());
                fields.put("crossType", (long) (m.crossType() & 0xFF));
                fields.put("priceVariationIndicator", (long) (m.priceVariationIndicator() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onRpii(final RpiiDecoder m) {
                final Map<String, Long> fields =
                    header(RpiiDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("interestFlag", (long) (m.interestFlag() & 0xFF));
                sink.accept(fields);
            }

            @Override
            public void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder m) {
                final Map<String, Long> fields =
                    header(DirectListingCapitalRaiseDecoder.TYPE, m.stockLocate(), m.trackingNumber(), m.timestamp());
                fields.put("stock", m.stock());
                fields.put("openEligibilityStatus", (long) (m.openEligibilityStatus() & 0xFF));
                fields.put("minimumAllowablePrice", m.minimumAllowablePrice());
                fields.put("maximumAllowablePrice", m.maximumAllowablePrice());
                fields.put("nearExecutionPrice", m.nearExecutionPrice());
                fields.put("nearExecutionTime", m.nearExecutionTime());
                fields.put("lowerPriceRangeCollar", m.lowerPriceRangeCollar());
                fields.put("upperPriceRangeCollar", m.upperPriceRangeCollar());
                sink.accept(fields);
            }
            };
    }
}
