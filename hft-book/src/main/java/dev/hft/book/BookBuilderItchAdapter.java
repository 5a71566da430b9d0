package dev.hft.book;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.capture.CaptureMessageHandler;
import dev.hft.net.itch.AddOrderDecoder;
import dev.hft.net.itch.AddOrderMpidDecoder;
import dev.hft.net.itch.ItchListener;
import dev.hft.net.itch.ItchMessageDispatcher;
import dev.hft.net.itch.OrderCancelDecoder;
import dev.hft.net.itch.OrderDeleteDecoder;
import dev.hft.net.itch.OrderExecutedDecoder;
import dev.hft.net.itch.OrderExecutedWithPriceDecoder;
import dev.hft.net.itch.OrderReplaceDecoder;
import dev.hft.net.itch.StockDirectoryDecoder;
import dev.hft.net.itch.StockTradingActionDecoder;
import dev.hft.net.itch.TradeDecoder;
import org.agrona.DirectBuffer;

/**
 * Drives a {@link BookBuilder} from NASDAQ TotalView-ITCH 5.0: owns an {@link ItchMessageDispatcher} and is its
 * {@link ItchListener}. Feed it whole messages with {@link #onMessage(DirectBuffer, int, int)} (or as a
 * {@link CaptureMessageHandler} from {@code ItchFileReader}); it can also listen to a dispatcher the host owns.
 *
 * <ul>
 *     <li>Stock Directory 'R': registers the stock (its 8-byte symbol) and maps its Stock Locate to the instrument
 *     id. An order message for a locate with no directory entry registers its stock on first sight.</li>
 *     <li>Add 'A' / Add with MPID 'F': added to the locate's instrument; Executed 'E', Executed with Price 'C',
 *     Cancel 'X', Delete 'D', Replace 'U': found by order reference in the builder's global index, or, when the
 *     builder has none ({@code maxOrders == 0}), in the book of the message's stock locate (one lookup fewer).</li>
 *     <li>Stock Trading Action 'H': trading status ({@code H}alted, {@code P}aused, {@code Q}uotation only,
 *     {@code T}rading).</li>
 *     <li>Trade 'P' (non-displayed): a trade event. Other messages are ignored.</li>
 * </ul>
 * Prices are ITCH {@code Price(4)} integers, as the books hold them. This class is why {@code hft-book} depends on
 * {@code hft-net} at compile scope: the feed adapters sit with the builder they drive.
 *
 * <p>Single-threaded; zero allocation after every instrument is registered.
 */
public final class BookBuilderItchAdapter implements ItchListener, CaptureMessageHandler {
    private static final int LOCATES = 1 << 16;

    private final BookBuilder builder;
    private final ItchMessageDispatcher dispatcher;
    private final int[] instrumentByLocate = new int[LOCATES];
    private long messages;

    /**
     * Creates an adapter and its dispatcher.
     *
     * @param builder the builder it drives.
     * @param errors  where malformed messages are counted.
     */
    public BookBuilderItchAdapter(final BookBuilder builder, final WireErrorCounters errors) {
        this.builder = builder;
        this.dispatcher = new ItchMessageDispatcher(this, errors);
        java.util.Arrays.fill(instrumentByLocate, BookBuilder.NULL_INSTRUMENT);
    }

    /**
     * Decodes one ITCH message and applies it.
     *
     * @param buffer holds the message.
     * @param offset where it starts (its type byte).
     * @param length its length.
     * @return the message type byte, or a negative {@link ItchMessageDispatcher} code (counted and skipped).
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length) {
        messages++;
        return dispatcher.onMessage(buffer, offset, length);
    }

    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        messages++;
        dispatcher.onMessage(buffer, offset, length);
    }

    /**
     * Messages handed to {@link #onMessage(DirectBuffer, int, int)} so far.
     *
     * @return the count.
     */
    public long messages() {
        return messages;
    }

    /**
     * The builder it drives.
     *
     * @return the builder.
     */
    public BookBuilder builder() {
        return builder;
    }

    /**
     * The instrument a stock locate is mapped to.
     *
     * @param stockLocate the ITCH Stock Locate.
     * @return the instrument id, or {@link BookBuilder#NULL_INSTRUMENT} if no message named it yet.
     */
    public int instrumentId(final int stockLocate) {
        return instrumentByLocate[stockLocate & (LOCATES - 1)];
    }

    @Override
    public void onStockDirectory(final StockDirectoryDecoder message) {
        instrument(message.stockLocate(), message.stock());
    }

    @Override
    public void onStockTradingAction(final StockTradingActionDecoder message) {
        final int id = instrument(message.stockLocate(), message.stock());
        builder.tradingStatus(id, TradingStatus.fromCode(message.tradingState()), message.timestamp());
    }

    @Override
    public void onAddOrder(final AddOrderDecoder message) {
        final int id = instrument(message.stockLocate(), message.stock());
        builder.add(id, message.orderReferenceNumber(), side(message.buySellIndicator()), message.price(),
            message.shares());
    }

    @Override
    public void onAddOrderMpid(final AddOrderMpidDecoder message) {
        final int id = instrument(message.stockLocate(), message.stock());
        builder.add(id, message.orderReferenceNumber(), side(message.buySellIndicator()), message.price(),
            message.shares());
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder message) {
        builder.execute(instrumentId(message.stockLocate()), message.orderReferenceNumber(), message.executedShares());
    }

    @Override
    public void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder message) {
        builder.execute(instrumentId(message.stockLocate()), message.orderReferenceNumber(), message.executedShares(),
            message.executionPrice());
    }

    @Override
    public void onOrderCancel(final OrderCancelDecoder message) {
        builder.cancel(instrumentId(message.stockLocate()), message.orderReferenceNumber(), message.cancelledShares());
    }

    @Override
    public void onOrderDelete(final OrderDeleteDecoder message) {
        builder.delete(instrumentId(message.stockLocate()), message.orderReferenceNumber());
    }

    @Override
    public void onOrderReplace(final OrderReplaceDecoder message) {
        builder.replace(instrumentId(message.stockLocate()), message.originalOrderReferenceNumber(),
            message.newOrderReferenceNumber(), message.shares(), message.price());
    }

    @Override
    public void onTrade(final TradeDecoder message) {
        final int id = instrument(message.stockLocate(), message.stock());
        builder.trade(id, side(message.buySellIndicator()), message.price(), message.shares(),
            message.orderReferenceNumber());
    }

    private int instrument(final int stockLocate, final long stock) {
        final int locate = stockLocate & (LOCATES - 1);
        final int id = instrumentByLocate[locate];
        if (id != BookBuilder.NULL_INSTRUMENT) {
            return id;
        }
        final int registered = builder.registerInstrument(stock);
        instrumentByLocate[locate] = registered;
        return registered;
    }

    private static Side side(final byte indicator) {
        return indicator == 'B' ? Side.BUY : indicator == 'S' ? Side.SELL : Side.UNKNOWN;
    }
}
