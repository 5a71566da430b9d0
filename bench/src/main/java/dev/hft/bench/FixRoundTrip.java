package dev.hft.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.fix.FixAcceptor;
import dev.hft.net.fix.FixEncoder;
import dev.hft.net.fix.FixInitiator;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixMsgType;
import dev.hft.net.fix.FixSession;
import dev.hft.net.fix.FixSessionConfig;
import dev.hft.net.fix.FixSessionListener;
import dev.hft.net.fix.FixTags;
import dev.hft.timing.IdleStrategies;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.IdleStrategy;

/**
 * FIX 4.4 order round trip over loopback, free of coordinated omission: our {@link FixInitiator} (this thread) sends
 * NewOrderSingles at a fixed rate, each scheduled at an intended time decided before the run; our {@link FixAcceptor}
 * (a venue thread) answers each with an ExecutionReport (fill) carrying the ClOrdID; on each ExecutionReport the
 * client records receive time minus the intended send time. Both sessions run the full protocol path (framing,
 * CheckSum and BodyLength, dictionary validation, sequence checks, memory-mapped message store). Prints p50, p99,
 * p99.9 and max and writes {@code fix-rtt-hft.hgrm} into {@code out}.
 * <pre>
 * java $(cat bench/target/classes/dev/hft/bench/jvm-flags.txt) -cp bench/target/benchmarks.jar \
 *     dev.hft.bench.FixRoundTrip [rate=10000] [warmup=20000] [count=100000] [clientCpu=0] [venueCpu=1] \
 *     [idle=spin] [out=bench/results]
 * </pre>
 */
public final class FixRoundTrip {
    private static final long DRAIN_TIMEOUT_NS = 10_000_000_000L;

    private FixRoundTrip() {
    }

    /** Venue: one fill per order, ClOrdID echoed. */
    private static final class Venue implements FixSessionListener {
        FixSession session;

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder order) {
            final int clOrdId = order.fieldIndex(FixTags.CL_ORD_ID);
            final FixEncoder report = session.claim(FixMsgType.EXECUTION_REPORT);
            if (report == null) {
                throw new IllegalStateException("venue cannot send");
            }
            report.putString(FixTags.ORDER_ID, "V1").putString(FixTags.EXEC_ID, "X1").putChar(FixTags.EXEC_TYPE, 'F')
                .putChar(FixTags.ORD_STATUS, '2')
                .putBytes(FixTags.CL_ORD_ID, order.buffer(), order.valueOffset(clOrdId), order.valueLength(clOrdId))
                .putString(FixTags.SYMBOL, "AAPL").putChar(FixTags.SIDE, '1').putLong(FixTags.LAST_QTY, 100)
                .putPrice(FixTags.LAST_PX, order.getPrice(FixTags.PRICE)).putLong(FixTags.LEAVES_QTY, 0)
                .putLong(FixTags.CUM_QTY, 100).putPrice(FixTags.AVG_PX, order.getPrice(FixTags.PRICE));
            session.commit();
        }
    }

    /** Client: latency of each ExecutionReport against its order's intended send time. */
    private static final class Client implements FixSessionListener {
        final long[] intended;
        final int warmup;
        final LatencyRecorder recorder = new LatencyRecorder("fix-rtt");
        long received;

        Client(final int total, final int warmup) {
            this.intended = new long[total];
            this.warmup = warmup;
        }

        @Override
        public void onMessage(final int msgType, final FixMessageDecoder report) {
            final long now = SystemClock.INSTANCE.nanoTime();
            final int index = (int) report.getLong(FixTags.CL_ORD_ID);
            received++;
            if (index >= warmup) {
                recorder.record(now - intended[index]);
            }
        }
    }

    /**
     * Runs the harness.
     *
     * @param args {@code key=value} settings, see the class comment.
     * @throws Exception if a socket or the store cannot be set up.
     */
    public static void main(final String[] args) throws Exception {
        final Map<String, String> settings = new LinkedHashMap<>(Map.of("rate", "10000", "warmup", "20000",
            "count", "100000", "clientCpu", "0", "venueCpu", "1", "idle", "spin", "out", "bench/results"));
        for (final String arg : args) {
            final int equals = arg.indexOf('=');
            if (equals < 0 || !settings.containsKey(arg.substring(0, equals))) {
                throw new IllegalArgumentException("unknown argument " + arg + "; known: " + settings.keySet());
            }
            settings.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        final int rate = Integer.parseInt(settings.get("rate"));
        final int warmup = Integer.parseInt(settings.get("warmup"));
        final int total = warmup + Integer.parseInt(settings.get("count"));
        final Path out = Path.of(settings.get("out"));
        final Path store = Files.createTempDirectory("fix-rtt");
        System.out.printf(Locale.ROOT, "FIX 4.4 round trip over loopback: %,d orders/s, warm-up %,d, measured %,d,"
            + " idle %s%n", rate, warmup, total - warmup, settings.get("idle"));

        final Venue venue = new Venue();
        final FixAcceptor acceptor = new FixAcceptor(new FixSessionConfig("VENUE", "CLIENT", store.resolve("venue"))
            .storeCapacity(256L << 20, total + 16), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            SystemClock.INSTANCE, venue, new WireErrorCounters("venue", WireErrorListener.NO_OP));
        venue.session = acceptor.session();
        final Client client = new Client(total, warmup);
        final FixInitiator initiator = new FixInitiator(new FixSessionConfig("CLIENT", "VENUE",
            store.resolve("client")).storeCapacity(256L << 20, total + 16), new InetSocketAddress(
            InetAddress.getLoopbackAddress(), acceptor.port()), SystemClock.INSTANCE, client,
            new WireErrorCounters("client", WireErrorListener.NO_OP));

        final int venueCpu = Integer.parseInt(settings.get("venueCpu"));
        final Thread venueThread = new Thread(() -> {
            if (venueCpu >= 0) {
                ThreadPinning.pinCurrentThread(venueCpu);
            }
            final IdleStrategy idle = IdleStrategies.of(settings.get("idle"));
            while (!Thread.currentThread().isInterrupted()) {
                idle.idle(acceptor.doWork());
            }
        }, "fix-venue");
        venueThread.start();
        final int clientCpu = Integer.parseInt(settings.get("clientCpu"));
        if (clientCpu >= 0) {
            ThreadPinning.pinCurrentThread(clientCpu);
        }
        final IdleStrategy idle = IdleStrategies.of(settings.get("idle"));
        final long logonDeadline = System.nanoTime() + DRAIN_TIMEOUT_NS;
        while (!initiator.session().isLoggedOn() && System.nanoTime() < logonDeadline) {
            idle.idle(initiator.doWork());
        }
        final long interval = 1_000_000_000L / rate;
        final long start = System.nanoTime() + 50_000_000L;
        long retries = 0;
        for (int i = 0; i < total; i++) {
            final long intended = start + i * interval;
            client.intended[i] = intended;
            while (System.nanoTime() < intended) {
                idle.idle(initiator.doWork());
            }
            while (!send(initiator.session(), i)) {
                retries++;
                initiator.doWork();
            }
        }
        final long deadline = System.nanoTime() + DRAIN_TIMEOUT_NS;
        while (client.received < total && System.nanoTime() < deadline) {
            idle.idle(initiator.doWork());
        }
        venueThread.interrupt();
        venueThread.join();
        initiator.close();
        acceptor.close();
        if (client.received != total) {
            throw new IllegalStateException("only " + client.received + " of " + total + " reports arrived");
        }
        final Histogram h = client.recorder.histogram();
        System.out.printf(Locale.ROOT, "%,d sent, %,d reports, %,d send retries%n", total, client.received, retries);
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %10s %10s   (microseconds, receive - intended send)%n",
            "impl", "count", "p50", "p99", "p99.9", "max");
        System.out.printf(Locale.ROOT, "%-6s %10d %10.1f %10.1f %10.1f %10.1f%n", "hft", h.getTotalCount(),
            h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3, h.getValueAtPercentile(99.9) / 1e3,
            h.getMaxValue() / 1e3);
        Files.createDirectories(out);
        LatencyReport.writeHgrm(h, out.resolve("fix-rtt-hft.hgrm"), 1000.0);
        System.out.println("       " + out.resolve("fix-rtt-hft.hgrm") + " (values in microseconds)");
        List.of(store.resolve("client"), store.resolve("venue")).forEach(FixRoundTrip::deleteQuietly);
    }

    private static void deleteQuietly(final Path directory) {
        try (var files = Files.list(directory)) {
            files.forEach(file -> file.toFile().delete());
            Files.deleteIfExists(directory);
        } catch (final java.io.IOException e) {
            System.out.println("could not delete " + directory);
        }
    }

    private static boolean send(final FixSession session, final int index) {
        final FixEncoder order = session.claim(FixMsgType.NEW_ORDER_SINGLE);
        if (order == null) {
            return false;
        }
        order.putLong(FixTags.CL_ORD_ID, index).putChar(FixTags.HANDL_INST, '1').putString(FixTags.SYMBOL, "AAPL")
            .putChar(FixTags.SIDE, '1').putTimestamp(FixTags.TRANSACT_TIME, SystemClock.INSTANCE.epochNanos())
            .putLong(FixTags.ORDER_QTY, 100).putChar(FixTags.ORD_TYPE, '2').putPrice(FixTags.PRICE, 18_725_000_000L);
        return session.commit() == 0;
    }
}
