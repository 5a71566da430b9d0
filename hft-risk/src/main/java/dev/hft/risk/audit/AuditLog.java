package dev.hft.risk.audit;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

/**
 * The producer side of the audit trail: writes fixed-length {@link AuditRecord}s straight into an Agrona
 * {@link OneToOneRingBuffer} ({@code tryClaim} / {@code commit}, no copy, no allocation), which an
 * {@link AuditDrainer} on another thread (or later in the same duty cycle) drains to a sink.
 *
 * <p>A full ring never blocks the hot path: the record is dropped and counted ({@link #droppedRecords()}); size the
 * ring for the longest drain stall you accept.
 *
 * <p><b>Batching</b> ({@link #AuditLog(int, int)}): decisions are staged in a small on-heap buffer and published
 * {@code batchRecords} at a time with one ring claim and one copy (a {@link AuditRecord#DECISION_BATCH} message),
 * which takes the claim, header and commit off each decision. A staged decision is published when the batch is full,
 * before any other record (so the order of records is kept), on {@link #flush()}, and on every
 * {@link dev.hft.risk.KillSwitch#doWork()} of the checker's kill switch (once per duty cycle): at most one duty cycle
 * late. Without batching every decision is its own ring record at once.
 *
 * <p><b>Threading:</b> one producer thread (the trading thread) calls the write methods; one consumer thread runs the
 * drainer.
 */
public final class AuditLog {

    private static final boolean NATIVE_LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private final OneToOneRingBuffer ringBuffer;
    private final MutableDirectBuffer buffer;
    private final int batchRecords;
    private final UnsafeBuffer staging;
    private int staged;
    private long droppedRecords;
    private long writtenRecords;

    /**
     * Creates a log over a new direct ring buffer.
     *
     * @param capacityBytes ring capacity, a power of two (e.g. {@code 1 << 22} holds 65,536 decision records, 64
     *                      bytes each with their header).
     * @throws IllegalArgumentException if the capacity is not a power of two.
     */
    public AuditLog(final int capacityBytes) {
        this(capacityBytes, 1);
    }

    /**
     * Creates a log over a new direct ring buffer that publishes decisions in batches (see the class comment).
     *
     * @param capacityBytes ring capacity, a power of two.
     * @param batchRecords  decisions per ring message, 1 (no batching) to 64; e.g. 16.
     * @throws IllegalArgumentException if the capacity is not a power of two or a batch does not fit the ring.
     */
    public AuditLog(final int capacityBytes, final int batchRecords) {
        this(new OneToOneRingBuffer(new UnsafeBuffer(
            ByteBuffer.allocateDirect(capacityBytes + RingBufferDescriptor.TRAILER_LENGTH))), batchRecords);
    }

    /**
     * Creates a log over an existing ring buffer (e.g. one in a memory-mapped file, drained by another process).
     *
     * @param ringBuffer the ring; this log must be its only producer.
     */
    public AuditLog(final OneToOneRingBuffer ringBuffer) {
        this(ringBuffer, 1);
    }

    /**
     * Creates a log over an existing ring buffer that publishes decisions in batches (see the class comment); its
     * consumer must understand {@link AuditRecord#DECISION_BATCH} ({@link AuditDrainer} does).
     *
     * @param ringBuffer   the ring; this log must be its only producer.
     * @param batchRecords decisions per ring message, 1 (no batching) to 64.
     * @throws IllegalArgumentException if a batch does not fit the ring.
     */
    public AuditLog(final OneToOneRingBuffer ringBuffer, final int batchRecords) {
        if (batchRecords < 1 || batchRecords > 64
            || batchRecords * AuditRecord.DECISION_LENGTH > ringBuffer.maxMsgLength()) {
            throw new IllegalArgumentException("batch of " + batchRecords + " decisions does not fit the ring");
        }
        this.ringBuffer = ringBuffer;
        this.buffer = ringBuffer.buffer();
        this.batchRecords = batchRecords;
        this.staging = new UnsafeBuffer(new byte[batchRecords * AuditRecord.DECISION_LENGTH]);
    }

    /**
     * Returns the ring buffer, for an {@link AuditDrainer}.
     *
     * @return the ring.
     */
    public RingBuffer ringBuffer() {
        return ringBuffer;
    }

    /**
     * Returns how many records were dropped because the ring was full. Producer thread.
     *
     * @return dropped records.
     */
    public long droppedRecords() {
        return droppedRecords;
    }

    /**
     * Returns how many records were written. Producer thread.
     *
     * @return written records.
     */
    public long writtenRecords() {
        return writtenRecords;
    }

    /**
     * Writes a pre-trade decision. Allocation-free.
     *
     * @param timestampNs   decision time, epoch nanoseconds.
     * @param kind          {@link AuditRecord#KIND_NEW}, {@link AuditRecord#KIND_REPLACE} or
     *                      {@link AuditRecord#KIND_CANCEL}.
     * @param clientOrderId client order id (the new id for a replace).
     * @param venueId       venue id.
     * @param instrumentId  instrument id.
     * @param strategyId    strategy id.
     * @param accountId     account id.
     * @param side          side.
     * @param quantity      quantity.
     * @param priceFixed    price, or {@code NULL_PRICE}.
     * @param reason        {@link RejectReason#NONE} for accepted.
     * @return {@code true} if written (with batching: staged; a batch the ring cannot take is counted as dropped
     *         when it is published), {@code false} if dropped.
     */
    public boolean decision(
        final long timestampNs, final byte kind, final long clientOrderId, final int venueId,
        final int instrumentId, final int strategyId, final int accountId, final Side side, final long quantity,
        final long priceFixed, final RejectReason reason) {
        final MutableDirectBuffer b;
        final int index;
        if (batchRecords > 1) {
            b = staging;
            index = staged * AuditRecord.DECISION_LENGTH;
        } else {
            b = buffer;
            index = ringBuffer.tryClaim(AuditRecord.DECISION, AuditRecord.DECISION_LENGTH);
            if (index <= 0) {
                droppedRecords++;
                return false;
            }
        }
        b.putLong(index + AuditRecord.TIMESTAMP_OFFSET, timestampNs);
        b.putLong(index + AuditRecord.CLIENT_ORDER_ID_OFFSET, clientOrderId);
        b.putLong(index + AuditRecord.QUANTITY_OFFSET, quantity);
        b.putLong(index + AuditRecord.PRICE_OFFSET, priceFixed);
        // the two adjacent int pairs and the three bytes (plus zeroed padding): three native-order 8-byte stores
        b.putLong(index + AuditRecord.INSTRUMENT_OFFSET, pair(instrumentId, strategyId));
        b.putLong(index + AuditRecord.ACCOUNT_OFFSET, pair(accountId, venueId));
        b.putLong(index + AuditRecord.SIDE_OFFSET, bytes(side.code(), kind, (byte) reason.code()));
        if (batchRecords > 1) {
            if (++staged == batchRecords) {
                flush();
            }
            return true;
        }
        ringBuffer.commit(index);
        writtenRecords++;
        return true;
    }

    /**
     * Publishes the staged decisions, if any, as one ring message (batching only; otherwise nothing is staged).
     * Producer thread; allocation-free.
     *
     * @return {@code false} if the ring could not take them (they are counted as dropped).
     */
    public boolean flush() {
        final int n = staged;
        if (n == 0) {
            return true;
        }
        staged = 0;
        final int length = n * AuditRecord.DECISION_LENGTH;
        final int index = ringBuffer.tryClaim(AuditRecord.DECISION_BATCH, length);
        if (index <= 0) {
            droppedRecords += n;
            return false;
        }
        buffer.putBytes(index, staging, 0, length);
        ringBuffer.commit(index);
        writtenRecords += n;
        return true;
    }

    /**
     * Returns how many decisions are staged, not yet published (batching only).
     *
     * @return staged decisions.
     */
    public int stagedRecords() {
        return staged;
    }

    /** The long whose native-order bytes are {@code first}'s then {@code second}'s native-order bytes. */
    private static long pair(final int first, final int second) {
        return NATIVE_LITTLE_ENDIAN ? (first & 0xFFFF_FFFFL) | (long) second << 32
            : (long) first << 32 | (second & 0xFFFF_FFFFL);
    }

    /** The long whose native-order bytes are {@code b0, b1, b2, 0, 0, 0, 0, 0}. */
    private static long bytes(final byte b0, final byte b1, final byte b2) {
        final long v = (b0 & 0xFFL) | (b1 & 0xFFL) << 8 | (b2 & 0xFFL) << 16;
        return NATIVE_LITTLE_ENDIAN ? v : Long.reverseBytes(v);
    }

    /**
     * Writes a post-trade limit breach. Allocation-free.
     *
     * @param timestampNs time, epoch nanoseconds.
     * @param scope       scope ordinal.
     * @param entityId    entity id.
     * @param reason      the limit (DAILY_LOSS, DRAWDOWN, or MESSAGE_RATE for the fill rate).
     * @param action      breach action ordinal.
     * @param value       the breaching value (fixed-point, or a count).
     * @param limit       the limit (fixed-point, or a count).
     * @return {@code true} if written.
     */
    public boolean breach(
        final long timestampNs, final int scope, final int entityId, final RejectReason reason, final int action,
        final long value, final long limit) {
        if (staged > 0) {
            flush();
        }
        final int index = ringBuffer.tryClaim(AuditRecord.BREACH, AuditRecord.BREACH_LENGTH);
        if (index <= 0) {
            droppedRecords++;
            return false;
        }
        final MutableDirectBuffer b = buffer;
        b.putLong(index + AuditRecord.TIMESTAMP_OFFSET, timestampNs);
        b.putLong(index + AuditRecord.BREACH_VALUE_OFFSET, value);
        b.putLong(index + AuditRecord.BREACH_LIMIT_OFFSET, limit);
        b.putInt(index + AuditRecord.BREACH_ENTITY_OFFSET, entityId);
        b.putByte(index + AuditRecord.BREACH_SCOPE_OFFSET, (byte) scope);
        b.putByte(index + AuditRecord.BREACH_REASON_OFFSET, (byte) reason.code());
        b.putByte(index + AuditRecord.BREACH_ACTION_OFFSET, (byte) action);
        ringBuffer.commit(index);
        writtenRecords++;
        return true;
    }

    /**
     * Writes a kill-switch record. Allocation-free.
     *
     * @param timestampNs       time, epoch nanoseconds.
     * @param phase             {@link AuditRecord#PHASE_TRIGGERED} or {@link AuditRecord#PHASE_COMPLETED}.
     * @param reason            kill reason ordinal.
     * @param durationNs        trigger to last cancel, or -1.
     * @param ordersCanceled    individual cancels sent.
     * @param massCancels       mass cancels sent.
     * @param failures          sends that failed.
     * @param unreachableVenues venues not connected.
     * @param unreachableOrders open orders on them.
     * @return {@code true} if written.
     */
    public boolean killSwitch(
        final long timestampNs, final byte phase, final int reason, final long durationNs, final int ordersCanceled,
        final int massCancels, final int failures, final int unreachableVenues, final int unreachableOrders) {
        if (staged > 0) {
            flush();
        }
        final int index = ringBuffer.tryClaim(AuditRecord.KILL_SWITCH, AuditRecord.KILL_SWITCH_LENGTH);
        if (index <= 0) {
            droppedRecords++;
            return false;
        }
        final MutableDirectBuffer b = buffer;
        b.putLong(index + AuditRecord.TIMESTAMP_OFFSET, timestampNs);
        b.putLong(index + AuditRecord.KILL_DURATION_OFFSET, durationNs);
        b.putInt(index + AuditRecord.KILL_CANCELS_OFFSET, ordersCanceled);
        b.putInt(index + AuditRecord.KILL_MASS_CANCELS_OFFSET, massCancels);
        b.putInt(index + AuditRecord.KILL_FAILURES_OFFSET, failures);
        b.putInt(index + AuditRecord.KILL_UNREACHABLE_VENUES_OFFSET, unreachableVenues);
        b.putInt(index + AuditRecord.KILL_UNREACHABLE_ORDERS_OFFSET, unreachableOrders);
        b.putByte(index + AuditRecord.KILL_REASON_OFFSET, (byte) reason);
        b.putByte(index + AuditRecord.KILL_PHASE_OFFSET, phase);
        ringBuffer.commit(index);
        writtenRecords++;
        return true;
    }

    /**
     * Writes a trading-state change. Allocation-free.
     *
     * @param timestampNs time, epoch nanoseconds.
     * @param scope       scope ordinal.
     * @param entityId    entity id.
     * @param state       trading state ordinal.
     * @return {@code true} if written.
     */
    public boolean state(final long timestampNs, final int scope, final int entityId, final int state) {
        if (staged > 0) {
            flush();
        }
        final int index = ringBuffer.tryClaim(AuditRecord.STATE, AuditRecord.STATE_LENGTH);
        if (index <= 0) {
            droppedRecords++;
            return false;
        }
        final MutableDirectBuffer b = buffer;
        b.putLong(index + AuditRecord.TIMESTAMP_OFFSET, timestampNs);
        b.putInt(index + AuditRecord.STATE_ENTITY_OFFSET, entityId);
        b.putByte(index + AuditRecord.STATE_SCOPE_OFFSET, (byte) scope);
        b.putByte(index + AuditRecord.STATE_STATE_OFFSET, (byte) state);
        ringBuffer.commit(index);
        writtenRecords++;
        return true;
    }
}
