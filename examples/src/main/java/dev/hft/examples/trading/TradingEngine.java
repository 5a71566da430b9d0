package dev.hft.examples.trading;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventFanOut;
import dev.hft.api.OrderEventListener;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.Venue;
import dev.hft.api.VenueGateway;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.fix.FixInitiator;
import dev.hft.net.fix.FixMessageDecoder;
import dev.hft.net.fix.FixSessionConfig;
import dev.hft.net.fix.FixSessionListener;
import dev.hft.net.fix.FixVenueGateway;
import dev.hft.net.ouch.OuchVenueGateway;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.oms.FeeModel;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderEvent;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderJournal;
import dev.hft.oms.OrderManager;
import dev.hft.oms.OrderState;
import dev.hft.oms.VenueCapabilities;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.KillSwitchReport;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditLog;
import dev.hft.sor.ParentOrderListener;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.sor.SorConfig;
import dev.hft.sor.VenueModel;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.CloseHelper;

/**
 * The trading application's components and its duty cycle, all on one thread (design.md's tick-to-trade path):
 * per venue a {@link VenueFeed} (MoldUDP64 -> ITCH -> venue book -> {@link ConsolidatedBook} per instrument), the
 * {@link MarketMaker} (direct OMS orders on its venues) and the {@link MomentumStrategy} (parents through the
 * {@link SmartOrderRouter}, whose children are OMS orders via {@link OmsChildOrderSink}), the {@link OrderManager}
 * with the {@link RiskChecker} as its pre-trade check, and the gateways (OUCH over SoupBinTCP, FIX 4.4 over
 * {@link FixInitiator}) whose events go to the OMS, which passes what it accepted on to risk and router
 * ({@link OrderManager#downstream}). Post-trade limits (daily loss) and the
 * {@link KillSwitch} come from the risk configuration. Every stage of the first order of a tick is timed
 * ({@link TickProbe}).
 *
 * <p>Life cycle: construct (binds the feed sockets: give {@link #feedAddress(int)} to the venues), {@link #connect},
 * then {@link #doWork()} in a loop; {@link #killSwitch()}{@code .trigger(...)} from any thread; {@link #close()}.
 */
public final class TradingEngine implements AutoCloseable {
    private static final int POLL_LIMIT = 16;

    private final TradingConfig config;
    private final NanoClock clock;
    private final EpochNanoClock epochClock;
    private final String[] symbols;
    private final long[] tickSizes;
    private final int venueCount;
    private final InstrumentRegistry instruments = new InstrumentRegistry();
    private final ConsolidatedBook[] books;
    private final VenueFeed[] feeds;
    private final TickProbe probe;
    private final RiskChecker risk;
    private final CountingCheck checks;
    private final KillSwitch killSwitch;
    private final OrderManager oms;
    private final VenueModel venueModel;
    private final SmartOrderRouter sor;
    private final OmsChildOrderSink sink;
    private final OrderEventListener venueEvents;
    private final MarketMaker marketMaker;
    private final MomentumStrategy momentum;
    private final TradingStats stats;
    private final VenueGateway[] gateways;
    private final OuchVenueGateway[] ouch;
    private final FixInitiator[] fix;
    private final WireErrorCounters orderEntryErrors;
    private volatile KillSwitchReport killReport;
    private OrderJournal journal = OrderJournal.NULL;
    private boolean trading;

    /**
     * Builds everything and binds one feed socket per venue.
     *
     * @param config     settings (strategies, router, risk).
     * @param clock      monotonic clock.
     * @param epochClock epoch clock.
     * @param symbols    symbol per instrument id.
     * @param tickSize   tick size of every instrument, fixed-point.
     * @param lotSize    lot size of every instrument.
     * @param venueCount number of venues ({@code 0..venueCount-1}).
     * @throws IOException if a socket cannot be opened.
     */
    public TradingEngine(final TradingConfig config, final NanoClock clock, final EpochNanoClock epochClock,
        final String[] symbols, final long tickSize, final long lotSize, final int venueCount) throws IOException {
        this.config = config;
        this.clock = clock;
        this.epochClock = epochClock;
        this.symbols = symbols.clone();
        this.venueCount = venueCount;
        final int instrumentCount = symbols.length;
        this.tickSizes = new long[instrumentCount];
        this.books = new ConsolidatedBook[instrumentCount];
        for (int i = 0; i < instrumentCount; i++) {
            instruments.add(symbols[i], tickSize, lotSize, 2);
            tickSizes[i] = tickSize;
            books[i] = new ConsolidatedBook(i, venueCount, 1024, ConsolidatedBookListener.NO_OP);
        }
        this.probe = new TickProbe(clock);
        this.stats = new TradingStats(2, venueCount, instrumentCount);
        this.feeds = new VenueFeed[venueCount];
        for (int v = 0; v < venueCount; v++) {
            feeds[v] = new VenueFeed(v, books, symbols, tickSize, clock, WireErrorListener.NO_OP, probe);
        }

        final RiskConfig riskConfig = config.risk.instruments(instrumentCount).strategies(2).accounts(1)
            .venues(venueCount);
        riskConfig.validate();
        this.killSwitch = new KillSwitch(clock, venueCount, report -> killReport = report);
        this.risk = new RiskChecker(riskConfig, epochClock, killSwitch, new AuditLog(1 << 20), RiskListener.NO_OP);

        final SorConfig sorConfig = config.sor.validate();
        final VenueModel configured = sorConfig.venueModel();        // fees, latency, enabled as configured
        this.venueModel = new VenueModel(venueCount, instrumentCount);   // sized by the app
        for (int v = 0; v < Math.min(venueCount, configured.venueCount()); v++) {
            venueModel.fees(v, configured.makerFeeFixed(v), configured.takerFeeFixed(v))
                .expectedLatencyNs(v, configured.latencyNs(v)).enabled(v, configured.isEnabled(v));
        }
        for (int v = 0; v < venueCount; v++) {
            for (int i = 0; i < instrumentCount; i++) {
                venueModel.instrumentRules(v, i, tickSize, lotSize);
            }
        }
        this.checks = new CountingCheck(risk, 2);
        final VenueModel fees = venueModel;
        final FeeModel feeModel = (venueId, instrumentId, side, quantity, priceFixed, liquidity) ->
            quantity * (liquidity == Liquidity.ADDED ? fees.makerFeeFixed(venueId) : fees.takerFeeFixed(venueId));
        this.oms = new OrderManager(1 << 14, venueCount, instrumentCount, 64, 1 << 16,
            OrderIdGenerator.forSession(epochClock.epochNanos() / 1_000_000_000L, 0), checks, feeModel, epochClock,
            new Callbacks());
        this.sink = new OmsChildOrderSink(oms);
        this.sor = new SmartOrderRouter(venueModel, sink, PreTradeCheck.ACCEPT_ALL, new Parents(), clock, epochClock,
            1024, 8192, 4);
        for (int i = 0; i < instrumentCount; i++) {
            sor.book(books[i]);
        }
        sor.strategy(TradingConfig.MOMENTUM, sorConfig.params(TradingConfig.MOMENTUM));
        oms.downstream(new OrderEventFanOut(risk, sor));   // risk and router hear only what the OMS accepted
        this.venueEvents = oms;
        this.gateways = new VenueGateway[venueCount];
        this.ouch = new OuchVenueGateway[venueCount];
        this.fix = new FixInitiator[venueCount];
        this.orderEntryErrors = new WireErrorCounters("order-entry", WireErrorListener.NO_OP);
        this.marketMaker = new MarketMaker(TradingConfig.MARKET_MAKER, oms, books, tickSizes,
            config.marketMakerVenues(), config.mmQuoteQuantity, config.mmHalfSpreadTicks, config.mmSkewSharesPerTick,
            config.mmMaxPosition, config.mmMaxClampTicks, probe);
        this.momentum = new MomentumStrategy(TradingConfig.MOMENTUM, sor, books, tickSizes, clock,
            config.momentumFastShift, config.momentumSlowShift, config.momentumThresholdFixed(),
            config.momentumWarmUpUpdates, config.momentumQuantity, lotSize, config.momentumAggressionTicks,
            config.momentumMaxPosition, config.momentumCooldownMs * 1_000_000L, 1, probe).ownOrders(marketMaker);
    }

    /**
     * Where venue {@code venueId} must send its feed.
     *
     * @param venueId the venue.
     * @return the bound loopback address of its receive socket.
     * @throws IOException if it cannot be read.
     */
    public InetSocketAddress feedAddress(final int venueId) throws IOException {
        return feeds[venueId].localAddress();
    }

    /**
     * Sets the OMS journal (before {@link #connect}).
     *
     * @param journal the journal.
     */
    public void journal(final OrderJournal journal) {
        this.journal = journal;
        oms.journal(journal);
    }

    /**
     * Starts the feeds' receivers and the order-entry sessions (connection and logon happen in {@link #doWork()}).
     *
     * @param endpoints every venue's endpoint, indexed by venue id.
     * @param storeDir  where FIX session stores go.
     * @throws IOException if a connection cannot be started.
     */
    public void connect(final VenueEndpoint[] endpoints, final Path storeDir) throws IOException {
        for (final VenueEndpoint endpoint : endpoints) {
            final int v = endpoint.venueId();
            feeds[v].start(endpoint.requestServer());
            final VenueGateway gateway;
            if (endpoint.fix()) {
                final FixVenueGateway[] holder = new FixVenueGateway[1];
                final FixInitiator initiator = new FixInitiator(
                    new FixSessionConfig(endpoint.username(), endpoint.password(), storeDir.resolve("fix-" + v))
                        .resetSeqNumOnLogon(true),
                    endpoint.orderEntry(), epochClock, new FixSessionListener() {
                        @Override
                        public void onMessage(final int msgType, final FixMessageDecoder message) {
                            holder[0].onMessage(msgType, message);
                        }
                    }, orderEntryErrors);
                holder[0] = new FixVenueGateway(v, initiator.session(), instruments, venueEvents, epochClock, 1 << 14);
                fix[v] = initiator;
                gateway = holder[0];
                oms.addVenue(new TimedGateway(gateway, probe), VenueCapabilities.of(ExecInstructions.NONE,
                    TimeInForce.DAY, TimeInForce.IOC));
            } else {
                final OuchVenueGateway g = new OuchVenueGateway(v, instruments,
                    new OuchVenueGateway.Config().maxOrders(1 << 14).firm("HFTT"), new SoupBinTcpConfig(), clock,
                    epochClock, venueEvents, WireErrorListener.NO_OP);
                g.login(endpoint.username(), endpoint.password());
                final int result = g.connect(endpoint.orderEntry());
                if (result < 0) {
                    throw new IOException("cannot connect to " + endpoint + ": " + result);
                }
                ouch[v] = g;
                gateway = g;
                oms.addVenue(new TimedGateway(gateway, probe), VenueCapabilities.of(ExecInstructions.POST_ONLY,
                    TimeInForce.DAY, TimeInForce.IOC));
            }
            gateways[v] = gateway;
            killSwitch.addVenue(gateway);
            venueModel.gateway(v, gateway);
        }
    }

    /**
     * Whether every venue's order-entry session is logged in.
     *
     * @return {@code true} when all are.
     */
    public boolean allConnected() {
        for (final VenueGateway gateway : gateways) {
            if (gateway == null || !gateway.isConnected()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every instrument has a two-sided consolidated book.
     *
     * @return {@code true} when all have.
     */
    public boolean booksReady() {
        for (final ConsolidatedBook book : books) {
            if (book.bestBidPrice() == FixedPoint.NULL_PRICE || book.bestAskPrice() == FixedPoint.NULL_PRICE) {
                return false;
            }
        }
        return true;
    }

    /**
     * One duty cycle: every feed (book, then strategies on each changed instrument: a tick), every order-entry
     * session, the router's re-routing, the OMS's timers and the kill switch.
     *
     * @return work done.
     */
    public int doWork() {
        int work = 0;
        final TickProbe probe = this.probe;
        for (final VenueFeed feed : feeds) {
            probe.begin(clock.nanoTime());
            final int read = feed.poll(POLL_LIMIT);
            if (read > 0) {
                probe.mark(TickProbe.BOOK);
                long changed = feed.takeChanged();
                while (changed != 0) {
                    final int instrument = Long.numberOfTrailingZeros(changed);
                    changed &= changed - 1;
                    onMarket(instrument);
                }
                work += read;
            }
            probe.discard();
        }
        for (int v = 0; v < venueCount; v++) {
            if (ouch[v] != null) {
                work += ouch[v].poll();
            } else if (fix[v] != null) {
                work += fix[v].doWork();
            }
        }
        work += sor.doWork();
        work += oms.doWork(epochClock.epochNanos());
        work += killSwitch.doWork();
        return work;
    }

    private void onMarket(final int instrument) {
        final ConsolidatedBook book = books[instrument];
        final long bid = book.bestBidPrice();
        final long ask = book.bestAskPrice();
        if (bid != FixedPoint.NULL_PRICE && ask != FixedPoint.NULL_PRICE) {
            risk.onBbo(instrument, bid, ask);
            oms.onBbo(instrument, bid, book.bestBidQuantity(), ask, book.bestAskQuantity(), 0);
        }
        if (!trading || killSwitch.isEngaged()) {
            return;
        }
        marketMaker.onBook(instrument);
        momentum.onBook(instrument);
    }

    /** Lets the strategies trade (once the sessions are up and the books two-sided). */
    public void startStrategies() {
        trading = true;
    }

    /** Stops both strategies from sending anything new. */
    public void stopStrategies() {
        trading = false;
        marketMaker.disable();
        momentum.disable();
    }

    /**
     * Cancels through the OMS every order still live (after the kill switch, for anything its run missed).
     *
     * @return cancels sent.
     */
    public int cancelEverything() {
        return oms.cancelAll(Venue.NULL_VENUE_ID);
    }

    public KillSwitch killSwitch() {
        return killSwitch;
    }

    public KillSwitchReport killReport() {
        return killReport;
    }

    public RiskChecker risk() {
        return risk;
    }

    public OrderManager oms() {
        return oms;
    }

    public SmartOrderRouter sor() {
        return sor;
    }

    public VenueModel venueModel() {
        return venueModel;
    }

    public MarketMaker marketMaker() {
        return marketMaker;
    }

    public MomentumStrategy momentum() {
        return momentum;
    }

    /**
     * Pre-trade refusals (risk checker, through the OMS) of one strategy for one reason.
     *
     * @param strategyId the strategy.
     * @param reason     the reason.
     * @return the count.
     */
    public long riskRejects(final int strategyId, final RejectReason reason) {
        return checks.rejects(strategyId, reason);
    }

    public TradingStats stats() {
        return stats;
    }

    TickProbe probe() {
        return probe;
    }

    VenueFeed feed(final int venueId) {
        return feeds[venueId];
    }

    public ConsolidatedBook book(final int instrumentId) {
        return books[instrumentId];
    }

    public int venueCount() {
        return venueCount;
    }

    public int instrumentCount() {
        return symbols.length;
    }

    public String symbol(final int instrumentId) {
        return symbols[instrumentId];
    }

    public VenueGateway gateway(final int venueId) {
        return gateways[venueId];
    }

    public OmsChildOrderSink sink() {
        return sink;
    }

    public WireErrorCounters orderEntryErrors() {
        return orderEntryErrors;
    }

    @Override
    public void close() {
        for (int v = 0; v < venueCount; v++) {
            CloseHelper.quietCloseAll(ouch[v], fix[v], feeds[v]);
        }
    }

    /** OMS callbacks: strategy positions and counters. */
    private final class Callbacks implements OmsListener {
        @Override
        public void onOrderAccepted(final int strategyId, final long clientOrderId, final long timestampNs) {
            stats.accepted(strategyId);
        }

        @Override
        public void onOrderRejected(final int strategyId, final long clientOrderId, final RejectReason reason,
            final long timestampNs) {
            stats.venueRejected(strategyId);
        }

        @Override
        public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId,
            final Side side, final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
            final Liquidity liquidity, final boolean lateFill, final long timestampNs) {
            final int slot = oms.find(clientOrderId);
            final int venueId = slot == OrderManager.NOT_FOUND ? -1 : oms.venueId(slot);
            stats.fill(strategyId, venueId, instrumentId, lastQuantity);
            if (strategyId == TradingConfig.MARKET_MAKER) {
                marketMaker.onFill(instrumentId, side, lastQuantity);
            } else if (strategyId == TradingConfig.MOMENTUM) {
                momentum.onFill(instrumentId, side, lastQuantity);
            }
        }

        @Override
        public void onOrderCanceled(final int strategyId, final long clientOrderId, final long canceledQuantity,
            final RejectReason reason, final long timestampNs) {
            stats.canceled(strategyId);
        }

        @Override
        public void onOrderReplaced(final int strategyId, final long clientOrderId, final long origClientOrderId,
            final long priceFixed, final long leavesQuantity, final long timestampNs) {
            stats.replaced(strategyId);
        }

        @Override
        public void onInvalidEvent(final int venueId, final long clientOrderId, final OrderState state,
            final OrderEvent event) {
            stats.invalidEvent(venueId, state, event);
        }
    }

    /** Router callbacks: parent outcomes. */
    private final class Parents implements ParentOrderListener {
        @Override
        public void onParentDone(final long parentOrderId, final long filledQuantity, final long unfilledQuantity,
            final long averagePriceFixed, final long feesFixed, final long timestampNs) {
            stats.parentDone(filledQuantity, unfilledQuantity);
        }

        @Override
        public void onChildRejected(final long parentOrderId, final int venueId, final long clientOrderId,
            final long quantity, final RejectReason reason, final boolean local, final long timestampNs) {
            stats.childRejected(local);
        }
    }
}
