package dev.hft.api.strategy;

import dev.hft.api.PegReference;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;

/**
 * A reusable, mutable request for one parent order, obtained from {@link StrategyContext#parentOrder()}: choose
 * what it is (one of the {@code routed}/{@code stop}/.../{@code vwap} methods), set the common fields, then
 * {@link #submit()}. Setters return {@code this} for chaining; nothing allocates.
 *
 * <pre>{@code
 * long id = context.parentOrder().iceberg(200).venue(venueId).instrument(aapl).side(Side.BUY)
 *     .quantity(5_000).limitPrice(priceFixed).submit();
 * }</pre>
 *
 * <p>Required for every kind: instrument, side and quantity; a venue for every kind but {@link #routed()}. The
 * request is valid until the next {@link StrategyContext#parentOrder()}; use it on the trading thread only.
 */
public interface ParentOrderRequest {
    /**
     * A parent routed by the smart order router across venues: with an IOC or FOK time in force it sweeps the
     * venues' liquidity and ends; with another it sweeps, then posts the remainder.
     *
     * @return this request.
     */
    ParentOrderRequest routed();

    /**
     * A stop: released as a market order when a trade prints at or through the stop price; with a
     * {@link #limitPrice} it is a stop-limit.
     *
     * @param stopPriceFixed the stop price.
     * @return this request.
     */
    ParentOrderRequest stop(long stopPriceFixed);

    /**
     * A trailing stop that follows the best trade price at a fixed distance.
     *
     * @param trailFixed the distance, positive.
     * @return this request.
     */
    ParentOrderRequest trailingStop(long trailFixed);

    /**
     * An iceberg that shows part of its quantity at a time at its {@link #limitPrice}.
     *
     * @param displayQuantity the quantity shown, positive.
     * @return this request.
     */
    ParentOrderRequest iceberg(long displayQuantity);

    /**
     * A pegged order repriced when the BBO moves; a {@link #limitPrice} caps it.
     *
     * @param reference          what it follows.
     * @param offsetFixed        the offset from the reference toward the passive side.
     * @param minRepegIntervalNs the least time between two repricings.
     * @return this request.
     */
    ParentOrderRequest pegged(PegReference reference, long offsetFixed, long minRepegIntervalNs);

    /**
     * A TWAP: equal slices over a horizon.
     *
     * @param startNs start of the horizon, engine clock.
     * @param endNs   end of the horizon, after {@code startNs}.
     * @param slices  number of slices, positive.
     * @return this request.
     */
    ParentOrderRequest twap(long startNs, long endNs, int slices);

    /**
     * A VWAP: slices over a horizon following a volume profile.
     *
     * @param startNs       start of the horizon.
     * @param endNs         end of the horizon.
     * @param volumeProfile relative volume per bucket, non-negative, copied at {@link #submit()}.
     * @return this request.
     */
    ParentOrderRequest vwap(long startNs, long endNs, long[] volumeProfile);

    /**
     * The venue its children go to (every kind but {@link #routed()}).
     *
     * @param venueId the venue.
     * @return this request.
     */
    ParentOrderRequest venue(int venueId);

    /**
     * The instrument.
     *
     * @param instrumentId the instrument.
     * @return this request.
     */
    ParentOrderRequest instrument(int instrumentId);

    /**
     * The side.
     *
     * @param side BUY or SELL.
     * @return this request.
     */
    ParentOrderRequest side(Side side);

    /**
     * The total quantity.
     *
     * @param quantity positive.
     * @return this request.
     */
    ParentOrderRequest quantity(long quantity);

    /**
     * The limit price (a cap for pegged orders; none by default: market).
     *
     * @param limitPriceFixed the limit, or {@link dev.hft.api.FixedPoint#NULL_PRICE}.
     * @return this request.
     */
    ParentOrderRequest limitPrice(long limitPriceFixed);

    /**
     * The time in force of the parent and its children (DAY by default).
     *
     * @param timeInForce the time in force.
     * @return this request.
     */
    ParentOrderRequest timeInForce(TimeInForce timeInForce);

    /**
     * {@link dev.hft.api.ExecInstructions} flags passed to every child (none by default).
     *
     * @param execInstructions the flags.
     * @return this request.
     */
    ParentOrderRequest execInstructions(int execInstructions);

    /**
     * The most a TWAP/VWAP slice may be of the market's traded volume (0, the default: no cap).
     *
     * @param participationCapBps the cap in basis points.
     * @return this request.
     */
    ParentOrderRequest participationCapBps(int participationCapBps);

    /**
     * Sends the request.
     *
     * @return the parent's id ({@code > 0}), or a negative {@link dev.hft.api.Result} code: INVALID_ARGUMENT for a
     *     missing or bad field, REJECTED if the parent pool is full or the kill switch is on.
     */
    long submit();
}
