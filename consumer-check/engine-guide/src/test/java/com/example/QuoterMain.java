// guide:begin (hft-engine/README.md shows this file between the markers; GuideDriftTest keeps them equal)
package com.example;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.engine.Engine;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.InjectedFeed;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.timing.ManualClock;
import org.agrona.concurrent.Agent;

public final class QuoterMain {
    public static void main(final String[] args) throws Exception {
        ManualClock clock = new ManualClock(0, System.currentTimeMillis() * 1_000_000L);
        InjectedFeed feed = new InjectedFeed(1024);
        InMemoryVenueGateway[] venue = new InMemoryVenueGateway[1];
        EngineConfig config = new EngineConfig()
            .instrument(new InstrumentConfig("AAPL", "0.01", 1))
            .venue(new VenueConfig("A", "XNAS", VenueProtocol.IN_PROCESS))
            .strategy(new StrategyConfig("quoter", new Quoter()).instruments("AAPL"));
        config.risk().rejectWithoutReference(false);
        Engine engine = Engine.builder(config).clocks(clock, clock)
            .gateway("A", (venueId, instruments, events) -> venue[0] = new InMemoryVenueGateway(venueId, events, 1024))
            .feed("A", feed)
            .build();
        Agent trading = engine.tradingAgent();
        feed.level(0, Side.BUY, FixedPoint.parse("100.00"), 300, clock.epochNanos());
        trading.doWork();                                    // onStart, then the level: onBbo -> submit -> venue A
        if (venue[0].requestCount() != 1 || venue[0].lastKind() != InMemoryVenueGateway.NEW_ORDER) {
            throw new IllegalStateException("the quoter's order did not reach venue A");
        }
        System.out.println("venue A received order " + venue[0].lastClientOrderId());
        trading.onClose();                                   // onStop, then the engine cancels what is left open
        engine.close();
    }
}
// guide:end
