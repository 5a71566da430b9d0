package dev.hft.oms.journal;

import dev.hft.api.Liquidity;
import dev.hft.api.OrderType;
import dev.hft.api.RejectReason;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.oms.JournalSource;
import dev.hft.oms.OrderJournal;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;

/**
 * An {@link OrderJournal} on a Chronicle Queue: each request and execution report is one excerpt holding a fixed
 * binary record, written through the appender's reusable document context (no allocation in steady state), and
 * {@link #replay(OrderJournal)} reads them back in order.
 *
 * <p><b>Durability.</b> Excerpts go to a memory-mapped file: once a write returns, the record survives the process
 * being killed (the OS owns the pages); it does not survive a power loss or kernel crash unless the queue is
 * replicated or synced. A writer killed in the middle of an excerpt leaves it incomplete; readers never see an
 * incomplete excerpt, so replay yields a prefix of complete records.
 *
 * <p><b>Record layout</b> (little-endian, after Chronicle's 4-byte excerpt header); every record starts with
 * {@code type:int8} and then:
 * <pre>
 * 5 NEW_ORDER        side:i8 type:i8 tif:i8 localFlags:u8 options:u8 strategy:u16 venue:u16 execInst:u16
 *                    instrument:i32 ts:i64 clOrdId:i64 quantity:i64 price:i64 [parentId:i64 if options &amp; 1]
 *                    [expireAtNs:i64 if options &amp; 2]   (48 bytes with the type, 56 or 64 with the options)
 * 1 NEW_ORDER_V1     ts:i64 clOrdId:i64 parentId:i64 strategy:i32 venue:i32 instrument:i32 side:i8 type:i8 tif:i8
 *                    quantity:i64 price:i64 execInst:i32 localFlags:i32 expireAtNs:i64   (read only: older journals)
 * 2 CANCEL_REQUEST   ts:i64 clOrdId:i64
 * 3 REPLACE_REQUEST  ts:i64 origClOrdId:i64 newClOrdId:i64 quantity:i64 price:i64
 * 4 SEND_FAILED      ts:i64 clOrdId:i64 requestKind:i8
 * 10 ACCEPTED        venue:i32 clOrdId:i64 venueOrderId:i64 ts:i64
 * 11 REJECTED        venue:i32 clOrdId:i64 reason:u8 ts:i64
 * 12 FILL            venue:i32 clOrdId:i64 execId:i64 price:i64 quantity:i64 leaves:i64 liquidity:i8 ts:i64
 * 13 CANCELED        venue:i32 clOrdId:i64 quantity:i64 reason:u8 ts:i64
 * 14 REPLACED        venue:i32 clOrdId:i64 origClOrdId:i64 price:i64 leaves:i64 ts:i64
 * 15 CANCEL_REJECTED venue:i32 clOrdId:i64 reason:u8 ts:i64
 * 16 EXPIRED         venue:i32 clOrdId:i64 quantity:i64 ts:i64
 * 20 PARENT          ts:i64 parentId:i64 length:i32 record:u8[length]   (opaque, see ParentOrders)
 * </pre>
 * Records are kept short because each byte appended costs: on the development VM an excerpt costs about 190 ns plus
 * about 4 ns per byte of CPU time (the pages of the memory-mapped file being faulted in and written back), so the new
 * order record is 48 bytes rather than the first layout's 73 (venue ids and strategy ids must fit 16 bits).
 * Enums are stored by their stable codes ({@link Side#code()}, {@link RejectReason#code()}...), never ordinals.
 *
 * <p><b>Threading:</b> one writing thread (the trading thread). Replay before writing, at start-up.
 */
public final class ChronicleOrderJournal implements OrderJournal, JournalSource, AutoCloseable {

    /** Record type: new order, first layout (read only; journals written before the compact layout). */
    public static final byte NEW_ORDER_V1 = 1;
    /** Record type: new order. */
    public static final byte NEW_ORDER = 5;
    private static final int OPTION_PARENT = 1;
    private static final int OPTION_EXPIRY = 2;
    /** Record type: cancel request. */
    public static final byte CANCEL_REQUEST = 2;
    /** Record type: replace request. */
    public static final byte REPLACE_REQUEST = 3;
    /** Record type: send failed. */
    public static final byte SEND_FAILED = 4;
    /** Record type: accepted. */
    public static final byte ACCEPTED = 10;
    /** Record type: rejected. */
    public static final byte REJECTED = 11;
    /** Record type: fill. */
    public static final byte FILL = 12;
    /** Record type: canceled. */
    public static final byte CANCELED = 13;
    /** Record type: replaced. */
    public static final byte REPLACED = 14;
    /** Record type: cancel rejected. */
    public static final byte CANCEL_REJECTED = 15;
    /** Record type: expired. */
    public static final byte EXPIRED = 16;
    /** Record type: a parent-order engine's record. */
    public static final byte PARENT = 20;

    private final ChronicleQueue queue;
    private final ExcerptAppender appender;
    private final byte[] parentBytes = new byte[MAX_PARENT_RECORD_LENGTH];
    private final UnsafeBuffer parentRecord = new UnsafeBuffer(parentBytes);
    private long unknownRecords;

    /**
     * Opens (or creates) the journal in a directory.
     *
     * @param directory queue directory.
     */
    public ChronicleOrderJournal(final Path directory) {
        this.queue = ChronicleQueue.singleBuilder(directory.toFile()).build();
        this.appender = queue.createAppender();
    }

    @Override
    public void onNewOrder(
        final long timestampNs,
        final long clientOrderId,
        final long parentOrderId,
        final int strategyId,
        final int venueId,
        final int instrumentId,
        final Side side,
        final long quantity,
        final long priceFixed,
        final OrderType type,
        final TimeInForce timeInForce,
        final int execInstructions,
        final int localFlags,
        final long expireAtNs) {
        final int options = (parentOrderId != 0 ? OPTION_PARENT : 0) | (expireAtNs != 0 ? OPTION_EXPIRY : 0);
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(NEW_ORDER);
            b.writeByte(side.code());
            b.writeByte(type.code());
            b.writeByte(timeInForce.code());
            b.writeByte((byte) localFlags);
            b.writeByte((byte) options);
            b.writeShort((short) strategyId);
            b.writeShort((short) venueId);
            b.writeShort((short) execInstructions);
            b.writeInt(instrumentId);
            b.writeLong(timestampNs);
            b.writeLong(clientOrderId);
            b.writeLong(quantity);
            b.writeLong(priceFixed);
            if (parentOrderId != 0) {
                b.writeLong(parentOrderId);
            }
            if (expireAtNs != 0) {
                b.writeLong(expireAtNs);
            }
        }
    }

    @Override
    public void onCancelRequest(final long timestampNs, final long clientOrderId) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(CANCEL_REQUEST);
            b.writeLong(timestampNs);
            b.writeLong(clientOrderId);
        }
    }

    @Override
    public void onReplaceRequest(
        final long timestampNs,
        final long origClientOrderId,
        final long newClientOrderId,
        final long quantity,
        final long priceFixed) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(REPLACE_REQUEST);
            b.writeLong(timestampNs);
            b.writeLong(origClientOrderId);
            b.writeLong(newClientOrderId);
            b.writeLong(quantity);
            b.writeLong(priceFixed);
        }
    }

    @Override
    public void onSendFailed(final long timestampNs, final long clientOrderId, final int requestKind) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(SEND_FAILED);
            b.writeLong(timestampNs);
            b.writeLong(clientOrderId);
            b.writeByte((byte) requestKind);
        }
    }

    @Override
    public void onAccepted(final int venueId, final long clientOrderId, final long venueOrderId,
        final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(ACCEPTED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeLong(venueOrderId);
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(REJECTED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeByte((byte) reason.code());
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onFill(final int venueId, final long clientOrderId, final long executionId,
        final long lastPriceFixed, final long lastQuantity, final long leavesQuantity, final Liquidity liquidity,
        final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(FILL);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeLong(executionId);
            b.writeLong(lastPriceFixed);
            b.writeLong(lastQuantity);
            b.writeLong(leavesQuantity);
            b.writeByte(liquidity.code());
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onCanceled(final int venueId, final long clientOrderId, final long canceledQuantity,
        final RejectReason reason, final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(CANCELED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeLong(canceledQuantity);
            b.writeByte((byte) reason.code());
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onReplaced(final int venueId, final long clientOrderId, final long origClientOrderId,
        final long priceFixed, final long quantity, final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(REPLACED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeLong(origClientOrderId);
            b.writeLong(priceFixed);
            b.writeLong(quantity);
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onCancelRejected(final int venueId, final long clientOrderId, final RejectReason reason,
        final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(CANCEL_REJECTED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeByte((byte) reason.code());
            b.writeLong(timestampNs);
        }
    }

    @Override
    public void onExpired(final int venueId, final long clientOrderId, final long expiredQuantity,
        final long timestampNs) {
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(EXPIRED);
            b.writeInt(venueId);
            b.writeLong(clientOrderId);
            b.writeLong(expiredQuantity);
            b.writeLong(timestampNs);
        }
    }

    /**
     * Appends a parent-order record; a record longer than {@link #MAX_PARENT_RECORD_LENGTH} is a programming error.
     *
     * @throws IllegalArgumentException if {@code length} is negative or above the maximum.
     */
    @Override
    public void onParentRecord(final long timestampNs, final long parentOrderId, final DirectBuffer buffer,
        final int offset, final int length) {
        if (length < 0 || length > MAX_PARENT_RECORD_LENGTH) {
            throw new IllegalArgumentException("parent record length " + length);
        }
        try (DocumentContext dc = appender.writingDocument()) {
            final Bytes<?> b = dc.wire().bytes();
            b.writeByte(PARENT);
            b.writeLong(timestampNs);
            b.writeLong(parentOrderId);
            b.writeInt(length);
            final byte[] array = buffer.byteArray();
            if (array != null) {
                b.write(array, buffer.wrapAdjustment() + offset, length);
            } else {
                for (int i = 0; i < length; i++) {
                    b.writeByte(buffer.getByte(offset + i));
                }
            }
        }
    }

    /**
     * Replays every record from the start of the queue into a target. A record of unknown type is skipped and
     * counted ({@link #unknownRecords()}).
     *
     * @param target receives one call per record.
     * @return number of records replayed.
     */
    @Override
    public long replay(final OrderJournal target) {
        long records = 0;
        try (ExcerptTailer tailer = queue.createTailer()) {
            tailer.toStart();
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    if (dispatch(dc.wire().bytes(), target)) {
                        records++;
                    } else {
                        unknownRecords++;
                    }
                }
            }
        }
        return records;
    }

    private boolean dispatch(final Bytes<?> b, final OrderJournal target) {
        final byte type = b.readByte();
        switch (type) {
            case NEW_ORDER: {
                final Side side = Side.fromCode(b.readByte());
                final OrderType orderType = OrderType.fromCode(b.readByte());
                final TimeInForce tif = TimeInForce.fromCode(b.readByte());
                final int localFlags = b.readUnsignedByte();
                final int options = b.readUnsignedByte();
                final int strategy = b.readUnsignedShort();
                final int venue = b.readUnsignedShort();
                final int instructions = b.readUnsignedShort();
                final int instrument = b.readInt();
                final long ts = b.readLong();
                final long id = b.readLong();
                final long quantity = b.readLong();
                final long price = b.readLong();
                final long parent = (options & OPTION_PARENT) != 0 ? b.readLong() : 0;
                final long expireAt = (options & OPTION_EXPIRY) != 0 ? b.readLong() : 0;
                target.onNewOrder(ts, id, parent, strategy, venue, instrument, side, quantity, price, orderType, tif,
                    instructions, localFlags, expireAt);
                return true;
            }
            case NEW_ORDER_V1: {
                final long ts = b.readLong();
                final long id = b.readLong();
                final long parent = b.readLong();
                final int strategy = b.readInt();
                final int venue = b.readInt();
                final int instrument = b.readInt();
                final Side side = Side.fromCode(b.readByte());
                final OrderType orderType = OrderType.fromCode(b.readByte());
                final TimeInForce tif = TimeInForce.fromCode(b.readByte());
                final long quantity = b.readLong();
                final long price = b.readLong();
                final int instructions = b.readInt();
                final int localFlags = b.readInt();
                final long expireAt = b.readLong();
                target.onNewOrder(ts, id, parent, strategy, venue, instrument, side, quantity, price, orderType, tif,
                    instructions, localFlags, expireAt);
                return true;
            }
            case CANCEL_REQUEST: {
                final long ts = b.readLong();
                target.onCancelRequest(ts, b.readLong());
                return true;
            }
            case REPLACE_REQUEST: {
                final long ts = b.readLong();
                final long orig = b.readLong();
                final long id = b.readLong();
                final long quantity = b.readLong();
                target.onReplaceRequest(ts, orig, id, quantity, b.readLong());
                return true;
            }
            case SEND_FAILED: {
                final long ts = b.readLong();
                final long id = b.readLong();
                target.onSendFailed(ts, id, b.readByte());
                return true;
            }
            case ACCEPTED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final long venueOrderId = b.readLong();
                target.onAccepted(venue, id, venueOrderId, b.readLong());
                return true;
            }
            case REJECTED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final RejectReason reason = RejectReason.fromCode(b.readUnsignedByte());
                target.onRejected(venue, id, reason, b.readLong());
                return true;
            }
            case FILL: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final long execId = b.readLong();
                final long price = b.readLong();
                final long quantity = b.readLong();
                final long leaves = b.readLong();
                final Liquidity liquidity = Liquidity.fromCode(b.readByte());
                target.onFill(venue, id, execId, price, quantity, leaves, liquidity, b.readLong());
                return true;
            }
            case CANCELED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final long quantity = b.readLong();
                final RejectReason reason = RejectReason.fromCode(b.readUnsignedByte());
                target.onCanceled(venue, id, quantity, reason, b.readLong());
                return true;
            }
            case REPLACED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final long orig = b.readLong();
                final long price = b.readLong();
                final long leaves = b.readLong();
                target.onReplaced(venue, id, orig, price, leaves, b.readLong());
                return true;
            }
            case CANCEL_REJECTED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final RejectReason reason = RejectReason.fromCode(b.readUnsignedByte());
                target.onCancelRejected(venue, id, reason, b.readLong());
                return true;
            }
            case EXPIRED: {
                final int venue = b.readInt();
                final long id = b.readLong();
                final long quantity = b.readLong();
                target.onExpired(venue, id, quantity, b.readLong());
                return true;
            }
            case PARENT: {
                final long ts = b.readLong();
                final long parentId = b.readLong();
                final int length = b.readInt();
                if (length < 0 || length > MAX_PARENT_RECORD_LENGTH || length > b.readRemaining()) {
                    return false;
                }
                b.read(parentBytes, 0, length);
                target.onParentRecord(ts, parentId, parentRecord, 0, length);
                return true;
            }
            default:
                return false;
        }
    }

    /**
     * Returns the number of records of unknown type skipped by {@link #replay(OrderJournal)}.
     *
     * @return count.
     */
    public long unknownRecords() {
        return unknownRecords;
    }

    /**
     * Closes the queue.
     */
    @Override
    public void close() {
        appender.close();
        queue.close();
    }
}
