package dev.hft.examples.strategies;

import java.util.function.Consumer;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.engine.Engine;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.InjectedFeed;
import dev.hft.oms.OrderManager;
import dev.hft.risk.RiskConfig;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.timing.ManualClock;

/**
 * The engine with in-process venues: two instruments (HFTA, HFTB, tick 0.01) on three venues (A, B, C) whose market
 * data the test injects and whose order entry ({@link InMemoryVenueGateway}) the test answers as the venues would,
 * the strategies under test, risk limits from YAML, a manual clock. One {@link #cycle()} is one duty cycle of the
 * trading agent.
 */
final class StrategyFixture {
    static final int VENUES = 3;
    static final String[] VENUE_NAMES = {"A", "B", "C"};
    static final long TICK = FixedPoint.parse("0.01");
    static final String RISK = """
        instruments: 2
        strategies: 2
        accounts: 1
        venues: 3
        global: { maxOpenOrders: 100, maxDailyLoss: "100000" }
        instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "5", maxOrderQuantity: 5000 }
        strategyDefaults: { maxPosition: 2000, maxOrdersPerSecond: 1000000 }
        """;

    final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    final InMemoryVenueGateway[] gateways = new InMemoryVenueGateway[VENUES];
    final InjectedFeed[] feeds = new InjectedFeed[VENUES];
    final Engine engine;
    private final long[][] lastBid = new long[VENUES][2];
    private final long[][] lastAsk = new long[VENUES][2];
    private final long[] answered = new long[VENUES];
    private long venueOrderId = 1_000;
    private long executionId = 1;

    StrategyFixture(final String riskYaml, final StrategyConfig... strategies) {
        this(riskYaml, builder -> { }, strategies);
    }

    StrategyFixture(final String riskYaml, final Consumer<Engine.Builder> customizer,
        final StrategyConfig... strategies) {
        final EngineConfig config = new EngineConfig()
            .instrument(new InstrumentConfig("HFTA", "0.01", 1))
            .instrument(new InstrumentConfig("HFTB", "0.01", 1))
            .risk(RiskConfig.parse(riskYaml));
        for (int v = 0; v < VENUES; v++) {
            config.venue(new VenueConfig(VENUE_NAMES[v], "XV0" + v, VenueProtocol.IN_PROCESS));
        }
        for (final StrategyConfig strategy : strategies) {
            config.strategy(strategy);
        }
        final Engine.Builder builder = Engine.builder(config).clocks(clock, clock);
        for (int v = 0; v < VENUES; v++) {
            final int venue = v;
            feeds[v] = new InjectedFeed(1024);
            builder.gateway(VENUE_NAMES[v], (venueId, instruments, events) ->
                gateways[venue] = new InMemoryVenueGateway(venueId, events, 1 << 16));
            builder.feed(VENUE_NAMES[v], feeds[v]);
        }
        customizer.accept(builder);
        engine = builder.build();
        for (int v = 0; v < VENUES; v++) {
            for (int i = 0; i < 2; i++) {
                lastBid[v][i] = FixedPoint.NULL_PRICE;
                lastAsk[v][i] = FixedPoint.NULL_PRICE;
            }
        }
        cycle();                                                    // onStart
    }

    /** A strategy of the given class with parameters {@code key, value, key, value...} on both instruments. */
    static StrategyConfig strategy(final String name, final Object instance, final String... parameters) {
        final StrategyConfig config = new StrategyConfig(name, (dev.hft.api.strategy.Strategy) instance)
            .instruments("HFTA", "HFTB");
        for (int p = 0; p < parameters.length; p += 2) {
            config.parameter(parameters[p], parameters[p + 1]);
        }
        return config;
    }

    int cycle() {
        try {
            return engine.tradingAgent().doWork();
        } catch (final Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    OrderManager oms() {
        return engine.orderManager();
    }

    /** Sets one venue's top of book (one level per side, 500 each) and runs a duty cycle. */
    void quote(final int venue, final int instrument, final String bid, final String ask) {
        quote(venue, instrument, bid, 500, ask, 500);
    }

    /** Sets one venue's top of book and runs a duty cycle. */
    void quote(final int venue, final int instrument, final String bid, final long bidQuantity, final String ask,
        final long askQuantity) {
        top(venue, instrument, FixedPoint.parse(bid), bidQuantity, FixedPoint.parse(ask), askQuantity);
        cycle();
    }

    /** Injects one venue's new top of book (the previous levels removed); allocation-free. */
    void top(final int venue, final int instrument, final long bidPrice, final long bidQuantity,
        final long askPrice, final long askQuantity) {
        final long now = clock.epochNanos();
        if (lastBid[venue][instrument] != FixedPoint.NULL_PRICE && lastBid[venue][instrument] != bidPrice) {
            feeds[venue].level(instrument, Side.BUY, lastBid[venue][instrument], 0, now);
        }
        if (lastAsk[venue][instrument] != FixedPoint.NULL_PRICE && lastAsk[venue][instrument] != askPrice) {
            feeds[venue].level(instrument, Side.SELL, lastAsk[venue][instrument], 0, now);
        }
        feeds[venue].level(instrument, Side.BUY, bidPrice, bidQuantity, now);
        feeds[venue].level(instrument, Side.SELL, askPrice, askQuantity, now);
        lastBid[venue][instrument] = bidPrice;
        lastAsk[venue][instrument] = askPrice;
    }

    /** Answers every request each venue got since the last call (accepts, fills IOCs, replaced, canceled). */
    void answerAll() {
        for (int v = 0; v < VENUES; v++) {
            answered[v] = answerFrom(v, answered[v]);
        }
    }

    /** Answers every request from index {@code from} on; returns the next index. */
    long answerFrom(final int venue, final long from) {
        final InMemoryVenueGateway gateway = gateways[venue];
        final long count = gateway.requestCount();
        for (long i = from; i < count; i++) {
            answer(venue, gateway.recordOffset(i));
        }
        return count;
    }

    /** The venue answers its last request. */
    void answerLast(final int venue) {
        answer(venue, gateways[venue].lastRecordOffset());
        answered[venue] = gateways[venue].requestCount();
    }

    private void answer(final int venue, final int offset) {
        final InMemoryVenueGateway gateway = gateways[venue];
        final long id = gateway.buffer().getLong(offset + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET);
        final byte kind = gateway.buffer().getByte(offset + InMemoryVenueGateway.KIND_OFFSET);
        final long quantity = gateway.buffer().getLong(offset + InMemoryVenueGateway.QUANTITY_OFFSET);
        final long price = gateway.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET);
        final long now = clock.epochNanos();
        final OrderManager oms = oms();
        if (kind == InMemoryVenueGateway.NEW_ORDER) {
            gateway.accept(id, venueOrderId++, now);
            if (gateway.buffer().getByte(offset + InMemoryVenueGateway.TIF_OFFSET) == TimeInForce.IOC.code()) {
                gateway.fill(id, executionId++, price, quantity, 0, Liquidity.REMOVED, now);
            }
        } else if (kind == InMemoryVenueGateway.REPLACE) {
            final long orig = gateway.buffer().getLong(offset + InMemoryVenueGateway.ORIG_CLIENT_ORDER_ID_OFFSET);
            final int slot = oms.find(orig);
            final long leaves = slot == OrderManager.NOT_FOUND ? quantity : quantity - oms.filledQuantity(slot);
            gateway.replaced(id, orig, price, leaves, now);
        } else if (kind == InMemoryVenueGateway.CANCEL) {
            final int slot = oms.find(id);
            gateway.canceled(id, slot == OrderManager.NOT_FOUND ? 0 : oms.leavesQuantity(slot), now);
        } else if (kind != InMemoryVenueGateway.CANCEL_ALL) {
            gateway.reject(id, RejectReason.OTHER, now);
        }
    }

    /** The venue fills a resting order (maker). */
    void fill(final int venue, final long id, final String price, final long quantity, final long leaves) {
        gateways[venue].fill(id, executionId++, FixedPoint.parse(price), quantity, leaves, Liquidity.ADDED,
            clock.epochNanos());
    }

    /** The price of an order in the order manager, or NULL_PRICE. */
    long price(final long id) {
        final int slot = oms().find(id);
        return slot == OrderManager.NOT_FOUND ? FixedPoint.NULL_PRICE : oms().price(slot);
    }
}
