package dev.hft.risk;

/**
 * What one kill-switch run did: a mutable, reused report handed to {@link KillSwitchListener} (copy what you keep).
 */
public final class KillSwitchReport {

    KillReason reason = KillReason.NONE;
    long triggerToLastCancelNs = -1;
    int venues;
    int massCancels;
    int ordersCanceled;
    int unknownOrders;
    int failures;
    int unreachableVenues;
    int unreachableOrders;

    void clear() {
        reason = KillReason.NONE;
        triggerToLastCancelNs = -1;
        venues = 0;
        massCancels = 0;
        ordersCanceled = 0;
        unknownOrders = 0;
        failures = 0;
        unreachableVenues = 0;
        unreachableOrders = 0;
    }

    /**
     * Returns why the switch was triggered.
     *
     * @return the reason.
     */
    public KillReason reason() {
        return reason;
    }

    /**
     * Returns the time from the trigger to the last cancel (or mass cancel) handed to a gateway, from the kill
     * switch's clock.
     *
     * @return nanoseconds, or {@code -1} if nothing was sent.
     */
    public long triggerToLastCancelNs() {
        return triggerToLastCancelNs;
    }

    /**
     * Returns the number of venues handled.
     *
     * @return venues.
     */
    public int venues() {
        return venues;
    }

    /**
     * Returns the number of venues canceled with one mass cancel.
     *
     * @return mass cancels sent.
     */
    public int massCancels() {
        return massCancels;
    }

    /**
     * Returns the number of individual cancels sent (venues without mass cancel).
     *
     * @return cancels sent.
     */
    public int ordersCanceled() {
        return ordersCanceled;
    }

    /**
     * Returns the number of cancels the gateway answered {@code UNKNOWN_ORDER} (already done).
     *
     * @return orders already done.
     */
    public int unknownOrders() {
        return unknownOrders;
    }

    /**
     * Returns the number of cancels or mass cancels that failed for good (not transient, not unknown order).
     *
     * @return failures.
     */
    public int failures() {
        return failures;
    }

    /**
     * Returns the number of venues that were not connected, so nothing could be sent; their orders are left to the
     * venue's cancel-on-disconnect.
     *
     * @return unreachable venues.
     */
    public int unreachableVenues() {
        return unreachableVenues;
    }

    /**
     * Returns the number of open orders on unreachable venues.
     *
     * @return orders not canceled by us.
     */
    public int unreachableOrders() {
        return unreachableOrders;
    }

    @Override
    public String toString() {
        return "KillSwitchReport{reason=" + reason + ", triggerToLastCancelNs=" + triggerToLastCancelNs
            + ", venues=" + venues + ", massCancels=" + massCancels + ", ordersCanceled=" + ordersCanceled
            + ", unknownOrders=" + unknownOrders + ", failures=" + failures + ", unreachableVenues="
            + unreachableVenues + ", unreachableOrders=" + unreachableOrders + '}';
    }
}
