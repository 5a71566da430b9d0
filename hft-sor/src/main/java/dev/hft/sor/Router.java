package dev.hft.sor;

import dev.hft.api.FixedPoint;
import dev.hft.api.Result;
import dev.hft.api.Side;
import dev.hft.api.TimeInForce;
import dev.hft.book.ConsolidatedBook;

/**
 * Turns one parent order and a {@link ConsolidatedBook} into child orders: the routing decision.
 *
 * <p><b>Sweep.</b> The router walks the opposite side of the consolidated book from the touch, level by level up to
 * the parent's limit (and at most {@link RoutingParams#maxDepth()} levels), and lists every routable venue's displayed
 * quantity at each level as a candidate. The {@link RoutingPolicy} ranks the candidates; the best are taken until the
 * parent's quantity is covered. Each venue gets at most one IOC limit child: its quantity is what was taken there,
 * rounded down to the venue's lot size, its price the deepest level taken there (that venue's own quote, hence on
 * its tick). Sweep children never ask for more than a venue displays.
 *
 * <p><b>Post.</b> What the sweep leaves of a parent that may rest (a limit price, a time in force that is not IOC or
 * FOK, {@link RoutingParams#post()}) is posted on one routable venue the policy picks, at the limit rounded onto that
 * venue's tick away from the market, rounded down to its lot. What neither covers is reported as
 * {@link RoutingDecision#unroutedQuantity()}.
 *
 * <p>Venues that are excluded by the caller or not routable ({@link VenueModel#isRoutable}) are never used. Everything
 * is preallocated at construction: a decision allocates nothing. Single-threaded: one router per thread.
 */
public final class Router {

    /** Most aggregated book levels one decision can consider. */
    public static final int MAX_CANDIDATE_LEVELS = 64;


    private final VenueModel venues;
    private final int venueCount;
    private final int[] candidateVenue;
    private final long[] candidatePrice;
    private final long[] candidateQuantity;
    private final long[] candidateScore;
    private final long[] venuePenalty;
    private final long[] venueRank;
    private final long[] venueAvailable;
    private final long[] venueRaw;
    private final long[] venueLots;
    private final long[] venueWorstPrice;
    private final long[] venueSkip;
    private final int[] venueOrder;
    private final int[] venueCandidates;
    private final int[] venueCandidateCount;
    private final int[] venueHead;
    private int venuesUsed;
    private long venuesWithCandidates;
    private long[] skipSource;

    /**
     * Creates a router over a venue model.
     *
     * @param venues the venue model every decision reads.
     */
    public Router(final VenueModel venues) {
        this.venues = venues;
        this.venueCount = venues.venueCount();
        final int candidates = MAX_CANDIDATE_LEVELS * venueCount;
        candidateVenue = new int[candidates];
        candidatePrice = new long[candidates];
        candidateQuantity = new long[candidates];
        candidateScore = new long[candidates];
        venuePenalty = new long[venueCount];
        venueRank = new long[venueCount];
        venueAvailable = new long[venueCount];
        venueRaw = new long[venueCount];
        venueLots = new long[venueCount];
        venueWorstPrice = new long[venueCount];
        venueSkip = new long[venueCount];
        venueOrder = new int[venueCount];
        venueCandidates = new int[candidates];
        venueCandidateCount = new int[venueCount];
        venueHead = new int[venueCount];
    }

    /**
     * The venue model.
     *
     * @return the model given at construction.
     */
    public VenueModel venues() {
        return venues;
    }

    /**
     * Decides how to route a parent order. Allocation-free.
     *
     * @param book            the instrument's consolidated book (its instrument id indexes the venue model's lot and
     *                        tick rules; its venue ids are the model's).
     * @param side            the parent's side, BUY or SELL.
     * @param quantity        quantity to route now, positive.
     * @param limitPriceFixed the parent's limit, or {@link FixedPoint#NULL_PRICE} for none (a market parent: swept
     *                        only, never posted).
     * @param timeInForce     the parent's time in force: IOC or FOK sweep only; any other lets the remainder post
     *                        with that time in force.
     * @param excludedVenues  mask of venues not to use (bit {@code venueId}), e.g. those that rejected this parent.
     * @param params          the strategy's routing settings.
     * @param nowNs           monotonic now, for throttled venues.
     * @param out             the caller's decision, overwritten.
     * @return the number of children ({@code 0} if nothing can be routed now), or {@link Result#INVALID_ARGUMENT}
     *     for an unknown side or time in force, a non-positive quantity, or a book whose instrument or venues the
     *     model does not know (then {@code out} is empty and reports the whole quantity unrouted).
     */
    public int decide(
        final ConsolidatedBook book,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final TimeInForce timeInForce,
        final long excludedVenues,
        final RoutingParams params,
        final long nowNs,
        final RoutingDecision out) {
        return decide(book, side, quantity, limitPriceFixed, timeInForce, excludedVenues, params, nowNs, null, out);
    }

    /**
     * Decides how to route a parent order, not counting displayed liquidity that our own IOC children already in
     * flight are about to take: each venue's first {@code takingInFlight[venueId]} shares on the opposite side, from
     * the touch down, are skipped (the book shows them until the venue's feed reports our executions). Otherwise as
     * {@link #decide(ConsolidatedBook, Side, long, long, TimeInForce, long, RoutingParams, long, RoutingDecision)}.
     * Allocation-free.
     *
     * @param book            the instrument's consolidated book.
     * @param side            the parent's side, BUY or SELL.
     * @param quantity        quantity to route now, positive.
     * @param limitPriceFixed the parent's limit, or {@link FixedPoint#NULL_PRICE} for none.
     * @param timeInForce     the parent's time in force.
     * @param excludedVenues  mask of venues not to use.
     * @param params          the strategy's routing settings.
     * @param nowNs           monotonic now.
     * @param takingInFlight  per venue id, quantity of our IOC children in flight on this instrument and side, or
     *                        {@code null} for none; not modified.
     * @param out             the caller's decision, overwritten.
     * @return as the other overload.
     */
    public int decide(
        final ConsolidatedBook book,
        final Side side,
        final long quantity,
        final long limitPriceFixed,
        final TimeInForce timeInForce,
        final long excludedVenues,
        final RoutingParams params,
        final long nowNs,
        final long[] takingInFlight,
        final RoutingDecision out) {
        out.reset();
        final int instrumentId = book.instrumentId();
        if (quantity <= 0 || (side != Side.BUY && side != Side.SELL) || timeInForce == null
            || timeInForce == TimeInForce.UNKNOWN || instrumentId < 0 || instrumentId >= venues.instrumentCount()
            || book.venueCount() > venueCount) {
            out.unrouted(Math.max(0, quantity));
            return Result.INVALID_ARGUMENT;
        }
        final RoutingPolicy policy = params.policy();
        final long routable = scoreVenues(book.venueCount(), excludedVenues, policy, params, nowNs, takingInFlight);
        gather(book, side, quantity, limitPriceFixed, routable, policy, params.maxDepth());
        if (policy == RoutingPolicy.BEST_LIQUIDITY) {
            for (long bits = venuesWithCandidates; bits != 0; bits &= bits - 1) {
                final int v = Long.numberOfTrailingZeros(bits);
                venueRank[v] = -venueAvailable[v];
            }
        }
        long remaining = sweep(instrumentId, quantity);
        emitSweep(out);
        if (remaining > 0 && params.post() && limitPriceFixed != FixedPoint.NULL_PRICE && !timeInForce.isImmediate()
            && !out.isFull()) {
            remaining -= post(book, instrumentId, side, remaining, limitPriceFixed, timeInForce, routable, policy,
                params, out);
        }
        out.unrouted(remaining);
        return out.count();
    }

    /** Fills the per-venue penalty and rank of the policy; returns the mask of routable venues. */
    private long scoreVenues(
        final int bookVenues, final long excluded, final RoutingPolicy policy, final RoutingParams params,
        final long nowNs, final long[] takingInFlight) {
        final VenueModel venues = this.venues;
        this.skipSource = takingInFlight;
        final boolean fees = policy == RoutingPolicy.FEE_ADJUSTED;
        final boolean weighted = policy == RoutingPolicy.WEIGHTED;
        final boolean latency = policy == RoutingPolicy.LOWEST_LATENCY;
        long routable = 0;
        for (int v = 0; v < bookVenues; v++) {
            if ((excluded & (1L << v)) != 0 || !venues.isRoutable(v, nowNs)) {
                continue;
            }
            routable |= 1L << v;
            long penalty = 0;
            if (fees) {
                penalty = venues.takerFeeFixed(v);
            } else if (weighted) {
                penalty = venues.takerFeeFixed(v)
                    + RoutingParams.applyQ20(venues.latencyNs(v), params.latencyCostPerNsQ20())
                    + RoutingParams.applyQ20(VenueModel.PPM - venues.takerFillPpm(v), params.missCostPerPpmQ20());
            }
            venuePenalty[v] = penalty;
            venueRank[v] = latency ? venues.latencyNs(v) : 0;
        }
        return routable;
    }

    /** Lists the candidates (venue, level) of the opposite side within the limit; returns how many. */
    private int gather(
        final ConsolidatedBook book, final Side side, final long quantity, final long limit, final long routable,
        final RoutingPolicy policy, final int maxDepth) {
        venuesWithCandidates = 0;
        if (routable == 0) {
            return 0;
        }
        final boolean priceFirst = policy != RoutingPolicy.BEST_LIQUIDITY && policy != RoutingPolicy.LOWEST_LATENCY;
        long minPenalty = Long.MAX_VALUE;
        long maxPenalty = Long.MIN_VALUE;
        if (priceFirst) {
            for (long bits = routable; bits != 0; bits &= bits - 1) {
                final long penalty = venuePenalty[Long.numberOfTrailingZeros(bits)];
                minPenalty = Math.min(minPenalty, penalty);
                maxPenalty = Math.max(maxPenalty, penalty);
            }
        }
        final long spread = priceFirst ? maxPenalty - minPenalty : 0;
        final boolean buy = side == Side.BUY;
        final Side opposite = buy ? Side.SELL : Side.BUY;
        final int depth = Math.min(book.levelCount(opposite), maxDepth);
        final boolean limited = limit != FixedPoint.NULL_PRICE;
        long covered = 0;
        long coveredAt = 0;
        long seen = 0;
        int n = 0;
        for (int d = 0; d < depth; d++) {
            final long price = book.levelPrice(opposite, d);
            if (limited && (buy ? price > limit : price < limit)) {
                break;
            }
            final long signed = buy ? price : -price;
            if (priceFirst && covered >= quantity && signed - coveredAt > spread) {
                break;
            }
            for (long bits = book.levelVenues(opposite, d) & routable; bits != 0; bits &= bits - 1) {
                final int v = Long.numberOfTrailingZeros(bits);
                if ((seen & (1L << v)) == 0) {
                    seen |= 1L << v;
                    startVenue(v);
                }
                long available = book.levelVenueQuantity(opposite, d, v);
                final long skip = venueSkip[v];
                if (skip > 0) {
                    final long skipped = Math.min(skip, available);
                    venueSkip[v] = skip - skipped;
                    available -= skipped;
                }
                if (available <= 0) {
                    continue;
                }
                candidateVenue[n] = v;
                candidatePrice[n] = price;
                candidateQuantity[n] = available;
                candidateScore[n] = signed + venuePenalty[v];
                venueCandidates[v * MAX_CANDIDATE_LEVELS + venueCandidateCount[v]++] = n;
                venuesWithCandidates |= 1L << v;
                n++;
                venueAvailable[v] += available;
                if (covered < quantity) {
                    covered += available;
                    coveredAt = signed;
                }
            }
        }
        return n;
    }

    /** Resets a venue's per-decision state when the gather first meets it (venues it never meets are never read). */
    private void startVenue(final int v) {
        final long[] skipSource = this.skipSource;
        venueSkip[v] = skipSource == null ? 0 : skipSource[v];
        venueAvailable[v] = 0;
        venueRaw[v] = 0;
        venueLots[v] = 0;
        venueCandidateCount[v] = 0;
        venueHead[v] = 0;
    }

    /**
     * Takes the best candidates until the quantity is covered; returns what is left. Each venue's candidates are
     * listed in price order, which is also their order under every policy (a venue's penalty and rank are the same at
     * every level), so the best candidate is always the best of the venues' list heads: a merge of at most
     * {@code venueCount} lists.
     */
    private long sweep(final int instrumentId, final long quantity) {
        long remaining = quantity;
        int venuesUsed = 0;
        long active = venuesWithCandidates;
        while (remaining > 0 && active != 0) {
            int best = -1;
            for (long bits = active; bits != 0; bits &= bits - 1) {
                final int venue = Long.numberOfTrailingZeros(bits);
                final int head = venueCandidates[venue * MAX_CANDIDATE_LEVELS + venueHead[venue]];
                if (best < 0 || better(head, best)) {
                    best = head;
                }
            }
            final int v = candidateVenue[best];
            if (++venueHead[v] == venueCandidateCount[v]) {
                active &= ~(1L << v);
            }
            final long take = Math.min(candidateQuantity[best], remaining);
            final long lot = venues.lotSize(v, instrumentId);
            venueRaw[v] += take;
            final long increment = lot == 1 ? take
                : Math.min(venueRaw[v] - venueRaw[v] % lot - venueLots[v], remaining - remaining % lot);
            if (increment > 0) {
                if (venueLots[v] == 0) {
                    venueOrder[venuesUsed++] = v;
                }
                venueLots[v] += increment;
                venueWorstPrice[v] = candidatePrice[best];
                remaining -= increment;
            }
        }
        this.venuesUsed = venuesUsed;
        return remaining;
    }

    /** Whether candidate {@code i} goes before {@code j}: rank, score, larger quantity, lower latency. */
    private boolean better(final int i, final int j) {
        final int vi = candidateVenue[i];
        final int vj = candidateVenue[j];
        if (venueRank[vi] != venueRank[vj]) {
            return venueRank[vi] < venueRank[vj];
        }
        if (candidateScore[i] != candidateScore[j]) {
            return candidateScore[i] < candidateScore[j];
        }
        if (candidateQuantity[i] != candidateQuantity[j]) {
            return candidateQuantity[i] > candidateQuantity[j];
        }
        return venues.latencyNs(vi) < venues.latencyNs(vj);
    }

    /** Emits one IOC per venue at the deepest level taken there: the venue's own quote, so already on its tick. */
    private void emitSweep(final RoutingDecision out) {
        final int used = venuesUsed;
        for (int k = 0; k < used && !out.isFull(); k++) {
            final int v = venueOrder[k];
            out.add(v, venueLots[v], venueWorstPrice[v], TimeInForce.IOC);
        }
    }

    /** Quantity a venue shows at our posting price; O(1) when the price improves on the venue's best. */
    private static long queueAhead(
        final ConsolidatedBook book, final int venueId, final boolean buy, final Side side, final long price) {
        final long best = buy ? book.venueBestBidPrice(venueId) : book.venueBestAskPrice(venueId);
        if (best == FixedPoint.NULL_PRICE || (buy ? price > best : price < best)) {
            return 0;
        }
        return book.venueQuantityAt(venueId, side, price);
    }

    /** Posts the remainder on the venue the policy prefers; returns the quantity posted. */
    private long post(
        final ConsolidatedBook book, final int instrumentId, final Side side, final long remaining, final long limit,
        final TimeInForce timeInForce, final long routable, final RoutingPolicy policy, final RoutingParams params,
        final RoutingDecision out) {
        final VenueModel venues = this.venues;
        final boolean buy = side == Side.BUY;
        int bestVenue = -1;
        long bestKey1 = 0;
        long bestKey2 = 0;
        long bestQuantity = 0;
        long bestPrice = FixedPoint.NULL_PRICE;
        long lastLot = 1;
        long quantity = remaining;
        long lastTick = 0;
        long price = FixedPoint.NULL_PRICE;
        for (long bits = routable; bits != 0; bits &= bits - 1) {
            final int v = Long.numberOfTrailingZeros(bits);
            final long lot = venues.lotSize(v, instrumentId);
            if (lot != lastLot) {
                lastLot = lot;
                quantity = remaining - remaining % lot;
            }
            if (quantity <= 0) {
                continue;
            }
            final long tick = venues.tickFixed(v, instrumentId);
            if (tick != lastTick) {
                lastTick = tick;
                price = buy ? FixedPoint.roundDownToTick(limit, tick) : FixedPoint.roundUpToTick(limit, tick);
            }
            if (price == FixedPoint.NULL_PRICE) {
                continue;
            }
            long key1;
            long key2;
            switch (policy) {
                case BEST_PRICE:
                    key1 = queueAhead(book, v, buy, side, price);
                    key2 = -venues.makerFillPpm(v);
                    break;
                case FEE_ADJUSTED:
                    key1 = venues.makerFeeFixed(v);
                    key2 = queueAhead(book, v, buy, side, price);
                    break;
                case BEST_LIQUIDITY:
                    key1 = -venues.makerFillPpm(v);
                    key2 = venues.latencyNs(v);
                    break;
                case LOWEST_LATENCY:
                    key1 = venues.latencyNs(v);
                    key2 = venues.makerFeeFixed(v);
                    break;
                default:
                    key1 = venues.makerFeeFixed(v)
                        + RoutingParams.applyQ20(venues.latencyNs(v), params.latencyCostPerNsQ20())
                        + RoutingParams.applyQ20(VenueModel.PPM - venues.makerFillPpm(v),
                            params.passiveMissCostPerPpmQ20())
                        + RoutingParams.applyQ20(queueAhead(book, v, buy, side, price),
                            params.queueCostPerShareQ20());
                    key2 = -venues.makerFillPpm(v);
                    break;
            }
            if (bestVenue < 0 || key1 < bestKey1 || (key1 == bestKey1 && (key2 < bestKey2
                || (key2 == bestKey2 && quantity > bestQuantity)))) {
                bestVenue = v;
                bestKey1 = key1;
                bestKey2 = key2;
                bestQuantity = quantity;
                bestPrice = price;
            }
        }
        if (bestVenue < 0) {
            return 0;
        }
        out.add(bestVenue, bestQuantity, bestPrice, timeInForce);
        return bestQuantity;
    }
}
