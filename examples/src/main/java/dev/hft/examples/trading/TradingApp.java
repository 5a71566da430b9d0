package dev.hft.examples.trading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.oms.OrderManager;
import dev.hft.oms.PositionReport;
import dev.hft.oms.Positions;
import dev.hft.oms.ReconciliationBreaks;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.risk.KillReason;
import dev.hft.risk.KillSwitchReport;
import dev.hft.risk.Scope;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.StageTimer;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;

/**
 * Runs the trading application against a {@link VenueSide} for a bounded time on its own thread
 * ({@code hft-trading}): binds the feed sockets, starts the venues, connects, waits for every session and a two-sided
 * consolidated book, trades for {@code durationMs} (strategies on, latency / allocation / GC measured after
 * {@code warmUpMs}), trips the kill switch on command (unless the configured loss tripped it first), waits until
 * every order is confirmed canceled, and reconciles the OMS's positions with each venue's own records. The
 * {@link Outcome} holds the report lines, the per-stage histograms and the checks the integration test asserts.
 */
public final class TradingApp {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String[] STRATEGIES = {"market maker", "momentum"};
    private static final long CONNECT_TIMEOUT_NS = 15_000_000_000L;
    private static final long SWEEP_INTERVAL_NS = 200_000_000L;

    private final TradingConfig config;
    private final VenueSide venues;
    private final Path outputDir;
    private final SystemClock clock = SystemClock.INSTANCE;
    private final List<String> lines = new ArrayList<>();

    /**
     * Creates the application.
     *
     * @param config    settings.
     * @param venues    the venues (not started).
     * @param outputDir where the OMS journal, FIX stores, .hgrm files and the plot go.
     */
    public TradingApp(final TradingConfig config, final VenueSide venues, final Path outputDir) {
        this.config = config;
        this.venues = venues;
        this.outputDir = outputDir;
    }

    /**
     * What the run found.
     *
     * @param ok              every check passed (fills on every venue, reconciliation, nothing open).
     * @param lines           the report.
     * @param fillsPerVenue   our fills on each venue (OMS).
     * @param breaks          reconciliation breaks over all venues.
     * @param openAfterKill   orders open after the kill switch: OMS live orders + every venue's open orders.
     * @param killSwitchDone  the kill switch completed its run.
     * @param stages          per-stage tick-to-trade histograms (ns), stage names as series names, then the total.
     * @param stageNames      names of the series in {@code stages}.
     */
    public record Outcome(boolean ok, List<String> lines, long[] fillsPerVenue, int breaks, long openAfterKill,
        boolean killSwitchDone, List<Histogram> stages, List<String> stageNames) {
    }

    /**
     * Runs the application on a new thread and waits for it.
     *
     * @return the outcome.
     * @throws Exception on I/O failure or interruption.
     */
    public Outcome run() throws Exception {
        final Outcome[] outcome = {null};
        final Throwable[] failure = {null};
        final Thread thread = new Thread(() -> {
            try {
                outcome[0] = runOnThisThread();
            } catch (final Exception | Error ex) {
                failure[0] = ex;
            }
        }, "hft-trading");
        thread.start();
        thread.join();
        if (failure[0] instanceof Exception ex) {
            throw ex;
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        return outcome[0];
    }

    private Outcome runOnThisThread() throws Exception {
        final ThreadPinning.Result pin = config.tradingCpu >= 0 ? ThreadPinning.pinCurrentThread(config.tradingCpu)
            : null;
        Files.createDirectories(outputDir);
        final Path journalDir = outputDir.resolve("trading-journal");
        final Path fixStore = outputDir.resolve("trading-fix");
        deleteRecursively(journalDir);
        deleteRecursively(fixStore);
        final int venueCount = venues.venueCount();
        final String[] symbols = venues.symbols();
        try (TradingEngine engine = new TradingEngine(config, clock, clock, symbols, venues.tickSizeFixed(),
            venues.lotSize(), venueCount);
             ChronicleOrderJournal journal = config.journal ? new ChronicleOrderJournal(journalDir) : null) {
            if (journal != null) {
                engine.journal(journal);
            }
            final List<InetSocketAddress> feeds = new ArrayList<>();
            for (int v = 0; v < venueCount; v++) {
                feeds.add(engine.feedAddress(v));
            }
            venues.start(feeds);
            final VenueEndpoint[] endpoints = new VenueEndpoint[venueCount];
            for (int v = 0; v < venueCount; v++) {
                endpoints[v] = venues.endpoint(v);
                engine.venueModel().fees(v, venues.makerFeeFixed(v), venues.takerFeeFixed(v))
                    .expectedLatencyNs(v, venues.orderLatencyNs(v));
            }
            engine.connect(endpoints, fixStore);
            final long connectDeadline = clock.nanoTime() + CONNECT_TIMEOUT_NS;
            while (!(engine.allConnected() && engine.booksReady()) && clock.nanoTime() < connectDeadline) {
                engine.doWork();
            }
            if (!engine.allConnected() || !engine.booksReady()) {
                lines.add("  FAILED: sessions connected " + engine.allConnected() + ", books two-sided "
                    + engine.booksReady() + " after " + CONNECT_TIMEOUT_NS / 1_000_000_000L + " s");
                for (int v = 0; v < venueCount; v++) {
                    lines.add("    " + endpoints[v] + " connected " + engine.gateway(v).isConnected());
                }
                return new Outcome(false, lines, new long[venueCount], 0, -1, false, List.of(), List.of());
            }
            return trade(engine, endpoints, pin);
        } finally {
            venues.close();
        }
    }

    private Outcome trade(final TradingEngine engine, final VenueEndpoint[] endpoints,
        final ThreadPinning.Result pin) throws IOException {
        final int venueCount = engine.venueCount();
        engine.startStrategies();
        final long startNs = clock.nanoTime();
        final long warmUpEndNs = startNs + config.warmUpMs * 1_000_000L;
        final long endNs = startNs + config.durationMs * 1_000_000L;
        boolean measuring = false;
        long allocatedAtWarmUp = 0;
        long gcAtWarmUp = 0;
        long cpuAtWarmUpNs = 0;
        long wallAtWarmUpNs = 0;
        long now = startNs;
        while (now < endNs && !engine.killSwitch().isEngaged()) {
            engine.doWork();
            now = clock.nanoTime();
            if (!measuring && now >= warmUpEndNs) {
                measuring = true;
                engine.probe().reset();
                gcAtWarmUp = gcCount();
                cpuAtWarmUpNs = THREADS.getCurrentThreadCpuTime();
                wallAtWarmUpNs = now;
                allocatedAtWarmUp = AllocationMeter.threadAllocatedBytes();
            }
        }
        final long allocated = measuring ? AllocationMeter.threadAllocatedBytes() - allocatedAtWarmUp : -1;
        final long gcDuring = measuring ? gcCount() - gcAtWarmUp : -1;
        final double onCpu = measuring ? (THREADS.getCurrentThreadCpuTime() - cpuAtWarmUpNs)
            / (double) Math.max(1, clock.nanoTime() - wallAtWarmUpNs) : 0;
        final long tradedNs = clock.nanoTime() - startNs;
        final boolean lossTripped = engine.killSwitch().isEngaged();

        final long triggerNs = clock.nanoTime();
        engine.killSwitch().trigger(KillReason.MANUAL);
        engine.stopStrategies();
        final OrderManager oms = engine.oms();
        final long settleDeadline = triggerNs + config.settleTimeoutMs * 1_000_000L;
        long settledNs = -1;
        long nextSweepNs = triggerNs + SWEEP_INTERVAL_NS;
        int sweeps = 0;
        int sweepCancels = 0;
        while (clock.nanoTime() < settleDeadline) {
            engine.doWork();
            final long t = clock.nanoTime();
            if (engine.killSwitch().isCompleted() && oms.liveOrders() == 0 && engine.sor().liveParents() == 0) {
                if (venuesOpen() == 0) {
                    settledNs = t - triggerNs;
                    break;
                }
            }
            if (engine.killSwitch().isCompleted() && t >= nextSweepNs && oms.liveOrders() > 0) {
                sweeps++;
                sweepCancels += engine.cancelEverything();
                nextSweepNs = t + SWEEP_INTERVAL_NS;
            }
        }
        final long quietUntil = clock.nanoTime() + 100_000_000L;
        while (clock.nanoTime() < quietUntil) {
            engine.doWork();
        }

        final KillSwitchReport killReport = engine.killReport();
        final long[] fillsPerVenue = new long[venueCount];
        for (int v = 0; v < venueCount; v++) {
            fillsPerVenue[v] = engine.stats().venueFills(v);
        }
        section(engine, endpoints, tradedNs, lossTripped);
        orders(engine);
        omsCounters(engine, endpoints);
        fills(engine, endpoints);
        positionsAndPnl(engine);
        risk(engine);
        lines.add("  kill switch: " + (killReport == null ? "NOT COMPLETED" : killReport.toString())
            + (lossTripped ? " (tripped by the configured loss)" : " (on command, end of run)"));
        lines.add(String.format(Locale.ROOT, "  trigger -> every order confirmed canceled (OMS, router, every venue):"
            + " %s%s", settledNs < 0 ? "TIMED OUT" : String.format(Locale.ROOT, "%.1f ms", settledNs / 1e6),
            sweeps == 0 ? "" : String.format(Locale.ROOT, "; %d OMS sweep(s) canceled %d orders the kill switch's"
                + " run had missed", sweeps, sweepCancels)));
        long venueOpen = 0;
        final StringBuilder open = new StringBuilder("  after the kill switch: OMS " + oms.liveOrders()
            + " live, router " + engine.sor().liveParents() + " parents, risk");
        for (int v = 0; v < venueCount; v++) {
            open.append(' ').append(engine.risk().openOrderCount(v));
        }
        open.append(" open; venues");
        for (int v = 0; v < venueCount; v++) {
            final long n = venues.account(v).openOrders();
            venueOpen += n;
            open.append(' ').append(endpoints[v].name()).append(' ').append(n);
        }
        final long openAfterKill = oms.liveOrders() + venueOpen;
        open.append(openAfterKill == 0 ? ": nothing left open" : ": ORDERS LEFT OPEN");
        lines.add(open.toString());
        final int breaks = reconcile(engine, endpoints);
        marketData(engine, endpoints);
        final List<Histogram> stages = latency(engine);
        lines.add(String.format(Locale.ROOT, "  trading thread after warm-up: %,d bytes allocated, %d GC collections"
            + " (all threads); on a CPU %.0f%% of the time; pinning: %s", allocated, gcDuring, onCpu * 100,
            pin == null ? "not requested" : pin.detail()));
        boolean filledEverywhere = true;
        for (final long fills : fillsPerVenue) {
            filledEverywhere &= fills > 0;
        }
        final boolean ok = filledEverywhere && breaks == 0 && openAfterKill == 0 && killReport != null;
        if (!filledEverywhere) {
            lines.add("  CHECK FAILED: no fill on some venue");
        }
        final StageTimer timer = engine.probe().timer();
        final List<String> names = new ArrayList<>();
        for (int s = TickProbe.DECODE; s <= TickProbe.SEND; s++) {
            names.add(timer.stageName(s));
        }
        names.add("tick-to-trade");
        return new Outcome(ok, List.copyOf(lines), fillsPerVenue, breaks, openAfterKill, killReport != null,
            stages, names);
    }

    private long venuesOpen() {
        long open = 0;
        for (int v = 0; v < venues.venueCount(); v++) {
            open += venues.account(v).openOrders();
        }
        return open;
    }

    private void section(final TradingEngine engine, final VenueEndpoint[] endpoints, final long tradedNs,
        final boolean lossTripped) {
        final StringBuilder text = new StringBuilder("  venues:");
        for (int v = 0; v < endpoints.length; v++) {
            text.append(String.format(Locale.ROOT, " %s (%s, maker %s, taker %s, +%d µs)%s", endpoints[v].name(),
                endpoints[v].fix() ? "FIX 4.4" : "OUCH 5.0", FixedPoint.format(venues.makerFeeFixed(v)),
                FixedPoint.format(venues.takerFeeFixed(v)), venues.orderLatencyNs(v) / 1000,
                v + 1 < endpoints.length ? ";" : ""));
        }
        lines.add(text.toString());
        lines.add(String.format(Locale.ROOT, "  traded %.1f s on %s%s", tradedNs / 1e9,
            String.join(", ", venues.symbols()), lossTripped ? " (stopped early: loss limit)" : ""));
    }

    private void orders(final TradingEngine engine) {
        final TradingStats stats = engine.stats();
        final MarketMaker mm = engine.marketMaker();
        final MomentumStrategy momentum = engine.momentum();
        lines.add(String.format(Locale.ROOT, "  market maker (strategy %d, direct OMS orders on venues %s): %,d quotes,"
            + " %,d replaces, %,d cancels, %,d refused%s; OMS: %,d accepted, %,d replaced, %,d canceled, %,d venue"
            + " rejects", TradingConfig.MARKET_MAKER, config.mmVenues, mm.quotesSent(), mm.replacesSent(),
            mm.cancelsSent(), mm.refused(), mm.refused() == 0 ? "" : " (last: " + mm.lastRefusal() + ")",
            stats.acceptedCount(0), stats.replacedCount(0), stats.canceledCount(0), stats.venueRejectedCount(0)));
        lines.add(String.format(Locale.ROOT, "  momentum (strategy %d, IOC parents through the SOR): %,d signals, %,d"
            + " parents (%,d shares filled, %,d unfilled), %,d refused; children: %,d sent, %,d refused before"
            + " leaving, %,d venue rejects; OMS: %,d accepted, %,d canceled (IOC remainders)",
            TradingConfig.MOMENTUM, momentum.signals(), momentum.parentsSent(), stats.parentsFilledQuantity(),
            stats.parentsUnfilledQuantity(), momentum.parentsRefused(), engine.sink().sent(),
            stats.childrenRejectedLocally(), stats.childrenRejectedByVenue(), stats.acceptedCount(1),
            stats.canceledCount(1)));
    }

    private void omsCounters(final TradingEngine engine, final VenueEndpoint[] endpoints) {
        final OrderManager oms = engine.oms();
        final String[] names = new String[endpoints.length];
        for (int v = 0; v < names.length; v++) {
            names[v] = endpoints[v].name();
        }
        final String invalid = engine.stats().invalidEvents(names);
        lines.add(String.format(Locale.ROOT, "  OMS: %,d pre-trade rejects, %,d requests refused by order state, %,d"
            + " send failures, %,d duplicate fills, %,d late fills, %,d overfills, %,d unknown-order events, %,d"
            + " invalid transitions", oms.preTradeRejects(), oms.refusedRequests(), oms.sendFailures(),
            oms.duplicateFills(), oms.lateFills(), oms.overfills(), oms.unknownOrderEvents(), oms.invalidTransitions())
            + (invalid.isEmpty() ? "" : " (" + invalid + ")"));
    }

    private void fills(final TradingEngine engine, final VenueEndpoint[] endpoints) {
        final TradingStats stats = engine.stats();
        for (int s = 0; s < STRATEGIES.length; s++) {
            final StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  fills %-12s", STRATEGIES[s]));
            for (int v = 0; v < endpoints.length; v++) {
                text.append(String.format(Locale.ROOT, " %s %,d (%,d sh)", endpoints[v].name(), stats.fills(s, v),
                    stats.filledQuantity(s, v)));
            }
            if (stats.fills(s, -1) > 0) {
                text.append(String.format(Locale.ROOT, " unattributed %,d", stats.fills(s, -1)));
            }
            lines.add(text.toString());
        }
    }

    private void positionsAndPnl(final TradingEngine engine) {
        final Positions positions = engine.oms().positions();
        final int instruments = engine.instrumentCount();
        long realizedAll = 0;
        long unrealizedAll = 0;
        long feesAll = 0;
        for (int s = 0; s < STRATEGIES.length; s++) {
            final long[] quantity = new long[instruments];
            long realized = 0;
            long unrealized = 0;
            long fees = 0;
            for (int slot = 0; slot < positions.size(); slot++) {
                if (positions.strategyId(slot) != s) {
                    continue;
                }
                quantity[positions.instrumentId(slot)] += positions.quantity(slot);
                realized += positions.realizedPnl(slot);
                unrealized += positions.unrealizedPnl(slot);
                fees += positions.fees(slot);
            }
            final StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-12s position", STRATEGIES[s]));
            for (int i = 0; i < instruments; i++) {
                text.append(' ').append(engine.symbol(i)).append(' ').append(quantity[i]);
            }
            text.append("; P&L realized ").append(FixedPoint.format(realized)).append(", unrealized ")
                .append(FixedPoint.format(unrealized)).append(" (at the consolidated mid), fees ")
                .append(FixedPoint.format(fees)).append(", net ")
                .append(FixedPoint.format(realized + unrealized - fees));
            lines.add(text.toString());
            realizedAll += realized;
            unrealizedAll += unrealized;
            feesAll += fees;
        }
        final StringBuilder marks = new StringBuilder();
        for (int i = 0; i < instruments; i++) {
            marks.append(i == 0 ? "" : ", ").append(engine.symbol(i)).append(' ')
                .append(FixedPoint.format(positions.markPrice(i)));
        }
        lines.add("  total P&L realized " + FixedPoint.format(realizedAll) + ", unrealized "
            + FixedPoint.format(unrealizedAll) + ", fees " + FixedPoint.format(feesAll) + ", net "
            + FixedPoint.format(positions.totalPnl()) + " (marks: " + marks + "); risk checker's view "
            + FixedPoint.format(engine.risk().pnl(Scope.GLOBAL, 0)));
    }

    private void risk(final TradingEngine engine) {
        final StringBuilder text = new StringBuilder("  risk rejects by reason:");
        boolean any = false;
        for (final RejectReason reason : RejectReason.values()) {
            for (int s = 0; s < STRATEGIES.length; s++) {
                final long n = engine.riskRejects(s, reason);
                if (n > 0) {
                    text.append(' ').append(reason).append(' ').append(n).append(" (").append(STRATEGIES[s])
                        .append(");");
                    any = true;
                }
            }
        }
        lines.add((any ? text.toString() : text + " none") + " of " + engine.risk().decisions() + " decisions");
    }

    private int reconcile(final TradingEngine engine, final VenueEndpoint[] endpoints) {
        final int instruments = engine.instrumentCount();
        final PositionReport report = new PositionReport(instruments);
        final ReconciliationBreaks breaks = new ReconciliationBreaks(instruments);
        final Positions positions = engine.oms().positions();
        int total = 0;
        final StringBuilder text = new StringBuilder("  reconciliation (OMS = venue's own records):");
        for (int v = 0; v < endpoints.length; v++) {
            final VenueSide.Account account = venues.account(v);
            report.clear();
            for (int i = 0; i < instruments; i++) {
                report.add(i, account.positions()[i]);
            }
            final int found = positions.reconcile(v, report, breaks);
            total += found;
            text.append(' ').append(endpoints[v].name()).append(':');
            for (int i = 0; i < instruments; i++) {
                long ours = 0;
                for (int slot = 0; slot < positions.size(); slot++) {
                    if (positions.venueId(slot) == v && positions.instrumentId(slot) == i) {
                        ours += positions.quantity(slot);
                    }
                }
                final long theirs = account.positions()[i];
                text.append(' ').append(engine.symbol(i)).append(' ').append(ours)
                    .append(ours == theirs ? "" : " != " + theirs);
            }
            text.append(String.format(Locale.ROOT, " (venue: %,d fills, fees %s);", account.fills(),
                FixedPoint.format(account.feesFixed())));
            for (int b = 0; b < breaks.size(); b++) {
                lines.add(String.format(Locale.ROOT, "  BREAK %s %s: OMS %d, venue %d", endpoints[v].name(),
                    engine.symbol(breaks.instrumentId(b)), breaks.ourQuantity(b), breaks.reportedQuantity(b)));
            }
        }
        lines.add(text.toString());
        lines.add(total == 0 ? "  reconciliation: no breaks" : "  reconciliation: " + total + " BREAKS");
        return total;
    }

    private void marketData(final TradingEngine engine, final VenueEndpoint[] endpoints) {
        final StringBuilder text = new StringBuilder("  market data:");
        for (int v = 0; v < endpoints.length; v++) {
            final VenueFeed feed = engine.feed(v);
            final MoldUdp64Receiver receiver = feed.receiver();
            text.append(String.format(Locale.ROOT, " %s %,d of %,d messages, %d gaps, %d re-requests, %d book errors,"
                + " %d wire errors;", endpoints[v].name(), receiver.messagesDelivered(), venues.marketDataMessages(v),
                receiver.gapsDetected(), receiver.requestsSent(), feed.bookErrors(), feed.errors().total()));
        }
        lines.add(text.toString());
    }

    private List<Histogram> latency(final TradingEngine engine) throws IOException {
        final StageTimer timer = engine.probe().timer();
        final List<Histogram> histograms = new ArrayList<>();
        final List<LatencyReport.Series> series = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  tick-to-trade per stage after warm-up (µs; %,d ticks that sent an"
            + " order; feed poll -> first order handed to the socket):", timer.total().histogram().getTotalCount()));
        lines.add(String.format(Locale.ROOT, "    %-16s %8s %8s %8s %8s %9s %9s", "stage", "count", "p50", "p90",
            "p99", "p99.9", "max"));
        for (int s = TickProbe.DECODE; s <= TickProbe.SEND; s++) {
            final Histogram h = timer.stage(s).histogram();
            histograms.add(h);
            series.add(new LatencyReport.Series(timer.stageName(s), h));
            lines.add(row(timer.stageName(s), h));
            LatencyReport.writeHgrm(h, outputDir.resolve("trading-stage-" + s + ".hgrm"), 1000.0);
        }
        final Histogram total = timer.total().histogram();
        histograms.add(total);
        series.add(new LatencyReport.Series("tick-to-trade (sum)", total));
        lines.add(row("tick-to-trade", total));
        LatencyReport.writeHgrm(total, outputDir.resolve("trading-tick-to-trade.hgrm"), 1000.0);
        if (total.getTotalCount() > 0) {
            LatencyReport.writePercentilePlot(outputDir.resolve("trading-tick-to-trade.png"),
                "Trading demo: tick-to-trade per stage (MoldUDP64 poll -> order handed to the socket)", "µs",
                1000.0, series);
        }
        return histograms;
    }

    private static String row(final String name, final Histogram h) {
        return String.format(Locale.ROOT, "    %-16s %,8d %8.2f %8.2f %8.2f %8.2f %9.2f", name, h.getTotalCount(),
            h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(90) / 1e3, h.getValueAtPercentile(99) / 1e3,
            h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
    }

    static long gcCount() {
        long count = 0;
        for (final java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static void deleteRecursively(final Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (final IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
