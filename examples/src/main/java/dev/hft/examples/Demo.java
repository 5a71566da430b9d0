package dev.hft.examples;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.hft.examples.trading.SimulatedVenueSide;
import dev.hft.examples.tools.Tools;
import dev.hft.examples.trading.TradingApp;
import dev.hft.examples.venue.VenuesConfig;
import dev.hft.timing.ClockCharacteristics;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;

/**
 * The README's main demo: everything the SDK can do so far, measured on this machine.
 * <ol>
 *     <li>Clock characteristics: read overhead, granularity, monotonicity, clocksource.</li>
 *     <li>Platform jitter seen by a pinned busy-spinning thread, recorded with zero allocation while a monitor
 *     thread takes lock-free interval snapshots; the snapshots must add up to every sample.</li>
 *     <li>Cross-thread wake-up latency for each configured idle strategy.</li>
 *     <li>Market data: synthetic ITCH over MoldUDP64 lines A and B with losses, arbitrated, into books.</li>
 *     <li>Order entry: OMS -> risk -> OUCH over SoupBinTCP to a simulated venue (matching engine) on loopback, a
 *     kill switch at the end; positions must reconcile with the venue's and nothing may be left open.</li>
 *     <li>Trading: the trading engine ({@code hft-engine}) built from configuration against three simulated venues
 *     (two OUCH, one FIX) with ITCH over MoldUDP64: a consolidated book, a market maker, a momentum and a
 *     mean-reversion strategy through OMS -> SOR -> risk -> gateways, the kill switch on command, a report with each
 *     strategy's P&amp;L and per-stage tick-to-trade latency; fills on every venue, reconciliation and nothing left
 *     open are checked.</li>
 * </ol>
 * Writes {@code .hgrm} distributions and PNG percentile plots to the configured output directory.
 * Usage: {@code java -jar examples/target/hft-examples.jar [config.yaml] [--quick]}, or
 * {@code java -jar examples/target/hft-examples.jar clocks [readsPerRound]} for the clock report alone, or
 * {@code java -jar examples/target/hft-examples.jar summary FILE...} to summarise ITCH files and pcap captures;
 * {@code ... replay FILE [instruments]} to build the books of an ITCH file and print the busiest instruments' depth.
 */
public final class Demo {
    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args optional YAML config path and {@code --quick}.
     * @throws Exception on I/O failure or interruption.
     */
    public static void main(final String[] args) throws Exception {
        ChronicleDefaults.apply();
        final String command = args.length > 0 ? args[0] : "";
        final String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "clocks":
                exitIfFailed(Tools.clocks(rest));
                return;
            case "summary":
                exitIfFailed(Tools.summary(rest));
                return;
            case "replay":
                exitIfFailed(Tools.replay(rest));
                return;
            case "generate":
                exitIfFailed(Tools.generate(rest));
                return;
            default:
                break;
        }
        boolean quick = false;
        Path configFile = null;
        for (final String arg : args) {
            if ("--quick".equals(arg)) {
                quick = true;
            } else if ("-h".equals(arg) || "--help".equals(arg)) {
                System.out.println("usage: java -jar hft-examples.jar [config.yaml] [--quick]");
                System.out.println("       java -jar hft-examples.jar clocks [readsPerRound]   (clock report only)");
                System.out.println("       java -jar hft-examples.jar summary FILE...          (capture summary)");
                System.out.println("       java -jar hft-examples.jar generate FILE [messages] [instruments] [seed]");
                System.out.println("       java -jar hft-examples.jar replay FILE [instruments]    (ITCH books)");
                return;
            } else {
                configFile = Path.of(arg);
            }
        }
        final DemoConfig config = configFile == null ? DemoConfig.defaults() : DemoConfig.load(configFile);
        if (quick) {
            config.quick();
        }
        System.exit(run(config) ? 0 : 1);
    }

    static boolean run(final DemoConfig config) throws Exception {
        final Path out = Path.of(config.outputDir);
        Files.createDirectories(out);
        System.out.println("hft demo: clocks, latency measurement, the market-data path, order entry and multi-venue"
            + " trading on this machine");
        System.out.printf(Locale.ROOT, "java %s, %d cpus, config: %s%n", Runtime.version(),
            Runtime.getRuntime().availableProcessors(), config.toString().replaceAll("\\s+", " "));

        section("1. Clock characteristics");
        System.out.print(ClockCharacteristics.measure(config.clockReadsPerRound).format());

        System.gc(); // start the measured phases from an empty young generation
        final long gcBefore = gcCount();
        section("2. Platform jitter on a busy-spinning thread (gap between consecutive clock reads)");
        final HiccupMeter meter = new HiccupMeter(SystemClock.INSTANCE, config.hiccupDurationMs * 1_000_000L,
            config.snapshotIntervalMs, config.measureCpu);
        final HiccupMeter.Result hiccups = meter.run((index, interval) -> System.out.printf(Locale.ROOT,
            "  interval %2d  %s%n", index, LatencyReport.summary(interval, 1.0, "ns")));
        System.out.println("  pinning: " + (hiccups.pinning() == null ? "not requested" : hiccups.pinning().detail()));
        System.out.println("  total      " + LatencyReport.summary(hiccups.total(), 1.0, "ns"));
        final boolean nothingLost = hiccups.samples() == hiccups.intervalSamples();
        System.out.printf(Locale.ROOT, "  interval snapshots: %d intervals holding %,d samples; the meter recorded %,d:"
            + " %s%n", hiccups.intervals(), hiccups.intervalSamples(), hiccups.samples(),
            nothingLost ? "nothing lost, nothing counted twice" : "MISMATCH");
        System.out.printf(Locale.ROOT, "  measuring thread while recording: %,d bytes allocated, %d GC collections%n",
            hiccups.hotThreadAllocatedBytes(), hiccups.gcDuringLoop());
        LatencyReport.writeHgrm(hiccups.total(), out.resolve("hiccups.hgrm"), 1.0);
        LatencyReport.writePercentilePlot(out.resolve("hiccups.png"),
            "Platform jitter: gap between consecutive clock reads on a busy-spinning thread", "ns", 1.0,
            List.of(new LatencyReport.Series("busy-spin thread" + pinnedSuffix(hiccups.pinning()), hiccups.total())));

        section("3. Cross-thread wake-up latency by idle strategy");
        final IdleWakeup wakeup = new IdleWakeup(SystemClock.INSTANCE, config.wakeupsPerStrategy,
            config.producerCpu, config.measureCpu);
        final List<LatencyReport.Series> series = new ArrayList<>();
        for (final String alias : config.idleStrategies.split(",")) {
            final String name = alias.trim();
            final Histogram histogram = wakeup.measure(name);
            series.add(new LatencyReport.Series(name, histogram));
            System.out.printf(Locale.ROOT, "  %-8s %s%n", name, LatencyReport.summary(histogram, 1000.0, "µs"));
            LatencyReport.writeHgrm(histogram, out.resolve("wakeup-" + name + ".hgrm"), 1000.0);
        }
        LatencyReport.writePercentilePlot(out.resolve("wakeup.png"),
            "Cross-thread wake-up latency by Agrona idle strategy", "µs", 1000.0, series);
        final long gcDuring = gcCount() - gcBefore;

        section("4. Market data: synthetic ITCH over MoldUDP64 lines A and B with losses, arbitrated, into books");
        final MarketDataDemo.Result feed = new MarketDataDemo(SystemClock.INSTANCE, config).run();
        final boolean feedComplete =
            feed.inOrder() && feed.delivered() == feed.sent() && feed.booksWithProblems() == 0;
        System.out.printf(Locale.ROOT, "  published %,d messages at %,d/s; delivered %,d exactly once%s%n", feed.sent(),
            config.feedRatePerSecond, feed.delivered(), feed.inOrder() ? ", in order" : ", OUT OF ORDER");
        System.out.printf(Locale.ROOT, "  line A dropped %d packets, %d gaps filled from line B; line B dropped %d,"
            + " %d filled from line A; %d re-requests, %,d messages retransmitted%n", feed.droppedA(),
            feed.lineAGapsFilledFromB(), feed.droppedB(), feed.lineBGapsFilledFromA(), feed.requests(),
            feed.retransmitted());
        System.out.printf(Locale.ROOT, "  books: %,d resting orders, %d unknown order references, %d books failing the"
            + " validator; %,.0f messages/s%n", feed.restingOrders(), feed.unknownOrders(), feed.booksWithProblems(),
            feed.delivered() * 1e9 / Math.max(1, feed.elapsedNs()));
        System.out.println("  " + feed.busiestBbo());
        System.out.println("  reported: " + feed.wireErrors());
        System.out.println("  venue-to-book " + LatencyReport.summary(feed.latency(), 1000.0, "µs")
            + "  (after warm-up; includes packetisation: up to 64 messages share a packet)");
        System.out.printf(Locale.ROOT, "  trading thread after warm-up: %,d bytes allocated, %d GC collections%n",
            feed.tradingAllocatedBytes(), feed.gcCount());
        System.out.println("  pinning: venue " + (feed.venuePin() == null ? "not requested" : feed.venuePin().detail())
            + "; trading " + (feed.tradingPin() == null ? "not requested" : feed.tradingPin().detail()));
        LatencyReport.writeHgrm(feed.latency(), out.resolve("feed-latency.hgrm"), 1000.0);
        LatencyReport.writePercentilePlot(out.resolve("feed-latency.png"),
            "Venue to order book over MoldUDP64 A/B on loopback (synthetic ITCH)", "µs", 1000.0,
            List.of(new LatencyReport.Series("venue offer -> book updated on the trading thread", feed.latency())));

        section("5. Order entry: OMS -> risk -> OUCH/SoupBinTCP -> simulated venue (matching engine) on loopback");
        final OrderEntryDemo.Outcome orderEntry = new OrderEntryDemo(config).run();
        orderEntry.lines().forEach(System.out::println);
        LatencyReport.writeHgrm(orderEntry.latency(), out.resolve("order-round-trip.hgrm"), 1000.0);
        LatencyReport.writePercentilePlot(out.resolve("order-round-trip.png"),
            "Order round trip: OMS submit -> OUCH Accepted back from the simulated venue (loopback)", "µs", 1000.0,
            List.of(new LatencyReport.Series("submit -> accepted on the trading thread", orderEntry.latency())));
        if (!orderEntry.ok()) {
            System.out.println("  ORDER ENTRY INVARIANT FAILED");
        }

        section("6. Trading on hft-engine: three simulated venues (OUCH, OUCH, FIX) -> consolidated book -> market"
            + " maker + momentum + mean reversion -> OMS -> SOR -> risk -> gateways");
        final VenuesConfig venuesConfig = config.venuesConfig == null || config.venuesConfig.isBlank()
            ? VenuesConfig.defaults() : VenuesConfig.load(Path.of(config.venuesConfig));
        final TradingApp.Outcome trading = new TradingApp(config.trading, new SimulatedVenueSide(venuesConfig, 0),
            out).run();
        trading.lines().forEach(System.out::println);
        if (!trading.ok()) {
            System.out.println("  TRADING CHECK FAILED (fills on every venue, reconciliation, nothing open)");
        }

        section("Summary");
        System.out.printf(Locale.ROOT,
            "  GC collections during phases 2-3 (all threads, set-up and printing included): %d%n", gcDuring);
        System.out.println("  wrote " + out.resolve("hiccups.hgrm") + ", " + out.resolve("hiccups.png") + ", "
            + out.resolve("wakeup.png") + ", " + out.resolve("feed-latency.png") + ", "
            + out.resolve("order-round-trip.png") + ", " + out.resolve("trading-tick-to-trade.png") + " and *.hgrm");
        return nothingLost && feedComplete && orderEntry.ok() && trading.ok();
    }

    private static void exitIfFailed(final int exitCode) {
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    private static String pinnedSuffix(final ThreadPinning.Result pinning) {
        return pinning != null && pinning.pinned() ? " (pinned to cpu " + pinning.cpu() + ")" : " (not pinned)";
    }

    private static void section(final String title) {
        System.out.println();
        System.out.println("== " + title);
    }

    static long gcCount() {
        long count = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }
}
