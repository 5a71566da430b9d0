package dev.hft.net.itch;

import java.util.Objects;

import dev.hft.net.WireError;
import dev.hft.net.WireErrorCounters;
import dev.hft.net.moldudp64.MoldUdp64MessageHandler;
import org.agrona.DirectBuffer;

/**
 * Decodes NASDAQ TotalView-ITCH 5.0 messages and hands each to an {@link ItchListener}: reads the type byte, checks
 * the length against the type's fixed {@code LENGTH}, wraps the type's decoder (one of each, made at construction)
 * and calls the listener's {@code onXxx}. Zero allocation; never throws for bad input.
 *
 * <p>Feeding it:
 * <pre>
 * ItchMessageDispatcher itch = new ItchMessageDispatcher(listener, new WireErrorCounters("itch", errorListener));
 * packet.forEachMessage(itch);                       // MoldUDP64: it is a MoldUdp64MessageHandler (sequence known)
 * int result = itch.onMessage(buffer, offset, length); // any other framing (SoupBinTCP, BinaryFILE): no sequence
 * </pre>
 *
 * <p>Bad input is counted in the {@link WireErrorCounters} given at construction (reported with the message's
 * sequence number when known, else -1, and its bytes), then:
 * <ul>
 *     <li>empty or shorter than its type's {@code LENGTH}: {@link WireError#TRUNCATED}, skipped, {@link #TRUNCATED}
 *     returned;</li>
 *     <li>an unknown type byte: {@link WireError#UNKNOWN_MESSAGE_TYPE}, skipped, {@link #UNKNOWN_MESSAGE_TYPE}
 *     returned;</li>
 *     <li>longer than its type's {@code LENGTH}: {@link WireError#BAD_LENGTH} counted, and the message is still
 *     decoded and delivered (its fixed fields are all present; the extra bytes are ignored), so the type byte is
 *     returned. Every ITCH 5.0 type has a fixed length, so this means a framing error upstream or a newer protocol
 *     revision, either of which the counter makes visible without losing the message;</li>
 *     <li>an offset or length outside the buffer: {@link WireError#BAD_LENGTH}, skipped, {@link #OUT_OF_BOUNDS}
 *     returned (reported without bytes).</li>
 * </ul>
 * Field values (sides, states, codes) are not validated: that is for the consumer. The dispatcher keeps working
 * after any of these.
 *
 * <p>Single-threaded: call it from one thread at a time. The listener and error listener run on that thread.
 */
public final class ItchMessageDispatcher implements MoldUdp64MessageHandler {
    /** {@link #onMessage(DirectBuffer, int, int)} result: empty, or shorter than its type's length; skipped. */
    public static final int TRUNCATED = -1;
    /** {@link #onMessage(DirectBuffer, int, int)} result: not an ITCH 5.0 message type; skipped. */
    public static final int UNKNOWN_MESSAGE_TYPE = -2;
    /** {@link #onMessage(DirectBuffer, int, int)} result: offset or length outside the buffer; skipped. */
    public static final int OUT_OF_BOUNDS = -3;

    private final ItchListener listener;
    private final WireErrorCounters errors;
    private final SystemEventDecoder systemEvent = new SystemEventDecoder();
    private final StockDirectoryDecoder stockDirectory = new StockDirectoryDecoder();
    private final StockTradingActionDecoder stockTradingAction = new StockTradingActionDecoder();
    private final RegShoRestrictionDecoder regShoRestriction = new RegShoRestrictionDecoder();
    private final MarketParticipantPositionDecoder marketParticipantPosition = new MarketParticipantPositionDecoder();
    private final MwcbDeclineLevelDecoder mwcbDeclineLevel = new MwcbDeclineLevelDecoder();
    private final MwcbStatusDecoder mwcbStatus = new MwcbStatusDecoder();
    private final IpoQuotingPeriodUpdateDecoder ipoQuotingPeriodUpdate = new IpoQuotingPeriodUpdateDecoder();
    private final LuldAuctionCollarDecoder luldAuctionCollar = new LuldAuctionCollarDecoder();
    private final OperationalHaltDecoder operationalHalt = new OperationalHaltDecoder();
    private final AddOrderDecoder addOrder = new AddOrderDecoder();
    private final AddOrderMpidDecoder addOrderMpid = new AddOrderMpidDecoder();
    private final OrderExecutedDecoder orderExecuted = new OrderExecutedDecoder();
    private final OrderExecutedWithPriceDecoder orderExecutedWithPrice = new OrderExecutedWithPriceDecoder();
    private final OrderCancelDecoder orderCancel = new OrderCancelDecoder();
    private final OrderDeleteDecoder orderDelete = new OrderDeleteDecoder();
    private final OrderReplaceDecoder orderReplace = new OrderReplaceDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final CrossTradeDecoder crossTrade = new CrossTradeDecoder();
    private final BrokenTradeDecoder brokenTrade = new BrokenTradeDecoder();
    private final NoiiDecoder noii = new NoiiDecoder();
    private final RpiiDecoder rpii = new RpiiDecoder();
    private final DirectListingCapitalRaiseDecoder directListingCapitalRaise = new DirectListingCapitalRaiseDecoder();

    /**
     * Creates a dispatcher and its decoders.
     *
     * @param listener receives every message that can be decoded.
     * @param errors   counts and reports bad input; its source name appears in every report (e.g. {@code "itch"}).
     */
    public ItchMessageDispatcher(final ItchListener listener, final WireErrorCounters errors) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Decodes one message and delivers it to the listener.
     *
     * @param buffer the bytes.
     * @param offset where the message (its type byte) starts.
     * @param length the message length, as framed by the transport.
     * @return the message's type byte (a value {@code > 0}) if it was delivered, including a message longer than
     *         its type's length (counted as {@link WireError#BAD_LENGTH}); {@link #TRUNCATED},
     *         {@link #UNKNOWN_MESSAGE_TYPE} or {@link #OUT_OF_BOUNDS} if it was skipped.
     */
    public int onMessage(final DirectBuffer buffer, final int offset, final int length) {
        return dispatch(-1L, buffer, offset, length);
    }

    /**
     * Decodes one message of a MoldUDP64 packet and delivers it to the listener, so a dispatcher is the handler of
     * {@code MoldUdp64PacketDecoder.forEachMessage}; errors are reported with the sequence number.
     *
     * @param sequenceNumber the message's sequence number.
     * @param buffer         the bytes.
     * @param offset         where the message starts.
     * @param length         the message length.
     */
    @Override
    public void onMessage(final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        dispatch(sequenceNumber, buffer, offset, length);
    }

    /**
     * Decodes one message and delivers it to the listener, reporting errors with a sequence number.
     *
     * @param sequenceNumber the message's sequence number in its transport, or -1 if there is none.
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
        switch (type) {
            case AddOrderDecoder.TYPE:
                if (length != AddOrderDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, AddOrderDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onAddOrder(addOrder.wrap(buffer, offset));
                return type;
            case OrderDeleteDecoder.TYPE:
                if (length != OrderDeleteDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OrderDeleteDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOrderDelete(orderDelete.wrap(buffer, offset));
                return type;
            case OrderReplaceDecoder.TYPE:
                if (length != OrderReplaceDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OrderReplaceDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOrderReplace(orderReplace.wrap(buffer, offset));
                return type;
            case OrderExecutedDecoder.TYPE:
                if (length != OrderExecutedDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OrderExecutedDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOrderExecuted(orderExecuted.wrap(buffer, offset));
                return type;
            case OrderCancelDecoder.TYPE:
                if (length != OrderCancelDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OrderCancelDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOrderCancel(orderCancel.wrap(buffer, offset));
                return type;
            case AddOrderMpidDecoder.TYPE:
                if (length != AddOrderMpidDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, AddOrderMpidDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onAddOrderMpid(addOrderMpid.wrap(buffer, offset));
                return type;
            case TradeDecoder.TYPE:
                if (length != TradeDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, TradeDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onTrade(trade.wrap(buffer, offset));
                return type;
            case OrderExecutedWithPriceDecoder.TYPE:
                if (length != OrderExecutedWithPriceDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OrderExecutedWithPriceDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOrderExecutedWithPrice(orderExecutedWithPrice.wrap(buffer, offset));
                return type;
            default:
                return dispatchOther(type, sequenceNumber, buffer, offset, length);
        }
    }

    /**
     * The administrative, auction and trade-correction messages: rare next to order flow and mostly large, so they
     * are kept out of {@link #dispatch}, whose compiled code then stays small enough to inline the order messages'
     * decoding into it.
     */
    private int dispatchOther(
        final byte type, final long sequenceNumber, final DirectBuffer buffer, final int offset, final int length) {
        switch (type) {
            case SystemEventDecoder.TYPE:
                if (length != SystemEventDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, SystemEventDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onSystemEvent(systemEvent.wrap(buffer, offset));
                return type;
            case StockDirectoryDecoder.TYPE:
                if (length != StockDirectoryDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, StockDirectoryDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onStockDirectory(stockDirectory.wrap(buffer, offset));
                return type;
            case StockTradingActionDecoder.TYPE:
                if (length != StockTradingActionDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, StockTradingActionDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onStockTradingAction(stockTradingAction.wrap(buffer, offset));
                return type;
            case RegShoRestrictionDecoder.TYPE:
                if (length != RegShoRestrictionDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, RegShoRestrictionDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onRegShoRestriction(regShoRestriction.wrap(buffer, offset));
                return type;
            case MarketParticipantPositionDecoder.TYPE:
                if (length != MarketParticipantPositionDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, MarketParticipantPositionDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onMarketParticipantPosition(marketParticipantPosition.wrap(buffer, offset));
                return type;
            case MwcbDeclineLevelDecoder.TYPE:
                if (length != MwcbDeclineLevelDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, MwcbDeclineLevelDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onMwcbDeclineLevel(mwcbDeclineLevel.wrap(buffer, offset));
                return type;
            case MwcbStatusDecoder.TYPE:
                if (length != MwcbStatusDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, MwcbStatusDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onMwcbStatus(mwcbStatus.wrap(buffer, offset));
                return type;
            case IpoQuotingPeriodUpdateDecoder.TYPE:
                if (length != IpoQuotingPeriodUpdateDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, IpoQuotingPeriodUpdateDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onIpoQuotingPeriodUpdate(ipoQuotingPeriodUpdate.wrap(buffer, offset));
                return type;
            case LuldAuctionCollarDecoder.TYPE:
                if (length != LuldAuctionCollarDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, LuldAuctionCollarDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onLuldAuctionCollar(luldAuctionCollar.wrap(buffer, offset));
                return type;
            case OperationalHaltDecoder.TYPE:
                if (length != OperationalHaltDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, OperationalHaltDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onOperationalHalt(operationalHalt.wrap(buffer, offset));
                return type;
            case CrossTradeDecoder.TYPE:
                if (length != CrossTradeDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, CrossTradeDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onCrossTrade(crossTrade.wrap(buffer, offset));
                return type;
            case BrokenTradeDecoder.TYPE:
                if (length != BrokenTradeDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, BrokenTradeDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onBrokenTrade(brokenTrade.wrap(buffer, offset));
                return type;
            case NoiiDecoder.TYPE:
                if (length != NoiiDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, NoiiDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onNoii(noii.wrap(buffer, offset));
                return type;
            case RpiiDecoder.TYPE:
                if (length != RpiiDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, RpiiDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onRpii(rpii.wrap(buffer, offset));
                return type;
            case DirectListingCapitalRaiseDecoder.TYPE:
                if (length != DirectListingCapitalRaiseDecoder.LENGTH
                    && isTruncated(sequenceNumber, buffer, offset, length, DirectListingCapitalRaiseDecoder.LENGTH)) {
                    return TRUNCATED;
                }
                listener.onDirectListingCapitalRaise(directListingCapitalRaise.wrap(buffer, offset));
                return type;
            default:
                errors.report(WireError.UNKNOWN_MESSAGE_TYPE, sequenceNumber, buffer, offset, length);
                return UNKNOWN_MESSAGE_TYPE;
        }
    }

    /** Counts a length that is not its type's: truncated (skip the message) or over-long (decode it anyway). */
    private boolean isTruncated(final long sequenceNumber, final DirectBuffer buffer, final int offset,
        final int length, final int expected) {
        if (length < expected) {
            errors.report(WireError.TRUNCATED, sequenceNumber, buffer, offset, length);
            return true;
        }
        errors.report(WireError.BAD_LENGTH, sequenceNumber, buffer, offset, length);
        return false;
    }

    /**
     * The listener given at construction.
     *
     * @return the listener.
     */
    public ItchListener listener() {
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
