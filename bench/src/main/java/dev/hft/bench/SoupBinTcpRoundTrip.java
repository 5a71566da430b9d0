package dev.hft.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.paritytrading.nassau.MessageListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCP;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClient;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPClientStatusListener;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServer;
import com.paritytrading.nassau.soupbintcp.SoupBinTCPServerStatusListener;
import dev.hft.api.Result;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpAuthenticator;
import dev.hft.net.soupbintcp.SoupBinTcpClient;
import dev.hft.net.soupbintcp.SoupBinTcpClientListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.net.soupbintcp.SoupBinTcpDisconnectReason;
import dev.hft.net.soupbintcp.SoupBinTcpMessageStore;
import dev.hft.net.soupbintcp.SoupBinTcpServer;
import dev.hft.net.soupbintcp.SoupBinTcpServerListener;
import dev.hft.timing.IdleStrategies;
import dev.hft.timing.LatencyRecorder;
import dev.hft.timing.LatencyReport;
import dev.hft.timing.NanoClock;
import dev.hft.timing.SystemClock;
import dev.hft.timing.ThreadPinning;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * SoupBinTCP round-trip latency over loopback, hft against nassau in the same run, free of coordinated omission.
 *
 * <p>For each implementation a server thread echoes every unsequenced message it receives as a sequenced message,
 * and the client (this thread) sends unsequenced messages at a fixed rate, each carrying its <em>intended</em> send
 * time (start + i / rate, decided before the run). On each echo the client records receive time minus intended
 * send time in an HdrHistogram ({@link LatencyRecorder}); a stall anywhere (client, server, kernel) therefore
 * delays every message scheduled during it and shows up in the histogram instead of being skipped. The first
 * {@code warmup} messages of each run are not recorded. Both sides poll in a loop under the same idle strategy
 * (busy spin by default), TCP_NODELAY is set on all four sockets, and the client and server threads are pinned to
 * CPUs when the operating system allows it.
 * hft runs {@link SoupBinTcpClient} against {@link SoupBinTcpServer}; nassau runs its {@code SoupBinTCPClient}
 * against its {@code SoupBinTCPServer} (nassau-core 1.0.0, non-blocking channels, {@code receive()} and
 * {@code keepAlive()} every loop).
 *
 * <p>Run with {@code bench/soupbintcp-rtt.sh [key=value...]}, which passes the JVM flags, or by hand after
 * {@code mvn -q -DskipTests package}:
 * <pre>
 * java $(cat bench/target/classes/dev/hft/bench/jvm-flags.txt) -cp bench/target/benchmarks.jar \
 *     dev.hft.bench.SoupBinTcpRoundTrip [rate=10000] [warmup=20000] [count=100000] [size=32] \
 *     [clientCpu=0] [serverCpu=1] [idle=spin] [out=bench/results]
 * </pre>
 * {@code rate} is messages per second, {@code size} the message length in bytes (at least 16: intended time and
 * index), {@code clientCpu}/{@code serverCpu} the CPUs to pin to (-1: no pinning), {@code idle} what both threads
 * do after a poll that found nothing ({@code spin}, {@code yield}, {@code backoff}: see {@link IdleStrategies}).
 * It prints count, p50, p99, p99.9
 * and max for both implementations and writes {@code soupbintcp-rtt-hft.hgrm}, {@code soupbintcp-rtt-nassau.hgrm}
 * and a percentile plot {@code soupbintcp-rtt.png} into {@code out}.
 */
public final class SoupBinTcpRoundTrip {
    private static final NanoClock CLOCK = SystemClock.INSTANCE;
    private static final long DRAIN_TIMEOUT_NS = 10_000_000_000L;
    private static final long START_DELAY_NS = 50_000_000L;

    private SoupBinTcpRoundTrip() {
    }

    /**
     * Settings, from {@code key=value} arguments.
     *
     * @param rate      messages per second.
     * @param warmup    messages sent first and not recorded.
     * @param count     messages recorded.
     * @param size      message bytes, at least 16.
     * @param clientCpu CPU for the client thread, -1 for none.
     * @param serverCpu CPU for the server thread, -1 for none.
     * @param idle      the idle strategy of both threads between polls that found nothing ({@link IdleStrategies}).
     * @param out       directory for the .hgrm files and the plot.
     */
    record Settings(int rate, int warmup, int count, int size, int clientCpu, int serverCpu, String idle,
        Path out) {
        static Settings parse(final String[] args) {
            final Map<String, String> values = new LinkedHashMap<>();
            values.put("rate", "10000");
            values.put("warmup", "20000");
            values.put("count", "100000");
            values.put("size", "32");
            values.put("clientCpu", "0");
            values.put("serverCpu", "1");
            values.put("idle", "spin");
            values.put("out", "bench/results");
            for (final String arg : args) {
                final int equals = arg.indexOf('=');
                if (equals < 0 || !values.containsKey(arg.substring(0, equals))) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; known: " + values.keySet());
                }
                values.put(arg.substring(0, equals), arg.substring(equals + 1));
            }
            final Settings settings = new Settings(Integer.parseInt(values.get("rate")),
                Integer.parseInt(values.get("warmup")), Integer.parseInt(values.get("count")),
                Integer.parseInt(values.get("size")), Integer.parseInt(values.get("clientCpu")),
                Integer.parseInt(values.get("serverCpu")), values.get("idle"), Path.of(values.get("out")));
            IdleStrategies.of(settings.idle);
            if (settings.rate < 1 || settings.count < 1 || settings.warmup < 0 || settings.size < 16
                || settings.size > 1024) {
                throw new IllegalArgumentException("rate and count must be positive, size 16 to 1024: " + settings);
            }
            return settings;
        }

        IdleStrategy newIdleStrategy() {
            return IdleStrategies.of(idle);
        }

        int total() {
            return warmup + count;
        }

        long intervalNs() {
            return 1_000_000_000L / rate;
        }
    }

    /** The client side of one implementation, as the pacing loop sees it. */
    private interface Client {
        /** One duty cycle; echoes are handed to the {@link Echoes} given at construction. */
        int poll();

        /** Sends one message; {@code false} if it must be retried after a poll. */
        boolean trySend(long intendedNs, long index);

        void close();
    }

    /** Records echoes: receive time minus intended send time, after the warm-up. */
    private static final class Echoes {
        final LatencyRecorder recorder;
        final int warmup;
        long received;
        long outOfOrder;
        long expectedIndex;

        Echoes(final String name, final int warmup) {
            this.recorder = new LatencyRecorder(name);
            this.warmup = warmup;
        }

        void onEcho(final long intendedNs, final long index) {
            final long now = CLOCK.nanoTime();
            if (index != expectedIndex) {
                outOfOrder++;
            }
            expectedIndex = index + 1;
            received++;
            if (index >= warmup) {
                recorder.record(now - intendedNs);
            }
        }
    }

    /**
     * Runs the harness.
     *
     * @param args {@code key=value} settings, see the class comment.
     * @throws Exception if a socket cannot be set up or a thread is interrupted.
     */
    public static void main(final String[] args) throws Exception {
        final Settings settings = Settings.parse(args);
        System.out.printf(Locale.ROOT, "SoupBinTCP round trip over loopback: %,d msg/s, warm-up %,d, measured %,d,"
                + " %d-byte messages, idle strategy %s, %d CPUs%n", settings.rate, settings.warmup, settings.count,
            settings.size, settings.idle, Runtime.getRuntime().availableProcessors());

        final List<LatencyReport.Series> series = new ArrayList<>();
        final Histogram hft = runHft(settings);
        series.add(new LatencyReport.Series("hft", hft));
        final Histogram nassau = runNassau(settings);
        series.add(new LatencyReport.Series("nassau", nassau));

        System.out.println();
        System.out.printf(Locale.ROOT, "%-8s %10s %10s %10s %10s %10s   (microseconds, receive - intended send)%n",
            "impl", "count", "p50", "p99", "p99.9", "max");
        for (final LatencyReport.Series s : series) {
            final AbstractHistogram h = s.histogram();
            System.out.printf(Locale.ROOT, "%-8s %10d %10.1f %10.1f %10.1f %10.1f%n", s.name(), h.getTotalCount(),
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
            final Path hgrm = settings.out.resolve("soupbintcp-rtt-" + s.name() + ".hgrm");
            LatencyReport.writeHgrm(h, hgrm, 1000.0);
            System.out.println("         " + hgrm + " (values in microseconds)");
        }
        final Path png = settings.out.resolve("soupbintcp-rtt.png");
        LatencyReport.writePercentilePlot(png, String.format(Locale.ROOT,
            "SoupBinTCP round trip, loopback, %,d msg/s, %d B", settings.rate, settings.size), "us", 1000.0, series);
        System.out.println("plot: " + png);
    }

    private static void pin(final String who, final int cpu) {
        if (cpu < 0) {
            System.out.println("  " + who + ": not pinned (cpu -1)");
            return;
        }
        final ThreadPinning.Result result = ThreadPinning.pinCurrentThread(cpu);
        System.out.println("  " + who + ": " + result.detail());
    }

    /** Paces the sends, polls in between, then waits for the last echoes; returns the recorded histogram. */
    private static Histogram drive(final String name, final Settings settings, final Client client,
        final Echoes echoes) {
        final long interval = settings.intervalNs();
        final int total = settings.total();
        final IdleStrategy idle = settings.newIdleStrategy();
        final long start = CLOCK.nanoTime() + START_DELAY_NS;
        long retries = 0;
        for (int i = 0; i < total; i++) {
            final long intended = start + i * interval;
            while (CLOCK.nanoTime() < intended) {
                idle.idle(client.poll());
            }
            while (!client.trySend(intended, i)) {
                retries++;
                client.poll();
            }
        }
        final long deadline = CLOCK.nanoTime() + DRAIN_TIMEOUT_NS;
        while (echoes.received < total && CLOCK.nanoTime() < deadline) {
            idle.idle(client.poll());
        }
        client.close();
        final long elapsedMs = (CLOCK.nanoTime() - start) / 1_000_000L;
        System.out.printf(Locale.ROOT, "  %s: %,d sent, %,d echoed, %,d out of order, %,d send retries, %,d ms,"
                + " clamped %d%n", name, total, echoes.received, echoes.outOfOrder, retries, elapsedMs,
            echoes.recorder.clampedCount());
        if (echoes.received != total) {
            throw new IllegalStateException(name + ": only " + echoes.received + " of " + total + " echoes arrived");
        }
        return echoes.recorder.histogram().copy();
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private static void encode(final UnsafeBuffer message, final long intendedNs, final long index) {
        message.putLong(0, intendedNs, ByteOrder.BIG_ENDIAN);
        message.putLong(8, index, ByteOrder.BIG_ENDIAN);
    }

    // ------------------------------------------------------------------------------------------------ hft

    private static final class HftEchoServer implements SoupBinTcpServerListener {
        SoupBinTcpServer server;

        @Override
        public void onConnected(final int connectionId) {
        }

        @Override
        public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
        }

        @Override
        public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
            final int length) {
            if (server.trySendSequenced(buffer, offset, length) != Result.OK) {
                throw new IllegalStateException("echo refused");
            }
        }

        @Override
        public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
        }
    }

    private static final class HftClient implements Client, SoupBinTcpClientListener {
        final SoupBinTcpClient client;
        final Echoes echoes;
        final UnsafeBuffer message;
        final int size;

        HftClient(final Settings settings, final Echoes echoes) {
            this.client = new SoupBinTcpClient(new SoupBinTcpConfig(), CLOCK, this, WireErrorListener.NO_OP);
            this.echoes = echoes;
            this.size = settings.size;
            this.message = new UnsafeBuffer(ByteBuffer.allocateDirect(settings.size));
        }

        @Override
        public int poll() {
            return client.poll();
        }

        @Override
        public boolean trySend(final long intendedNs, final long index) {
            encode(message, intendedNs, index);
            final int result = client.trySendUnsequenced(message, 0, size);
            if (result == Result.OK) {
                return true;
            }
            if (result == Result.BACK_PRESSURED) {
                return false;
            }
            throw new IllegalStateException("hft send failed: " + Result.name(result));
        }

        @Override
        public void close() {
            client.close();
        }

        @Override
        public void onLoginAccepted(final long sequenceNumber) {
        }

        @Override
        public void onLoginRejected(final byte rejectReasonCode) {
            throw new IllegalStateException("login rejected");
        }

        @Override
        public void onSequencedMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            echoes.onEcho(buffer.getLong(offset, ByteOrder.BIG_ENDIAN), buffer.getLong(offset + 8,
                ByteOrder.BIG_ENDIAN));
        }

        @Override
        public void onEndOfSession() {
        }

        @Override
        public void onDisconnected(final SoupBinTcpDisconnectReason reason) {
        }
    }

    private static Histogram runHft(final Settings settings) throws Exception {
        System.out.println("hft: SoupBinTcpClient -> SoupBinTcpServer");
        final HftEchoServer echoServer = new HftEchoServer();
        final long storeBytes = (long) settings.total() * (settings.size + 3) + 4096;
        if (storeBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many messages for one store: " + storeBytes + " bytes");
        }
        final SoupBinTcpServer server = new SoupBinTcpServer("BENCH", new SoupBinTcpConfig(), 1,
            new SoupBinTcpMessageStore((int) storeBytes, settings.total() + 16), CLOCK,
            (connectionId, request) -> SoupBinTcpAuthenticator.ACCEPT, echoServer, WireErrorListener.NO_OP);
        echoServer.server = server;
        server.bind(loopback());
        final InetSocketAddress address = server.localAddress();

        final ServerThread serverThread = new ServerThread("hft-server", settings.serverCpu) {
            @Override
            void runLoop() {
                final IdleStrategy idle = settings.newIdleStrategy();
                while (running) {
                    idle.idle(server.poll());
                }
                server.close();
            }
        };
        serverThread.start();
        pin("client", settings.clientCpu);

        final Echoes echoes = new Echoes("hft", settings.warmup);
        final HftClient client = new HftClient(settings, echoes);
        client.client.login("bench", "bench", "", 1);
        client.client.connect(address);
        final long deadline = CLOCK.nanoTime() + DRAIN_TIMEOUT_NS;
        while (!client.client.isLoggedIn()) {
            client.poll();
            if (CLOCK.nanoTime() > deadline) {
                throw new IllegalStateException("hft login timed out: " + client.client);
            }
        }
        try {
            return drive("hft", settings, client, echoes);
        } finally {
            serverThread.halt();
        }
    }

    // ------------------------------------------------------------------------------------------------ nassau

    private static final class NassauEchoServer implements MessageListener, SoupBinTCPServerStatusListener {
        SoupBinTCPServer session;

        @Override
        public void message(final ByteBuffer buffer) throws IOException {
            session.send(buffer);
        }

        @Override
        public void loginRequest(final SoupBinTCPServer server, final SoupBinTCP.LoginRequest request)
            throws IOException {
            final SoupBinTCP.LoginAccepted accepted = new SoupBinTCP.LoginAccepted();
            accepted.setSession("BENCH");
            accepted.setSequenceNumber(1);
            server.accept(accepted);
        }

        @Override
        public void logoutRequest(final SoupBinTCPServer server) throws IOException {
            server.close();
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPServer server) throws IOException {
            server.close();
        }
    }

    private static final class NassauClient implements Client, MessageListener, SoupBinTCPClientStatusListener {
        final SoupBinTCPClient client;
        final SocketChannel channel;
        final Echoes echoes;
        final ByteBuffer message;
        volatile boolean loggedIn;

        NassauClient(final Settings settings, final InetSocketAddress address, final Echoes echoes)
            throws IOException {
            this.channel = SocketChannel.open(address);
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
            this.client = new SoupBinTCPClient(channel, 1024, this, this);
            this.echoes = echoes;
            this.message = ByteBuffer.allocateDirect(settings.size).order(ByteOrder.BIG_ENDIAN);
        }

        @Override
        public int poll() {
            try {
                final int read = client.receive();
                client.keepAlive();
                return Math.max(0, read);
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public boolean trySend(final long intendedNs, final long index) {
            message.clear();
            message.putLong(0, intendedNs).putLong(8, index);
            try {
                client.send(message);
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return true;
        }

        @Override
        public void close() {
            try {
                client.close();
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public void message(final ByteBuffer buffer) {
            final int position = buffer.position();
            echoes.onEcho(buffer.getLong(position), buffer.getLong(position + 8));
        }

        @Override
        public void heartbeatTimeout(final SoupBinTCPClient session) {
            throw new IllegalStateException("nassau client heartbeat timeout");
        }

        @Override
        public void loginAccepted(final SoupBinTCPClient session, final SoupBinTCP.LoginAccepted payload) {
            loggedIn = true;
        }

        @Override
        public void loginRejected(final SoupBinTCPClient session, final SoupBinTCP.LoginRejected payload) {
            throw new IllegalStateException("nassau login rejected");
        }

        @Override
        public void endOfSession(final SoupBinTCPClient session) {
        }
    }

    private static Histogram runNassau(final Settings settings) throws Exception {
        System.out.println("nassau: SoupBinTCPClient -> SoupBinTCPServer (nassau-core 1.0.0)");
        final ServerSocketChannel acceptor = ServerSocketChannel.open();
        acceptor.bind(loopback());
        final InetSocketAddress address = (InetSocketAddress) acceptor.getLocalAddress();

        final ServerThread serverThread = new ServerThread("nassau-server", settings.serverCpu) {
            @Override
            void runLoop() throws IOException {
                final SocketChannel channel = acceptor.accept();
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, Boolean.TRUE);
                final NassauEchoServer echo = new NassauEchoServer();
                final SoupBinTCPServer session = new SoupBinTCPServer(channel, 1024, echo, echo);
                echo.session = session;
                final IdleStrategy idle = settings.newIdleStrategy();
                try {
                    while (running) {
                        final int read = session.receive();
                        if (read < 0) {
                            break;
                        }
                        session.keepAlive();
                        idle.idle(read);
                    }
                } catch (final IOException ex) {
                    // the client closed its end first (a reset); missing echoes, if any, fail the client side
                }
                session.close();
                acceptor.close();
            }
        };
        serverThread.start();
        pin("client", settings.clientCpu);

        final Echoes echoes = new Echoes("nassau", settings.warmup);
        final NassauClient client = new NassauClient(settings, address, echoes);
        final SoupBinTCP.LoginRequest login = new SoupBinTCP.LoginRequest();
        login.setUsername("bench");
        login.setPassword("bench");
        login.setRequestedSession("");
        login.setRequestedSequenceNumber(1);
        client.client.login(login);
        final long deadline = CLOCK.nanoTime() + DRAIN_TIMEOUT_NS;
        while (!client.loggedIn) {
            client.poll();
            if (CLOCK.nanoTime() > deadline) {
                throw new IllegalStateException("nassau login timed out");
            }
        }
        try {
            return drive("nassau", settings, client, echoes);
        } finally {
            serverThread.halt();
        }
    }

    /** A busy-spinning server thread, pinned if possible; reports a failure in its loop when halted. */
    private abstract static class ServerThread extends Thread {
        private final int cpu;
        volatile boolean running = true;
        private volatile Throwable failure;

        ServerThread(final String name, final int cpu) {
            super(name);
            this.cpu = cpu;
            setDaemon(true);
        }

        abstract void runLoop() throws Exception;

        @Override
        public final void run() {
            pin("server", cpu);
            try {
                runLoop();
            } catch (final Throwable t) {
                failure = t;
            }
        }

        void halt() throws InterruptedException {
            running = false;
            join(DRAIN_TIMEOUT_NS / 1_000_000L);
            if (failure != null) {
                throw new IllegalStateException(getName() + " failed", failure);
            }
        }
    }
}
