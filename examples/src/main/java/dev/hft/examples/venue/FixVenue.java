package dev.hft.examples.venue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.backtest.matching.BookEventListener;
import dev.hft.backtest.matching.CancelReason;
import dev.hft.backtest.matching.ExecutionListener;
import dev.hft.backtest.matching.MatchingEngine;
import dev.hft.backtest.matching.MatchingEngineConfig;
import dev.hft.backtest.venue.OrderDelayRing;
import dev.hft.backtest.venue.OuchVenue;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2ObjectHashMap;
import org.apache.mina.core.service.IoAcceptor;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.Log;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketAcceptor;
import quickfix.UnsupportedMessageType;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecInst;
import quickfix.field.ExecType;
import quickfix.field.LastLiquidityInd;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.MsgType;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TransactTime;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.OrderCancelReject;

/**
 * A simulated venue whose FIX 4.4 engine is QuickFIX/J: a {@link SocketAcceptor} (in-memory store, sequence numbers
 * reset at every logon) with one session per account (SenderCompID = the venue's name, TargetCompID = the account),
 * in front of a {@link MatchingEngine}.
 *
 * <h2>Threads</h2>
 * QuickFIX/J's threads only check the message type and hand each NewOrderSingle (D), OrderCancelRequest (F) and
 * OrderCancelReplaceRequest (G) to the venue thread over a queue (anything else is answered with a Business Message
 * Reject by QuickFIX/J). The venue thread stamps each message's arrival, holds it in an {@link OrderDelayRing} for the
 * venue's latency, applies it to the engine and sends the reports with {@link Session#sendToTarget}.
 *
 * <h2>Messages</h2>
 * <ul>
 *     <li>NewOrderSingle: ExecutionReport New (ExecType 0), then Trade (F) per fill with LastPx, LastQty,
 *     LastLiquidityInd (851: 1 added, 2 removed), CumQty, LeavesQty, AvgPx, OrdStatus 1 or 2; the unfilled rest of an
 *     IOC, FOK or market order ends with Canceled (4, Text = the engine's reason). A duplicate ClOrdID, an unknown
 *     symbol, an unsupported side, order type or time in force, a non-integer quantity, or anything the engine
 *     refuses (off-tick price, bad lot...) is answered with an ExecutionReport Rejected (8, OrdRejReason, Text).</li>
 *     <li>OrderCancelRequest: Canceled (ExecType 4, OrdStatus 4, ClOrdID = the request's, OrigClOrdID = the
 *     order's); an unknown or finished order gets an OrderCancelReject (CxlRejResponseTo 1, CxlRejReason 1 unknown
 *     or 0 too late).</li>
 *     <li>OrderCancelReplaceRequest: OrderQty is the new total quantity (open = OrderQty - CumQty, FIX semantics);
 *     Replaced (ExecType 5, ClOrdID new, OrigClOrdID old, Price, LeavesQty), then fills if the new price crosses; a
 *     refusal is an OrderCancelReject (CxlRejResponseTo 2).</li>
 * </ul>
 * Every ExecutionReport carries OrderID (the engine's order id), a unique ExecID, Symbol, Side, OrderQty, Price,
 * TimeInForce, TransactTime, OrdStatus, CumQty, LeavesQty and AvgPx. A session's orders are canceled when it logs out
 * or disconnects (the venue's cancel-on-disconnect setting). Fills are booked in the venue's records with the
 * configured fees.
 */
final class FixVenue implements OrderEntry {
    private static final int MAX_DRAIN = 256;
    private static final Object DISCONNECTED = new Object();
    /** QuickFIX/J's message and event log: off (it would print every message). */
    private static final Log QUIET = new Log() {
        @Override
        public void clear() {
        }

        @Override
        public void onIncoming(final String message) {
        }

        @Override
        public void onOutgoing(final String message) {
        }

        @Override
        public void onEvent(final String text) {
        }

        @Override
        public void onErrorEvent(final String text) {
        }
    };

    private final VenueSpec spec;
    private final MatchingEngine engine;
    private final VenueRecords records;
    private final NanoClock clock;
    private final EpochNanoClock epochClock;
    private final SocketAcceptor acceptor;
    private final InetSocketAddress address;
    private final SessionID[] sessions;
    private final Map<SessionID, Integer> accountBySession = new HashMap<>();
    private final Queue<Inbound> inbound = new ConcurrentLinkedQueue<>();
    private final OrderDelayRing delay;
    private final OrderDelayRing.Handler due = this::apply;
    private final OrderMap[] ordersByClOrdId;
    private final Long2ObjectHashMap<FixOrder> ordersById = new Long2ObjectHashMap<>();
    private final long[] openOrders;
    private FixOrder pending;
    private String pendingClOrdId;
    private long nextClientOrderId;
    private long nextExecId;
    private long sendFailures;
    private long badMessages;

    /** An account's orders by every ClOrdID they had. */
    private static final class OrderMap extends HashMap<String, FixOrder> {
    }

    /** One message handed over by QuickFIX/J. */
    private record Inbound(int account, Object message) {
    }

    /** The venue's view of one order. */
    private static final class FixOrder {
        final int account;
        final int instrument;
        final String symbol;
        final Side side;
        final char ordType;
        final char timeInForce;
        String clOrdId;
        long orderId;
        long orderQty;
        long priceFixed;
        long cumQty;
        long cumNotional;
        boolean live;
        boolean done;

        FixOrder(final int account, final int instrument, final String symbol, final Side side, final char ordType,
            final char timeInForce, final String clOrdId, final long orderQty, final long priceFixed) {
            this.account = account;
            this.instrument = instrument;
            this.symbol = symbol;
            this.side = side;
            this.ordType = ordType;
            this.timeInForce = timeInForce;
            this.clOrdId = clOrdId;
            this.orderQty = orderQty;
            this.priceFixed = priceFixed;
        }

        long leaves() {
            return done ? 0 : orderQty - cumQty;
        }
    }

    FixVenue(final VenueSpec spec, final MatchingEngineConfig engineConfig, final NanoClock clock,
        final EpochNanoClock epochClock, final BookEventListener bookEvents, final VenueRecords records) {
        this.spec = spec;
        this.records = records;
        this.clock = clock;
        this.epochClock = epochClock;
        this.engine = new MatchingEngine(engineConfig, epochClock, new Reports(), bookEvents);
        this.delay = new OrderDelayRing(1 << 14, 0, spec.orderLatencyNs());
        this.ordersByClOrdId = new OrderMap[spec.accountCount()];
        this.openOrders = new long[spec.accountCount()];
        this.sessions = new SessionID[spec.accountCount()];
        final StringBuilder settings = new StringBuilder("[DEFAULT]\nConnectionType=acceptor\n")
            .append("SocketAcceptAddress=127.0.0.1\nSocketAcceptPort=").append(spec.orderEntryPort()).append('\n')
            .append("StartTime=00:00:00\nEndTime=00:00:00\nHeartBtInt=30\nUseDataDictionary=Y\n")
            .append("DataDictionary=FIX44.xml\nSocketTcpNoDelay=Y\nResetOnLogon=Y\nResetOnLogout=Y\n")
            .append("ResetOnDisconnect=Y\nCheckLatency=N\n");
        for (int a = 0; a < spec.accountCount(); a++) {
            ordersByClOrdId[a] = new OrderMap();
            sessions[a] = new SessionID("FIX.4.4", spec.name(), spec.account(a));
            accountBySession.put(sessions[a], a);
            settings.append("[SESSION]\nBeginString=FIX.4.4\nSenderCompID=").append(spec.name())
                .append("\nTargetCompID=").append(spec.account(a)).append('\n');
        }
        try {
            final SessionSettings sessionSettings = new SessionSettings(
                new ByteArrayInputStream(settings.toString().getBytes(StandardCharsets.US_ASCII)));
            this.acceptor = new SocketAcceptor(new Acceptor(), new MemoryStoreFactory(), sessionSettings,
                sessionId -> QUIET, new DefaultMessageFactory());
            acceptor.start();
        } catch (final ConfigError ex) {
            throw new IllegalStateException("FIX venue " + spec.name() + ": " + ex.getMessage(), ex);
        }
        this.address = boundAddress();
    }

    private InetSocketAddress boundAddress() {
        for (final IoAcceptor endpoint : acceptor.getEndpoints()) {
            for (final SocketAddress local : endpoint.getLocalAddresses()) {
                if (local instanceof InetSocketAddress inet) {
                    return inet;
                }
            }
        }
        acceptor.stop(true);
        throw new IllegalStateException("FIX venue " + spec.name() + ": the acceptor is not bound");
    }

    @Override
    public int doWork() {
        int work = 0;
        final long now = clock.nanoTime();
        for (Inbound message; work < MAX_DRAIN && (message = inbound.poll()) != null; work++) {
            while (!delay.offer(now, message.account(), message.message())) {
                delay.releaseEarly(due);
            }
        }
        return work + delay.poll(now, due, MAX_DRAIN);
    }

    @Override
    public MatchingEngine engine() {
        return engine;
    }

    @Override
    public InetSocketAddress address(final int account) {
        return address;
    }

    @Override
    public int delayedRequests() {
        return delay.size() + inbound.size();
    }

    @Override
    public void updateOpenOrders(final VenueRecords records) {
        for (int a = 0; a < openOrders.length; a++) {
            records.openOrders(a, openOrders[a]);
        }
    }

    /** Messages that could not be processed (answered with a reject). */
    long badMessages() {
        return badMessages;
    }

    /** Reports that could not be sent (session gone). */
    long sendFailures() {
        return sendFailures;
    }

    @Override
    public void close() {
        acceptor.stop(true);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Requests, on the venue thread
    // ---------------------------------------------------------------------------------------------------------------

    private void apply(final int account, final DirectBuffer buffer, final int offset, final int length,
        final Object attachment) {
        if (attachment == DISCONNECTED) {
            cancelAll(account);
            return;
        }
        final Message message = (Message) attachment;
        String type = "";
        try {
            type = message.getHeader().getString(MsgType.FIELD);
            switch (type) {
                case MsgType.NEW_ORDER_SINGLE:
                    newOrder(account, message);
                    break;
                case MsgType.ORDER_CANCEL_REQUEST:
                    cancel(account, message);
                    break;
                case MsgType.ORDER_CANCEL_REPLACE_REQUEST:
                    replace(account, message);
                    break;
                default:
                    break;
            }
        } catch (final FieldNotFound | RuntimeException ex) {      // bad input never stops the venue thread
            badMessages++;
            pending = null;
            pendingClOrdId = null;
            final String text = ex instanceof FieldNotFound missing ? "missing field " + missing.field
                : "cannot process: " + ex;
            if (MsgType.NEW_ORDER_SINGLE.equals(type)) {
                rejectOrder(account, message, OrdRejReason.OTHER, text);
            } else {
                cancelReject(account, null, stringOr(message, ClOrdID.FIELD, "NONE"),
                    stringOr(message, OrigClOrdID.FIELD, "NONE"), MsgType.ORDER_CANCEL_REQUEST.equals(type)
                        ? CxlRejResponseTo.ORDER_CANCEL_REQUEST : CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST,
                    CxlRejReason.OTHER);
            }
        }
    }

    private static long ownerId(final int account) {
        return OuchVenue.PORT_OWNER_BASE + account;
    }

    private void newOrder(final int account, final Message message) throws FieldNotFound {
        final String clOrdId = message.getString(ClOrdID.FIELD);
        if (ordersByClOrdId[account].containsKey(clOrdId)) {
            rejectOrder(account, message, OrdRejReason.DUPLICATE_ORDER, "duplicate ClOrdID");
            return;
        }
        final String symbol = message.getString(Symbol.FIELD);
        final int instrument = spec.instrumentIndex(symbol);
        if (instrument < 0) {
            rejectOrder(account, message, OrdRejReason.UNKNOWN_SYMBOL, "unknown symbol " + symbol);
            return;
        }
        final char sideCode = message.getChar(quickfix.field.Side.FIELD);
        final Side side = sideCode == quickfix.field.Side.BUY ? Side.BUY
            : sideCode == quickfix.field.Side.SELL ? Side.SELL : Side.UNKNOWN;
        final char ordType = message.getChar(OrdType.FIELD);
        final char tifCode = message.isSetField(quickfix.field.TimeInForce.FIELD)
            ? message.getChar(quickfix.field.TimeInForce.FIELD) : quickfix.field.TimeInForce.DAY;
        final TimeInForce tif = timeInForce(tifCode);
        final long quantity = quantity(message, OrderQty.FIELD);
        if (side == Side.UNKNOWN || (ordType != OrdType.LIMIT && ordType != OrdType.MARKET) || tif == null
            || quantity <= 0) {
            rejectOrder(account, message, OrdRejReason.OTHER, "unsupported side, order type, time in force or "
                + "quantity");
            return;
        }
        final long price;
        if (ordType == OrdType.LIMIT) {
            price = message.isSetField(Price.FIELD) ? price(message.getDecimal(Price.FIELD)) : FixedPoint.NULL_PRICE;
            if (price == FixedPoint.NULL_PRICE) {
                rejectOrder(account, message, OrdRejReason.OTHER, "limit order without a valid price");
                return;
            }
        } else {
            price = FixedPoint.NULL_PRICE;
        }
        final int instructions = message.isSetField(ExecInst.FIELD)
            && message.getString(ExecInst.FIELD).indexOf(ExecInst.PARTICIPATE_DONT_INITIATE) >= 0
            ? ExecInstructions.POST_ONLY : ExecInstructions.NONE;
        final FixOrder order = new FixOrder(account, instrument, symbol, side, ordType, tifCode, clOrdId, quantity,
            price);
        ordersByClOrdId[account].put(clOrdId, order);
        pending = order;
        engine.submit(instrument, ownerId(account), ++nextClientOrderId, side,
            ordType == OrdType.MARKET ? OrderType.MARKET : OrderType.LIMIT, tif, instructions, price, quantity);
        pending = null;
    }

    private void cancel(final int account, final Message message) throws FieldNotFound {
        final String clOrdId = message.getString(ClOrdID.FIELD);
        final String origClOrdId = message.getString(OrigClOrdID.FIELD);
        final FixOrder order = ordersByClOrdId[account].get(origClOrdId);
        if (order == null || !order.live) {
            cancelReject(account, order, clOrdId, origClOrdId, CxlRejResponseTo.ORDER_CANCEL_REQUEST,
                order == null ? CxlRejReason.UNKNOWN_ORDER : CxlRejReason.TOO_LATE_TO_CANCEL);
            return;
        }
        pendingClOrdId = clOrdId;
        engine.cancel(ownerId(account), order.orderId);
        pendingClOrdId = null;
    }

    private void replace(final int account, final Message message) throws FieldNotFound {
        final String clOrdId = message.getString(ClOrdID.FIELD);
        final String origClOrdId = message.getString(OrigClOrdID.FIELD);
        final FixOrder order = ordersByClOrdId[account].get(origClOrdId);
        if (order == null || !order.live) {
            cancelReject(account, order, clOrdId, origClOrdId, CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST,
                order == null ? CxlRejReason.UNKNOWN_ORDER : CxlRejReason.TOO_LATE_TO_CANCEL);
            return;
        }
        final long orderQty = quantity(message, OrderQty.FIELD);
        final long price = message.isSetField(Price.FIELD) ? price(message.getDecimal(Price.FIELD))
            : order.priceFixed;
        if (ordersByClOrdId[account].containsKey(clOrdId) || orderQty <= order.cumQty
            || price == FixedPoint.NULL_PRICE || order.ordType != OrdType.LIMIT) {
            cancelReject(account, order, clOrdId, origClOrdId, CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST,
                CxlRejReason.OTHER);
            return;
        }
        pending = order;
        pendingClOrdId = clOrdId;
        final long previousQty = order.orderQty;
        order.orderQty = orderQty;                   // the Replaced report shows the new total
        if (engine.replace(ownerId(account), order.orderId, ++nextClientOrderId, price, orderQty - order.cumQty)
            != Result.OK) {
            order.orderQty = previousQty;
        }
        pending = null;
        pendingClOrdId = null;
    }

    private void cancelAll(final int account) {
        for (final FixOrder order : ordersByClOrdId[account].values().toArray(new FixOrder[0])) {
            if (order.live) {
                engine.cancel(ownerId(account), order.orderId);
            }
        }
    }

    private static TimeInForce timeInForce(final char code) {
        switch (code) {
            case quickfix.field.TimeInForce.DAY:
                return TimeInForce.DAY;
            case quickfix.field.TimeInForce.GOOD_TILL_CANCEL:
                return TimeInForce.GTC;
            case quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL:
                return TimeInForce.IOC;
            case quickfix.field.TimeInForce.FILL_OR_KILL:
                return TimeInForce.FOK;
            default:
                return null;
        }
    }

    private static long quantity(final Message message, final int tag) throws FieldNotFound {
        try {
            return message.getDecimal(tag).longValueExact();
        } catch (final ArithmeticException ex) {
            return -1;
        }
    }

    private static long price(final BigDecimal price) {
        try {
            final long fixed = price.movePointRight(FixedPoint.DECIMALS).longValueExact();
            return fixed > 0 ? fixed : FixedPoint.NULL_PRICE;
        } catch (final ArithmeticException ex) {
            return FixedPoint.NULL_PRICE;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Reports
    // ---------------------------------------------------------------------------------------------------------------

    private void send(final int account, final Message message) {
        try {
            if (!Session.sendToTarget(message, sessions[account])) {
                sendFailures++;
            }
        } catch (final SessionNotFound ex) {
            sendFailures++;
        }
    }

    private void rejectOrder(final int account, final Message request, final int reason, final String text) {
        final ExecutionReport report = new ExecutionReport(new OrderID("NONE"), new ExecID(execId()),
            new ExecType(ExecType.REJECTED), new OrdStatus(OrdStatus.REJECTED), new quickfix.field.Side(
                charOr(request, quickfix.field.Side.FIELD, quickfix.field.Side.BUY)), new LeavesQty(0), new CumQty(0),
            new AvgPx(0));
        report.set(new ClOrdID(stringOr(request, ClOrdID.FIELD, "NONE")));
        report.set(new Symbol(stringOr(request, Symbol.FIELD, "NONE")));
        if (request.isSetField(OrderQty.FIELD)) {
            report.setString(OrderQty.FIELD, stringOr(request, OrderQty.FIELD, "0"));
        }
        report.set(new OrdRejReason(reason));
        report.set(new Text(text));
        report.set(new TransactTime());
        send(account, report);
    }

    private void cancelReject(final int account, final FixOrder order, final String clOrdId,
        final String origClOrdId, final char responseTo, final int reason) {
        final OrderCancelReject reject = new OrderCancelReject(
            new OrderID(order == null ? "NONE" : Long.toString(order.orderId)), new ClOrdID(clOrdId),
            new OrigClOrdID(origClOrdId), new OrdStatus(order == null ? OrdStatus.REJECTED : status(order)),
            new CxlRejResponseTo(responseTo));
        reject.set(new CxlRejReason(reason));
        send(account, reject);
    }

    private static char status(final FixOrder order) {
        if (order.done) {
            return order.cumQty == order.orderQty ? OrdStatus.FILLED : OrdStatus.CANCELED;
        }
        return order.cumQty > 0 ? OrdStatus.PARTIALLY_FILLED : OrdStatus.NEW;
    }

    private String execId() {
        return spec.name() + "-X" + ++nextExecId;
    }

    private static String stringOr(final Message message, final int tag, final String absent) {
        try {
            return message.isSetField(tag) ? message.getString(tag) : absent;
        } catch (final FieldNotFound ex) {
            return absent;
        }
    }

    private static char charOr(final Message message, final int tag, final char absent) {
        final String value = stringOr(message, tag, "");
        return value.length() == 1 ? value.charAt(0) : absent;
    }

    private ExecutionReport report(final FixOrder order, final String execId, final char execType,
        final char ordStatus, final long timestampNs) {
        final ExecutionReport report = new ExecutionReport(new OrderID(Long.toString(order.orderId)),
            new ExecID(execId), new ExecType(execType), new OrdStatus(ordStatus),
            new quickfix.field.Side(order.side == Side.BUY ? quickfix.field.Side.BUY : quickfix.field.Side.SELL),
            new LeavesQty(order.leaves()), new CumQty(order.cumQty), new AvgPx(order.cumQty == 0 ? 0
                : order.cumNotional / (double) order.cumQty / FixedPoint.SCALE));
        report.set(new ClOrdID(order.clOrdId));
        report.set(new Symbol(order.symbol));
        report.set(new OrderQty(order.orderQty));
        report.set(new OrdType(order.ordType));
        if (order.priceFixed != FixedPoint.NULL_PRICE) {
            report.setString(Price.FIELD, FixedPoint.format(order.priceFixed));
        }
        report.set(new quickfix.field.TimeInForce(order.timeInForce));
        report.set(new TransactTime(java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(timestampNs, 1_000_000_000L),
            (int) Math.floorMod(timestampNs, 1_000_000_000L), java.time.ZoneOffset.UTC)));
        return report;
    }

    private void finished(final FixOrder order) {
        if (order.live) {
            order.live = false;
            openOrders[order.account]--;
        }
        order.done = true;
        ordersById.remove(order.orderId);
    }

    /** The engine's reports for the sessions' orders (background owners are ignored). */
    private final class Reports implements ExecutionListener {
        @Override
        public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
            final long bookReference, final int instrumentId, final Side side, final long priceFixed,
            final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
            final FixOrder order = pending;
            if (ownerId < OuchVenue.PORT_OWNER_BASE || order == null) {
                return;
            }
            order.orderId = orderId;
            order.priceFixed = priceFixed;
            order.live = true;
            openOrders[order.account]++;
            ordersById.put(orderId, order);
            send(order.account, report(order, execId(), ExecType.NEW, OrdStatus.NEW, timestampNs));
        }

        @Override
        public void onRejected(final long ownerId, final long clientOrderId, final int instrumentId,
            final RejectReason reason, final long timestampNs) {
            final FixOrder order = pending;
            if (ownerId < OuchVenue.PORT_OWNER_BASE || order == null) {
                return;
            }
            order.done = true;
            final int fixReason = reason == RejectReason.UNKNOWN_INSTRUMENT ? OrdRejReason.UNKNOWN_SYMBOL
                : reason == RejectReason.INVALID_QUANTITY || reason == RejectReason.MAX_ORDER_QUANTITY
                ? OrdRejReason.INCORRECT_QUANTITY : OrdRejReason.OTHER;
            final ExecutionReport report = report(order, execId(), ExecType.REJECTED, OrdStatus.REJECTED,
                timestampNs);
            report.set(new OrderID("NONE"));
            report.set(new LeavesQty(0));
            report.set(new OrdRejReason(fixReason));
            report.set(new Text(reason.name()));
            send(order.account, report);
        }

        @Override
        public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
            final Side side, final long executionId, final long matchNumber, final long priceFixed,
            final long quantity, final long leavesQuantity, final long cumulativeQuantity, final Liquidity liquidity,
            final long timestampNs) {
            final FixOrder order = ownerId < OuchVenue.PORT_OWNER_BASE ? null : ordersById.get(orderId);
            if (order == null) {
                return;
            }
            order.cumQty += quantity;
            order.cumNotional += priceFixed * quantity;
            records.onFill(order.account, instrumentId, side, priceFixed, quantity, liquidity);
            if (leavesQuantity == 0) {
                finished(order);
            }
            final ExecutionReport report = report(order, spec.name() + "-E" + executionId, ExecType.TRADE,
                leavesQuantity == 0 ? OrdStatus.FILLED : OrdStatus.PARTIALLY_FILLED, timestampNs);
            report.set(new LeavesQty(leavesQuantity));
            report.setString(LastPx.FIELD, FixedPoint.format(priceFixed));
            report.set(new LastQty(quantity));
            report.set(new LastLiquidityInd(liquidity == Liquidity.ADDED ? LastLiquidityInd.ADDED_LIQUIDITY
                : LastLiquidityInd.REMOVED_LIQUIDITY));
            send(order.account, report);
        }

        @Override
        public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
            final long canceledQuantity, final long leavesQuantity, final CancelReason reason,
            final long timestampNs) {
            final FixOrder order = ownerId < OuchVenue.PORT_OWNER_BASE ? null : ordersById.get(orderId);
            if (order == null) {
                return;
            }
            if (leavesQuantity > 0) {                        // a reduce or a self-match decrement: restated
                order.orderQty = order.cumQty + leavesQuantity;
                final ExecutionReport report = report(order, execId(), ExecType.RESTATED, status(order),
                    timestampNs);
                report.set(new Text(reason.name()));
                send(order.account, report);
                return;
            }
            final String origClOrdId = order.clOrdId;
            final String requestId = pendingClOrdId;
            if (requestId != null) {
                order.clOrdId = requestId;
                ordersByClOrdId[order.account].put(requestId, order);
            }
            finished(order);
            final ExecutionReport report = report(order, execId(), ExecType.CANCELED, OrdStatus.CANCELED,
                timestampNs);
            report.set(new OrigClOrdID(origClOrdId));        // unsolicited (IOC rest, self-match): the order's own
            report.set(new Text(reason.name()));
            send(order.account, report);
        }

        @Override
        public void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
            final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
            final boolean priorityRetained, final long timestampNs) {
            final FixOrder order = ownerId < OuchVenue.PORT_OWNER_BASE ? null : ordersById.get(orderId);
            final String newClOrdId = pendingClOrdId;
            if (order == null || newClOrdId == null) {
                return;
            }
            final String origClOrdId = order.clOrdId;
            order.clOrdId = newClOrdId;
            order.priceFixed = priceFixed;
            order.orderQty = order.cumQty + leavesQuantity;
            ordersByClOrdId[order.account].put(newClOrdId, order);
            final ExecutionReport report = report(order, execId(), ExecType.REPLACED, status(order), timestampNs);
            report.set(new OrigClOrdID(origClOrdId));
            send(order.account, report);
        }

        @Override
        public void onCancelRejected(final long ownerId, final long clientOrderId, final long orderId,
            final RejectReason reason, final long timestampNs) {
            final FixOrder order = ownerId < OuchVenue.PORT_OWNER_BASE ? null : ordersById.get(orderId);
            final String requestId = pendingClOrdId;
            if (order == null || requestId == null) {
                return;
            }
            cancelReject(order.account, order, requestId, order.clOrdId, pending == order
                ? CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST : CxlRejResponseTo.ORDER_CANCEL_REQUEST,
                reason == RejectReason.UNKNOWN_ORDER ? CxlRejReason.UNKNOWN_ORDER : CxlRejReason.OTHER);
        }
    }

    /** QuickFIX/J's callbacks, on its threads: hand the order messages to the venue thread. */
    private final class Acceptor implements Application {
        @Override
        public void onCreate(final SessionID sessionId) {
        }

        @Override
        public void onLogon(final SessionID sessionId) {
        }

        @Override
        public void onLogout(final SessionID sessionId) {
            final Integer account = accountBySession.get(sessionId);
            if (account != null) {
                inbound.add(new Inbound(account, DISCONNECTED));
            }
        }

        @Override
        public void toAdmin(final Message message, final SessionID sessionId) {
        }

        @Override
        public void fromAdmin(final Message message, final SessionID sessionId) {
        }

        @Override
        public void toApp(final Message message, final SessionID sessionId) {
        }

        @Override
        public void fromApp(final Message message, final SessionID sessionId)
            throws FieldNotFound, UnsupportedMessageType {
            final String type = message.getHeader().getString(MsgType.FIELD);
            final Integer account = accountBySession.get(sessionId);
            if (account == null || !(MsgType.NEW_ORDER_SINGLE.equals(type) || MsgType.ORDER_CANCEL_REQUEST.equals(type)
                || MsgType.ORDER_CANCEL_REPLACE_REQUEST.equals(type))) {
                throw new UnsupportedMessageType();
            }
            inbound.add(new Inbound(account, message));
        }
    }
}
