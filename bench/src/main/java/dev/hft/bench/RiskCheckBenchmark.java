package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.risk.BreachAction;
import dev.hft.risk.CollarReference;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.Limits;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditLog;
import dev.hft.risk.audit.AuditSink;
import dev.hft.timing.ManualClock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One pre-trade decision of {@link RiskChecker#check} with every check enabled (kill switch, ids, trading state of
 * four scopes, restricted list, order quantity, collar in ticks and percent, notional, duplicate window, open orders,
 * order and message rate windows of four scopes, reduce-only, worst-case position of three cells, gross and net
 * exposure of four scopes, pattern day trader) and the audit record written to the ring buffer, which a drainer thread
 * empties. Every order passes (the longest path). There is no Java peer with the same checks; the figure is against
 * the 50 ns target.
 *
 * <p>{@code drain}: {@code thread} drains the audit ring on a second thread (production wiring; on a 2-core machine
 * shared with other work the cross-core cache traffic of the ring dominates); {@code inline} drains it on the
 * benchmark thread after every batch, so the drain's cost is included per decision but no cache line crosses cores.
 *
 * <p>{@code allChecks}: mean per decision over batches of {@value #BATCH}. {@code allChecksSampled}: the same batches
 * timed one by one (SampleTime), per decision, for the median. {@code checkSendCancel}: a decision plus the exposure
 * bookkeeping of the order's life as the ledger reports it (booked, then canceled: {@code onOrderBooked},
 * {@code onOrderDone}), per order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
@State(Scope.Thread)
public class RiskCheckBenchmark {
    static final int BATCH = 64;
    /** Decisions per audit ring message, as the module README wires it (published at least every duty cycle). */
    static final int AUDIT_BATCH = 16;
    private static final int ORDERS = 4096;
    private static final int MASK = ORDERS - 1;
    private static final int INSTRUMENTS = 8;

    @Param({"inline", "thread"})
    public String drain;

    /** Checks switched off (see {@link #allChecksConfig(String)}); {@code null}: the {@code risk.without} property. */
    String without;

    private final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    private final int[] instrument = new int[ORDERS];
    private final int[] strategy = new int[ORDERS];
    private final int[] account = new int[ORDERS];
    private final Side[] side = new Side[ORDERS];
    private final long[] price = new long[ORDERS];
    private RiskChecker checker;
    private AuditLog audit;
    private AgentRunner drainerRunner;
    private AuditDrainer inlineDrainer;
    private int index;
    private long nextId = 1_000_000;

    static RiskConfig allChecksConfig() {
        final RiskConfig config = new RiskConfig().instruments(INSTRUMENTS).strategies(4).accounts(4).venues(2)
            .maxOpenOrdersCapacity(1024).duplicateCacheSets(256).patternDayTrader("25000", 1_000_000, 5);
        config.global().maxOrderQuantity(1_000_000).maxOrderNotional("100000000").maxPosition(10_000_000)
            .maxGrossExposure("1000000000").maxNetExposure("1000000000").maxOpenOrders(1000)
            .maxOrdersPerSecond(20_000).maxMessagesPerSecond(40_000).duplicateWindowMs(10)
            .maxDailyLoss("10000000", BreachAction.KILL_SWITCH).maxDrawdown("10000000", BreachAction.KILL_SWITCH)
            .maxFillsPerSecond(20_000, BreachAction.REDUCE_ONLY);
        config.defaults(dev.hft.risk.Scope.INSTRUMENT).tickSize("0.01").collarTicks(500).collarPercent("10")
            .collarReference(CollarReference.BBO).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10);
        config.limits(dev.hft.risk.Scope.INSTRUMENT, INSTRUMENTS - 1).restricted(true);
        config.defaults(dev.hft.risk.Scope.STRATEGY).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10)
            .maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY)
            .maxFillsPerSecond(5_000, BreachAction.REDUCE_ONLY);
        config.defaults(dev.hft.risk.Scope.ACCOUNT).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000").maxOpenOrders(500)
            .maxOrdersPerSecond(5_000).maxMessagesPerSecond(10_000).duplicateWindowMs(10)
            .maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY)
            .patternDayTrader(true).equity("10000");
        return config;
    }

    /**
     * The {@link #allChecksConfig()} with some checks switched off, for attributing the cost of a decision to its
     * checks (diagnostics only; the benchmark runs every check unless the system property {@code risk.without} names
     * some, e.g. {@code -jvmArgsAppend -Drisk.without=collar,duplicate}).
     *
     * @param without comma-separated: {@code quantity, notional, collar, position, gross, net, open, orderRate,
     *                messageRate, duplicate, pdt}, or empty.
     * @return the configuration.
     */
    static RiskConfig allChecksConfig(final String without) {
        final RiskConfig config = allChecksConfig();
        final java.util.List<String> off = java.util.Arrays.asList(without.split(","));
        final Limits[] all = {config.global(), config.defaults(dev.hft.risk.Scope.INSTRUMENT),
            config.defaults(dev.hft.risk.Scope.STRATEGY), config.defaults(dev.hft.risk.Scope.ACCOUNT)};
        for (final Limits limits : all) {
            if (off.contains("quantity")) {
                limits.maxOrderQuantity(Limits.UNSET);
            }
            if (off.contains("notional")) {
                limits.maxOrderNotional(null);
            }
            if (off.contains("collar")) {
                limits.collarTicks(Limits.UNSET).collarPercent(null);
            }
            if (off.contains("position")) {
                limits.maxPosition(Limits.UNSET);
            }
            if (off.contains("gross")) {
                limits.maxGrossExposure(null);
            }
            if (off.contains("net")) {
                limits.maxNetExposure(null);
            }
            if (off.contains("open")) {
                limits.maxOpenOrders(Limits.UNSET);
            }
            if (off.contains("orderRate")) {
                limits.maxOrdersPerSecond(Limits.UNSET);
            }
            if (off.contains("messageRate")) {
                limits.maxMessagesPerSecond(Limits.UNSET);
            }
            if (off.contains("duplicate")) {
                limits.duplicateWindowMs(Limits.UNSET);
            }
            if (off.contains("pdt")) {
                limits.patternDayTrader(false);
            }
        }
        return config;
    }

    static final class Discard implements AuditSink {
        @Override
        public void onRecord(final int type, final DirectBuffer buffer, final int offset, final int length) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Setup
    public void setUp() {
        // inline: a small ring that stays in cache between drains; thread: room for the drainer thread's stalls
        audit = new AuditLog("thread".equals(drain) ? 1 << 24 : 1 << 16, AUDIT_BATCH);
        final KillSwitch killSwitch = new KillSwitch(clock, 2, report -> { });
        checker = new RiskChecker(allChecksConfig(without != null ? without
            : System.getProperty("risk.without", "")), clock, killSwitch, audit,
            RiskListener.NO_OP);
        final AuditDrainer drainer = new AuditDrainer(audit, new Discard(), 4096);
        if ("thread".equals(drain)) {
            drainerRunner = new AgentRunner(new BackoffIdleStrategy(1, 10, 1_000, 100_000), error -> { }, null,
                drainer);
            AgentRunner.startOnThread(drainerRunner);
        } else {
            inlineDrainer = drainer;
        }
        for (int i = 0; i < INSTRUMENTS; i++) {
            checker.onBbo(i, FixedPoint.parse("99.99"), FixedPoint.parse("100.01"));
        }
        for (int k = 0; k < ORDERS; k++) {
            instrument[k] = k % (INSTRUMENTS - 1);
            strategy[k] = (k >> 1) % 4;
            account[k] = (k >> 1) % 3;
            side[k] = (k & 1) == 0 ? Side.BUY : Side.SELL;
            price[k] = FixedPoint.parse("99.5") + (k % 100) * FixedPoint.parse("0.01");
        }
        // resting state the exposure checks work against: open orders and positions in every cell
        for (int k = 0; k < 200; k++) {
            final long id = k + 1;
            if (checker.check(id, k & 1, instrument[k], strategy[k], account[k], side[k], 50, price[k])
                == RejectReason.NONE) {
                checker.onOrderBooked(k & 1, instrument[k], strategy[k], account[k], side[k], 50, price[k]);
                if (k % 3 == 0) {
                    checker.onOrderFilled(instrument[k], strategy[k], account[k], side[k], price[k], 20, 20, false);
                }
            }
            clock.advance(100_000);
            drainInline();
        }
        for (int k = 0; k < ORDERS; k++) {
            clock.advance(100_000);
            if (checker.check(nextId++, k & 1, instrument[k], strategy[k], account[k], side[k], 100, price[k])
                != RejectReason.NONE) {
                throw new IllegalStateException("the benchmark's orders must pass every check: " + k);
            }
            drainInline();
        }
    }

    @TearDown
    public void tearDown() {
        if (drainerRunner != null) {
            drainerRunner.close();
        }
        if (audit.droppedRecords() > 0 || checker.rejects() > 0) {
            throw new IllegalStateException("dropped audit records " + audit.droppedRecords() + ", rejects "
                + checker.rejects());
        }
    }

    void drainInline() {
        if (inlineDrainer != null) {
            inlineDrainer.doWork();
        }
    }

    RejectReason decide() {
        final int k = index++ & MASK;
        clock.advance(100_000);
        return checker.check(nextId++, k & 1, instrument[k], strategy[k], account[k], side[k], 100, price[k]);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void allChecks(final Blackhole blackhole) {
        for (int i = 0; i < BATCH; i++) {
            blackhole.consume(decide());
        }
        drainInline();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OperationsPerInvocation(BATCH)
    public void allChecksSampled(final Blackhole blackhole) {
        for (int i = 0; i < BATCH; i++) {
            blackhole.consume(decide());
        }
        drainInline();
    }

    @Benchmark
    public RejectReason checkSendCancel() {
        final int k = index++ & MASK;
        clock.advance(100_000);
        final long id = nextId++;
        final RejectReason reason = checker.check(id, k & 1, instrument[k], strategy[k], account[k], side[k], 100,
            price[k]);
        if (reason == RejectReason.NONE) {
            checker.onOrderBooked(k & 1, instrument[k], strategy[k], account[k], side[k], 100, price[k]);
            checker.onOrderDone(instrument[k], strategy[k], account[k], side[k], 100);
        }
        if ((k & (BATCH - 1)) == 0) {
            drainInline();
        }
        return reason;
    }

    /**
     * Cost attribution on a shared machine: one checker per variant (every check, or {@code allChecksConfig} without
     * some), all in one JVM, timed in interleaved blocks of batches so that load from other processes hits every
     * variant alike; prints the median and 10th percentile per decision of each. Diagnostics, not a JMH benchmark:
     * {@code java -cp bench/target/benchmarks.jar dev.hft.bench.RiskCheckBenchmark\$Attribution all collar
     * duplicate orderRate,messageRate}.
     */
    public static final class Attribution {
        private Attribution() {
        }

        /**
         * Runs the attribution.
         *
         * @param args variants: {@code all} or a comma-separated list of checks to switch off.
         */
        public static void main(final String[] args) {
            final int rounds = Integer.getInteger("rounds", 60);
            final int block = 200;
            final RiskCheckBenchmark[] rigs = new RiskCheckBenchmark[args.length];
            final long[][] times = new long[args.length][rounds * block];
            for (int v = 0; v < args.length; v++) {
                rigs[v] = new RiskCheckBenchmark();
                rigs[v].drain = "inline";
                rigs[v].without = "all".equals(args[v]) ? "" : args[v];
                rigs[v].setUp();
            }
            long sink = 0;
            for (int round = -20; round < rounds; round++) {
                for (int v = 0; v < args.length; v++) {
                    final RiskCheckBenchmark rig = rigs[v];
                    for (int b = 0; b < block; b++) {
                        final long start = System.nanoTime();
                        for (int i = 0; i < BATCH; i++) {
                            sink += rig.decide().ordinal();
                        }
                        rig.drainInline();
                        final long elapsed = System.nanoTime() - start;
                        if (round >= 0) {
                            times[v][round * block + b] = elapsed;
                        }
                    }
                }
            }
            for (int v = 0; v < args.length; v++) {
                java.util.Arrays.sort(times[v]);
                final long[] t = times[v];
                System.out.printf("%-60s p50 %7.1f ns  p10 %7.1f ns  (rejects %d, sink %d)%n", args[v],
                    t[t.length / 2] / (double) BATCH, t[t.length / 10] / (double) BATCH, rigs[v].checker.rejects(),
                    sink);
                rigs[v].tearDown();
            }
        }
    }
}
