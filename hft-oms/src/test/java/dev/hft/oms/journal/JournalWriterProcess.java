package dev.hft.oms.journal;

import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OrderManager;
import dev.hft.oms.Scenario;
import dev.hft.timing.ManualClock;

import java.nio.file.Path;

/**
 * Child process of {@link JournalRecoveryTest}: runs a seeded scenario with a Chronicle journal forever, printing
 * "running" once warm, until the test kills it (SIGKILL).
 */
public final class JournalWriterProcess {

    private JournalWriterProcess() {
    }

    /**
     * Runs the writer.
     *
     * @param args journal directory, seed.
     */
    public static void main(final String[] args) {
        final ChronicleOrderJournal journal = new ChronicleOrderJournal(Path.of(args[0]));
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager om = Scenario.newOrderManager(clock);
        final InMemoryVenueGateway[] gateways = Scenario.addVenues(om);
        om.journal(journal);
        final Scenario scenario = new Scenario(om, gateways, clock, Long.parseLong(args[1]));
        long steps = 0;
        while (true) {
            scenario.step();
            if (++steps == 20_000) {
                System.out.println("running");
                System.out.flush();
            }
        }
    }
}
