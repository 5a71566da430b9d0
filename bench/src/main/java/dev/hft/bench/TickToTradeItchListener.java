package dev.hft.bench;

import dev.hft.net.itch.AddOrderDecoder;
import dev.hft.net.itch.AddOrderMpidDecoder;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.OrderCancelDecoder;
import dev.hft.net.itch.OrderDeleteDecoder;
import dev.hft.net.itch.OrderExecutedDecoder;
import dev.hft.net.itch.OrderExecutedWithPriceDecoder;
import dev.hft.net.itch.OrderReplaceDecoder;
import dev.hft.net.itch.StockDirectoryDecoder;
import dev.hft.net.itch.StockTradingActionDecoder;
import dev.hft.net.itch.TradeDecoder;
import dev.hft.timing.StageTimer;

/**
 * Sits between the ITCH dispatcher and the book's ITCH adapter: marks the end of the decode stage (the dispatcher
 * has framed the message and wrapped its flyweight; stage {@code decodeStage} of the {@link StageTimer}) and hands
 * the message on. A plain method call per message. Shared by {@link TickToTrade} and {@link WireToWire}.
 */
final class TickToTradeItchListener implements ItchListener {
    private final ItchListener book;
    private final StageTimer timer;
    private final int decodeStage;
    private boolean decodeMarked;

    TickToTradeItchListener(final ItchListener book, final StageTimer timer, final int decodeStage) {
        this.book = book;
        this.timer = timer;
        this.decodeStage = decodeStage;
    }

    void beginPacket() {
        decodeMarked = false;
    }

    boolean decodeMarked() {
        return decodeMarked;
    }

    private void decoded() {
        if (!decodeMarked) {
            timer.mark(decodeStage);
            decodeMarked = true;
        }
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder message) {
        decoded();
        book.onStockDirectory(message);
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder message) {
        decoded();
        book.onStockTradingAction(message);
    }

    @Override
    public void onAddOrder(final AddOrderDecoder message) {
        decoded();
        book.onAddOrder(message);
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder message) {
        decoded();
        book.onAddOrderMpid(message);
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder message) {
        decoded();
        book.onOrderExecuted(message);
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder message) {
        decoded();
        book.onOrderExecutedWithPrice(message);
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder message) {
        decoded();
        book.onOrderCancel(message);
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder message) {
        decoded();
        book.onOrderDelete(message);
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder message) {
        decoded();
        book.onOrderReplace(message);
    }

    @Override
    public void onTrade(final TradeDecoder message) {
        decoded();
        book.onTrade(message);
    }
}
