package dev.hft.net.ouch;

import java.net.SocketAddress;
import java.util.Objects;

import dev.hft.api.ExecInstructions;
import dev.hft.api.FixedPoint;
import dev.hft.api.Instrument;
import dev.hft.api.InstrumentRegistry;
import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.WireErrorListener;
import dev.hft.net.soupbintcp.SoupBinTcpClient;
import dev.hft.net.soupbintcp.SoupBinTcpClientListener;
import dev.hft.net.soupbintcp.SoupBinTcpConfig;
import dev.hft.net.soupbintcp.SoupBinTcpDisconnectReason;
import dev.hft.timing.EpochNanoClock;
import dev.hft.timing.NanoClock;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A {@link VenueGateway} speaking NASDAQ OUCH 5.0 over its own {@link SoupBinTcpClient}: venue-neutral requests out
 * as Enter / Cancel / Replace Order and Mass Cancel Request, the venue's messages back as
 * {@link OrderEventListener} events. One trading thread owns it and calls {@link #poll()} in its duty cycle.
 *
 * <h2>Use</h2>
 * <pre>
 * OuchVenueGateway ouch = new OuchVenueGateway(venueId, instruments, new OuchVenueGateway.Config().firm("ABCD"),
 *     new SoupBinTcpConfig(), clock, epochClock, orderEvents, errorListener);
 * ouch.login(user, password);                                 // credentials from the host's configuration
 * ouch.connect(new InetSocketAddress(host, port));
 * while (running) {
 *     idle.idle(ouch.poll());                                 // session, then OUCH events to orderEvents
 *     ouch.newOrder(42, aapl, Side.BUY, 100, FixedPoint.parse("187.25"), OrderType.LIMIT, TimeInForce.DAY, 0);
 * }
 * </pre>
 *
 * <h2>Mapping</h2>
 * <ul>
 *     <li>Every Enter Order, Replace Order and Mass Cancel Request takes the next UserRefNum (strictly increasing, as
 *     the spec requires; start from {@link Config#firstUserRefNum}, and an Account Query Response raises it). Client
 *     order ids and UserRefNums map to a preallocated order slot through primitive open-addressing maps; the
 *     ClOrdID carries the client order id in decimal (its low 14 digits), for the venue's logs only.</li>
 *     <li>Instrument ids resolve to symbols once, at construction ({@link InstrumentRegistry}); instruments added
 *     later are unknown to the gateway. Prices go out as OUCH's 4-decimal integers: a price not on the
 *     instrument's tick or with digits beyond the 4th decimal is refused locally ({@link RejectReason#INVALID_PRICE}),
 *     never rounded.</li>
 *     <li>Supported: LIMIT orders; DAY (Time in Force 0), IOC (3), FOK (IOC with Min Qty = quantity), OPENING and
 *     CLOSE (day orders with Cross Type O / C); {@link ExecInstructions#POST_ONLY} (Post Only option),
 *     {@link ExecInstructions#HIDDEN} (Display N), {@link ExecInstructions#INTERMARKET_SWEEP} (ISO Y). Anything
 *     else is {@link Result#UNSUPPORTED}.</li>
 *     <li>{@link #replaceOrder} takes the FIX-style total quantity and sends OUCH's open quantity: the total minus
 *     what the gateway has seen executed (never below 0, which the venue treats as a cancel); time in force,
 *     display and intermarket sweep stay as the order was entered.</li>
 *     <li>{@link #cancelAll} sends one Mass Cancel Request for the configured firm and the instrument's symbol
 *     (all symbols for {@link Instrument#NULL_INSTRUMENT_ID}); the venue answers with one Order Canceled per
 *     order, which become {@link OrderEventListener#onCanceled} events.</li>
 *     <li>Venue events: Order Accepted to {@code onAccepted} (venue order id = Order Reference Number), Order
 *     Executed to {@code onFill} (execution id = Match Number), Order Canceled / AIQ Canceled to {@code onCanceled}
 *     once nothing is left open ({@code NONE} for user and mass cancels, {@code VENUE_DISCONNECTED} for cancel on
 *     disconnect, {@code TRADING_HALTED} for halts, {@code VENUE_REJECT} otherwise) and to {@code onExpired} for a
 *     Time in Force timeout; a partial reduction only lowers the leaves the next event reports. Order Replaced to
 *     {@code onReplaced}; Order Rejected to {@code onRejected} for an enter and {@code onCancelRejected} for a
 *     replace; Cancel Reject to {@code onCancelRejected}. Broken Trade and Trade Correction have no venue-neutral
 *     event yet: they are counted ({@link #brokenTrades()}) for the host to reconcile.</li>
 *     <li>Event timestamps are the venue's (nanoseconds since midnight) plus {@link Config#venueMidnightEpochNs} when
 *     that is set, else the receive time from the epoch clock. Messages for UserRefNums the gateway does not know
 *     (e.g. replays after a reconnect) are counted as {@link WireError#BAD_FIELD} and ignored.</li>
 * </ul>
 *
 * <h2>Cancel on disconnect</h2>
 * Nasdaq OUCH ports can be configured to cancel every open order when the session is lost (the cancels then appear
 * in the sequenced stream with reason K, replayed at the next login). {@link Config#cancelOnDisconnect} states how
 * the port is configured. When it is {@code true} (the default, the safe setting), a disconnect makes the gateway
 * report {@code onCanceled(..., VENUE_DISCONNECTED, ...)} for every order it believed working and forget them,
 * so nothing is believed working while the venue cannot be reached; the K cancels replayed after reconnecting are
 * then unknown UserRefNums and ignored. When it is {@code false} the orders stay working at the venue and in the
 * gateway, and the replay after reconnecting (the client asks for its next sequence number) brings every event
 * missed meanwhile. While disconnected every request returns {@link Result#NOT_CONNECTED}.
 *
 * <h2>Throttle</h2>
 * An {@link OuchThrottle} ({@link Config#throttle}) is consulted after the local checks and before each send;
 * refusing makes the call return {@link Result#THROTTLED} with nothing sent.
 *
 * <h2>Threading and allocation</h2>
 * Single-threaded, like every {@link VenueGateway}. Order slots, maps and buffers are made at construction; sending
 * and receiving allocate nothing in steady state. Bad wire input is counted in {@link #errors()} and never throws.
 */
public final class OuchVenueGateway implements VenueGateway, AutoCloseable {
    /** Settings of a gateway; plain setters, read once at construction. */
    public static final class Config {
        private int maxOrders = 1 << 16;
        private long firstUserRefNum = 1;
        private String firm = "";
        private byte capacity = Ouch50.CAPACITY_AGENCY;
        private boolean cancelOnDisconnect = true;
        private long venueMidnightEpochNs = -1;
        private OuchThrottle throttle = OuchThrottle.NONE;

        /**
         * Sets how many orders may be working (or awaiting the venue's answer) at once.
         *
         * @param maxOrders slots to preallocate; default 65,536.
         * @return this config.
         */
        public Config maxOrders(final int maxOrders) {
            if (maxOrders < 1) {
                throw new IllegalArgumentException("maxOrders must be positive: " + maxOrders);
            }
            this.maxOrders = maxOrders;
            return this;
        }

        /**
         * Sets the first UserRefNum to use (the account's next expected one, e.g. after a restart).
         *
         * @param firstUserRefNum 1 to 4294967295; default 1.
         * @return this config.
         */
        public Config firstUserRefNum(final long firstUserRefNum) {
            if (firstUserRefNum < 1 || firstUserRefNum > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("UserRefNum out of range: " + firstUserRefNum);
            }
            this.firstUserRefNum = firstUserRefNum;
            return this;
        }

        /**
         * Sets the firm (MPID) sent as the Firm option of every Enter Order and in Mass Cancel Requests.
         *
         * @param firm at most 4 ASCII characters; blank for none (the port's default firm).
         * @return this config.
         */
        public Config firm(final String firm) {
            Ouch50.packFirm(Objects.requireNonNull(firm, "firm"));
            this.firm = firm;
            return this;
        }

        /**
         * Sets the Capacity of every order.
         *
         * @param capacity {@link Ouch50#CAPACITY_AGENCY} (default), principal, riskless or other.
         * @return this config.
         */
        public Config capacity(final byte capacity) {
            this.capacity = capacity;
            return this;
        }

        /**
         * States whether the OUCH port cancels open orders when the session is lost (see the class comment).
         *
         * @param cancelOnDisconnect {@code true} (default) if it does.
         * @return this config.
         */
        public Config cancelOnDisconnect(final boolean cancelOnDisconnect) {
            this.cancelOnDisconnect = cancelOnDisconnect;
            return this;
        }

        /**
         * Sets the epoch time of the venue's midnight, so event timestamps are the venue's own.
         *
         * @param venueMidnightEpochNs epoch nanoseconds of today's midnight in the venue's time zone; -1 (default)
         *                             to stamp events with the receive time instead.
         * @return this config.
         */
        public Config venueMidnightEpochNs(final long venueMidnightEpochNs) {
            this.venueMidnightEpochNs = venueMidnightEpochNs;
            return this;
        }

        /**
         * Sets the send throttle.
         *
         * @param throttle consulted before each send; default {@link OuchThrottle#NONE}.
         * @return this config.
         */
        public Config throttle(final OuchThrottle throttle) {
            this.throttle = Objects.requireNonNull(throttle, "throttle");
            return this;
        }
    }

    private static final long MISSING = -1;
    private static final long MAX_CL_ORD_ID = 100_000_000_000_000L;
    private static final long MAX_QUANTITY = 0xFFFF_FFFFL;
    private static final int MAX_SEND_LENGTH = 256;

    private final int venueId;
    private final OrderEventListener listener;
    private final NanoClock clock;
    private final EpochNanoClock epochClock;
    private final SoupBinTcpClient client;
    private final WireErrorCounters errors;
    private final OuchMessageDispatcher dispatcher;
    private final OuchThrottle throttle;
    private final long[] symbols;
    private final Instrument[] instruments;
    private final int firm;
    private final boolean hasFirm;
    private final byte capacity;
    private final boolean cancelOnDisconnect;
    private final long venueMidnightEpochNs;

    private final UnsafeBuffer sendBuffer = new UnsafeBuffer(new byte[MAX_SEND_LENGTH]);
    private final EnterOrderEncoder enterOrder = new EnterOrderEncoder();
    private final CancelOrderEncoder cancelOrder = new CancelOrderEncoder();
    private final ReplaceOrderEncoder replaceOrder = new ReplaceOrderEncoder();
    private final MassCancelRequestEncoder massCancel = new MassCancelRequestEncoder();
    private final AccountQueryRequestEncoder accountQuery = new AccountQueryRequestEncoder();

    private final Long2LongHashMap slotByClientOrderId;
    private final Long2LongHashMap slotByUserRefNum;
    private final int[] freeSlots;
    private int freeCount;
    private final long[] clientOrderIds;
    private final long[] userRefNums;
    private final long[] executedQuantities;
    private final long[] openQuantities;
    private final byte[] timesInForce;
    private final byte[] displays;
    private final byte[] sweepEligibilities;
    private final long[] replaceClientOrderIds;
    private final long[] replaceUserRefNums;
    private final long[] replaceTotalQuantities;

    private long nextUserRefNum;
    private RejectReason lastRejectReason = RejectReason.NONE;
    private long brokenTrades;
    private long tradeCorrections;
    private boolean closed;

    /**
     * Creates a gateway and its SoupBinTCP client; allocates every order slot and buffer now.
     *
     * @param venueId       dense venue id its events carry.
     * @param instruments   the instruments it may trade; read now.
     * @param config        gateway settings (read now).
     * @param soupConfig    SoupBinTCP timing and buffer sizes.
     * @param clock         monotonic time for the session and the throttle.
     * @param epochClock    wall time for event timestamps.
     * @param listener      receives the venue-neutral order events.
     * @param errorListener receives bad input and session errors (counted either way).
     */
    public OuchVenueGateway(
        final int venueId,
        final InstrumentRegistry instruments,
        final Config config,
        final SoupBinTcpConfig soupConfig,
        final NanoClock clock,
        final EpochNanoClock epochClock,
        final OrderEventListener listener,
        final WireErrorListener errorListener) {
        this.venueId = venueId;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = clock;
        this.epochClock = epochClock;
        this.errors = new WireErrorCounters("ouch gateway", errorListener);
        this.dispatcher = new OuchMessageDispatcher(new VenueMessages(), errors);
        this.client = new SoupBinTcpClient(soupConfig, clock, new Session(), errorListener);
        this.throttle = config.throttle;
        this.firm = Ouch50.packFirm(config.firm);
        this.hasFirm = !config.firm.isBlank();
        this.capacity = config.capacity;
        this.cancelOnDisconnect = config.cancelOnDisconnect;
        this.venueMidnightEpochNs = config.venueMidnightEpochNs;
        this.nextUserRefNum = config.firstUserRefNum;
        final int count = instruments.size();
        this.symbols = new long[count];
        this.instruments = new Instrument[count];
        for (int id = 0; id < count; id++) {
            this.instruments[id] = instruments.byId(id);
            this.symbols[id] = Ouch50.packSymbol(this.instruments[id].symbol());
        }
        final int maxOrders = config.maxOrders;
        this.slotByClientOrderId = new Long2LongHashMap(maxOrders * 4, 0.65f, MISSING);
        this.slotByUserRefNum = new Long2LongHashMap(maxOrders * 8, 0.65f, MISSING);
        this.freeSlots = new int[maxOrders];
        for (int i = 0; i < maxOrders; i++) {
            freeSlots[i] = maxOrders - 1 - i;
        }
        this.freeCount = maxOrders;
        this.clientOrderIds = new long[maxOrders];
        this.userRefNums = new long[maxOrders];
        this.executedQuantities = new long[maxOrders];
        this.openQuantities = new long[maxOrders];
        this.timesInForce = new byte[maxOrders];
        this.displays = new byte[maxOrders];
        this.sweepEligibilities = new byte[maxOrders];
        this.replaceClientOrderIds = new long[maxOrders];
        this.replaceUserRefNums = new long[maxOrders];
        this.replaceTotalQuantities = new long[maxOrders];
        java.util.Arrays.fill(replaceUserRefNums, MISSING);
    }

    /**
     * Sets the credentials of the next {@link #connect}. Start-up call, while disconnected; the first login asks
     * for the whole session (message 1), reconnects for the next message not yet seen.
     *
     * @param username SoupBinTCP username (from the host's configuration, never from code).
     * @param password SoupBinTCP password.
     */
    public void login(final String username, final String password) {
        client.login(username, password, "", 1);
    }

    /**
     * Starts connecting the session; {@link #poll()} completes the connect and the login.
     *
     * @param address the venue's OUCH port.
     * @return {@link Result#OK}, or {@link Result#NOT_CONNECTED} if no socket could be opened.
     */
    public int connect(final SocketAddress address) {
        return client.connect(address);
    }

    /**
     * Does one duty cycle of the session: connect, login, heartbeats, and every OUCH message received, turned into
     * listener events.
     *
     * @return work done; 0 when idle.
     */
    public int poll() {
        return client.poll();
    }

    /**
     * Asks the venue for the account's next expected UserRefNum (answered by Account Query Response, which raises
     * the gateway's next UserRefNum if it is behind).
     *
     * @return as {@link SoupBinTcpClient#trySendUnsequenced}.
     */
    public int queryAccount() {
        return client.trySendUnsequenced(sendBuffer, 0, accountQuery.wrap(sendBuffer, 0).encodedLength());
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public int newOrder(
        final long clientOrderId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions) {
        if (side == Side.UNKNOWN || type == OrderType.UNKNOWN || timeInForce == TimeInForce.UNKNOWN
            || quantity <= 0 || !ExecInstructions.isValid(execInstructions) || clientOrderId <= 0
            || type.hasLimitPrice() && priceFixed == FixedPoint.NULL_PRICE) {
            return Result.INVALID_ARGUMENT;
        }
        if (type != OrderType.LIMIT) {
            return Result.UNSUPPORTED;
        }
        final byte tif;
        byte crossType = Ouch50.CROSS_TYPE_CONTINUOUS;
        switch (timeInForce) {
            case DAY:
                tif = Ouch50.TIF_DAY;
                break;
            case IOC:
            case FOK:
                tif = Ouch50.TIF_IOC;
                break;
            case OPENING:
                tif = Ouch50.TIF_DAY;
                crossType = Ouch50.CROSS_TYPE_OPENING;
                break;
            case CLOSE:
                tif = Ouch50.TIF_DAY;
                crossType = Ouch50.CROSS_TYPE_CLOSING;
                break;
            default:
                return Result.UNSUPPORTED;
        }
        if ((execInstructions & (ExecInstructions.ALL_OR_NONE | ExecInstructions.REDUCE_ONLY)) != 0) {
            return Result.UNSUPPORTED;
        }
        if (instrumentId < 0 || instrumentId >= symbols.length) {
            return reject(RejectReason.UNKNOWN_INSTRUMENT);
        }
        final Instrument instrument = instruments[instrumentId];
        if (!instrument.isValidQuantity(quantity) || quantity > MAX_QUANTITY) {
            return reject(RejectReason.INVALID_QUANTITY);
        }
        if (!instrument.isValidPrice(priceFixed) || !Ouch50.isPrice4(priceFixed) || priceFixed <= 0) {
            return reject(RejectReason.INVALID_PRICE);
        }
        if (slotByClientOrderId.containsKey(clientOrderId)) {
            return reject(RejectReason.DUPLICATE_ORDER);
        }
        if (freeCount == 0) {
            return reject(RejectReason.MAX_OPEN_ORDERS);
        }
        final int ready = readyToSend();
        if (ready != Result.OK) {
            return ready;
        }
        final long userRefNum = nextUserRefNum;
        final byte display = ExecInstructions.has(execInstructions, ExecInstructions.HIDDEN)
            ? Ouch50.DISPLAY_HIDDEN : Ouch50.DISPLAY_VISIBLE;
        final byte sweep = ExecInstructions.has(execInstructions, ExecInstructions.INTERMARKET_SWEEP)
            ? Ouch50.YES : Ouch50.NO;
        final EnterOrderEncoder encoder = enterOrder.wrap(sendBuffer, 0)
            .userRefNum(userRefNum)
            .side(side == Side.BUY ? Ouch50.SIDE_BUY : Ouch50.SIDE_SELL)
            .quantity(quantity)
            .symbol(symbols[instrumentId])
            .price(Ouch50.fixedPointToPrice4(priceFixed))
            .timeInForce(tif)
            .display(display)
            .capacity(capacity)
            .interMarketSweepEligibility(sweep)
            .crossType(crossType)
            .clOrdIdNumber(clientOrderId % MAX_CL_ORD_ID);
        if (hasFirm) {
            encoder.appendage().firm(firm);
        }
        if (timeInForce == TimeInForce.FOK) {
            encoder.appendage().minQty(quantity);
        }
        if (ExecInstructions.has(execInstructions, ExecInstructions.POST_ONLY)) {
            encoder.appendage().postOnly((byte) 'P');
        }
        final int result = client.trySendUnsequenced(sendBuffer, 0, encoder.encodedLength());
        if (result != Result.OK) {
            return result;
        }
        nextUserRefNum = userRefNum + 1;
        final int slot = freeSlots[--freeCount];
        clientOrderIds[slot] = clientOrderId;
        userRefNums[slot] = userRefNum;
        executedQuantities[slot] = 0;
        openQuantities[slot] = quantity;
        timesInForce[slot] = tif;
        displays[slot] = display;
        sweepEligibilities[slot] = sweep;
        replaceUserRefNums[slot] = MISSING;
        slotByClientOrderId.put(clientOrderId, slot);
        slotByUserRefNum.put(userRefNum, slot);
        return Result.OK;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        final long slot = slotByClientOrderId.get(clientOrderId);
        if (slot == MISSING) {
            return Result.UNKNOWN_ORDER;
        }
        final int ready = readyToSend();
        if (ready != Result.OK) {
            return ready;
        }
        final int length = cancelOrder.wrap(sendBuffer, 0).userRefNum(userRefNums[(int) slot]).quantity(0)
            .encodedLength();
        return client.trySendUnsequenced(sendBuffer, 0, length);
    }

    @Override
    public int replaceOrder(
        final long origClientOrderId, final long newClientOrderId, final long quantity, final long priceFixed) {
        final long found = slotByClientOrderId.get(origClientOrderId);
        if (found == MISSING) {
            return Result.UNKNOWN_ORDER;
        }
        if (quantity <= 0 || priceFixed == FixedPoint.NULL_PRICE || newClientOrderId <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        final int slot = (int) found;
        if (replaceUserRefNums[slot] != MISSING || slotByClientOrderId.containsKey(newClientOrderId)) {
            return reject(RejectReason.DUPLICATE_ORDER);
        }
        if (!Ouch50.isPrice4(priceFixed) || priceFixed <= 0 || quantity > MAX_QUANTITY) {
            return reject(priceFixed <= 0 || !Ouch50.isPrice4(priceFixed)
                ? RejectReason.INVALID_PRICE : RejectReason.INVALID_QUANTITY);
        }
        final int ready = readyToSend();
        if (ready != Result.OK) {
            return ready;
        }
        final long userRefNum = nextUserRefNum;
        final long open = Math.max(0, quantity - executedQuantities[slot]);
        final int length = replaceOrder.wrap(sendBuffer, 0)
            .origUserRefNum(userRefNums[slot])
            .userRefNum(userRefNum)
            .quantity(open)
            .price(Ouch50.fixedPointToPrice4(priceFixed))
            .timeInForce(timesInForce[slot])
            .display(displays[slot])
            .interMarketSweepEligibility(sweepEligibilities[slot])
            .clOrdIdNumber(newClientOrderId % MAX_CL_ORD_ID)
            .encodedLength();
        final int result = client.trySendUnsequenced(sendBuffer, 0, length);
        if (result != Result.OK) {
            return result;
        }
        nextUserRefNum = userRefNum + 1;
        replaceClientOrderIds[slot] = newClientOrderId;
        replaceUserRefNums[slot] = userRefNum;
        replaceTotalQuantities[slot] = quantity;
        slotByUserRefNum.put(userRefNum, slot);
        return Result.OK;
    }

    @Override
    public int cancelAll(final int instrumentId) {
        if (instrumentId != Instrument.NULL_INSTRUMENT_ID && (instrumentId < 0 || instrumentId >= symbols.length)) {
            return Result.INVALID_ARGUMENT;
        }
        final int ready = readyToSend();
        if (ready != Result.OK) {
            return ready;
        }
        final long userRefNum = nextUserRefNum;
        final MassCancelRequestEncoder encoder = massCancel.wrap(sendBuffer, 0).userRefNum(userRefNum).firm(firm);
        if (instrumentId == Instrument.NULL_INSTRUMENT_ID) {
            encoder.symbol(Ouch50.packSymbol(""));
        } else {
            encoder.symbol(symbols[instrumentId]);
        }
        final int result = client.trySendUnsequenced(sendBuffer, 0, encoder.encodedLength());
        if (result == Result.OK) {
            nextUserRefNum = userRefNum + 1;
        }
        return result;
    }

    @Override
    public boolean isConnected() {
        return client.isLoggedIn();
    }

    @Override
    public RejectReason lastRejectReason() {
        return lastRejectReason;
    }

    /**
     * Closes the session (no logout); with cancel on disconnect, every working order is reported canceled. Later
     * requests return {@link Result#CLOSED}.
     */
    @Override
    public void close() {
        closed = true;
        client.close();
    }

    /**
     * Orders the gateway believes working or awaiting the venue's answer.
     *
     * @return the count.
     */
    public int workingOrders() {
        return freeSlots.length - freeCount;
    }

    /**
     * The UserRefNum the next request will use.
     *
     * @return 1 to 4294967295.
     */
    public long nextUserRefNum() {
        return nextUserRefNum;
    }

    /**
     * Broken Trade messages received (no venue-neutral event exists for them yet: reconcile with the venue).
     *
     * @return the count.
     */
    public long brokenTrades() {
        return brokenTrades;
    }

    /**
     * Trade Correction messages received.
     *
     * @return the count.
     */
    public long tradeCorrections() {
        return tradeCorrections;
    }

    /**
     * Bad OUCH input and unknown UserRefNums, by kind.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return errors;
    }

    /**
     * The SoupBinTCP session, for its state and counters.
     *
     * @return the client.
     */
    public SoupBinTcpClient session() {
        return client;
    }

    @Override
    public String toString() {
        return "OuchVenueGateway{venueId=" + venueId + ", working=" + workingOrders() + ", nextUserRefNum="
            + nextUserRefNum + ", " + client + '}';
    }

    private int reject(final RejectReason reason) {
        lastRejectReason = reason;
        return Result.REJECTED;
    }

    private int readyToSend() {
        if (closed) {
            return Result.CLOSED;
        }
        if (!client.isLoggedIn()) {
            return Result.NOT_CONNECTED;
        }
        if (nextUserRefNum > MAX_QUANTITY) {
            return reject(RejectReason.OTHER);
        }
        if (!throttle.tryAcquire(clock.nanoTime())) {
            return Result.THROTTLED;
        }
        return Result.OK;
    }

    private long timestamp(final long venueNanosSinceMidnight) {
        return venueMidnightEpochNs >= 0 ? venueMidnightEpochNs + venueNanosSinceMidnight : epochClock.epochNanos();
    }

    private int slotOf(final long userRefNum) {
        final long slot = slotByUserRefNum.get(userRefNum);
        if (slot == MISSING) {
            errors.report(WireError.BAD_FIELD, userRefNum);
            return -1;
        }
        return (int) slot;
    }

    private void release(final int slot) {
        slotByClientOrderId.remove(clientOrderIds[slot]);
        slotByUserRefNum.remove(userRefNums[slot]);
        if (replaceUserRefNums[slot] != MISSING) {
            slotByUserRefNum.remove(replaceUserRefNums[slot]);
            replaceUserRefNums[slot] = MISSING;
        }
        freeSlots[freeCount++] = slot;
    }

    private static RejectReason cancelReason(final byte reason) {
        switch (reason) {
            case Ouch50.CANCEL_REASON_USER:
            case Ouch50.CANCEL_REASON_MASS_CANCEL:
                return RejectReason.NONE;
            case Ouch50.CANCEL_REASON_DISCONNECT:
                return RejectReason.VENUE_DISCONNECTED;
            case Ouch50.CANCEL_REASON_HALTED:
                return RejectReason.TRADING_HALTED;
            default:
                return RejectReason.VENUE_REJECT;
        }
    }

    private static RejectReason rejectReason(final int reason) {
        switch (reason) {
            case Ouch50.REJECT_INVALID_SYMBOL:
                return RejectReason.UNKNOWN_INSTRUMENT;
            case Ouch50.REJECT_INVALID_PRICE:
                return RejectReason.INVALID_PRICE;
            case Ouch50.REJECT_INVALID_QUANTITY:
                return RejectReason.INVALID_QUANTITY;
            case Ouch50.REJECT_HALTED:
                return RejectReason.TRADING_HALTED;
            default:
                return RejectReason.VENUE_REJECT;
        }
    }

    private void reduce(final int slot, final long quantity, final byte reason, final long timestampNs) {
        final long open = Math.max(0, openQuantities[slot] - quantity);
        openQuantities[slot] = open;
        if (open > 0) {
            return;
        }
        final long clientOrderId = clientOrderIds[slot];
        release(slot);
        if (reason == Ouch50.CANCEL_REASON_TIMEOUT) {
            listener.onExpired(venueId, clientOrderId, quantity, timestampNs);
        } else {
            listener.onCanceled(venueId, clientOrderId, quantity, cancelReason(reason), timestampNs);
        }
    }

    /** The session's events: sequenced messages go to the OUCH dispatcher. */
    private final class Session implements SoupBinTcpClientListener {
        @Override
        public void onLoginAccepted(final long sequenceNumber) {
        }

        @Override
        public void onLoginRejected(final byte rejectReasonCode) {
        }

        @Override
        public void onSequencedMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset,
            final int length) {
            dispatcher.dispatch(sequenceNumber, buffer, offset, length);
        }

        @Override
        public void onEndOfSession() {
        }

        @Override
        public void onDisconnected(final SoupBinTcpDisconnectReason reason) {
            if (!cancelOnDisconnect) {
                return;
            }
            final long now = epochClock.epochNanos();
            for (int slot = 0; slot < clientOrderIds.length; slot++) {
                if (slotByClientOrderId.get(clientOrderIds[slot]) == slot && userRefNums[slot] != 0) {
                    final long clientOrderId = clientOrderIds[slot];
                    final long open = openQuantities[slot];
                    release(slot);
                    userRefNums[slot] = 0;
                    listener.onCanceled(venueId, clientOrderId, open, RejectReason.VENUE_DISCONNECTED, now);
                }
            }
        }
    }

    /** OUCH messages from the venue, turned into order events. */
    private final class VenueMessages implements OuchListener {
        @Override
        public void onOrderAccepted(final OrderAcceptedDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot < 0) {
                return;
            }
            final long timestampNs = timestamp(message.timestamp());
            openQuantities[slot] = message.quantity();
            listener.onAccepted(venueId, clientOrderIds[slot], message.orderReferenceNumber(), timestampNs);
            if (message.orderState() == Ouch50.ORDER_STATE_DEAD) {
                reduce(slot, openQuantities[slot], Ouch50.CANCEL_REASON_SYSTEM, timestampNs);
            }
        }

        @Override
        public void onOrderExecuted(final OrderExecutedDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot < 0) {
                return;
            }
            final long quantity = message.quantity();
            final long open = Math.max(0, openQuantities[slot] - quantity);
            executedQuantities[slot] += quantity;
            openQuantities[slot] = open;
            final long clientOrderId = clientOrderIds[slot];
            if (open == 0) {
                release(slot);
            }
            listener.onFill(venueId, clientOrderId, message.matchNumber(), Ouch50.price4ToFixedPoint(message.price()),
                quantity, open, Liquidity.fromCode(message.liquidityFlag()), timestamp(message.timestamp()));
        }

        @Override
        public void onOrderCanceled(final OrderCanceledDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot >= 0) {
                reduce(slot, message.quantity(), message.reason(), timestamp(message.timestamp()));
            }
        }

        @Override
        public void onAiqCanceled(final AiqCanceledDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot >= 0) {
                reduce(slot, message.decrementShares(), message.reason(), timestamp(message.timestamp()));
            }
        }

        @Override
        public void onOrderReplaced(final OrderReplacedDecoder message) {
            final int slot = slotOf(message.origUserRefNum());
            if (slot < 0) {
                return;
            }
            final long newUserRefNum = message.userRefNum();
            final long timestampNs = timestamp(message.timestamp());
            final long origClientOrderId = clientOrderIds[slot];
            final long newClientOrderId = replaceUserRefNums[slot] == newUserRefNum
                ? replaceClientOrderIds[slot] : origClientOrderId;
            slotByClientOrderId.remove(origClientOrderId);
            slotByUserRefNum.remove(userRefNums[slot]);
            clientOrderIds[slot] = newClientOrderId;
            userRefNums[slot] = newUserRefNum;
            replaceUserRefNums[slot] = MISSING;
            slotByClientOrderId.put(newClientOrderId, slot);
            slotByUserRefNum.put(newUserRefNum, slot);
            openQuantities[slot] = message.quantity();
            listener.onReplaced(venueId, newClientOrderId, origClientOrderId,
                Ouch50.price4ToFixedPoint(message.price()), message.quantity(), timestampNs);
            if (message.orderState() == Ouch50.ORDER_STATE_DEAD || message.quantity() == 0) {
                openQuantities[slot] = 0;
                reduce(slot, 0, Ouch50.CANCEL_REASON_USER, timestampNs);
            }
        }

        @Override
        public void onOrderRejected(final OrderRejectedDecoder message) {
            final long userRefNum = message.userRefNum();
            final int slot = slotOf(userRefNum);
            if (slot < 0) {
                return;
            }
            final long timestampNs = timestamp(message.timestamp());
            final RejectReason reason = rejectReason(message.reason());
            if (replaceUserRefNums[slot] == userRefNum) {
                slotByUserRefNum.remove(userRefNum);
                replaceUserRefNums[slot] = MISSING;
                listener.onCancelRejected(venueId, replaceClientOrderIds[slot], reason, timestampNs);
                return;
            }
            final long clientOrderId = clientOrderIds[slot];
            release(slot);
            listener.onRejected(venueId, clientOrderId, reason, timestampNs);
        }

        @Override
        public void onCancelReject(final CancelRejectDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot >= 0) {
                listener.onCancelRejected(venueId, clientOrderIds[slot], RejectReason.TOO_LATE_TO_CANCEL,
                    timestamp(message.timestamp()));
            }
        }

        @Override
        public void onOrderModified(final OrderModifiedDecoder message) {
            final int slot = slotOf(message.userRefNum());
            if (slot >= 0) {
                openQuantities[slot] = message.quantity();
            }
        }

        @Override
        public void onBrokenTrade(final BrokenTradeDecoder message) {
            brokenTrades++;
        }

        @Override
        public void onTradeCorrection(final TradeCorrectionDecoder message) {
            tradeCorrections++;
        }

        @Override
        public void onAccountQueryResponse(final AccountQueryResponseDecoder message) {
            nextUserRefNum = Math.max(nextUserRefNum, message.nextUserRefNum());
        }
    }
}
