package dev.hft.engine;

import static dev.hft.engine.EngineFixture.START_NS;
import static dev.hft.engine.EngineFixture.price;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.InjectedFeed;
import dev.hft.oms.OmsListener;
import dev.hft.risk.RiskConfig;
import dev.hft.testkit.InMemoryVenueGateway;
import org.junit.jupiter.api.Test;

/** The host's hooks: the tick-to-trade probe, the order listener and the refusal counters. */
class EngineHooksTest {
    private final List<String> marks = new ArrayList<>();

    private final EngineProbe probe = new EngineProbe() {
        @Override
        public void onPollStart() {
            marks.add("poll");
        }

        @Override
        public void onStage(final int stage) {
            marks.add(String.valueOf(stage));
        }

        @Override
        public void onMarketDataEnd() {
            marks.add("end");
        }
    };

    /** Buys 100 at the bid on venue 0 on its first consolidated BBO. */
    private static final class Bidder implements Strategy {
        StrategyContext context;
        long order;

        @Override
        public void onStart(final StrategyContext context) {
            this.context = context;
        }

        @Override
        public void onBbo(final int venueId, final int instrumentId, final long bid, final long bidQuantity,
            final long ask, final long askQuantity, final long timestampNs) {
            if (venueId == StrategyContext.CONSOLIDATED && order == 0) {
                order = context.submit(0, instrumentId, Side.BUY, 100, bid, OrderType.LIMIT, TimeInForce.DAY, 0);
            }
        }
    }

    @Test
    void shouldMarkEveryStageOfATickThatSendsAnOrder() {
        final Bidder bidder = new Bidder();
        final EngineFixture fixture = new EngineFixture(bidder, new RiskConfig(), builder -> builder.probe(probe));
        fixture.cycle();
        marks.clear();
        fixture.feeds[0].level(0, Side.BUY, price("100.00"), 300, START_NS);
        fixture.cycle();
        assertTrue(bidder.order > 0);
        // venue 0's poll: received, venue book, consolidated book, the strategy's submit, the gateway; venue 1's poll;
        // the batch end
        final int received = marks.indexOf("1");
        assertEquals(List.of("poll", "1", "2"), marks.subList(0, 3));
        assertEquals(List.of("3", "4", "5"), marks.subList(marks.indexOf("3"), marks.indexOf("3") + 3));
        assertTrue(received < marks.indexOf("3"));
        assertEquals(List.of("2", "end"), marks.subList(marks.size() - 2, marks.size()),
            "books marked once more before onBatchEnd");
        marks.clear();
        fixture.cycle();
        assertEquals(List.of("poll", "poll", "end"), marks, "nothing arrived: the polls only");
    }

    @Test
    void shouldHoldTheStrategiesUntilEveryVenueIsConnectedWhenConfiguredTo() {
        final EngineFixture fixture = new EngineFixture(new Recorder());
        fixture.cycle();
        assertTrue(fixture.engine.strategiesStarted(), "by default at the first duty cycle");
        final Recorder held = new Recorder();
        final EngineConfig config = new EngineConfig()
            .instrument(new InstrumentConfig("AAPL", "0.01", 1))
            .venue(new VenueConfig("A", "XNAS", VenueProtocol.IN_PROCESS))
            .strategy(new StrategyConfig("held", held).instruments("AAPL"))
            .startWhenConnected(true);
        config.risk().rejectWithoutReference(false);
        final InMemoryVenueGateway[] venue = new InMemoryVenueGateway[1];
        final InjectedFeed feed = new InjectedFeed(64);
        final Engine engine = Engine.builder(config).clocks(fixture.clock, fixture.clock)
            .gateway("A", (venueId, instruments, events) ->
                venue[0] = new InMemoryVenueGateway(venueId, events, 64).connected(false))
            .feed("A", feed)
            .build();
        feed.level(0, Side.BUY, price("100.00"), 300, START_NS);
        engine.tradingAgent().onStart();
        engine.marketData(0).onLevel(0, Side.SELL, price("100.02"), 100, START_NS);
        cycle(engine);
        assertFalse(engine.strategiesStarted());
        assertEquals(List.of(), held.take(), "nothing before the sessions are up");
        assertEquals(price("100.00"), engine.book(0).bestBidPrice(), "the books are kept meanwhile");
        venue[0].connected(true);
        cycle(engine);
        assertTrue(engine.strategiesStarted());
        assertEquals(List.of("start"), held.take());
        feed.level(0, Side.BUY, price("100.01"), 300, START_NS);
        cycle(engine);
        assertTrue(held.take().contains("bbo -1 0 " + price("100.01") + "x300 " + price("100.02") + "x100"),
            "subscribed when started");
    }

    private static void cycle(final Engine engine) {
        try {
            engine.tradingAgent().doWork();
        } catch (final Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void shouldTellTheOrderListenerAndCountRefusalsByReason() {
        final List<String> events = new ArrayList<>();
        final OmsListener listener = new OmsListener() {
            @Override
            public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
                events.add("accepted " + strategyId + " " + clientOrderId);
            }

            @Override
            public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId,
                final Side side, final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
                final Liquidity liquidity, final boolean lateFill, final long timestampNs) {
                events.add("fill " + strategyId + " " + clientOrderId + " " + lastQuantity);
            }
        };
        final RiskConfig risk = new RiskConfig();
        risk.global().maxOrderQuantity(1_000);
        final Recorder recorder = new Recorder();
        final EngineFixture fixture = new EngineFixture(recorder, risk, builder -> builder.orderListener(listener));
        fixture.cycle();
        final StrategyContext context = recorder.context;
        final long id = context.submit(0, 0, Side.BUY, 100, price("100.00"), OrderType.LIMIT, TimeInForce.DAY, 0);
        fixture.gateways[0].accept(id, 1, START_NS);
        fixture.gateways[0].fill(id, 2, price("100.00"), 40, 60, Liquidity.ADDED, START_NS);
        assertEquals(List.of("accepted 0 " + id, "fill 0 " + id + " 40"), events, "as the order manager booked them");
        assertEquals(Result.REJECTED, context.submit(0, 0, Side.BUY, 5_000, price("100.00"), OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(Result.REJECTED, context.submit(1, 0, Side.SELL, 5_000, price("100.00"), OrderType.LIMIT,
            TimeInForce.DAY, 0));
        assertEquals(2, fixture.engine.refusals(0, RejectReason.MAX_ORDER_QUANTITY));
        assertEquals(0, fixture.engine.refusals(0, RejectReason.KILL_SWITCH));
        assertEquals(0, fixture.engine.refusals(7, RejectReason.MAX_ORDER_QUANTITY), "no such strategy");
    }
}
