package dev.hft.examples.venue;

import java.util.Arrays;

import dev.hft.api.FixedPoint;

/**
 * A consistent snapshot of a venue's own records for one account (an OUCH port's owner, a FIX SenderCompID): what
 * the venue executed for it, to reconcile the client's positions and fees against.
 *
 * @param venue            the venue's name.
 * @param account          the account's name.
 * @param positions        net executed quantity per venue instrument id (bought minus sold).
 * @param executedQuantity shares executed, both sides.
 * @param fills            number of executions.
 * @param feesFixed        fees booked by the venue per its schedule, fixed-point money (negative: net rebate).
 * @param cashFixed        sold notional minus bought notional, fixed-point money, before fees.
 * @param openOrders       the account's orders resting in the engine.
 */
public record AccountRecord(String venue, String account, long[] positions, long executedQuantity, long fills,
    long feesFixed, long cashFixed, long openOrders) {

    /**
     * Net executed quantity in one instrument.
     *
     * @param instrument the venue's instrument id (listing order of its {@link VenueSpec}).
     * @return bought minus sold.
     */
    public long position(final int instrument) {
        return positions[instrument];
    }

    @Override
    public String toString() {
        return venue + "/" + account + ": positions " + Arrays.toString(positions) + ", executed " + executedQuantity
            + " in " + fills + " fills, fees " + FixedPoint.format(feesFixed) + ", cash " + FixedPoint.format(cashFixed)
            + ", open orders " + openOrders;
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof AccountRecord that && venue.equals(that.venue) && account.equals(that.account)
            && Arrays.equals(positions, that.positions) && executedQuantity == that.executedQuantity
            && fills == that.fills && feesFixed == that.feesFixed && cashFixed == that.cashFixed
            && openOrders == that.openOrders;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(positions) + Long.hashCode(executedQuantity + 7 * fills + 13 * feesFixed);
    }
}
