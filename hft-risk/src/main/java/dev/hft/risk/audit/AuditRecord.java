package dev.hft.risk.audit;

import dev.hft.api.RejectReason;
import dev.hft.api.Side;

import org.agrona.DirectBuffer;

/**
 * Layout of the audit records {@link AuditLog} writes and {@link AuditDrainer} drains: fixed-length little-endian
 * records, one type per event, each starting with its timestamp (epoch nanoseconds from the checker's clock).
 *
 * <pre>
 * DECISION (type 1, 56 bytes)        BREACH (type 2, 32 bytes)      KILL_SWITCH (type 3, 40 bytes)
 *   0 timestampNs    long              0 timestampNs  long            0 timestampNs      long
 *   8 clientOrderId  long              8 valueFixed   long            8 durationNs       long (-1 if n/a)
 *  16 quantity       long             16 limitFixed   long           16 ordersCanceled   int
 *  24 priceFixed     long             24 entityId     int            20 massCancels      int
 *  32 instrumentId   int              28 scope        byte (ordinal) 24 failures         int
 *  36 strategyId     int              29 reason       byte (code)    28 unreachableVenues int
 *  40 accountId      int              30 action       byte (ordinal) 32 unreachableOrders int
 *  44 venueId        int                                             36 reason           byte (ordinal)
 *  48 side           byte (FIX code)  STATE (type 4, 16 bytes)       37 phase            byte 'T' or 'C'
 *  49 kind           byte 'N','R','C'   0 timestampNs  long
 *  50 reason         byte (code)        8 entityId     int
 *                                      12 scope        byte
 *                                      13 state        byte (ordinal)
 * </pre>
 *
 * <p>A log with batching on ({@link AuditLog#AuditLog(int, int)}) puts several DECISION records, back to back, in one
 * ring message of type {@link #DECISION_BATCH}; {@link AuditDrainer} hands them to the sink one by one as DECISION
 * records, so sinks and files never see a batch.
 *
 * <p>In a file written by {@link AuditFileSink} every record is preceded by a frame header: {@code int length}
 * (of the record, without the header) and {@code int type}.
 */
public final class AuditRecord {

    /** Type of a pre-trade decision record (accept or reject of a new order, replace or cancel). */
    public static final int DECISION = 1;
    /** Type of a post-trade limit breach record. */
    public static final int BREACH = 2;
    /** Type of a kill-switch record (triggered, completed). */
    public static final int KILL_SWITCH = 3;
    /** Type of a trading-state change record. */
    public static final int STATE = 4;
    /** Ring message type of consecutive DECISION records ({@code length / DECISION_LENGTH}); never in a sink. */
    public static final int DECISION_BATCH = 5;

    /** Length of a DECISION record. */
    public static final int DECISION_LENGTH = 56;
    /** Length of a BREACH record. */
    public static final int BREACH_LENGTH = 32;
    /** Length of a KILL_SWITCH record. */
    public static final int KILL_SWITCH_LENGTH = 40;
    /** Length of a STATE record. */
    public static final int STATE_LENGTH = 16;

    /** Offset of the timestamp, every type. */
    public static final int TIMESTAMP_OFFSET = 0;

    /** DECISION: client order id. */
    public static final int CLIENT_ORDER_ID_OFFSET = 8;
    /** DECISION: quantity. */
    public static final int QUANTITY_OFFSET = 16;
    /** DECISION: price. */
    public static final int PRICE_OFFSET = 24;
    /** DECISION: instrument id. */
    public static final int INSTRUMENT_OFFSET = 32;
    /** DECISION: strategy id. */
    public static final int STRATEGY_OFFSET = 36;
    /** DECISION: account id. */
    public static final int ACCOUNT_OFFSET = 40;
    /** DECISION: venue id. */
    public static final int VENUE_OFFSET = 44;
    /** DECISION: side code. */
    public static final int SIDE_OFFSET = 48;
    /** DECISION: kind ({@link #KIND_NEW}, {@link #KIND_REPLACE}, {@link #KIND_CANCEL}). */
    public static final int KIND_OFFSET = 49;
    /** DECISION: reject reason code, 0 for accepted. */
    public static final int REASON_OFFSET = 50;

    /** BREACH: the breaching value. */
    public static final int BREACH_VALUE_OFFSET = 8;
    /** BREACH: the limit. */
    public static final int BREACH_LIMIT_OFFSET = 16;
    /** BREACH: entity id. */
    public static final int BREACH_ENTITY_OFFSET = 24;
    /** BREACH: scope ordinal. */
    public static final int BREACH_SCOPE_OFFSET = 28;
    /** BREACH: reject reason code naming the limit (DAILY_LOSS, DRAWDOWN, MESSAGE_RATE for fills). */
    public static final int BREACH_REASON_OFFSET = 29;
    /** BREACH: action ordinal. */
    public static final int BREACH_ACTION_OFFSET = 30;

    /** KILL_SWITCH: trigger-to-last-cancel duration, or -1. */
    public static final int KILL_DURATION_OFFSET = 8;
    /** KILL_SWITCH: individual cancels sent. */
    public static final int KILL_CANCELS_OFFSET = 16;
    /** KILL_SWITCH: mass cancels sent. */
    public static final int KILL_MASS_CANCELS_OFFSET = 20;
    /** KILL_SWITCH: sends that failed. */
    public static final int KILL_FAILURES_OFFSET = 24;
    /** KILL_SWITCH: venues not connected. */
    public static final int KILL_UNREACHABLE_VENUES_OFFSET = 28;
    /** KILL_SWITCH: open orders on venues not connected. */
    public static final int KILL_UNREACHABLE_ORDERS_OFFSET = 32;
    /** KILL_SWITCH: kill reason ordinal. */
    public static final int KILL_REASON_OFFSET = 36;
    /** KILL_SWITCH: phase. */
    public static final int KILL_PHASE_OFFSET = 37;

    /** STATE: entity id. */
    public static final int STATE_ENTITY_OFFSET = 8;
    /** STATE: scope ordinal. */
    public static final int STATE_SCOPE_OFFSET = 12;
    /** STATE: trading state ordinal. */
    public static final int STATE_STATE_OFFSET = 13;

    /** Decision kind: new order. */
    public static final byte KIND_NEW = 'N';
    /** Decision kind: replace. */
    public static final byte KIND_REPLACE = 'R';
    /** Decision kind: cancel. */
    public static final byte KIND_CANCEL = 'C';
    /** Kill-switch phase: triggered (first seen by the trading thread). */
    public static final byte PHASE_TRIGGERED = 'T';
    /** Kill-switch phase: every cancel sent. */
    public static final byte PHASE_COMPLETED = 'C';

    private AuditRecord() {
    }

    /**
     * Renders a DECISION record as one line of text, for tools and tests (allocates).
     *
     * @param buffer buffer holding the record.
     * @param offset offset of the record.
     * @return e.g. {@code "t=5 N id=7 inst=1 strat=0 acct=0 venue=0 BUY 100@10.5 -> MAX_POSITION"}.
     */
    public static String decisionToString(final DirectBuffer buffer, final int offset) {
        return "t=" + buffer.getLong(offset + TIMESTAMP_OFFSET)
            + ' ' + (char) buffer.getByte(offset + KIND_OFFSET)
            + " id=" + buffer.getLong(offset + CLIENT_ORDER_ID_OFFSET)
            + " inst=" + buffer.getInt(offset + INSTRUMENT_OFFSET)
            + " strat=" + buffer.getInt(offset + STRATEGY_OFFSET)
            + " acct=" + buffer.getInt(offset + ACCOUNT_OFFSET)
            + " venue=" + buffer.getInt(offset + VENUE_OFFSET)
            + ' ' + Side.fromCode(buffer.getByte(offset + SIDE_OFFSET))
            + ' ' + buffer.getLong(offset + QUANTITY_OFFSET)
            + '@' + dev.hft.api.FixedPoint.format(buffer.getLong(offset + PRICE_OFFSET))
            + " -> " + RejectReason.fromCode(buffer.getByte(offset + REASON_OFFSET) & 0xFF);
    }
}
