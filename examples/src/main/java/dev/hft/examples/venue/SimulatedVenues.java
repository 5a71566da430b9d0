package dev.hft.examples.venue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;

import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.venue.OuchVenue;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import dev.hft.timing.SystemClock;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;

/**
 * The simulated venues of the demo, each a real loopback server: a {@link MatchingEngine}, order entry (OUCH 5.0 over
 * SoupBinTCP, one port per account; or FIX 4.4 on a QuickFIX/J acceptor, one session per account), ITCH 5.0 market
 * data over MoldUDP64 unicast to the address the caller gives, a MoldUDP64 re-request server, background flow around a
 * drifting price ({@link DriftingOrderFlow}) and the venue's own records per account ({@link #record(int, int)}).
 *
 * <pre>
 * DatagramChannel feed = MoldUdp64Channels.openUnicast(new InetSocketAddress("127.0.0.1", 0)); // bind first
 * try (SimulatedVenues venues = new SimulatedVenues(VenuesConfig.defaults(), List.of(feed.getLocalAddress(), ...),
 *         SystemClock.INSTANCE, SystemClock.INSTANCE)) {
 *     venues.start();                                  // one venue thread runs every venue
 *     gateway.connect(venues.orderEntryAddress(0, 0)); // login as venues.spec(0).account(0)
 *     ...
 * }
 * </pre>
 *
 * <p><b>Threading:</b> construction binds every socket, builds the opening books (the market data starts at
 * sequence number 1 with them) and starts nothing. {@link #start()} starts ONE venue thread that runs every venue's
 * duty cycle ({@link #doWork()}): order entry (requests, the latency delay ring, reports), background flow by
 * schedule, MoldUDP64 packets and heartbeats, re-requests. Without {@link #start()} the caller drives
 * {@link #doWork()} itself (tests with a manual clock). Addresses, specs and {@link #record(int, int)} are safe from
 * any thread; {@link #engine(int)} only from the thread that runs the duty cycle (or after {@link #close()}).
 * QuickFIX/J runs its own threads for the FIX venue and hands messages to the venue thread over a queue.
 */
public final class SimulatedVenues implements AutoCloseable {
    /** Background owners per venue ({@code 1} to this); order-entry owners start at {@link OuchVenue#PORT_OWNER_BASE}.
     */
    public static final int BACKGROUND_OWNERS = 8;

    private static final int FLOW_BURST = 64;
    private static final long MAX_FLOW_LAG_NS = 100_000_000L;

    private final VenuesConfig config;
    private final NanoClock clock;
    private final Venue[] venues;
    private volatile boolean running;
    private volatile Throwable failure;
    private Thread thread;
    private boolean closed;

    /**
     * Builds and binds every venue (order entry on 127.0.0.1, the configured port or any free one) and applies the
     * opening background flow. Market data goes to {@code marketDataDestinations.get(v)} for venue {@code v}: the
     * receiver binds its socket first.
     *
     * @param config                 the venues.
     * @param marketDataDestinations one address per venue, in configuration order.
     * @param clock                  monotonic time (latency, flow schedule, heartbeats, sessions).
     * @param epochClock             engine time (report and ITCH timestamps).
     * @throws IOException if a socket cannot be opened or bound (everything opened so far is closed).
     */
    public SimulatedVenues(final VenuesConfig config, final List<? extends SocketAddress> marketDataDestinations,
        final NanoClock clock, final EpochNanoClock epochClock) throws IOException {
        config.validate();
        final List<VenueSpec> specs = config.venues();
        if (marketDataDestinations.size() != specs.size()) {
            throw new IllegalArgumentException("one market data destination per venue: " + specs.size()
                + " venues, " + marketDataDestinations.size() + " destinations");
        }
        this.config = config;
        this.clock = clock;
        this.venues = new Venue[specs.size()];
        try {
            for (int v = 0; v < venues.length; v++) {
                venues[v] = new Venue(specs.get(v), marketDataDestinations.get(v), config, clock, epochClock);
            }
        } catch (final IOException | RuntimeException ex) {
            close();
            throw ex;
        }
        final long now = clock.nanoTime();
        for (final Venue venue : venues) {
            venue.open(config.openingEvents(), now);
        }
    }

    /**
     * Builds the venues on the system clock and starts the venue thread.
     *
     * @param config                 the venues.
     * @param marketDataDestinations one address per venue.
     * @return the running venues.
     * @throws IOException if a socket cannot be opened or bound.
     */
    public static SimulatedVenues start(final VenuesConfig config,
        final List<? extends SocketAddress> marketDataDestinations) throws IOException {
        final SimulatedVenues venues = new SimulatedVenues(config, marketDataDestinations, SystemClock.INSTANCE,
            SystemClock.INSTANCE);
        venues.start();
        return venues;
    }

    /** Starts the venue thread ({@code hft-venues}); it backs off to 20 µs parks when idle. Once. */
    public synchronized void start() {
        if (thread != null || closed) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        running = true;
        thread = new Thread(this::run, "hft-venues");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        final IdleStrategy idle = new BackoffIdleStrategy(10, 10, 1_000, 20_000);
        try {
            while (running) {
                idle.idle(doWork());
            }
        } catch (final Throwable ex) {
            failure = ex;
        }
    }

    /**
     * One duty cycle of every venue: order entry, the delay ring, background flow due by now, market data and
     * re-requests, then the records. Called by the venue thread after {@link #start()}; otherwise by the caller.
     *
     * @return work done.
     */
    public int doWork() {
        final long now = clock.nanoTime();
        int work = 0;
        for (final Venue venue : venues) {
            work += venue.doWork(now);
        }
        return work;
    }

    /**
     * Number of venues.
     *
     * @return count; venue indexes are 0 to this minus one, in configuration order.
     */
    public int venueCount() {
        return venues.length;
    }

    /**
     * A venue's specification.
     *
     * @param venue venue index.
     * @return the spec.
     */
    public VenueSpec spec(final int venue) {
        return venues[venue].spec;
    }

    /**
     * Index of a venue by name.
     *
     * @param name the venue's name.
     * @return its index, or -1.
     */
    public int venueIndex(final String name) {
        for (int v = 0; v < venues.length; v++) {
            if (venues[v].spec.name().equals(name)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Where an account's order entry connects: the account's own OUCH port, or the FIX acceptor (same for every
     * account).
     *
     * @param venue   venue index.
     * @param account account index ({@link VenueSpec#account(int)}).
     * @return a loopback address.
     */
    public InetSocketAddress orderEntryAddress(final int venue, final int account) {
        return venues[venue].entry.address(account);
    }

    /**
     * Where a venue's MoldUDP64 re-request server listens.
     *
     * @param venue venue index.
     * @return a loopback address.
     */
    public InetSocketAddress requestServerAddress(final int venue) {
        return venues[venue].feed.requestAddress();
    }

    /**
     * A venue's MoldUDP64 session name (its name).
     *
     * @param venue venue index.
     * @return the session.
     */
    public String marketDataSession(final int venue) {
        return venues[venue].spec.name();
    }

    /**
     * The identity an account logs in with: the SoupBinTCP username (any password is accepted) or the FIX
     * SenderCompID (the TargetCompID is {@link #venueCompId(int)}).
     *
     * @param venue   venue index.
     * @param account account index.
     * @return the account's name.
     */
    public String loginName(final int venue, final int account) {
        return venues[venue].spec.account(account);
    }

    /**
     * The venue's FIX CompID (the client's TargetCompID): its name.
     *
     * @param venue venue index.
     * @return the CompID.
     */
    public String venueCompId(final int venue) {
        return venues[venue].spec.name();
    }

    /**
     * The venue's own records for an account, a consistent snapshot as of the last duty cycle. Any thread.
     *
     * @param venue   venue index.
     * @param account account index.
     * @return the snapshot.
     */
    public AccountRecord record(final int venue, final int account) {
        return venues[venue].records.snapshot(account);
    }

    /**
     * Every account's records on every venue.
     *
     * @return snapshots, venue by venue.
     */
    public List<AccountRecord> records() {
        final List<AccountRecord> all = new ArrayList<>();
        for (final Venue venue : venues) {
            for (int a = 0; a < venue.records.accountCount(); a++) {
                all.add(venue.records.snapshot(a));
            }
        }
        return all;
    }

    /**
     * A venue's engine, for book queries: only from the thread running the duty cycle, or when none runs.
     *
     * @param venue venue index.
     * @return the engine.
     */
    public MatchingEngine engine(final int venue) {
        return venues[venue].entry.engine();
    }

    /**
     * Market data messages a venue has published (eventually visible from other threads).
     *
     * @param venue venue index.
     * @return count.
     */
    public long marketDataMessages(final int venue) {
        return venues[venue].feed.sender().messagesSent();
    }

    /**
     * Messages a venue's re-request server has sent again.
     *
     * @param venue venue index.
     * @return count.
     */
    public long retransmittedMessages(final int venue) {
        return venues[venue].feed.requestServer().messagesRetransmitted();
    }

    /**
     * Background requests a venue has applied.
     *
     * @param venue venue index.
     * @return count.
     */
    public long backgroundRequests(final int venue) {
        return venues[venue].flow.applied();
    }

    /**
     * Orders a venue has received and holds until its latency has passed (venue thread, or when none runs).
     *
     * @param venue venue index.
     * @return requests waiting.
     */
    public int delayedRequests(final int venue) {
        return venues[venue].entry.delayedRequests();
    }

    /**
     * What stopped the venue thread, if anything did.
     *
     * @return the throwable, or {@code null}.
     */
    public Throwable failure() {
        return failure;
    }

    /** Stops the venue thread, ends each MoldUDP64 session and closes every socket and the FIX acceptor. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (final InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        for (final Venue venue : venues) {
            if (venue != null) {
                venue.close();
            }
        }
    }

    static MatchingEngineConfig engineConfig(final VenueSpec spec) {
        final MatchingEngineConfig engineConfig = new MatchingEngineConfig().maxOrders(1 << 16)
            .maxLevelsPerSide(1024);
        for (int i = 0; i < spec.instrumentCount(); i++) {
            engineConfig.instrument(spec.symbol(i), spec.tickSizeFixed(i), spec.lotSize(i));
        }
        return engineConfig;
    }

    /** One venue: order entry, engine, feed, flow and records. */
    private static final class Venue {
        final VenueSpec spec;
        final VenueRecords records;
        final VenueFeed feed;
        final OrderEntry entry;
        final DriftingOrderFlow flow;
        final EpochNanoClock epochClock;
        final long flowIntervalNs;
        long nextFlowNs;

        Venue(final VenueSpec spec, final SocketAddress destination, final VenuesConfig config, final NanoClock clock,
            final EpochNanoClock epochClock) throws IOException {
            this.spec = spec;
            this.epochClock = epochClock;
            this.records = new VenueRecords(spec);
            final MatchingEngineConfig engineConfig = engineConfig(spec);
            this.feed = new VenueFeed(spec.name(), engineConfig, destination, clock, config.heartbeatIntervalNs());
            try {
                this.entry = spec.protocol() == VenueProtocol.OUCH
                    ? new OuchEntry(spec, engineConfig, clock, epochClock, feed.publisher(), records)
                    : new FixVenue(spec, engineConfig, clock, epochClock, feed.publisher(), records);
            } catch (final IOException | RuntimeException ex) {
                feed.close();
                throw ex;
            }
            this.flow = new DriftingOrderFlow(entry.engine(), spec, BACKGROUND_OWNERS);
            this.flowIntervalNs = spec.flowRatePerSecond() == 0 ? Long.MAX_VALUE
                : 1_000_000_000L / spec.flowRatePerSecond();
        }

        void open(final int openingEvents, final long nowNs) {
            feed.publisher().publishStartOfDay(epochClock.epochNanos());
            for (int i = 0; i < openingEvents; i++) {
                flow.step();
            }
            feed.doWork();
            nextFlowNs = nowNs;
            records.publish();
        }

        int doWork(final long nowNs) {
            int work = entry.doWork();
            if (flowIntervalNs != Long.MAX_VALUE) {
                if (nowNs - nextFlowNs > MAX_FLOW_LAG_NS) {
                    nextFlowNs = nowNs;                       // the thread was descheduled: no catch-up burst
                }
                for (int n = 0; n < FLOW_BURST && nowNs - nextFlowNs >= 0; n++) {
                    flow.step();
                    nextFlowNs += flowIntervalNs;
                    work++;
                }
            }
            work += feed.doWork();
            if (work > 0) {
                entry.updateOpenOrders(records);
                records.publish();
            }
            return work;
        }

        void close() {
            try {
                feed.endOfSession();
            } finally {
                entry.close();
                feed.close();
            }
        }
    }
}
