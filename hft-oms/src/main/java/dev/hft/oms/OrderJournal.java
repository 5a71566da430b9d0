package dev.hft.oms;

import dev.hft.api.OrderEventListener;
import dev.hft.api.OrderType;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import org.agrona.DirectBuffer;

/**
 * The {@link OrderManager}'s journal: every request it sends and every execution report it receives, in order, raw
 * (duplicates and invalid events included), so that replaying the records into a new order manager rebuilds exactly
 * the same orders, positions and counters. The venue events are the {@link OrderEventListener} methods; the owner's
 * requests are the methods below. The same interface is the replay target
 * ({@link OrderManager#recover(JournalSource, long)}).
 *
 * <p>Write order: a request is journaled before it is sent, and a send that fails is followed by
 * {@link #onSendFailed}; a venue event is journaled before it is applied. <b>Threading:</b> the trading thread.
 * Implementations must not allocate in steady state.
 */
public interface OrderJournal extends OrderEventListener {

    /** Request kind of {@link #onSendFailed}: a new order. */
    int REQUEST_NEW = 0;

    /** Request kind of {@link #onSendFailed}: a cancel. */
    int REQUEST_CANCEL = 1;

    /** Request kind of {@link #onSendFailed}: a replace (the id is the new client order id). */
    int REQUEST_REPLACE = 2;

    /** Largest parent-order record a journal must store ({@link #onParentRecord}), bytes. */
    int MAX_PARENT_RECORD_LENGTH = 16 * 1024;

    /** A journal that records nothing. */
    OrderJournal NULL = new OrderJournal() {
    };

    /**
     * A new order is about to be sent.
     *
     * @param timestampNs      time of the request, epoch nanoseconds.
     * @param clientOrderId    its id.
     * @param parentOrderId    parent order id, or {@code 0}.
     * @param strategyId       owning strategy.
     * @param venueId          venue.
     * @param instrumentId     instrument.
     * @param side             side.
     * @param quantity         quantity.
     * @param priceFixed       price.
     * @param type             type sent.
     * @param timeInForce      time in force sent.
     * @param execInstructions flags sent.
     * @param localFlags       local emulation flags (see {@link OrderManager}).
     * @param expireAtNs       local expiry, epoch nanoseconds, or {@code 0}.
     */
    default void onNewOrder(
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
    }

    /**
     * A cancel is about to be sent.
     *
     * @param timestampNs   time of the request, epoch nanoseconds.
     * @param clientOrderId the order.
     */
    default void onCancelRequest(final long timestampNs, final long clientOrderId) {
    }

    /**
     * A replace is about to be sent.
     *
     * @param timestampNs       time of the request, epoch nanoseconds.
     * @param origClientOrderId the working order.
     * @param newClientOrderId  the id after the replace.
     * @param quantity          new total quantity.
     * @param priceFixed        new price.
     */
    default void onReplaceRequest(
        final long timestampNs,
        final long origClientOrderId,
        final long newClientOrderId,
        final long quantity,
        final long priceFixed) {
    }

    /**
     * The gateway refused to send the request just journaled; it had no effect.
     *
     * @param timestampNs   time, epoch nanoseconds.
     * @param clientOrderId the id of the request (for a replace, the new id).
     * @param requestKind   {@link #REQUEST_NEW}, {@link #REQUEST_CANCEL} or {@link #REQUEST_REPLACE}.
     */
    default void onSendFailed(final long timestampNs, final long clientOrderId, final int requestKind) {
    }

    /**
     * A record of a parent-order engine (see {@link ChildOrderListener#onParentRecord}), opaque to the journal:
     * stored and replayed byte for byte. Written by {@link OrderManager#journalParentRecord}.
     *
     * @param timestampNs   time of the record, epoch nanoseconds.
     * @param parentOrderId the parent order it is about (its id comes from the order manager's generator).
     * @param buffer        the record; valid only during the call.
     * @param offset        its offset in {@code buffer}.
     * @param length        its length in bytes, at most {@link #MAX_PARENT_RECORD_LENGTH}.
     */
    default void onParentRecord(
        final long timestampNs,
        final long parentOrderId,
        final DirectBuffer buffer,
        final int offset,
        final int length) {
    }
}
