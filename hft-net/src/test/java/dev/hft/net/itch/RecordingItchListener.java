package dev.hft.net.itch;

import java.util.ArrayList;
import java.util.List;

/** Test helper: records every message it receives as its decoder's {@code toString}, after a settable prefix. */
final class RecordingItchListener implements ItchListener {
    final List<String> events = new ArrayList<>();
    String prefix = "";

    private void record(final String message) {
        events.add(prefix + message);
    }

    @Override
    public void onSystemEvent(final SystemEventDecoder message) {
        record(message.toString());
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder message) {
        record(message.toString());
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder message) {
        record(message.toString());
    }

    @Override
    public void onRegShoRestriction(final RegShoRestrictionDecoder message) {
        record(message.toString());
    }

    @Override
    public void onMarketParticipantPosition(final MarketParticipantPositionDecoder message) {
        record(message.toString());
    }

    @Override
    public void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder message) {
        record(message.toString());
    }

    @Override
    public void onMwcbStatus(final MwcbStatusDecoder message) {
        record(message.toString());
    }

    @Override
    public void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder message) {
        record(message.toString());
    }

    @Override
    public void onLuldAuctionCollar(final LuldAuctionCollarDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOperationalHalt(final OperationalHaltDecoder message) {
        record(message.toString());
    }

    @Override
    public void onAddOrder(final AddOrderDecoder message) {
        record(message.toString());
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder message) {
        record(message.toString());
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder message) {
        record(message.toString());
    }

    @Override
    public void onTrade(final TradeDecoder message) {
        record(message.toString());
    }

    @Override
    public void onCrossTrade(final CrossTradeDecoder message) {
        record(message.toString());
    }

    @Override
    public void onBrokenTrade(final BrokenTradeDecoder message) {
        record(message.toString());
    }

    @Override
    public void onNoii(final NoiiDecoder message) {
        record(message.toString());
    }

    @Override
    public void onRpii(final RpiiDecoder message) {
        record(message.toString());
    }

    @Override
    public void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder message) {
        record(message.toString());
    }
}
