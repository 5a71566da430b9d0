package dev.hft.api;

/**
 * Read-only view of the order ledger (hft-oms's {@code OrderManager}), the one owner of per-order state: an order is
 * found by its client order id, and its attributes are read through the handle {@link #find} returns. A handle is a
 * pool slot, valid only until the ledger's next change (the slot may be reused for another order later): use it
 * within the call that found it, never keep it. Trading thread only; allocation-free.
 */
public interface OrderLedgerView extends OpenOrderView {

    /**
     * Finds an order.
     *
     * @param clientOrderId the order.
     * @return its handle ({@code >= 0}), or {@code -1} if the id is unknown or its slot was reused.
     */
    int find(long clientOrderId);

    /**
     * Returns an order's owning strategy.
     *
     * @param slot a handle from {@link #find}.
     * @return strategy id.
     */
    int strategyId(int slot);

    /**
     * Returns an order's venue.
     *
     * @param slot a handle from {@link #find}.
     * @return venue id.
     */
    int venueId(int slot);

    /**
     * Returns an order's instrument.
     *
     * @param slot a handle from {@link #find}.
     * @return instrument id.
     */
    int instrumentId(int slot);

    /**
     * Returns an order's side.
     *
     * @param slot a handle from {@link #find}.
     * @return BUY or SELL.
     */
    Side side(int slot);

    /**
     * Returns an order's limit price.
     *
     * @param slot a handle from {@link #find}.
     * @return price, or {@link FixedPoint#NULL_PRICE}.
     */
    long price(int slot);

    /**
     * Returns an order's total quantity (filled included).
     *
     * @param slot a handle from {@link #find}.
     * @return quantity.
     */
    long quantity(int slot);

    /**
     * Returns an order's filled quantity.
     *
     * @param slot a handle from {@link #find}.
     * @return filled quantity.
     */
    long filledQuantity(int slot);
}
