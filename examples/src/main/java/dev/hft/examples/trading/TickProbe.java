package dev.hft.examples.trading;

import dev.hft.timing.NanoClock;
import dev.hft.timing.StageTimer;

/**
 * Tick-to-trade stages of the trading thread, on a {@link StageTimer}: a feed poll starts a tick, the ITCH listener
 * marks the first message decoded, the engine marks the book updated, a strategy marks its decision, the timed gateway
 * marks the OMS + router + risk done (its entry) and the order encoded and sent (its exit); the tick is recorded
 * only when an order left (the first new order or replace of the tick), otherwise it is dropped. Marks of a stage
 * already passed are ignored, so the first order of a tick is the one measured. Allocation-free; trading thread only.
 */
final class TickProbe {
    static final int START = 0;
    static final int DECODE = 1;
    static final int BOOK = 2;
    static final int STRATEGY = 3;
    static final int ROUTE = 4;
    static final int SEND = 5;

    private final StageTimer timer;
    private boolean active;
    private int marked;
    private long ticks;

    TickProbe(final NanoClock clock) {
        this.timer = new StageTimer("tick-to-trade", clock, "start", "receive+decode", "book", "strategy",
            "oms+sor+risk", "encode+send");
    }

    StageTimer timer() {
        return timer;
    }

    /**
     * Starts a tick.
     *
     * @param startNs the time taken before the feed poll.
     */
    void begin(final long startNs) {
        timer.start(startNs);
        active = true;
        marked = START;
    }

    void mark(final int stage) {
        if (active && stage > marked) {
            timer.mark(stage);
            marked = stage;
        }
    }

    /** The order of this tick was handed to the socket: records the tick. */
    void sent() {
        if (active && marked >= STRATEGY) {
            if (marked < ROUTE) {
                mark(ROUTE);
            }
            mark(SEND);
            timer.end();
            ticks++;
            active = false;
        }
    }

    /** Ends the tick without an order: nothing recorded. */
    void discard() {
        active = false;
    }

    long ticks() {
        return ticks;
    }

    /** Clears every histogram (end of warm-up). */
    void reset() {
        for (int stage = DECODE; stage <= SEND; stage++) {
            timer.stage(stage).histogram().reset();
        }
        timer.total().histogram().reset();
        ticks = 0;
    }
}
