package dev.hft.engine;

/**
 * Stage marks of the engine's tick-to-trade path, for a host that measures where the time of a market-data tick
 * goes (set with {@link Engine.Builder#probe}): the trading agent calls {@link #onPollStart()} before it polls each
 * venue's feed, {@link #onStage} as the tick passes each stage, and {@link #onMarketDataEnd()} once the feeds were
 * polled and every strategy had its {@code onBatchEnd}. Orders sent later in the duty cycle (own-order events,
 * timers) pass the same {@link #ROUTED} and {@link #SENT} stages outside a tick; the probe decides what to record
 * (typically: a tick is recorded when an order was {@link #SENT} between a poll start and the market-data end,
 * and the first mark of each stage counts).
 *
 * <p>Trading thread only. Implementations read their own clock and must not block or allocate. Without a probe the
 * engine pays one null check per mark.
 */
public interface EngineProbe {
    /** The first market-data event of the poll reached the engine: received, decoded, applied to the feed's book. */
    int RECEIVED = 1;
    /**
     * The engine's venue and consolidated books are updated; strategies are about to hear of it. Marked at each
     * update strategies hear of and once more before the strategies' {@code onBatchEnd}: a probe keeps the first
     * (the first update) or the last before {@link #DECIDED} (the update the decision saw), as its stages need.
     */
    int BOOKED = 2;
    /** A strategy called an order-entry method of its context (submit, replace, cancel, a parent). */
    int DECIDED = 3;
    /** Order manager, pre-trade risk (and router) are done: the venue's gateway is called (new order, replace). */
    int ROUTED = 4;
    /** The gateway accepted the request: the order is encoded and handed to its session. */
    int SENT = 5;

    /** A feed is about to be polled. */
    void onPollStart();

    /**
     * The tick (or an order outside a tick) reached a stage.
     *
     * @param stage {@link #RECEIVED}, {@link #BOOKED}, {@link #DECIDED}, {@link #ROUTED} or {@link #SENT}.
     */
    void onStage(int stage);

    /** Every feed was polled and every touched strategy had its {@code onBatchEnd}. */
    void onMarketDataEnd();
}
