package dev.hft.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.hft.api.ExecInstructions;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.RejectReason;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.api.VenueRegistry;
import dev.hft.api.strategy.Strategy;
import dev.hft.book.ConsolidatedBook;
import dev.hft.engine.config.ConfigException;
import dev.hft.engine.config.EngineConfig;
import dev.hft.engine.config.StrategyConfig;
import dev.hft.engine.config.VenueConfig;
import dev.hft.engine.config.VenueProtocol;
import dev.hft.engine.feed.ItchFeed;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.fix.FixInitiator;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixSessionConfig;
import dev.hft.net.fix.FixSessionListener;
import dev.hft.net.fix.FixVenueGateway;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.VenueCapabilities;
import dev.hft.oms.algo.ParentOrders;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.audit.AuditDrainer;
import dev.hft.risk.audit.AuditFileSink;
import dev.hft.risk.audit.AuditSink;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;

/**
 * A trading engine built from an {@link EngineConfig}: per venue a feed into the venue's book and the consolidated
 * book, the strategies (each with its own {@link dev.hft.api.strategy.StrategyContext}), the order manager with
 * pre-trade risk and the kill switch, the parent order types, the smart order router and the venues' gateways (OUCH
 * over SoupBinTCP, FIX 4.4, or any {@link VenueGateway} the host supplies).
 *
 * <p><b>Threads.</b> The engine starts none. It hands the host {@link Agent}s: {@link #tradingAgent()} runs the whole
 * tick-to-trade path and every strategy callback and must run on one thread (the trading thread; pin it);
 * {@link #auditAgent()} drains the risk audit log to its file and may run on any other thread. Run them under Agrona
 * {@code AgentRunner}s with the idle strategy of your choice, or call {@code doWork()} in your own loop.
 * {@link KillSwitch#trigger} may be called from any thread.
 *
 * <pre>{@code
 * Engine engine = Engine.builder(EngineConfig.load(path)).clocks(clock, clock).build();
 * AgentRunner trading = new AgentRunner(new BusySpinIdleStrategy(), Throwable::printStackTrace, null,
 *     engine.tradingAgent());
 * AgentRunner.startOnThread(trading);
 * }</pre>
 *
 * <p>Steady state allocates nothing. Start-up (build, the first duty cycle, which calls every strategy's
 * {@code onStart}) may.
 */
public final class Engine implements AutoCloseable {
    private final EngineCore core;
    private final TradingAgent tradingAgent;
    private final AuditDrainer auditAgent;
    private final FixInitiator[] fixInitiators;

    private Engine(final Builder builder) throws IOException {
        final EngineConfig config = builder.config.validate();
        this.core = new EngineCore(config, builder.clock, builder.epochClock);
        core.probe = builder.probe;
        if (builder.orderListener != null) {
            core.observer = builder.orderListener;
        }
        final List<StrategyConfig> strategyConfigs = config.strategies();
        final StrategyRuntime[] runtimes = new StrategyRuntime[strategyConfigs.size()];
        for (int s = 0; s < runtimes.length; s++) {
            final StrategyConfig entry = strategyConfigs.get(s);
            final String key = "strategies[" + s + "]";
            final Strategy strategy = entry.create(key);
            final boolean[] allowed = new boolean[core.venueCount];
            if (entry.venues().isEmpty()) {
                java.util.Arrays.fill(allowed, true);
            } else {
                for (final String venue : entry.venues()) {
                    allowed[config.venueId(venue)] = true;
                }
            }
            runtimes[s] = new StrategyRuntime(core, s, entry.name(), strategy, entry.parameters(), allowed);
        }
        core.strategies(runtimes);
        for (int s = 0; s < runtimes.length; s++) {
            final List<String> symbols = strategyConfigs.get(s).instruments();
            final int[] ids = new int[symbols.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = config.instrumentId(symbols.get(i));
            }
            runtimes[s].configuredInstruments = ids;         // subscribed when the strategy starts
        }
        this.fixInitiators = new FixInitiator[core.venueCount];
        for (int v = 0; v < core.venueCount; v++) {
            final VenueConfig venue = config.venues().get(v);
            final GatewayFactory factory = builder.gateways[v];
            if (factory != null) {
                final VenueGateway gateway = factory.create(v, core.instruments, core.oms);
                core.gateway(v, gateway, gateway instanceof Agent ? agentSession((Agent) gateway) : null,
                    VenueCapabilities.ALL);
            } else {
                buildGateway(v, venue, builder);
            }
            if (builder.feeds[v] != null) {
                core.feeds[v] = builder.feeds[v];
            } else if (venue.feed() != null) {
                core.feeds[v] = new ItchFeed(venue.feed(), core.instruments, builder.clock,
                    new WireErrorCounters("md-" + venue.name(), WireErrorListener.NO_OP));
            }
        }
        if (builder.journal != null) {
            core.oms.journal(builder.journal);
        }
        this.tradingAgent = new TradingAgent(core);
        final AuditSink sink = config.auditFile() == null ? new DiscardingAuditSink()
            : new AuditFileSink(Path.of(config.auditFile()), 1 << 16);
        this.auditAgent = new AuditDrainer(core.auditLog, sink, 64);
    }

    private static EngineCore.Session agentSession(final Agent agent) {
        return () -> {
            try {
                return agent.doWork();
            } catch (final RuntimeException ex) {
                throw ex;
            } catch (final Exception ex) {
                throw new IllegalStateException(agent.roleName() + " failed", ex);
            }
        };
    }

    private void buildGateway(final int v, final VenueConfig venue, final Builder builder) throws IOException {
        final String key = "venues[" + v + "]";
        if (venue.protocol() == VenueProtocol.IN_PROCESS) {
            throw new ConfigException(key + ".protocol", "IN_PROCESS venue " + venue.name()
                + " needs a gateway from the host (Engine.Builder.gateway)");
        }
        final WireErrorCounters errors = new WireErrorCounters("order-entry-" + venue.name(),
            WireErrorListener.NO_OP);
        if (venue.protocol() == VenueProtocol.OUCH) {
            final OuchVenueGateway gateway = new OuchVenueGateway(v, core.instruments,
                new OuchVenueGateway.Config().maxOrders(venue.maxOrders()).firm(venue.firm()),
                new SoupBinTcpConfig(), builder.clock, builder.epochClock, core.oms, WireErrorListener.NO_OP);
            gateway.login(venue.username(), venue.password());
            final int result = gateway.connect(venue.orderEntry());
            if (result < 0) {
                throw new IOException("cannot connect to " + venue.name() + " at " + venue.orderEntry() + ": "
                    + dev.hft.api.Result.name(result));
            }
            core.gateway(v, gateway, gateway::poll, VenueCapabilities.of(ExecInstructions.POST_ONLY,
                TimeInForce.DAY, TimeInForce.IOC));
            return;
        }
        final Path store = venue.fixStoreDir() != null ? Path.of(venue.fixStoreDir())
            : Files.createTempDirectory("hft-fix-" + venue.name());
        final FixVenueGateway[] holder = new FixVenueGateway[1];
        final FixSessionConfig session = new FixSessionConfig(venue.username(), venue.targetCompId(), store)
            .resetSeqNumOnLogon(true);
        final String password = venue.password();
        if (!password.isEmpty()) {                 // an empty Password(554) is malformed: send no credentials
            session.credentials(venue.username(), password);
        }
        final FixInitiator initiator = new FixInitiator(session,
            venue.orderEntry(), builder.epochClock, new FixSessionListener() {
                @Override
                public void onMessage(final int msgType, final FixMessageDecoder message) {
                    holder[0].onMessage(msgType, message);
                }
            }, errors);
        holder[0] = new FixVenueGateway(v, initiator.session(), core.instruments, core.oms, builder.epochClock,
            venue.maxOrders());
        fixInitiators[v] = initiator;
        core.gateway(v, holder[0], initiator::doWork, VenueCapabilities.of(ExecInstructions.NONE, TimeInForce.DAY,
            TimeInForce.IOC));
    }

    /**
     * Starts building an engine.
     *
     * @param config the configuration (validated by {@link Builder#build()}).
     * @return a builder.
     */
    public static Builder builder(final EngineConfig config) {
        return new Builder(config);
    }

    /**
     * The agent for the trading thread: each {@code doWork()} polls every feed (books, then strategies' market
     * data, then {@code onBatchEnd}), every venue session, the router's re-routing, the order manager's and parent
     * orders' timers and the kill switch, delivers own-order events and fires due timers. Its first duty cycle
     * (or {@code onStart()}) subscribes every strategy to its configured instruments and calls its
     * {@code onStart}; with {@link EngineConfig#startWhenConnected(boolean)} that waits for the first duty cycle at
     * which every venue's session is logged on (the books are kept meanwhile). {@code onClose()} calls their
     * {@code onStop} and cancels what they left open.
     *
     * @return the agent; run it on one thread only.
     */
    public Agent tradingAgent() {
        return tradingAgent;
    }

    /**
     * The agent draining the risk audit log to the configured file (or discarding it); any thread but the trading
     * thread.
     *
     * @return the agent.
     */
    public Agent auditAgent() {
        return auditAgent;
    }

    /**
     * The sink of a venue's market data, for a host that feeds the engine itself on the trading thread (a backtest,
     * a test); events reach strategies at once, {@code onBatchEnd} at the next duty cycle.
     *
     * @param venueId the venue.
     * @return its sink.
     */
    public MarketDataSink marketData(final int venueId) {
        return core.sinks[venueId];
    }

    /**
     * The instruments, by dense id.
     *
     * @return the registry.
     */
    public InstrumentRegistry instruments() {
        return core.instruments;
    }

    /**
     * The venues, by dense id.
     *
     * @return the registry.
     */
    public VenueRegistry venues() {
        return core.venues;
    }

    /**
     * A strategy.
     *
     * @param strategyId its dense id.
     * @return the strategy object.
     */
    public Strategy strategy(final int strategyId) {
        return core.strategies[strategyId].strategy;
    }

    /**
     * A strategy's positions and P&amp;L (read on the trading thread, or after the agents stopped).
     *
     * @param strategyId its dense id.
     * @return the view.
     */
    public dev.hft.api.strategy.PositionView positions(final int strategyId) {
        return core.strategies[strategyId].positions;
    }

    /**
     * The local refusals of a strategy's orders for one reason, counted since start: its direct orders, replaces
     * and cancels and its parents' children that the engine, the order manager or pre-trade risk refused before
     * they left (the strategy saw the refusal as a result code, or a child as {@code onOrderRejected}).
     *
     * @param strategyId the strategy.
     * @param reason     the reason.
     * @return the count; 0 for an unknown strategy.
     */
    public long refusals(final int strategyId, final RejectReason reason) {
        return core.refusals(strategyId, reason);
    }

    /**
     * A venue's market-data feed: the one the configuration describes (an
     * {@link ItchFeed}, whose counters the host may read after the agents stopped) or the one the host supplied.
     *
     * @param venueId the venue.
     * @return the feed, or {@code null} if the venue has none.
     */
    public MarketDataFeed feed(final int venueId) {
        return core.feeds[venueId];
    }

    /**
     * A venue's gateway.
     *
     * @param venueId the venue.
     * @return the gateway.
     */
    public VenueGateway gateway(final int venueId) {
        return core.gateways[venueId];
    }

    /**
     * Whether the strategies were started (their {@code onStart} called).
     *
     * @return {@code true} once started.
     */
    public boolean strategiesStarted() {
        return core.isStarted();
    }

    /**
     * Whether every venue's gateway is connected and logged on.
     *
     * @return {@code true} when all are.
     */
    public boolean allConnected() {
        for (final VenueGateway gateway : core.gateways) {
            if (gateway == null || !gateway.isConnected()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The kill switch: {@code trigger} from any thread cancels every open order and refuses new ones.
     *
     * @return the kill switch.
     */
    public KillSwitch killSwitch() {
        return core.killSwitch;
    }

    /**
     * The pre-trade risk checker (trading thread).
     *
     * @return the checker.
     */
    public RiskChecker risk() {
        return core.risk;
    }

    /**
     * The order manager (trading thread).
     *
     * @return the order manager.
     */
    public OrderManager orderManager() {
        return core.oms;
    }

    /**
     * The parent order types (trading thread).
     *
     * @return the parent orders.
     */
    public ParentOrders parentOrders() {
        return core.parents;
    }

    /**
     * The smart order router (trading thread).
     *
     * @return the router.
     */
    public SmartOrderRouter router() {
        return core.sor;
    }

    /**
     * The consolidated book of an instrument (trading thread).
     *
     * @param instrumentId the instrument.
     * @return the book.
     */
    public ConsolidatedBook book(final int instrumentId) {
        return core.books[instrumentId];
    }

    /** Closes the feeds and sessions; call after the agents stopped. */
    @Override
    public void close() {
        for (int v = 0; v < core.venueCount; v++) {
            final VenueGateway gateway = core.gateways[v];
            CloseHelper.quietCloseAll(core.feeds[v], fixInitiators[v],
                gateway instanceof AutoCloseable ? (AutoCloseable) gateway : null);
        }
        CloseHelper.quietClose(auditAgent::onClose);
    }

    /** Builds an {@link Engine}. */
    public static final class Builder {
        private final EngineConfig config;
        private final GatewayFactory[] gateways;
        private final MarketDataFeed[] feeds;
        private NanoClock clock;
        private EpochNanoClock epochClock;
        private OrderJournal journal;
        private EngineProbe probe;
        private OmsListener orderListener;

        private Builder(final EngineConfig config) {
            this.config = config;
            final int venues = config.venues().size();
            this.gateways = new GatewayFactory[venues];
            this.feeds = new MarketDataFeed[venues];
        }

        /**
         * Sets the clocks (required): a monotonic clock for latencies and timeouts, an epoch clock for timestamps
         * and the strategies' timers. A test or backtest gives a manual clock for both.
         *
         * @param clock      the monotonic clock.
         * @param epochClock the epoch clock.
         * @return this.
         */
        public Builder clocks(final NanoClock clock, final EpochNanoClock epochClock) {
            this.clock = clock;
            this.epochClock = epochClock;
            return this;
        }

        /**
         * Supplies a venue's gateway instead of the session its configuration describes.
         *
         * @param venueName the venue's configured name.
         * @param factory   creates the gateway.
         * @return this.
         */
        public Builder gateway(final String venueName, final GatewayFactory factory) {
            gateways[venueIndex(venueName)] = factory;
            return this;
        }

        /**
         * Supplies a venue's market data instead of the feed its configuration describes.
         *
         * @param venueName the venue's configured name.
         * @param feed      the feed, polled by the trading agent.
         * @return this.
         */
        public Builder feed(final String venueName, final MarketDataFeed feed) {
            feeds[venueIndex(venueName)] = feed;
            return this;
        }

        /**
         * Sets the order manager's journal.
         *
         * @param value the journal.
         * @return this.
         */
        public Builder journal(final OrderJournal value) {
            this.journal = value;
            return this;
        }

        /**
         * Sets the probe the trading agent marks the tick-to-trade stages on (default: none).
         *
         * @param value the probe, or {@code null}.
         * @return this.
         */
        public Builder probe(final EngineProbe value) {
            this.probe = value;
            return this;
        }

        /**
         * Sets a listener that hears every order event the order manager reports (all strategies, on the trading
         * thread, after the engine booked it and before the owning strategy hears of it in the same duty cycle):
         * for counters and reports. It must not call back into the engine, block or allocate.
         *
         * @param value the listener, or {@code null}.
         * @return this.
         */
        public Builder orderListener(final OmsListener value) {
            this.orderListener = value;
            return this;
        }

        private int venueIndex(final String venueName) {
            final int v = config.venueId(venueName);
            if (v < 0) {
                throw new ConfigException("venues", "no venue named " + venueName);
            }
            return v;
        }

        /**
         * Validates the configuration and builds the engine: instantiates the strategies, opens the feeds' sockets
         * and starts connecting the order-entry sessions (connection and logon complete in the trading agent's duty
         * cycles).
         *
         * @return the engine.
         * @throws ConfigException      naming the bad key.
         * @throws UncheckedIOException if a socket cannot be opened.
         */
        public Engine build() {
            if (clock == null || epochClock == null) {
                throw new IllegalStateException("clocks(...) is required");
            }
            try {
                return new Engine(this);
            } catch (final IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    /** Throws the audit records away (no audit file configured). */
    private static final class DiscardingAuditSink implements AuditSink {
        @Override
        public void onRecord(final int type, final DirectBuffer buffer, final int offset, final int length) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
