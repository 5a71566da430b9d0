package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.TradingStatus;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.pitch.AddOrderLongEncoder;
import dev.hft.net.pitch.DeleteOrderEncoder;
import dev.hft.net.pitch.ModifyOrderLongEncoder;
import dev.hft.net.pitch.OrderExecutedAtPriceSizeEncoder;
import dev.hft.net.pitch.OrderExecutedEncoder;
import dev.hft.net.pitch.Pitch;
import dev.hft.net.pitch.ReduceSizeLongEncoder;
import dev.hft.net.pitch.SequencedUnitHeaderEncoder;
import dev.hft.net.pitch.TradingStatusEncoder;
import java.util.List;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each PITCH message type through the adapter into the builder, one message per sequenced unit. */
class BookBuilderPitchAdapterTest {
    private static final long AAPL = Pitch.packSymbol("AAPL");
    private static final long MSFT = Pitch.packSymbol("MSFT");
    private static final long SCALE = 10_000;

    private final BookBuilderRecordingListener events = new BookBuilderRecordingListener();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
    private BookBuilder builder;
    private BookBuilderPitchAdapter adapter;
    private int sequence;

    @BeforeEach
    void setUp() {
        builder = new BookBuilder(4, 64, 16, 128, events);
        adapter = new BookBuilderPitchAdapter(builder, new WireErrorCounters("pitch", WireErrorListener.NO_OP));
    }

    @Test
    void shouldRegisterSymbolsOnFirstAddAndFindOrdersById() {
        add(1, AAPL, Pitch.SIDE_BUY, 100, 1_000_000);
        add(2, MSFT, Pitch.SIDE_SELL, 200, 2_000_000);
        add(3, AAPL, Pitch.SIDE_BUY, 50, 999_900);
        assertEquals(2, builder.instrumentCount());
        assertEquals(0, builder.instrumentOf(3));
        events.take();

        new OrderExecutedEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(2)
            .executedQuantity(20).executionId(9);
        send(OrderExecutedEncoder.LENGTH);
        new ReduceSizeLongEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(1)
            .canceledQuantity(30);
        send(ReduceSizeLongEncoder.LENGTH);
        new ModifyOrderLongEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(3)
            .quantity(60).price(1_000_000).modifyFlags(0);
        send(ModifyOrderLongEncoder.LENGTH);
        new DeleteOrderEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(2);
        send(DeleteOrderEncoder.LENGTH);

        final long bid = 1_000_000 * SCALE;
        final long bidBehind = 999_900 * SCALE;
        final long ask = 2_000_000 * SCALE;
        assertEquals(List.of(
            "1 level SELL " + ask + " 180/1", "1 trade SELL 20@" + ask + " #2",
            "1 bbo " + dev.hft.api.FixedPoint.NULL_PRICE + "x0 " + ask + "x180",
            "0 level BUY " + bid + " 70/1", "0 bbo " + bid + "x70 " + dev.hft.api.FixedPoint.NULL_PRICE + "x0",
            "0 level BUY " + bidBehind + " 0/0", "0 level BUY " + bid + " 130/2",
            "0 bbo " + bid + "x130 " + dev.hft.api.FixedPoint.NULL_PRICE + "x0",
            "1 level SELL " + ask + " 0/0",
            "1 bbo " + dev.hft.api.FixedPoint.NULL_PRICE + "x0 " + dev.hft.api.FixedPoint.NULL_PRICE + "x0"),
            events.take());
        assertEquals(2, builder.instrumentCount());
        assertEquals(2, builder.orderCount());
    }

    @Test
    void shouldApplyTheRemainingSizeOfAnExecutionAtPrice() {
        add(1, AAPL, Pitch.SIDE_BUY, 100, 1_000_000);
        new OrderExecutedAtPriceSizeEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(1)
            .executedQuantity(10).remainingQuantity(50).executionId(1).price(1_000_100);
        send(OrderExecutedAtPriceSizeEncoder.LENGTH);

        assertEquals(50, builder.book(0).orderShares(1));
    }

    @Test
    void shouldReportTradingStatusAndCountUnknownIds() {
        new TradingStatusEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).symbol(MSFT)
            .tradingStatus((byte) 'H').regShoAction((byte) '0');
        send(TradingStatusEncoder.LENGTH);
        new DeleteOrderEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(77);
        send(DeleteOrderEncoder.LENGTH);

        assertEquals(List.of("0 instrument", "0 status HALTED", "-1 error UNKNOWN_ORDER #77"), events.take());
        assertEquals(TradingStatus.HALTED, builder.tradingStatus(0));
        assertEquals(1, builder.unknownOrderCount());
    }

    private void add(final long orderId, final long symbol, final byte side, final long quantity, final long price) {
        new AddOrderLongEncoder().wrap(buffer, SequencedUnitHeaderEncoder.LENGTH).timeOffset(0).orderId(orderId)
            .sideIndicator(side).quantity(quantity).symbol(symbol).price(price).addFlags(Pitch.ADD_FLAG_DISPLAY);
        send(AddOrderLongEncoder.LENGTH);
    }

    private void send(final int messageLength) {
        final int length = SequencedUnitHeaderEncoder.LENGTH + messageLength;
        new SequencedUnitHeaderEncoder().wrap(buffer, 0).length(length).count(1).unit(1).sequence(++sequence);
        assertEquals(1, adapter.onPacket(buffer, 0, length));
    }
}
