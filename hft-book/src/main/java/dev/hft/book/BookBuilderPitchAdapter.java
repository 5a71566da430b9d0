package dev.hft.book;

import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.pitch.AddOrderExpandedDecoder;
import dev.hft.net.pitch.AddOrderLongDecoder;
import dev.hft.net.pitch.AddOrderShortDecoder;
import dev.hft.net.pitch.DeleteOrderDecoder;
import dev.hft.net.pitch.ModifyOrderLongDecoder;
import dev.hft.net.pitch.ModifyOrderShortDecoder;
import dev.hft.net.pitch.OrderExecutedAtPriceSizeDecoder;
import dev.hft.net.pitch.OrderExecutedDecoder;
import dev.hft.net.pitch.PitchListener;
import dev.hft.net.pitch.PitchMessageDispatcher;
import dev.hft.net.pitch.ReduceSizeLongDecoder;
import dev.hft.net.pitch.ReduceSizeShortDecoder;
import dev.hft.net.pitch.TradeExpandedDecoder;
import dev.hft.net.pitch.TradeLongDecoder;
import dev.hft.net.pitch.TradeShortDecoder;
import dev.hft.net.pitch.TradingStatusDecoder;
import org.agrona.DirectBuffer;

/**
 * Drives a {@link BookBuilder} from Cboe PITCH: owns a {@link PitchMessageDispatcher} and is its {@link PitchListener};
 * feed it sequenced units with {@link #onPacket(DirectBuffer, int, int)}.
 *
 * <ul>
 *     <li>Add Order (short, long, expanded): the symbol is registered on first sight (PITCH has no directory
 *     message), the order added to its book. Order Executed, Order Executed at Price, Reduce Size, Modify Order and
 *     Delete Order name only the order id: the builder's global index finds the book.</li>
 *     <li>Trade (short, long, expanded): a trade event for a non-displayed order. Trading Status: {@code H} halted,
 *     {@code Q} quotation only, {@code T} trading, {@code S} suspended (reported as halted), {@code A} queuing
 *     (pre-open).</li>
 * </ul>
 * Prices are handed to the books as {@code priceFixed()} ({@link dev.hft.api.FixedPoint} scale), so short and long
 * forms agree. Why this sits in {@code hft-book}: see {@link BookBuilderItchAdapter}.
 *
 * <p>Single-threaded; zero allocation after every symbol is registered.
 */
public final class BookBuilderPitchAdapter implements PitchListener {
    private final BookBuilder builder;
    private final PitchMessageDispatcher dispatcher;

    /**
     * Creates an adapter and its dispatcher.
     *
     * @param builder the builder it drives.
     * @param errors  where malformed units are counted.
     */
    public BookBuilderPitchAdapter(final BookBuilder builder, final WireErrorCounters errors) {
        this.builder = builder;
        this.dispatcher = new PitchMessageDispatcher(this, errors);
    }

    /**
     * Decodes one sequenced unit (header and messages) and applies its messages.
     *
     * @param buffer holds the unit.
     * @param offset where it starts.
     * @param length its length.
     * @return the dispatcher's result (messages delivered, or a negative {@link PitchMessageDispatcher} code).
     */
    public int onPacket(final DirectBuffer buffer, final int offset, final int length) {
        return dispatcher.onPacket(buffer, offset, length);
    }

    @Override
    public void onAddOrderShort(final AddOrderShortDecoder message) {
        builder.add(builder.registerInstrument(message.symbol()), message.orderId(), side(message.sideIndicator()),
            message.priceFixed(), message.quantity());
    }

    @Override
    public void onAddOrderLong(final AddOrderLongDecoder message) {
        builder.add(builder.registerInstrument(message.symbol()), message.orderId(), side(message.sideIndicator()),
            message.priceFixed(), message.quantity());
    }

    @Override
    public void onAddOrderExpanded(final AddOrderExpandedDecoder message) {
        builder.add(builder.registerInstrument(message.symbol()), message.orderId(), side(message.sideIndicator()),
            message.priceFixed(), message.quantity());
    }

    @Override
    public void onOrderExecuted(final OrderExecutedDecoder message) {
        builder.execute(message.orderId(), message.executedQuantity());
    }

    @Override
    public void onOrderExecutedAtPriceSize(final OrderExecutedAtPriceSizeDecoder message) {
        final long orderId = message.orderId();
        final int instrumentId = builder.instrumentOf(orderId);
        builder.execute(orderId, message.executedQuantity(), message.priceFixed());
        final long remaining = message.remainingQuantity();
        if (instrumentId != BookBuilder.NULL_INSTRUMENT && builder.book(instrumentId).contains(orderId)) {
            final OrderBook book = builder.book(instrumentId);
            if (remaining <= 0) {
                builder.delete(orderId);
            } else if (remaining < book.orderShares(orderId)) {
                builder.cancel(orderId, book.orderShares(orderId) - remaining);
            }
        }
    }

    @Override
    public void onReduceSizeLong(final ReduceSizeLongDecoder message) {
        builder.cancel(message.orderId(), message.canceledQuantity());
    }

    @Override
    public void onReduceSizeShort(final ReduceSizeShortDecoder message) {
        builder.cancel(message.orderId(), message.canceledQuantity());
    }

    @Override
    public void onModifyOrderLong(final ModifyOrderLongDecoder message) {
        builder.modify(message.orderId(), message.quantity(), message.priceFixed());
    }

    @Override
    public void onModifyOrderShort(final ModifyOrderShortDecoder message) {
        builder.modify(message.orderId(), message.quantity(), message.priceFixed());
    }

    @Override
    public void onDeleteOrder(final DeleteOrderDecoder message) {
        builder.delete(message.orderId());
    }

    @Override
    public void onTradeShort(final TradeShortDecoder message) {
        builder.trade(builder.instrumentId(message.symbol()), side(message.sideIndicator()), message.priceFixed(),
            message.quantity(), message.orderId());
    }

    @Override
    public void onTradeLong(final TradeLongDecoder message) {
        builder.trade(builder.instrumentId(message.symbol()), side(message.sideIndicator()), message.priceFixed(),
            message.quantity(), message.orderId());
    }

    @Override
    public void onTradeExpanded(final TradeExpandedDecoder message) {
        builder.trade(builder.instrumentId(message.symbol()), side(message.sideIndicator()), message.priceFixed(),
            message.quantity(), message.orderId());
    }

    @Override
    public void onTradingStatus(final TradingStatusDecoder message) {
        final int id = builder.registerInstrument(message.symbol());
        builder.tradingStatus(id, status(message.tradingStatus()), 0);
    }

    private static TradingStatus status(final byte code) {
        switch (code) {
            case 'S':
                return TradingStatus.HALTED;
            case 'A':
                return TradingStatus.PRE_OPEN;
            default:
                return TradingStatus.fromCode(code);
        }
    }

    private static Side side(final byte indicator) {
        return indicator == 'B' ? Side.BUY : indicator == 'S' ? Side.SELL : Side.UNKNOWN;
    }
}
