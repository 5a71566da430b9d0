package dev.hft.examples.trading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.hft.api.FixedPoint;
import dev.hft.api.RejectReason;
import dev.hft.api.Venue;
import dev.hft.api.strategy.PositionView;
import dev.hft.api.strategy.Strategy;
import dev.hft.engine.Engine;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.FeedConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.ItchFeed;
import dev.hft.examples.strategies.MarketMaker;
import dev.hft.examples.strategies.MeanReversionStrategy;
import dev.hft.examples.strategies.MomentumStrategy;
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
import org.agrona.concurrent.Agent;

/**
 * Runs the trading engine ({@code hft-engine}) against a {@link VenueSide} for a bounded time on its own thread
 * ({@code hft-trading}): binds the venues, builds the {@link Engine} from the configuration's engine block plus the
 * venues' instruments and endpoints (OUCH over SoupBinTCP or FIX 4.4 order entry, ITCH over MoldUDP64 feeds with
 * re-requests), starts the venues, lets the engine connect (the strategies start once every session is logged on),
 * trades for {@code durationMs} (latency per stage through the engine's probe, allocation and GC measured after
 * {@code warmUpMs}), trips the kill switch on command (unless the configured loss tripped it first), waits until
 * every order is confirmed canceled, and reconciles the order manager's positions with each venue's own records. The
 * {@link Outcome} holds the report lines, the per-stage histograms and the checks the integration test asserts.
 */
public final class TradingApp {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long CONNECT_TIMEOUT_NS = 15_000_000_000L;
    private static final long SWEEP_INTERVAL_NS = 200_000_000L;

    private final TradingConfig config;
    private final VenueSide venues;
    private final Path outputDir;
    private final SystemClock clock = SystemClock.INSTANCE;
    private final List<String> lines = new ArrayList<>();
    private String[] strategyNames = new String[0];

    /**
     * Creates the application.
     *
     * @param config    settings.
     * @param venues    the venues (not opened).
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
     * @param strategies      the strategies' names, by strategy id.
     * @param strategyFills   fills of each strategy, all venues.
     * @param netPnl          each strategy's net P&amp;L (realized + unrealized at the mid - fees), fixed-point.
     */
    public record Outcome(boolean ok, List<String> lines, long[] fillsPerVenue, int breaks, long openAfterKill,
        boolean killSwitchDone, List<Histogram> stages, List<String> stageNames, List<String> strategies,
        long[] strategyFills, long[] netPnl) {
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

    /**
     * The engine's configuration for these venues: the configured engine block (strategies, risk, router, sizes)
     * plus every instrument the venues list and, per venue, its order-entry session and its MoldUDP64 feed (to our
     * loopback address {@code feeds.get(v)}, gaps re-requested from the venue).
     *
     * @param engineBlock the configured engine block.
     * @param venues      the opened venues.
     * @param feeds       our feed address per venue.
     * @param fixStore    where the FIX session stores go.
     * @return a new configuration.
     */
    public static EngineConfig engineConfig(final EngineConfig engineBlock, final VenueSide venues,
        final List<InetSocketAddress> feeds, final Path fixStore) {
        final EngineConfig engine = engineBlock.deepCopy();
        final String tick = FixedPoint.format(venues.tickSizeFixed());
        for (final String symbol : venues.symbols()) {
            engine.instrument(new InstrumentConfig(symbol, tick, venues.lotSize()));
        }
        for (int v = 0; v < venues.venueCount(); v++) {
            final VenueEndpoint endpoint = venues.endpoint(v);
            final VenueConfig venue = new VenueConfig(endpoint.name(), "SIM" + (char) ('A' + v),
                endpoint.fix() ? VenueProtocol.FIX : VenueProtocol.OUCH)
                .orderEntry(address(endpoint.orderEntry()))
                .username(endpoint.username())
                .feed(new FeedConfig().lineA(address(feeds.get(v)))
                    .requestServer(endpoint.requestServer() == null ? null : address(endpoint.requestServer())));
            if (endpoint.fix()) {
                venue.targetCompId(endpoint.targetCompId()).fixStoreDir(fixStore.resolve("fix-" + v).toString());
            } else {
                venue.firm("HFTT");
            }
            engine.venue(venue);
        }
        return engine.validate();
    }

    private static String address(final InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * Free loopback UDP addresses for our feeds: the venues bind first (their endpoints go into the engine's
     * configuration) and need to know where to publish; the engine binds these addresses when it is built. The
     * first datagrams of the venues' opening flow may reach the port before it is bound: the feed recovers them
     * from the venue's re-request server, as after a late join.
     *
     * @param count how many.
     * @return one address per venue.
     * @throws IOException if no socket can be opened.
     */
    public static List<InetSocketAddress> feedAddresses(final int count) throws IOException {
        final List<InetSocketAddress> addresses = new ArrayList<>();
        final List<DatagramChannel> probes = new ArrayList<>();
        try {
            for (int v = 0; v < count; v++) {
                final DatagramChannel channel = DatagramChannel.open();
                probes.add(channel);
                channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                addresses.add((InetSocketAddress) channel.getLocalAddress());
            }
        } finally {
            for (final DatagramChannel channel : probes) {
                channel.close();
            }
        }
        return addresses;
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
        final List<InetSocketAddress> feeds = feedAddresses(venueCount);
        venues.open(feeds);
        final VenueEndpoint[] endpoints = new VenueEndpoint[venueCount];
        for (int v = 0; v < venueCount; v++) {
            endpoints[v] = venues.endpoint(v);
        }
        final EngineConfig engineConfig = engineConfig(config.engine, venues, feeds, fixStore);
        strategyNames = new String[engineConfig.strategies().size()];
        for (int s = 0; s < strategyNames.length; s++) {
            strategyNames[s] = engineConfig.strategies().get(s).name();
        }
        final TickProbe probe = new TickProbe(clock);
        final TradingStats stats = new TradingStats(strategyNames.length, venueCount);
        try (ChronicleOrderJournal journal = config.journal ? new ChronicleOrderJournal(journalDir) : null) {
            final Engine.Builder builder = Engine.builder(engineConfig).clocks(clock, clock).probe(probe)
                .orderListener(stats);
            if (journal != null) {
                builder.journal(journal);
            }
            try (Engine engine = builder.build()) {
                stats.oms(engine.orderManager());
                for (int v = 0; v < venueCount; v++) {      // the router's venue model and the fee model: as charged
                    engine.router().venues().fees(v, venues.makerFeeFixed(v), venues.takerFeeFixed(v))
                        .expectedLatencyNs(v, venues.orderLatencyNs(v));
                }
                venues.start();
                final Agent trading = engine.tradingAgent();
                trading.onStart();
                final long connectDeadline = clock.nanoTime() + CONNECT_TIMEOUT_NS;
                while (!(engine.strategiesStarted() && booksReady(engine)) && clock.nanoTime() < connectDeadline) {
                    trading.doWork();
                }
                if (!engine.strategiesStarted() || !booksReady(engine)) {
                    lines.add("  FAILED: sessions connected " + engine.allConnected() + ", books two-sided "
                        + booksReady(engine) + " after " + CONNECT_TIMEOUT_NS / 1_000_000_000L + " s");
                    for (int v = 0; v < venueCount; v++) {
                        lines.add("    " + endpoints[v] + " connected " + engine.gateway(v).isConnected());
                    }
                    return new Outcome(false, lines, new long[venueCount], 0, -1, false, List.of(), List.of(),
                        List.of(strategyNames), new long[strategyNames.length], new long[strategyNames.length]);
                }
                return trade(engine, trading, endpoints, probe, stats, pin);
            }
        } finally {
            venues.close();
        }
    }

    private static boolean booksReady(final Engine engine) {
        for (int i = 0; i < engine.instruments().size(); i++) {
            if (engine.book(i).bestBidPrice() == FixedPoint.NULL_PRICE
                || engine.book(i).bestAskPrice() == FixedPoint.NULL_PRICE) {
                return false;
            }
        }
        return true;
    }

    private Outcome trade(final Engine engine, final Agent trading, final VenueEndpoint[] endpoints,
        final TickProbe probe, final TradingStats stats, final ThreadPinning.Result pin) throws Exception {
        final int venueCount = endpoints.length;
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
            trading.doWork();
            now = clock.nanoTime();
            if (!measuring && now >= warmUpEndNs) {
                measuring = true;
                probe.reset();
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
        final OrderManager oms = engine.orderManager();
        final long settleDeadline = triggerNs + config.settleTimeoutMs * 1_000_000L;
        long settledNs = -1;
        long nextSweepNs = triggerNs + SWEEP_INTERVAL_NS;
        int sweeps = 0;
        int sweepCancels = 0;
        while (clock.nanoTime() < settleDeadline) {
            trading.doWork();
            final long t = clock.nanoTime();
            if (engine.killSwitch().isCompleted() && oms.liveOrders() == 0 && engine.router().liveParents() == 0
                && venuesOpen() == 0) {
                settledNs = t - triggerNs;
                break;
            }
            if (engine.killSwitch().isCompleted() && t >= nextSweepNs && oms.liveOrders() > 0) {
                sweeps++;
                sweepCancels += oms.cancelAll(Venue.NULL_VENUE_ID);
                nextSweepNs = t + SWEEP_INTERVAL_NS;
            }
        }
        final long quietUntil = clock.nanoTime() + 100_000_000L;
        while (clock.nanoTime() < quietUntil) {
            trading.doWork();
        }
        trading.onClose();                                      // the strategies' onStop

        final KillSwitchReport killReport = engine.killSwitch().isCompleted() ? engine.killSwitch().report() : null;
        final long[] fillsPerVenue = new long[venueCount];
        for (int v = 0; v < venueCount; v++) {
            fillsPerVenue[v] = stats.venueFills(v);
        }
        section(endpoints, tradedNs, lossTripped);
        orders(engine, stats);
        omsCounters(engine, stats, endpoints);
        fills(stats, endpoints);
        final long[] netPnl = positionsAndPnl(engine);
        risk(engine);
        lines.add("  kill switch: " + (killReport == null ? "NOT COMPLETED" : killReport.toString())
            + (lossTripped ? " (tripped by the configured loss)" : " (on command, end of run)"));
        lines.add(String.format(Locale.ROOT, "  trigger -> every order confirmed canceled (OMS, router, every venue):"
            + " %s%s", settledNs < 0 ? "TIMED OUT" : String.format(Locale.ROOT, "%.1f ms", settledNs / 1e6),
            sweeps == 0 ? "" : String.format(Locale.ROOT, "; %d OMS sweep(s) canceled %d orders the kill switch's"
                + " run had missed", sweeps, sweepCancels)));
        long venueOpen = 0;
        final StringBuilder open = new StringBuilder("  after the kill switch: OMS " + oms.liveOrders()
            + " live, router " + engine.router().liveParents() + " parents, risk");
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
        final List<Histogram> stages = latency(probe);
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
        final StageTimer timer = probe.timer();
        final List<String> names = new ArrayList<>();
        for (int s = TickProbe.DECODE; s <= TickProbe.SEND; s++) {
            names.add(timer.stageName(s));
        }
        names.add("tick-to-trade");
        final long[] strategyFills = new long[strategyNames.length];
        for (int s = 0; s < strategyFills.length; s++) {
            for (int v = -1; v < venueCount; v++) {
                strategyFills[s] += stats.fills(s, v);
            }
        }
        return new Outcome(ok, List.copyOf(lines), fillsPerVenue, breaks, openAfterKill, killReport != null,
            stages, names, List.of(strategyNames), strategyFills, netPnl);
    }

    private long venuesOpen() {
        long open = 0;
        for (int v = 0; v < venues.venueCount(); v++) {
            open += venues.account(v).openOrders();
        }
        return open;
    }

    private void section(final VenueEndpoint[] endpoints, final long tradedNs, final boolean lossTripped) {
        final StringBuilder text = new StringBuilder("  venues:");
        for (int v = 0; v < endpoints.length; v++) {
            text.append(String.format(Locale.ROOT, " %s (%s, maker %s, taker %s, +%d µs)%s", endpoints[v].name(),
                endpoints[v].fix() ? "FIX 4.4" : "OUCH 5.0", FixedPoint.format(venues.makerFeeFixed(v)),
                FixedPoint.format(venues.takerFeeFixed(v)), venues.orderLatencyNs(v) / 1000,
                v + 1 < endpoints.length ? ";" : ""));
        }
        lines.add(text.toString());
        lines.add(String.format(Locale.ROOT, "  traded %.1f s on %s with %s through hft-engine%s", tradedNs / 1e9,
            String.join(", ", venues.symbols()), String.join(", ", strategyNames),
            lossTripped ? " (stopped early: loss limit)" : ""));
    }

    private long refusals(final Engine engine, final int strategyId) {
        long sum = 0;
        for (final RejectReason reason : RejectReason.values()) {
            sum += engine.refusals(strategyId, reason);
        }
        return sum;
    }

    private void orders(final Engine engine, final TradingStats stats) {
        for (int s = 0; s < strategyNames.length; s++) {
            final Strategy strategy = engine.strategy(s);
            final String omsCounts = String.format(Locale.ROOT, "OMS: %,d accepted, %,d replaced, %,d canceled, %,d"
                + " venue rejects; %,d refused before leaving", stats.acceptedCount(s), stats.replacedCount(s),
                stats.canceledCount(s), stats.venueRejectedCount(s), refusals(engine, s));
            final String head = String.format(Locale.ROOT, "  %s (strategy %d, %s): ", strategyNames[s], s,
                strategy.getClass().getSimpleName());
            if (strategy instanceof MarketMaker mm) {
                final StringBuilder where = new StringBuilder();
                for (final int venue : mm.venues()) {
                    where.append(where.length() == 0 ? "" : ",").append(engine.venues().byId(venue).name());
                }
                lines.add(head + String.format(Locale.ROOT, "%s; %,d quotes, %,d replaces, %,d cancels, %,d refused%s;"
                    + " %s", mm.direct() ? "direct orders on " + where : "DAY parents through the SOR",
                    mm.quotesSent(), mm.replacesSent(), mm.cancelsSent(), mm.refused(),
                    mm.refused() == 0 ? "" : " (last: " + mm.lastRefusal() + ")", omsCounts));
            } else if (strategy instanceof MomentumStrategy momentum) {
                lines.add(head + String.format(Locale.ROOT, "IOC parents through the SOR; %,d signals, %,d parents"
                    + " (%,d shares filled, %,d unfilled), %,d refused; %s", momentum.signals(),
                    momentum.parentsSent(), momentum.parentsFilledQuantity(), momentum.parentsUnfilledQuantity(),
                    momentum.parentsRefused(), omsCounts));
            } else if (strategy instanceof MeanReversionStrategy meanReversion) {
                lines.add(head + String.format(Locale.ROOT, "IOC parents through the SOR; %,d entries, %,d exits at"
                    + " the mean, %,d stops, %,d parents, %,d refused; %s", meanReversion.entries(),
                    meanReversion.exits(), meanReversion.stops(), meanReversion.parentsSent(),
                    meanReversion.parentsRefused(), omsCounts));
            } else {
                lines.add(head + omsCounts);
            }
        }
    }

    private void omsCounters(final Engine engine, final TradingStats stats, final VenueEndpoint[] endpoints) {
        final OrderManager oms = engine.orderManager();
        final String[] names = new String[endpoints.length];
        for (int v = 0; v < names.length; v++) {
            names[v] = endpoints[v].name();
        }
        final String invalid = stats.invalidEvents(names);
        lines.add(String.format(Locale.ROOT, "  OMS: %,d pre-trade rejects, %,d requests refused by order state, %,d"
            + " send failures, %,d duplicate fills, %,d late fills, %,d overfills, %,d unknown-order events, %,d"
            + " invalid transitions", oms.preTradeRejects(), oms.refusedRequests(), oms.sendFailures(),
            oms.duplicateFills(), oms.lateFills(), oms.overfills(), oms.unknownOrderEvents(), oms.invalidTransitions())
            + (invalid.isEmpty() ? "" : " (" + invalid + ")"));
    }

    private void fills(final TradingStats stats, final VenueEndpoint[] endpoints) {
        for (int s = 0; s < strategyNames.length; s++) {
            final StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  fills %-14s", strategyNames[s]));
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

    private long[] positionsAndPnl(final Engine engine) {
        final int instruments = engine.instruments().size();
        final long[] net = new long[strategyNames.length];
        long realizedAll = 0;
        long unrealizedAll = 0;
        long feesAll = 0;
        for (int s = 0; s < strategyNames.length; s++) {
            final PositionView view = engine.positions(s);
            final StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  P&L %-16s position",
                strategyNames[s]));
            for (int i = 0; i < instruments; i++) {
                text.append(' ').append(engine.instruments().byId(i).symbol()).append(' ').append(view.position(i));
            }
            final long realized = view.realizedPnlFixed();
            final long unrealized = view.unrealizedPnlFixed();
            final long fees = view.feesFixed();
            net[s] = realized + unrealized - fees;
            text.append("; realized ").append(FixedPoint.format(realized)).append(", unrealized ")
                .append(FixedPoint.format(unrealized)).append(" (at the consolidated mid), fees ")
                .append(FixedPoint.format(fees)).append(", net ").append(FixedPoint.format(net[s]));
            lines.add(text.toString());
            realizedAll += realized;
            unrealizedAll += unrealized;
            feesAll += fees;
        }
        final Positions positions = engine.orderManager().positions();
        final StringBuilder marks = new StringBuilder();
        for (int i = 0; i < instruments; i++) {
            marks.append(i == 0 ? "" : ", ").append(engine.instruments().byId(i).symbol()).append(' ')
                .append(FixedPoint.format(positions.markPrice(i)));
        }
        lines.add("  total P&L realized " + FixedPoint.format(realizedAll) + ", unrealized "
            + FixedPoint.format(unrealizedAll) + ", fees " + FixedPoint.format(feesAll) + ", net "
            + FixedPoint.format(realizedAll + unrealizedAll - feesAll) + "; OMS's view " + FixedPoint.format(
            positions.totalPnl()) + " (marks: " + marks + "); risk checker's view "
            + FixedPoint.format(engine.risk().pnl(Scope.GLOBAL, 0)));
        return net;
    }

    private void risk(final Engine engine) {
        final StringBuilder text = new StringBuilder("  refused before leaving, by reason (risk, OMS, engine):");
        boolean any = false;
        for (final RejectReason reason : RejectReason.values()) {
            for (int s = 0; s < strategyNames.length; s++) {
                final long n = engine.refusals(s, reason);
                if (n > 0) {
                    text.append(' ').append(reason).append(' ').append(n).append(" (").append(strategyNames[s])
                        .append(");");
                    any = true;
                }
            }
        }
        lines.add((any ? text.toString() : text + " none") + " of " + engine.risk().decisions() + " risk decisions");
    }

    private int reconcile(final Engine engine, final VenueEndpoint[] endpoints) {
        final int instruments = engine.instruments().size();
        final PositionReport report = new PositionReport(instruments);
        final ReconciliationBreaks breaks = new ReconciliationBreaks(instruments);
        final Positions positions = engine.orderManager().positions();
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
                text.append(' ').append(engine.instruments().byId(i).symbol()).append(' ').append(ours)
                    .append(ours == theirs ? "" : " != " + theirs);
            }
            text.append(String.format(Locale.ROOT, " (venue: %,d fills, fees %s);", account.fills(),
                FixedPoint.format(account.feesFixed())));
            for (int b = 0; b < breaks.size(); b++) {
                lines.add(String.format(Locale.ROOT, "  BREAK %s %s: OMS %d, venue %d", endpoints[v].name(),
                    engine.instruments().byId(breaks.instrumentId(b)).symbol(), breaks.ourQuantity(b),
                    breaks.reportedQuantity(b)));
            }
        }
        lines.add(text.toString());
        lines.add(total == 0 ? "  reconciliation: no breaks" : "  reconciliation: " + total + " BREAKS");
        return total;
    }

    private void marketData(final Engine engine, final VenueEndpoint[] endpoints) {
        final StringBuilder text = new StringBuilder("  market data:");
        for (int v = 0; v < endpoints.length; v++) {
            final MarketDataFeed feed = engine.feed(v);
            if (feed instanceof ItchFeed itch) {
                text.append(String.format(Locale.ROOT, " %s %,d of %,d messages, %d gaps, %d re-requests, %d book"
                    + " errors, %d wire errors;", endpoints[v].name(), itch.messagesDelivered(),
                    venues.marketDataMessages(v), itch.gapsDetected(), itch.requestsSent(), itch.bookErrors(),
                    itch.errors().total()));
            }
        }
        lines.add(text.toString());
    }

    private List<Histogram> latency(final TickProbe probe) throws IOException {
        final StageTimer timer = probe.timer();
        final List<Histogram> histograms = new ArrayList<>();
        final List<LatencyReport.Series> series = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "  tick-to-trade per stage after warm-up (µs; %,d ticks that sent an"
            + " order; feed poll -> first order handed to the socket; the engine's probe):",
            timer.total().histogram().getTotalCount()));
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
