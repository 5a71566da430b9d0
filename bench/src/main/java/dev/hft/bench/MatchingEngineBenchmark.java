package dev.hft.bench;

import java.util.concurrent.TimeUnit;

import com.paritytrading.parity.match.OrderBook;
import com.paritytrading.parity.match.OrderBookListener;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.ExecutionListener;
import dev.hft.backtest.matching.ItchBookPublisher;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.matching.SelfMatchPolicy;
import dev.hft.backtest.matching.SyntheticOrderFlow;
import dev.hft.timing.ManualClock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of processing one order-entry request in a matching engine, over the same pre-generated stream of
 * {@value #OPS} requests ({@link SyntheticOrderFlow}: 4 instruments, 8 owners; 55% limit orders 1-10 ticks around a
 * mean-reverting mid, 35% cancels of recent orders, 10% marketable IOC orders reaching 1-4 ticks through the touch;
 * at most 1,024 orders kept resting per instrument, the oldest canceled first). The stream is replayed over and over
 * into the same books, which stay in a steady state. One operation is one request.
 *
 * <ul>
 *     <li>{@code hft}: {@link MatchingEngine} with self-match prevention, validation, execution reports to a
 *     consuming listener and its book published as ITCH 5.0 ({@link ItchBookPublisher}) into a buffer: what a
 *     simulated venue runs.</li>
 *     <li>{@code hftEngineOnly}: the same engine with no-op listeners: matching alone.</li>
 *     <li>{@code parity}: parity-match's {@code OrderBook} per instrument (limit orders and cancels only, no
 *     validation, no self-match prevention, no ITCH); an IOC is an enter followed by a cancel of whatever rested.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class MatchingEngineBenchmark {
    /** Requests in the stream: one invocation replays them all. */
    public static final int OPS = 1 << 16;
    static final int INSTRUMENTS = 4;
    static final int OWNERS = 8;
    static final int MAX_RESTING = 1024;
    static final long TICK = FixedPoint.parse("0.01");

    /** The stream, shared by every method. */
    @State(Scope.Benchmark)
    public static class Flow {
        SyntheticOrderFlow flow;

        @Setup(Level.Trial)
        public void setUp() {
            flow = new SyntheticOrderFlow(20261121L, OPS, INSTRUMENTS, OWNERS, FixedPoint.parse("100"), TICK,
                MAX_RESTING);
        }
    }

    /** Sums every report's fields so nothing is dead code. */
    static final class ConsumingListener implements ExecutionListener {
        long sum;

        @Override
        public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
            final dev.hft.api.Side side, final long executionId, final long matchNumber, final long priceFixed,
            final long quantity, final long leavesQuantity, final long cumulativeQuantity,
            final Liquidity liquidity, final long timestampNs) {
            sum += clientOrderId + executionId + priceFixed + quantity + leavesQuantity + liquidity.code();
        }

        @Override
        public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
            final long bookReference, final int instrumentId, final dev.hft.api.Side side, final long priceFixed,
            final long quantity, final dev.hft.api.TimeInForce timeInForce, final int execInstructions,
            final long timestampNs) {
            sum += clientOrderId + orderId + priceFixed + quantity;
        }

        @Override
        public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
            final long canceledQuantity, final long leavesQuantity,
            final dev.hft.backtest.matching.CancelReason reason, final long timestampNs) {
            sum += clientOrderId + canceledQuantity + reason.ouchCode();
        }

        @Override
        public void onCancelRejected(final long ownerId, final long clientOrderId, final long orderId,
            final dev.hft.api.RejectReason reason, final long timestampNs) {
            sum += orderId + reason.code();
        }
    }

    /** hft engine state. */
    @State(Scope.Thread)
    public static class Hft {
        MatchingEngine engine;
        MatchingEngine engineOnly;
        ManualClock clock;
        final ConsumingListener reports = new ConsumingListener();
        long itchBytes;

        @Setup(Level.Trial)
        public void setUp() {
            final MatchingEngineConfig config = new MatchingEngineConfig().maxOrders(INSTRUMENTS * MAX_RESTING * 2)
                .maxLevelsPerSide(512).selfMatchPolicy(SelfMatchPolicy.CANCEL_NEWEST);
            for (int i = 0; i < INSTRUMENTS; i++) {
                config.instrument("SYM" + i, TICK, 100);
            }
            clock = new ManualClock();
            final ItchBookPublisher publisher = new ItchBookPublisher(config,
                (buffer, offset, length) -> itchBytes += buffer.getLong(offset) + length);
            publisher.publishStartOfDay(0);
            engine = new MatchingEngine(config, clock, reports, publisher);
            engineOnly = new MatchingEngine(config, clock, ExecutionListener.NO_OP, BookEventListener.NO_OP);
        }
    }

    /** parity-match state. */
    @State(Scope.Thread)
    public static class Parity implements OrderBookListener {
        final OrderBook[] books = new OrderBook[INSTRUMENTS];
        final long[] ring = new long[INSTRUMENTS * MAX_RESTING];
        final int[] ringPositions = new int[INSTRUMENTS];
        long nextOrderId = 1;
        long lastAdded;
        long sum;

        @Setup(Level.Trial)
        public void setUp() {
            for (int i = 0; i < INSTRUMENTS; i++) {
                books[i] = new OrderBook(this);
            }
        }

        @Override
        public void match(final long restingOrderId, final long incomingOrderId,
            final com.paritytrading.parity.match.Side incomingSide, final long price, final long executedQuantity,
            final long remainingQuantity) {
            sum += restingOrderId + incomingOrderId + price + executedQuantity + remainingQuantity;
        }

        @Override
        public void add(final long orderId, final com.paritytrading.parity.match.Side side, final long price,
            final long size) {
            lastAdded = orderId;
            sum += price + size;
        }

        @Override
        public void cancel(final long orderId, final long canceledQuantity, final long remainingQuantity) {
            sum += orderId + canceledQuantity;
        }
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long hft(final Flow flow, final Hft state) {
        final SyntheticOrderFlow requests = flow.flow;
        final MatchingEngine engine = state.engine;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            state.clock.advance(100);
            sum += requests.apply(engine, i);
        }
        return sum + state.reports.sum + state.itchBytes;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long hftEngineOnly(final Flow flow, final Hft state) {
        final SyntheticOrderFlow requests = flow.flow;
        final MatchingEngine engine = state.engineOnly;
        long sum = 0;
        for (int i = 0; i < OPS; i++) {
            sum += requests.apply(engine, i);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(OPS)
    public long parity(final Flow flow, final Parity state) {
        final SyntheticOrderFlow requests = flow.flow;
        for (int i = 0; i < OPS; i++) {
            final int instrument = requests.instrument(i);
            final OrderBook book = state.books[instrument];
            final int ringBase = instrument * MAX_RESTING;
            final byte kind = requests.kind(i);
            if (kind == SyntheticOrderFlow.CANCEL) {
                final long id = state.ring[ringBase + requests.target(i)];
                if (id != 0) {
                    book.cancel(id, 0);
                }
                continue;
            }
            final long id = state.nextOrderId++;
            final com.paritytrading.parity.match.Side side = requests.isBuy(i)
                ? com.paritytrading.parity.match.Side.BUY : com.paritytrading.parity.match.Side.SELL;
            if (kind == SyntheticOrderFlow.ADD) {
                final int position = state.ringPositions[instrument];
                state.ringPositions[instrument] = (position + 1) & (MAX_RESTING - 1);
                final long evicted = state.ring[ringBase + position];
                if (evicted != 0) {
                    book.cancel(evicted, 0);
                }
                state.ring[ringBase + position] = id;
                book.enter(id, side, requests.price(i), requests.quantity(i));
            } else {
                book.enter(id, side, requests.price(i), requests.quantity(i));
                if (state.lastAdded == id) {
                    book.cancel(id, 0);
                }
            }
        }
        return state.sum;
    }
}
