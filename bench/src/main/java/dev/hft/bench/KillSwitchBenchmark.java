package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import dev.hft.api.FixedPoint;
import dev.hft.api.OpenOrderView;
import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.risk.KillReason;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditLog;
import dev.hft.timing.SystemClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * The kill switch with 10,000 open orders: one op is {@link KillSwitch#trigger} then the trading thread's
 * {@link KillSwitch#doWork()} until every cancel has been handed to a gateway (single shot, so the figure is the whole
 * trigger-to-last-cancel time; budget 1 ms). The in-memory gateways encode each cancel into a send buffer as an
 * OUCH 5.0 Cancel Order (type, user reference number, quantity) would.
 *
 * <p>{@code venues}: {@code single} puts all 10,000 orders on two venues without mass cancel (10,000 individual
 * cancels, the worst case); {@code mixed} spreads them over four venues: two without mass cancel, one with it, one
 * disconnected.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 200, batchSize = 1)
@Measurement(iterations = 500, batchSize = 1)
@Fork(2)
@State(Scope.Thread)
public class KillSwitchBenchmark {
    static final int OPEN_ORDERS = 10_000;

    @Param({"single", "mixed"})
    public String venues;

    private KillSwitch killSwitch;
    private RiskChecker checker;
    private Ledger ledger;
    private AuditDrainer drainer;
    private BufferGateway[] gateways;
    private long nextId = 1;
    private long lastReportNs;

    /** Encodes cancels into a buffer; mass cancel and connection switchable. */
    static final class BufferGateway implements VenueGateway {
        private final int venueId;
        private final boolean massCancel;
        private final boolean connected;
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1 << 20]);
        private int position;

        BufferGateway(final int venueId, final boolean massCancel, final boolean connected) {
            this.venueId = venueId;
            this.massCancel = massCancel;
            this.connected = connected;
        }

        @Override
        public int venueId() {
            return venueId;
        }

        @Override
        public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
            final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
            return Result.OK;
        }

        @Override
        public int cancelOrder(final long clientOrderId) {
            if (!connected) {
                return Result.NOT_CONNECTED;
            }
            if (position + 9 > buffer.capacity()) {
                position = 0;
            }
            buffer.putByte(position, (byte) 'X');
            buffer.putInt(position + 1, (int) clientOrderId);
            buffer.putInt(position + 5, 0);
            position += 9;
            return Result.OK;
        }

        @Override
        public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
            final long priceFixed) {
            return Result.OK;
        }

        @Override
        public int cancelAll(final int instrumentId) {
            if (!massCancel) {
                return Result.UNSUPPORTED;
            }
            if (!connected) {
                return Result.NOT_CONNECTED;
            }
            buffer.putByte(position, (byte) 'M');
            position = 0;
            return Result.OK;
        }

        @Override
        public boolean isConnected() {
            return connected;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        final boolean mixed = "mixed".equals(venues);
        final int venueCount = mixed ? 4 : 2;
        final AuditLog audit = new AuditLog(1 << 16);
        killSwitch = new KillSwitch(SystemClock.INSTANCE, venueCount, report -> lastReportNs =
            report.triggerToLastCancelNs());
        checker = new RiskChecker(new RiskConfig().instruments(64).venues(venueCount)
            .maxOpenOrdersCapacity(OPEN_ORDERS), SystemClock.INSTANCE, killSwitch, audit, RiskListener.NO_OP);
        drainer = new AuditDrainer(audit, new RiskCheckBenchmark.Discard(), 1024);
        ledger = new Ledger(venueCount);
        killSwitch.openOrders(ledger, OPEN_ORDERS);
        gateways = new BufferGateway[venueCount];
        for (int v = 0; v < venueCount; v++) {
            gateways[v] = new BufferGateway(v, mixed && v == 2, !(mixed && v == 3));
            killSwitch.addVenue(gateways[v]);
        }
    }

    @Setup(Level.Invocation)
    public void openOrders() {
        final int venueCount = gateways.length;
        for (int i = 0; i < OPEN_ORDERS; i++) {
            final long id = nextId++;
            if (!checker.onOrderBooked(i % venueCount, i & 63, 0, 0, (i & 1) == 0 ? Side.BUY : Side.SELL, 100,
                FixedPoint.parse("10"))) {
                throw new IllegalStateException("could not open order " + id);
            }
            ledger.add(i % venueCount, id);
        }
    }

    @TearDown(Level.Invocation)
    public void closeOrders() {
        if (!killSwitch.isCompleted() || lastReportNs < 0) {
            throw new IllegalStateException("kill switch did not complete");
        }
        for (int i = 0; i < OPEN_ORDERS; i++) {
            checker.onOrderDone(i & 63, 0, 0, (i & 1) == 0 ? Side.BUY : Side.SELL, 100);
        }
        ledger.clear();
        killSwitch.reset();
        drainer.doWork();
    }

    @Benchmark
    public int triggerToLastCancel() {
        killSwitch.trigger(KillReason.MANUAL);
        int work = 0;
        while (!killSwitch.isCompleted()) {
            work += killSwitch.doWork();
        }
        return work;
    }

    /**
     * Tail diagnostics: runs {@link #triggerToLastCancel()} in a loop in one JVM (300 warm-up runs, then
     * {@code -Diterations=1500}) and prints wall-clock percentiles next to the thread's on-CPU time, so a slow run can
     * be told apart from a preempted one:
     * {@code java -cp bench/target/benchmarks.jar dev.hft.bench.KillSwitchBenchmark\$Tail [single|mixed]} (with the
     * project's JVM flags, see the module README).
     */
    public static final class Tail {
        private Tail() {
        }

        /**
         * Runs the diagnostics.
         *
         * @param args {@code single} (default) or {@code mixed}.
         */
        public static void main(final String[] args) {
            final int iterations = Integer.getInteger("iterations", 1500);
            final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            final KillSwitchBenchmark rig = new KillSwitchBenchmark();
            rig.venues = args.length > 0 ? args[0] : "single";
            rig.setUp();
            final long[] wall = new long[iterations];
            final long[] cpu = new long[iterations];
            for (int i = -300; i < iterations; i++) {
                rig.openOrders();
                final long cpuStart = threads.getCurrentThreadCpuTime();
                final long start = System.nanoTime();
                rig.triggerToLastCancel();
                final long elapsed = System.nanoTime() - start;
                final long onCpu = threads.getCurrentThreadCpuTime() - cpuStart;
                rig.closeOrders();
                if (i >= 0) {
                    wall[i] = elapsed;
                    cpu[i] = onCpu;
                }
            }
            int slow = 0;
            long slowWall = 0;
            long slowCpu = 0;
            for (int i = 0; i < iterations; i++) {
                if (wall[i] > 1_000_000) {
                    slow++;
                    slowWall += wall[i];
                    slowCpu += cpu[i];
                }
            }
            java.util.Arrays.sort(wall);
            java.util.Arrays.sort(cpu);
            System.out.printf("wall p50 %.1f us p90 %.1f p99 %.1f max %.1f; on-CPU p50 %.1f us p99 %.1f max %.1f%n",
                wall[iterations / 2] / 1e3, wall[iterations * 9 / 10] / 1e3, wall[iterations * 99 / 100] / 1e3,
                wall[iterations - 1] / 1e3, cpu[iterations / 2] / 1e3, cpu[iterations * 99 / 100] / 1e3,
                cpu[iterations - 1] / 1e3);
            System.out.printf("runs over 1 ms: %d of %d, their mean wall %.1f us, mean on-CPU %.1f us%n", slow,
                iterations, slow == 0 ? 0 : slowWall / 1e3 / slow, slow == 0 ? 0 : slowCpu / 1e3 / slow);
        }
    }

    /** The open orders per venue as an order ledger lists them (the kill switch reads them; the checker keeps none). */
    static final class Ledger implements OpenOrderView {
        private final long[][] ids;
        private final int[] counts;

        Ledger(final int venues) {
            ids = new long[venues][OPEN_ORDERS];
            counts = new int[venues];
        }

        void add(final int venueId, final long id) {
            ids[venueId][counts[venueId]++] = id;
        }

        void clear() {
            java.util.Arrays.fill(counts, 0);
        }

        @Override
        public int openOrderCount(final int venueId) {
            return counts[venueId];
        }

        @Override
        public int copyOpenOrderIds(final int venueId, final long[] destination) {
            final int n = Math.min(counts[venueId], destination.length);
            System.arraycopy(ids[venueId], 0, destination, 0, n);
            return n;
        }
    }
}
