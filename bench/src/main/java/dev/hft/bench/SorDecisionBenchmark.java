package dev.hft.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.hft.api.FixedPoint;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;
import dev.hft.sor.Router;
import dev.hft.sor.RoutingDecision;
import dev.hft.sor.RoutingParams;
import dev.hft.sor.RoutingPolicy;
import dev.hft.sor.VenueModel;
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
 * Cost of one smart-order-routing decision ({@link Router#decide}) over a {@link ConsolidatedBook} of {@value #VENUES}
 * venues with {@value #LEVELS} levels per venue and side (random sizes, venues interleaved at and behind the touch),
 * venues with different maker/taker fees, latencies, fill rates, lots (two venues trade round lots of 100) and a
 * 0.01 tick. The input is {@value #PARENTS} prepared parents: random side, quantity 100..3,000, a limit from two ticks
 * passive to five ticks through the touch, DAY or IOC. One invocation decides each of them once; one operation is one
 * decision (children written into a preallocated {@link RoutingDecision}). {@code fiveVenues} cycles the five
 * policies over the parents; {@code fiveVenuesWeighted} uses the weighted policy, the most expensive one, for all.
 * There is no public Java smart order router to compare with.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class SorDecisionBenchmark {
    /** Parents decided per invocation. */
    public static final int PARENTS = 256;
    static final int VENUES = 5;
    static final int LEVELS = 10;
    static final long TICK = FixedPoint.SCALE / 100;
    static final long TOUCH = 100 * FixedPoint.SCALE;

    /** The book, venues, router and prepared parents. */
    @State(Scope.Thread)
    public static class Input {
        final ConsolidatedBook book = new ConsolidatedBook(0, VENUES, 64, ConsolidatedBookListener.NO_OP);
        final VenueModel venues = new VenueModel(VENUES, 1);
        final Router router = new Router(venues);
        final RoutingDecision decision = new RoutingDecision(VENUES + 1);
        final Side[] side = new Side[PARENTS];
        final long[] quantity = new long[PARENTS];
        final long[] limit = new long[PARENTS];
        final TimeInForce[] timeInForce = new TimeInForce[PARENTS];
        final RoutingParams[] params = new RoutingParams[PARENTS];
        final RoutingParams weighted = RoutingParams.of(RoutingPolicy.WEIGHTED)
            .latencyCostPerMicrosFixed(FixedPoint.SCALE / 100_000)
            .missCostFixed(FixedPoint.SCALE / 100)
            .passiveMissCostFixed(FixedPoint.SCALE / 200)
            .queueCostPerThousandFixed(FixedPoint.SCALE / 1_000);

        @Setup(Level.Trial)
        public void setUp() {
            final SplittableRandom random = new SplittableRandom(11);
            for (int v = 0; v < VENUES; v++) {
                venues.instrumentRules(v, 0, TICK, v < 2 ? 100 : 1);
                venues.fees(v, -FixedPoint.SCALE / 1_000 * (v + 1) / 5, FixedPoint.SCALE / 1_000 * (5 - v) / 2);
                for (int i = 0; i < 32; i++) {
                    venues.onRoundTrip(v, 20_000 + 15_000 * v + random.nextInt(5_000));
                    venues.onChildDone(v, 100, random.nextInt(101), false);
                    venues.onChildDone(v, 100, random.nextInt(101), true);
                }
                for (int level = 0; level < LEVELS; level++) {
                    final long offset = (level + random.nextInt(2)) * TICK;
                    book.onLevel(v, Side.SELL, TOUCH + TICK + offset, 100 * (1 + random.nextInt(10)));
                    book.onLevel(v, Side.BUY, TOUCH - offset, 100 * (1 + random.nextInt(10)));
                }
            }
            final RoutingPolicy[] policies = RoutingPolicy.values();
            for (int i = 0; i < PARENTS; i++) {
                final boolean buy = random.nextBoolean();
                side[i] = buy ? Side.BUY : Side.SELL;
                quantity[i] = 100 + random.nextInt(2_901);
                final long through = (random.nextInt(8) - 2) * TICK;
                limit[i] = buy ? TOUCH + TICK + through : TOUCH - through;
                timeInForce[i] = random.nextInt(3) == 0 ? TimeInForce.IOC : TimeInForce.DAY;
                params[i] = policies[i % policies.length] == RoutingPolicy.WEIGHTED ? weighted
                    : RoutingParams.of(policies[i % policies.length]);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARENTS)
    public long fiveVenues(final Input in) {
        long children = 0;
        for (int i = 0; i < PARENTS; i++) {
            children += in.router.decide(in.book, in.side[i], in.quantity[i], in.limit[i], in.timeInForce[i], 0,
                in.params[i], 0, in.decision);
        }
        return children;
    }

    @Benchmark
    @OperationsPerInvocation(PARENTS)
    public long fiveVenuesWeighted(final Input in) {
        long children = 0;
        for (int i = 0; i < PARENTS; i++) {
            children += in.router.decide(in.book, in.side[i], in.quantity[i], in.limit[i], in.timeInForce[i], 0,
                in.weighted, 0, in.decision);
        }
        return children;
    }
}
