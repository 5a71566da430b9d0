package dev.hft.oms.journal;

import dev.hft.api.OrderType;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.JournalSource;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import dev.hft.oms.Scenario;
import dev.hft.timing.ManualClock;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class JournalRecoveryTest {

    private static OrderManager recovered(final JournalSource source, final long[] records) {
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager om = Scenario.newOrderManager(clock);
        Scenario.addVenues(om);
        records[0] = om.recover(source, 1_700_000_000L);
        return om;
    }

    @Test
    void shouldRebuildTheSameOrdersAndPositionsFromAJournalLeftOpen(@TempDir final Path dir) {
        final ChronicleOrderJournal journal = new ChronicleOrderJournal(dir);
        final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
        final OrderManager live = Scenario.newOrderManager(clock);
        final InMemoryVenueGateway[] gateways = Scenario.addVenues(live);
        live.journal(journal);
        final Scenario scenario = new Scenario(live, gateways, clock, 42);
        for (int i = 0; i < 20_000; i++) {
            scenario.step();
        }
        // abrupt stop: the writer is neither closed nor flushed; a new order manager opens the same directory
        final String expected = Scenario.snapshot(live);
        final long[] records = new long[1];
        try (ChronicleOrderJournal reopened = new ChronicleOrderJournal(dir)) {
            final OrderManager rebuilt = recovered(reopened, records);
            assertEquals(expected, Scenario.snapshot(rebuilt));
            assertTrue(records[0] > 10_000, "records " + records[0]);
            assertTrue(live.positions().size() > 0);
            assertTrue(live.duplicateFills() > 0 && live.overfills() > 0 && live.lateFills() > 0,
                "the scenario exercises duplicates, overfills and late fills");
            assertTrue(rebuilt.idGenerator().nextId() > live.highestOrderId());
            assertEquals(0, reopened.unknownRecords());
        }
        journal.close();
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
        command.add(JournalWriterProcess.class.getName());
        command.add(killedDir.toString());
        command.add("7");
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
            afterKill = Scenario.snapshot(recovered(killed, killedRecords));
        }
        assertTrue(killedRecords[0] > 10_000);

        // the same seed in process, journaled to another directory: the killed journal must be a prefix of it
        final Path referenceDir = dir.resolve("reference");
        final long[] written = new long[1];
        try (ChronicleOrderJournal reference = new ChronicleOrderJournal(referenceDir)) {
            final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
            final OrderManager om = Scenario.newOrderManager(clock);
            final InMemoryVenueGateway[] gateways = Scenario.addVenues(om);
            om.journal(counting(reference, written));
            final Scenario scenario = new Scenario(om, gateways, clock, 7);
            while (written[0] < killedRecords[0]) {
                scenario.step();
            }
            final long[] replayed = new long[1];
            final String prefix = Scenario.snapshot(recovered(target -> reference.replay(limited(target,
                killedRecords[0])), replayed));
            assertEquals(afterKill, prefix);
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

    @Test
    void shouldReadNewOrdersOfTheFirstLayout(@TempDir final Path dir) {
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir);
             ChronicleQueue queue = ChronicleQueue.singleBuilder(dir.toFile()).build();
             ExcerptAppender appender = queue.createAppender()) {
            try (DocumentContext dc = appender.writingDocument()) {
                dc.wire().bytes().writeByte(ChronicleOrderJournal.NEW_ORDER_V1).writeLong(5).writeLong(42).writeLong(7)
                    .writeInt(2).writeInt(1).writeInt(3).writeByte(Side.SELL.code()).writeByte(OrderType.LIMIT.code())
                    .writeByte(TimeInForce.GTC.code()).writeLong(10).writeLong(100).writeInt(0)
                    .writeInt(OrderManager.LOCAL_EXPIRY).writeLong(99);
            }
            journal.onNewOrder(6, 43, 0, 65_535, 1, 3, Side.BUY, 20, 200, OrderType.LIMIT, TimeInForce.DAY, 31, 0, 0);
            final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
            final OrderManager om = Scenario.newOrderManager(clock);
            assertEquals(2, om.recover(journal, 1_700_000_000L));
            final int first = om.find(42);
            assertEquals(7, om.parentOrderId(first));
            assertEquals(2, om.strategyId(first));
            assertEquals(Side.SELL, om.side(first));
            assertEquals(TimeInForce.GTC, om.timeInForce(first));
            assertEquals(99, om.expireAtNs(first));
            assertEquals(OrderManager.LOCAL_EXPIRY, om.localFlags(first));
            final int second = om.find(43);
            assertEquals(65_535, om.strategyId(second));
            assertEquals(31, om.execInstructions(second));
            assertEquals(0, om.parentOrderId(second));
            assertEquals(20, om.quantity(second));
            assertEquals(200, om.price(second));
        }
    }

    @Test
    void shouldSkipAndCountRecordsOfUnknownTypeAndRecoverOrdersOfVenuesNotAdded(@TempDir final Path dir) {
        try (ChronicleOrderJournal journal = new ChronicleOrderJournal(dir);
             ChronicleQueue queue = ChronicleQueue.singleBuilder(dir.toFile()).build();
             ExcerptAppender appender = queue.createAppender()) {
            journal.onNewOrder(1, 42, 0, 1, 1, 2, Side.BUY, 10, 100, OrderType.LIMIT, TimeInForce.DAY, 0, 0, 0);
            try (DocumentContext dc = appender.writingDocument()) {
                dc.wire().bytes().writeByte((byte) 99).writeLong(1);
            }
            journal.onAccepted(1, 42, 7, 2);
            final ManualClock clock = new ManualClock(0, 1_700_000_000_000_000_000L);
            final OrderManager om = Scenario.newOrderManager(clock);
            assertEquals(2, om.recover(journal, 1_700_000_000L));
            assertEquals(1, journal.unknownRecords());
            final int slot = om.find(42);
            assertEquals(OrderState.NEW, om.state(slot));
            assertEquals(Result.NOT_CONNECTED, om.cancel(42));
            assertEquals(OrderState.NEW, om.state(slot));
        }
    }
}
