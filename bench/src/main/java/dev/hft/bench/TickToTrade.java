package dev.hft.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.hft.api.RejectReason;
import dev.hft.api.strategy.Strategy;
import dev.hft.engine.Engine;
import dev.hft.engine.GatewayFactory;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.ItchDecoder;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;
import dev.hft.net.moldudp64.MoldUdp64PacketEncoder;
import dev.hft.risk.BreachAction;
import dev.hft.risk.CollarReference;
import dev.hft.risk.Limits;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.Scope;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.CalibratedEpochNanoClock;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * In-process tick-to-trade harness, all on one thread, composed through hft-engine ({@link Engine} from an
 * {@link EngineConfig} built in code): a MoldUDP64 packet carrying one ITCH 5.0 message (from
 * {@link SyntheticItchFeed}, encoded ahead of its turn into a preallocated buffer) is made due in the venue's
 * {@link MarketDataFeed} and one duty cycle of the engine's trading agent runs: decode ({@link MoldUdp64PacketDecoder}
 * + the engine's {@link ItchDecoder}) -> book (the ITCH order book, the venue's level book, the consolidated book;
 * risk's and the OMS's reference prices) -> strategy ({@link TickToTradeStrategy}, a {@link Strategy}: joins the touch
 * that moved on every {@code subset}-th instrument) -> OMS and risk (the engine's order manager with its
 * {@code RiskChecker}, every check enabled) -> OUCH Enter Order encoded into a send buffer by the in-process venue's
 * gateway ({@link TickToTradeGateway}). The encode is the end of the path. Stage marks ({@link TickToTradeProbe})
 * come from a listener between the ITCH decoder and its order books, the strategy and the gateway.
 *
 * <p>Packets are replayed at a fixed rate: the thread busy-spins until each packet's intended time, and latency is
 * measured both from the intended time (includes any queueing behind a slow predecessor: no coordinated omission)
 * and from the actual start of the duty cycle that polls the packet (service time). Per-stage durations (decode,
 * book, strategy, OMS+risk, encode) go to a {@link StageTimer}; tick-to-trade is recorded only for packets that
 * produced an order. Outside the timed section the venue's Accepted + Canceled for the orders sent come back through
 * the gateway's session poll in the engine's duty cycle (OMS, risk, router, strategy) and the risk audit ring is
 * drained by the engine's audit agent, so pools stay in steady state: by default one order (or one drain) per duty
 * cycle while waiting for the next packet, and only while more than 2 us remain before its intended time, as a
 * trading thread polls its order sessions between market-data packets ({@code housekeeping=slack});
 * {@code housekeeping=batch} answers 8 orders at once after a packet, delaying the next packet when the batch
 * outlasts the gap.
 *
 * <p>Diagnostics for the tail: the lateness of each packet's start against its intended time, the stalls the pacing
 * loop sees (two consecutive clock reads more than 1 us apart while spinning: the thread was descheduled or stopped
 * at a safepoint), and the thread's voluntary/involuntary context switches ({@code /proc/thread-self/status}).
 *
 * <p>The feed is generated in chunks of {@code chunk} packets into one preallocated buffer; generating a chunk is
 * outside the timed section and the pacing schedule restarts after it. After {@code warmup} packets the
 * histograms are reset and the GC count and this thread's allocated bytes are sampled; they are compared at the end.
 *
 * <p>Arguments (key=value): {@code events} (measured packets, default 10,000,000), {@code warmup} (default
 * 1,000,000), {@code rate} (packets per second, default 200,000), {@code chunk} (default 65,536),
 * {@code instruments} (default 100), {@code subset} (default 4), {@code seed} (default 42), {@code out} (directory
 * for the .hgrm files, default bench/results), {@code risk} ({@code all}, the default, or {@code none}: a risk
 * configuration with no limit set, to isolate the checks' share of the oms+risk stage), {@code riskoff}
 * (diagnostic: checks left unset, see {@link #riskConfig(int, String)}, default none), {@code housekeeping}
 * ({@code slack}, the default, or {@code batch}), {@code settle} (ms the JIT compilers must have been idle before the
 * measurement starts, default 500; 0: start at once), {@code stages} ({@code on}, the default, or {@code off}: no
 * stage marks, so the service time is measured without the five clock reads of the marks). The last line
 * of output is {@code tick-to-trade p50=<ns> p99=<ns> p99.9=<ns> max=<ns> gc=<count> service.p50=<ns>
 * service.p99=<ns> service.p99.9=<ns>}: the first four from the intended times, the service figures from the
 * start of the packet's duty cycle to the order encoded.
 */
public final class TickToTrade {
    static final int START = 0;
    static final int DECODE = 1;
    static final int BOOK = 2;
    static final int STRATEGY = 3;
    static final int OMS_RISK = 4;
    static final int ENCODE = 5;

    private static final int MAX_PACKET = 128;
    private static final int ANSWER_BATCH = 8;
    private static final int MAX_PENDING = 64;
    private static final long SLACK_NS = 2_000;
    private static final long STALL_NS = 1_000;
    private static final byte[] SESSION = "TICK2TRADE".getBytes(StandardCharsets.US_ASCII);
    private static final String VENUE = "T2T";
    /** Resting orders per ITCH order book: the synthetic feed keeps ~300 per instrument (as the harness always had). */
    static final int ORDERS_PER_BOOK = 4096;

    private final long events;
    private final long warmup;
    private final long rate;
    private final int chunk;
    private final int instruments;
    private final int subset;
    private final long seed;
    private final Path out;
    private final boolean riskEnabled;
    private final String riskOff;
    private final boolean slackHousekeeping;
    private final long settleMs;
    private final boolean stages;
    private long jitQuietMs;

    private final CalibratedEpochNanoClock clock = new CalibratedEpochNanoClock();
    private final StageTimer timer = new StageTimer("packet service time", clock, "start", "decode", "book",
        "strategy", "oms+risk", "encode");
    private final LatencyRecorder tickToTrade = new LatencyRecorder("tick-to-trade from intended time");
    private final LatencyRecorder tickToTradeService = new LatencyRecorder("tick-to-trade service time");
    private final LatencyRecorder packetFromIntended = new LatencyRecorder("packet from intended time");
    private final LatencyRecorder startLateness = new LatencyRecorder("packet start - intended time");
    private final LatencyRecorder stalls = new LatencyRecorder("pacing-loop stalls > 1 us");
    private final LatencyRecorder batches = new LatencyRecorder("venue answers, batch after a packet");
    private long stalledNs;

    private UnsafeBuffer packets;
    private int[] packetOffsets;
    private int[] packetLengths;
    private int chunkPackets;
    private long sequence = 1;
    private final MoldUdp64PacketEncoder packetEncoder = new MoldUdp64PacketEncoder();

    private TickToTrade(final Map<String, String> args) {
        this.events = Long.parseLong(args.getOrDefault("events", "10000000"));
        this.warmup = Long.parseLong(args.getOrDefault("warmup", "1000000"));
        this.rate = Long.parseLong(args.getOrDefault("rate", "200000"));
        this.chunk = Integer.parseInt(args.getOrDefault("chunk", "65536"));
        this.instruments = Integer.parseInt(args.getOrDefault("instruments", "100"));
        this.subset = Integer.parseInt(args.getOrDefault("subset", "4"));
        this.seed = Long.parseLong(args.getOrDefault("seed", "42"));
        this.out = Path.of(args.getOrDefault("out", "bench/results"));
        this.riskEnabled = !"none".equals(args.getOrDefault("risk", "all"));
        this.riskOff = args.getOrDefault("riskoff", "");
        this.slackHousekeeping = !"batch".equals(args.getOrDefault("housekeeping", "slack"));
        this.settleMs = Long.parseLong(args.getOrDefault("settle", "500"));
        this.stages = !"off".equals(args.getOrDefault("stages", "on"));
        if (events < 1 || warmup < 0 || rate < 1 || chunk < 1 || instruments < 1 || subset < 1) {
            throw new IllegalArgumentException("events, rate, chunk, instruments, subset must be > 0: " + args);
        }
    }

    /**
     * Runs the harness.
     *
     * @param args key=value arguments (see the class comment).
     * @throws IOException if the .hgrm files cannot be written.
     */
    public static void main(final String[] args) throws IOException {
        run(args, System.out);
    }

    /**
     * Runs the harness and prints its report.
     *
     * @param args   key=value arguments (see the class comment).
     * @param report where the report goes; its last line is the summary line.
     * @return the summary line.
     * @throws IOException if the .hgrm files cannot be written.
     */
    public static String run(final String[] args, final PrintStream report) throws IOException {
        final Map<String, String> map = new HashMap<>();
        for (final String arg : args) {
            final int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are key=value: " + arg);
            }
            map.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new TickToTrade(map).execute(report);
    }

    /**
     * Builds the engine the harnesses trade through: instrument 0 a placeholder (the synthetic feed's stock locates
     * start at 1, so engine ids equal them), instruments 1..{@code instruments} the feed's symbols (tick 0.01, ITCH
     * {@code Price(4)}), one in-process venue whose gateway {@code gateway} builds, {@code strategy} subscribed to
     * every instrument, {@code risk} the pre-trade limits, {@code feed} the venue's market data.
     */
    static Engine engine(final int instruments, final Strategy strategy, final RiskConfig risk, final NanoClock clock,
        final EpochNanoClock epochClock, final GatewayFactory gateway, final MarketDataFeed feed) {
        final EngineConfig config = new EngineConfig().maxOrders(4096)
            .instrument(new InstrumentConfig("T2TNONE", "0.01", 1).priceDecimals(4))
            .venue(new VenueConfig(VENUE, "XNAS", VenueProtocol.IN_PROCESS)).risk(risk);
        final String[] symbols = new String[instruments];
        for (int i = 0; i < instruments; i++) {
            symbols[i] = SyntheticItchFeed.symbolName(i).strip();
            config.instrument(new InstrumentConfig(symbols[i], "0.01", 1).priceDecimals(4));
        }
        config.strategy(new StrategyConfig("tick-to-trade", strategy).instruments(symbols));
        final Engine.Builder builder = Engine.builder(config).clocks(clock, epochClock).gateway(VENUE, gateway);
        if (feed != null) {
            builder.feed(VENUE, feed);
        }
        return builder.build();
    }

    private String execute(final PrintStream report) throws IOException {
        final int maxInstruments = instruments + 1;
        final TickToTradeProbe probe = new TickToTradeProbe(timer, DECODE);
        final TickToTradeStrategy strategy = new TickToTradeStrategy(maxInstruments, subset, stages ? probe : null);
        final WireErrorCounters errors = new WireErrorCounters("tick-to-trade", WireErrorListener.NO_OP);
        final PacketFeed packetFeed = new PacketFeed();
        final TickToTradeGateway[] venue = new TickToTradeGateway[1];
        final Engine engine = engine(instruments, strategy, riskEnabled ? riskConfig(maxInstruments, riskOff)
                : new RiskConfig().accounts(1), clock, clock,
            (venueId, registry, events) -> venue[0] = new TickToTradeGateway(venueId, registry, events,
                stages ? timer : null, OMS_RISK, clock, MAX_PENDING), packetFeed);
        final TickToTradeGateway gateway = venue[0];
        final ItchDecoder itch = new ItchDecoder(engine.instruments(), errors, ORDERS_PER_BOOK,
            stages ? probe::decoded : UnaryOperator.identity());
        packetFeed.decoder = itch;
        final Agent trading = engine.tradingAgent();
        final Agent audit = engine.auditAgent();

        final SyntheticItchFeed.Config feedConfig = new SyntheticItchFeed.Config();
        feedConfig.seed = seed;
        feedConfig.instruments = instruments;
        final SyntheticItchFeed feed = new SyntheticItchFeed(feedConfig);
        packets = new UnsafeBuffer(new byte[(chunk + 2 * instruments + 16) * MAX_PACKET]);
        packetOffsets = new int[chunk + 2 * instruments + 16];
        packetLengths = new int[packetOffsets.length];
        final ItchEventEncoder encoder = new ItchEventEncoder(this::frame);

        final long intervalNs = Math.max(1, 1_000_000_000L / rate);
        final long total = warmup + events;
        final GarbageCollectorMXBean[] gcs = ManagementFactory.getGarbageCollectorMXBeans()
            .toArray(new GarbageCollectorMXBean[0]);
        long gcBefore = gcCount(gcs);
        long allocatedBefore = AllocationMeter.threadAllocatedBytes();
        long[] switchesBefore = contextSwitches();
        long done = 0;
        long late = 0;
        long forced = 0;
        boolean measuring = warmup == 0;
        final long startedNs = clock.nanoTime();
        long measureStartNs = startedNs;
        duty(trading);                                          // onStart
        while (done < total) {
            chunkPackets = 0;
            feed.generate(encoder, Math.min(chunk, total - done));
            final int count = chunkPackets;
            long scheduleNs = clock.nanoTime() + intervalNs;
            for (int i = 0; i < count && done < total; i++) {
                if (!measuring && done == warmup) {
                    final long pauseStartNs = clock.nanoTime();
                    jitQuietMs = settleJit(settleMs);
                    scheduleNs += clock.nanoTime() - pauseStartNs;
                    resetRecorders();
                    measuring = true;
                    switchesBefore = contextSwitches();
                    gcBefore = gcCount(gcs);
                    allocatedBefore = AllocationMeter.threadAllocatedBytes();
                    measureStartNs = clock.nanoTime();
                    late = 0;
                    forced = 0;
                    stalledNs = 0;
                }
                final long intendedNs = scheduleNs + i * intervalNs;
                long nowNs = clock.nanoTime();
                if (nowNs > intendedNs) {
                    late++;
                }
                while (nowNs < intendedNs) {
                    if (slackHousekeeping && intendedNs - nowNs > SLACK_NS) {
                        if (gateway.pending() > 0) {
                            gateway.allowAnswers(1);            // the session answers one order this duty cycle
                            duty(trading);
                            nowNs = clock.nanoTime();
                            continue;
                        }
                        if (duty(audit) > 0) {
                            nowNs = clock.nanoTime();
                            continue;
                        }
                    }
                    Thread.onSpinWait();
                    final long nextNs = clock.nanoTime();
                    if (nextNs - nowNs > STALL_NS) {
                        stalls.record(nextNs - nowNs);
                        stalledNs += nextNs - nowNs;
                    }
                    nowNs = nextNs;
                }
                onPacket(trading, packetFeed, probe, strategy, gateway, i, intendedNs, nowNs);
                done++;
                if (slackHousekeeping ? gateway.pending() >= MAX_PENDING / 2 : gateway.pending() >= ANSWER_BATCH) {
                    forced += slackHousekeeping ? 1 : 0;
                    final long batchStartNs = clock.nanoTime();
                    gateway.allowAnswers(Integer.MAX_VALUE);
                    duty(trading);
                    duty(audit);
                    batches.record(clock.nanoTime() - batchStartNs);
                }
            }
        }
        final long elapsedNs = clock.nanoTime() - measureStartNs;
        final long allocated = AllocationMeter.threadAllocatedBytes() - allocatedBefore;
        final long gc = gcCount(gcs) - gcBefore;
        final long[] switchesAfter = contextSwitches();
        gateway.allowAnswers(Integer.MAX_VALUE);
        duty(trading);
        duty(audit);
        final long answered = gateway.answered();
        engine.close();

        final String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
            .format(Instant.now());
        Files.createDirectories(out);
        report.printf(Locale.ROOT, "tick-to-trade harness (through hft-engine): %,d packets measured after %,d"
                + " warm-up, rate %,d/s (%.0f/s achieved), %d instruments, trading ids 1 mod %d, risk %s, stage"
                + " marks %s%n", events, warmup, rate, events * 1e9 / Math.max(1, elapsedNs), instruments, subset,
            riskEnabled ? "all checks" + (riskOff.isEmpty() ? "" : " but " + riskOff) : "none",
            stages ? "on" : "off (service time only)");
        report.printf(Locale.ROOT, "orders encoded %,d (%,d bytes), risk/OMS rejects %,d, venue events fed back %,d,"
                + " packets late %,d, book errors %,d, wire errors %,d%n", gateway.encoded(),
            gateway.encodedBytes(), strategy.rejected(), answered * 2, late, totalBookErrors(itch.books()),
            errors.total());
        final long[] byReason = strategy.rejectsByReason();
        for (int r = 0; r < byReason.length; r++) {
            if (byReason[r] > 0) {
                report.printf(Locale.ROOT, "  rejects %s: %,d%n", RejectReason.values()[r], byReason[r]);
            }
        }
        report.printf(Locale.ROOT, "%-34s %12s %8s %8s %8s %10s%n", "ns", "count", "p50", "p99", "p99.9", "max");
        for (int stage = DECODE; stage <= ENCODE; stage++) {
            line(report, "stage " + timer.stageName(stage), timer.stage(stage).histogram(), stamp,
                "stage-" + timer.stageName(stage).replace('+', '-'));
        }
        line(report, timer.total().name(), timer.total().histogram(), stamp, "packet-service");
        line(report, packetFromIntended.name(), packetFromIntended.histogram(), stamp, "packet-intended");
        line(report, tickToTradeService.name(), tickToTradeService.histogram(), stamp, "service");
        line(report, tickToTrade.name(), tickToTrade.histogram(), stamp, "intended");
        line(report, startLateness.name(), startLateness.histogram(), stamp, "start-lateness");
        line(report, stalls.name(), stalls.histogram(), stamp, "stalls");
        line(report, batches.name(), batches.histogram(), stamp, "answer-batches");
        report.printf(Locale.ROOT, "warm-up ended after the JIT compilers had been idle for %,d ms (waited %,d ms)%n",
            settleMs, jitQuietMs);
        report.printf(Locale.ROOT, "pacing-loop stalls: %,d totalling %,d us over %,d ms measured; context switches"
                + " of the harness thread: %,d voluntary, %,d involuntary; venue answers %s (%,d forced batches)%n",
            stalls.histogram().getTotalCount(), stalledNs / 1_000, elapsedNs / 1_000_000,
            switchesAfter[0] - switchesBefore[0], switchesAfter[1] - switchesBefore[1],
            slackHousekeeping ? "in the slack before a packet, one order per duty cycle"
                : "in batches of 8 after a packet", forced);
        report.printf(Locale.ROOT, "allocated after warm-up: %,d bytes on the harness thread; GCs: %d;"
            + " .hgrm files: %s/tick-to-trade-*-%s.hgrm%n", allocated, gc, out, stamp);
        final Histogram h = tickToTrade.histogram();
        final Histogram service = tickToTradeService.histogram();
        final String summary = String.format(Locale.ROOT, "tick-to-trade p50=%d p99=%d p99.9=%d max=%d gc=%d"
                + " service.p50=%d service.p99=%d service.p99.9=%d", h.getValueAtPercentile(50),
            h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue(), gc,
            service.getValueAtPercentile(50), service.getValueAtPercentile(99), service.getValueAtPercentile(99.9));
        report.println(summary);
        report.flush();
        return summary;
    }

    /** One duty cycle of an engine agent. */
    static int duty(final Agent agent) {
        try {
            return agent.doWork();
        } catch (final RuntimeException ex) {
            throw ex;
        } catch (final Exception ex) {
            throw new IllegalStateException(agent.roleName() + " failed", ex);
        }
    }

    /**
     * The venue's market data as the engine polls it: the packet whose time has come, decoded (MoldUDP64 framing,
     * then the engine's {@link ItchDecoder}) into the engine's sink.
     */
    private final class PacketFeed implements MarketDataFeed {
        private final MoldUdp64PacketDecoder packetDecoder = new MoldUdp64PacketDecoder();
        ItchDecoder decoder;
        private int due = -1;

        void due(final int index) {
            due = index;
        }

        @Override
        public int poll(final MarketDataSink sink, final int limit) {
            final int index = due;
            if (index < 0) {
                return 0;
            }
            due = -1;
            decoder.sink(sink);
            final MoldUdp64PacketDecoder packet = packetDecoder;
            if (packet.wrap(packets, packetOffsets[index], packetLengths[index]) && packet.validate() >= 0) {
                packet.forEachMessage(decoder);
            }
            return 1;
        }
    }

    private void onPacket(final Agent trading, final PacketFeed feed, final TickToTradeProbe probe,
        final TickToTradeStrategy strategy, final TickToTradeGateway gateway, final int index, final long intendedNs,
        final long startNs) {
        final StageTimer marks = timer;
        if (stages) {
            marks.start(startNs);
        }
        startLateness.record(startNs - intendedNs);
        probe.beginPacket();
        strategy.beginPacket();
        feed.due(index);
        duty(trading);
        if (strategy.ordered()) {
            final long endNs = gateway.lastEncodeEndNs();
            tickToTrade.record(endNs - intendedNs);
            tickToTradeService.record(endNs - startNs);
            packetFromIntended.record(endNs - intendedNs);
        } else if (stages) {
            final long endNs = clock.nanoTime();
            if (!probe.decodeMarked()) {
                marks.mark(DECODE, endNs);
            }
            if (!probe.bookMarked()) {
                marks.mark(BOOK, endNs);
            }
            packetFromIntended.record(endNs - intendedNs);
        } else {
            packetFromIntended.record(clock.nanoTime() - intendedNs);
        }
        if (stages) {
            timer.end();
        }
    }

    /**
     * Ends the warm-up: sleeps until the JIT compilers have been idle for {@code quietMs} (at most 30 s), so the
     * compilations the warm-up queued finish before the measurement instead of during it (on a busy 2-core machine
     * the C2 threads otherwise lag the warm-up by seconds, and part of the measured path still runs in C1 code).
     *
     * @param quietMs required idle time of the compilers; 0 skips the wait.
     * @return milliseconds waited.
     */
    static long settleJit(final long quietMs) {
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (quietMs <= 0 || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        final long startMs = System.nanoTime() / 1_000_000;
        long lastTotal = jit.getTotalCompilationTime();
        long quietSinceMs = startMs;
        long nowMs = startMs;
        while (nowMs - quietSinceMs < quietMs && nowMs - startMs < 30_000) {
            try {
                Thread.sleep(50);
            } catch (final InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            nowMs = System.nanoTime() / 1_000_000;
            final long total = jit.getTotalCompilationTime();
            if (total != lastTotal) {
                lastTotal = total;
                quietSinceMs = nowMs;
            }
        }
        return nowMs - startMs;
    }

    /** This thread's voluntary and involuntary context switches (Linux; zeros elsewhere). Allocates. */
    static long[] contextSwitches() {
        final long[] counts = new long[2];
        try {
            for (final String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    counts[0] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                    counts[1] = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (final IOException | RuntimeException ex) {
            return counts;
        }
        return counts;
    }

    private void frame(final DirectBuffer buffer, final int offset, final int length) {
        final int index = chunkPackets++;
        final int packetOffset = index * MAX_PACKET;
        packetEncoder.wrap(packets, packetOffset, MAX_PACKET).session(SESSION).sequenceNumber(sequence);
        packetEncoder.tryAppend(buffer, offset, length);
        sequence += packetEncoder.count();
        packetOffsets[index] = packetOffset;
        packetLengths[index] = packetEncoder.length();
    }

    private void resetRecorders() {
        for (int stage = DECODE; stage <= ENCODE; stage++) {
            timer.stage(stage).histogram().reset();
        }
        timer.total().histogram().reset();
        tickToTrade.histogram().reset();
        tickToTradeService.histogram().reset();
        packetFromIntended.histogram().reset();
        startLateness.histogram().reset();
        stalls.histogram().reset();
        batches.histogram().reset();
    }

    private void line(final PrintStream report, final String name, final Histogram h, final String stamp,
        final String file) throws IOException {
        report.printf(Locale.ROOT, "%-34s %12d %8d %8d %8d %10d%n", name, h.getTotalCount(),
            h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue());
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(
            out.resolve("tick-to-trade-" + file + "-" + stamp + ".hgrm")), false, StandardCharsets.US_ASCII)) {
            h.outputPercentileDistribution(hgrm, 1.0);
        }
    }

    private static long totalBookErrors(final dev.hft.book.BookBuilder book) {
        long sum = 0;
        for (final dev.hft.book.BookError error : dev.hft.book.BookError.values()) {
            sum += book.bookErrorCount(error);
        }
        return sum;
    }

    private static long gcCount(final GarbageCollectorMXBean[] gcs) {
        long sum = 0;
        for (final GarbageCollectorMXBean gc : gcs) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    /**
     * Every check of the risk checker enabled (as {@link RiskCheckBenchmark}), with rate and exposure limits sized so
     * the strategy's orders pass up to about 500 k packets/s (the rate windows hold one timestamp per allowed
     * event); the last instrument id (never traded) is restricted.
     */
    static RiskConfig riskConfig(final int instruments) {
        return riskConfig(instruments, "");
    }

    /**
     * {@link #riskConfig(int)} with some checks left unset, for attributing the risk checker's cost in the harness
     * (diagnostic only): {@code off} is a comma-separated subset of {@code rate} (order and message rate windows),
     * {@code dup} (duplicate filter), {@code exposure} (position, gross and net exposure limits), {@code pdt}
     * (pattern day trader), {@code post} (daily loss, drawdown, fill rate), {@code collar} (price collar).
     */
    static RiskConfig riskConfig(final int instruments, final String off) {
        final java.util.Set<String> without = new java.util.HashSet<>(java.util.Arrays.asList(off.split(",")));
        final boolean rate = !without.contains("rate");
        final boolean dup = !without.contains("dup");
        final boolean exposure = !without.contains("exposure");
        final boolean pdt = !without.contains("pdt");
        final boolean post = !without.contains("post");
        final boolean collar = !without.contains("collar");
        final RiskConfig config = new RiskConfig().instruments(instruments).strategies(1).accounts(1).venues(1)
            .maxOpenOrdersCapacity(1024).duplicateCacheSets(256);
        if (pdt) {
            config.patternDayTrader("25000", 1_000_000, 5);
        }
        final Limits global = config.global().maxOrderQuantity(1_000_000).maxOrderNotional("100000000")
            .maxOpenOrders(1000);
        final Limits instrument = config.defaults(Scope.INSTRUMENT).tickSize("0.01").maxOrderQuantity(100_000)
            .maxOrderNotional("10000000").maxOpenOrders(500);
        final Limits strategy = config.defaults(Scope.STRATEGY).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxOpenOrders(500);
        final Limits account = config.defaults(Scope.ACCOUNT).maxOrderQuantity(100_000).maxOrderNotional("10000000")
            .maxOpenOrders(500);
        if (collar) {
            instrument.collarTicks(500).collarPercent("10").collarReference(CollarReference.BBO);
        }
        if (exposure) {
            global.maxPosition(10_000_000).maxGrossExposure("1000000000").maxNetExposure("1000000000");
            instrument.maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000");
            strategy.maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000");
            account.maxPosition(1_000_000).maxGrossExposure("100000000").maxNetExposure("100000000");
        }
        if (rate) {
            global.maxOrdersPerSecond(300_000).maxMessagesPerSecond(600_000);
            instrument.maxOrdersPerSecond(30_000).maxMessagesPerSecond(60_000);
            strategy.maxOrdersPerSecond(300_000).maxMessagesPerSecond(600_000);
            account.maxOrdersPerSecond(300_000).maxMessagesPerSecond(600_000);
        }
        if (dup) {
            global.duplicateWindowMs(1);
            instrument.duplicateWindowMs(1);
            strategy.duplicateWindowMs(1);
            account.duplicateWindowMs(1);
        }
        if (post) {
            global.maxDailyLoss("10000000", BreachAction.KILL_SWITCH).maxDrawdown("10000000", BreachAction.KILL_SWITCH)
                .maxFillsPerSecond(20_000, BreachAction.REDUCE_ONLY);
            strategy.maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY)
                .maxFillsPerSecond(5_000, BreachAction.REDUCE_ONLY);
            account.maxDailyLoss("1000000", BreachAction.REDUCE_ONLY).maxDrawdown("1000000", BreachAction.REDUCE_ONLY);
        }
        if (pdt) {
            account.patternDayTrader(true).equity("10000");
        }
        config.limits(Scope.INSTRUMENT, instruments - 1).restricted(true);
        return config;
    }
}
