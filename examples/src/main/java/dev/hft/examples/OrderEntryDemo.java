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
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.matching.SyntheticOrderFlow;
import dev.hft.backtest.venue.OuchVenue;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.oms.FeeModel;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.Positions;
import dev.hft.oms.VenueCapabilities;
import dev.hft.oms.journal.ChronicleOrderJournal;
import dev.hft.risk.KillReason;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.KillSwitchReport;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskListener;
import dev.hft.risk.Scope;
import dev.hft.risk.audit.AuditLog;
import dev.hft.timing.AllocationMeter;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.BackoffIdleStrategy;

/**
 * Phase 5 of the demo, order entry: a simulated OUCH venue ({@link OuchVenue}: SoupBinTCP server + matching engine)
 * on a venue thread with synthetic background flow, and on the trading thread a simple strategy sending orders at a
 * fixed rate through OMS ({@link OrderManager}, Chronicle journal) -> risk ({@link RiskChecker}) -> OUCH gateway
 * ({@link OuchVenueGateway}) over loopback; cancels and replaces some, sends some over a risk limit on purpose, then
 * trips the kill switch and checks that nothing is left open and that the OMS, the risk checker and the venue agree
 * on positions.
 */
final class OrderEntryDemo {
    private static final String[] SYMBOLS = {"HFTA", "HFTB"};
    private static final long TICK = FixedPoint.parse("0.01");
    private static final long BASE_PRICE = FixedPoint.parse("100.00");
    private static final int STRATEGY = 0;
    private static final int VENUE = 0;
    private static final int RING = 16;
    private static final long SKEW_QUANTITY = 500;
    private static final long SETTLE_TIMEOUT_NS = 10_000_000_000L;
    private static final long NULL = FixedPoint.NULL_PRICE;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final SystemClock clock = SystemClock.INSTANCE;
    private final DemoConfig config;
    private final AtomicBoolean venueRunning = new AtomicBoolean(true);
    private final AtomicLongArray bbo = new AtomicLongArray(SYMBOLS.length * 2);
    private final List<String> lines = new ArrayList<>();

    // trading-thread state
    private final LatencyRecorder roundTrip = new LatencyRecorder("submit -> accepted");
    private final Long2LongHashMap sentAtNs = new Long2LongHashMap(1 << 16, 0.65f, -1);
    private final long[] ring = new long[RING];
    private final long[] rejectsByReason = new long[RejectReason.values().length];
    private int ringHead;
    private boolean measuring;
    private long submitted;
    private long accepted;
    private long venueRejected;
    private long fills;
    private long filledQuantity;
    private long canceled;
    private long replaced;
    private long replaceRequests;
    private long cancelRequests;
    private long cancelRejected;
    private long sendFailures;
    private long refusedByState;
    private KillSwitchReport killReport;
    private volatile ThreadPinning.Result venuePin;
    private volatile double venueOnCpu;
    private ThreadPinning.Result tradingPin;

    OrderEntryDemo(final DemoConfig config) {
        this.config = config;
        for (int i = 0; i < bbo.length(); i++) {
            bbo.set(i, NULL);
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
        final InstrumentRegistry instruments = new InstrumentRegistry();
        for (final String symbol : SYMBOLS) {
            engineConfig.instrument(symbol, TICK, 1);
            instruments.add(symbol, TICK, 1, 2);
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

        final KillSwitch killSwitch = new KillSwitch(clock, 1, report -> killReport = report);
        config.risk.instruments(SYMBOLS.length).strategies(1).venues(1);  // sizes are the demo's, limits the YAML's
        final RiskChecker risk = new RiskChecker(config.risk, clock, killSwitch, new AuditLog(1 << 22),
            RiskListener.NO_OP);
        final OmsListener callbacks = new Callbacks();
        final OrderManager oms = new OrderManager(1 << 14, 1, SYMBOLS.length, 64, 1 << 16,
            OrderIdGenerator.forSession(clock.epochNanos() / 1_000_000_000L, 0), risk, FeeModel.NONE, clock,
            callbacks);
        boolean ok = true;
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(journalDir);
             OuchVenueGateway gateway = new OuchVenueGateway(VENUE, instruments,
                 new OuchVenueGateway.Config().maxOrders(1 << 14).firm("HFTD"), new SoupBinTcpConfig(), clock, clock,
                 oms.downstream(risk), WireErrorListener.NO_OP)) {
            oms.journal(journal);
            oms.addVenue(gateway, VenueCapabilities.of(ExecInstructions.POST_ONLY, TimeInForce.DAY,
                TimeInForce.IOC));
            killSwitch.addVenue(gateway);
            gateway.login("demo", "demo");
            gateway.connect(venue.localAddress(0));
            final long connectDeadline = clock.nanoTime() + SETTLE_TIMEOUT_NS;
            while (!gateway.isConnected() && clock.nanoTime() < connectDeadline) {
                gateway.poll();
            }
            if (!gateway.isConnected()) {
                lines.add("  FAILED: the OUCH session did not log in");
                venueRunning.set(false);
                venueThread.join();
                venue.close();
                return new Outcome(false, lines, roundTrip.histogram());
            }

            final int orders = config.orderEntryOrders;
            final int warmUp = orders / 5;
            final long intervalNs = 1_000_000_000L / config.orderEntryRatePerSecond;
            long allocatedAtWarmUp = 0;
            long gcAtWarmUp = 0;
            long cpuAtWarmUpNs = 0;
            long wallAtWarmUpNs = 0;
            long next = clock.nanoTime();
            final long startNs = next;
            int i = 0;
            while (i < orders) {
                gateway.poll();
                killSwitch.doWork();
                final long now = clock.nanoTime();
                if (now - next < 0) {
                    continue;
                }
                next += intervalNs;
                if (i == warmUp) {
                    measuring = true;
                    gcAtWarmUp = Demo.gcCount();
                    cpuAtWarmUpNs = THREADS.getCurrentThreadCpuTime();
                    wallAtWarmUpNs = clock.nanoTime();
                    allocatedAtWarmUp = AllocationMeter.threadAllocatedBytes();
                }
                strategy(oms, risk, i);
                i++;
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
                gateway.poll();
                killSwitch.doWork();
                if (killSwitch.isCompleted() && oms.liveOrders() == 0 && risk.openOrderCount(VENUE) == 0) {
                    allConfirmedNs = clock.nanoTime() - triggerNs;
                    break;
                }
            }
            final long quietUntil = clock.nanoTime() + 50_000_000L; // late fills or cancels, if any, arrive now
            while (clock.nanoTime() < quietUntil) {
                gateway.poll();
            }
            venueRunning.set(false);
            venueThread.join();

            lines.add(String.format(Locale.ROOT, "  %,d orders in %.2f s (%,d/s target) on %d instruments; background"
                + " flow %,d requests/s from 8 synthetic owners straight into the engine", orders, elapsedNs / 1e9,
                config.orderEntryRatePerSecond, SYMBOLS.length, config.orderEntryBackgroundPerSecond));
            lines.add(String.format(Locale.ROOT, "  orders: %,d sent, %,d accepted, %,d venue rejects, %,d fills"
                + " (%,d shares), %,d canceled; %,d cancel and %,d replace requests, %,d replaced, %,d cancel"
                + " rejects, %,d replaces refused by the OMS (order state), %,d not sent", submitted, accepted,
                venueRejected, fills, filledQuantity, canceled, cancelRequests, replaceRequests, replaced,
                cancelRejected, refusedByState, sendFailures));
            lines.add("  risk rejects: " + reasons() + " (of " + risk.decisions() + " decisions)");
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
            final boolean filledAgree = filledQuantity == venue.executedQuantity(0);
            lines.add(String.format(Locale.ROOT, "  venue's own records: %,d shares executed for our port%s, %d"
                + " orders open; %,d OUCH requests, %d reports lost", venue.executedQuantity(0),
                filledAgree ? " (= OMS fills)" : " (OMS booked " + filledQuantity + ": MISMATCH)",
                venue.openOrders(0), venue.requests(), venue.sendFailures()));
            lines.add("  kill switch: " + (killReport == null ? "NOT COMPLETED" : killReport.toString())
                + String.format(Locale.ROOT, "; trigger -> every order confirmed canceled: %s",
                allConfirmedNs < 0 ? "TIMED OUT" : String.format(Locale.ROOT, "%.1f µs", allConfirmedNs / 1e3)));
            final boolean nothingOpen = oms.liveOrders() == 0 && risk.openOrderCount(VENUE) == 0
                && venue.openOrders(0) == 0;
            lines.add("  after the kill switch: OMS " + oms.liveOrders() + " live, risk " + risk.openOrderCount(VENUE)
                + " open, venue " + venue.openOrders(0) + " open" + (nothingOpen ? ": nothing left open" : ": FAILED"));
            lines.add("  round trip submit -> Accepted back " + LatencyReport.summary(roundTrip.histogram(), 1000.0,
                "µs") + "  (after warm-up; OMS + journal + risk + OUCH/SoupBinTCP both ways + matching)");
            lines.add(String.format(Locale.ROOT, "  trading thread after warm-up (%,d orders): %,d bytes allocated, %d"
                + " GC collections (all threads); it was on a CPU %.0f%% of that time (a busy-spinning thread that"
                + " gets less than ~100%% is descheduled: replies wait in its socket, see README)", orders - warmUp,
                allocated, gcDuring, onCpu * 100));
            lines.add(String.format(Locale.ROOT, "  venue thread on a CPU %.0f%% of its run (it backs off to"
                + " 20 µs parks when idle)", venueOnCpu * 100));
            lines.add("  pinning: venue " + (venuePin == null ? "not requested" : venuePin.detail()) + "; trading "
                + (tradingPin == null ? "not requested" : tradingPin.detail()));
            ok = positionsAgree && filledAgree && nothingOpen && killReport != null && accepted > 0 && fills > 0;
        } finally {
            venueRunning.set(false);
            venueThread.join();
            venue.close();
        }
        return new Outcome(ok, lines, roundTrip.histogram());
    }

    private String reasons() {
        final StringBuilder text = new StringBuilder();
        final RejectReason[] all = RejectReason.values();
        for (int r = 0; r < all.length; r++) {
            if (rejectsByReason[r] > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(all[r]).append(' ').append(rejectsByReason[r]);
            }
        }
        return text.length() == 0 ? "none" : text.toString();
    }

    /** One step of the strategy: a new order (crossing, resting or over a limit), and some cancels and replaces. */
    private void strategy(final OrderManager oms, final RiskChecker risk, final int i) {
        final int instrument = i % SYMBOLS.length;
        long bid = bbo.get(instrument * 2);
        long ask = bbo.get(instrument * 2 + 1);
        if (bid == NULL || ask == NULL || bid >= ask) {
            bid = BASE_PRICE - TICK;
            ask = BASE_PRICE + TICK;
        }
        risk.onBbo(instrument, bid, ask);
        oms.onBbo(instrument, bid, 0, ask, 0, clock.epochNanos());
        final long position = oms.positions().netQuantity(instrument);
        final Side side = position > SKEW_QUANTITY ? Side.SELL : position < -SKEW_QUANTITY ? Side.BUY
            : ((i >> 1) & 1) == 0 ? Side.BUY : Side.SELL;                     // alternate, lean against the position
        final int kind = i % 10;
        long quantity = 100;
        long price;
        TimeInForce tif = TimeInForce.DAY;
        if (i % 97 == 13) {
            quantity = 100_000;                                                 // over maxOrderQuantity
            price = side == Side.BUY ? bid : ask;
        } else if (i % 89 == 7) {
            price = side == Side.BUY ? ask + ask / 5 / TICK * TICK : bid - bid / 5 / TICK * TICK; // outside the collar
        } else if (kind < 3) {
            price = side == Side.BUY ? ask : bid;                               // crossing: takes what is there
            tif = TimeInForce.IOC;
        } else {
            final long away = (1 + kind % 3) * TICK;                            // resting behind the touch
            price = side == Side.BUY ? bid - away : ask + away;
        }
        final long preTradeRejects = oms.preTradeRejects();
        final long t0 = clock.nanoTime();
        final long id = oms.submit(STRATEGY, VENUE, instrument, side, quantity, price, OrderType.LIMIT, tif,
            ExecInstructions.NONE);
        if (id > 0) {
            submitted++;
            sentAtNs.put(id, t0);
            if (tif == TimeInForce.DAY) {
                if (ring[ringHead] != 0 && oms.cancel(ring[ringHead]) >= 0) {   // at most RING resting orders
                    cancelRequests++;
                }
                ring[ringHead] = id;
                ringHead = (ringHead + 1) & (RING - 1);
            }
        } else if (id == Result.REJECTED && oms.preTradeRejects() != preTradeRejects) {
            rejectsByReason[oms.lastRejectReason().ordinal()]++;
        } else {
            sendFailures++;
        }
        if (i % 5 == 4) {
            final int k = (ringHead + 1) & (RING - 1);                          // an old one
            if (ring[k] != 0 && oms.cancel(ring[k]) >= 0) {
                cancelRequests++;
                ring[k] = 0;
            }
        }
        if (i % 7 == 6) {
            final int k = (ringHead + RING - 3) & (RING - 1);                   // a recent one
            final int slot = ring[k] == 0 ? OrderManager.NOT_FOUND : oms.find(ring[k]);
            if (slot != OrderManager.NOT_FOUND && oms.isAccepted(slot)) {
                final long newPrice = oms.side(slot) == Side.BUY ? oms.price(slot) - TICK : oms.price(slot) + TICK;
                final long before = oms.preTradeRejects();
                final long newId = oms.replace(ring[k], oms.quantity(slot) + 100, newPrice);
                if (newId > 0) {
                    replaceRequests++;
                    ring[k] = newId;
                } else if (oms.preTradeRejects() != before) {
                    rejectsByReason[oms.lastRejectReason().ordinal()]++;
                } else {
                    refusedByState++;                                           // e.g. a cancel is pending
                }
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

    /** OMS callbacks on the trading thread: counts and the round-trip latency. */
    private final class Callbacks implements OmsListener {
        @Override
        public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
            accepted++;
            final long sentNs = sentAtNs.remove(clientOrderId);
            if (sentNs != -1 && measuring) {
                roundTrip.record(clock.nanoTime() - sentNs);
            }
        }

        @Override
        public void onOrderRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            venueRejected++;
            sentAtNs.remove(clientOrderId);
        }

        @Override
        public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId,
            final Side side, final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
            final Liquidity liquidity, final boolean lateFill, final long timestampNs) {
            fills++;
            filledQuantity += lastQuantity;
        }

        @Override
        public void onOrderCanceled(final int strategyId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            canceled++;
        }

        @Override
        public void onOrderReplaced(final int strategyId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long leavesQuantity, final long timestampNs) {
            replaced++;
        }

        @Override
        public void onCancelRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            cancelRejected++;
        }
    }
}
