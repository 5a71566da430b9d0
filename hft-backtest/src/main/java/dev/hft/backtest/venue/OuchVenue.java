package dev.hft.backtest.venue;

import java.io.IOException;
import java.net.InetSocketAddress;

import dev.hft.api.ExecInstructions;
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
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.ouch.CancelOrderDecoder;
import dev.hft.net.ouch.EnterOrderDecoder;
import dev.hft.net.ouch.MassCancelRequestDecoder;
import dev.hft.net.ouch.MassCancelResponseEncoder;
import dev.hft.net.ouch.OrderAcceptedEncoder;
import dev.hft.net.ouch.OrderCanceledEncoder;
import dev.hft.net.ouch.OrderExecutedEncoder;
import dev.hft.net.ouch.OrderRejectedEncoder;
import dev.hft.net.ouch.OrderReplacedEncoder;
import dev.hft.net.ouch.Ouch50;
import dev.hft.net.ouch.OuchAppendage;
import dev.hft.net.ouch.OuchRequestDispatcher;
import dev.hft.net.ouch.OuchRequestListener;
import dev.hft.net.ouch.ReplaceOrderDecoder;
import dev.hft.net.soupbintcp.SoupBinTcpAuthenticator;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.net.soupbintcp.SoupBinTcpDisconnectReason;
import dev.hft.net.soupbintcp.SoupBinTcpMessageStore;
import dev.hft.net.soupbintcp.SoupBinTcpServer;
import dev.hft.net.soupbintcp.SoupBinTcpServerListener;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A simulated exchange speaking NASDAQ OUCH 5.0 over SoupBinTCP 3.0 in front of a {@link MatchingEngine}: each OUCH
 * <em>port</em> is its own {@link SoupBinTcpServer} (one session, one sequenced stream, as at Nasdaq) and its own
 * engine owner ({@link #ownerId(int)}), so self-match prevention applies per port and two ports trade with each other.
 *
 * <h2>Requests</h2>
 * <ul>
 *     <li>Enter Order: a strictly increasing UserRefNum per port (else Rejected, reason Other), a known symbol
 *     (else Invalid Symbol), side B or S (else Invalid Side), visible display (hidden: Other), Time in Force 0 (DAY)
 *     or 3 (IOC; IOC with Min Qty equal to the quantity is FOK), the Post Only option; then the engine decides. The
 *     engine's client order id is the UserRefNum, so its reports name the OUCH order directly.</li>
 *     <li>Replace Order: the new open quantity and price through {@link MatchingEngine#replace}; an unknown or dead
 *     original, or a UserRefNum not increasing, is Rejected under the new UserRefNum (the client reads that as a
 *     cancel reject); quantity 0 cancels.</li>
 *     <li>Cancel Order: quantity 0 cancels, a lower quantity reduces ({@link MatchingEngine#reduce}); unknown or dead
 *     orders are ignored, as the spec says.</li>
 *     <li>Mass Cancel Request: every open order of the port (blank symbol) or of one symbol, reason X, then the
 *     Mass Cancel Response.</li>
 * </ul>
 *
 * <h2>Reports</h2>
 * Engine reports for a port's orders become Order Accepted (Order Reference Number = the engine's book reference),
 * Order Executed (Match Number = the engine's, liquidity A/R), Order Canceled (decrement, the engine's reason code),
 * Order Replaced and Order Rejected on that port's stream. Reports for owners that are not ports (background flow
 * sent straight to {@link #engine()}) are not sent anywhere.
 *
 * <h2>Cancel on disconnect</h2>
 * When a port's session is lost, every open order of the port is canceled (reason K), as a Nasdaq port configured
 * for it does; the cancels stay in the port's stream for the next login.
 *
 * <h2>Order-entry latency</h2>
 * With a positive {@code orderLatencyNs} every request waits in an {@link OrderDelayRing} and is applied to the engine
 * no earlier than its arrival plus that latency, in arrival order, during a later {@link #doWork()} (a request that
 * finds the ring full pushes the oldest one out early, counted in {@link #delayOverflows()}). With 0 requests are
 * applied as they are read.
 *
 * <h2>The venue's own records</h2>
 * Per port and instrument the venue keeps the net executed quantity ({@link #position(int, int)}), and per port the
 * open orders ({@link #openOrders(int)}), to reconcile a client's positions against.
 *
 * <p><b>Threading:</b> single-threaded. The host calls {@link #doWork()} on the venue's thread (its own loop or an
 * Agrona {@code AgentRunner}) and sends background flow to {@link #engine()} on that same thread. Steady state
 * allocates nothing (accepting a connection does: the JDK makes a socket).
 */
public final class OuchVenue implements AutoCloseable {

    /** Engine owner id of port 0; port {@code p} is {@code PORT_OWNER_BASE + p}. Background owners stay below. */
    public static final long PORT_OWNER_BASE = 1_000_000L;

    private static final long MISSING = -1;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final MatchingEngine engine;
    private final int instrumentCount;
    private final long[] symbols;
    private final Long2LongHashMap instrumentBySymbol;
    private final Port[] ports;
    private final OuchRequestDispatcher dispatcher;
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[Ouch50.MAX_MESSAGE_LENGTH]);
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRejectedEncoder rejected = new OrderRejectedEncoder();
    private final OrderCanceledEncoder canceled = new OrderCanceledEncoder();
    private final OrderExecutedEncoder executed = new OrderExecutedEncoder();
    private final OrderReplacedEncoder replaced = new OrderReplacedEncoder();
    private final MassCancelResponseEncoder massCancelResponse = new MassCancelResponseEncoder();
    private final long[] scratch;

    private final EpochNanoClock epochClock;
    private final NanoClock clock;
    private final ExecutionListener tap;
    private final OrderDelayRing delay;
    private final OrderDelayRing.Handler dueRequests = this::applyDue;
    private Port current;
    private EnterOrderDecoder currentEnter;
    private byte cancelReasonOverride;
    private long sendFailures;
    private long rejectsSent;
    private long requests;

    /**
     * Creates a venue, its engine and one SoupBinTCP server per port; allocates everything now. Bind each port with
     * {@link #bind(int, InetSocketAddress)}.
     *
     * @param config        the engine's instruments, capacities and policies; symbols are the OUCH symbols.
     * @param portCount     number of OUCH ports (sessions), each its own engine owner.
     * @param soupConfig    SoupBinTCP timing and buffer sizes.
     * @param clock         monotonic time for the sessions.
     * @param epochClock    engine time; OUCH timestamps are its nanoseconds since midnight (UTC).
     * @param bookEvents    the engine's public book events (e.g. an {@code ItchBookPublisher}), or
     *                      {@link BookEventListener#NO_OP}.
     * @param errorListener bad input and session errors.
     */
    public OuchVenue(final MatchingEngineConfig config, final int portCount, final SoupBinTcpConfig soupConfig,
        final NanoClock clock, final EpochNanoClock epochClock, final BookEventListener bookEvents,
        final WireErrorListener errorListener) {
        this(config, portCount, soupConfig, clock, epochClock, bookEvents, errorListener, 0, ExecutionListener.NO_OP);
    }

    /**
     * Creates a venue with an order-entry latency and a tap on the engine's reports; allocates everything now.
     *
     * @param config         the engine's instruments, capacities and policies; symbols are the OUCH symbols.
     * @param portCount      number of OUCH ports (sessions), each its own engine owner.
     * @param soupConfig     SoupBinTCP timing and buffer sizes.
     * @param clock          monotonic time for the sessions and the latency.
     * @param epochClock     engine time; OUCH timestamps are its nanoseconds since midnight (UTC).
     * @param bookEvents     the engine's public book events (e.g. an {@code ItchBookPublisher}), or
     *                       {@link BookEventListener#NO_OP}.
     * @param errorListener  bad input and session errors.
     * @param orderLatencyNs added latency of every request, nanoseconds ({@code 0}: none).
     * @param tap            receives every engine report (ports' and background owners'), after the venue has
     *                       written its OUCH message; {@link ExecutionListener#NO_OP} for none. Must not call the
     *                       engine.
     */
    public OuchVenue(final MatchingEngineConfig config, final int portCount, final SoupBinTcpConfig soupConfig,
        final NanoClock clock, final EpochNanoClock epochClock, final BookEventListener bookEvents,
        final WireErrorListener errorListener, final long orderLatencyNs, final ExecutionListener tap) {
        if (orderLatencyNs < 0) {
            throw new IllegalArgumentException("latency must not be negative: " + orderLatencyNs);
        }
        this.clock = clock;
        this.tap = java.util.Objects.requireNonNull(tap, "tap");
        this.delay = orderLatencyNs == 0 ? null : new OrderDelayRing(1 << 14, Ouch50.MAX_MESSAGE_LENGTH,
            orderLatencyNs);
        if (portCount < 1) {
            throw new IllegalArgumentException("at least one port: " + portCount);
        }
        this.instrumentCount = config.instrumentCount();
        this.symbols = new long[instrumentCount];
        this.instrumentBySymbol = new Long2LongHashMap(Math.max(16, instrumentCount * 4), 0.65f, MISSING);
        for (int i = 0; i < instrumentCount; i++) {
            symbols[i] = Ouch50.packSymbol(config.symbol(i));
            instrumentBySymbol.put(symbols[i], i);
        }
        this.dispatcher = new OuchRequestDispatcher(new Requests(), new WireErrorCounters("ouch venue",
            errorListener));
        this.ports = new Port[portCount];
        final SoupBinTcpAuthenticator anyone = (connectionId, request) -> SoupBinTcpAuthenticator.ACCEPT;
        for (int p = 0; p < portCount; p++) {
            ports[p] = new Port(p, config.maxOrders(), instrumentCount);
            ports[p].server = new SoupBinTcpServer("OUCH" + p, soupConfig, 1,
                new SoupBinTcpMessageStore(64 << 20, 1 << 20), clock, anyone, ports[p], errorListener);
        }
        this.scratch = new long[config.maxOrders()];
        this.epochClock = epochClock;
        this.engine = new MatchingEngine(config, epochClock, new Executions(), bookEvents);
    }

    /**
     * Starts listening on one port. Start-up call.
     *
     * @param port    port index.
     * @param address where; port 0 picks a free one ({@link #localAddress(int)}).
     * @throws IOException if it cannot be bound.
     */
    public void bind(final int port, final InetSocketAddress address) throws IOException {
        ports[port].server.bind(address);
    }

    /**
     * Returns where a port listens.
     *
     * @param port port index.
     * @return its bound address.
     */
    public InetSocketAddress localAddress(final int port) {
        return ports[port].server.localAddress();
    }

    /**
     * Polls every port once: accepts, logins, requests (matched at once), heartbeats and writes.
     *
     * @return work done; 0 when idle.
     */
    public int doWork() {
        int work = 0;
        final Port[] all = ports;
        for (int p = 0; p < all.length; p++) {
            work += all[p].server.poll();
        }
        if (delay != null) {
            work += delay.poll(clock.nanoTime(), dueRequests, 1024);
        }
        return work;
    }

    /**
     * Returns the added order-entry latency.
     *
     * @return nanoseconds; 0 for none.
     */
    public long orderLatencyNs() {
        return delay == null ? 0 : delay.latencyNs();
    }

    /**
     * Returns the requests waiting for their due time.
     *
     * @return count.
     */
    public int delayedRequests() {
        return delay == null ? 0 : delay.size();
    }

    /**
     * Returns the requests applied before their due time because the delay ring was full.
     *
     * @return count.
     */
    public long delayOverflows() {
        return delay == null ? 0 : delay.overflows();
    }

    /**
     * Returns the matching engine, for background flow on the venue's thread and for book queries.
     *
     * @return the engine.
     */
    public MatchingEngine engine() {
        return engine;
    }

    /**
     * Returns a port's engine owner id.
     *
     * @param port port index.
     * @return {@link #PORT_OWNER_BASE} plus the index.
     */
    public static long ownerId(final int port) {
        return PORT_OWNER_BASE + port;
    }

    /**
     * Returns the number of ports.
     *
     * @return the port count.
     */
    public int portCount() {
        return ports.length;
    }

    /**
     * Returns a port's net executed quantity in an instrument, from the venue's own fills (bought minus sold).
     *
     * @param port         port index.
     * @param instrumentId instrument.
     * @return net quantity.
     */
    public long position(final int port, final int instrumentId) {
        return ports[port].positions[instrumentId];
    }

    /**
     * Returns a port's executed quantity (both sides), from the venue's own fills.
     *
     * @param port port index.
     * @return shares executed.
     */
    public long executedQuantity(final int port) {
        return ports[port].executedQuantity;
    }

    /**
     * Returns the number of a port's orders open in the engine.
     *
     * @param port port index.
     * @return open orders.
     */
    public int openOrders(final int port) {
        return ports[port].orderIdByUserRefNum.size();
    }

    /**
     * Returns whether a port has a logged-in session.
     *
     * @param port port index.
     * @return {@code true} if logged in.
     */
    public boolean isLoggedIn(final int port) {
        return ports[port].server.loggedInCount() > 0;
    }

    /**
     * Returns the OUCH requests received on all ports.
     *
     * @return request count.
     */
    public long requests() {
        return requests;
    }

    /**
     * Returns the Order Rejected messages sent (enters and replaces, all ports).
     *
     * @return reject count.
     */
    public long rejectsSent() {
        return rejectsSent;
    }

    /**
     * Returns the reports a port's server could not take (store full or closed); each is lost for the client.
     *
     * @return failure count.
     */
    public long sendFailures() {
        return sendFailures;
    }

    /**
     * Returns the request decoder's error counters (malformed or unknown OUCH requests).
     *
     * @return counters.
     */
    public WireErrorCounters errors() {
        return dispatcher.errors();
    }

    /** Closes every port's server. */
    @Override
    public void close() {
        for (final Port port : ports) {
            port.closing = true;
            port.server.close();
        }
    }

    private void applyDue(final int port, final DirectBuffer buffer, final int offset, final int length,
        final Object attachment) {
        apply(ports[port], buffer, offset, length);
    }

    private void apply(final Port port, final DirectBuffer buffer, final int offset, final int length) {
        current = port;
        dispatcher.onMessage(buffer, offset, length);
        current = null;
    }

    private Port portOf(final long ownerId) {
        final long index = ownerId - PORT_OWNER_BASE;
        return index >= 0 && index < ports.length ? ports[(int) index] : null;
    }

    private static long midnightNs(final long epochNs) {
        return Math.floorMod(epochNs, NANOS_PER_DAY);
    }

    private void send(final Port port, final int length) {
        if (port.server.trySendSequenced(out, 0, length) != Result.OK) {
            sendFailures++;
        }
    }

    private void reject(final Port port, final long userRefNum, final int reason, final long timestampNs) {
        rejectsSent++;
        send(port, rejected.wrap(out, 0).timestamp(midnightNs(timestampNs)).userRefNum(userRefNum).reason(reason)
            .clOrdIdNumber(userRefNum).encodedLength());
    }

    private static int ouchReject(final RejectReason reason) {
        switch (reason) {
            case UNKNOWN_INSTRUMENT:
                return Ouch50.REJECT_INVALID_SYMBOL;
            case INVALID_PRICE:
                return Ouch50.REJECT_INVALID_PRICE;
            case INVALID_QUANTITY:
            case MAX_ORDER_QUANTITY:
                return Ouch50.REJECT_INVALID_QUANTITY;
            case TRADING_HALTED:
                return Ouch50.REJECT_HALTED;
            default:
                return Ouch50.REJECT_OTHER;
        }
    }

    /** Cancels every open order of a port (optionally one instrument), collecting ids first. */
    private void cancelOpen(final Port port, final int instrumentId, final byte reason) {
        int count = 0;
        final Long2LongHashMap.KeyIterator keys = port.orderIdByUserRefNum.keySet().iterator();
        while (keys.hasNext() && count < scratch.length) {
            scratch[count++] = port.orderIdByUserRefNum.get(keys.nextValue());
        }
        cancelReasonOverride = reason;
        for (int i = 0; i < count; i++) {
            final long orderId = scratch[i];
            if (instrumentId < 0 || port.instrumentOf(orderId) == instrumentId) {
                engine.cancel(port.ownerId, orderId);
            }
        }
        cancelReasonOverride = 0;
    }

    /** One OUCH port: a SoupBinTCP server with one session and its orders. */
    private final class Port implements SoupBinTcpServerListener {
        final int index;
        final long ownerId;
        final Long2LongHashMap orderIdByUserRefNum;
        /** Engine order id to {@code instrument << 1 | (sell ? 1 : 0)}. */
        final Long2LongHashMap instrumentByOrderId;
        final long[] positions;
        SoupBinTcpServer server;
        long lastUserRefNum;
        long executedQuantity;
        boolean closing;

        Port(final int index, final int maxOrders, final int instruments) {
            this.index = index;
            this.ownerId = ownerId(index);
            this.orderIdByUserRefNum = new Long2LongHashMap(Math.max(16, maxOrders * 2), 0.65f, MISSING);
            this.instrumentByOrderId = new Long2LongHashMap(Math.max(16, maxOrders * 2), 0.65f, MISSING);
            this.positions = new long[instruments];
        }

        int instrumentOf(final long orderId) {
            final long packed = instrumentByOrderId.get(orderId);
            return packed == MISSING ? -1 : (int) (packed >> 1);
        }

        byte sideOf(final long orderId) {
            return (instrumentByOrderId.get(orderId) & 1) == 0 ? Ouch50.SIDE_BUY : Ouch50.SIDE_SELL;
        }

        boolean takeUserRefNum(final long userRefNum) {
            if (userRefNum <= lastUserRefNum) {
                return false;
            }
            lastUserRefNum = userRefNum;
            return true;
        }

        void forget(final long userRefNum) {
            final long orderId = orderIdByUserRefNum.remove(userRefNum);
            if (orderId != MISSING) {
                instrumentByOrderId.remove(orderId);
            }
        }

        @Override
        public void onConnected(final int connectionId) {
        }

        @Override
        public void onLoginAccepted(final int connectionId, final long sequenceNumber) {
        }

        @Override
        public void onUnsequencedMessage(final int connectionId, final DirectBuffer buffer, final int offset,
            final int length) {
            requests++;
            final OrderDelayRing ring = delay;
            if (ring == null) {
                apply(this, buffer, offset, length);
                return;
            }
            final long now = clock.nanoTime();
            while (!ring.offer(now, index, buffer, offset, length)) {
                if (!ring.releaseEarly(dueRequests)) {
                    apply(this, buffer, offset, length);                 // longer than any OUCH request
                    return;
                }
            }
        }

        @Override
        public void onDisconnected(final int connectionId, final SoupBinTcpDisconnectReason reason) {
            if (!closing) {
                cancelOpen(this, -1, Ouch50.CANCEL_REASON_DISCONNECT);
            }
        }
    }

    /** OUCH requests of the port being polled, to the engine. */
    private final class Requests implements OuchRequestListener {

        @Override
        public void onEnterOrder(final EnterOrderDecoder message) {
            final Port port = current;
            final long userRefNum = message.userRefNum();
            final long now = epochClock.epochNanos();
            if (!port.takeUserRefNum(userRefNum)) {
                reject(port, userRefNum, Ouch50.REJECT_OTHER, now);
                return;
            }
            final long instrument = instrumentBySymbol.get(message.symbol());
            if (instrument == MISSING) {
                reject(port, userRefNum, Ouch50.REJECT_INVALID_SYMBOL, now);
                return;
            }
            final byte sideCode = message.side();
            if (sideCode != Ouch50.SIDE_BUY && sideCode != Ouch50.SIDE_SELL) {
                reject(port, userRefNum, Ouch50.REJECT_INVALID_SIDE, now);
                return;
            }
            final byte tifCode = message.timeInForce();
            if (message.display() == Ouch50.DISPLAY_HIDDEN || (tifCode != Ouch50.TIF_DAY && tifCode != Ouch50.TIF_IOC)
                || message.crossType() != Ouch50.CROSS_TYPE_CONTINUOUS) {
                reject(port, userRefNum, Ouch50.REJECT_OTHER, now);
                return;
            }
            final long quantity = message.quantity();
            TimeInForce tif = tifCode == Ouch50.TIF_IOC ? TimeInForce.IOC : TimeInForce.DAY;
            int instructions = ExecInstructions.NONE;
            if (message.appendageLength() > 0) {
                if (tif == TimeInForce.IOC && message.appendage().has(OuchAppendage.MIN_QTY)
                    && message.appendage().minQty() == quantity) {
                    tif = TimeInForce.FOK;
                }
                if (message.appendage().has(OuchAppendage.POST_ONLY) && message.appendage().postOnly() == 'P') {
                    instructions |= ExecInstructions.POST_ONLY;
                }
            }
            currentEnter = message;
            engine.submit((int) instrument, port.ownerId, userRefNum,
                sideCode == Ouch50.SIDE_BUY ? Side.BUY : Side.SELL, OrderType.LIMIT, tif, instructions,
                Ouch50.price4ToFixedPoint(message.price()), quantity);
            currentEnter = null;
        }

        @Override
        public void onReplaceOrder(final ReplaceOrderDecoder message) {
            final Port port = current;
            final long newUserRefNum = message.userRefNum();
            final long orderId = port.orderIdByUserRefNum.get(message.origUserRefNum());
            if (!port.takeUserRefNum(newUserRefNum) || orderId == MISSING) {
                reject(port, newUserRefNum, Ouch50.REJECT_OTHER, epochClock.epochNanos());
                return;
            }
            if (message.quantity() == 0) {
                engine.cancel(port.ownerId, orderId);
                return;
            }
            if (engine.replace(port.ownerId, orderId, newUserRefNum, Ouch50.price4ToFixedPoint(message.price()),
                message.quantity()) < 0) {
                reject(port, newUserRefNum, Ouch50.REJECT_OTHER, epochClock.epochNanos());
            }
        }

        @Override
        public void onCancelOrder(final CancelOrderDecoder message) {
            final Port port = current;
            final long orderId = port.orderIdByUserRefNum.get(message.userRefNum());
            if (orderId == MISSING) {
                return;
            }
            final long quantity = message.quantity();
            if (quantity == 0) {
                engine.cancel(port.ownerId, orderId);
            } else if (quantity < engine.leavesQuantity(orderId)) {
                engine.reduce(port.ownerId, orderId, quantity);
            }
        }

        @Override
        public void onMassCancelRequest(final MassCancelRequestDecoder message) {
            final Port port = current;
            port.takeUserRefNum(message.userRefNum());
            final long symbol = message.symbol();
            final boolean all = symbol == Ouch50.packSymbol("");
            final long instrument = all ? -1 : instrumentBySymbol.get(symbol);
            if (all || instrument != MISSING) {
                cancelOpen(port, (int) instrument, Ouch50.CANCEL_REASON_MASS_CANCEL);
            }
            send(port, massCancelResponse.wrap(out, 0).timestamp(midnightNs(epochClock.epochNanos()))
                .userRefNum(message.userRefNum())
                .firm(message.firm()).symbol(symbol).encodedLength());
        }
    }

    /** Engine reports: OUCH messages for the ports' orders, then the tap. */
    private final class Executions implements ExecutionListener {
        private final OuchReports reports = new OuchReports();

        @Override
        public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
            final long bookReference, final int instrumentId, final Side side, final long priceFixed,
            final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
            reports.onAccepted(ownerId, clientOrderId, orderId, bookReference, instrumentId, side, priceFixed,
                quantity, timeInForce, execInstructions, timestampNs);
            tap.onAccepted(ownerId, clientOrderId, orderId, bookReference, instrumentId, side, priceFixed, quantity,
                timeInForce, execInstructions, timestampNs);
        }

        @Override
        public void onRejected(final long ownerId, final long clientOrderId, final int instrumentId,
            final RejectReason reason, final long timestampNs) {
            reports.onRejected(ownerId, clientOrderId, instrumentId, reason, timestampNs);
            tap.onRejected(ownerId, clientOrderId, instrumentId, reason, timestampNs);
        }

        @Override
        public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
            final Side side, final long executionId, final long matchNumber, final long priceFixed,
            final long quantity, final long leavesQuantity, final long cumulativeQuantity, final Liquidity liquidity,
            final long timestampNs) {
            reports.onFill(ownerId, clientOrderId, orderId, instrumentId, side, executionId, matchNumber, priceFixed,
                quantity, leavesQuantity, cumulativeQuantity, liquidity, timestampNs);
            tap.onFill(ownerId, clientOrderId, orderId, instrumentId, side, executionId, matchNumber, priceFixed,
                quantity, leavesQuantity, cumulativeQuantity, liquidity, timestampNs);
        }

        @Override
        public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
            final long canceledQuantity, final long leavesQuantity, final CancelReason reason,
            final long timestampNs) {
            reports.onCanceled(ownerId, clientOrderId, orderId, canceledQuantity, leavesQuantity, reason, timestampNs);
            tap.onCanceled(ownerId, clientOrderId, orderId, canceledQuantity, leavesQuantity, reason, timestampNs);
        }

        @Override
        public void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
            final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
            final boolean priorityRetained, final long timestampNs) {
            reports.onReplaced(ownerId, clientOrderId, origClientOrderId, orderId, bookReference, priceFixed,
                leavesQuantity, priorityRetained, timestampNs);
            tap.onReplaced(ownerId, clientOrderId, origClientOrderId, orderId, bookReference, priceFixed,
                leavesQuantity, priorityRetained, timestampNs);
        }

        @Override
        public void onCancelRejected(final long ownerId, final long clientOrderId, final long orderId,
            final RejectReason reason, final long timestampNs) {
            tap.onCancelRejected(ownerId, clientOrderId, orderId, reason, timestampNs);
        }
    }

    /** Engine reports for the ports' orders, to OUCH. */
    private final class OuchReports implements ExecutionListener {
        @Override
        public void onAccepted(final long ownerId, final long clientOrderId, final long orderId,
            final long bookReference, final int instrumentId, final Side side, final long priceFixed,
            final long quantity, final TimeInForce timeInForce, final int execInstructions, final long timestampNs) {
            final Port port = portOf(ownerId);
            if (port == null) {
                return;
            }
            port.orderIdByUserRefNum.put(clientOrderId, orderId);
            port.instrumentByOrderId.put(orderId, ((long) instrumentId << 1) | (side == Side.SELL ? 1 : 0));
            final OrderAcceptedEncoder encoder = accepted.wrap(out, 0).timestamp(midnightNs(timestampNs))
                .userRefNum(clientOrderId).side(side == Side.BUY ? Ouch50.SIDE_BUY : Ouch50.SIDE_SELL)
                .quantity(quantity).symbol(symbols[instrumentId]).price(Ouch50.fixedPointToPrice4(priceFixed))
                .timeInForce(timeInForce == TimeInForce.DAY ? Ouch50.TIF_DAY : Ouch50.TIF_IOC)
                .display(Ouch50.DISPLAY_VISIBLE).orderReferenceNumber(bookReference).capacity(Ouch50.CAPACITY_AGENCY)
                .interMarketSweepEligibility(Ouch50.NO).crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
                .orderState(Ouch50.ORDER_STATE_LIVE);
            final EnterOrderDecoder enter = currentEnter;
            if (enter != null) {
                encoder.clOrdId(enter.buffer(), enter.offset() + EnterOrderDecoder.CL_ORD_ID_OFFSET);
            } else {
                encoder.clOrdIdNumber(clientOrderId);
            }
            send(port, encoder.encodedLength());
        }

        @Override
        public void onRejected(final long ownerId, final long clientOrderId, final int instrumentId,
            final RejectReason reason, final long timestampNs) {
            final Port port = portOf(ownerId);
            if (port != null) {
                reject(port, clientOrderId, ouchReject(reason), timestampNs);
            }
        }

        @Override
        public void onFill(final long ownerId, final long clientOrderId, final long orderId, final int instrumentId,
            final Side side, final long executionId, final long matchNumber, final long priceFixed,
            final long quantity, final long leavesQuantity, final long cumulativeQuantity, final Liquidity liquidity,
            final long timestampNs) {
            final Port port = portOf(ownerId);
            if (port == null) {
                return;
            }
            port.positions[instrumentId] += side == Side.BUY ? quantity : -quantity;
            port.executedQuantity += quantity;
            if (leavesQuantity == 0) {
                port.forget(clientOrderId);
            }
            send(port, executed.wrap(out, 0).timestamp(midnightNs(timestampNs)).userRefNum(clientOrderId)
                .quantity(quantity).price(Ouch50.fixedPointToPrice4(priceFixed))
                .liquidityFlag(liquidity == Liquidity.ADDED ? Ouch50.LIQUIDITY_ADDED : Ouch50.LIQUIDITY_REMOVED)
                .matchNumber(matchNumber).encodedLength());
        }

        @Override
        public void onCanceled(final long ownerId, final long clientOrderId, final long orderId,
            final long canceledQuantity, final long leavesQuantity, final CancelReason reason,
            final long timestampNs) {
            final Port port = portOf(ownerId);
            if (port == null) {
                return;
            }
            if (leavesQuantity == 0) {
                port.forget(clientOrderId);
            }
            final byte code = cancelReasonOverride != 0 ? cancelReasonOverride : reason.ouchCode();
            send(port, canceled.wrap(out, 0).timestamp(midnightNs(timestampNs)).userRefNum(clientOrderId)
                .quantity(canceledQuantity).reason(code).encodedLength());
        }

        @Override
        public void onReplaced(final long ownerId, final long clientOrderId, final long origClientOrderId,
            final long orderId, final long bookReference, final long priceFixed, final long leavesQuantity,
            final boolean priorityRetained, final long timestampNs) {
            final Port port = portOf(ownerId);
            if (port == null) {
                return;
            }
            port.orderIdByUserRefNum.remove(origClientOrderId);
            final boolean live = leavesQuantity > 0;
            final int instrumentId = port.instrumentOf(orderId);
            final byte side = port.sideOf(orderId);
            if (live) {
                port.orderIdByUserRefNum.put(clientOrderId, orderId);
            } else {
                port.instrumentByOrderId.remove(orderId);
            }
            send(port, replaced.wrap(out, 0).timestamp(midnightNs(timestampNs)).origUserRefNum(origClientOrderId)
                .userRefNum(clientOrderId).side(side)
                .quantity(leavesQuantity).symbol(instrumentId >= 0 ? symbols[instrumentId] : 0)
                .price(Ouch50.fixedPointToPrice4(priceFixed)).timeInForce(Ouch50.TIF_DAY)
                .display(Ouch50.DISPLAY_VISIBLE).orderReferenceNumber(bookReference).capacity(Ouch50.CAPACITY_AGENCY)
                .interMarketSweepEligibility(Ouch50.NO).crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
                .orderState(live ? Ouch50.ORDER_STATE_LIVE : Ouch50.ORDER_STATE_DEAD).clOrdIdNumber(clientOrderId)
                .encodedLength());
        }
    }
}
