package dev.hft.sor;

import java.util.Arrays;

import dev.hft.api.VenueGateway;

/**
 * What the router knows about every venue: maker and taker fees per share, the measured round-trip latency, fill
 * statistics from our own children, lot size and tick per instrument, and whether the venue can take an order now
 * (enabled, not throttled, its gateway connected).
 *
 * <p>Venues and instruments are dense ids {@code 0..venueCount-1} and {@code 0..instrumentCount-1}. Latency is a
 * smoothed round trip and its mean deviation (the TCP estimator: gains 1/8 and 1/4), fed by
 * {@link #onRoundTrip(int, long)} ({@link SmartOrderRouter} feeds it from the time between sending a child and the
 * venue's first answer). Fill rates are exponentially weighted (gain 1/16) ratios of filled to sent quantity, in parts
 * per million, kept apart for children that take liquidity (IOC) and children that rest; both start at
 * {@link #PPM} (the prior: displayed liquidity is there). Fees are {@link dev.hft.api.FixedPoint} money per share,
 * paid when positive, a rebate when negative.
 *
 * <p>Preallocated; every hot-path method is allocation-free. Single-threaded: the trading thread makes every call.
 */
public final class VenueModel {

    /** One in parts per million: a fill rate of 100%. */
    public static final long PPM = 1_000_000L;

    /** Default tick: any price (one fixed-point unit). */
    public static final long DEFAULT_TICK_FIXED = 1;

    /** Default lot size: one share. */
    public static final long DEFAULT_LOT_SIZE = 1;

    private static final int FILL_GAIN_SHIFT = 4;

    private final int venueCount;
    private final int instrumentCount;
    private final long[] makerFeeFixed;
    private final long[] takerFeeFixed;
    private final boolean[] enabled;
    private final long[] throttledUntilNs;
    private final VenueGateway[] gateways;
    private final long[] latencyNs;
    private final long[] latencyDeviationNs;
    private final long[] latencySamples;
    private final long[] takerFillPpm;
    private final long[] makerFillPpm;
    private final long[] ordersSent;
    private final long[] quantitySent;
    private final long[] quantityFilled;
    private final long[] tickFixed;
    private final long[] lotSize;

    /**
     * Creates a model of venues with no fees, zero latency, enabled, no gateway (always connected), default tick and
     * lot.
     *
     * @param venueCount      number of venues, {@code 1..}{@link dev.hft.book.ConsolidatedBook#MAX_VENUES}.
     * @param instrumentCount number of instruments, positive.
     */
    public VenueModel(final int venueCount, final int instrumentCount) {
        if (venueCount < 1 || venueCount > dev.hft.book.ConsolidatedBook.MAX_VENUES) {
            throw new IllegalArgumentException("venueCount must be in 1.." + dev.hft.book.ConsolidatedBook.MAX_VENUES
                + ": " + venueCount);
        }
        if (instrumentCount < 1) {
            throw new IllegalArgumentException("instrumentCount must be positive: " + instrumentCount);
        }
        this.venueCount = venueCount;
        this.instrumentCount = instrumentCount;
        makerFeeFixed = new long[venueCount];
        takerFeeFixed = new long[venueCount];
        enabled = new boolean[venueCount];
        Arrays.fill(enabled, true);
        throttledUntilNs = new long[venueCount];
        Arrays.fill(throttledUntilNs, Long.MIN_VALUE);
        gateways = new VenueGateway[venueCount];
        latencyNs = new long[venueCount];
        latencyDeviationNs = new long[venueCount];
        latencySamples = new long[venueCount];
        takerFillPpm = new long[venueCount];
        makerFillPpm = new long[venueCount];
        Arrays.fill(takerFillPpm, PPM);
        Arrays.fill(makerFillPpm, PPM);
        ordersSent = new long[venueCount];
        quantitySent = new long[venueCount];
        quantityFilled = new long[venueCount];
        tickFixed = new long[venueCount * instrumentCount];
        lotSize = new long[venueCount * instrumentCount];
        Arrays.fill(tickFixed, DEFAULT_TICK_FIXED);
        Arrays.fill(lotSize, DEFAULT_LOT_SIZE);
    }

    /**
     * Number of venues.
     *
     * @return the venue count.
     */
    public int venueCount() {
        return venueCount;
    }

    /**
     * Number of instruments.
     *
     * @return the instrument count.
     */
    public int instrumentCount() {
        return instrumentCount;
    }

    // ------------------------------------------------------------------------------------------------ configuration

    /**
     * Sets a venue's fees.
     *
     * @param venueId              the venue.
     * @param makerFeePerShareFixed fee per share of a fill that added liquidity, fixed-point; negative for a rebate.
     * @param takerFeePerShareFixed fee per share of a fill that removed liquidity, fixed-point; negative for a rebate
     *                              (inverted venues).
     * @return this.
     */
    public VenueModel fees(final int venueId, final long makerFeePerShareFixed, final long takerFeePerShareFixed) {
        makerFeeFixed[venueId] = makerFeePerShareFixed;
        takerFeeFixed[venueId] = takerFeePerShareFixed;
        return this;
    }

    /**
     * Sets a venue's tick and lot size for one instrument.
     *
     * @param venueId       the venue.
     * @param instrumentId  the instrument.
     * @param tickSizeFixed positive fixed-point tick.
     * @param lotSize       positive lot size (children are multiples of it).
     * @return this.
     */
    public VenueModel instrumentRules(
        final int venueId, final int instrumentId, final long tickSizeFixed, final long lotSize) {
        if (tickSizeFixed <= 0 || lotSize <= 0) {
            throw new IllegalArgumentException("tick and lot must be positive: " + tickSizeFixed + ", " + lotSize);
        }
        final int index = index(venueId, instrumentId);
        this.tickFixed[index] = tickSizeFixed;
        this.lotSize[index] = lotSize;
        return this;
    }

    /**
     * Sets the gateway whose {@link VenueGateway#isConnected()} decides whether the venue is connected; without one
     * the venue counts as connected.
     *
     * @param venueId the venue.
     * @param gateway the gateway, or {@code null} for none.
     * @return this.
     */
    public VenueModel gateway(final int venueId, final VenueGateway gateway) {
        gateways[venueId] = gateway;
        return this;
    }

    /**
     * Enables or disables a venue (an operator's or a strategy's choice).
     *
     * @param venueId the venue.
     * @param enabled {@code false} to skip the venue in every decision.
     * @return this.
     */
    public VenueModel enabled(final int venueId, final boolean enabled) {
        this.enabled[venueId] = enabled;
        return this;
    }

    /**
     * Skips a venue until a time (its throttle refused an order, or it answers slowly).
     *
     * @param venueId the venue.
     * @param untilNs monotonic time ({@link dev.hft.timing.NanoClock}) from which it is routable again.
     */
    public void throttle(final int venueId, final long untilNs) {
        throttledUntilNs[venueId] = untilNs;
    }

    /**
     * Seeds a venue's latency before any round trip has been measured (the first measurement replaces it).
     *
     * @param venueId   the venue.
     * @param latencyNs the expected round trip, nanoseconds.
     * @return this.
     */
    public VenueModel expectedLatencyNs(final int venueId, final long latencyNs) {
        this.latencyNs[venueId] = Math.max(0, latencyNs);
        this.latencyDeviationNs[venueId] = 0;
        return this;
    }

    // ------------------------------------------------------------------------------------------------ measurements

    /**
     * Records one measured round trip to a venue (order sent to first answer). Allocation-free.
     *
     * @param venueId the venue.
     * @param rttNs   the round trip, nanoseconds; negative values are ignored.
     */
    public void onRoundTrip(final int venueId, final long rttNs) {
        if (rttNs < 0) {
            return;
        }
        if (latencySamples[venueId]++ == 0) {
            latencyNs[venueId] = rttNs;
            latencyDeviationNs[venueId] = rttNs >> 1;
            return;
        }
        final long error = rttNs - latencyNs[venueId];
        latencyNs[venueId] += error >> 3;
        latencyDeviationNs[venueId] += (Math.abs(error) - latencyDeviationNs[venueId]) >> 2;
    }

    /**
     * Records a child sent to a venue. Allocation-free.
     *
     * @param venueId  the venue.
     * @param quantity the child's quantity.
     */
    public void onChildSent(final int venueId, final long quantity) {
        ordersSent[venueId]++;
        quantitySent[venueId] += quantity;
    }

    /**
     * Records the outcome of a child that is done (filled, canceled, expired; not a reject, which says nothing about
     * liquidity) and updates the venue's fill rate. Allocation-free.
     *
     * @param venueId        the venue.
     * @param quantity       the child's quantity, positive.
     * @param filledQuantity how much of it filled.
     * @param resting        {@code true} for a posted child (maker rate), {@code false} for an IOC (taker rate).
     */
    public void onChildDone(final int venueId, final long quantity, final long filledQuantity, final boolean resting) {
        if (quantity <= 0) {
            return;
        }
        quantityFilled[venueId] += filledQuantity;
        final long ratio = Math.min(PPM, Math.max(0, filledQuantity) * PPM / quantity);
        final long[] rates = resting ? makerFillPpm : takerFillPpm;
        rates[venueId] += (ratio - rates[venueId]) >> FILL_GAIN_SHIFT;
    }

    // ------------------------------------------------------------------------------------------------ reads

    /**
     * Tells whether a venue can take an order now: enabled, not throttled at {@code nowNs}, and its gateway (if any)
     * connected.
     *
     * @param venueId the venue.
     * @param nowNs   monotonic now.
     * @return {@code true} if routable.
     */
    public boolean isRoutable(final int venueId, final long nowNs) {
        if (!enabled[venueId] || nowNs < throttledUntilNs[venueId]) {
            return false;
        }
        final VenueGateway gateway = gateways[venueId];
        return gateway == null || gateway.isConnected();
    }

    /**
     * Tells whether a venue is enabled.
     *
     * @param venueId the venue.
     * @return the flag.
     */
    public boolean isEnabled(final int venueId) {
        return enabled[venueId];
    }

    /**
     * The monotonic time until which a venue is throttled.
     *
     * @param venueId the venue.
     * @return the time, {@link Long#MIN_VALUE} if never throttled.
     */
    public long throttledUntilNs(final int venueId) {
        return throttledUntilNs[venueId];
    }

    /**
     * A venue's maker fee.
     *
     * @param venueId the venue.
     * @return fixed-point money per share, negative for a rebate.
     */
    public long makerFeeFixed(final int venueId) {
        return makerFeeFixed[venueId];
    }

    /**
     * A venue's taker fee.
     *
     * @param venueId the venue.
     * @return fixed-point money per share, negative for a rebate.
     */
    public long takerFeeFixed(final int venueId) {
        return takerFeeFixed[venueId];
    }

    /**
     * A venue's smoothed round-trip latency.
     *
     * @param venueId the venue.
     * @return nanoseconds ({@code 0} before any measurement or seed).
     */
    public long latencyNs(final int venueId) {
        return latencyNs[venueId];
    }

    /**
     * The smoothed mean deviation of a venue's round trip (its jitter).
     *
     * @param venueId the venue.
     * @return nanoseconds.
     */
    public long latencyDeviationNs(final int venueId) {
        return latencyDeviationNs[venueId];
    }

    /**
     * Number of round trips measured on a venue.
     *
     * @param venueId the venue.
     * @return the count.
     */
    public long latencySamples(final int venueId) {
        return latencySamples[venueId];
    }

    /**
     * The smoothed fraction of IOC children's quantity that filled: the probability that displayed liquidity is
     * still there when our child arrives.
     *
     * @param venueId the venue.
     * @return parts per million, {@code 0..}{@link #PPM}.
     */
    public long takerFillPpm(final int venueId) {
        return takerFillPpm[venueId];
    }

    /**
     * The smoothed fraction of posted children's quantity that filled.
     *
     * @param venueId the venue.
     * @return parts per million, {@code 0..}{@link #PPM}.
     */
    public long makerFillPpm(final int venueId) {
        return makerFillPpm[venueId];
    }

    /**
     * Children sent to a venue.
     *
     * @param venueId the venue.
     * @return the count.
     */
    public long ordersSent(final int venueId) {
        return ordersSent[venueId];
    }

    /**
     * Quantity sent to a venue.
     *
     * @param venueId the venue.
     * @return the total.
     */
    public long quantitySent(final int venueId) {
        return quantitySent[venueId];
    }

    /**
     * Quantity filled on a venue, over children that are done.
     *
     * @param venueId the venue.
     * @return the total.
     */
    public long quantityFilled(final int venueId) {
        return quantityFilled[venueId];
    }

    /**
     * A venue's tick for an instrument.
     *
     * @param venueId      the venue.
     * @param instrumentId the instrument.
     * @return positive fixed-point tick.
     */
    public long tickFixed(final int venueId, final int instrumentId) {
        return tickFixed[index(venueId, instrumentId)];
    }

    /**
     * A venue's lot size for an instrument.
     *
     * @param venueId      the venue.
     * @param instrumentId the instrument.
     * @return positive lot size.
     */
    public long lotSize(final int venueId, final int instrumentId) {
        return lotSize[index(venueId, instrumentId)];
    }

    private int index(final int venueId, final int instrumentId) {
        if (instrumentId < 0 || instrumentId >= instrumentCount) {
            throw new IndexOutOfBoundsException("instrumentId " + instrumentId);
        }
        return venueId * instrumentCount + instrumentId;
    }
}
