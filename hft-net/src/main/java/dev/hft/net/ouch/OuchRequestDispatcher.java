package dev.hft.net.ouch;

import java.util.Objects;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import org.agrona.DirectBuffer;

/**
 * Decodes OUCH 5.0 requests from clients (Enter Order, Replace Order, Cancel Order...) and hands each to an {@link
 * OuchRequestListener}: reads the type byte, checks the length against the type's fixed {@code LENGTH} and, for types
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
public final class OuchRequestDispatcher {
    /** {@link #onMessage(DirectBuffer, int, int)} result: empty, or shorter than its type's length; skipped. */
    public static final int TRUNCATED = OuchMessageCheck.TRUNCATED;
    /** {@link #onMessage(DirectBuffer, int, int)} result: not a known message type; skipped. */
    public static final int UNKNOWN_MESSAGE_TYPE = -2;
    /** {@link #onMessage(DirectBuffer, int, int)} result: offset or length outside the buffer; skipped. */
    public static final int OUT_OF_BOUNDS = -3;
    /** {@link #onMessage(DirectBuffer, int, int)} result: the optional appendage is malformed; skipped. */
    public static final int BAD_APPENDAGE = OuchMessageCheck.BAD_APPENDAGE;

    private final OuchRequestListener listener;
    private final WireErrorCounters errors;
    private final EnterOrderDecoder enterOrder = new EnterOrderDecoder();
    private final ReplaceOrderDecoder replaceOrder = new ReplaceOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final ModifyOrderDecoder modifyOrder = new ModifyOrderDecoder();
    private final MassCancelRequestDecoder massCancelRequest = new MassCancelRequestDecoder();
    private final DisableOrderEntryRequestDecoder disableOrderEntryRequest = new DisableOrderEntryRequestDecoder();
    private final EnableOrderEntryRequestDecoder enableOrderEntryRequest = new EnableOrderEntryRequestDecoder();
    private final AccountQueryRequestDecoder accountQueryRequest = new AccountQueryRequestDecoder();

    /**
     * Creates a dispatcher and its decoders.
     *
     * @param listener receives every message that can be decoded.
     * @param errors   counts and reports bad input.
     */
    public OuchRequestDispatcher(final OuchRequestListener listener, final WireErrorCounters errors) {
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
            case EnterOrderDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, EnterOrderDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onEnterOrder(enterOrder.wrap(buffer, offset));
                return type;
            case ReplaceOrderDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, ReplaceOrderDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onReplaceOrder(replaceOrder.wrap(buffer, offset));
                return type;
            case CancelOrderDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, CancelOrderDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onCancelOrder(cancelOrder.wrap(buffer, offset));
                return type;
            case ModifyOrderDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, ModifyOrderDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onModifyOrder(modifyOrder.wrap(buffer, offset));
                return type;
            case MassCancelRequestDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, MassCancelRequestDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onMassCancelRequest(massCancelRequest.wrap(buffer, offset));
                return type;
            case DisableOrderEntryRequestDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, DisableOrderEntryRequestDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onDisableOrderEntryRequest(disableOrderEntryRequest.wrap(buffer, offset));
                return type;
            case EnableOrderEntryRequestDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, EnableOrderEntryRequestDecoder.LENGTH, true);
                if (checked < 0) {
                    return checked;
                }
                listener.onEnableOrderEntryRequest(enableOrderEntryRequest.wrap(buffer, offset));
                return type;
            case AccountQueryRequestDecoder.TYPE:
                checked = check(sequenceNumber, buffer, offset, length, AccountQueryRequestDecoder.LENGTH, false);
                if (checked < 0) {
                    return checked;
                }
                listener.onAccountQueryRequest(accountQueryRequest.wrap(buffer, offset));
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
    public OuchRequestListener listener() {
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
