package dev.hft.oms.algo;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.ParentOrderType;
import dev.hft.api.PegReference;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.JournalSource;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.journal.ChronicleOrderJournal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parent orders rebuilt from the journal after an abrupt stop (the writer neither closed nor flushed, or killed with
 * SIGKILL): every parent's state, quantities, trailing reference, schedule and children equal the live ones, and the
 * rebuilt parent carries on working.
 */
final class ParentRecoveryTest {
    private static final int INSTRUMENT = 1;
    private static final long ONE = FixedPoint.SCALE;
    private static final long PX = 100 * ONE;

    /** A live order manager and engine journaling to a directory, and what a recovery rebuilds from it. */
    private static final class Live {
        final ParentScenario s = new ParentScenario(1);
        final ChronicleOrderJournal journal;
        final Path dir;
        long exec = 1;

        Live(final Path dir) {
            this.dir = dir;
            this.journal = new ChronicleOrderJournal(dir);
            s.journal(journal);
        }

        ParentOrders parents() {
            return s.parents;
        }

        InMemoryVenueGateway gw() {
            return s.gateways[0];
        }

        long lastChild() {
            return gw().lastClientOrderId();
        }

        void trade(final long price, final long quantity) {
            s.parents.onTrade(INSTRUMENT, price, quantity, Side.BUY, s.clock.advance(1_000));
        }

        void bbo(final long bid, final long ask) {
            final long ts = s.clock.advance(1_000);
            s.om.onBbo(INSTRUMENT, bid, 10, ask, 10, ts);
            s.parents.onBbo(INSTRUMENT, bid, 10, ask, 10, ts);
        }

        void fill(final long child, final long quantity) {
            final int slot = s.om.find(child);
            gw().fill(child, exec++, PX, quantity, s.om.quantity(slot) - s.om.filledQuantity(slot) - quantity,
                Liquidity.ADDED, s.clock.advance(1_000));
        }

        /** Recovers into a new order manager and engine from the same directory, the live writer left open. */
        ParentOrders recover() {
            try (ChronicleOrderJournal reopened = new ChronicleOrderJournal(dir)) {
                final ParentOrders rebuilt = ParentScenario.recover(reopened, new long[1]);
                assertEquals(0, reopened.unknownRecords());
                assertEquals(0, rebuilt.unknownRecords());
                return rebuilt;
            }
        }

        ParentOrders assertRecovered() {
            final ParentOrders rebuilt = recover();
            assertEquals(s.snapshot(), ParentScenario.snapshot(rebuilt, ordersOf(rebuilt)));
            return rebuilt;
        }
    }

    private static OrderManager ordersOf(final ParentOrders parents) {
        return parents.orderManager();
    }

    private static void withLive(final Path dir, final Consumer<Live> body) {
        final Live live = new Live(dir);
        body.accept(live);
        live.journal.close();
    }

    @Test
    void shouldRebuildAStopAndAStopLimitWaitingAndTriggered(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long stop = live.parents().submitStop(1, 0, INSTRUMENT, Side.BUY, 50, PX + ONE,
                FixedPoint.NULL_PRICE, TimeInForce.DAY, ExecInstructions.NONE);
            final long stopLimit = live.parents().submitStop(1, 0, INSTRUMENT, Side.SELL, 40, PX - ONE, PX - 2 * ONE,
                TimeInForce.DAY, ExecInstructions.NONE);
            live.trade(PX + ONE, 5);
            final long child = live.lastChild();
            live.fill(child, 20);
            ParentOrders rebuilt = live.assertRecovered();
            assertEquals(ParentState.WORKING, rebuilt.state(rebuilt.find(stop)));
            assertEquals(20, rebuilt.filledQuantity(rebuilt.find(stop)));
            assertEquals(child, rebuilt.childOrderId(rebuilt.find(stop)));
            assertEquals(ParentState.WAITING, rebuilt.state(rebuilt.find(stopLimit)));
            // the rebuilt stop-limit still triggers, and the rebuilt stop completes on its child's fill
            rebuilt.onTrade(INSTRUMENT, PX - ONE, 1, Side.SELL, ParentScenario.START_NS + 1_000_000);
            assertEquals(ParentState.WORKING, rebuilt.state(rebuilt.find(stopLimit)));
            assertEquals(1, rebuilt.triggers() - live.parents().triggers());
            rebuilt = live.recover();
            rebuilt.orderManager().onFill(0, child, 99, PX, 30, 0, Liquidity.ADDED, ParentScenario.START_NS + 2);
            assertEquals(ParentState.FILLED, rebuilt.state(rebuilt.find(stop)));
        });
    }

    @Test
    void shouldRebuildATrailingStopWithItsTrailingReference(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long id = live.parents().submitTrailingStop(1, 0, INSTRUMENT, Side.SELL, 30, 2 * ONE,
                TimeInForce.DAY, ExecInstructions.NONE);
            live.trade(PX, 1);
            live.trade(PX + 3 * ONE, 1);
            live.trade(PX + 2 * ONE, 1);
            final ParentOrders rebuilt = live.assertRecovered();
            final int slot = rebuilt.find(id);
            assertEquals(PX + ONE, rebuilt.stopPrice(slot));
            rebuilt.onTrade(INSTRUMENT, PX + ONE, 1, Side.SELL, ParentScenario.START_NS + 1_000_000);
            assertEquals(ParentState.WORKING, rebuilt.state(slot));
            assertEquals(30, rebuilt.workingQuantity(slot));
        });
    }

    @Test
    void shouldRebuildAnIcebergAndReleaseItsNextSlice(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long id = live.parents().submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY,
                ExecInstructions.NONE);
            live.fill(live.lastChild(), 30);
            live.fill(live.lastChild(), 10);
            final ParentOrders rebuilt = live.assertRecovered();
            final int slot = rebuilt.find(id);
            assertEquals(40, rebuilt.filledQuantity(slot));
            assertEquals(20, rebuilt.workingQuantity(slot));
            final long child = rebuilt.childOrderId(slot);
            assertEquals(live.lastChild(), child);
            rebuilt.orderManager().onFill(0, child, 98, PX, 20, 0, Liquidity.ADDED, ParentScenario.START_NS + 5);
            assertEquals(60, rebuilt.filledQuantity(slot));
            assertEquals(30, rebuilt.workingQuantity(slot));
            assertNotEquals(child, rebuilt.childOrderId(slot));
        });
    }

    @Test
    void shouldReleaseTheSliceAStopInterruptedAfterAnIcebergFill(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long id = live.parents().submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY,
                ExecInstructions.NONE);
            final long child = live.lastChild();
            // the venue's fill is journaled, then the process dies before the next slice is sent
            live.journal.onFill(0, child, 50, PX, 30, 0, Liquidity.ADDED, ParentScenario.START_NS + 1);
            final ParentOrders rebuilt = live.recover();
            final int slot = rebuilt.find(id);
            assertEquals(30, rebuilt.filledQuantity(slot));
            assertEquals(0, rebuilt.workingQuantity(slot));
            assertEquals(1, rebuilt.doWork(ParentScenario.START_NS + 2));
            assertEquals(30, rebuilt.workingQuantity(slot));
            assertEquals(ParentState.WORKING, rebuilt.state(slot));
        });
    }

    @Test
    void shouldRebuildAPeggedOrderAcrossRepegs(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long id = live.parents().submitPegged(1, 0, INSTRUMENT, Side.BUY, 60, PegReference.PRIMARY, 0,
                FixedPoint.NULL_PRICE, 5_000, TimeInForce.DAY, ExecInstructions.NONE);
            live.bbo(PX, PX + ONE);
            final long first = live.lastChild();
            live.gw().accept(first, 7, live.s.clock.advance(1_000));
            live.s.clock.advance(10_000);
            live.bbo(PX + ONE / 10, PX + ONE);
            final long second = live.lastChild();
            live.gw().replaced(second, first, PX + ONE / 10, 60, live.s.clock.advance(1_000));
            live.bbo(PX + 2 * ONE / 10, PX + ONE); // inside the minimum interval: pending
            live.fill(second, 10);
            final ParentOrders rebuilt = live.assertRecovered();
            final int slot = rebuilt.find(id);
            assertEquals(second, rebuilt.childOrderId(slot));
            assertEquals(PX + ONE / 10, rebuilt.childPrice(slot));
            assertEquals(1, rebuilt.repegs());
            // the pending re-peg goes out once the interval has passed and the BBO is known again
            final OrderManager om = rebuilt.orderManager();
            om.onBbo(INSTRUMENT, PX + 2 * ONE / 10, 10, PX + ONE, 10, live.s.clock.epochNanos() + 10_000);
            rebuilt.onBbo(INSTRUMENT, PX + 2 * ONE / 10, 10, PX + ONE, 10, live.s.clock.epochNanos() + 10_000);
            assertEquals(2, rebuilt.repegs());
            assertEquals(PX + 2 * ONE / 10, rebuilt.childPrice(slot));
        });
    }

    @Test
    void shouldRebuildTwapAndVwapSchedules(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long start = live.s.clock.epochNanos();
            final long twap = live.parents().submitTwap(1, 0, INSTRUMENT, Side.BUY, 100, FixedPoint.NULL_PRICE,
                start, start + 4_000_000, 4, 0, TimeInForce.DAY, ExecInstructions.NONE);
            final long vwap = live.parents().submitVwap(1, 0, INSTRUMENT, Side.SELL, 90, PX, start,
                start + 3_000_000, new long[] {1, 2, 3}, 0, TimeInForce.DAY, ExecInstructions.NONE);
            live.s.parents.doWork(start);
            live.fill(live.lastChild(), 15);
            live.s.clock.advance(1_100_000);
            live.s.parents.doWork(live.s.clock.epochNanos());
            final ParentOrders rebuilt = live.assertRecovered();
            assertEquals(50, rebuilt.filledQuantity(rebuilt.find(twap)) + rebuilt.workingQuantity(rebuilt.find(twap)));
            assertEquals(45, rebuilt.workingQuantity(rebuilt.find(vwap)) + rebuilt.filledQuantity(rebuilt.find(vwap)));
            // the rest of the schedule: the third bucket releases up to its cumulative target
            assertEquals(2, rebuilt.doWork(start + 2_100_000));
            assertEquals(75, rebuilt.filledQuantity(rebuilt.find(twap)) + rebuilt.workingQuantity(rebuilt.find(twap)));
            assertEquals(90, rebuilt.workingQuantity(rebuilt.find(vwap)) + rebuilt.filledQuantity(rebuilt.find(vwap)));
        });
    }

    @Test
    void shouldRebuildACanceledParent(@TempDir final Path dir) {
        withLive(dir, live -> {
            final long id = live.parents().submitIceberg(1, 0, INSTRUMENT, Side.BUY, 100, 30, PX, TimeInForce.DAY,
                ExecInstructions.NONE);
            live.parents().cancel(id);
            final ParentOrders rebuilt = live.assertRecovered();
            assertEquals(ParentState.WORKING, rebuilt.state(rebuilt.find(id)));
            rebuilt.orderManager().onCanceled(0, live.lastChild(), 30, dev.hft.api.RejectReason.NONE, 1);
            assertEquals(ParentState.CANCELED, rebuilt.state(rebuilt.find(id)));
        });
    }

    @Test
    void shouldRebuildALongRandomRunOfEveryType(@TempDir final Path dir) {
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir)) {
            final ParentScenario live = new ParentScenario(42);
            live.journal(journal);
            final StringBuilder coverage = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                live.step();
                if (i % 200 == 0) {
                    coverage.append(live.coverage());
                }
            }
            final long[] records = new long[1];
            try (ChronicleOrderJournal reopened = new ChronicleOrderJournal(dir)) {
                final ParentOrders rebuilt = ParentScenario.recover(reopened, records);
                assertEquals(live.snapshot(), ParentScenario.snapshot(rebuilt, rebuilt.orderManager()));
            }
            for (final ParentOrderType type : ParentOrderType.values()) {
                assertTrue(coverage.indexOf(type.name()) >= 0, coverage.toString());
            }
            for (final ParentState state : ParentState.values()) {
                assertTrue(coverage.indexOf("/" + state.name()) >= 0, coverage.toString());
            }
            assertTrue(live.parents.triggers() > 0 && live.parents.repegs() > 0 && live.parents.childRejects() > 0);
        }
    }

    @Property(tries = 25)
    void shouldRebuildTheSameParentsAfterAStopAtAnyPoint(@ForAll final long seed,
        @ForAll @IntRange(min = 1, max = 3_000) final int steps) throws IOException {
        final Path dir = Files.createTempDirectory("parents");
        try {
            final ChronicleOrderJournal journal = new ChronicleOrderJournal(dir);
            final ParentScenario live = new ParentScenario(seed);
            live.journal(journal);
            for (int i = 0; i < steps; i++) {
                live.step();
            }
            try (ChronicleOrderJournal reopened = new ChronicleOrderJournal(dir)) {
                final ParentOrders rebuilt = ParentScenario.recover(reopened, new long[1]);
                assertEquals(live.snapshot(), ParentScenario.snapshot(rebuilt, rebuilt.orderManager()));
            }
            journal.close();
        } finally {
            delete(dir);
        }
    }

    private static void delete(final Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (final IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void shouldRebuildAPrefixAfterTheWriterProcessIsKilled(@TempDir final Path dir) throws Exception {
        final Path killedDir = dir.resolve("killed");
        final List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-") || argument.startsWith("-Dchronicle")) {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParentWriterProcess.class.getName());
        command.add(killedDir.toString());
        command.add("11");
        final Process writer = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("running")) {
                assertNotEquals(null, line);
            }
            assertEquals("running", line, "writer did not start");
            Thread.sleep(100);
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertNotEquals(0, writer.exitValue());

        final long[] killedRecords = new long[1];
        final String afterKill;
        try (ChronicleOrderJournal killed = new ChronicleOrderJournal(killedDir)) {
            final ParentOrders rebuilt = ParentScenario.recover(killed, killedRecords);
            afterKill = ParentScenario.snapshot(rebuilt, rebuilt.orderManager());
            assertTrue(rebuilt.activeParents() > 0 || rebuilt.triggers() > 0);
        }
        assertTrue(killedRecords[0] > 10_000);

        // the same seed in process, journaled to another directory: the killed journal must be a prefix of it
        final Path referenceDir = dir.resolve("reference");
        final long[] written = new long[1];
        try (ChronicleOrderJournal reference = new ChronicleOrderJournal(referenceDir)) {
            final ParentScenario scenario = new ParentScenario(11);
            scenario.journal(counting(reference, written));
            while (written[0] < killedRecords[0]) {
                scenario.step();
            }
            final JournalSource prefix = target -> reference.replay(limited(target, killedRecords[0]));
            final ParentOrders rebuilt = ParentScenario.recover(prefix, new long[1]);
            assertEquals(afterKill, ParentScenario.snapshot(rebuilt, rebuilt.orderManager()));
        }
    }

    private static OrderJournal counting(final OrderJournal delegate, final long[] count) {
        return (OrderJournal) Proxy.newProxyInstance(OrderJournal.class.getClassLoader(),
            new Class<?>[] {OrderJournal.class}, (proxy, method, args) -> {
                count[0]++;
                return method.invoke(delegate, args);
            });
    }

    private static OrderJournal limited(final OrderJournal delegate, final long limit) {
        final long[] count = new long[1];
        return (OrderJournal) Proxy.newProxyInstance(OrderJournal.class.getClassLoader(),
            new Class<?>[] {OrderJournal.class}, (proxy, method, args) ->
                count[0]++ < limit ? method.invoke(delegate, args) : null);
    }
}
