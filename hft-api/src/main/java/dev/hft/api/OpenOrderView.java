package dev.hft.api;

/**
 * Read-only view of the open orders per venue, kept by the order ledger (hft-oms's {@code OrderManager}): what a kill
 * switch cancels one by one on a venue without mass cancel. Open means sent and not yet done (pending new, new,
 * partially filled, pending cancel or replace); an order being replaced is listed under its current id. The ids are
 * copied out, so no handle into the ledger's pool outlives the call. Trading thread only.
 */
public interface OpenOrderView {

    /** A view with no open orders. */
    OpenOrderView NONE = new OpenOrderView() {
        @Override
        public int openOrderCount(final int venueId) {
            return 0;
        }

        @Override
        public int copyOpenOrderIds(final int venueId, final long[] destination) {
            return 0;
        }
    };

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
