package dev.hft.net.itch;

/**
 * An {@link ItchListener} that hands every message to a delegate after calling {@link #beforeMessage()}: the place
 * for a stage timestamp ("decoded"), a counter or a filter between the dispatcher and a book builder, without
 * writing the 23 forwarding methods again. A plain method call per message; allocation-free.
 */
public class ForwardingItchListener implements ItchListener {
    private final ItchListener delegate;

    /**
     * Creates a listener that forwards to {@code delegate}.
     *
     * @param delegate receives every message after {@link #beforeMessage()}.
     */
    public ForwardingItchListener(final ItchListener delegate) {
        this.delegate = delegate;
    }

    /**
     * Called before each message is handed on, on the dispatcher's thread; a no-op by default.
     */
    protected void beforeMessage() {
    }

    @Override
    public void onSystemEvent(final SystemEventDecoder message) {
        beforeMessage();
        delegate.onSystemEvent(message);
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder message) {
        beforeMessage();
        delegate.onStockDirectory(message);
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder message) {
        beforeMessage();
        delegate.onStockTradingAction(message);
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionDecoder message) {
        beforeMessage();
        delegate.onRegShoRestriction(message);
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionDecoder message) {
        beforeMessage();
        delegate.onMarketParticipantPosition(message);
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder message) {
        beforeMessage();
        delegate.onMwcbDeclineLevel(message);
    }

    @Override
    public void onMwcbStatus(final MwcbStatusDecoder message) {
        beforeMessage();
        delegate.onMwcbStatus(message);
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder message) {
        beforeMessage();
        delegate.onIpoQuotingPeriodUpdate(message);
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarDecoder message) {
        beforeMessage();
        delegate.onLuldAuctionCollar(message);
    }

    @Override
    public void onOperationalHalt(final OperationalHaltDecoder message) {
        beforeMessage();
        delegate.onOperationalHalt(message);
    }

    @Override
    public void onAddOrder(final AddOrderDecoder message) {
        beforeMessage();
        delegate.onAddOrder(message);
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder message) {
        beforeMessage();
        delegate.onAddOrderMpid(message);
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder message) {
        beforeMessage();
        delegate.onOrderExecuted(message);
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder message) {
        beforeMessage();
        delegate.onOrderExecutedWithPrice(message);
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder message) {
        beforeMessage();
        delegate.onOrderCancel(message);
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder message) {
        beforeMessage();
        delegate.onOrderDelete(message);
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder message) {
        beforeMessage();
        delegate.onOrderReplace(message);
    }

    @Override
    public void onTrade(final TradeDecoder message) {
        beforeMessage();
        delegate.onTrade(message);
    }

    @Override
    public void onCrossTrade(final CrossTradeDecoder message) {
        beforeMessage();
        delegate.onCrossTrade(message);
    }

    @Override
    public void onBrokenTrade(final BrokenTradeDecoder message) {
        beforeMessage();
        delegate.onBrokenTrade(message);
    }

    @Override
    public void onNoii(final NoiiDecoder message) {
        beforeMessage();
        delegate.onNoii(message);
    }

    @Override
    public void onRpii(final RpiiDecoder message) {
        beforeMessage();
        delegate.onRpii(message);
    }

    @Override
    public void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder message) {
        beforeMessage();
        delegate.onDirectListingCapitalRaise(message);
    }
}
