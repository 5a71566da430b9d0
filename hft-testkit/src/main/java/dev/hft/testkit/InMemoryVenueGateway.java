package dev.hft.testkit;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.api.VenueGateway;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;

/**
 * A {@link VenueGateway} with no venue behind it, for tests and benchmarks: every request is encoded as a fixed
 * 64-byte little-endian record into a ring buffer the caller can read back, and the test answers as the venue would
 * through the helper methods ({@link #accept}, {@link #fill}...), which call the listener. Failures can be injected
 * ({@link #failNext(int)}, {@link #connected(boolean)}). Allocation-free after construction. Single-threaded.
 *
 * <p>Record layout (offsets in bytes):
 * <pre>
 * 0  kind  byte   'N' new, 'C' cancel, 'R' replace, 'A' cancel all
 * 1  side  byte   {@link Side#code()}
 * 2  type  byte   {@link OrderType#code()}
 * 3  tif   byte   {@link TimeInForce#code()}
 * 4  instrumentId int32
 * 8  clientOrderId int64 (for a replace: the new id)
 * 16 origClientOrderId int64 (replace), else 0
 * 24 quantity int64       32 price int64      40 execInstructions int32
 * </pre>
 */
public final class InMemoryVenueGateway implements VenueGateway {

    /** Length of one request record. */
    public static final int RECORD_LENGTH = 64;
    /** Offset of the kind byte. */
    public static final int KIND_OFFSET = 0;
    /** Offset of the side code. */
    public static final int SIDE_OFFSET = 1;
    /** Offset of the order type code. */
    public static final int TYPE_OFFSET = 2;
    /** Offset of the time-in-force code. */
    public static final int TIF_OFFSET = 3;
    /** Offset of the instrument id. */
    public static final int INSTRUMENT_OFFSET = 4;
    /** Offset of the client order id. */
    public static final int CLIENT_ORDER_ID_OFFSET = 8;
    /** Offset of the original client order id. */
    public static final int ORIG_CLIENT_ORDER_ID_OFFSET = 16;
    /** Offset of the quantity. */
    public static final int QUANTITY_OFFSET = 24;
    /** Offset of the price. */
    public static final int PRICE_OFFSET = 32;
    /** Offset of the execution instructions. */
    public static final int EXEC_INSTRUCTIONS_OFFSET = 40;

    /** Kind of a new order record. */
    public static final byte NEW_ORDER = 'N';
    /** Kind of a cancel record. */
    public static final byte CANCEL = 'C';
    /** Kind of a replace record. */
    public static final byte REPLACE = 'R';
    /** Kind of a cancel-all record. */
    public static final byte CANCEL_ALL = 'A';

    private final int venueId;
    private final int capacityMask;
    private final UnsafeBuffer buffer;
    private OrderEventListener listener;
    private boolean connected = true;
    private int nextResult = Result.OK;
    private long requestCount;

    /**
     * Creates a gateway.
     *
     * @param venueId          its venue id.
     * @param listener         receives the events the helpers produce (normally hft-oms's {@code OrderManager});
     *                         may be set later with {@link #listener(OrderEventListener)}.
     * @param capacityRecords  ring size in records, a power of two.
     */
    public InMemoryVenueGateway(final int venueId, final OrderEventListener listener, final int capacityRecords) {
        if (Integer.bitCount(capacityRecords) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacityRecords);
        }
        this.venueId = venueId;
        this.listener = listener;
        this.capacityMask = capacityRecords - 1;
        this.buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(capacityRecords * RECORD_LENGTH));
    }

    /**
     * Sets the listener of the events the helper methods produce.
     *
     * @param listener the listener.
     * @return this.
     */
    public InMemoryVenueGateway listener(final OrderEventListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Sets the connection state; requests fail with {@link Result#NOT_CONNECTED} while disconnected.
     *
     * @param connected new state.
     * @return this.
     */
    public InMemoryVenueGateway connected(final boolean connected) {
        this.connected = connected;
        return this;
    }

    /**
     * Makes the next request fail with a code (one shot).
     *
     * @param result a negative {@link Result} code.
     * @return this.
     */
    public InMemoryVenueGateway failNext(final int result) {
        this.nextResult = result;
        return this;
    }

    @Override
    public int venueId() {
        return venueId;
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    private int begin() {
        if (!connected) {
            return Result.NOT_CONNECTED;
        }
        final int result = nextResult;
        nextResult = Result.OK;
        return result;
    }

    private int offset(final long index) {
        return (int) (index & capacityMask) * RECORD_LENGTH;
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
        final int result = begin();
        if (result < 0) {
            return result;
        }
        final MutableDirectBuffer b = buffer;
        final int offset = offset(requestCount++);
        b.putByte(offset + KIND_OFFSET, NEW_ORDER);
        b.putByte(offset + SIDE_OFFSET, side.code());
        b.putByte(offset + TYPE_OFFSET, type.code());
        b.putByte(offset + TIF_OFFSET, timeInForce.code());
        b.putInt(offset + INSTRUMENT_OFFSET, instrumentId);
        b.putLong(offset + CLIENT_ORDER_ID_OFFSET, clientOrderId);
        b.putLong(offset + ORIG_CLIENT_ORDER_ID_OFFSET, 0);
        b.putLong(offset + QUANTITY_OFFSET, quantity);
        b.putLong(offset + PRICE_OFFSET, priceFixed);
        b.putInt(offset + EXEC_INSTRUCTIONS_OFFSET, execInstructions);
        return Result.OK;
    }

    @Override
    public int cancelOrder(final long clientOrderId) {
        final int result = begin();
        if (result < 0) {
            return result;
        }
        final int offset = offset(requestCount++);
        buffer.setMemory(offset, RECORD_LENGTH, (byte) 0);
        buffer.putByte(offset + KIND_OFFSET, CANCEL);
        buffer.putLong(offset + CLIENT_ORDER_ID_OFFSET, clientOrderId);
        return Result.OK;
    }

    @Override
    public int replaceOrder(
        final long origClientOrderId,
        final long newClientOrderId,
        final long quantity,
        final long priceFixed) {
        final int result = begin();
        if (result < 0) {
            return result;
        }
        final int offset = offset(requestCount++);
        buffer.setMemory(offset, RECORD_LENGTH, (byte) 0);
        buffer.putByte(offset + KIND_OFFSET, REPLACE);
        buffer.putLong(offset + CLIENT_ORDER_ID_OFFSET, newClientOrderId);
        buffer.putLong(offset + ORIG_CLIENT_ORDER_ID_OFFSET, origClientOrderId);
        buffer.putLong(offset + QUANTITY_OFFSET, quantity);
        buffer.putLong(offset + PRICE_OFFSET, priceFixed);
        return Result.OK;
    }

    @Override
    public int cancelAll(final int instrumentId) {
        final int result = begin();
        if (result < 0) {
            return result;
        }
        final int offset = offset(requestCount++);
        buffer.setMemory(offset, RECORD_LENGTH, (byte) 0);
        buffer.putByte(offset + KIND_OFFSET, CANCEL_ALL);
        buffer.putInt(offset + INSTRUMENT_OFFSET, instrumentId);
        return Result.OK;
    }

    /**
     * Returns the number of requests encoded since construction.
     *
     * @return count.
     */
    public long requestCount() {
        return requestCount;
    }

    /**
     * Returns the buffer the requests are encoded into.
     *
     * @return the ring buffer.
     */
    public UnsafeBuffer buffer() {
        return buffer;
    }

    /**
     * Returns the offset of the record of the {@code index}-th request (0-based since construction) in
     * {@link #buffer()}; only the last {@code capacityRecords} requests are kept.
     *
     * @param index request index.
     * @return offset of its record.
     */
    public int recordOffset(final long index) {
        return offset(index);
    }

    /**
     * Returns the offset of the last request's record.
     *
     * @return offset.
     */
    public int lastRecordOffset() {
        return offset(requestCount - 1);
    }

    /**
     * Returns the kind of the last request.
     *
     * @return {@link #NEW_ORDER}, {@link #CANCEL}, {@link #REPLACE} or {@link #CANCEL_ALL}; {@code 0} if none.
     */
    public byte lastKind() {
        return requestCount == 0 ? 0 : buffer.getByte(lastRecordOffset() + KIND_OFFSET);
    }

    /**
     * Returns the client order id of the last request.
     *
     * @return id (the new id of a replace).
     */
    public long lastClientOrderId() {
        return buffer.getLong(lastRecordOffset() + CLIENT_ORDER_ID_OFFSET);
    }

    /**
     * Answers as the venue: accepted.
     *
     * @param clientOrderId order.
     * @param venueOrderId  venue id.
     * @param timestampNs   time.
     */
    public void accept(final long clientOrderId, final long venueOrderId, final long timestampNs) {
        listener.onAccepted(venueId, clientOrderId, venueOrderId, timestampNs);
    }

    /**
     * Answers as the venue: rejected.
     *
     * @param clientOrderId order.
     * @param reason        why.
     * @param timestampNs   time.
     */
    public void reject(final long clientOrderId, final RejectReason reason, final long timestampNs) {
        listener.onRejected(venueId, clientOrderId, reason, timestampNs);
    }

    /**
     * Answers as the venue: an execution.
     *
     * @param clientOrderId order.
     * @param executionId   execution id.
     * @param priceFixed    price.
     * @param quantity      quantity.
     * @param leaves        leaves quantity.
     * @param liquidity     liquidity.
     * @param timestampNs   time.
     */
    public void fill(
        final long clientOrderId,
        final long executionId,
        final long priceFixed,
        final long quantity,
        final long leaves,
        final Liquidity liquidity,
        final long timestampNs) {
        listener.onFill(venueId, clientOrderId, executionId, priceFixed, quantity, leaves, liquidity, timestampNs);
    }

    /**
     * Answers as the venue: canceled.
     *
     * @param clientOrderId order.
     * @param quantity      canceled quantity.
     * @param timestampNs   time.
     */
    public void canceled(final long clientOrderId, final long quantity, final long timestampNs) {
        listener.onCanceled(venueId, clientOrderId, quantity, RejectReason.NONE, timestampNs);
    }

    /**
     * Answers as the venue: replaced.
     *
     * @param newClientOrderId  new id.
     * @param origClientOrderId old id.
     * @param priceFixed        price now.
     * @param leaves            quantity working now.
     * @param timestampNs       time.
     */
    public void replaced(
        final long newClientOrderId,
        final long origClientOrderId,
        final long priceFixed,
        final long leaves,
        final long timestampNs) {
        listener.onReplaced(venueId, newClientOrderId, origClientOrderId, priceFixed, leaves, timestampNs);
    }

    /**
     * Answers as the venue: cancel or replace refused.
     *
     * @param clientOrderId order (for a replace, the new id).
     * @param reason        why.
     * @param timestampNs   time.
     */
    public void cancelRejected(final long clientOrderId, final RejectReason reason, final long timestampNs) {
        listener.onCancelRejected(venueId, clientOrderId, reason, timestampNs);
    }

    /**
     * Answers as the venue: expired.
     *
     * @param clientOrderId order.
     * @param quantity      expired quantity.
     * @param timestampNs   time.
     */
    public void expired(final long clientOrderId, final long quantity, final long timestampNs) {
        listener.onExpired(venueId, clientOrderId, quantity, timestampNs);
    }
}
