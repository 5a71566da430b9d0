package dev.hft.net.capture;

/**
 * TotalView-ITCH 5.0 order-flow events as primitive arguments: what a generator or a simulated venue emits and
 * {@link ItchEventEncoder} turns into ITCH messages. Every price is ITCH {@code Price(4)}, every timestamp nanoseconds
 * since midnight.
 */
public interface ItchEventSink {
    /**
     * A system event.
     *
     * @param timestampNs time since midnight.
     * @param eventCode   'O', 'S', 'Q', 'M', 'E' or 'C'.
     */
    void systemEvent(long timestampNs, byte eventCode);

    /**
     * A stock directory entry.
     *
     * @param timestampNs time since midnight.
     * @param stockLocate the instrument's locate code, from 1.
     * @param stock       the symbol, 8 ASCII bytes space-padded, packed big-endian.
     * @param roundLotSize shares in a round lot.
     */
    void stockDirectory(long timestampNs, int stockLocate, long stock, long roundLotSize);

    /**
     * A stock trading action.
     *
     * @param timestampNs  time since midnight.
     * @param stockLocate  the instrument.
     * @param stock        the symbol, packed.
     * @param tradingState 'H', 'P', 'Q' or 'T'.
     */
    void tradingAction(long timestampNs, int stockLocate, long stock, byte tradingState);

    /**
     * An add order (no MPID attribution).
     *
     * @param timestampNs    time since midnight.
     * @param stockLocate    the instrument.
     * @param orderReference the new order's reference number.
     * @param side           'B' or 'S'.
     * @param shares         displayed shares.
     * @param stock          the symbol, packed.
     * @param price          limit price, Price(4).
     */
    void addOrder(long timestampNs, int stockLocate, long orderReference, byte side, long shares, long stock,
        long price);

    /**
     * An execution of a resting order at its price.
     *
     * @param timestampNs    time since midnight.
     * @param stockLocate    the instrument.
     * @param orderReference the resting order.
     * @param shares         executed shares.
     * @param matchNumber    the trade's match number.
     */
    void orderExecuted(long timestampNs, int stockLocate, long orderReference, long shares, long matchNumber);

    /**
     * An execution of a resting order at another price.
     *
     * @param timestampNs    time since midnight.
     * @param stockLocate    the instrument.
     * @param orderReference the resting order.
     * @param shares         executed shares.
     * @param matchNumber    the trade's match number.
     * @param printable      whether the execution prints to the tape.
     * @param price          execution price, Price(4).
     */
    void orderExecutedWithPrice(long timestampNs, int stockLocate, long orderReference, long shares,
        long matchNumber, boolean printable, long price);

    /**
     * A partial cancel.
     *
     * @param timestampNs    time since midnight.
     * @param stockLocate    the instrument.
     * @param orderReference the order.
     * @param canceledShares shares removed (fewer than the order has).
     */
    void orderCancel(long timestampNs, int stockLocate, long orderReference, long canceledShares);

    /**
     * An order delete.
     *
     * @param timestampNs    time since midnight.
     * @param stockLocate    the instrument.
     * @param orderReference the order.
     */
    void orderDelete(long timestampNs, int stockLocate, long orderReference);

    /**
     * An order replace: the original order leaves the book and a new one (new reference, same side) enters.
     *
     * @param timestampNs            time since midnight.
     * @param stockLocate            the instrument.
     * @param originalOrderReference the order replaced.
     * @param newOrderReference      the new order.
     * @param shares                 the new order's shares.
     * @param price                  the new order's price, Price(4).
     */
    void orderReplace(long timestampNs, int stockLocate, long originalOrderReference, long newOrderReference,
        long shares, long price);

    /**
     * A non-cross trade against a non-displayed order.
     *
     * @param timestampNs time since midnight.
     * @param stockLocate the instrument.
     * @param side        'B' or 'S' (the non-displayed order's side).
     * @param shares      shares traded.
     * @param stock       the symbol, packed.
     * @param price       trade price, Price(4).
     * @param matchNumber the trade's match number.
     */
    void trade(long timestampNs, int stockLocate, byte side, long shares, long stock, long price,
        long matchNumber);
}
