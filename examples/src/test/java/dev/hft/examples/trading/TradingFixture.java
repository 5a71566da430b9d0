package dev.hft.examples.trading;

import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventFanOut;
import dev.hft.api.PreTradeCheck;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.book.ConsolidatedBook;
import dev.hft.book.ConsolidatedBookListener;
import dev.hft.oms.FeeModel;
import dev.hft.testkit.InMemoryVenueGateway;
import dev.hft.oms.OmsListener;
import dev.hft.oms.OrderIdGenerator;
import dev.hft.oms.OrderManager;
import dev.hft.oms.VenueCapabilities;
import dev.hft.risk.KillSwitch;
import dev.hft.risk.RiskChecker;
import dev.hft.risk.RiskConfig;
import dev.hft.risk.RiskListener;
import dev.hft.risk.audit.AuditLog;
import dev.hft.sor.SmartOrderRouter;
import dev.hft.sor.VenueModel;
import dev.hft.timing.ManualClock;

/**
 * The trading path without sockets: consolidated books driven by the test, OMS with the risk checker as its pre-trade
 * check, router over an {@link OmsChildOrderSink}, in-memory gateways the test answers as the venues would, and the
 * two strategies; the OMS's fill callbacks feed the strategies' positions.
 */
final class TradingFixture {
    static final int VENUES = 3;
    static final int INSTRUMENTS = 2;
    static final long TICK = FixedPoint.parse("0.01");

    final ManualClock clock = new ManualClock(1_000_000_000L, 1_700_000_000_000_000_000L);
    final ConsolidatedBook[] books = new ConsolidatedBook[INSTRUMENTS];
    final long[] ticks = new long[INSTRUMENTS];
    final KillSwitch killSwitch = new KillSwitch(clock, VENUES, report -> { });
    final RiskChecker risk;
    final OrderManager oms;
    final InMemoryVenueGateway[] gateways = new InMemoryVenueGateway[VENUES];
    final VenueModel venueModel = new VenueModel(VENUES, INSTRUMENTS);
    final OmsChildOrderSink sink;
    final SmartOrderRouter sor;
    final MarketMaker marketMaker;
    final MomentumStrategy momentum;
    private long venueOrderId = 1_000;
    private long executionId = 1;

    static final String RISK = """
        instruments: 2
        strategies: 2
        accounts: 1
        venues: 3
        global: { maxOpenOrders: 100, maxDailyLoss: "100000" }
        instrumentDefaults: { tickSize: "0.01", collarReference: BBO, collarPercent: "5", maxOrderQuantity: 5000 }
        strategyDefaults: { maxPosition: 2000, maxOrdersPerSecond: 1000000 }
        """;

    TradingFixture(final boolean withRisk, final int[] mmVenues, final long maxPosition) {
        this(withRisk, mmVenues, maxPosition, RISK);
    }

    TradingFixture(final boolean withRisk, final int[] mmVenues, final long maxPosition, final String riskYaml) {
        for (int i = 0; i < INSTRUMENTS; i++) {
            books[i] = new ConsolidatedBook(i, VENUES, 64, ConsolidatedBookListener.NO_OP);
            ticks[i] = TICK;
        }
        final RiskConfig config = RiskConfig.parse(riskYaml);
        risk = new RiskChecker(config, clock, killSwitch, new AuditLog(1 << 12), RiskListener.NO_OP);
        final OmsListener callbacks = new OmsListener() {
            @Override
            public void onOrderFill(final int strategyId, final long clientOrderId, final int instrumentId,
                final Side side, final long lastPriceFixed, final long lastQuantity, final long leavesQuantity,
                final Liquidity liquidity, final boolean lateFill, final long timestampNs) {
                if (strategyId == TradingConfig.MARKET_MAKER) {
                    marketMaker.onFill(instrumentId, side, lastQuantity);
                } else {
                    momentum.onFill(instrumentId, side, lastQuantity);
                }
            }
        };
        oms = new OrderManager(1024, VENUES, INSTRUMENTS, 64, 1024, OrderIdGenerator.forSession(1_700_000_000L, 0),
            withRisk ? risk : PreTradeCheck.ACCEPT_ALL, FeeModel.NONE, clock, callbacks);
        sink = new OmsChildOrderSink(oms);
        sor = new SmartOrderRouter(venueModel, sink, PreTradeCheck.ACCEPT_ALL, dev.hft.sor.ParentOrderListener.NO_OP,
            clock, clock, 64, 256, 4);
        oms.downstream(withRisk ? new OrderEventFanOut(risk, sor) : sor);
        final OrderManager events = oms;
        for (int v = 0; v < VENUES; v++) {
            gateways[v] = new InMemoryVenueGateway(v, events, 1024);
            oms.addVenue(gateways[v], VenueCapabilities.ALL);
            killSwitch.addVenue(gateways[v]);
            venueModel.gateway(v, gateways[v]);
            for (int i = 0; i < INSTRUMENTS; i++) {
                venueModel.instrumentRules(v, i, TICK, 1);
            }
        }
        for (int i = 0; i < INSTRUMENTS; i++) {
            sor.book(books[i]);
        }
        marketMaker = new MarketMaker(TradingConfig.MARKET_MAKER, oms, books, ticks, mmVenues, 100, 1, 200,
            maxPosition, 5, null);
        momentum = new MomentumStrategy(TradingConfig.MOMENTUM, sor, books, ticks, clock, 1, 3,
            FixedPoint.parse("0.01"), 4, 200, 1, 2, maxPosition, 1_000_000L, 1, null);
    }

    /** Sets one venue's top of book (one level per side). */
    void quote(final int venue, final int instrument, final String bid, final String ask) {
        final ConsolidatedBook book = books[instrument];
        book.onVenueBbo(venue, FixedPoint.parse(bid), 500, FixedPoint.parse(ask), 500);
        risk.onBbo(instrument, book.bestBidPrice(), book.bestAskPrice());
        oms.onBbo(instrument, book.bestBidPrice(), book.bestBidQuantity(), book.bestAskPrice(),
            book.bestAskQuantity(), 0);
    }

    /** The venue accepts a new order or confirms a replace, whatever its last request was. */
    void answerLast(final int venue) {
        final InMemoryVenueGateway gateway = gateways[venue];
        final int offset = gateway.lastRecordOffset();
        final long id = gateway.buffer().getLong(offset + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET);
        answer(venue, offset, id);
    }

    /** Answers every request from index {@code from} on: accepts, replaced, canceled. */
    long answerFrom(final int venue, final long from) {
        final InMemoryVenueGateway gateway = gateways[venue];
        final long count = gateway.requestCount();
        for (long i = from; i < count; i++) {
            final int offset = gateway.recordOffset(i);
            answer(venue, offset, gateway.buffer().getLong(offset + InMemoryVenueGateway.CLIENT_ORDER_ID_OFFSET));
        }
        return count;
    }

    private void answer(final int venue, final int offset, final long id) {
        final InMemoryVenueGateway gateway = gateways[venue];
        final byte kind = gateway.buffer().getByte(offset + InMemoryVenueGateway.KIND_OFFSET);
        final long quantity = gateway.buffer().getLong(offset + InMemoryVenueGateway.QUANTITY_OFFSET);
        final long price = gateway.buffer().getLong(offset + InMemoryVenueGateway.PRICE_OFFSET);
        final long now = clock.epochNanos();
        if (kind == InMemoryVenueGateway.NEW_ORDER) {
            gateway.accept(id, venueOrderId++, now);
            final byte tif = gateway.buffer().getByte(offset + InMemoryVenueGateway.TIF_OFFSET);
            if (tif == dev.hft.api.TimeInForce.IOC.code()) {
                gateway.fill(id, executionId++, price, quantity, 0, Liquidity.REMOVED, now);
            }
        } else if (kind == InMemoryVenueGateway.REPLACE) {
            final long orig = gateway.buffer().getLong(offset + InMemoryVenueGateway.ORIG_CLIENT_ORDER_ID_OFFSET);
            final int slot = oms.find(orig);
            final long leaves = slot == OrderManager.NOT_FOUND ? quantity : quantity - oms.filledQuantity(slot);
            gateway.replaced(id, orig, price, leaves, now);
        } else if (kind == InMemoryVenueGateway.CANCEL) {
            final int slot = oms.find(id);
            gateway.canceled(id, slot == OrderManager.NOT_FOUND ? 0 : oms.leavesQuantity(slot), now);
        } else {
            gateway.reject(id, RejectReason.OTHER, now);
        }
    }

    void fill(final int venue, final long id, final String price, final long quantity, final long leaves) {
        gateways[venue].fill(id, executionId++, FixedPoint.parse(price), quantity, leaves, Liquidity.ADDED,
            clock.epochNanos());
    }
}
