package dev.hft.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.strategy.Strategy;
import dev.hft.api.strategy.StrategyContext;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.matching.SyntheticOrderFlow;
import dev.hft.backtest.venue.OuchVenue;
import dev.hft.engine.Engine;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.InstrumentConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.InjectedFeed;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.oms.OrderManager;
import dev.hft.oms.Positions;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.risk.KillReason;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.KillSwitchReport;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.Scope;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.NanoClock;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * Phase 5 of the demo, order entry, composed through hft-engine: a simulated OUCH venue ({@link OuchVenue}:
 * SoupBinTCP server + matching engine) on a venue thread with synthetic background flow, and on the trading thread
 * an {@link Engine} built from an {@link EngineConfig} in code (one OUCH venue over loopback, the YAML's risk limits,
 * the order manager's Chronicle journal) running {@link OrderEntryStrategy}, a {@link Strategy} that sends orders at
 * a fixed rate on the engine's timers through the engine's order manager -> risk -> OUCH gateway; it cancels and
 * replaces some and sends some over a risk limit on purpose. The venue's best bid and offer reach the engine's books
 * (and risk's collar reference) through an {@link InjectedFeed}. Then the engine's kill switch is tripped, and the
 * phase checks that nothing is left open and that the OMS, the risk checker and the venue agree on positions.
 */
final class OrderEntryDemo {
    private static final String[] SYMBOLS = {"HFTA", "HFTB"};
    private static final long TICK = FixedPoint.parse("0.01");
    private static final long BASE_PRICE = FixedPoint.parse("100.00");
    private static final int STRATEGY = 0;
    private static final int VENUE = 0;
    private static final long SETTLE_TIMEOUT_NS = 10_000_000_000L;
    private static final long NULL = FixedPoint.NULL_PRICE;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SystemClock clock = SystemClock.INSTANCE;
    private final DemoConfig config;
    private final AtomicBoolean venueRunning = new AtomicBoolean(true);
    private final AtomicLongArray bbo = new AtomicLongArray(SYMBOLS.length * 2);
    private final long[] injected = new long[SYMBOLS.length * 2];
    private final List<String> lines = new ArrayList<>();
    private volatile ThreadPinning.Result venuePin;
    private volatile double venueOnCpu;
    private ThreadPinning.Result tradingPin;

    OrderEntryDemo(final DemoConfig config) {
        this.config = config;
        for (int i = 0; i < bbo.length(); i++) {
            bbo.set(i, NULL);
            injected[i] = NULL;
        }
    }

    /** What the phase measured; {@code ok} is false if an invariant failed. */
    record Outcome(boolean ok, List<String> lines, Histogram latency) {
    }

    /**
     * Runs the phase: the venue on its own thread (pinned to {@code producerCpu} if set), the trading part on another
     * (pinned to {@code measureCpu} if set).
     *
     * @return what it measured.
     * @throws Exception on I/O failure or interruption.
     */
    Outcome run() throws Exception {
        final Outcome[] outcome = {null};
        final Exception[] failure = {null};
        final Thread trading = new Thread(() -> {
            try {
                tradingPin = config.measureCpu >= 0 ? ThreadPinning.pinCurrentThread(config.measureCpu) : null;
                outcome[0] = runTrading();
            } catch (final Exception ex) {
                failure[0] = ex;
            }
        }, "hft-trading");
        trading.start();
        trading.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        return outcome[0];
    }

    private Outcome runTrading() throws Exception {
        final Path out = Path.of(config.outputDir);
        final Path journalDir = out.resolve("oms-journal");
        deleteRecursively(journalDir);

        final MatchingEngineConfig engineConfig = new MatchingEngineConfig().maxOrders(1 << 16).maxLevelsPerSide(1024);
        for (final String symbol : SYMBOLS) {
            engineConfig.instrument(symbol, TICK, 1);
        }
        final OuchVenue venue = new OuchVenue(engineConfig, 1, new SoupBinTcpConfig(), clock, clock,
            BookEventListener.NO_OP, WireErrorListener.NO_OP);
        venue.bind(0, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        final SyntheticOrderFlow flow = new SyntheticOrderFlow(42, 1 << 16, SYMBOLS.length, 8, BASE_PRICE, TICK, 256);
        for (int i = 0; i < 4_000; i++) {                       // a book to trade against before the session starts
            flow.apply(venue.engine(), i);
        }
        publishBbo(venue.engine());
        final Thread venueThread = new Thread(() -> {
            venuePin = config.producerCpu >= 0 ? ThreadPinning.pinCurrentThread(config.producerCpu) : null;
            runVenue(venue, flow, 4_000);
        }, "hft-venue");
        venueThread.start();

        final OrderEntryStrategy strategy = new OrderEntryStrategy(SYMBOLS.length, config.orderEntryRatePerSecond,
            BASE_PRICE, TICK, clock);
        final InetSocketAddress venueAddress = venue.localAddress(0);
        final EngineConfig engineSetup = new EngineConfig().maxOrders(1 << 14)
            .venue(new VenueConfig("SIM", "XSIM", VenueProtocol.OUCH).firm("HFTD").username("demo")
                .orderEntry(venueAddress.getHostString() + ":" + venueAddress.getPort()).maxOrders(1 << 14))
            .strategy(new StrategyConfig("order-entry", strategy).instruments(SYMBOLS))
            .risk(config.risk);                                 // limits from the YAML, sizes set by the engine
        for (final String symbol : SYMBOLS) {
            engineSetup.instrument(new InstrumentConfig(symbol, "0.01", 1).priceDecimals(2));
        }
        final InjectedFeed feed = new InjectedFeed(64);
        boolean ok = true;
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(journalDir);
             Engine engine = Engine.builder(engineSetup).clocks(clock, clock).journal(journal).feed("SIM", feed)
                 .build()) {
            final Agent trading = engine.tradingAgent();
            final RiskChecker risk = engine.risk();
            final OrderManager oms = engine.orderManager();
            final KillSwitch killSwitch = engine.killSwitch();
            injectBbo(feed);
            final long connectDeadline = clock.nanoTime() + SETTLE_TIMEOUT_NS;
            while (!engine.allConnected() && clock.nanoTime() < connectDeadline) {
                trading.doWork();                               // onStart, the OUCH logon
            }
            if (!engine.allConnected()) {
                lines.add("  FAILED: the OUCH session did not log in");
                venueRunning.set(false);
                venueThread.join();
                venue.close();
                return new Outcome(false, lines, strategy.roundTrip.histogram());
            }

            final int orders = config.orderEntryOrders;
            final int warmUp = orders / 5;
            long allocatedAtWarmUp = 0;
            long gcAtWarmUp = 0;
            long cpuAtWarmUpNs = 0;
            long wallAtWarmUpNs = 0;
            final long startNs = clock.nanoTime();
            strategy.begin(orders);                             // its first step is due now, the next on timers
            while (strategy.steps() < orders) {
                injectBbo(feed);
                trading.doWork();
                if (!strategy.measuring && strategy.steps() >= warmUp) {
                    strategy.measuring = true;
                    gcAtWarmUp = Demo.gcCount();
                    cpuAtWarmUpNs = THREADS.getCurrentThreadCpuTime();
                    wallAtWarmUpNs = clock.nanoTime();
                    allocatedAtWarmUp = AllocationMeter.threadAllocatedBytes();
                }
            }
            final long allocated = AllocationMeter.threadAllocatedBytes() - allocatedAtWarmUp;
            final double onCpu = (THREADS.getCurrentThreadCpuTime() - cpuAtWarmUpNs)
                / (double) Math.max(1, clock.nanoTime() - wallAtWarmUpNs);
            final long gcDuring = Demo.gcCount() - gcAtWarmUp;
            final long elapsedNs = clock.nanoTime() - startNs;

            final long triggerNs = clock.nanoTime();
            killSwitch.trigger(KillReason.MANUAL);
            final long deadline = triggerNs + SETTLE_TIMEOUT_NS;
            long allConfirmedNs = -1;
            while (clock.nanoTime() < deadline) {
                trading.doWork();
                if (killSwitch.isCompleted() && oms.liveOrders() == 0 && risk.openOrderCount(VENUE) == 0) {
                    allConfirmedNs = clock.nanoTime() - triggerNs;
                    break;
                }
            }
            final long quietUntil = clock.nanoTime() + 50_000_000L; // late fills or cancels, if any, arrive now
            while (clock.nanoTime() < quietUntil) {
                trading.doWork();
            }
            trading.onClose();                                  // onStop; nothing is left to cancel
            venueRunning.set(false);
            venueThread.join();
            final KillSwitchReport killReport = killSwitch.isCompleted() ? killSwitch.report() : null;

            lines.add(String.format(Locale.ROOT, "  %,d orders in %.2f s (%,d/s target) on %d instruments through"
                + " hft-engine; background flow %,d requests/s from 8 synthetic owners straight into the engine",
                orders, elapsedNs / 1e9, config.orderEntryRatePerSecond, SYMBOLS.length,
                config.orderEntryBackgroundPerSecond));
            lines.add(String.format(Locale.ROOT, "  orders: %,d sent, %,d accepted, %,d venue rejects, %,d fills"
                + " (%,d shares), %,d canceled; %,d cancel and %,d replace requests, %,d replaced, %,d cancel"
                + " rejects, %,d replaces refused by the OMS (order state), %,d not sent", strategy.submitted,
                strategy.accepted, strategy.venueRejected, strategy.fills, strategy.filledQuantity,
                strategy.canceled, strategy.cancelRequests, strategy.replaceRequests, strategy.replaced,
                strategy.cancelRejected, strategy.refusedByState, strategy.sendFailures));
            lines.add("  risk rejects: " + strategy.reasons() + " (of " + risk.decisions() + " decisions)");
            final Positions positions = oms.positions();
            boolean positionsAgree = true;
            final StringBuilder pos = new StringBuilder("  positions (OMS = risk = venue):");
            for (int instrument = 0; instrument < SYMBOLS.length; instrument++) {
                final long omsQty = positions.netQuantity(instrument);
                final long riskQty = risk.position(Scope.STRATEGY, STRATEGY, instrument);
                final long venueQty = venue.position(0, instrument);
                positionsAgree &= omsQty == riskQty && omsQty == venueQty;
                pos.append(String.format(Locale.ROOT, " %s %d = %d = %d%s;", SYMBOLS[instrument], omsQty, riskQty,
                    venueQty, omsQty == riskQty && omsQty == venueQty ? "" : " MISMATCH"));
            }
            lines.add(pos.toString());
            long realized = 0;
            long unrealized = 0;
            for (int slot = 0; slot < positions.size(); slot++) {
                realized += positions.realizedPnl(slot);
                unrealized += positions.unrealizedPnl(slot);
            }
            lines.add("  P&L (OMS, marked at the last mid, no fees): realized " + FixedPoint.format(realized)
                + ", unrealized " + FixedPoint.format(unrealized) + ", total " + FixedPoint.format(positions.totalPnl())
                + "; risk view " + FixedPoint.format(risk.pnl(Scope.GLOBAL, 0)));
            final boolean filledAgree = strategy.filledQuantity == venue.executedQuantity(0);
            lines.add(String.format(Locale.ROOT, "  venue's own records: %,d shares executed for our port%s, %d"
                + " orders open; %,d OUCH requests, %d reports lost", venue.executedQuantity(0),
                filledAgree ? " (= OMS fills)" : " (OMS booked " + strategy.filledQuantity + ": MISMATCH)",
                venue.openOrders(0), venue.requests(), venue.sendFailures()));
            lines.add("  kill switch: " + (killReport == null ? "NOT COMPLETED" : killReport.toString())
                + String.format(Locale.ROOT, "; trigger -> every order confirmed canceled: %s",
                allConfirmedNs < 0 ? "TIMED OUT" : String.format(Locale.ROOT, "%.1f µs", allConfirmedNs / 1e3)));
            final boolean nothingOpen = oms.liveOrders() == 0 && risk.openOrderCount(VENUE) == 0
                && venue.openOrders(0) == 0;
            lines.add("  after the kill switch: OMS " + oms.liveOrders() + " live, risk " + risk.openOrderCount(VENUE)
                + " open, venue " + venue.openOrders(0) + " open" + (nothingOpen ? ": nothing left open" : ": FAILED"));
            lines.add("  round trip submit -> Accepted back " + LatencyReport.summary(strategy.roundTrip.histogram(),
                1000.0, "µs") + "  (after warm-up; OMS + journal + risk + OUCH/SoupBinTCP both ways + matching)");
            lines.add(String.format(Locale.ROOT, "  trading thread after warm-up (%,d orders): %,d bytes allocated, %d"
                + " GC collections (all threads); it was on a CPU %.0f%% of that time (a busy-spinning thread that"
                + " gets less than ~100%% is descheduled: replies wait in its socket, see README)", orders - warmUp,
                allocated, gcDuring, onCpu * 100));
            lines.add(String.format(Locale.ROOT, "  venue thread on a CPU %.0f%% of its run (it backs off to"
                + " 20 µs parks when idle)", venueOnCpu * 100));
            lines.add("  pinning: venue " + (venuePin == null ? "not requested" : venuePin.detail()) + "; trading "
                + (tradingPin == null ? "not requested" : tradingPin.detail()));
            ok = positionsAgree && filledAgree && nothingOpen && killReport != null && strategy.accepted > 0
                && strategy.fills > 0;
        } finally {
            venueRunning.set(false);
            venueThread.join();
            venue.close();
        }
        return new Outcome(ok, lines, strategy.roundTrip.histogram());
    }

    /** The venue's best bid and offer (published by the venue thread) into the engine's feed when they changed. */
    private void injectBbo(final InjectedFeed feed) {
        final long now = clock.epochNanos();
        for (int i = 0; i < injected.length; i++) {
            final long price = bbo.get(i);
            final long old = injected[i];
            if (price != old) {
                final int instrument = i >> 1;
                final Side side = (i & 1) == 0 ? Side.BUY : Side.SELL;
                if (old != NULL) {
                    feed.level(instrument, side, old, 0, now);
                }
                if (price != NULL) {
                    feed.level(instrument, side, price, 100, now);
                }
                injected[i] = price;
            }
        }
    }

    private void runVenue(final OuchVenue venue, final SyntheticOrderFlow flow, final int firstEvent) {
        final IdleStrategy idle = new BackoffIdleStrategy(10, 10, 1_000, 20_000);
        final MatchingEngine engine = venue.engine();
        final long flowIntervalNs = 1_000_000_000L / config.orderEntryBackgroundPerSecond;
        int index = firstEvent;
        long nextFlowNs = clock.nanoTime();
        final long cpuStartNs = THREADS.getCurrentThreadCpuTime();
        final long wallStartNs = nextFlowNs;
        while (venueRunning.get()) {
            int work = venue.doWork();
            final long now = clock.nanoTime();
            for (int n = 0; n < 16 && now - nextFlowNs >= 0; n++) {
                flow.apply(engine, index);
                index = index + 1 == flow.size() ? 0 : index + 1;
                nextFlowNs += flowIntervalNs;
                work++;
            }
            if (work > 0) {
                publishBbo(engine);
            }
            idle.idle(work);
        }
        venueOnCpu = (THREADS.getCurrentThreadCpuTime() - cpuStartNs)
            / (double) Math.max(1, clock.nanoTime() - wallStartNs);
    }

    private void publishBbo(final MatchingEngine engine) {
        for (int instrument = 0; instrument < SYMBOLS.length; instrument++) {
            bbo.lazySet(instrument * 2, engine.bestBid(instrument));
            bbo.lazySet(instrument * 2 + 1, engine.bestAsk(instrument));
        }
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

    /**
     * The phase's strategy: every {@code 1 / rate} seconds (engine timers) one new order on the next instrument,
     * crossing (IOC), resting behind the touch, or over a risk limit on purpose (too large, outside the collar),
     * leaning against its position; at most 16 resting orders (the oldest is cancelled), an old one cancelled every
     * 5th step and a recent accepted one replaced every 7th. Counts what comes back and the submit -> Accepted round
     * trip. Trading thread only; allocation-free after start.
     */
    static final class OrderEntryStrategy implements Strategy {
        private static final int RING = 16;
        private static final long SKEW_QUANTITY = 500;

        final LatencyRecorder roundTrip = new LatencyRecorder("submit -> accepted");
        boolean measuring;
        long submitted;
        long accepted;
        long venueRejected;
        long fills;
        long filledQuantity;
        long canceled;
        long replaced;
        long replaceRequests;
        long cancelRequests;
        long cancelRejected;
        long sendFailures;
        long refusedByState;

        private final int instruments;
        private final long intervalNs;
        private final long basePrice;
        private final long tick;
        private final NanoClock clock;
        private final long[] bids;
        private final long[] asks;
        private final Long2LongHashMap sentAtNs = new Long2LongHashMap(1 << 16, 0.65f, -1);
        private final long[] ring = new long[RING];
        private final boolean[] ringAccepted = new boolean[RING];
        private final long[] rejectsByReason = new long[RejectReason.values().length];
        private StrategyContext context;
        private int ringHead;
        private int steps;
        private int stepLimit;
        private long nextStepNs;

        OrderEntryStrategy(final int instruments, final int ratePerSecond, final long basePrice, final long tick,
            final NanoClock clock) {
            this.instruments = instruments;
            this.intervalNs = 1_000_000_000L / ratePerSecond;
            this.basePrice = basePrice;
            this.tick = tick;
            this.clock = clock;
            this.bids = new long[instruments];
            this.asks = new long[instruments];
            java.util.Arrays.fill(bids, NULL);
            java.util.Arrays.fill(asks, NULL);
        }

        @Override
        public void onStart(final StrategyContext value) {
            this.context = value;
        }

        /** Starts stepping (the session is up): {@code count} steps, the first now. */
        void begin(final int count) {
            stepLimit = count;
            nextStepNs = context.nowNs();
            context.scheduleTimer(nextStepNs);
        }

        int steps() {
            return steps;
        }

        @Override
        public void onTimer(final long timerId, final long nowNs) {
            if (steps >= stepLimit) {
                return;
            }
            step(steps++);
            nextStepNs += intervalNs;
            if (steps < stepLimit) {
                context.scheduleTimer(nextStepNs);
            }
        }

        @Override
        public void onBbo(final int venueId, final int instrumentId, final long bid, final long bidQuantity,
            final long ask, final long askQuantity, final long timestampNs) {
            if (venueId == StrategyContext.CONSOLIDATED && instrumentId < instruments) {
                bids[instrumentId] = bid;
                asks[instrumentId] = ask;
            }
        }

        /** One step: a new order (crossing, resting or over a limit), and some cancels and replaces. */
        private void step(final int i) {
            final int instrument = i % instruments;
            long bid = bids[instrument];
            long ask = asks[instrument];
            if (bid == NULL || ask == NULL || bid >= ask) {
                bid = basePrice - tick;
                ask = basePrice + tick;
            }
            final long position = context.positions().position(instrument);
            final Side side = position > SKEW_QUANTITY ? Side.SELL : position < -SKEW_QUANTITY ? Side.BUY
                : ((i >> 1) & 1) == 0 ? Side.BUY : Side.SELL;                 // alternate, lean against the position
            final int kind = i % 10;
            long quantity = 100;
            long price;
            TimeInForce tif = TimeInForce.DAY;
            if (i % 97 == 13) {
                quantity = 100_000;                                             // over maxOrderQuantity
                price = side == Side.BUY ? bid : ask;
            } else if (i % 89 == 7) {
                price = side == Side.BUY ? ask + ask / 5 / tick * tick : bid - bid / 5 / tick * tick; // off collar
            } else if (kind < 3) {
                price = side == Side.BUY ? ask : bid;                           // crossing: takes what is there
                tif = TimeInForce.IOC;
            } else {
                final long away = (1 + kind % 3) * tick;                        // resting behind the touch
                price = side == Side.BUY ? bid - away : ask + away;
            }
            final long t0 = clock.nanoTime();
            final long id = context.submit(VENUE, instrument, side, quantity, price, OrderType.LIMIT, tif,
                ExecInstructions.NONE);
            if (id > 0) {
                submitted++;
                sentAtNs.put(id, t0);
                if (tif == TimeInForce.DAY) {
                    if (ring[ringHead] != 0 && context.cancel(ring[ringHead]) >= 0) { // at most RING resting orders
                        cancelRequests++;
                    }
                    ring[ringHead] = id;
                    ringAccepted[ringHead] = false;
                    ringHead = (ringHead + 1) & (RING - 1);
                }
            } else if (id == Result.REJECTED) {
                rejectsByReason[context.lastRejectReason().ordinal()]++;
            } else {
                sendFailures++;
            }
            if (i % 5 == 4) {
                final int k = (ringHead + 1) & (RING - 1);                      // an old one
                if (ring[k] != 0 && context.cancel(ring[k]) >= 0) {
                    cancelRequests++;
                    ring[k] = 0;
                }
            }
            if (i % 7 == 6) {
                final int k = (ringHead + RING - 3) & (RING - 1);               // a recent one
                final long old = ring[k];
                if (old != 0 && ringAccepted[k] && context.orders().isOpen(old)) {
                    final long newPrice = context.orders().side(old) == Side.BUY
                        ? context.orders().priceFixed(old) - tick : context.orders().priceFixed(old) + tick;
                    final long total = context.orders().leavesQuantity(old) + context.orders().filledQuantity(old);
                    final long newId = context.replace(old, total + 100, newPrice);
                    if (newId > 0) {
                        replaceRequests++;
                        ring[k] = newId;
                        ringAccepted[k] = false;
                    } else if (newId == Result.REJECTED && context.lastRejectReason() != RejectReason.NONE) {
                        rejectsByReason[context.lastRejectReason().ordinal()]++;
                    } else {
                        refusedByState++;                                       // e.g. a cancel is pending
                    }
                }
            }
        }

        private void accepted(final long orderId) {
            for (int k = 0; k < RING; k++) {
                if (ring[k] == orderId) {
                    ringAccepted[k] = true;
                    return;
                }
            }
        }

        String reasons() {
            final StringBuilder text = new StringBuilder();
            final RejectReason[] all = RejectReason.values();
            for (int r = 0; r < all.length; r++) {
                if (rejectsByReason[r] > 0) {
                    text.append(text.length() == 0 ? "" : ", ").append(all[r]).append(' ').append(rejectsByReason[r]);
                }
            }
            return text.length() == 0 ? "none" : text.toString();
        }

        @Override
        public void onOrderAccepted(final long orderId, final int venueId, final long timestampNs) {
            accepted++;
            accepted(orderId);
            final long sentNs = sentAtNs.remove(orderId);
            if (sentNs != -1 && measuring) {
                roundTrip.record(clock.nanoTime() - sentNs);
            }
        }

        @Override
        public void onOrderRejected(final long orderId, final RejectReason reason, final long timestampNs) {
            venueRejected++;
            sentAtNs.remove(orderId);
        }

        @Override
        public void onOrderFilled(final long orderId, final int venueId, final long priceFixed, final long quantity,
            final long leavesQuantity, final Liquidity liquidity, final long feeFixed, final long timestampNs) {
            fills++;
            filledQuantity += quantity;
        }

        @Override
        public void onOrderCanceled(final long orderId, final long canceledQuantity, final RejectReason reason,
            final long timestampNs) {
            canceled++;
        }

        @Override
        public void onOrderReplaced(final long orderId, final long origOrderId, final long priceFixed,
            final long leavesQuantity, final long timestampNs) {
            replaced++;
            accepted(orderId);
        }

        @Override
        public void onCancelRejected(final long orderId, final RejectReason reason, final long timestampNs) {
            cancelRejected++;
        }
    }
}
