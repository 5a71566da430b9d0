package dev.hft.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import dev.hft.api.RejectReason;
import dev.hft.engine.Engine;
import dev.hft.engine.MarketDataFeed;
import dev.hft.engine.MarketDataSink;
import dev.hft.engine.feed.ItchDecoder;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.capture.ItchEventEncoder;
import dev.hft.net.itch.AddOrderEncoder;
import dev.hft.net.itch.Itch50;
import dev.hft.net.moldudp64.MoldUdp64PacketDecoder;
import dev.hft.net.moldudp64.MoldUdp64PacketEncoder;
import dev.hft.testkit.SyntheticItchFeed;
import dev.hft.timing.ManualClock;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tick-to-trade through hft-engine, one order per operation: a MoldUDP64 packet with one ITCH 5.0 Add Order that
 * raises an instrument's best bid -> the engine's trading agent, one duty cycle: MoldUDP64 framing and the engine's
 * {@link ItchDecoder} -> the ITCH order book, the venue's level book and the consolidated book (risk's and the OMS's
 * reference prices) -> the {@link TickToTradeStrategy} (a {@code Strategy}: joins the bid that moved) -> the engine's
 * order manager and {@code RiskChecker} with every check on (the configuration of {@code bench/tick-to-trade.sh},
 * {@link TickToTrade#riskConfig(int)}) -> OUCH 5.0 Enter Order encoded into the in-process venue's send buffer
 * ({@link TickToTradeGateway}), then the rest of the duty cycle (sessions, router, timers, event delivery).
 *
 * <p>The engine is built exactly as the harness builds it ({@link TickToTrade#engine}), with 64 instruments, the
 * Add Orders cycling over 63 of them (the last is on the restricted list). Each Add Order is written into the same
 * preallocated packet (stock locate, reference, shares, price) before its duty cycle. Steady state is kept inside
 * the measured method: every {@value #UPKEEP}th operation also lets the venue answer (Accepted + Canceled through the
 * engine's session poll: OMS, risk, router, strategy), deletes the older bids from the ITCH book (below the touch: no
 * BBO change) and drains the risk audit log. Each instrument's offer rests at 10.41 and its bid climbs a tick per
 * Add Order from 10.00 to 10.40 (inside the risk checker's price collar around the BBO), then its bids are deleted
 * and the climb restarts from 10.00 (one operation in {@value #BAND_TICKS} also carries those deletes). The
 * operations with upkeep or a restart are a few per cent of the samples: the median ({@code p0.50}) is the
 * one-order path, the mean includes the upkeep. The engine's clock is a {@code ManualClock} advanced 5 us per
 * operation, so the risk checker's rate limits (300,000 orders/s global, 30,000 per instrument) see 200,000 orders/s
 * whatever the machine's speed and every order passes every check; {@link #tearDown} fails the run if any order
 * was refused or not encoded.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@State(Scope.Thread)
public class TickToTradeBenchmark {
    static final int UPKEEP = 64;
    private static final int INSTRUMENTS = 64;
    private static final int TRADED = INSTRUMENTS - 1;
    private static final int MAX_LIVE = 16;
    private static final long TICK4 = 100;
    private static final long FLOOR4 = 100_000;
    static final int BAND_TICKS = 40;
    private static final long CEILING4 = FLOOR4 + BAND_TICKS * TICK4;
    private static final long ASK4 = CEILING4 + TICK4;
    private static final long STEP_NS = 5_000;
    private static final byte[] SESSION = "T2TBENCH  ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ManualClock clock;
    private Engine engine;
    private Agent trading;
    private Agent audit;
    private TickToTradeStrategy strategy;
    private TickToTradeGateway gateway;
    private BenchFeed feed;
    private ItchEventEncoder itch;
    private final AddOrderEncoder addOrder = new AddOrderEncoder();
    private final long[] symbols = new long[INSTRUMENTS + 1];
    private final long[] bids = new long[INSTRUMENTS + 1];
    private final long[][] live = new long[INSTRUMENTS + 1][MAX_LIVE];
    private final int[] liveCounts = new int[INSTRUMENTS + 1];
    private int next = 1;
    private long nextReference = 1;
    private long ops;

    /** Builds the engine, lists the instruments and gives each a bid and an offer. */
    @Setup(Level.Trial)
    public void setUp() {
        clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
        strategy = new TickToTradeStrategy(INSTRUMENTS, 1, null);      // ids 1..63: the last is restricted
        feed = new BenchFeed();
        final TickToTradeGateway[] venue = new TickToTradeGateway[1];
        engine = TickToTrade.engine(INSTRUMENTS, strategy, TickToTrade.riskConfig(INSTRUMENTS + 1), clock, clock,
            (venueId, registry, events) -> venue[0] = new TickToTradeGateway(venueId, registry, events, null,
                TickToTrade.OMS_RISK, clock, 4 * UPKEEP), feed);
        gateway = venue[0];
        feed.decoder = new ItchDecoder(engine.instruments(),
            new WireErrorCounters("tick-to-trade-benchmark", WireErrorListener.NO_OP), TickToTrade.ORDERS_PER_BOOK,
            UnaryOperator.identity());
        trading = engine.tradingAgent();
        audit = engine.auditAgent();
        itch = new ItchEventEncoder(feed);
        for (int k = 1; k <= INSTRUMENTS; k++) {
            symbols[k] = Itch50.packSymbol(SyntheticItchFeed.symbolName(k - 1));
            itch.stockDirectory(0, k, symbols[k], 100);
            itch.addOrder(0, k, nextReference++, (byte) 'S', 100, symbols[k], ASK4);
            bids[k] = FLOOR4;
            addBid(k);
        }
        TickToTrade.duty(trading);
        TickToTrade.duty(trading);
        upkeep();
        final MoldUdp64PacketEncoder packet = new MoldUdp64PacketEncoder().wrap(feed.packet, 0, 256)
            .session(SESSION).sequenceNumber(1);
        final UnsafeBuffer message = new UnsafeBuffer(new byte[AddOrderEncoder.LENGTH]);
        new AddOrderEncoder().wrap(message, 0).stockLocate(1).trackingNumber(0).timestamp(0)
            .orderReferenceNumber(1).buySellIndicator((byte) 'B').shares(100).stock(symbols[1]).price(FLOOR4);
        packet.tryAppend(message, 0, AddOrderEncoder.LENGTH);
        feed.packetLength = packet.length();
        addOrder.wrap(feed.packet, feed.packetLength - AddOrderEncoder.LENGTH);
    }

    private void addBid(final int k) {
        final long reference = nextReference++;
        itch.addOrder(0, k, reference, (byte) 'B', 100, symbols[k], bids[k]);
        live[k][liveCounts[k]++] = reference;
    }

    /**
     * One Add Order that raises a bid, through the engine to the Enter Order encoded (one duty cycle).
     *
     * @return orders encoded so far.
     */
    @Benchmark
    public long addOrderToEnterOrder() {
        final int k = next;
        next = k == TRADED ? 1 : k + 1;
        long price = bids[k] + TICK4;
        if (price > CEILING4) {
            restart(k);
            price = FLOOR4;
        }
        bids[k] = price;
        final long reference = nextReference++;
        live[k][liveCounts[k]++] = reference;
        addOrder.stockLocate(k).orderReferenceNumber(reference).shares(100 + (reference & 63)).stock(symbols[k])
            .price(price);
        clock.advance(STEP_NS);
        feed.addDue = true;
        strategy.beginPacket();
        TickToTrade.duty(trading);
        if (++ops % UPKEEP == 0) {
            upkeep();
        }
        return gateway.encoded();
    }

    /** Deletes an instrument's every bid (its bid side empties), so its bids climb again from the floor. */
    private void restart(final int k) {
        for (int i = 0; i < liveCounts[k]; i++) {
            itch.orderDelete(0, k, live[k][i]);
        }
        liveCounts[k] = 0;
        strategy.beginPacket();
        TickToTrade.duty(trading);
    }

    /** The venue answers every pending order; the bids under the touch are deleted; the audit log is drained. */
    private void upkeep() {
        gateway.allowAnswers(Integer.MAX_VALUE);
        for (int k = 1; k <= INSTRUMENTS; k++) {
            final int count = liveCounts[k];
            if (count > 1) {
                for (int i = 0; i < count - 1; i++) {
                    itch.orderDelete(0, k, live[k][i]);
                }
                live[k][0] = live[k][count - 1];
                liveCounts[k] = 1;
            }
        }
        strategy.beginPacket();
        TickToTrade.duty(trading);
        while (TickToTrade.duty(audit) > 0) {
            Thread.onSpinWait();
        }
    }

    /** Fails the run if an operation did not end in an Enter Order. */
    @TearDown(Level.Trial)
    public void tearDown() {
        final long[] byReason = strategy.rejectsByReason();
        for (int r = 0; r < byReason.length; r++) {
            if (byReason[r] > 0) {
                throw new IllegalStateException(byReason[r] + " orders refused: " + RejectReason.values()[r]);
            }
        }
        if (gateway.encoded() < ops) {
            throw new IllegalStateException(gateway.encoded() + " Enter Orders for " + ops + " Add Orders");
        }
        engine.close();
    }

    /**
     * The venue's feed as the engine polls it: queued ITCH messages (set-up and upkeep), then the due Add Order
     * packet (MoldUDP64 framing + the engine's ITCH decoder).
     */
    static final class BenchFeed implements MarketDataFeed, ItchEventEncoder.Output {
        final UnsafeBuffer packet = new UnsafeBuffer(new byte[256]);
        final UnsafeBuffer queued = new UnsafeBuffer(new byte[1 << 20]);
        final int[] offsets = new int[1 << 14];
        final MoldUdp64PacketDecoder packetDecoder = new MoldUdp64PacketDecoder();
        ItchDecoder decoder;
        int packetLength;
        boolean addDue;
        int queuedCount;

        @Override
        public void onMessage(final DirectBuffer buffer, final int offset, final int length) {
            final int at = offsets[queuedCount];
            queued.putBytes(at, buffer, offset, length);
            offsets[++queuedCount] = at + length;
        }

        @Override
        public int poll(final MarketDataSink sink, final int limit) {
            final ItchDecoder itch = decoder.sink(sink);
            int work = queuedCount;
            for (int i = 0; i < queuedCount; i++) {
                itch.onMessage(queued, offsets[i], offsets[i + 1] - offsets[i]);
            }
            queuedCount = 0;
            if (addDue) {
                addDue = false;
                final MoldUdp64PacketDecoder decoded = packetDecoder;
                if (decoded.wrap(packet, 0, packetLength) && decoded.validate() >= 0) {
                    decoded.forEachMessage(itch);
                }
                work++;
            }
            return work;
        }
    }
}
