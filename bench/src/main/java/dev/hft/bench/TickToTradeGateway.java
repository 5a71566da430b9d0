package dev.hft.bench;

import dev.hft.api.InstrumentRegistry;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import dev.hft.net.ouch.EnterOrderEncoder;
import dev.hft.net.ouch.Ouch50;
import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The end of the in-process tick-to-trade path, built into the engine as an in-process venue's gateway
 * ({@code Engine.Builder.gateway}): each new order is encoded as an OUCH 5.0 Enter Order into a preallocated send
 * buffer (nothing is sent), stamping the end of the encode and marking the OMS+risk stage on entry and the encode
 * stage at its end (when a clock and a timer are given). The orders it took are remembered; the engine polls it as a
 * session ({@link Agent}) every duty cycle, and it plays the venue's Accepted + Canceled for up to as many pending
 * orders as the harness allowed ({@link #allowAnswers}), so the answers reach the OMS, risk, the router and the
 * strategy the way a session's would, outside the timed packet.
 */
final class TickToTradeGateway implements VenueGateway, Agent {
    private static final long MAX_CL_ORD_ID = 100_000_000_000_000L;

    private final int venueId;
    private final OrderEventListener events;
    private final long[] symbols;
    private final StageTimer timer;
    private final int omsRiskStage;
    private final NanoClock clock;
    private final NanoClock answerClock;
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[256]);
    private final EnterOrderEncoder enterOrder = new EnterOrderEncoder();
    private final long[] pendingIds;
    private final long[] pendingQuantities;
    private int head;
    private int pending;
    private int allowed;
    private long nextUserRefNum = 1;
    private long encoded;
    private long encodedBytes;
    private long answered;
    private long lastEncodeEndNs;
    private long checksum;

    /**
     * Creates the gateway (from the engine's gateway factory).
     *
     * @param venueId      the venue's id.
     * @param instruments  the engine's instruments (their symbols go into the Enter Orders).
     * @param events       the engine's order manager (the venue's answers).
     * @param timer        stage timer, or {@code null} for none.
     * @param omsRiskStage the OMS+risk stage (the encode stage follows it).
     * @param clock        stamps the end of each encode ({@link #lastEncodeEndNs}), or {@code null} for no stamp.
     * @param maxPending   orders waiting for an answer at most; a new order beyond is refused (back-pressure).
     */
    TickToTradeGateway(final int venueId, final InstrumentRegistry instruments, final OrderEventListener events,
        final StageTimer timer, final int omsRiskStage, final NanoClock clock, final int maxPending) {
        this.venueId = venueId;
        this.events = events;
        this.symbols = new long[instruments.size()];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = Ouch50.packSymbol(instruments.byId(i).symbol());
        }
        this.timer = timer;
        this.omsRiskStage = omsRiskStage;
        this.clock = clock;
        this.answerClock = clock != null ? clock : System::nanoTime;
        this.pendingIds = new long[maxPending];
        this.pendingQuantities = new long[maxPending];
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        if (timer != null) {
            timer.mark(omsRiskStage);
        }
        if (pending == pendingIds.length) {
            return Result.BACK_PRESSURED;
        }
        final EnterOrderEncoder encoder = enterOrder.wrap(out, 0)
            .userRefNum(nextUserRefNum++)
            .side(side == Side.BUY ? Ouch50.SIDE_BUY : Ouch50.SIDE_SELL)
            .quantity(quantity)
            .symbol(symbols[instrumentId])
            .price(Ouch50.fixedPointToPrice4(priceFixed))
            .timeInForce(timeInForce == TimeInForce.IOC ? Ouch50.TIF_IOC : Ouch50.TIF_DAY)
            .display(Ouch50.DISPLAY_VISIBLE)
            .capacity(Ouch50.CAPACITY_AGENCY)
            .interMarketSweepEligibility(Ouch50.NO)
            .crossType(Ouch50.CROSS_TYPE_CONTINUOUS)
            .clOrdIdNumber(clientOrderId % MAX_CL_ORD_ID);
        final int length = encoder.encodedLength();
        if (clock != null) {
            final long now = clock.nanoTime();
            lastEncodeEndNs = now;
            if (timer != null) {
                timer.mark(omsRiskStage + 1, now);
            }
        }
        checksum += out.getByte(length - 1);
        encoded++;
        encodedBytes += length;
        final int tail = (head + pending) % pendingIds.length;
        pendingIds[tail] = clientOrderId;
        pendingQuantities[tail] = quantity;
        pending++;
        return Result.OK;
    }

    /**
     * Lets the next duty cycles answer up to {@code count} pending orders (oldest first).
     *
     * @param count answers allowed; {@code Integer.MAX_VALUE} for all pending.
     */
    void allowAnswers(final int count) {
        allowed = count;
    }

    /** Plays the venue's Accepted then Canceled for the allowed pending orders. */
    @Override
    public int doWork() {
        if (allowed == 0 || pending == 0) {
            allowed = 0;
            return 0;
        }
        int work = 0;
        final long nowNs = answerClock.nanoTime();
        while (allowed > 0 && pending > 0) {
            final long id = pendingIds[head];
            final long quantity = pendingQuantities[head];
            head = head + 1 == pendingIds.length ? 0 : head + 1;
            pending--;
            allowed--;
            events.onAccepted(venueId, id, id, nowNs);
            events.onCanceled(venueId, id, quantity, RejectReason.NONE, nowNs);
            answered++;
            work++;
        }
        allowed = 0;
        return work;
    }

    @Override
    public String roleName() {
        return "tick-to-trade-venue";
    }

    int pending() {
        return pending;
    }

    long answered() {
        return answered;
    }

    long lastEncodeEndNs() {
        return lastEncodeEndNs;
    }

    long encoded() {
        return encoded;
    }

    long encodedBytes() {
        return encodedBytes;
    }

    long checksum() {
        return checksum;
    }

    /** The last Enter Order encoded. */
    UnsafeBuffer sendBuffer() {
        return out;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        return Result.UNSUPPORTED;
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        return Result.UNSUPPORTED;
    }

    @Override
    public boolean isConnected() {
        return true;
    }
}
