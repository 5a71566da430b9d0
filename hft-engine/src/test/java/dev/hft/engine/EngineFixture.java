package dev.hft.engine;

import java.nio.ByteOrder;
import java.util.function.Consumer;

import dev.hft.api.FixedPoint;
import dev.hft.api.strategy.Strategy;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.InjectedFeed;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.risk.RiskConfig;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.Agent;

/** One instrument (AAPL, tick 0.01) on two in-process venues (A, B), one strategy, a manual clock. */
final class EngineFixture {
    static final long START_NS = 1_700_000_000_000_000_000L;

    final ManualClock clock = new ManualClock(1_000, START_NS);
    final InMemoryVenueGateway[] gateways = new InMemoryVenueGateway[2];
    final InjectedFeed[] feeds = {new InjectedFeed(1024), new InjectedFeed(1024)};
    final Engine engine;
    final Agent agent;

    EngineFixture(final Strategy strategy) {
        this(strategy, new RiskConfig());
    }

    EngineFixture(final Strategy strategy, final RiskConfig risk) {
        this(strategy, risk, builder -> { });
    }

    EngineFixture(final Strategy strategy, final RiskConfig risk, final Consumer<Engine.Builder> customizer) {
        final EngineConfig config = new EngineConfig()
            .instrument(new InstrumentConfig("AAPL", "0.01", 1))
            .venue(new VenueConfig("A", "XNAS", VenueProtocol.IN_PROCESS))
            .venue(new VenueConfig("B", "ARCX", VenueProtocol.IN_PROCESS))
            .strategy(new StrategyConfig("recorder", strategy).instruments("AAPL"))
            .risk(risk.rejectWithoutReference(false));
        final Engine.Builder builder = Engine.builder(config).clocks(clock, clock);
        for (int v = 0; v < 2; v++) {
            final int venue = v;
            builder.gateway(v == 0 ? "A" : "B", (venueId, instruments, events) ->
                gateways[venue] = new InMemoryVenueGateway(venueId, events, 1024));
            builder.feed(v == 0 ? "A" : "B", feeds[v]);
        }
        customizer.accept(builder);
        engine = builder.build();
        agent = engine.tradingAgent();
    }

    static long price(final String text) {
        return FixedPoint.parse(text);
    }

    int cycle() {
        try {
            return agent.doWork();
        } catch (final Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    long lastClientOrderId(final int venueId) {
        final InMemoryVenueGateway gateway = gateways[venueId];
        return gateway.buffer().getLong(gateway.lastRecordOffset() + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET,
            ByteOrder.LITTLE_ENDIAN);
    }

    long clientOrderId(final int venueId, final long index) {
        final InMemoryVenueGateway gateway = gateways[venueId];
        return gateway.buffer().getLong(gateway.recordOffset(index) + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET,
            ByteOrder.LITTLE_ENDIAN);
    }

    byte kind(final int venueId, final long index) {
        final InMemoryVenueGateway gateway = gateways[venueId];
        return gateway.buffer().getByte(gateway.recordOffset(index) + InMemoryVenueGateway.KIND_OFFSET);
    }
}
