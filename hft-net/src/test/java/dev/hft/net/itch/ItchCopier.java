package dev.hft.net.itch;

import org.agrona.MutableDirectBuffer;

/**
 * Test helper: re-encodes every message it receives, field by field through the getters and the encoders' setters,
 * at {@code offset} in {@code buffer}; {@code length} is the length written.
 */
final class ItchCopier implements ItchListener {
    private final SystemEventEncoder systemEvent = new SystemEventEncoder();
    private final StockDirectoryEncoder stockDirectory = new StockDirectoryEncoder();
    private final StockTradingActionEncoder stockTradingAction = new StockTradingActionEncoder();
    private final RegShoRestrictionEncoder regShoRestriction = new RegShoRestrictionEncoder();
    private final MarketParticipantPositionEncoder marketParticipantPosition = new MarketParticipantPositionEncoder();
    private final MwcbDeclineLevelEncoder mwcbDeclineLevel = new MwcbDeclineLevelEncoder();
    private final MwcbStatusEncoder mwcbStatus = new MwcbStatusEncoder();
    private final IpoQuotingPeriodUpdateEncoder ipoQuotingPeriodUpdate = new IpoQuotingPeriodUpdateEncoder();
    private final LuldAuctionCollarEncoder luldAuctionCollar = new LuldAuctionCollarEncoder();
    private final OperationalHaltEncoder operationalHalt = new OperationalHaltEncoder();
    private final AddOrderEncoder addOrder = new AddOrderEncoder();
    private final AddOrderMpidEncoder addOrderMpid = new AddOrderMpidEncoder();
    private final OrderExecutedEncoder orderExecuted = new OrderExecutedEncoder();
    private final OrderExecutedWithPriceEncoder orderExecutedWithPrice = new OrderExecutedWithPriceEncoder();
    private final OrderCancelEncoder orderCancel = new OrderCancelEncoder();
    private final OrderDeleteEncoder orderDelete = new OrderDeleteEncoder();
    private final OrderReplaceEncoder orderReplace = new OrderReplaceEncoder();
    private final TradeEncoder trade = new TradeEncoder();
    private final CrossTradeEncoder crossTrade = new CrossTradeEncoder();
    private final BrokenTradeEncoder brokenTrade = new BrokenTradeEncoder();
    private final NoiiEncoder noii = new NoiiEncoder();
    private final RpiiEncoder rpii = new RpiiEncoder();
    private final DirectListingCapitalRaiseEncoder directListingCapitalRaise = new DirectListingCapitalRaiseEncoder();
    private final MutableDirectBuffer buffer;
    private final int offset;
    int length;

    ItchCopier(final MutableDirectBuffer buffer, final int offset) {
        this.buffer = buffer;
        this.offset = offset;
    }

    @Override
    public void onSystemEvent(final SystemEventDecoder m) {
        systemEvent.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .eventCode(m.eventCode());
        length = SystemEventEncoder.LENGTH;
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder m) {
        stockDirectory.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .marketCategory(m.marketCategory())
            .financialStatusIndicator(m.financialStatusIndicator())
            .roundLotSize(m.roundLotSize())
            .roundLotsOnly(m.roundLotsOnly())
            .issueClassification(m.issueClassification())
            .issueSubType(m.issueSubType())
            .authenticity(m.authenticity())
            .shortSaleThresholdIndicator(m.shortSaleThresholdIndicator())
            .ipoFlag(m.ipoFlag())
            .luldReferencePriceTier(m.luldReferencePriceTier())
            .etpFlag(m.etpFlag())
            .etpLeverageFactor(m.etpLeverageFactor())
            .inverseIndicator(m.inverseIndicator());
        length = StockDirectoryEncoder.LENGTH;
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder m) {
        stockTradingAction.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .tradingState(m.tradingState())
            .reserved(m.reserved())
            .reason(m.reason());
        length = StockTradingActionEncoder.LENGTH;
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionDecoder m) {
        regShoRestriction.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .regShoAction(m.regShoAction());
        length = RegShoRestrictionEncoder.LENGTH;
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionDecoder m) {
        marketParticipantPosition.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .mpid(m.mpid())
            .stock(m.stock())
            .primaryMarketMaker(m.primaryMarketMaker())
            .marketMakerMode(m.marketMakerMode())
            .marketParticipantState(m.marketParticipantState());
        length = MarketParticipantPositionEncoder.LENGTH;
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder m) {
        mwcbDeclineLevel.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .level1(m.level1())
            .level2(m.level2())
            .level3(m.level3());
        length = MwcbDeclineLevelEncoder.LENGTH;
    }

    @Override
    public void onMwcbStatus(final MwcbStatusDecoder m) {
        mwcbStatus.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .breachedLevel(m.breachedLevel());
        length = MwcbStatusEncoder.LENGTH;
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder m) {
        ipoQuotingPeriodUpdate.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .ipoQuotationReleaseTime(m.ipoQuotationReleaseTime())
            .ipoQuotationReleaseQualifier(m.ipoQuotationReleaseQualifier())
            .ipoPrice(m.ipoPrice());
        length = IpoQuotingPeriodUpdateEncoder.LENGTH;
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarDecoder m) {
        luldAuctionCollar.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .auctionCollarReferencePrice(m.auctionCollarReferencePrice())
            .upperAuctionCollarPrice(m.upperAuctionCollarPrice())
            .lowerAuctionCollarPrice(m.lowerAuctionCollarPrice())
            .auctionCollarExtension(m.auctionCollarExtension());
        length = LuldAuctionCollarEncoder.LENGTH;
    }

    @Override
    public void onOperationalHalt(final OperationalHaltDecoder m) {
        operationalHalt.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .marketCode(m.marketCode())
            .operationalHaltAction(m.operationalHaltAction());
        length = OperationalHaltEncoder.LENGTH;
    }

    @Override
    public void onAddOrder(final AddOrderDecoder m) {
        addOrder.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .buySellIndicator(m.buySellIndicator())
            .shares(m.shares())
            .stock(m.stock())
            .price(m.price());
        length = AddOrderEncoder.LENGTH;
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder m) {
        addOrderMpid.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .buySellIndicator(m.buySellIndicator())
            .shares(m.shares())
            .stock(m.stock())
            .price(m.price())
            .attribution(m.attribution());
        length = AddOrderMpidEncoder.LENGTH;
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder m) {
        orderExecuted.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .executedShares(m.executedShares())
            .matchNumber(m.matchNumber());
        length = OrderExecutedEncoder.LENGTH;
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder m) {
        orderExecutedWithPrice.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .executedShares(m.executedShares())
            .matchNumber(m.matchNumber())
            .printable(m.printable())
            .executionPrice(m.executionPrice());
        length = OrderExecutedWithPriceEncoder.LENGTH;
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder m) {
        orderCancel.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .cancelledShares(m.cancelledShares());
        length = OrderCancelEncoder.LENGTH;
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder m) {
        orderDelete.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber());
        length = OrderDeleteEncoder.LENGTH;
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder m) {
        orderReplace.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .originalOrderReferenceNumber(m.originalOrderReferenceNumber())
            .newOrderReferenceNumber(m.newOrderReferenceNumber())
            .shares(m.shares())
            .price(m.price());
        length = OrderReplaceEncoder.LENGTH;
    }

    @Override
    public void onTrade(final TradeDecoder m) {
        trade.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .orderReferenceNumber(m.orderReferenceNumber())
            .buySellIndicator(m.buySellIndicator())
            .shares(m.shares())
            .stock(m.stock())
            .price(m.price())
            .matchNumber(m.matchNumber());
        length = TradeEncoder.LENGTH;
    }

    @Override
    public void onCrossTrade(final CrossTradeDecoder m) {
        crossTrade.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .shares(m.shares())
            .stock(m.stock())
            .crossPrice(m.crossPrice())
            .matchNumber(m.matchNumber())
            .crossType(m.crossType());
        length = CrossTradeEncoder.LENGTH;
    }

    @Override
    public void onBrokenTrade(final BrokenTradeDecoder m) {
        brokenTrade.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .matchNumber(m.matchNumber());
        length = BrokenTradeEncoder.LENGTH;
    }

    @Override
    public void onNoii(final NoiiDecoder m) {
        noii.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .pairedShares(m.pairedShares())
            .imbalanceShares(m.imbalanceShares())
            .imbalanceDirection(m.imbalanceDirection())
            .stock(m.stock())
            .farPrice(m.farPrice())
            .nearPrice(m.nearPrice())
            .currentReferencePrice(m.currentReferencePrice())
            .crossType(m.crossType())
            .priceVariationIndicator(m.priceVariationIndicator());
        length = NoiiEncoder.LENGTH;
    }

    @Override
    public void onRpii(final RpiiDecoder m) {
        rpii.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .interestFlag(m.interestFlag());
        length = RpiiEncoder.LENGTH;
    }

    @Override
    public void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder m) {
        directListingCapitalRaise.wrap(buffer, offset)
            .stockLocate(m.stockLocate())
            .trackingNumber(m.trackingNumber())
            .timestamp(m.timestamp())
            .stock(m.stock())
            .openEligibilityStatus(m.openEligibilityStatus())
            .minimumAllowablePrice(m.minimumAllowablePrice())
            .maximumAllowablePrice(m.maximumAllowablePrice())
            .nearExecutionPrice(m.nearExecutionPrice())
            .nearExecutionTime(m.nearExecutionTime())
            .lowerPriceRangeCollar(m.lowerPriceRangeCollar())
            .upperPriceRangeCollar(m.upperPriceRangeCollar());
        length = DirectListingCapitalRaiseEncoder.LENGTH;
    }
}
