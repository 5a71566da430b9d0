package dev.hft.net.ouch;

/**
 * A per-venue send throttle consulted by {@link OuchVenueGateway} before each order message (enter, replace, cancel,
 * mass cancel) once the request passed its local checks: {@code false} makes the gateway return
 * {@code Result.THROTTLED} with nothing sent and no state changed. Implementations hold a venue's message-rate limit
 * (e.g. a token bucket refilled from {@code nowNs}); they run on the trading thread and must not block or allocate. A
 * permission granted is used even if the session then refuses the message ({@code BACK_PRESSURED}), so a throttle
 * errs on the safe side.
 */
@FunctionalInterface
public interface OuchThrottle {
    /** A throttle that never refuses. */
    OuchThrottle NONE = nowNs -> true;

    /**
     * Asks for permission to send one message now.
     *
     * @param nowNs the gateway's clock reading (monotonic nanoseconds).
     * @return {@code true} to send; {@code false} to refuse ({@code Result.THROTTLED}).
     */
    boolean tryAcquire(long nowNs);
}
