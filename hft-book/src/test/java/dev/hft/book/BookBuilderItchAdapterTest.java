package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each ITCH message type through the adapter into the builder, with a recording listener. */
class BookBuilderItchAdapterTest {
    private static final long AAPL = 1L;
    private static final long MSFT = 2L;

    private final BookBuilderRecordingListener events = new BookBuilderRecordingListener();
    private BookBuilder builder;
    private BookBuilderItchAdapter adapter;
    private ItchEventEncoder itch;

    @BeforeEach
    void setUp() {
        builder = new BookBuilder(4, 64, 16, 128, events);
        adapter = new BookBuilderItchAdapter(builder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        itch = new ItchEventEncoder((buffer, offset, length) -> adapter.onMessage(buffer, offset, length));
        itch.stockDirectory(1, 7, AAPL, 100);
        itch.stockDirectory(2, 9, MSFT, 100);
        events.take();
    }

    @Test
    void shouldMapStockLocatesToDenseInstrumentIds() {
        assertEquals(0, adapter.instrumentId(7));
        assertEquals(1, adapter.instrumentId(9));
        assertEquals(BookBuilder.NULL_INSTRUMENT, adapter.instrumentId(8));
        assertEquals(2, builder.instrumentCount());
        assertEquals(1, builder.instrumentId(MSFT));
    }

    @Test
    void shouldApplyAddsToTheLocatesBook() {
        itch.addOrder(3, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);
        itch.addOrder(4, 9, 200, (byte) 'S', 20, MSFT, 2_000_000);

        assertEquals(List.of(
            "0 level BUY 1000000 10/1", "0 bbo 1000000x10 " + FixedPoint.NULL_PRICE + "x0",
            "1 level SELL 2000000 20/1", "1 bbo " + FixedPoint.NULL_PRICE + "x0 2000000x20"), events.take());
        assertEquals(0, builder.instrumentOf(100));
        assertEquals(1, builder.instrumentOf(200));
    }

    @Test
    void shouldFindTheBookByReferenceForExecuteCancelDeleteReplace() {
        itch.addOrder(3, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);
        itch.addOrder(4, 9, 200, (byte) 'S', 20, MSFT, 2_000_000);
        events.take();

        itch.orderExecuted(5, 9, 200, 5, 1);
        itch.orderExecutedWithPrice(6, 9, 200, 5, 2, true, 2_000_100);
        itch.orderCancel(7, 7, 100, 4);
        itch.orderReplace(8, 7, 100, 101, 30, 1_000_100);
        itch.orderDelete(9, 9, 200);

        assertEquals(List.of(
            "1 level SELL 2000000 15/1", "1 trade SELL 5@2000000 #200", "1 bbo " + FixedPoint.NULL_PRICE
                + "x0 2000000x15",
            "1 level SELL 2000000 10/1", "1 trade SELL 5@2000100 #200", "1 bbo " + FixedPoint.NULL_PRICE
                + "x0 2000000x10",
            "0 level BUY 1000000 6/1", "0 bbo 1000000x6 " + FixedPoint.NULL_PRICE + "x0",
            "0 level BUY 1000000 0/0", "0 level BUY 1000100 30/1", "0 bbo 1000100x30 " + FixedPoint.NULL_PRICE + "x0",
            "1 level SELL 2000000 0/0", "1 bbo " + FixedPoint.NULL_PRICE + "x0 " + FixedPoint.NULL_PRICE + "x0"),
            events.take());
        assertEquals(0, builder.instrumentOf(101));
        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.instrumentOf(100));
        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.instrumentOf(200));
        assertEquals(1, builder.orderCount());
    }

    @Test
    void shouldRemoveFullyExecutedOrdersFromTheIndex() {
        itch.addOrder(3, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);
        itch.orderExecuted(5, 7, 100, 10, 1);

        assertEquals(BookBuilder.NULL_INSTRUMENT, builder.instrumentOf(100));
        assertEquals(0, builder.orderCount());
    }

    @Test
    void shouldCountUnknownReferencesAsNoOps() {
        itch.orderExecuted(5, 7, 999, 10, 1);
        itch.orderCancel(6, 7, 998, 1);
        itch.orderDelete(7, 7, 997);
        itch.orderReplace(8, 7, 996, 995, 1, 1);

        assertEquals(List.of("-1 error UNKNOWN_ORDER #999", "-1 error UNKNOWN_ORDER #998",
            "-1 error UNKNOWN_ORDER #997", "-1 error UNKNOWN_ORDER #996"), events.take());
        assertEquals(4, builder.unknownOrderCount());
    }

    @Test
    void shouldRefuseAReferenceRestingInAnotherBook() {
        itch.addOrder(3, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);
        events.take();
        itch.addOrder(4, 9, 100, (byte) 'S', 20, MSFT, 2_000_000);

        assertEquals(List.of("1 error DUPLICATE_ORDER #100"), events.take());
        assertEquals(1, builder.duplicateOrderCount());
        assertEquals(0, builder.book(1).orderCount());
    }

    @Test
    void shouldReportTradingActionsAsTradingStatus() {
        itch.tradingAction(3, 9, MSFT, (byte) 'H');
        itch.tradingAction(4, 9, MSFT, (byte) 'T');

        assertEquals(List.of("1 status HALTED", "1 status TRADING"), events.take());
        assertEquals(TradingStatus.TRADING, builder.tradingStatus(1));
    }

    @Test
    void shouldReportNonDisplayedTradesWithoutTouchingTheBook() {
        itch.trade(3, 7, (byte) 'B', 50, AAPL, 1_000_000, 77);

        assertEquals(List.of("0 trade BUY 50@1000000 #0"), events.take());
        assertEquals(0, builder.book(0).orderCount());
    }

    @Test
    void shouldRegisterAStockOnFirstSightWithoutDirectory() {
        itch.addOrder(3, 11, 100, (byte) 'B', 10, 3L, 1_000_000);

        assertEquals("2 instrument", events.take().get(0));
        assertEquals(2, adapter.instrumentId(11));
    }

    @Test
    void shouldCopyTopNDepthIntoACallerOwnedSnapshot() {
        for (int i = 0; i < 7; i++) {
            itch.addOrder(3, 7, 100 + i, (byte) 'B', 10 + i, AAPL, 1_000_000 - i * 100);
            itch.addOrder(3, 7, 200 + i, (byte) 'S', 20 + i, AAPL, 1_000_100 + i * 100);
        }
        itch.addOrder(3, 7, 300, (byte) 'B', 5, AAPL, 1_000_000);
        final DepthSnapshot depth = new DepthSnapshot(5);

        assertEquals(10, builder.copyDepth(0, depth));
        assertEquals(5, depth.levelCount(Side.BUY));
        assertEquals(1_000_000, depth.price(Side.BUY, 0));
        assertEquals(15, depth.quantity(Side.BUY, 0));
        assertEquals(2, depth.orderCount(Side.BUY, 0));
        assertEquals(999_600, depth.price(Side.BUY, 4));
        assertEquals(1_000_500, depth.price(Side.SELL, 4));
        assertEquals(24, depth.quantity(Side.SELL, 4));
        assertEquals(FixedPoint.NULL_PRICE, depth.price(Side.SELL, 5));
        assertEquals(0, depth.instrumentId());
    }
}
