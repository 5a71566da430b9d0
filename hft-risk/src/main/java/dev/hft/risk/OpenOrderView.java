package dev.hft.risk;

/**
 * The open orders per venue, which the {@link KillSwitch} cancels one by one on a venue without mass cancel.
 * {@link RiskChecker} implements it from the open orders it tracks anyway (so the kill switch needs no OMS); an OMS may
 * implement it instead. Trading thread only.
 */
public interface OpenOrderView {

    /**
     * Returns the number of open orders on a venue.
     *
     * @param venueId dense venue id.
     * @return open orders (sent, not yet done).
     */
    int openOrderCount(int venueId);

    /**
     * Copies the client order ids of a venue's open orders into {@code destination}. Allocation-free.
     *
     * @param venueId     dense venue id.
     * @param destination array to fill from index 0.
     * @return ids copied, at most {@code destination.length}.
     */
    int copyOpenOrderIds(int venueId, long[] destination);
}
