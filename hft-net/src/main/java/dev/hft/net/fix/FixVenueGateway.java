package dev.hft.net.fix;

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
import dev.hft.timing.EpochNanoClock;
import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * {@link VenueGateway} over a FIX 4.4 {@link FixSession}: new orders as NewOrderSingle (D), cancels as
 * OrderCancelRequest (F), replaces as OrderCancelReplaceRequest (G); ExecutionReports (8) and OrderCancelRejects (9)
 * back as venue-neutral {@link OrderEventListener} events. Install it as (or call it from) the session's
 * {@link FixSessionListener}: {@link #onMessage}.
 *
 * <p>ClOrdID (11) is the decimal client order id; a cancel request carries {@code <id>C<n>}. The gateway remembers
 * each working order's instrument and side (Agrona primitive map, no allocation in steady state) because FIX cancel
 * and replace requests repeat them; ids it does not know are answered {@link Result#UNKNOWN_ORDER}. Venue ids
 * (OrderID 37, ExecID 17) become 64-bit ids by FNV-1a hashing. Cancel on disconnect: FIX 4.4 has no standard flag,
 * so whether resting orders survive a disconnect is the venue's session setting; the gateway reports nothing on a
 * disconnect and the OMS should treat open orders as unknown until the venue's ExecutionReports (resent after
 * logon) say otherwise. A per-venue throttle hooks in before {@link #newOrder} (the caller's risk layer) or wraps
 * this gateway. Single-threaded, like the session.
 */
public final class FixVenueGateway implements VenueGateway, FixSessionListener {
    private static final long MISSING = -1L;
    /** CxlRejReason (102) 1: unknown order; every other value is reported as too late to cancel. */
    private static final int CXL_REJ_REASON_UNKNOWN_ORDER = 1;

    private final int venueId;
    private final FixSession session;
    private final InstrumentRegistry instruments;
    private final OrderEventListener listener;
    private final EpochNanoClock clock;
    private final Long2LongHashMap orders;
    private long cancelCounter;
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[48]);

    /**
     * Creates a gateway over a session.
     *
     * @param venueId     dense venue id reported with every event.
     * @param session     the FIX session (initiator or acceptor side) orders go out on.
     * @param instruments symbols of the instrument ids (Symbol 55).
     * @param listener    receives execution events.
     * @param clock       epoch clock for TransactTime and for events without one.
     * @param maxOrders   expected number of working orders (map sizing).
     */
    public FixVenueGateway(final int venueId, final FixSession session, final InstrumentRegistry instruments,
        final OrderEventListener listener, final EpochNanoClock clock, final int maxOrders) {
        this.venueId = venueId;
        this.session = session;
        this.instruments = instruments;
        this.listener = listener;
        this.clock = clock;
        this.orders = new Long2LongHashMap(Math.max(16, maxOrders * 2), 0.65f, MISSING);
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public boolean isConnected() {
        return session.isLoggedOn();
    }

    @Override
    public int newOrder(final long clientOrderId, final int instrumentId, final Side side, final long quantity,
        final long priceFixed, final OrderType type, final TimeInForce timeInForce, final int execInstructions) {
        if (side == Side.UNKNOWN || type == OrderType.UNKNOWN || timeInForce == TimeInForce.UNKNOWN
            || quantity <= 0 || clientOrderId <= 0
            || (type != OrderType.MARKET && type != OrderType.PEGGED && priceFixed == FixedPoint.NULL_PRICE)) {
            return Result.INVALID_ARGUMENT;
        }
        if (type == OrderType.STOP_LIMIT || execInstructions != ExecInstructions.NONE) {
            return Result.UNSUPPORTED;
        }
        if (instrumentId < 0 || instrumentId >= instruments.size()) {
            return Result.INVALID_ARGUMENT;
        }
        final Instrument instrument = instruments.byId(instrumentId);
        final FixEncoder order = session.claim(FixMsgType.NEW_ORDER_SINGLE);
        if (order == null) {
            return session.commit();
        }
        order.putLong(FixTags.CL_ORD_ID, clientOrderId).putChar(FixTags.HANDL_INST, '1')
            .putString(FixTags.SYMBOL, instrument.symbol()).putChar(FixTags.SIDE, (char) side.code())
            .putTimestamp(FixTags.TRANSACT_TIME, clock.epochNanos()).putLong(FixTags.ORDER_QTY, quantity)
            .putChar(FixTags.ORD_TYPE, (char) type.code());
        if (type == OrderType.STOP) {
            order.putPrice(FixTags.STOP_PX, priceFixed);
        } else if (priceFixed != FixedPoint.NULL_PRICE) {
            order.putPrice(FixTags.PRICE, priceFixed);
        }
        order.putChar(FixTags.TIME_IN_FORCE, (char) timeInForce.code());
        final int result = session.commit();
        if (result == Result.OK) {
            orders.put(clientOrderId, (long) instrumentId << 8 | side.code());
        }
        return result;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        final long state = orders.get(clientOrderId);
        if (state == MISSING) {
            return Result.UNKNOWN_ORDER;
        }
        final FixEncoder cancel = session.claim(FixMsgType.ORDER_CANCEL_REQUEST);
        if (cancel == null) {
            return session.commit();
        }
        int length = scratch.putLongAscii(0, clientOrderId);
        scratch.putByte(length++, (byte) 'C');
        length += scratch.putLongAscii(length, ++cancelCounter);
        cancel.putLong(FixTags.ORIG_CL_ORD_ID, clientOrderId).putBytes(FixTags.CL_ORD_ID, scratch, 0, length);
        cancel.putString(FixTags.SYMBOL, instruments.byId((int) (state >>> 8)).symbol())
            .putChar(FixTags.SIDE, (char) (state & 0xFF)).putTimestamp(FixTags.TRANSACT_TIME, clock.epochNanos());
        return session.commit();
    }

    @Override
    public int replaceOrder(final long origClientOrderId, final long newClientOrderId, final long quantity,
        final long priceFixed) {
        final long state = orders.get(origClientOrderId);
        if (state == MISSING) {
            return Result.UNKNOWN_ORDER;
        }
        if (quantity <= 0 || priceFixed == FixedPoint.NULL_PRICE || newClientOrderId <= 0) {
            return Result.INVALID_ARGUMENT;
        }
        final FixEncoder replace = session.claim(FixMsgType.ORDER_CANCEL_REPLACE_REQUEST);
        if (replace == null) {
            return session.commit();
        }
        replace.putLong(FixTags.ORIG_CL_ORD_ID, origClientOrderId).putLong(FixTags.CL_ORD_ID, newClientOrderId)
            .putChar(FixTags.HANDL_INST, '1').putString(FixTags.SYMBOL, instruments.byId((int) (state >>> 8)).symbol())
            .putChar(FixTags.SIDE, (char) (state & 0xFF)).putTimestamp(FixTags.TRANSACT_TIME, clock.epochNanos())
            .putLong(FixTags.ORDER_QTY, quantity).putChar(FixTags.ORD_TYPE, (char) OrderType.LIMIT.code())
            .putPrice(FixTags.PRICE, priceFixed);
        final int result = session.commit();
        if (result == Result.OK) {
            orders.put(newClientOrderId, state);
        }
        return result;
    }

    /**
     * Turns an ExecutionReport or OrderCancelReject into listener events; other messages are ignored.
     *
     * @param msgType packed MsgType.
     * @param message the parsed message (valid during the call).
     */
    @Override
    public void onMessage(final int msgType, final FixMessageDecoder message) {
        final long transactTime = message.getTimestamp(FixTags.TRANSACT_TIME);
        final long ts = transactTime != FixTimestamps.NULL_TIMESTAMP ? transactTime : clock.epochNanos();
        if (msgType == FixMsgType.ORDER_CANCEL_REJECT) {
            final long id = message.getChar(FixTags.CXL_REJ_RESPONSE_TO) == '2'
                ? id(message, FixTags.CL_ORD_ID) : id(message, FixTags.ORIG_CL_ORD_ID);
            final boolean unknown = message.getInt(FixTags.CXL_REJ_REASON) == CXL_REJ_REASON_UNKNOWN_ORDER;
            listener.onCancelRejected(venueId, id,
                unknown ? RejectReason.UNKNOWN_ORDER : RejectReason.TOO_LATE_TO_CANCEL, ts);
            return;
        }
        if (msgType != FixMsgType.EXECUTION_REPORT) {
            return;
        }
        final long clOrdId = id(message, FixTags.CL_ORD_ID);
        switch (message.getChar(FixTags.EXEC_TYPE)) {
            case '0':
                listener.onAccepted(venueId, clOrdId, hash(message, FixTags.ORDER_ID), ts);
                break;
            case '8':
                orders.remove(clOrdId);
                listener.onRejected(venueId, clOrdId, RejectReason.VENUE_REJECT, ts);
                break;
            case 'F':
                final long leaves = message.getQuantity(FixTags.LEAVES_QTY);
                if (leaves == 0) {
                    orders.remove(clOrdId);
                }
                listener.onFill(venueId, clOrdId, hash(message, FixTags.EXEC_ID), message.getPrice(FixTags.LAST_PX),
                    message.getQuantity(FixTags.LAST_QTY), leaves,
                    liquidity(message.getChar(FixTags.LAST_LIQUIDITY_IND)), ts);
                break;
            case '4':
                final long canceledId = message.contains(FixTags.ORIG_CL_ORD_ID)
                    ? id(message, FixTags.ORIG_CL_ORD_ID) : clOrdId;
                orders.remove(canceledId);
                listener.onCanceled(venueId, canceledId, Math.max(0, message.getQuantity(FixTags.ORDER_QTY)
                    - message.getQuantity(FixTags.CUM_QTY)), message.contains(FixTags.ORIG_CL_ORD_ID)
                    ? RejectReason.NONE : RejectReason.VENUE_REJECT, ts);
                break;
            case '5':
                final long origId = id(message, FixTags.ORIG_CL_ORD_ID);
                orders.remove(origId);
                listener.onReplaced(venueId, clOrdId, origId, message.getPrice(FixTags.PRICE),
                    message.getQuantity(FixTags.LEAVES_QTY), ts);
                break;
            case 'C':
                orders.remove(clOrdId);
                listener.onExpired(venueId, clOrdId, Math.max(0, message.getQuantity(FixTags.ORDER_QTY)
                    - message.getQuantity(FixTags.CUM_QTY)), ts);
                break;
            default:
                break;
        }
    }

    private static Liquidity liquidity(final char lastLiquidityInd) {
        switch (lastLiquidityInd) {
            case '1':
                return Liquidity.ADDED;
            case '2':
                return Liquidity.REMOVED;
            case '3':
                return Liquidity.ROUTED;
            default:
                return Liquidity.UNKNOWN;
        }
    }

    /** Leading decimal digits of a ClOrdID as a client order id ({@code 123C4} is 123); -1 if none. */
    private static long id(final FixMessageDecoder message, final int tag) {
        final int field = message.fieldIndex(tag);
        if (field < 0) {
            return -1;
        }
        final DirectBuffer buffer = message.buffer();
        final int end = message.valueOffset(field) + message.valueLength(field);
        long id = 0;
        int digits = 0;
        for (int i = message.valueOffset(field); i < end && digits < 18; i++, digits++) {
            final int digit = buffer.getByte(i) - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            id = id * 10 + digit;
        }
        return digits == 0 ? -1 : id;
    }

    /** FNV-1a 64 of a value: a 64-bit venue id from OrderID / ExecID text. */
    private static long hash(final FixMessageDecoder message, final int tag) {
        final int field = message.fieldIndex(tag);
        if (field < 0) {
            return 0;
        }
        final DirectBuffer buffer = message.buffer();
        long hash = 0xcbf29ce484222325L;
        final int end = message.valueOffset(field) + message.valueLength(field);
        for (int i = message.valueOffset(field); i < end; i++) {
            hash ^= buffer.getByte(i) & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
