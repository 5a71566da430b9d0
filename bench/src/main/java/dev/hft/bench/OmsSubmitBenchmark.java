package dev.hft.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.timing.ManualClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One order through the OMS submit path: {@link OrderManager#submit} assigns the id, runs the pre-trade check (a
 * max-quantity/price-band stub until hft-risk is wired in), books the order as PENDING_NEW in the pool and encodes
 * it into the {@link InMemoryVenueGateway}'s buffer (a 64-byte fixed record: no OUCH/FIX encoder in this branch).
 * Each op also delivers the venue's reject of that order so its slot is reused and the pool stays in steady state:
 * the figure is submit + one execution report, an upper bound of submit alone. {@code hft}: no journal;
 * {@code hftJournaled}: every request and event also appended to a Chronicle Queue journal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class OmsSubmitBenchmark {
    private static final long PRICE = 100 * FixedPoint.SCALE;
    private static final long MAX_QUANTITY = 1_000_000;

    @Param({"64", "4096"})
    public int capacity;

    private OrderManager plain;
    private OrderManager journaled;
    private ChronicleOrderJournal journal;
    private Path journalDir;
    private int index;

    private static final PreTradeCheck STUB_CHECK = (clientOrderId, strategyId, venueId, instrumentId, side,
        quantity, priceFixed, type, timeInForce, execInstructions) ->
        quantity > MAX_QUANTITY || priceFixed > 2 * PRICE ? RejectReason.MAX_ORDER_QUANTITY : RejectReason.NONE;

    private static OrderManager newOrderManager(final ManualClock clock, final int capacity) {
        final OrderManager om = new OrderManager(capacity, 1, 64, 256, 4096,
            OrderIdGenerator.forSession(1_700_000_000L, 0), STUB_CHECK, FeeModel.NONE, clock, new OmsListener() {
            });
        om.addVenue(new InMemoryVenueGateway(0, om, 1024), VenueCapabilities.ALL);
        return om;
    }

    @Setup
    public void setUp() throws IOException {
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        plain = newOrderManager(clock, capacity);
        journaled = newOrderManager(clock, capacity);
        journalDir = Files.createTempDirectory("oms-bench-journal");
        journal = new ChronicleOrderJournal(journalDir);
        journaled.journal(journal);
    }

    @TearDown
    public void tearDown() throws IOException {
        journal.close();
        try (var files = Files.walk(journalDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private long submitAndReject(final OrderManager om) {
        final int i = index++;
        final long id = om.submit(i & 7, 0, i & 63, (i & 1) == 0 ? Side.BUY : Side.SELL, 100 + (i & 15),
            PRICE + (i & 255), OrderType.LIMIT, TimeInForce.DAY, ExecInstructions.NONE);
        om.onRejected(0, id, RejectReason.VENUE_REJECT, i);
        return id;
    }

    @Benchmark
    public long hft() {
        return submitAndReject(plain);
    }

    @Benchmark
    public long hftJournaled() {
        return submitAndReject(journaled);
    }
}
