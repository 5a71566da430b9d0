package dev.hft.oms.journal;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.OrderType;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.FeeModel;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.VenueCapabilities;
import dev.hft.timing.ManualClock;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Not a test: a tool that times {@code OmsSubmitBenchmark.hftJournaled}'s operation (a submit and the venue's reject of
 * it, both journaled) by the thread's CPU time rather than wall time, which a shared, overloaded machine distorts less.
 * Run from the repository root after {@code mvn -q -DskipTests package -pl bench -am}:
 * {@code java <hft.jvm.flags> -cp bench/target/benchmarks.jar:hft-oms/target/test-classes
 * dev.hft.oms.journal.JournalCpuCost}.
 */
public final class JournalCpuCost {

    private JournalCpuCost() {
    }

    /**
     * Runs four rounds of one million operations each, with and without the journal, and prints CPU ns per operation
     * (the first round is warm-up).
     *
     * @param args unused.
     * @throws Exception on I/O failure.
     */
    public static void main(final String[] args) throws Exception {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final int n = 1_000_000;
        final long price = 100 * FixedPoint.SCALE;
        for (int round = 0; round < 4; round++) {
            for (int journaled = 0; journaled < 2; journaled++) {
                final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
                final OrderManager om = new OrderManager(4096, 1, 64, 256, 4096,
                    OrderIdGenerator.forSession(1_700_000_000L, 0), PreTradeCheck.ACCEPT_ALL, FeeModel.NONE, clock,
                    new OmsListener() {
                    });
                om.addVenue(new InMemoryVenueGateway(0, om, 1024), VenueCapabilities.ALL);
                final Path dir = Files.createTempDirectory("journal-cpu-cost");
                try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
                    if (journaled == 1) {
                        om.journal(journal);
                    }
                    long start = 0;
                    for (int i = 0; i < 200_000 + n; i++) {
                        if (i == 200_000) {
                            start = threads.getCurrentThreadCpuTime();
                        }
                        final long id = om.submit(i & 7, 0, i & 63, (i & 1) == 0 ? Side.BUY : Side.SELL,
                            100 + (i & 15), price + (i & 255), OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
                        om.onRejected(0, id, RejectReason.VENUE_REJECT, i);
                    }
                    final double perOp = (threads.getCurrentThreadCpuTime() - start) / (double) n;
                    if (round > 0) {
                        System.out.printf("round %d journaled=%b cpu %.1f ns/op%n", round, journaled == 1, perOp);
                    }
                } finally {
                    try (Stream<Path> paths = Files.walk(dir)) {
                        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                }
            }
        }
    }
}
