package dev.hft.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.FixedPoint;
import dev.hft.api.MarketDataListener;
import dev.hft.api.Side;
import dev.hft.api.TradingStatus;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.ManualClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ITCH through the builder into a strategy's {@link MarketDataListener}, via {@link MarketDataBridge}. */
class MarketDataBridgeTest {
    private static final long AAPL = 1L;
    private static final long NULL = FixedPoint.NULL_PRICE;

    private final Recorder strategy = new Recorder();
    private final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
    private MarketDataBridge bridge;
    private ItchEventEncoder itch;

    /** A strategy's listener, recording events as strings. */
    static final class Recorder implements MarketDataListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onBbo(final int instrumentId, final long bidPriceFixed, final long bidQuantity,
            final long askPriceFixed, final long askQuantity, final long timestampNs) {
            events.add(instrumentId + " bbo " + bidPriceFixed + "x" + bidQuantity + " " + askPriceFixed + "x"
                + askQuantity + " @" + timestampNs);
        }

        @Override
        public void onTrade(final int instrumentId, final long priceFixed, final long quantity,
            final Side aggressorSide, final long timestampNs) {
            events.add(instrumentId + " trade " + quantity + "@" + priceFixed + " aggressor " + aggressorSide);
        }

        @Override
        public void onLevelChange(final int instrumentId, final Side side, final long priceFixed, final long quantity,
            final long timestampNs) {
            events.add(instrumentId + " level " + side + " " + priceFixed + " " + quantity);
        }

        @Override
        public void onTradingStatus(final int instrumentId, final TradingStatus status, final long timestampNs) {
            events.add(instrumentId + " status " + status + " @" + timestampNs);
        }

        @Override
        public void onBatchEnd(final long timestampNs) {
            events.add("batch @" + timestampNs);
        }

        List<String> take() {
            final List<String> copy = List.copyOf(events);
            events.clear();
            return copy;
        }
    }

    @BeforeEach
    void setUp() {
        bridge = new MarketDataBridge(strategy, 4, 8, clock);
        final BookBuilder builder = new BookBuilder(8, 64, 16, 128, bridge);
        final BookBuilderItchAdapter adapter =
            new BookBuilderItchAdapter(builder, new WireErrorCounters("itch", WireErrorListener.NO_OP));
        itch = new ItchEventEncoder((buffer, offset, length) -> adapter.onMessage(buffer, offset, length));
        itch.stockDirectory(1, 7, AAPL, 100);
    }

    @Test
    void shouldForwardLevelsAndBboInFixedPointWithTheClocksTime() {
        itch.addOrder(2, 7, 100, (byte) 'B', 10, AAPL, 1_234_500);
        clock.epochNanos(1_700_000_000_000_000_500L);
        itch.addOrder(3, 7, 101, (byte) 'S', 20, AAPL, 1_235_000);
        bridge.batchEnd();

        assertEquals(List.of(
            "0 level BUY 12345000000 10",
            "0 bbo 12345000000x10 " + NULL + "x0 @1700000000000000000",
            "0 level SELL 12350000000 20",
            "0 bbo 12345000000x10 12350000000x20 @1700000000000000500",
            "batch @1700000000000000500"), strategy.take());
    }

    @Test
    void shouldReportTheAggressorAsTheOtherSideOfTheRestingOrder() {
        itch.addOrder(2, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);
        itch.addOrder(3, 7, 101, (byte) 'S', 20, AAPL, 1_001_000);
        strategy.take();

        itch.orderExecuted(4, 7, 100, 4, 1);
        itch.orderExecutedWithPrice(5, 7, 101, 5, 2, true, 1_000_500);

        assertEquals(List.of(
            "0 level BUY 10000000000 6", "0 trade 4@10000000000 aggressor SELL",
            "0 bbo 10000000000x6 10010000000x20 @1700000000000000000",
            "0 level SELL 10010000000 15", "0 trade 5@10005000000 aggressor BUY",
            "0 bbo 10000000000x6 10010000000x15 @1700000000000000000"), strategy.take());
    }

    @Test
    void shouldForwardHaltsAndMappedInstrumentIds() {
        bridge.mapInstrument(0, 42);
        itch.tradingAction(2, 7, AAPL, (byte) 'H');
        itch.addOrder(3, 7, 100, (byte) 'B', 10, AAPL, 1_000_000);

        assertEquals(List.of(
            "42 status HALTED @1700000000000000000",
            "42 level BUY 10000000000 10",
            "42 bbo 10000000000x10 " + NULL + "x0 @1700000000000000000"), strategy.take());
    }

    @Test
    void shouldNotForwardIntegrityErrors() {
        itch.orderDelete(2, 7, 999);
        assertEquals(List.of(), strategy.take());
    }

    @Test
    void shouldNotAllocate() {
        final MarketDataBridge quiet = new MarketDataBridge(new MarketDataListener() {
        }, 4, 8, clock);
        final Runnable work = () -> {
            for (int i = 0; i < 10_000; i++) {
                quiet.onBbo(0, 1_000_000, 10, FixedPoint.NULL_PRICE, 0);
                quiet.onLevelChange(1, Side.BUY, 1_000_000, 10, 1);
                quiet.onTrade(2, Side.SELL, 1_000_000, 10, i);
                quiet.onTradingStatus(3, TradingStatus.TRADING, 0);
                quiet.batchEnd();
            }
        };
        assertEquals(0, AllocationMeter.steadyStateBytes(work, 3, 3));
    }
}
