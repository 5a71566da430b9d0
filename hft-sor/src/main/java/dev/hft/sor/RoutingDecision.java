package dev.hft.sor;

import dev.hft.api.OrderType;
import dev.hft.api.TimeInForce;

/**
 * The output of one {@link Router} decision, owned by the caller and reused: up to {@link #capacity()} child orders
 * (venue, quantity, limit price, order type, time in force) plus what the decision could not route. Sweep children
 * come first, in the order the policy ranked them, at most one per venue; a posted child, if any, comes last.
 *
 * <p>Preallocated; filling and reading it allocates nothing. Single-threaded.
 */
public final class RoutingDecision {

    private final int[] venueIds;
    private final long[] quantities;
    private final long[] prices;
    private final OrderType[] orderTypes;
    private final TimeInForce[] timesInForce;
    private int count;
    private long sweptQuantity;
    private long postedQuantity;
    private long unroutedQuantity;

    /**
     * Creates an empty decision.
     *
     * @param capacity most children one decision can hold: the venue count plus one is always enough.
     */
    public RoutingDecision(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        venueIds = new int[capacity];
        quantities = new long[capacity];
        prices = new long[capacity];
        orderTypes = new OrderType[capacity];
        timesInForce = new TimeInForce[capacity];
    }

    /**
     * Most children this decision can hold.
     *
     * @return the capacity.
     */
    public int capacity() {
        return venueIds.length;
    }

    /**
     * Number of children.
     *
     * @return the count, {@code 0} if nothing could be routed.
     */
    public int count() {
        return count;
    }

    /**
     * A child's venue.
     *
     * @param index {@code 0..count()-1}.
     * @return the venue id.
     */
    public int venueId(final int index) {
        return venueIds[index];
    }

    /**
     * A child's quantity: a positive multiple of the venue's lot size.
     *
     * @param index {@code 0..count()-1}.
     * @return the quantity.
     */
    public long quantity(final int index) {
        return quantities[index];
    }

    /**
     * A child's limit price, on the venue's tick.
     *
     * @param index {@code 0..count()-1}.
     * @return fixed-point price.
     */
    public long price(final int index) {
        return prices[index];
    }

    /**
     * A child's order type (always {@link OrderType#LIMIT}: sweeps are marketable limits).
     *
     * @param index {@code 0..count()-1}.
     * @return the type.
     */
    public OrderType orderType(final int index) {
        return orderTypes[index];
    }

    /**
     * A child's time in force: {@link TimeInForce#IOC} for a sweep child, the parent's for a posted one.
     *
     * @param index {@code 0..count()-1}.
     * @return the time in force.
     */
    public TimeInForce timeInForce(final int index) {
        return timesInForce[index];
    }

    /**
     * Whether a child rests (posted) rather than takes (IOC).
     *
     * @param index {@code 0..count()-1}.
     * @return {@code true} for a posted child.
     */
    public boolean isPosted(final int index) {
        return !timesInForce[index].isImmediate();
    }

    /**
     * Quantity of the sweep children.
     *
     * @return the total.
     */
    public long sweptQuantity() {
        return sweptQuantity;
    }

    /**
     * Quantity of the posted child.
     *
     * @return the quantity, {@code 0} if none.
     */
    public long postedQuantity() {
        return postedQuantity;
    }

    /**
     * What the decision did not route: no liquidity within the limit, no routable venue, lot remainders, or a parent
     * that does not post.
     *
     * @return the quantity.
     */
    public long unroutedQuantity() {
        return unroutedQuantity;
    }

    void reset() {
        count = 0;
        sweptQuantity = 0;
        postedQuantity = 0;
        unroutedQuantity = 0;
    }

    boolean isFull() {
        return count == venueIds.length;
    }

    void add(final int venueId, final long quantity, final long price, final TimeInForce timeInForce) {
        final int i = count++;
        venueIds[i] = venueId;
        quantities[i] = quantity;
        prices[i] = price;
        orderTypes[i] = OrderType.LIMIT;
        timesInForce[i] = timeInForce;
        if (timeInForce.isImmediate()) {
            sweptQuantity += quantity;
        } else {
            postedQuantity += quantity;
        }
    }

    void unrouted(final long quantity) {
        unroutedQuantity = quantity;
    }
}
