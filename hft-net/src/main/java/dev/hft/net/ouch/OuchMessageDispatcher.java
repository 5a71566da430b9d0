package dev.hft.net.ouch;

import java.util.Objects;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;

/**
 * Decodes OUCH 5.0 messages from the venue (System Event, Order Accepted, Order Executed...) and hands each to an
 * {@link OuchListener}: reads the type byte, checks the length against the type's fixed {@code LENGTH} and, for types
 * with an optional appendage, the Appendage Length and every option's length (see {@link OuchAppendage#validate}),
 * wraps the type's decoder (one of each, made at construction) and calls the listener's {@code onXxx}. Zero allocation;
 * never throws for bad input.
 *
 * <p>Bad input is counted in the {@link WireErrorCounters} given at construction (reported with the sequence
 * number when known, else -1, and the message's bytes), then:
 * <ul>
 *     <li>empty, or shorter than its type's {@code LENGTH}: {@link WireError#TRUNCATED}, skipped, {@link #TRUNCATED}
 *     returned;</li>
 *     <li>an unknown type byte: {@link WireError#UNKNOWN_MESSAGE_TYPE}, skipped, {@link #UNKNOWN_MESSAGE_TYPE}
 *     returned;</li>
 *     <li>an Appendage Length past the end of the message, or an option whose length byte is 0, runs past the
 *     appendage or does not match its tag's value size: {@link WireError#BAD_LENGTH}, skipped,
 *     {@link #BAD_APPENDAGE} returned (the fixed fields may be fine, but the framing is not what the spec says,
 *     so nothing of it is trusted);</li>
 *     <li>longer than its fixed fields plus appendage: {@link WireError#BAD_LENGTH} counted, and the message is
 *     still decoded and delivered (every field is present; the extra bytes are ignored);</li>
 *     <li>an offset or length outside the buffer: {@link WireError#BAD_LENGTH}, skipped, {@link #OUT_OF_BOUNDS}
 *     returned (reported without bytes).</li>
 * </ul>
 * Field values (sides, codes) are not validated: that is for the consumer. Single-threaded.
 */
public final class OuchMessageDispatcher {
    /** {@link #onMessage(DirectBuffer, int, int)} result: empty, or shorter than its type's length; skipped. */
    public static final int TRUNCATED = OuchMessageCheck.TRUNCATED;
    /** {@link #onMessage(DirectBuffer, int, int)} result: not a known message type; skipped. */
    public static final int UNKNOWN_MESSAGE_TYPE = -2;
    /** {@link #onMessage(DirectBuffer, int, int)} result: offset or length outside the buffer; skipped. */
    public static final int OUT_OF_BOUNDS = -3;
    /** {@link #onMessage(DirectBuffer, int, int)} result: the optional appendage is malformed; skipped. */
    public static final int BAD_APPENDAGE = OuchMessageCheck.BAD_APPENDAGE;

    private final OuchListener listener;
    private final WireErrorCounters errors;
    private final SystemEventDecoder systemEvent = new SystemEventDecoder();
    private final OrderAcceptedDecoder orderAccepted = new OrderAcceptedDecoder();
    private final OrderReplacedDecoder orderReplaced = new OrderReplacedDecoder();
    private final OrderCanceledDecoder orderCanceled = new OrderCanceledDecoder();
    private final AiqCanceledDecoder aiqCanceled = new AiqCanceledDecoder();
    private final OrderExecutedDecoder orderExecuted = new OrderExecutedDecoder();
    private final BrokenTradeDecoder brokenTrade = new BrokenTradeDecoder();
    private final TradeCorrectionDecoder tradeCorrection = new TradeCorrectionDecoder();
    private final OrderRejectedDecoder orderRejected = new OrderRejectedDecoder();
    private final CancelPendingDecoder cancelPending = new CancelPendingDecoder();
    private final CancelRejectDecoder cancelReject = new CancelRejectDecoder();
    private final OrderPriorityUpdateDecoder orderPriorityUpdate = new OrderPriorityUpdateDecoder();
    private final OrderModifiedDecoder orderModified = new OrderModifiedDecoder();
    private final OrderRestatedDecoder orderRestated = new OrderRestatedDecoder();
    private final MassCancelResponseDecoder massCancelResponse = new MassCancelResponseDecoder();
    private final DisableOrderEntryResponseDecoder disableOrderEntryResponse = new DisableOrderEntryResponseDecoder();
    private final EnableOrderEntryResponseDecoder enableOrderEntryResponse = new EnableOrderEntryResponseDecoder();
    private final AccountQueryResponseDecoder accountQueryResponse = new AccountQueryResponseDecoder();

    /**
     * Creates a dispatcher and its decoders.
     *
     * @param listener receives every message that can be decoded.
     * @param errors   counts and reports bad input.
     */
    public OuchMessageDispatcher(final OuchListener listener, final WireErrorCounters errors) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Decodes one message and delivers it to the listener.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @param length the message length, as framed by the transport.
     * @return the message's type byte (a value {@code > 0}) if it was delivered; {@link #TRUNCATED},
     *         {@link #UNKNOWN_MESSAGE_TYPE}, {@link #BAD_APPENDAGE} or {@link #OUT_OF_BOUNDS} if it was skipped.
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length) {
        return dispatch(-1L, buffer, offset, length);
    }

    /**
     * Decodes one message and delivers it to the listener, reporting errors with a sequence number.
     *
     * @param sequenceNumber the message's sequence number in its transport (SoupBinTCP), or -1 if there is none.
     * @param buffer         the bytes.
     * @param offset         where the message (its type byte) starts.
     * @param length         the message length, as framed by the transport.
     * @return as {@link #onMessage(DirectBuffer, int, int)}.
     */
    public int dispatch(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        if (offset < 0 || length < 0 || offset > buffer.capacity() - length) {
            errors.report(WireError.BAD_LENGTH, sequenceNumber);
            return OUT_OF_BOUNDS;
        }
        if (length == 0) {
            errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);
            return TRUNCATED;
        }
        final byte type = buffer.getByte(offset);
        final int checked;
        switch (type) {
            case SystemEventDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, SystemEventDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onSystemEvent(systemEvent.wrap(buffer, offset));
                return type;
            case OrderAcceptedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderAcceptedDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderAccepted(orderAccepted.wrap(buffer, offset));
                return type;
            case OrderReplacedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderReplacedDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderReplaced(orderReplaced.wrap(buffer, offset));
                return type;
            case OrderCanceledDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderCanceledDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderCanceled(orderCanceled.wrap(buffer, offset));
                return type;
            case AiqCanceledDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, AiqCanceledDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onAiqCanceled(aiqCanceled.wrap(buffer, offset));
                return type;
            case OrderExecutedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderExecutedDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderExecuted(orderExecuted.wrap(buffer, offset));
                return type;
            case BrokenTradeDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, BrokenTradeDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onBrokenTrade(brokenTrade.wrap(buffer, offset));
                return type;
            case TradeCorrectionDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, TradeCorrectionDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onTradeCorrection(tradeCorrection.wrap(buffer, offset));
                return type;
            case OrderRejectedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderRejectedDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderRejected(orderRejected.wrap(buffer, offset));
                return type;
            case CancelPendingDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, CancelPendingDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onCancelPending(cancelPending.wrap(buffer, offset));
                return type;
            case CancelRejectDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, CancelRejectDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onCancelReject(cancelReject.wrap(buffer, offset));
                return type;
            case OrderPriorityUpdateDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderPriorityUpdateDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderPriorityUpdate(orderPriorityUpdate.wrap(buffer, offset));
                return type;
            case OrderModifiedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderModifiedDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderModified(orderModified.wrap(buffer, offset));
                return type;
            case OrderRestatedDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, OrderRestatedDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onOrderRestated(orderRestated.wrap(buffer, offset));
                return type;
            case MassCancelResponseDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, MassCancelResponseDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onMassCancelResponse(massCancelResponse.wrap(buffer, offset));
                return type;
            case DisableOrderEntryResponseDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, DisableOrderEntryResponseDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onDisableOrderEntryResponse(disableOrderEntryResponse.wrap(buffer, offset));
                return type;
            case EnableOrderEntryResponseDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, EnableOrderEntryResponseDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onEnableOrderEntryResponse(enableOrderEntryResponse.wrap(buffer, offset));
                return type;
            case AccountQueryResponseDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, AccountQueryResponseDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onAccountQueryResponse(accountQueryResponse.wrap(buffer, offset));
                return type;
            default:
                errors.report(WireError.UNKNOWN_MESSAGE_TYPE, sequenceNumber, buffer, offset, length);
                return UNKNOWN_MESSAGE_TYPE;
        }
    }

    /** Checks the framing of one message: 0 if it may be delivered, else the negative result to return. */
    private int check(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length,
        final int fixedLength, final boolean hasAppendage) {
        return OuchMessageCheck.check(errors, sequenceNumber, buffer, offset, length, fixedLength, hasAppendage);
    }

    /**
     * The listener given at construction.
     *
     * @return the listener.
     */
    public OuchListener listener() {
        return listener;
    }

    /**
     * The error counters given at construction.
     *
     * @return the counters.
     */
    public WireErrorCounters errors() {
        return errors;
    }
}
