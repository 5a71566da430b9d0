package dev.hft.net.itch;

/** Test helper: reads every field of every message it receives into a sum (no allocation); also used by bench. */
public final class SummingItchListener implements ItchListener {
    /** The running sum of every field read. */
    public long sum;

    @Override
    public void onSystemEvent(final SystemEventDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.eventCode();
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.marketCategory() +
            m.financialStatusIndicator() + m.roundLotSize() + m.roundLotsOnly() + m.issueClassification() +
            m.issueSubType() + m.authenticity() + m.shortSaleThresholdIndicator() + m.ipoFlag() +
            m.luldReferencePriceTier() + m.etpFlag() + m.etpLeverageFactor() + m.inverseIndicator();
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.tradingState() + m.reserved() +
            m.reason();
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.regShoAction();
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.mpid() + m.stock() + m.primaryMarketMaker() +
            m.marketMakerMode() + m.marketParticipantState();
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.level1() + m.level2() + m.level3();
    }

    @Override
    public void onMwcbStatus(final MwcbStatusDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.breachedLevel();
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.ipoQuotationReleaseTime() +
            m.ipoQuotationReleaseQualifier() + m.ipoPrice();
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.auctionCollarReferencePrice() +
            m.upperAuctionCollarPrice() + m.lowerAuctionCollarPrice() + m.auctionCollarExtension();
    }

    @Override
    public void onOperationalHalt(final OperationalHaltDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.marketCode() +
            m.operationalHaltAction();
    }

    @Override
    public void onAddOrder(final AddOrderDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() +
            m.buySellIndicator() + m.shares() + m.stock() + m.price();
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() +
            m.buySellIndicator() + m.shares() + m.stock() + m.price() + m.attribution();
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() + m.executedShares() +
            m.matchNumber();
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() + m.executedShares() +
            m.matchNumber() + m.printable() + m.executionPrice();
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() + m.cancelledShares();
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber();
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.originalOrderReferenceNumber() +
            m.newOrderReferenceNumber() + m.shares() + m.price();
    }

    @Override
    public void onTrade(final TradeDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.orderReferenceNumber() +
            m.buySellIndicator() + m.shares() + m.stock() + m.price() + m.matchNumber();
    }

    @Override
    public void onCrossTrade(final CrossTradeDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.shares() + m.stock() + m.crossPrice() +
            m.matchNumber() + m.crossType();
    }

    @Override
    public void onBrokenTrade(final BrokenTradeDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.matchNumber();
    }

    @Override
    public void onNoii(final NoiiDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.pairedShares() + m.imbalanceShares() +
            m.imbalanceDirection() + m.stock() + m.farPrice() + m.nearPrice() + m.currentReferencePrice() +
            m.crossType() + m.priceVariationIndicator();
    }

    @Override
    public void onRpii(final RpiiDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.interestFlag();
    }

    @Override
    public void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder m) {
        sum += m.stockLocate() + m.trackingNumber() + m.timestamp() + m.stock() + m.openEligibilityStatus() +
            m.minimumAllowablePrice() + m.maximumAllowablePrice() + m.nearExecutionPrice() + m.nearExecutionTime() +
            m.lowerPriceRangeCollar() + m.upperPriceRangeCollar();
    }
}
