package dev.hft.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.hft.api.RejectReason;
import dev.hft.api.strategy.Strategy;
import dev.hft.engine.Engine;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;
import dev.hft.engine.feed.ItchDecoder;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.net.moldudp64.MoldUdp64Channels;
import dev.hft.net.moldudp64.MoldUdp64MessageHandler;
import dev.hft.net.moldudp64.MoldUdp64MessageStore;
import dev.hft.net.moldudp64.MoldUdp64Receiver;
import dev.hft.net.moldudp64.MoldUdp64ReceiverConfig;
import dev.hft.net.moldudp64.MoldUdp64RequestServer;
import dev.hft.net.moldudp64.MoldUdp64Sender;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpAuthenticator;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.net.soupbintcp.SoupBinTcpMessageStore;
import dev.hft.net.soupbintcp.SoupBinTcpServer;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.IdleStrategies;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.StageTimer;
import dev.hft.timing.SystemClock;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Wire-to-wire latency over loopback, three threads in one process sharing one clock ({@code System.nanoTime}):
 * <ul>
 *     <li><b>feed</b>: ITCH 5.0 messages from {@link SyntheticItchFeed}, one per MoldUDP64 packet, sent by
 *     {@link MoldUdp64Sender} over UDP unicast on 127.0.0.1 at a fixed rate (a {@link MoldUdp64RequestServer} on the
 *     same thread answers re-requests). Just before each packet goes to the socket the feed publishes its send time
 *     under the packet's sequence number ({@link WireToWireStamps}).</li>
 *     <li><b>trading</b> (the calling thread, busy-spinning), composed through hft-engine: the engine's trading agent
 *     polls the venue's feed ({@link MoldUdp64Receiver}, one datagram per duty cycle, messages decoded by the engine's
 *     {@link ItchDecoder}) -> the engine's books -> the strategy of {@link TickToTrade} ({@link TickToTradeStrategy},
 *     a {@link Strategy}) -> the engine's order manager and risk checker (every check) -> {@link OuchVenueGateway}:
 *     OUCH 5.0 Enter Order over our {@link dev.hft.net.soupbintcp.SoupBinTcpClient}. The venue's Accepted and
 *     Canceled come back on the same session, polled in the same duty cycle (OMS and risk stay in steady
 *     state).</li>
 *     <li><b>exchange</b>: our {@link SoupBinTcpServer} with a minimal OUCH venue ({@link WireToWireExchange}) that
 *     timestamps each Enter Order on receipt, and answers Accepted + Canceled.</li>
 * </ul>
 * Wire-to-wire = exchange receive time minus the feed's send time of the packet that caused the order (the trading
 * side publishes the packet's sequence number under the order's UserRefNum before sending it). Per stage on the
 * trading thread ({@link StageTimer}, stage 0 = the feed's send time): wire in (send -> start of the poll that read
 * the packet), receive+decode (-> first ITCH callback), book (-> consolidated BBO), strategy (-> submit), oms+risk (->
 * gateway), encode+send (-> the socket write returned); on the exchange thread: gateway -> exchange receive.
 *
 * <p>The machine this was written on has 2 cores: three busy threads would oversubscribe it, so only the trading
 * thread busy-spins; the feed waits for each packet's time with an idle strategy ({@code feedIdle}, default
 * {@code yield}: {@code Thread.yield()} until 5 us before the send time, then spin) and the exchange polls with
 * {@code exchangeIdle} (default {@code yield}). Sleeping strategies ({@code backoff}, {@code sleep-ns}) free the
 * CPU but add the timer slack (~50 us) to the feed's pacing and to the exchange's receive timestamps.
 *
 * <p>Arguments (key=value): {@code rate} (packets/s, default 50,000), {@code count} (measured packets, default
 * 1,000,000), {@code warmup} (packets, default 200,000), {@code instruments} (100), {@code subset} (4),
 * {@code seed} (42), {@code chunk} (feed messages generated at a time, 65,536; the feed's schedule restarts after
 * each chunk if generating it made the feed late), {@code settle} (after the warm-up packets the feed pauses until
 * the JIT compilers have been idle this many ms, default 500; 0: no pause), {@code feedIdle} /
 * {@code exchangeIdle} / {@code tradingIdle} ({@link IdleStrategies} aliases; defaults yield / yield / spin),
 * {@code out} (directory for the .hgrm files, default bench/results). The last line of output is
 * {@code wire-to-wire p50=<ns> p99=<ns> p99.9=<ns> max=<ns> gc=<count>}.
 */
public final class WireToWire {
    static final int WIRE_IN = 1;
    static final int DECODE = 2;
    static final int BOOK = 3;
    static final int STRATEGY = 4;
    static final int OMS_RISK = 5;
    static final int ENCODE_SEND = 6;

    private static final String SESSION = "W2W";
    private static final long START_DELAY_NS = 20_000_000L;
    private static final long SPIN_BEFORE_SEND_NS = 5_000L;
    private static final long TIMEOUT_NS = 30_000_000_000L;
    private static final long DRAIN_QUIET_NS = 200_000_000L;
    private static final int MAX_ITCH_MESSAGE = 64;
    private static final int REORDER_CAPACITY = 4096;
    /** Loopback carries 64 KiB datagrams: a re-request is answered with up to ~1,800 messages at once. */
    private static final int MAX_RETRANSMISSION_PACKET = 65_507;
    private static final SystemClock CLOCK = SystemClock.INSTANCE;

    private final Map<String, String> settings;
    private final long rate;
    private final long count;
    private final long warmup;
    private final int instruments;
    private final int subset;
    private final long seed;
    private final int chunk;
    private final Path out;
    private final long settleMs;

    private WireToWire(final Map<String, String> settings) {
        this.settings = settings;
        this.rate = Long.parseLong(settings.get("rate"));
        this.count = Long.parseLong(settings.get("count"));
        this.warmup = Long.parseLong(settings.get("warmup"));
        this.instruments = Integer.parseInt(settings.get("instruments"));
        this.subset = Integer.parseInt(settings.get("subset"));
        this.seed = Long.parseLong(settings.get("seed"));
        this.chunk = Integer.parseInt(settings.get("chunk"));
        this.out = Path.of(settings.get("out"));
        this.settleMs = Long.parseLong(settings.get("settle"));
        if (rate < 1 || count < 1 || warmup < 0 || instruments < 1 || subset < 1 || chunk < 1) {
            throw new IllegalArgumentException("rate, count, instruments, subset, chunk must be > 0: " + settings);
        }
        IdleStrategies.of(settings.get("feedIdle"));
        IdleStrategies.of(settings.get("exchangeIdle"));
        IdleStrategies.of(settings.get("tradingIdle"));
    }

    /**
     * Runs the harness.
     *
     * @param args key=value arguments (see the class comment).
     * @throws Exception if a socket cannot be set up, a thread fails or the run times out.
     */
    public static void main(final String[] args) throws Exception {
        run(args, System.out);
    }

    /**
     * Runs the harness and prints its report.
     *
     * @param args   key=value arguments (see the class comment).
     * @param report where the report goes; its last line is the summary line.
     * @return the summary line.
     * @throws Exception if a socket cannot be set up, a thread fails or the run times out.
     */
    public static String run(final String[] args, final PrintStream report) throws Exception {
        final Map<String, String> values = new LinkedHashMap<>();
        values.put("rate", "50000");
        values.put("count", "1000000");
        values.put("warmup", "200000");
        values.put("instruments", "100");
        values.put("subset", "4");
        values.put("seed", "42");
        values.put("chunk", "65536");
        values.put("feedIdle", "yield");
        values.put("exchangeIdle", "yield");
        values.put("tradingIdle", "spin");
        values.put("settle", "500");
        values.put("out", "bench/results");
        for (final String arg : args) {
            final int eq = arg.indexOf('=');
            if (eq <= 0 || !values.containsKey(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + values.keySet());
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new WireToWire(values).execute(report);
    }

    private String execute(final PrintStream report) throws Exception {
        final long total = warmup + count;
        final WireToWireStamps stamps = new WireToWireStamps();
        final InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

        // exchange side
        final WireToWireExchange exchange = new WireToWireExchange(CLOCK, stamps, warmup);
        final int maxResponses = (int) Math.min(Integer.MAX_VALUE / 64, total + 1024);
        final SoupBinTcpServer server = new SoupBinTcpServer(SESSION, new SoupBinTcpConfig(), 1,
            new SoupBinTcpMessageStore(maxResponses * 48, maxResponses), CLOCK,
            (connectionId, request) -> SoupBinTcpAuthenticator.ACCEPT, exchange, WireErrorListener.NO_OP);
        exchange.server(server);
        server.bind(loopback);

        // feed side
        final DatagramChannel tradingChannel = MoldUdp64Channels.openUnicast(loopback);
        final DatagramChannel tradingRequestChannel = MoldUdp64Channels.openUnicast(loopback);
        final DatagramChannel feedChannel = MoldUdp64Channels.openUnicast(loopback);
        final DatagramChannel requestServerChannel = MoldUdp64Channels.openUnicast(loopback);
        final MoldUdp64MessageStore store = new MoldUdp64MessageStore(
            (int) Math.min(1 << 30, (total + 2L * instruments + 16) * 40), (int) Math.min(1 << 28, total + 1024));
        final MoldUdp64Sender sender = new MoldUdp64Sender(feedChannel,
            new SocketAddress[] {tradingChannel.getLocalAddress()}, SESSION, store, CLOCK,
            MoldUdp64Sender.DEFAULT_HEARTBEAT_INTERVAL_NS, 1472);
        final WireErrorCounters requestErrors = new WireErrorCounters("moldudp64 request server",
            WireErrorListener.NO_OP);
        final MoldUdp64RequestServer requestServer = new MoldUdp64RequestServer(requestServerChannel, SESSION, store,
            requestErrors, MAX_RETRANSMISSION_PACKET);
        final Feed feed = new Feed(sender, requestServer, stamps, total);

        // trading side
        final Trading trading = new Trading(stamps, tradingChannel, tradingRequestChannel,
            requestServerChannel.getLocalAddress());

        final ExchangeThread exchangeThread = new ExchangeThread(server,
            IdleStrategies.of(settings.get("exchangeIdle")));
        final FeedThread feedThread = new FeedThread(feed, IdleStrategies.of(settings.get("feedIdle")));
        exchangeThread.start();
        final String summary;
        try {
            trading.connect(server.localAddress());
            feedThread.start();
            trading.run(feedThread, IdleStrategies.of(settings.get("tradingIdle")));
            feedThread.halt();
            exchangeThread.halt();
            summary = report(report, feed, trading, exchange);
        } finally {
            feedThread.halt();
            exchangeThread.halt();
            trading.shutdown();
            server.close();
            feedChannel.close();
            requestServerChannel.close();
            tradingChannel.close();
            tradingRequestChannel.close();
        }
        return summary;
    }

    private String report(final PrintStream report, final Feed feed, final Trading trading,
        final WireToWireExchange exchange) throws IOException {
        final String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
            .format(Instant.now());
        Files.createDirectories(out);
        report.printf(Locale.ROOT, "wire-to-wire harness: %,d packets measured after %,d warm-up, rate %,d/s, %d"
                + " instruments, trading ids 1 mod %d; idle: feed %s, exchange %s, trading %s; %d CPUs%n", count,
            warmup, rate, instruments, subset, settings.get("feedIdle"), settings.get("exchangeIdle"),
            settings.get("tradingIdle"), Runtime.getRuntime().availableProcessors());
        report.printf(Locale.ROOT, "warm-up: the feed paused after %,d packets until the JIT compilers had been idle"
            + " for %,d ms (%,d ms)%n", warmup, settleMs, feed.jitWaitMs);
        report.printf(Locale.ROOT, "feed: %,d packets sent, %,d send failures, %,d re-requests served;"
                + " trading: %,d messages received, %,d gaps, %,d retransmitted packets, %,d wire errors,"
                + " %,d packets without a send stamp%n", feed.sender.packetsSent(), feed.sender.sendFailures(),
            feed.requestServer.requestsServed(), trading.receiver.messagesDelivered(), trading.receiver.gapsDetected(),
            trading.receiver.retransmittedPackets(), trading.receiver.errors().total(), trading.missingStamps);
        if (trading.receiver.errors().total() > 0) {
            report.printf(Locale.ROOT, "  %s; first gap at sequence %,d, %,d ms into the run%n",
                trading.receiver.errors(), trading.firstGapSequence,
                (trading.firstGapNs - trading.startNs) / 1_000_000);
        }
        report.printf(Locale.ROOT, "orders sent %,d (gateway refused %,d), risk/OMS rejects %,d; exchange received"
                + " %,d, measured %,d, unmatched %,d, responses refused %,d, ouch errors %,d%n", trading.gateway.sent(),
            trading.gateway.refused(), trading.strategy.rejected(), exchange.ordersReceived(),
            exchange.ordersMeasured(), exchange.unmatched(), exchange.responsesRefused(),
            trading.ouch.errors().total() + exchange.errors().total());
        final long[] byReason = trading.strategy.rejectsByReason();
        for (int r = 0; r < byReason.length; r++) {
            if (byReason[r] > 0) {
                report.printf(Locale.ROOT, "  rejects %s: %,d%n", RejectReason.values()[r], byReason[r]);
            }
        }
        report.printf(Locale.ROOT, "%-46s %10s %8s %8s %8s %8s %10s%n", "ns", "count", "p50", "p90", "p99", "p99.9",
            "max");
        final StageTimer timer = trading.timer;
        for (int stage = WIRE_IN; stage <= ENCODE_SEND; stage++) {
            line(report, "stage " + timer.stageName(stage), timer.stage(stage).histogram(), stamp,
                "stage-" + timer.stageName(stage).replace('+', '-').replace(' ', '-'));
        }
        line(report, "trading: feed send -> order sent", trading.tradingTotal.histogram(), stamp, "trading-total");
        line(report, "trading: poll start -> order sent", trading.tradingService.histogram(), stamp,
            "trading-service");
        line(report, exchange.outLeg().name(), exchange.outLeg().histogram(), stamp, "out-leg");
        line(report, "feed: send - intended time", feed.lateness.histogram(), stamp, "feed-lateness");
        final Histogram h = exchange.wireToWire().histogram();
        line(report, exchange.wireToWire().name(), h, stamp, "wire-to-wire");
        report.printf(Locale.ROOT, "trading thread after warm-up: %,d bytes allocated, context switches %,d voluntary /"
                + " %,d involuntary; GCs: %d; .hgrm files: %s/wire-to-wire-*-%s.hgrm%n", trading.allocated,
            trading.switches[0], trading.switches[1], trading.gcs, out, stamp);
        final String summary = String.format(Locale.ROOT, "wire-to-wire p50=%d p99=%d p99.9=%d max=%d gc=%d",
            h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getValueAtPercentile(99.9), h.getMaxValue(),
            trading.gcs);
        report.println(summary);
        report.flush();
        return summary;
    }

    private void line(final PrintStream report, final String name, final Histogram h, final String stamp,
        final String file) throws IOException {
        report.printf(Locale.ROOT, "%-46s %10d %8d %8d %8d %8d %10d%n", name, h.getTotalCount(),
            h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
            h.getValueAtPercentile(99.9), h.getMaxValue());
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(
            out.resolve("wire-to-wire-" + file + "-" + stamp + ".hgrm")), false, StandardCharsets.US_ASCII)) {
            h.outputPercentileDistribution(hgrm, 1.0);
        }
    }

    private static long gcCount() {
        long sum = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    /** The feed: generated ITCH messages, paced, one per MoldUDP64 packet. Runs on the feed thread. */
    private final class Feed implements ItchEventEncoder.Output {
        final MoldUdp64Sender sender;
        final MoldUdp64RequestServer requestServer;
        final LatencyRecorder lateness = new LatencyRecorder("feed: send - intended time");
        private final WireToWireStamps stamps;
        private final long total;
        private final UnsafeBuffer messages;
        private final int[] offsets;
        private final int[] lengths;
        private int generated;
        long jitWaitMs;

        Feed(final MoldUdp64Sender sender, final MoldUdp64RequestServer requestServer, final WireToWireStamps stamps,
            final long total) {
            this.sender = sender;
            this.requestServer = requestServer;
            this.stamps = stamps;
            this.total = total;
            final int capacity = chunk + 2 * instruments + 16;
            this.messages = new UnsafeBuffer(new byte[capacity * MAX_ITCH_MESSAGE]);
            this.offsets = new int[capacity];
            this.lengths = new int[capacity];
        }

        @Override
        public void onMessage(final DirectBuffer buffer, final int offset, final int length) {
            final int index = generated++;
            messages.putBytes(index * MAX_ITCH_MESSAGE, buffer, offset, length);
            offsets[index] = index * MAX_ITCH_MESSAGE;
            lengths[index] = length;
        }

        void run(final FeedThread thread, final IdleStrategy idle) {
            final SyntheticItchFeed.Config config = new SyntheticItchFeed.Config();
            config.seed = seed;
            config.instruments = instruments;
            final SyntheticItchFeed generator = new SyntheticItchFeed(config);
            final ItchEventEncoder encoder = new ItchEventEncoder(this);
            final long intervalNs = Math.max(1, 1_000_000_000L / rate);
            long sent = 0;
            long scheduleNs = CLOCK.nanoTime() + START_DELAY_NS;
            while (sent < total && thread.running) {
                generated = 0;
                generator.generate(encoder, Math.min(chunk, total - sent));
                final int chunkCount = generated;
                scheduleNs = Math.max(scheduleNs, CLOCK.nanoTime() + intervalNs);
                for (int i = 0; i < chunkCount && sent < total && thread.running; i++) {
                    final long intendedNs = scheduleNs + i * intervalNs;
                    long nowNs = CLOCK.nanoTime();
                    while (nowNs < intendedNs) {
                        if (intendedNs - nowNs > SPIN_BEFORE_SEND_NS) {
                            idle.idle(requestServer.poll(4));
                        } else {
                            Thread.onSpinWait();
                        }
                        nowNs = CLOCK.nanoTime();
                    }
                    idle.reset();
                    final long sequenceNumber = sender.nextSequenceNumber();
                    final long sendNs = CLOCK.nanoTime();
                    stamps.publishPacket(sequenceNumber, sendNs);
                    sender.offer(messages, offsets[i], lengths[i]);
                    sender.flush();
                    if (sequenceNumber > warmup) {
                        lateness.record(sendNs - intendedNs);
                    }
                    sent++;
                    requestServer.poll(4);
                    if (sent == warmup) {
                        final long pauseStartNs = CLOCK.nanoTime();
                        jitWaitMs = TickToTrade.settleJit(settleMs);
                        scheduleNs += CLOCK.nanoTime() - pauseStartNs;
                    }
                }
                scheduleNs += (long) chunkCount * intervalNs;
            }
            sender.endOfSession();
            while (thread.running) {
                final int work = requestServer.poll(16) + sender.doWork();
                idle.idle(work);
            }
        }
    }

    /**
     * The trading side, composed through hft-engine: the MoldUDP64 receiver is the venue's {@link MarketDataFeed}
     * (each message stamped, then decoded by the engine's {@link ItchDecoder}), the strategy a {@link Strategy}, the
     * venue's gateway the OUCH gateway behind {@link WireToWireGateway}; the calling thread runs the engine's
     * trading agent (and its audit agent when idle).
     */
    private final class Trading implements MoldUdp64MessageHandler, MarketDataFeed {
        final StageTimer timer = new StageTimer("trading: feed send -> last stage", CLOCK, "send", "wire in",
            "receive+decode", "book", "strategy", "oms+risk", "encode+send");
        final LatencyRecorder tradingTotal = new LatencyRecorder("trading: feed send -> order sent");
        final LatencyRecorder tradingService = new LatencyRecorder("trading: poll start -> order sent");
        final MoldUdp64Receiver receiver;
        final TickToTradeStrategy strategy;
        OuchVenueGateway ouch;
        WireToWireGateway gateway;
        private final WireToWireStamps stamps;
        private final TickToTradeProbe probe;
        private final Engine engine;
        private final ItchDecoder decoder;
        private final Agent tradingAgent;
        private final Agent auditAgent;
        private long pollStartNs;
        private boolean measuring;
        private long allocatedBefore;
        private long gcBefore;
        private long[] switchesBefore = new long[2];
        long allocated;
        long gcs;
        long[] switches = new long[2];
        long missingStamps;
        long firstGapSequence;
        long firstGapNs;
        long startNs;

        Trading(final WireToWireStamps stamps, final DatagramChannel channel, final DatagramChannel requestChannel,
            final SocketAddress requestServer) {
            this.stamps = stamps;
            final int maxInstruments = instruments + 1;
            this.probe = new TickToTradeProbe(timer, DECODE);
            this.strategy = new TickToTradeStrategy(maxInstruments, subset, probe);
            this.receiver = new MoldUdp64Receiver(channel, this, CLOCK, new MoldUdp64ReceiverConfig()
                .session(SESSION).requestServer(requestServer).requestChannel(requestChannel)
                .requestTimeoutNs(10_000_000L).reorderCapacity(REORDER_CAPACITY)
                .maxPacketLength(MAX_RETRANSMISSION_PACKET)
                .errors(new WireErrorCounters("moldudp64", (source, error, sequence, buffer, offset, length) -> {
                    if (error == WireError.SEQUENCE_GAP && firstGapSequence == 0) {
                        firstGapSequence = sequence;
                        firstGapNs = CLOCK.nanoTime();
                    }
                })));
            this.engine = TickToTrade.engine(instruments, strategy, TickToTrade.riskConfig(maxInstruments), CLOCK,
                CLOCK, (venueId, registry, events) -> {
                    ouch = new OuchVenueGateway(venueId, registry, new OuchVenueGateway.Config().maxOrders(4096),
                        new SoupBinTcpConfig(), CLOCK, CLOCK, events, WireErrorListener.NO_OP);
                    gateway = new WireToWireGateway(ouch, timer, CLOCK, stamps, OMS_RISK);
                    return gateway;
                }, this);
            this.decoder = new ItchDecoder(engine.instruments(),
                new WireErrorCounters("wire-to-wire", WireErrorListener.NO_OP), TickToTrade.ORDERS_PER_BOOK,
                probe::decoded);
            this.tradingAgent = engine.tradingAgent();
            this.auditAgent = engine.auditAgent();
        }

        void connect(final InetSocketAddress address) {
            ouch.login("bench", "bench");
            ouch.connect(address);
            final long deadline = CLOCK.nanoTime() + TIMEOUT_NS;
            while (!ouch.isConnected()) {
                ouch.poll();
                if (CLOCK.nanoTime() > deadline) {
                    throw new IllegalStateException("OUCH login timed out");
                }
                Thread.yield();
            }
        }

        /** One datagram per duty cycle, as before the engine: each packet's poll start is its own. */
        @Override
        public int poll(final MarketDataSink sink, final int limit) {
            decoder.sink(sink);
            return receiver.poll(1);
        }

        void run(final FeedThread feedThread, final IdleStrategy idle) {
            final MoldUdp64Receiver rx = receiver;
            final Agent trading = tradingAgent;
            final long deadline = CLOCK.nanoTime() + 2 * TIMEOUT_NS + (warmup + count) * 1_000_000_000L / rate;
            long lastWorkNs = CLOCK.nanoTime();
            startNs = lastWorkNs;
            while (true) {
                pollStartNs = CLOCK.nanoTime();
                int work = TickToTrade.duty(trading);
                if (work == 0) {
                    work = TickToTrade.duty(auditAgent);
                }
                if (work > 0) {
                    lastWorkNs = pollStartNs;
                } else if (rx.isEndOfSession() && pollStartNs - lastWorkNs > DRAIN_QUIET_NS) {
                    break;
                }
                if (pollStartNs > deadline || feedThread.failure != null) {
                    throw new IllegalStateException("wire-to-wire run stopped: delivered "
                        + rx.messagesDelivered() + " of " + (warmup + count) + " messages", feedThread.failure);
                }
                idle.idle(work);
            }
            allocated = AllocationMeter.threadAllocatedBytes() - allocatedBefore;
            gcs = gcCount() - gcBefore;
            final long[] after = TickToTrade.contextSwitches();
            switches = new long[] {after[0] - switchesBefore[0], after[1] - switchesBefore[1]};
        }

        @Override
        public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            if (!measuring && sequenceNumber > warmup) {
                startMeasuring();
            }
            long sendNs = stamps.packetSendNs(sequenceNumber);
            if (sendNs == WireToWireStamps.MISSING) {
                missingStamps++;
                sendNs = pollStartNs;
            }
            final StageTimer stages = timer;
            stages.start(sendNs);
            stages.mark(WIRE_IN, pollStartNs);
            probe.beginPacket();
            strategy.beginPacket();
            gateway.packetSequence(sequenceNumber);
            decoder.onMessage(sequenceNumber, buffer, offset, length);
            if (!strategy.ordered()) {
                final long endNs = CLOCK.nanoTime();
                if (!probe.decodeMarked()) {
                    stages.mark(DECODE, endNs);
                }
                if (!probe.bookMarked()) {
                    stages.mark(BOOK, endNs);
                }
                stages.end();
            } else {
                final long totalNs = stages.end();
                tradingTotal.record(totalNs);
                tradingService.record(totalNs - (pollStartNs - sendNs));
            }
        }

        private void startMeasuring() {
            measuring = true;
            for (int stage = WIRE_IN; stage <= ENCODE_SEND; stage++) {
                timer.stage(stage).histogram().reset();
            }
            timer.total().histogram().reset();
            tradingTotal.histogram().reset();
            tradingService.histogram().reset();
            switchesBefore = TickToTrade.contextSwitches();
            gcBefore = gcCount();
            allocatedBefore = AllocationMeter.threadAllocatedBytes();
        }

        /** Closes the engine (and with it the OUCH session). */
        void shutdown() {
            engine.close();
        }
    }

    /** Runs the feed until it has sent everything and is halted (it keeps answering re-requests meanwhile). */
    private final class FeedThread extends Thread {
        volatile boolean running = true;
        volatile Throwable failure;
        private final Feed feed;
        private final IdleStrategy idle;

        FeedThread(final Feed feed, final IdleStrategy idle) {
            super("wire-to-wire-feed");
            this.feed = feed;
            this.idle = idle;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                feed.run(this, idle);
            } catch (final Throwable t) {
                failure = t;
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join(10_000);
            if (failure != null) {
                throw new IllegalStateException("feed thread failed", failure);
            }
        }
    }

    /** Polls the exchange's SoupBinTCP server until halted. */
    private static final class ExchangeThread extends Thread {
        volatile boolean running = true;
        volatile Throwable failure;
        private final SoupBinTcpServer server;
        private final IdleStrategy idle;

        ExchangeThread(final SoupBinTcpServer server, final IdleStrategy idle) {
            super("wire-to-wire-exchange");
            this.server = server;
            this.idle = idle;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (running) {
                    idle.idle(server.poll());
                }
            } catch (final Throwable t) {
                failure = t;
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join(10_000);
            if (failure != null) {
                throw new IllegalStateException("exchange thread failed", failure);
            }
        }
    }
}
