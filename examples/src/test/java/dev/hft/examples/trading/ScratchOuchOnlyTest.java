package dev.hft.examples.trading;

import java.nio.file.Path;

import dev.hft.examples.venue.VenuesConfig;
import org.junit.jupiter.api.Test;

class ScratchOuchOnlyTest {
    @Test
    void run() throws Exception {
        final VenuesConfig all = VenuesConfig.defaults();
        final VenuesConfig two = new VenuesConfig().openingEvents(all.openingEvents())
            .heartbeatIntervalNs(all.heartbeatIntervalNs()).venue(all.venues().get(0)).venue(all.venues().get(1));
        final TradingConfig config = TradingIntegrationTest.tradingConfig();
        config.mmVenues = "0,1";
        final TradingApp.Outcome outcome = new TradingApp(config, new SimulatedVenueSide(two, 0),
            Path.of("target/scratch")).run();
        outcome.lines().forEach(System.out::println);
    }
}
