package dev.hft.net.itch;

/**
 * Receives decoded NASDAQ TotalView-ITCH 5.0 messages from an {@link ItchMessageDispatcher}: one {@code onXxx} per
 * message type, each a no-op by default so an implementation overrides only what it uses (a book builder needs the
 * order messages, a trade recorder the executions and trades).
 *
 * <p>Every call passes the dispatcher's own decoder, wrapped over the message's bytes: it is valid only during the
 * call, and the dispatcher wraps it over the next message afterwards. Read the fields you need inside the call, or
 * copy them (never keep the decoder). Calls arrive on the thread that feeds the dispatcher; the dispatcher allocates
 * nothing, and neither should an implementation on the hot path.
 */
public interface ItchListener {
    /** A listener that ignores every message. */
    ItchListener NO_OP = new ItchListener() {
    };

    /**
     * System Event ({@code 'S'}, section 1.1): a market or data-feed handler event (start/end of messages, system
     * hours, market hours).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onSystemEvent(final SystemEventDecoder message) {
    }

    /**
     * Stock Directory ({@code 'R'}, section 1.2.1): the start-of-day directory entry of one security: locate code,
     * listing market, lot size, flags.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onStockDirectory(final StockDirectoryDecoder message) {
    }

    /**
     * Stock Trading Action ({@code 'H'}, section 1.2.2): the trading state of a security changed (halted, paused,
     * quotation only, trading).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onStockTradingAction(final StockTradingActionDecoder message) {
    }

    /**
     * Reg SHO Short Sale Price Test Restricted Indicator ({@code 'Y'}, section 1.2.3): the Rule 201 short-sale price
     * test status of a security.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onRegShoRestriction(final RegShoRestrictionDecoder message) {
    }

    /**
     * Market Participant Position ({@code 'L'}, section 1.2.4): the status of one market participant firm registered in
     * one security.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onMarketParticipantPosition(final MarketParticipantPositionDecoder message) {
    }

    /**
     * MWCB Decline Level ({@code 'V'}, section 1.2.5.1): the day's market-wide circuit breaker breach levels.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onMwcbDeclineLevel(final MwcbDeclineLevelDecoder message) {
    }

    /**
     * MWCB Status ({@code 'W'}, section 1.2.5.2): a market-wide circuit breaker level was breached.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onMwcbStatus(final MwcbStatusDecoder message) {
    }

    /**
     * IPO Quoting Period Update ({@code 'K'}, section 1.2.6): the anticipated IPO quotation release time of a security.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onIpoQuotingPeriodUpdate(final IpoQuotingPeriodUpdateDecoder message) {
    }

    /**
     * LULD Auction Collar ({@code 'J'}, section 1.2.7): the auction collar within which a paused security can reopen
     * after a LULD pause.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onLuldAuctionCollar(final LuldAuctionCollarDecoder message) {
    }

    /**
     * Operational Halt ({@code 'h'}, section 1.2.8): a security is operationally halted or resumed on one Nasdaq market
     * center.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOperationalHalt(final OperationalHaltDecoder message) {
    }

    /**
     * Add Order - No MPID Attribution ({@code 'A'}, section 1.3.1): a new unattributed order was added to the
     * displayable book.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onAddOrder(final AddOrderDecoder message) {
    }

    /**
     * Add Order with MPID Attribution ({@code 'F'}, section 1.3.2): a new attributed order or quote was added to the
     * displayable book.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onAddOrderMpid(final AddOrderMpidDecoder message) {
    }

    /**
     * Order Executed ({@code 'E'}, section 1.4.1): a resting order was executed in whole or in part at its display
     * price.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderExecuted(final OrderExecutedDecoder message) {
    }

    /**
     * Order Executed With Price ({@code 'C'}, section 1.4.2): a resting order was executed at a price other than its
     * display price.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderExecutedWithPrice(final OrderExecutedWithPriceDecoder message) {
    }

    /**
     * Order Cancel ({@code 'X'}, section 1.4.3): a resting order was partially cancelled.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderCancel(final OrderCancelDecoder message) {
    }

    /**
     * Order Delete ({@code 'D'}, section 1.4.4): a resting order was cancelled in full and leaves the book.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderDelete(final OrderDeleteDecoder message) {
    }

    /**
     * Order Replace ({@code 'U'}, section 1.4.5): a resting order was cancel-replaced: the original leaves the book,
     * the new one keeps its side, stock and attribution.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onOrderReplace(final OrderReplaceDecoder message) {
    }

    /**
     * Trade (Non-Cross) ({@code 'P'}, section 1.5.1): a non-displayed order was executed (no book change).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onTrade(final TradeDecoder message) {
    }

    /**
     * Cross Trade ({@code 'Q'}, section 1.5.2): the opening, closing or halt/IPO cross of a security completed (bulk
     * print).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onCrossTrade(final CrossTradeDecoder message) {
    }

    /**
     * Broken Trade / Order Execution ({@code 'B'}, section 1.5.3): an execution was broken (clearly erroneous).
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onBrokenTrade(final BrokenTradeDecoder message) {
    }

    /**
     * Net Order Imbalance Indicator (NOII) ({@code 'I'}, section 1.6): indicative clearing prices and imbalance before
     * a cross.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onNoii(final NoiiDecoder message) {
    }

    /**
     * Retail Price Improvement Indicator (RPII) ({@code 'N'}, section 1.7): retail price improvement interest on the
     * bid, the offer, both or neither.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onRpii(final RpiiDecoder message) {
    }

    /**
     * Direct Listing with Capital Raise Price Discovery ({@code 'O'}, section 1.8): price discovery of a Direct Listing
     * with Capital Raise (DLCR) security, once a second after its volatility test passed.
     *
     * @param message the decoder, wrapped over the message; valid only during the call.
     */
    default void onDirectListingCapitalRaise(final DirectListingCapitalRaiseDecoder message) {
    }
}
