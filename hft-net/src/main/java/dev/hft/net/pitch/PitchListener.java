package dev.hft.net.pitch;

/**
 * Receives the messages of PITCH packets from a {@link PitchMessageDispatcher}, one {@code onXxx} method per message
 * type, each a no-op by default so a listener overrides only what it uses. Called on the thread that calls
 * {@link PitchMessageDispatcher#onPacket}; every flyweight argument is valid only during the call (copy what you keep)
 * and is reused for the next message of its type.
 *
 * <p>Per packet the dispatcher calls {@link #onUnitHeader} once, then the message methods in wire order. Message
 * {@code i} (from 0) of a unit has the sequence number {@code header.sequence() + i}, whether it is delivered or
 * skipped as malformed.
 */
public interface PitchListener {
    /**
     * The Sequenced Unit Header of a packet, before its messages (for a heartbeat, with a count of 0, the only call).
     *
     * @param header the flyweight over it, valid only during the call.
     */
    default void onUnitHeader(final SequencedUnitHeaderDecoder header) {
    }

    /**
     * A Time message (type {@code 0x20}): the whole seconds since midnight Eastern Time on which every later Time
     * Offset of the same unit is based.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTime(final TimeDecoder message) {
    }

    /**
     * A Unit Clear message (type {@code 0x97}): clear every order of the unit named in the Sequenced Unit Header (sent
     * at start-up and in recovery).
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onUnitClear(final UnitClearDecoder message) {
    }

    /**
     * A Add Order (long form) message (type {@code 0x21}): a new visible order, used when the price or quantity does
     * not fit the short form.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onAddOrderLong(final AddOrderLongDecoder message) {
    }

    /**
     * A Add Order (short form) message (type {@code 0x22}): a new visible order whose quantity fits 16 bits and price a
     * Binary Short Price.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onAddOrderShort(final AddOrderShortDecoder message) {
    }

    /**
     * A Add Order (expanded form) message (type {@code 0x2F}): a new visible order with an 8-byte symbol, participant
     * id and customer indicator.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onAddOrderExpanded(final AddOrderExpandedDecoder message) {
    }

    /**
     * A Order Executed message (type {@code 0x23}): a visible order executed in whole or in part at its own limit
     * price.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onOrderExecuted(final OrderExecutedDecoder message) {
    }

    /**
     * A Order Executed at Price/Size message (type {@code 0x24}): a visible order executed at another price than its
     * limit; remaining 0 removes it.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onOrderExecutedAtPriceSize(final OrderExecutedAtPriceSizeDecoder message) {
    }

    /**
     * A Reduce Size (long form) message (type {@code 0x25}): a visible order partially cancelled, by a quantity that
     * does not fit 16 bits.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onReduceSizeLong(final ReduceSizeLongDecoder message) {
    }

    /**
     * A Reduce Size (short form) message (type {@code 0x26}): a visible order partially cancelled, by a quantity that
     * fits 16 bits.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onReduceSizeShort(final ReduceSizeShortDecoder message) {
    }

    /**
     * A Modify Order (long form) message (type {@code 0x27}): a visible order's new quantity and price, used when they
     * do not fit the short form.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onModifyOrderLong(final ModifyOrderLongDecoder message) {
    }

    /**
     * A Modify Order (short form) message (type {@code 0x28}): a visible order's new quantity (16 bits) and price
     * (Binary Short Price).
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onModifyOrderShort(final ModifyOrderShortDecoder message) {
    }

    /**
     * A Delete Order message (type {@code 0x29}): an order cancelled or otherwise removed from the book.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onDeleteOrder(final DeleteOrderDecoder message) {
    }

    /**
     * A Trade (long form) message (type {@code 0x2A}): an execution of a non-displayed order or a routed execution
     * (does not change the book).
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTradeLong(final TradeLongDecoder message) {
    }

    /**
     * A Trade (short form) message (type {@code 0x2B}): a hidden or routed execution whose quantity fits 16 bits and
     * price a Binary Short Price.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTradeShort(final TradeShortDecoder message) {
    }

    /**
     * A Trade (expanded form) message (type {@code 0x30}): a hidden or routed execution with an 8-byte symbol.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTradeExpanded(final TradeExpandedDecoder message) {
    }

    /**
     * A Trade Break message (type {@code 0x2C}): an earlier execution (Order Executed or Trade) was broken.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTradeBreak(final TradeBreakDecoder message) {
    }

    /**
     * A End of Session message (type {@code 0x2D}): the unit shut down: no more sequenced messages (heartbeats may
     * follow).
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onEndOfSession(final EndOfSessionDecoder message) {
    }

    /**
     * A Trading Status message (type {@code 0x31}): a symbol's trading status and Reg SHO state changed.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onTradingStatus(final TradingStatusDecoder message) {
    }

    /**
     * A Auction Update message (type {@code 0x95}): BZX/BYX auction price and size information during an auction.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onAuctionUpdate(final AuctionUpdateDecoder message) {
    }

    /**
     * A Auction Summary message (type {@code 0x96}): the result of an auction (or the Cboe Market Close price).
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onAuctionSummary(final AuctionSummaryDecoder message) {
    }

    /**
     * A Retail Price Improvement message (type {@code 0x98}): BYX retail liquidity indicator: which sides have a
     * price-improving retail order.
     *
     * @param message the flyweight over it, valid only during the call.
     */
    default void onRetailPriceImprovement(final RetailPriceImprovementDecoder message) {
    }
}
